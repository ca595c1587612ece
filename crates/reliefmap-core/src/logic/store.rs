//! The person's saved state (favourites, safety acknowledgements, history,
//! routines and settings) in one versioned RON file, written so that it is
//! never lost:
//!
//! - every save writes a temporary file in the same folder, syncs it to
//!   disk and renames it over `state.ron`, so a crash leaves the old or the
//!   new file, never a broken one;
//! - what it writes it reads back: compact RON (pretty while small), never
//!   larger than [`FileKind::write_limit_bytes`], a quarter of what the
//!   reader accepts; a save that would be larger is not written (the old
//!   file stays, the change stays in memory, and the person is told);
//! - older diary years live in archive files beside it ([`super::archive`]),
//!   written first, the same way;
//! - a file that cannot be read (corrupt, truncated, from a newer version)
//!   is renamed to `state.ron.corrupt-<timestamp>`, never deleted, and the
//!   app starts with defaults and says so;
//! - a second running instance gets no lock and does not save, so it can
//!   never overwrite what the first one saved.
//!
//! No egui types here.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::archive::{self, Archive, ArchiveFile};
use super::keys::{ItemKey, KeyField};
use super::map::LIST_VIEW;
use crate::content::files::{self, FileKind};

/// Version written into new files. Files with a higher version are set aside.
/// 2: settings in one place; `last_view` is the view's id in `maps.ron`
/// (older names such as `Feet` are read as ids).
pub const STATE_VERSION: u32 = 2;
pub const STATE_FILE: &str = "state.ron";
const LOCK_FILE: &str = "state.lock";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

/// Default cue volume, 0.0..=1.0.
pub const DEFAULT_VOLUME: f32 = 0.7;

/// The person's settings: the one type the app, the Settings page and the
/// state file share.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: ThemeChoice,
    /// Play a sound at each cue.
    pub sound: bool,
    /// 0.0..=1.0
    pub volume: f32,
    /// Play the quiet tick of the pace.
    pub pace_tick: bool,
    /// The id of the map view shown at the last close (or the list).
    #[serde(deserialize_with = "view_or_old_name")]
    pub last_view: String,
    /// Names drawn on the maps for every region (L), not only the selected,
    /// hovered and linked ones.
    pub show_labels: bool,
    /// Inner window size in points.
    pub window_size: Option<(f32, f32)>,
    /// Show illustrations still, with arrows, instead of moving.
    pub reduce_motion: bool,
    /// Speak the steps and cues aloud.
    pub voice: bool,
    /// Speaking speed, -100 (slow) to 100 (fast); 0 is the engine's own.
    pub voice_rate: i32,
    /// 0..=100.
    pub voice_volume: u8,
    /// A voice the engine offers; `None` for its default.
    pub voice_name: Option<String>,
    /// The player's Next and Pause as large targets (a foot or an elbow).
    pub large_controls: bool,
    /// Ask "how is your pain now?" before a run starts.
    pub ask_pain_before: bool,
    /// Text size: the whole window's zoom, 1.0 as designed.
    pub text_scale: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            sound: true,
            volume: DEFAULT_VOLUME,
            pace_tick: true,
            last_view: DEFAULT_VIEW.to_owned(),
            show_labels: true,
            window_size: None,
            reduce_motion: false,
            voice: false,
            voice_rate: 0,
            voice_volume: 100,
            voice_name: None,
            large_controls: false,
            ask_pain_before: true,
            text_scale: 1.0,
        }
    }
}

/// The text sizes offered, smallest and largest.
pub const TEXT_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.8..=2.0;

impl Settings {
    /// The text size as applied: within the offered range, whatever the
    /// file said.
    pub fn text_scale(&self) -> f32 {
        if self.text_scale.is_finite() {
            self.text_scale
                .clamp(*TEXT_SCALE_RANGE.start(), *TEXT_SCALE_RANGE.end())
        } else {
            1.0
        }
    }

    /// The volume as played: always within 0..=1, whatever the file said.
    pub fn volume(&self) -> f32 {
        if self.volume.is_finite() {
            self.volume.clamp(0.0, 1.0)
        } else {
            DEFAULT_VOLUME
        }
    }
}

/// The view shown on a first start.
pub const DEFAULT_VIEW: &str = "body_front";

