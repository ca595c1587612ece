//! Packs that stopped the app are not loaded again. Before a pack is read
//! and checked, a mark is written in the state folder
//! (`packs-loading/<pack>.loading`, holding a fingerprint of the pack's
//! files); after, it is removed. A mark still there at the next start means
//! loading that pack crashed, aborted or hung the app: it is skipped, with a
//! banner, until its files change or the person asks to try it again.
//!
//! Closing the window while a pack is still loading is not a crash: on a
//! clean close, marks younger than [`HANG_AFTER`] are removed (a pack that
//! has been loading longer than that is taken as hung).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::files::{self, FileKind};
use super::packs::PackFolder;

/// A pack still loading after this long, when the window closes, is hung.
pub const HANG_AFTER: Duration = Duration::from_secs(30);
/// Most files looked at for a pack's fingerprint.
const MAX_FINGERPRINT_FILES: usize = 5_000;

/// The marks of one state folder.
#[derive(Clone, Debug)]
pub struct Quarantine {
    dir: PathBuf,
}

impl Quarantine {
    pub fn new(state_dir: &Path) -> Self {
        Self {
            dir: state_dir.join("packs-loading"),
        }
    }

    fn mark_path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.loading"))
    }

    /// Loading this pack stopped the app last time, and its files are as
    /// they were then.
    pub fn stopped_last_time(&self, folder: &PackFolder) -> bool {
        files::read_text(&self.mark_path(&folder.name), FileKind::Routine)
            .is_ok_and(|text| text.trim() == fingerprint(&folder.path).to_string())
    }

    /// Marks the pack as being loaded now.
    pub fn mark(&self, folder: &PackFolder) {
        // Crash-safe: a mark is whole or absent.
        let path = self.mark_path(&folder.name);
        let written =
            crate::storage::replace(&path, fingerprint(&folder.path).to_string().as_bytes());
        if let Err(err) = written {
            log::warn!("could not mark pack '{}' as loading: {err}", folder.name);
        }
    }

    /// The pack was loaded (or refused with its problems): no mark.
    pub fn clear(&self, folder: &PackFolder) {
        self.release(&folder.name);
    }

    /// Tries the pack again at the next start (the person asked).
    pub fn release(&self, name: &str) {
        let path = self.mark_path(name);
        if let Err(err) = std::fs::remove_file(&path)
            && err.kind() != std::io::ErrorKind::NotFound
        {
            log::warn!("could not remove {}: {err}", path.display());
        }
    }

    /// The window closes cleanly: packs still loading for less than
    /// [`HANG_AFTER`] did not stop the app.
    pub fn clear_recent(&self) {
        let now = SystemTime::now();
        for entry in std::fs::read_dir(&self.dir).into_iter().flatten().flatten() {
            let young = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|at| now.duration_since(at).ok())
                .is_none_or(|age| age < HANG_AFTER);
            if young && let Err(err) = std::fs::remove_file(entry.path()) {
                log::warn!("could not remove {}: {err}", entry.path().display());
            }
        }
    }
}

/// The names, sizes and times of the files in a pack (two levels deep),
/// so an edited pack is tried again.
pub fn fingerprint(pack: &Path) -> u64 {
    let mut entries: Vec<(String, u64, Option<SystemTime>)> = Vec::new();
    let mut folders = vec![(pack.to_path_buf(), 0)];
    while let Some((folder, depth)) = folders.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            if entries.len() >= MAX_FINGERPRINT_FILES {
                break;
            }
            let path = entry.path();
            let Ok(meta) = entry.metadata() else {
                continue;
            };
            if meta.is_dir() && depth < 2 {
                folders.push((path.clone(), depth + 1));
            }
            let name = path.strip_prefix(pack).unwrap_or(&path);
            entries.push((
                name.to_string_lossy().into_owned(),
                meta.len(),
                meta.modified().ok(),
            ));
        }
    }
    entries.sort();
    let mut hasher = DefaultHasher::new();
    entries.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(dir: &Path, name: &str) -> PackFolder {
        let path = dir.join(name);
        std::fs::create_dir_all(path.join("techniques")).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(path.join("techniques/a.ron"), "[]").unwrap_or_else(|e| panic!("{e}"));
        PackFolder {
            name: name.to_owned(),
            path,
        }
    }

    #[test]
    fn a_mark_left_behind_skips_the_pack_until_it_changes() {
        let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let content = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let pack = folder(content.path(), "hand");
        let quarantine = Quarantine::new(state.path());
        assert!(!quarantine.stopped_last_time(&pack));
        quarantine.mark(&pack);
        assert!(quarantine.stopped_last_time(&pack), "the mark survived");
        std::fs::write(pack.path.join("techniques/a.ron"), "[ ]").unwrap_or_else(|e| panic!("{e}"));
        assert!(!quarantine.stopped_last_time(&pack), "edited: tried again");
        quarantine.mark(&pack);
        quarantine.release("hand");
        assert!(!quarantine.stopped_last_time(&pack), "the person asked");
    }

    #[test]
    fn a_clean_close_clears_packs_still_loading() {
        let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let content = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let pack = folder(content.path(), "slow");
        let quarantine = Quarantine::new(state.path());
        quarantine.mark(&pack);
        quarantine.clear_recent();
        assert!(!quarantine.stopped_last_time(&pack));
    }
}
