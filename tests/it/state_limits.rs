//! What the app writes it reads back: small states are written pretty,
//! larger ones compact, and a save that would pass the write limit (a
//! quarter of what the reader accepts) is not written at all: the old
//! file is kept, the person is told, and the change stays in memory.

use crate::common;

use egui_kittest::kittest::Queryable;
use reliefmap::content::files::FileKind;
use reliefmap::logic::store::{HistoryEntry, STATE_FILE, Store, StoreError, UserState};

fn runs(n: usize) -> Vec<HistoryEntry> {
    (0..n)
        .map(|i| HistoryEntry {
            ended_unix_secs: 1_790_000_000 + i as i64 * 60,
            technique: Some("arch_rolls".into()),
            active_secs: 300,
            ..HistoryEntry::default()
        })
        .collect()
}

#[test]
fn small_states_are_pretty_larger_ones_compact_and_both_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = Store::open(dir.path());
    for n in [3, 3_000] {
        let state = UserState {
            history: runs(n),
            ..UserState::default()
        };
        store.save(&state).unwrap();
        let text = std::fs::read_to_string(dir.path().join(STATE_FILE)).unwrap();
        let lines = text.lines().count();
        if n == 3 {
            assert!(lines > 20, "pretty: {lines} lines");
        } else {
            assert_eq!(lines, 1, "compact");
        }
        let (_, read, notices) = Store::open(dir.path());
        assert!(
            notices
                .iter()
                .all(|n| *n == reliefmap::logic::store::OpenNotice::ReadOnly)
        );
        assert_eq!(read.history, state.history);
    }
}

#[test]
fn a_save_past_the_limit_is_refused_and_the_old_file_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness_in(dir.path());
    common::click(&mut harness, "Settings");
    common::click(&mut harness, "Dark");
    harness.state_mut().flush_saves();
    let before = std::fs::read(dir.path().join(STATE_FILE)).unwrap();

    // Favourites of a size no person has: more than the write limit.
    let limit = FileKind::State.write_limit_bytes() as usize;
    let huge: Vec<String> = (0..limit / 1_000 + 1)
        .map(|i| format!("{i:01000}"))
        .collect();
    harness.state_mut().edit_user().favourites = huge.clone();
    harness.state_mut().flush_saves();
    harness.run();
    let error = harness.state().save_error().unwrap().to_owned();
    assert!(error.contains("your saved data would be"), "{error}");
    assert!(error.contains("so it was not written"), "{error}");
    harness.get_by_label("Not saved: your changes are kept while Relief Map is open.");
    assert_eq!(
        harness.state().user().favourites,
        huge,
        "the change is kept in memory"
    );
    assert_eq!(
        std::fs::read(dir.path().join(STATE_FILE)).unwrap(),
        before,
        "the old file is kept as it was"
    );

    // The store says the same, and the file still reads.
    let other = tempfile::tempdir().unwrap();
    let (store, _, _) = Store::open(other.path());
    let too_large = UserState {
        favourites: huge,
        ..UserState::default()
    };
    assert!(matches!(
        store.save(&too_large),
        Err(StoreError::TooLarge { .. })
    ));
}
