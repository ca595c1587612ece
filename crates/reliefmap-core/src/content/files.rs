//! The one way Relief Map reads a file a person can hand it: content and
//! packs, routine files, the state file, backups, images. Only regular files
//! are read (a pipe or a device would block or never end), never more than
//! the limit for their kind, and every refusal says what the file is and
//! what to do.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One content file in memory.
#[derive(Clone, Debug)]
pub struct ContentFile {
    /// Path inside the content folder with `/` separators; decides the kind.
    pub rel_path: String,
    /// How messages name the file.
    pub display: String,
    pub text: String,
}

/// What a file is for, which sets how large it may be. Every limit on
/// what Relief Map reads and on what it writes lives here, so the writer can
/// never make a file the reader would refuse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A `*.reliefmap-routine.ron` handed on by someone: a few kilobytes.
    Routine,
    /// One content file (`regions.ron`, `techniques/*.ron`, a map).
    Content,
    /// `state.ron`: favourites, routines, settings and the recent diary
    /// (older years go to archive files; a live diary of 10,000 runs is
    /// about 2 MB).
    State,
    /// `history-<year>.ron`: one archived diary year (a year of twenty
    /// runs a day is about 1.4 MB).
    Archive,
    /// A backup of the whole state, every diary year included.
    Backup,
    /// A picture in a content pack.
    Image,
}

impl FileKind {
    /// Largest accepted size in bytes.
    pub const fn limit_bytes(self) -> u64 {
        match self {
            Self::Routine => 256 * 1024,
            Self::Content | Self::Image => 8 * 1024 * 1024,
            Self::State | Self::Archive => 64 * 1024 * 1024,
            Self::Backup => 256 * 1024 * 1024,
        }
    }

    /// Largest file Relief Map writes of this kind: a quarter of what it
    /// reads, so whatever it writes it reads back with room to spare. A
    /// save that would be larger is not written (the old file stays).
    pub const fn write_limit_bytes(self) -> u64 {
        self.limit_bytes() / 4
    }

    fn what(self) -> &'static str {
        match self {
            Self::Routine => "a routine file",
            Self::Content => "a content file",
            Self::State => "the saved state",
            Self::Archive => "a diary archive",
            Self::Backup => "a backup",
            Self::Image => "an image",
        }
    }
}

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path} cannot be opened: there is no such file")]
    NotFound { path: PathBuf },
    #[error("{path} is {what}, not a file; choose a regular file")]
    NotAFile { path: PathBuf, what: &'static str },
    #[error(
        "{path} is larger than {limit}, too large to be {kind}; check that it is the right file"
    )]
    TooLarge {
        path: PathBuf,
        limit: String,
        kind: &'static str,
    },
    #[error("{path} is not a text file (it is not UTF-8); check that it is the right file")]
    NotText { path: PathBuf },
    #[error("{path} cannot be read: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl ReadError {
    pub fn is_not_found(&self) -> bool {
        matches!(self, Self::NotFound { .. })
    }
}

/// "256 KB", "8 MB".
pub fn size_text(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{} MB", bytes / (1024 * 1024))
    } else {
        format!("{} KB", bytes / 1024)
    }
}

/// What a path that is not a regular file is, in words.
fn special_kind(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_dir() {
        "a folder"
    } else {
        "a special file"
    }
}

/// Checks without opening it that `path` is a regular file (after following
/// links); a loop of links is reported as such.
pub fn check_regular(path: &Path) -> Result<(), ReadError> {
    let meta = std::fs::metadata(path).map_err(|source| io_error(path, source))?;
    if meta.is_file() {
        Ok(())
    } else {
        Err(ReadError::NotAFile {
            path: path.to_path_buf(),
            what: special_kind(meta.file_type()),
        })
    }
}

fn io_error(path: &Path, source: std::io::Error) -> ReadError {
    if source.kind() == std::io::ErrorKind::NotFound {
        ReadError::NotFound {
            path: path.to_path_buf(),
        }
    } else {
        ReadError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Opens without blocking: a pipe that slipped in between the check and the
/// open must not hang the app waiting for a writer.
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Reads at most the kind's limit of a regular file.
pub fn read_bytes(path: &Path, kind: FileKind) -> Result<Vec<u8>, ReadError> {
    check_regular(path)?;
    let file = open_nonblocking(path).map_err(|source| io_error(path, source))?;
    // Checked again on the open file: what was checked by name may have
    // been swapped since.
    let meta = file.metadata().map_err(|source| io_error(path, source))?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile {
            path: path.to_path_buf(),
            what: special_kind(meta.file_type()),
        });
    }
    let limit = kind.limit_bytes();
    let too_large = || ReadError::TooLarge {
        path: path.to_path_buf(),
        limit: size_text(limit),
        kind: kind.what(),
    };
    if meta.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // The size can grow while reading (or lie, for files in /proc): never
    // read past the limit.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| io_error(path, source))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Reads a regular UTF-8 text file of at most the kind's limit.
pub fn read_text(path: &Path, kind: FileKind) -> Result<String, ReadError> {
    let bytes = read_bytes(path, kind)?;
    String::from_utf8(bytes).map_err(|_| ReadError::NotText {
        path: path.to_path_buf(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_small_files_and_refuses_large_ones() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let small = dir.path().join("small.ron");
        std::fs::write(&small, "[]").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            read_text(&small, FileKind::Routine).ok().as_deref(),
            Some("[]")
        );
        let big = dir.path().join("big.ron");
        std::fs::write(&big, vec![b' '; 300 * 1024]).unwrap_or_else(|e| panic!("{e}"));
        let err = read_text(&big, FileKind::Routine)
            .err()
            .map(|e| e.to_string());
        assert!(
            err.as_deref()
                .is_some_and(|e| e.contains("larger than 256 KB")),
            "{err:?}"
        );
        assert!(
            read_text(&dir.path().join("none"), FileKind::State).is_err_and(|e| e.is_not_found())
        );
        let folder = read_text(dir.path(), FileKind::Content)
            .err()
            .map(|e| e.to_string());
        assert!(folder.is_some_and(|e| e.contains("is a folder")));
    }

    #[test]
    fn every_kind_writes_well_below_what_it_reads() {
        for kind in [
            FileKind::Routine,
            FileKind::Content,
            FileKind::State,
            FileKind::Archive,
            FileKind::Backup,
            FileKind::Image,
        ] {
            assert!(
                kind.write_limit_bytes() * 2 < kind.limit_bytes(),
                "{kind:?}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_refused_at_once() {
        let err = read_text(Path::new("/dev/zero"), FileKind::Routine)
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("is a device")));
    }
}