/// Earlier files stored the view as a name (`Feet`, `BodyFront`, or as
/// text "Body front"); those become ids, and anything not understood is the
/// default view rather than a lost file.
fn view_or_old_name<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    enum OldView {
        BodyFront,
        BodyBack,
        Feet,
        List,
    }
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Old(OldView),
        Name(String),
    }
    Ok(match Either::deserialize(deserializer) {
        Ok(Either::Old(OldView::BodyFront)) => "body_front".to_owned(),
        Ok(Either::Old(OldView::BodyBack)) => "body_back".to_owned(),
        Ok(Either::Old(OldView::Feet)) => "feet".to_owned(),
        Ok(Either::Old(OldView::List)) => LIST_VIEW.to_owned(),
        Ok(Either::Name(name)) => match name.as_str() {
            "BodyFront" | "Body front" => "body_front".to_owned(),
            "BodyBack" | "Body back" => "body_back".to_owned(),
            "Feet" => "feet".to_owned(),
            "List" => LIST_VIEW.to_owned(),
            _ => name,
        },
        Err(_) => DEFAULT_VIEW.to_owned(),
    })
}

/// A person's own list of techniques played back to back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StoredRoutine {
    pub id: String,
    pub name: String,
    /// Technique ids in playing order; ids missing from the loaded content
    /// are kept (a pack may come back) but skipped when playing.
    pub techniques: Vec<String>,
    /// From an imported file; empty for routines made in the app.
    pub summary: String,
    pub transition_secs: u32,
    /// Names it while the app runs (see [`KeyField`]).
    #[serde(skip)]
    pub key: KeyField,
}

impl StoredRoutine {
    pub fn key(&self) -> ItemKey {
        self.key.get()
    }
}

impl Default for StoredRoutine {
    fn default() -> Self {
        Self {
            id: String::new(),
            name: String::new(),
            techniques: Vec::new(),
            summary: String::new(),
            transition_secs: crate::content::DEFAULT_TRANSITION_SECS,
            key: KeyField::default(),
        }
    }
}

/// One finished (or stopped) technique or routine. Fields left empty are
/// not written (a long diary stays small).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct HistoryEntry {
    /// Seconds since 1970 (UTC) when it ended.
    pub ended_unix_secs: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub technique: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routine: Option<String>,
    /// The routine's name when it ran, so the log reads well after the
    /// routine is renamed or deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routine_name: Option<String>,
    pub active_secs: u64,
    pub steps_done: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pain_before: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pain_after: Option<u8>,
    /// Region id where it hurt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Names it while the app runs (see [`KeyField`]).
    #[serde(skip)]
    pub key: KeyField,
}

impl HistoryEntry {
    pub fn key(&self) -> ItemKey {
        self.key.get()
    }
}

/// Everything saved between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UserState {
    pub version: u32,
    /// Technique ids, in the person's order.
    pub favourites: Vec<String>,
    pub routines: Vec<StoredRoutine>,
    /// The live diary: recent years (older ones are in [`Self::archive`]).
    pub history: Vec<HistoryEntry>,
    /// Technique ids whose safety gate was accepted.
    pub acknowledged: BTreeSet<String>,
    pub settings: Settings,
    /// Older diary years, in files of their own beside this one.
    #[serde(skip)]
    pub archive: Archive,
}

impl UserState {
    /// The whole diary read so far: archived years, then the live ones.
    pub fn diary(&self) -> Vec<&HistoryEntry> {
        self.archive.entries().chain(&self.history).collect()
    }

    /// This state as one value with the whole diary in `history` (backups
    /// and recovery copies).
    pub fn with_whole_diary(&self) -> Self {
        Self {
            history: self.diary().into_iter().cloned().collect(),
            archive: Archive::default(),
            ..self.clone()
        }
    }
}

impl Default for UserState {
    fn default() -> Self {
        Self {
            version: STATE_VERSION,
            favourites: Vec::new(),
            routines: Vec::new(),
            history: Vec::new(),
            acknowledged: BTreeSet::new(),
            settings: Settings::default(),
            archive: Archive::default(),
        }
    }
}

/// The state file of one folder, held with a lock while the app runs.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    /// Held for the life of the store; released by the OS even on a crash.
    lock: Option<File>,
    /// The revision of each archived year as its file now holds it (a year
    /// missing here is as it was read).
    written: RefCell<BTreeMap<i32, u64>>,
}

