//! Older diary years, moved out of `state.ron` into `history-<year>.ron`
//! beside it, so the live file stays small (quick to read at start-up and
//! to write at every change) however long the diary grows. Nothing is ever
//! dropped:
//!
//! - a year is moved only once every archived year has been read, and a
//!   year's file is always written whole (the saver writes it the same
//!   crash-safe way as the state, before the state that no longer holds it);
//! - a crash between the two leaves a run in both files, never in neither:
//!   the copies are merged when the year is read again;
//! - the files are read in the background after the window opens, for the
//!   History page and the exports, which show the whole diary.
//!
//! Years are UTC calendar years, so a run's file never changes with the
//! time zone. No egui here.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Datelike};
use serde::{Deserialize, Serialize};

use super::store::{HistoryEntry, UserState};
use crate::content::files::{self, FileKind};

/// Format number written into archive files.
pub const ARCHIVE_VERSION: u32 = 1;
/// The live diary is kept at or below this many runs (about 2 MB, read in
/// about 20 ms) by moving whole past years out; a person logging two runs a
/// day reaches it after about fourteen years.
pub const LIVE_RUNS_MAX: usize = 10_000;

/// What `history-<year>.ron` holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArchiveFile {
    pub version: u32,
    pub year: i32,
    pub history: Vec<HistoryEntry>,
}

/// `history-2019.ron`.
pub fn file_name(year: i32) -> String {
    format!("history-{year}.ron")
}

/// The year of an archive's file name, if it is one.
pub fn year_of_file_name(name: &str) -> Option<i32> {
    let year = name.strip_prefix("history-")?.strip_suffix(".ron")?;
    (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| year.parse().ok())
        .flatten()
}

/// The years archived in `dir`, by their files.
pub fn years_in(dir: &Path) -> BTreeSet<i32> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| year_of_file_name(&e.file_name().to_string_lossy()))
        .collect()
}

/// The UTC year a run ended in (`None` for a date no calendar has).
pub fn year_of(entry: &HistoryEntry) -> Option<i32> {
    DateTime::from_timestamp(entry.ended_unix_secs, 0).map(|t| t.year())
}

/// One archived year in memory, shared with the saver's snapshot.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArchivedYear {
    pub entries: Arc<Vec<HistoryEntry>>,
    /// 0: as read from its file; else the change that made it. The store
    /// writes a year whose revision it has not written yet.
    pub revision: u64,
}

/// The archived diary years the app knows about.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Archive {
    years: BTreeMap<i32, ArchivedYear>,
    /// Years whose files exist but have not been read yet.
    unread: BTreeSet<i32>,
    /// Years a restore replaced: their files go once the new state is saved.
    replaced: BTreeSet<i32>,
    last_revision: u64,
}

impl Archive {
    /// The archive of a folder whose year files are not read yet.
    pub fn on_disk(years: BTreeSet<i32>) -> Self {
        Self {
            unread: years,
            ..Self::default()
        }
    }

    /// Every archived year is in memory (none still being read).
    pub fn is_complete(&self) -> bool {
        self.unread.is_empty()
    }

    pub fn unread(&self) -> &BTreeSet<i32> {
        &self.unread
    }

    pub fn years(&self) -> impl Iterator<Item = (i32, &ArchivedYear)> {
        self.years.iter().map(|(year, archived)| (*year, archived))
    }

