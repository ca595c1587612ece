//! Every file Relief Map writes goes through here: one crash-safe writer
//! (a temp file beside the target, fsync, then rename or link, then fsync of
//! the folder), which either replaces a file the app owns or creates a new
//! one under a free name without ever touching an existing file. Reading
//! goes through [`crate::content::files`], the one bounded reader, whose
//! limits the writers check before they get here.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Tries of numbered names before giving up on a folder.
const MAX_NUMBERED_NAMES: u32 = 10_000;

/// Writes `bytes` to `path`, replacing what was there: a crash leaves the
/// old file or the new one, never half of either. The folder is made if
/// missing.
pub fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let folder = folder_of(path);
    std::fs::create_dir_all(folder)?;
    let temp = write_temp(folder, bytes)?;
    let renamed = std::fs::rename(&temp, path);
    if renamed.is_err() {
        remove_temp(&temp);
    }
    renamed?;
    sync_folder(folder)
}

/// Writes `bytes` to a new file `<stem><suffix>` in `folder`, or
/// `<stem>-2<suffix>`, `<stem>-3<suffix>`, … if that name is taken, and
/// returns its path. An existing file is never replaced, even one that
/// appears while this runs. The folder is made if missing.
pub fn create_new(folder: &Path, stem: &str, suffix: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    std::fs::create_dir_all(folder)?;
    let temp = write_temp(folder, bytes)?;
    let placed = place_under_free_name(&temp, folder, stem, suffix);
    remove_temp(&temp);
    let path = placed?;
    sync_folder(folder)?;
    Ok(path)
}

/// Moves `path` aside to `<name><tag>` beside it (`<name><tag>-1`, … if
/// taken), never replacing anything, and returns where it went.
pub fn move_aside(path: &Path, tag: &str) -> io::Result<PathBuf> {
    let folder = folder_of(path);
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let target = place_under_free_name(path, folder, &format!("{name}{tag}"), "")?;
    match std::fs::remove_file(path) {
        // Renamed rather than linked: already gone.
        Err(err) if err.kind() == io::ErrorKind::NotFound => {}
        removed => removed?,
    }
    sync_folder(folder)?;
    Ok(target)
}

/// The files in `folder` whose names end in `suffix`, sorted by name
/// (none if the folder cannot be read): the app's own exports and backups.
pub fn files_ending_in(folder: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| n.to_string_lossy().ends_with(suffix))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// Links `source` under the first free numbered name in `folder` (a link
/// fails rather than replace); where links are not supported, renames it
/// there after checking the name is free.
fn place_under_free_name(
    source: &Path,
    folder: &Path,
    stem: &str,
    suffix: &str,
) -> io::Result<PathBuf> {
    for n in 1..=MAX_NUMBERED_NAMES {
        let candidate = if n == 1 {
            folder.join(format!("{stem}{suffix}"))
        } else {
            folder.join(format!("{stem}-{n}{suffix}"))
        };
        match std::fs::hard_link(source, &candidate) {
            Ok(()) => return Ok(candidate),
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {}
            Err(_) if !candidate.exists() => {
                // A file system without hard links.
                std::fs::rename(source, &candidate)?;
                return Ok(candidate);
            }
            Err(_) => {}
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!(
            "{} names starting with {stem} are taken in {}",
            MAX_NUMBERED_NAMES,
            folder.display()
        ),
    ))
}

/// A new temp file in `folder` holding `bytes`, flushed to the disk. Its
/// name is unique within this process and across processes.
fn write_temp(folder: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let temp = folder.join(format!(".reliefmap-write-{}-{n}", std::process::id()));
    let written = (|| {
        let mut file = File::create_new(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    if written.is_err() {
        remove_temp(&temp);
    }
    written.map(|()| temp)
}

fn remove_temp(temp: &Path) {
    if let Err(err) = std::fs::remove_file(temp)
        && err.kind() != io::ErrorKind::NotFound
    {
        log::warn!("could not remove {}: {err}", temp.display());
    }
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Makes the rename or link itself durable.
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> tempfile::TempDir {
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
    }

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"))
    }

    fn names(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replace_writes_over_and_leaves_no_temp() {
        let dir = dir();
        let path = dir.path().join("state.ron");
        replace(&path, b"one").unwrap_or_else(|e| panic!("{e}"));
        replace(&path, b"two").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read(&path), "two");
        assert_eq!(names(dir.path()), ["state.ron"]);
    }

    #[test]
    fn create_new_never_replaces_and_numbers_names() {
        let dir = dir();
        std::fs::write(dir.path().join("r.csv"), "old").unwrap_or_else(|e| panic!("{e}"));
        let second = create_new(dir.path(), "r", ".csv", b"new").unwrap_or_else(|e| panic!("{e}"));
        let third = create_new(dir.path(), "r", ".csv", b"newer").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read(&dir.path().join("r.csv")), "old");
        assert_eq!(second, dir.path().join("r-2.csv"));
        assert_eq!(read(&second), "new");
        assert_eq!(read(&third), "newer");
        assert_eq!(names(dir.path()), ["r-2.csv", "r-3.csv", "r.csv"]);
    }

    #[test]
    fn create_new_makes_the_folder() {
        let dir = dir();
        let folder = dir.path().join("a/b");
        let path = create_new(&folder, "x", ".ron", b"()").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(path, folder.join("x.ron"));
    }

    #[test]
    fn move_aside_keeps_both_copies_of_a_repeated_name() {
        let dir = dir();
        let path = dir.path().join("state.ron");
        std::fs::write(&path, "first").unwrap_or_else(|e| panic!("{e}"));
        let first = move_aside(&path, ".corrupt-5").unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, "second").unwrap_or_else(|e| panic!("{e}"));
        let second = move_aside(&path, ".corrupt-5").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read(&first), "first");
        assert_eq!(read(&second), "second");
        assert_eq!(
            names(dir.path()),
            ["state.ron.corrupt-5", "state.ron.corrupt-5-2"]
        );
    }
}
