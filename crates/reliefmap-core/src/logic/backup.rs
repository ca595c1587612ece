//! Back up and restore: the whole saved state (favourites, routines, diary,
//! settings) in one file the person keeps, read back with the same care as
//! a routine file (line:column for syntax, every problem listed, nothing
//! changed unless the whole file is sound). A backup holds the whole
//! diary, archived years included. A restore first keeps the current state
//! aside as a backup of its own.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::content::files::{self, FileKind, ReadError};
use crate::content::{Diagnostic, parse_file};
use crate::logic::store::{StoreError, UserState, ron_text};
use crate::logic::text::count_text;

/// Format number written into backups.
pub const BACKUP_FORMAT: u32 = 1;
/// File name ending for backups.
pub const BACKUP_SUFFIX: &str = ".reliefmap-backup.ron";

/// What a backup holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupFile {
    pub format: u32,
    pub state: UserState,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0}")]
    Read(#[from] ReadError),
    /// Read, but with problems, each with its place in the file.
    #[error("the backup has {} to fix first", count_text(.0.len(), "problem", "problems"))]
    Invalid(Vec<Diagnostic>),
    #[error(
        "could not write the backup to {path}: {source}; check the folder exists and you may write there"
    )]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not write the backup: {0}")]
    Format(#[from] StoreError),
}

impl BackupFile {
    /// The file's text: a comment saying what it is, then the value
    /// (pretty while small, and never more than the reader accepts).
    pub fn to_text(&self) -> Result<String, StoreError> {
        let body = ron_text(self, FileKind::Backup, "the backup")?;
        Ok(format!(
            "// Relief Map backup: favourites, routines, diary and settings.\n\
             // Restore it in the app: Settings, Your data, Restore.\n{body}\n"
        ))
    }
}

/// Writes `state` with its whole diary (archived years included) as
/// `<stem>-<date>.reliefmap-backup.ron` in `folder` (numbered, never over
/// an existing file), crash-safely.
pub fn write_backup(
    folder: &Path,
    stem: &str,
    date: &str,
    state: &UserState,
) -> Result<PathBuf, BackupError> {
    let file = BackupFile {
        format: BACKUP_FORMAT,
        state: state.with_whole_diary(),
    };
    let text = file.to_text()?;
    write_new(
        folder,
        &format!("{stem}-{date}"),
        BACKUP_SUFFIX,
        text.as_bytes(),
    )
}

/// A new file `<name><suffix>` in `folder` (numbered if taken, never over
/// an existing file), written crash-safely; the folder is made if missing.
pub fn write_new(
    folder: &Path,
    name: &str,
    suffix: &str,
    bytes: &[u8],
) -> Result<PathBuf, BackupError> {
    crate::storage::create_new(folder, name, suffix, bytes).map_err(|source| BackupError::Write {
        path: folder.join(format!("{name}{suffix}")),
        source,
    })
}

/// Backups in `folder`, newest name last.
pub fn backups_in(folder: &Path) -> Vec<PathBuf> {
    crate::storage::files_ending_in(folder, BACKUP_SUFFIX)
}

/// Reads and checks a backup file; nothing changes.
pub fn read_backup(path: &Path) -> Result<BackupFile, BackupError> {
    let text = files::read_text(path, FileKind::Backup)?;
    parse_backup(&path.display().to_string(), &text).map_err(BackupError::Invalid)
}

/// Checks a backup's text: its syntax (with line:column), its format, and
/// what it holds (pain ratings 0–10, no runs dated in the future). Ids of
/// techniques not loaded now are kept, as the state file keeps them (a
/// content pack may come back).
pub fn parse_backup(display: &str, text: &str) -> Result<BackupFile, Vec<Diagnostic>> {
    let file: BackupFile = parse_file(display, text).map_err(|d| vec![d])?;
    let mut problems = Vec::new();
    let mut problem = |message: String| problems.push(Diagnostic::file(display, message));
    if file.format != BACKUP_FORMAT {
        problem(format!(
            "format {} is not one this version reads ({BACKUP_FORMAT}); use a newer Relief Map",
            file.format
        ));
    }
    let tomorrow = crate::logic::store::unix_now() + 86_400;
    for (i, entry) in file.state.history.iter().enumerate() {
        let n = i + 1;
        for (what, pain) in [("before", entry.pain_before), ("after", entry.pain_after)] {
            if let Some(p) = pain.filter(|p| *p > 10) {
                problem(format!(
                    "diary entry {n}: pain {what} is {p}; it must be 0 to 10"
                ));
            }
        }
        if entry.ended_unix_secs < 0 || entry.ended_unix_secs > tomorrow {
            problem(format!("diary entry {n}: its date is not a real past date"));
        }
    }
    if problems.is_empty() {
        Ok(file)
    } else {
        Err(problems)
    }
}

/// Restores `backup`: the current state is first written aside in
/// `aside_folder` (returned with the state to use). The caller has asked
/// the person to confirm.
pub fn restore(
    current: &UserState,
    backup: BackupFile,
    aside_folder: &Path,
    date: &str,
) -> Result<(UserState, PathBuf), BackupError> {
    let aside = write_backup(aside_folder, "reliefmap-before-restore", date, current)?;
    Ok((backup.state, aside))
}
