//! Settings → Your data, as a person uses it: back up, change something,
//! restore (asked first; the state before is kept aside), and a bad
//! backup refused with its problems and nothing changed.

use crate::common;
use reliefmap::content::TechniqueId;

use egui_kittest::kittest::Queryable;
use reliefmap::logic::backup::backups_in;
use reliefmap::state::command::{DataCommand, FavouriteCommand, NavCommand};
use reliefmap::state::nav::Page;

#[test]
fn back_up_restore_and_refuse_a_bad_file() {
    let state_dir = tempfile::tempdir().unwrap();
    let share = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness_in(state_dir.path());
    let ctx = harness.ctx.clone();
    harness.state_mut().forms_mut().routines.folder = share.path().display().to_string();
    harness
        .state_mut()
        .apply(FavouriteCommand::Toggle(TechniqueId::from(0)), &ctx);
    harness
        .state_mut()
        .apply(NavCommand::Open(Page::Settings), &ctx);
    harness.run();
    harness.get_by_label("Back up now").click();
    harness.run();
    let backup = backups_in(share.path()).pop().unwrap();
    harness.get_by_label_contains("Backed up to");

    // Changed after the backup: the favourite goes.
    harness
        .state_mut()
        .apply(FavouriteCommand::Toggle(TechniqueId::from(0)), &ctx);
    assert!(harness.state().user().favourites.is_empty());
    harness.get_by_label("Restore…").click();
    harness.run();
    harness.get_by_label_contains("Replace your favourites, routines, diary and settings");
    harness.get_by_label("Yes, restore").click();
    harness.run();
    assert_eq!(harness.state().user().favourites.len(), 1);
    harness.get_by_label_contains("What you had before is kept in");
    assert_eq!(
        backups_in(share.path()).len(),
        2,
        "the state before is kept aside"
    );

    // A broken backup: its problems listed, nothing changed.
    let text = std::fs::read_to_string(&backup).unwrap();
    std::fs::write(&backup, text.replacen("format: 1", "format: [", 1)).unwrap();
    let before = harness.state().user().clone();
    harness
        .state_mut()
        .apply(DataCommand::CheckRestore(backup.clone()), &ctx);
    harness.run();
    harness.get_by_label_contains("Nothing was changed");
    assert!(harness.query_by_label("Yes, restore").is_none());
    assert_eq!(*harness.state().user(), before);
}