/// What happened when opening, for a banner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenNotice {
    /// The file could not be read; it was kept under another name.
    SetAside { reason: String, kept_as: PathBuf },
    /// Another instance holds the lock: this one will not save.
    ReadOnly,
    /// The folder could not be created or read.
    Unavailable(String),
}

impl OpenNotice {
    pub fn message(&self) -> String {
        match self {
            Self::SetAside { reason, kept_as } => format!(
                "Your saved data could not be read ({reason}). It is kept, untouched, as {} and \
                    Relief Map started fresh.",
                kept_as.display()
            ),
            Self::ReadOnly => "Relief Map is already open in another window. This window will not save changes, so nothing \
                               the other window saved is lost; close this one and use the other."
                .to_owned(),
            Self::Unavailable(reason) => format!("Your data folder cannot be used ({reason}). \
                Changes are kept only until you close the app."),
        }
    }
}

impl Store {
    /// Reads the live state in `dir` and nothing else: no folder made, no
    /// lock taken, nothing set aside (the command line's look, beside a
    /// running app). `None` when there is none or it cannot be read.
    pub fn read_only(dir: &Path) -> Option<UserState> {
        let store = Self {
            dir: dir.to_path_buf(),
            lock: None,
            written: RefCell::default(),
        };
        store.read().ok()
    }

    /// Opens (creating if needed) the state folder and reads its state.
    pub fn open(dir: &Path) -> (Self, UserState, Vec<OpenNotice>) {
        let mut notices = Vec::new();
        if let Err(err) = std::fs::create_dir_all(dir) {
            notices.push(OpenNotice::Unavailable(format!("{}: {err}", dir.display())));
            return (
                Self {
                    dir: dir.to_path_buf(),
                    lock: None,
                    written: RefCell::default(),
                },
                UserState::default(),
                notices,
            );
        }
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(LOCK_FILE))
            .ok()
            .filter(|f| f.try_lock().is_ok());
        if lock.is_none() {
            notices.push(OpenNotice::ReadOnly);
        }
        let store = Self {
            dir: dir.to_path_buf(),
            lock,
            written: RefCell::default(),
        };
        if store.lock.is_some() {
            store.remove_stale_temp_files();
        }
        let state = match store.read() {
            Ok(state) => UserState {
                archive: Archive::on_disk(archive::years_in(dir)),
                ..state
            },
            Err(reason) if store.lock.is_some() => {
                match set_aside(&store.path()) {
                    Ok(kept_as) => notices.push(OpenNotice::SetAside { reason, kept_as }),
                    Err(err) => notices.push(OpenNotice::Unavailable(format!(
                        "{reason}; and it could not be set aside: {err}"
                    ))),
                }
                UserState::default()
            }
            // Read-only: leave the other instance's file alone.
            Err(_) => UserState::default(),
        };
        (store, state, notices)
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(STATE_FILE)
    }

    /// The folder of the state and its archive files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn is_read_only(&self) -> bool {
        self.lock.is_none()
    }

    /// Reads the state file; a missing file is a fresh start. Anything but
    /// a regular file within [`FileKind::State`]'s limit is refused without
    /// blocking.
    fn read(&self) -> Result<UserState, String> {
        let path = self.path();
        let text = match files::read_text(&path, FileKind::State) {
            Ok(text) => text,
            Err(err) if err.is_not_found() => return Ok(UserState::default()),
            Err(err) => return Err(err.to_string()),
        };
        let state: UserState = ron::from_str(&text)
            .map_err(|err| format!("{}:{}: {}", path.display(), err.span.start, err.code))?;
        if state.version > STATE_VERSION {
            return Err(format!(
                "it was saved by a newer version of Relief Map (file version {}, this one reads \
                    {STATE_VERSION})",
                state.version
            ));
        }
        Ok(UserState {
            version: STATE_VERSION,
            ..state
        })
    }

    /// Temporary files left by a save that was cut off; the lock says no
    /// other instance is writing them.
    fn remove_stale_temp_files(&self) {
        let prefix = format!("{STATE_FILE}.tmp-");
        for entry in std::fs::read_dir(&self.dir).into_iter().flatten().flatten() {
            if entry.file_name().to_string_lossy().starts_with(&prefix)
                && let Err(err) = std::fs::remove_file(entry.path())
            {
                log::warn!("could not remove {}: {err}", entry.path().display());
            }
        }
    }

    /// Saves atomically: changed archive years first, then the state; each
    /// a temp file, fsync, rename, fsync of the folder. Nothing larger than
    /// its kind's write limit is written.
    pub fn save(&self, state: &UserState) -> Result<(), StoreError> {
        if self.lock.is_none() {
            return Err(StoreError::ReadOnly);
        }
        // A complete archive only: a year is written whole.
        let complete = state.archive.is_complete();
        if complete {
            self.save_archive(&state.archive)?;
        }
        let text = ron_text(state, FileKind::State, "your saved data")?;
        self.write_file(&self.path(), &text)?;
        if complete {
            for year in state.archive.replaced() {
                let path = self.dir.join(archive::file_name(year));
                if let Err(err) = std::fs::remove_file(&path)
                    && err.kind() != std::io::ErrorKind::NotFound
                {
                    log::warn!("could not remove {}: {err}", path.display());
                }
            }
        }
        Ok(())
    }

    /// Writes each archived year whose file does not hold its revision yet.
    fn save_archive(&self, archive: &Archive) -> Result<(), StoreError> {
        for (year, archived) in archive.years() {
            let written = self.written.borrow().get(&year).copied().unwrap_or(0);
            if archived.revision == written {
                continue;
            }
            let file = ArchiveFile {
                version: archive::ARCHIVE_VERSION,
                year,
                history: archived.entries.to_vec(),
            };
            let what = format!("your diary for {year}");
            let text = ron_text(&file, FileKind::Archive, &what)?;
            self.write_file(&self.dir.join(archive::file_name(year)), &text)?;
            self.written.borrow_mut().insert(year, archived.revision);
        }
        Ok(())
    }

    /// Replaces `path` crash-safely (see [`crate::storage`]).
    fn write_file(&self, path: &Path, text: &str) -> Result<(), StoreError> {
        crate::storage::replace(path, text.as_bytes()).map_err(|source| StoreError::Write {
            path: path.to_path_buf(),
            source,
        })
    }
}