    /// Years whose files a restore replaced (not in [`Self::years`]).
    pub fn replaced(&self) -> impl Iterator<Item = i32> + '_ {
        self.replaced
            .iter()
            .copied()
            .filter(|y| !self.years.contains_key(y))
    }

    /// Runs read so far.
    pub fn len(&self) -> usize {
        self.years.values().map(|y| y.entries.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every archived run read so far, year by year.
    pub fn entries(&self) -> impl Iterator<Item = &HistoryEntry> {
        self.years.values().flat_map(|y| y.entries.iter())
    }

    /// A year read from its file.
    pub fn add_read(&mut self, year: i32, entries: Vec<HistoryEntry>) {
        self.unread.remove(&year);
        if let std::collections::btree_map::Entry::Vacant(slot) = self.years.entry(year) {
            slot.insert(ArchivedYear {
                entries: Arc::new(entries),
                revision: 0,
            });
            return;
        }
        // Moved here meanwhile: merged, and written again.
        self.add_moved(year, entries);
    }

    /// A year whose file could not be read (it was kept under another
    /// name): nothing more to wait for.
    pub fn unreadable(&mut self, year: i32) {
        self.unread.remove(&year);
    }

    /// Runs moved into `year`: merged with what it holds (a run in both
    /// places after a crash is kept once), oldest first.
    fn add_moved(&mut self, year: i32, moved: Vec<HistoryEntry>) {
        self.last_revision += 1;
        let slot = self.years.entry(year).or_default();
        let entries = Arc::make_mut(&mut slot.entries);
        let known: HashSet<HistoryEntry> = entries.iter().cloned().collect();
        entries.extend(moved.into_iter().filter(|e| !known.contains(e)));
        entries.sort_by_key(|e| e.ended_unix_secs);
        slot.revision = self.last_revision;
    }

    /// Empties the archive for a restored state, whose whole diary is in
    /// its `history`; the years' files are replaced at the next save.
    pub fn replace_all(&mut self) {
        self.replaced.extend(self.years.keys().copied());
        self.replaced.extend(std::mem::take(&mut self.unread));
        self.years.clear();
    }
}

/// Moves whole past years out of the live diary: runs of a year already
/// archived (left by a crash, or restored), then the oldest years while
/// the live diary holds more than [`LIVE_RUNS_MAX`] runs. Never the current
/// year, and only once every archived year has been read. An entry keeps
/// its key wherever it goes. Returns how many runs moved.
pub fn archive_old_years(state: &mut UserState, this_year: i32) -> usize {
    if !state.archive.is_complete() {
        return 0;
    }
    let archived: BTreeSet<i32> = state.archive.years.keys().copied().collect();
    let mut moving: BTreeSet<i32> = state
        .history
        .iter()
        .filter_map(year_of)
        .filter(|y| archived.contains(y) && *y < this_year)
        .collect();
    let live_years: BTreeMap<i32, usize> =
        state
            .history
            .iter()
            .filter_map(year_of)
            .fold(BTreeMap::new(), |mut count, year| {
                *count.entry(year).or_insert(0) += 1;
                count
            });
    let mut live = state.history.len() - moving.iter().map(|y| live_years[y]).sum::<usize>();
    for (&year, &runs) in &live_years {
        if live <= LIVE_RUNS_MAX || year >= this_year {
            break;
        }
        if moving.insert(year) {
            live -= runs;
        }
    }
    if moving.is_empty() {
        return 0;
    }
    let before = state.history.len();
    let mut by_year: BTreeMap<i32, Vec<HistoryEntry>> = BTreeMap::new();
    for entry in std::mem::take(&mut state.history) {
        match year_of(&entry).filter(|y| moving.contains(y)) {
            Some(year) => by_year.entry(year).or_default().push(entry),
            None => state.history.push(entry),
        }
    }
    for (year, entries) in by_year {
        state.archive.add_moved(year, entries);
    }
    before - state.history.len()
}

/// Why an archive file could not be read.
#[derive(Debug)]
pub struct UnreadableYear {
    pub year: i32,
    pub reason: String,
    /// Where the file was kept, if it was renamed.
    pub kept_as: Option<PathBuf>,
}

impl UnreadableYear {
    pub fn message(&self) -> String {
        let kept = self.kept_as.as_ref().map_or_else(
            || "It was left where it is.".to_owned(),
            |p| format!("It is kept, untouched, as {}.", p.display()),
        );
        format!(
            "Your diary for {} could not be read ({}). {kept} The rest of your diary is here.",
            self.year, self.reason
        )
    }
}

/// Reads one archived year. An unreadable file is renamed
/// `history-<year>.ron.corrupt-<timestamp>` when `may_set_aside` (never
/// deleted, never written over).
pub fn read_year(
    dir: &Path,
    year: i32,
    may_set_aside: bool,
) -> Result<Vec<HistoryEntry>, UnreadableYear> {
    let path = dir.join(file_name(year));
    let read = files::read_text(&path, FileKind::Archive)
        .map_err(|e| e.to_string())
        .and_then(|text| {
            ron::from_str::<ArchiveFile>(&text)
                .map_err(|e| format!("{}:{}: {}", path.display(), e.span.start, e.code))
        })
        .and_then(|file| check_file(file, year));
    read.map_err(|reason| UnreadableYear {
        year,
        reason,
        kept_as: may_set_aside
            .then(|| super::store::set_aside(&path).ok())
            .flatten(),
    })
}

fn check_file(file: ArchiveFile, year: i32) -> Result<Vec<HistoryEntry>, String> {
    if file.version > ARCHIVE_VERSION {
        return Err(format!(
            "it was saved by a newer version of Relief Map (file version {}, this one reads \
             {ARCHIVE_VERSION})",
            file.version
        ));
    }
    if file.year != year {
        return Err(format!("it says it holds {}, not {year}", file.year));
    }
    Ok(file.history)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run on 1 June of `year`, at `n` seconds past noon.
    fn run(year: i32, n: i64) -> HistoryEntry {
        let secs = chrono::NaiveDate::from_ymd_opt(year, 6, 1)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .map_or(0, |t| t.and_utc().timestamp());
        HistoryEntry {
            ended_unix_secs: secs + n,
            technique: Some("arch_rolls".into()),
            ..HistoryEntry::default()
        }
    }

    fn diary(years: &[(i32, usize)]) -> UserState {
        let history = years
            .iter()
            .flat_map(|&(year, runs)| (0..runs as i64).map(move |n| run(year, n)))
            .collect();
        UserState {
            history,
            ..UserState::default()
        }
    }

    #[test]
    fn file_names_and_years() {
        assert_eq!(file_name(2019), "history-2019.ron");
        assert_eq!(year_of_file_name("history-2019.ron"), Some(2019));
        assert_eq!(year_of_file_name("history-2019.ron.corrupt-1"), None);
        assert_eq!(year_of_file_name("history-19.ron"), None);
    }

    #[test]
    fn old_years_move_while_the_live_diary_is_long() {
        let mut state = diary(&[(2020, 4_000), (2021, 4_000), (2022, 4_000), (2023, 100)]);
        let last = state.history.last().map(HistoryEntry::key);
        let moved = archive_old_years(&mut state, 2023);
        assert_eq!(moved, 4_000);
        assert_eq!(state.history.len(), 8_100, "2020 moved, 2021 stays");
        assert_eq!(state.archive.len(), 4_000);
        assert_eq!(
            state.history.last().map(HistoryEntry::key),
            last,
            "the last entry keeps its key"
        );
        assert_eq!(state.diary().len(), 12_100, "nothing dropped");
        // Short enough now: nothing more moves.
        assert_eq!(archive_old_years(&mut state, 2023), 0);
        assert_eq!(state.archive.len(), 4_000);
    }

    #[test]
    fn the_current_year_never_moves() {
        let mut state = diary(&[(2023, LIVE_RUNS_MAX + 10)]);
        archive_old_years(&mut state, 2023);
        assert_eq!(state.history.len(), LIVE_RUNS_MAX + 10);
        assert!(state.archive.is_empty());
    }

    #[test]
    fn nothing_moves_until_every_year_is_read() {
        let mut state = diary(&[(2020, 6_000), (2023, 6_000)]);
        state.archive = Archive::on_disk([2019].into());
        archive_old_years(&mut state, 2023);
        assert_eq!(state.history.len(), 12_000);
        state.archive.add_read(2019, vec![run(2019, 0)]);
        archive_old_years(&mut state, 2023);
        assert_eq!(state.history.len(), 6_000);
        assert_eq!(state.archive.len(), 6_001);
    }

    #[test]
    fn runs_in_both_places_are_kept_once() {
        // A crash after the year's file was written, before the state was.
        let mut state = diary(&[(2020, 3), (2023, 1)]);
        state.archive.add_read(2020, diary(&[(2020, 3)]).history);
        archive_old_years(&mut state, 2023);
        assert_eq!(state.history.len(), 1);
        assert_eq!(state.archive.len(), 3);
        let (_, year) = state.archive.years().next().unwrap();
        assert!(year.revision > 0, "written again");
    }

    #[test]
    fn a_restore_replaces_the_years() {
        let mut state = diary(&[(2023, 1)]);
        state.archive.add_read(2019, diary(&[(2019, 2)]).history);
        state.archive.add_read(2020, diary(&[(2020, 2)]).history);
        state.archive.replace_all();
        state.history = diary(&[(2020, LIVE_RUNS_MAX), (2023, 5)]).history;
        archive_old_years(&mut state, 2023);
        assert_eq!(state.archive.replaced().collect::<Vec<_>>(), [2019]);
        assert_eq!(state.archive.len(), LIVE_RUNS_MAX);
    }
}
