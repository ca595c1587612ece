//! Back up → restore round-trips every field of the saved state; a bad
//! backup says what is wrong (line:column for syntax) and changes nothing;
//! a restore keeps the current state aside as a backup that reads back.

use std::collections::BTreeSet;

use reliefmap::logic::backup::{BackupError, parse_backup, read_backup, restore, write_backup};
use reliefmap::logic::store::{HistoryEntry, Settings, StoredRoutine, ThemeChoice, UserState};

fn everything() -> UserState {
    UserState {
        favourites: vec!["arch_rolls".into(), "heel_raises".into()],
        routines: vec![StoredRoutine {
            id: "mine".into(),
            name: "Morning, \"feet\"".into(),
            techniques: vec!["arch_rolls".into(), "from_a_pack".into()],
            summary: "Before work".into(),
            transition_secs: 15,
            ..Default::default()
        }],
        history: vec![HistoryEntry {
            ended_unix_secs: 1_700_000_000,
            technique: Some("arch_rolls".into()),
            routine: Some("mine".into()),
            routine_name: Some("Morning".into()),
            active_secs: 321,
            steps_done: 3,
            pain_before: Some(7),
            pain_after: Some(4),
            region: Some("lower_back".into()),
            ..Default::default()
        }],
        acknowledged: BTreeSet::from(["arch_rolls".to_owned()]),
        settings: Settings {
            theme: ThemeChoice::Light,
            sound: false,
            volume: 0.3,
            pace_tick: false,
            last_view: "feet".into(),
            show_labels: false,
            window_size: Some((900.0, 700.0)),
            reduce_motion: true,
            voice: true,
            voice_rate: 30,
            voice_volume: 60,
            voice_name: Some("en-gb".into()),
            large_controls: true,
            ask_pain_before: false,
            text_scale: 1.4,
        },
        ..UserState::default()
    }
}

#[test]
fn backup_then_restore_gives_back_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let state = everything();
    let path = write_backup(dir.path(), "reliefmap", "2026-11-22", &state).unwrap();
    assert!(
        path.to_string_lossy()
            .ends_with("reliefmap-2026-11-22.reliefmap-backup.ron")
    );
    // A second backup the same day does not replace the first.
    let second = write_backup(dir.path(), "reliefmap", "2026-11-22", &state).unwrap();
    assert_ne!(path, second);
    let file = read_backup(&path).unwrap();
    let current = UserState::default();
    let (restored, aside) = restore(&current, file, dir.path(), "2026-11-22").unwrap();
    assert_eq!(restored, state);
    // What was there before is kept aside, and reads back.
    assert_eq!(read_backup(&aside).unwrap().state, current);
}

#[test]
fn a_bad_backup_says_where_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let good = write_backup(dir.path(), "reliefmap", "2026-11-22", &everything()).unwrap();
    let text = std::fs::read_to_string(&good).unwrap();
    let cases = [
        (
            "syntax",
            text.replacen("favourites: [", "favourites: [[", 1),
            ":",
        ),
        ("truncated", text[..text.len() / 2].to_owned(), ":"),
        (
            "format",
            text.replacen("format: 1", "format: 9", 1),
            "format 9",
        ),
        (
            "pain",
            text.replacen("pain_before: Some(7)", "pain_before: Some(12)", 1),
            "pain before is 12",
        ),
        (
            "unknown field",
            text.replacen("format: 1,", "format: 1, extra: 2,", 1),
            "extra",
        ),
    ];
    for (what, bad, expect) in cases {
        let problems = parse_backup("bad.reliefmap-backup.ron", &bad).expect_err(what);
        let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(all.iter().any(|p| p.contains(expect)), "{what}: {all:?}");
        if what == "syntax" {
            assert!(
                problems[0].pos.is_some(),
                "a syntax problem has a line and column"
            );
        }
    }
    // A huge file is refused before it is read.
    let huge = dir.path().join("huge.reliefmap-backup.ron");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(reliefmap::content::files::FileKind::Backup.limit_bytes() + 1)
        .unwrap();
    assert!(matches!(read_backup(&huge), Err(BackupError::Read(_))));
    // Nothing was written beside the backups.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}
