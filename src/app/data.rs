//! Your data: back up, restore (checked, then confirmed, the current state
//! kept aside first), and the diary exported for a doctor or therapist, all
//! in the folder the Routines page uses.

use std::path::{Path, PathBuf};

use super::{ReliefApp, today};
use crate::logic::{backup, diary_export};
use crate::state::command::DataCommand;

impl ReliefApp {
    pub(super) fn apply_data(&mut self, command: DataCommand, ctx: &egui::Context) {
        let folder = PathBuf::from(self.forms.routines.folder.trim());
        let (date, offset) = today();
        // Backups, exports and restores hold the whole diary.
        if matches!(
            command,
            DataCommand::BackUp
                | DataCommand::Restore
                | DataCommand::ExportDiary
                | DataCommand::ExportSummary
                | DataCommand::RestoreRecovery
        ) {
            self.ensure_diary_read();
        }
        let form = &mut self.forms.data;
        form.problems.clear();
        match command {
            DataCommand::BackUp => {
                form.message = Some(
                    match backup::write_backup(&folder, "reliefmap", &date.to_string(), &self.user)
                    {
                        Ok(path) => format!("Backed up to {}", path.display()),
                        Err(err) => format!("Not backed up: {err}"),
                    },
                );
                form.backups = backup::backups_in(&folder);
            }
            DataCommand::CheckRestore(path) => match backup::read_backup(&path) {
                Ok(_) => {
                    form.message = None;
                    form.confirm_restore = Some(path);
                }
                Err(err) => {
                    form.message = Some(format!("Nothing was changed: {err}"));
                    if let backup::BackupError::Invalid(problems) = err {
                        form.problems = problems.iter().map(ToString::to_string).collect();
                    }
                }
            },
            DataCommand::CancelRestore => form.confirm_restore = None,
            DataCommand::Restore => {
                if let Some(path) = form.confirm_restore.take() {
                    self.restore_from(&path, &folder, &date.to_string(), ctx);
                }
            }
            DataCommand::ExportDiary => {
                let catalogue = &self.library.catalogue;
                form.message = Some(
                    match diary_export::write_diary_csv(
                        &folder, &self.user, catalogue, date, offset,
                    ) {
                        Ok(path) => format!("Diary written to {}", path.display()),
                        Err(err) => format!("Diary not written: {err}"),
                    },
                );
            }
            DataCommand::ExportSummary => {
                let catalogue = &self.library.catalogue;
                let helps = &self.caches.what_helps_lines;
                let written = diary_export::write_summary(
                    &folder, &self.user, catalogue, helps, date, offset,
                );
                form.message = Some(match written {
                    Ok(path) => {
                        format!("Summary written to {} (open it and print)", path.display())
                    }
                    Err(err) => format!("Summary not written: {err}"),
                });
            }
            DataCommand::RestoreRecovery => self.restore_recovery(&folder, ctx),
            DataCommand::DiscardRecovery => self.discard_recovery(),
        }
    }

    /// Restores a checked backup, saying how it went on the page.
    fn restore_from(&mut self, path: &Path, folder: &Path, date: &str, ctx: &egui::Context) {
        let message = match self.restore_state(path, folder, date, ctx) {
            Ok(aside) => format!(
                "Restored. What you had before is kept in {}",
                aside.display()
            ),
            Err(err) => format!("Nothing was changed: {err}"),
        };
        self.forms.data.message = Some(message);
    }
}
