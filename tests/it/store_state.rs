//! The state file: every field round-trips; corrupt, truncated and newer
//! files are set aside (never deleted) and the app starts fresh; a folder
//! that cannot be written keeps the state in memory; a second instance does
//! not save over the first.

use reliefmap::logic::store::{
    HistoryEntry, OpenNotice, STATE_FILE, Settings, Store, StoredRoutine, ThemeChoice, UserState,
};

fn full_state() -> UserState {
    UserState {
        favourites: vec!["ankle_circles".into(), "heel_raises".into()],
        routines: vec![StoredRoutine {
            id: "mine".into(),
            name: "Morning feet".into(),
            techniques: vec!["toe_curls_towel".into(), "arch_rolls".into()],
            summary: "From Alex, physio".into(),
            transition_secs: 15,
            ..Default::default()
        }],
        history: vec![
            HistoryEntry {
                ended_unix_secs: 1_790_000_000,
                technique: Some("arch_rolls".into()),
                routine: None,
                routine_name: None,
                active_secs: 312,
                steps_done: 3,
                pain_before: Some(6),
                pain_after: Some(3),
                region: Some("lower_back".into()),
                ..Default::default()
            },
            HistoryEntry {
                ended_unix_secs: 1_790_090_000,
                technique: None,
                routine: Some("mine".into()),
                routine_name: Some("Morning feet".into()),
                active_secs: 900,
                steps_done: 8,
                pain_before: None,
                pain_after: None,
                region: None,
                ..Default::default()
            },
        ],
        acknowledged: ["ankle_circles".to_owned()].into(),
        settings: Settings {
            theme: ThemeChoice::Dark,
            sound: false,
            volume: 0.4,
            pace_tick: false,
            last_view: "feet".to_owned(),
            show_labels: false,
            window_size: Some((1024.0, 700.0)),
            reduce_motion: true,
            voice: true,
            voice_rate: -20,
            voice_volume: 80,
            voice_name: Some("en-gb".to_owned()),
            large_controls: true,
            ask_pain_before: false,
            text_scale: 1.3,
        },
        ..UserState::default()
    }
}

#[test]
fn every_field_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let (store, state, notices) = Store::open(dir.path());
    assert!(notices.is_empty());
    assert_eq!(state, UserState::default());
    store.save(&full_state()).unwrap();
    drop(store);
    let (_, read, notices) = Store::open(dir.path());
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(read, full_state());
}

fn set_aside_case(text: &str) -> (Vec<OpenNotice>, UserState, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(STATE_FILE), text).unwrap();
    let (_store, state, notices) = Store::open(dir.path());
    (notices, state, dir)
}

fn assert_set_aside(text: &str, reason_part: &str) {
    let (notices, state, dir) = set_aside_case(text);
    assert_eq!(state, UserState::default(), "starts with defaults");
    let [OpenNotice::SetAside { reason, kept_as }] = notices.as_slice() else {
        panic!("{notices:?}")
    };
    assert!(reason.contains(reason_part), "{reason}");
    assert!(
        kept_as
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("state.ron.corrupt-")
    );
    assert_eq!(
        std::fs::read_to_string(kept_as).unwrap(),
        text,
        "the bad file is kept byte for byte"
    );
    assert!(!dir.path().join(STATE_FILE).exists());
    assert!(notices[0].message().contains("kept, untouched"));
}

#[test]
fn corrupt_file_is_set_aside() {
    assert_set_aside("(version: 1, favourites: [\"a\", ", "state.ron:1:");
    assert_set_aside("this is not RON at all", "state.ron:1:");
}

#[test]
fn truncated_file_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = Store::open(dir.path());
    store.save(&full_state()).unwrap();
    drop(store);
    let text = std::fs::read_to_string(dir.path().join(STATE_FILE)).unwrap();
    assert_set_aside(&text[..text.len() / 2], "state.ron:");
}

#[test]
fn newer_version_is_set_aside_not_overwritten() {
    assert_set_aside("(version: 99, favourites: [\"x\"])", "newer version");
}

#[test]
fn two_set_aside_files_do_not_replace_each_other() {
    let dir = tempfile::tempdir().unwrap();
    for text in ["broken one", "broken two"] {
        std::fs::write(dir.path().join(STATE_FILE), text).unwrap();
        drop(Store::open(dir.path()));
    }
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    assert_eq!(kept.len(), 2, "{kept:?}");
}

#[test]
fn second_instance_does_not_save_over_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let (first, _, notices) = Store::open(dir.path());
    assert!(notices.is_empty());
    first.save(&full_state()).unwrap();
    let (second, seen, notices) = Store::open(dir.path());
    assert_eq!(notices, vec![OpenNotice::ReadOnly]);
    assert!(second.is_read_only());
    assert_eq!(seen, full_state(), "the second window still shows the data");
    assert!(second.save(&UserState::default()).is_err());
    drop(first);
    let (_, read, _) = Store::open(dir.path());
    assert_eq!(read, full_state(), "nothing the first saved was lost");
}

#[cfg(unix)]
#[test]
fn unwritable_folder_reports_and_keeps_going() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = Store::open(dir.path());
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o500)).unwrap();
    let result = store.save(&full_state());
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    // Root ignores folder permissions; the check only means something for other users.
    if let Err(error) = result {
        let message = error.to_string();
        assert!(message.contains("could not save"), "{message}");
        store.save(&full_state()).unwrap();
    }
}
