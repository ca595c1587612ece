//! A diary of 200,000 runs, written compactly by an earlier version in one
//! file: changing a setting moves the past years into archive files beside
//! the state (the live file becomes small), and after a restart every run
//! is still there; a backup and the CSV export hold them all.

use crate::common;

use reliefmap::logic::archive;
use reliefmap::logic::backup::read_backup;
use reliefmap::logic::store::{HistoryEntry, STATE_FILE, ThemeChoice, unix_now};
use reliefmap::state::command::DataCommand;
use serde::Serialize;

const RUNS: i64 = 200_000;

/// Twenty runs a day for 10,000 days, ending yesterday, each its own.
fn diary() -> Vec<HistoryEntry> {
    let end = unix_now() - 86_400;
    (0..RUNS)
        .rev()
        .map(|i| HistoryEntry {
            ended_unix_secs: end - i * 4_320,
            technique: Some(["arch_rolls", "heel_raises"][(i % 2) as usize].to_owned()),
            active_secs: 60 + (i % 600) as u64,
            steps_done: 2,
            pain_before: (i % 3 == 0).then_some((i % 11) as u8),
            pain_after: (i % 3 == 0).then_some((i % 7) as u8),
            region: (i % 5 == 0).then(|| "lower_back".to_owned()),
            ..HistoryEntry::default()
        })
        .collect()
}

/// A run as earlier versions wrote it: every field, empty ones too.
#[derive(Serialize)]
struct EarlierRun<'a> {
    ended_unix_secs: i64,
    technique: &'a Option<String>,
    routine: &'a Option<String>,
    routine_name: &'a Option<String>,
    active_secs: u64,
    steps_done: u32,
    pain_before: Option<u8>,
    pain_after: Option<u8>,
    region: &'a Option<String>,
}

/// The state file as an earlier version wrote it, compactly.
fn earlier_file(runs: &[HistoryEntry]) -> String {
    #[derive(Serialize)]
    struct Earlier<'a> {
        version: u32,
        history: Vec<EarlierRun<'a>>,
    }
    let history = runs
        .iter()
        .map(|e| EarlierRun {
            ended_unix_secs: e.ended_unix_secs,
            technique: &e.technique,
            routine: &e.routine,
            routine_name: &e.routine_name,
            active_secs: e.active_secs,
            steps_done: e.steps_done,
            pain_before: e.pain_before,
            pain_after: e.pain_after,
            region: &e.region,
        })
        .collect();
    ron::to_string(&Earlier {
        version: 2,
        history,
    })
    .unwrap()
}

fn sorted(mut runs: Vec<HistoryEntry>) -> Vec<HistoryEntry> {
    runs.sort_by_key(|e| e.ended_unix_secs);
    runs
}

#[test]
fn two_hundred_thousand_runs_survive_a_setting_change_and_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let all = diary();
    std::fs::write(dir.path().join(STATE_FILE), earlier_file(&all)).unwrap();
    let size = |name: &str| std::fs::metadata(dir.path().join(name)).unwrap().len();
    eprintln!("the earlier file: {} MB", size(STATE_FILE) / 1_000_000);
    {
        let mut harness = common::app_harness_in(dir.path());
        assert_eq!(harness.state().user().diary().len(), all.len());
        common::click(&mut harness, "Settings");
        common::click(&mut harness, "Light");
        // The window closes: everything is written.
    }
    let years = archive::years_in(dir.path());
    eprintln!(
        "after the change: state.ron {} KB, {} archive files",
        size(STATE_FILE) / 1024,
        years.len()
    );
    assert!(years.len() >= 25, "{years:?}");
    assert!(size(STATE_FILE) < 4_000_000, "the live file is small");

    let mut harness = common::app_harness_in(dir.path());
    assert!(harness.state().user().history.len() <= archive::LIVE_RUNS_MAX);
    harness.state_mut().ensure_diary_read();
    let app = harness.state();
    assert_eq!(app.user().settings.theme, ThemeChoice::Light);
    let read: Vec<HistoryEntry> = app.user().diary().into_iter().cloned().collect();
    assert_eq!(read.len(), all.len());
    assert!(sorted(read) == all, "every run, as it was");
    assert_eq!(
        app.caches().history.runs,
        all.len(),
        "History counts them all"
    );

    // A backup and the CSV export hold the archived years too.
    let out = dir.path().join("out");
    harness.state_mut().forms_mut().routines.folder = out.display().to_string();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(DataCommand::BackUp, &ctx);
    harness.state_mut().apply(DataCommand::ExportDiary, &ctx);
    let mut backup = None;
    let mut csv_rows = 0;
    for entry in std::fs::read_dir(&out).unwrap().flatten() {
        let path = entry.path();
        if path.to_string_lossy().ends_with(".reliefmap-backup.ron") {
            backup = Some(read_backup(&path).unwrap());
        } else if path.extension().is_some_and(|e| e == "csv") {
            csv_rows = std::fs::read_to_string(&path).unwrap().lines().count() - 1;
        }
    }
    let backup = backup.expect("a backup was written");
    assert!(
        sorted(backup.state.history) == all,
        "the backup holds every run"
    );
    assert_eq!(csv_rows, all.len(), "the CSV holds every run");
}
