//! A copy of what could not be saved when the window closed (the disk was
//! full, the folder could not be written): a backup file in the cache
//! folder, offered at the next start (restore it, or delete it). Each state
//! folder has its own place there, so a copy is only offered to the state it
//! belongs to.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use super::backup::{self, BackupError};
use super::store::UserState;

/// Where copies for the state in `state_dir` are kept, under `cache_dir`.
pub fn folder(cache_dir: &Path, state_dir: &Path) -> PathBuf {
    let mut hasher = DefaultHasher::new();
    state_dir.hash(&mut hasher);
    cache_dir
        .join("recovery")
        .join(format!("{:016x}", hasher.finish()))
}

/// Writes `state`, whole diary included, as a backup in `folder`.
pub fn keep(folder: &Path, state: &UserState, date: &str) -> Result<PathBuf, BackupError> {
    backup::write_backup(folder, "reliefmap-unsaved", date, state)
}

/// The newest copy waiting in `folder`, if any.
pub fn offered(folder: &Path) -> Option<PathBuf> {
    backup::backups_in(folder).pop()
}

/// Removes a copy the person restored or no longer wants.
pub fn discard(path: &Path) -> std::io::Result<()> {
    std::fs::remove_file(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_state_folder_has_its_own_copies() {
        let cache = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let a = folder(cache.path(), Path::new("/home/a/state"));
        let b = folder(cache.path(), Path::new("/home/b/state"));
        assert_ne!(a, b);
        assert_eq!(offered(&a), None);
        let state = UserState {
            favourites: vec!["arch_rolls".into()],
            ..UserState::default()
        };
        let kept = keep(&a, &state, "2026-12-05").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(offered(&a), Some(kept.clone()));
        assert_eq!(offered(&b), None);
        let read = backup::read_backup(&kept).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read.state, state);
        discard(&kept).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(offered(&a), None);
    }
}