/// Files up to this size (written compactly) are written pretty-printed,
/// for a person who opens them; larger ones stay compact.
pub const PRETTY_UP_TO_BYTES: usize = 64 * 1024;

/// `value` as RON the reader accepts: compact, or pretty while small; an
/// error when it would pass `kind`'s write limit (`what` names it).
pub fn ron_text<T: Serialize>(value: &T, kind: FileKind, what: &str) -> Result<String, StoreError> {
    let compact = ron::to_string(value)?;
    let text = if compact.len() <= PRETTY_UP_TO_BYTES {
        ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default())?
    } else {
        compact
    };
    let limit = kind.write_limit_bytes();
    if text.len() as u64 > limit {
        return Err(StoreError::TooLarge {
            what: what.to_owned(),
            size: files::size_text(text.len() as u64),
            limit: files::size_text(limit),
        });
    }
    Ok(text)
}

/// Renames an unreadable file to `<name>.corrupt-<timestamp>` (with a
/// counter if that exists), never replacing anything.
pub(crate) fn set_aside(path: &Path) -> std::io::Result<PathBuf> {
    let stamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    crate::storage::move_aside(path, &format!(".corrupt-{stamp}"))
}

/// Why the state could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("another Relief Map window is open, so this one does not save")]
    ReadOnly,
    #[error("the state could not be written as text: {0}")]
    Serialize(#[from] ron::Error),
    /// Larger than what the reader accepts with room to spare: not written.
    #[error(
        "{what} would be {size}, more than the {limit} Relief Map writes, so it was not written \
         (the last saved file is kept)"
    )]
    TooLarge {
        what: String,
        size: String,
        limit: String,
    },
    #[error("could not save to {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl StoreError {
    /// Trying again later cannot help (only a change can).
    pub fn is_lasting(&self) -> bool {
        matches!(self, Self::TooLarge { .. } | Self::ReadOnly)
    }
}

/// Where the saver writes: the state file, or a stand-in in tests.
pub trait StateWriter: Send + 'static {
    fn write(&mut self, state: &UserState) -> Result<(), StoreError>;
}

impl StateWriter for Store {
    fn write(&mut self, state: &UserState) -> Result<(), StoreError> {
        self.save(state)
    }
}

/// Seconds since 1970 now (UTC).
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}
