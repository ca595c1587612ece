//! The diary's older years and what keeps every change: the archived years
//! read in the background after the window opens (and waited for when an
//! export, a backup or a restore needs the whole diary), past years moved
//! out of the live state when it grows long, and a recovery copy kept in
//! the cache folder when the window closes with a change that could not be
//! saved, offered at the next start.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

use super::{ReliefApp, today};
use crate::logic::archive::{self, UnreadableYear};
use crate::logic::store::{HistoryEntry, unix_now};
use crate::logic::{backup, recovery};

/// One archived year, read (or not) by the background reader.
pub(super) type YearRead = (i32, Result<Vec<HistoryEntry>, UnreadableYear>);

/// Reads `years` from `dir` on a thread of its own; `wake` when each is in.
pub(super) fn read_years_in_background(
    dir: PathBuf,
    years: Vec<i32>,
    may_set_aside: bool,
    wake: impl Fn() + Send + 'static,
) -> Option<Receiver<YearRead>> {
    let (sender, receiver) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("reliefmap-diary".to_owned())
        .spawn(move || {
            for year in years {
                let read = archive::read_year(&dir, year, may_set_aside);
                if sender.send((year, read)).is_err() {
                    return;
                }
                wake();
            }
        });
    match spawned {
        Ok(_) => Some(receiver),
        Err(err) => {
            log::warn!("the older years of the diary could not be read: {err}");
            None
        }
    }
}

/// The current UTC year (the archive's years are UTC years).
fn this_year() -> i32 {
    let now = HistoryEntry {
        ended_unix_secs: unix_now(),
        ..HistoryEntry::default()
    };
    archive::year_of(&now).unwrap_or(i32::MAX)
}

impl ReliefApp {
    /// Takes the archived years read since the last frame.
    pub(super) fn take_read_years(&mut self) {
        let mut changed = false;
        while let Some(receiver) = &self.archive_reader {
            match receiver.try_recv() {
                Ok(read) => {
                    self.add_read_year(read);
                    changed = true;
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => self.reader_stopped(),
            }
        }
        if changed {
            self.diary_years_read();
        }
    }

    /// Waits for every archived year (an export, a backup, a restore or a
    /// recovery copy needs the whole diary).
    pub fn ensure_diary_read(&mut self) {
        let mut changed = false;
        while let Some(receiver) = &self.archive_reader
            && !self.user.archive.is_complete()
        {
            match receiver.recv() {
                Ok(read) => {
                    self.add_read_year(read);
                    changed = true;
                }
                Err(_) => self.reader_stopped(),
            }
        }
        if changed {
            self.diary_years_read();
        }
    }

    fn add_read_year(&mut self, (year, read): YearRead) {
        // A year read from its file is not a change to save.
        match read {
            Ok(entries) => {
                self.user.edit_if(|user| {
                    user.archive.add_read(year, entries);
                    false
                });
            }
            Err(unreadable) => {
                self.user.edit_if(|user| {
                    user.archive.unreadable(year);
                    false
                });
                self.notices.opening.push(unreadable.message());
            }
        }
        if self.user.archive.is_complete() {
            self.archive_reader = None;
        }
    }

    /// The reader ended with years unread: they stay as they are on disk
    /// (nothing is moved or written over while any is unread).
    fn reader_stopped(&mut self) {
        self.archive_reader = None;
        if !self.user.archive.is_complete() {
            self.notices.opening.push(
                "Some older years of your diary could not be read; their files are left as they \
                 are. Restart Relief Map to try again."
                    .to_owned(),
            );
        }
    }

    fn diary_years_read(&mut self) {
        if self.user.archive.is_complete() {
            self.archive_if_due();
        }
        self.refresh_history();
    }

    /// Moves past years out of the live diary when it has grown long (or
    /// holds runs of a year already archived); saved with the next write.
    pub(super) fn archive_if_due(&mut self) {
        self.user
            .edit_if(|user| archive::archive_old_years(user, this_year()) > 0);
    }

    /// Keeps what could not be saved as a copy in the cache folder (the
    /// window is closing and the last save failed).
    pub(super) fn keep_recovery_copy(&mut self) {
        let Some(folder) = self.recovery_folder.clone() else {
            log::error!("the last changes could not be saved and there is no cache folder");
            return;
        };
        self.ensure_diary_read();
        let (date, _) = today();
        match recovery::keep(&folder, &self.user, &date.to_string()) {
            Ok(path) => log::warn!(
                "the last changes could not be saved; a copy is kept in {}",
                path.display()
            ),
            Err(err) => log::error!("the last changes could not be saved, nor a copy: {err}"),
        }
    }

    /// The copy from the last close, offered by a banner: restored as a
    /// backup would be (what is there now kept aside first), then removed.
    pub(super) fn restore_recovery(&mut self, folder: &Path, ctx: &egui::Context) {
        let Some(path) = self.notices.recovery.clone() else {
            return;
        };
        let (date, _) = today();
        let message = match self.restore_state(&path, folder, &date.to_string(), ctx) {
            Ok(aside) => {
                if let Err(err) = recovery::discard(&path) {
                    log::warn!("could not remove {}: {err}", path.display());
                }
                self.notices.recovery = None;
                format!(
                    "Your unsaved changes are back. What you had before is kept in {}",
                    aside.display()
                )
            }
            Err(err) => format!("The copy was not restored: {err}"),
        };
        self.notices.opening.push(message);
        self.notices
            .dismissed
            .remove(crate::state::notices::OPENING_KEY);
    }

    pub(super) fn discard_recovery(&mut self) {
        if let Some(path) = self.notices.recovery.take()
            && let Err(err) = recovery::discard(&path)
        {
            log::warn!("could not remove {}: {err}", path.display());
        }
    }

    /// Reads the backup at `path` again (it may have changed since it was
    /// checked), keeps the whole current state aside in `folder`, then
    /// takes the backup's; its diary is split into years again as needed.
    pub(super) fn restore_state(
        &mut self,
        path: &Path,
        folder: &Path,
        date: &str,
        ctx: &egui::Context,
    ) -> Result<PathBuf, backup::BackupError> {
        self.ensure_diary_read();
        let file = backup::read_backup(path)?;
        let (state, aside) = backup::restore(&self.user, file, folder, date)?;
        let mut archive = std::mem::take(&mut self.user.edit().archive);
        archive.replace_all();
        *self.edit_user() = crate::logic::store::UserState { archive, ..state };
        self.run.logged = None;
        self.archive_if_due();
        super::prefs::apply_theme(ctx, self.user.settings.theme);
        ctx.set_zoom_factor(self.user.settings.text_scale());
        self.refresh_all_caches();
        Ok(aside)
    }
}
