//! Closing the window while saving fails (here the state file's place is
//! taken by a folder, as a full disk would refuse it) keeps a copy of the
//! unsaved change in the cache folder; the next start offers it, and
//! restoring it brings the change back (what was there kept aside first).

use crate::common;

use egui_kittest::kittest::Queryable;
use reliefmap::logic::store::{STATE_FILE, ThemeChoice};

#[test]
fn a_change_that_could_not_be_saved_is_offered_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let state_file = dir.path().join(STATE_FILE);
    {
        let mut harness = common::app_harness_in(dir.path());
        // Saving now fails: a folder where the file goes.
        let _ = std::fs::remove_file(&state_file);
        std::fs::create_dir(&state_file).unwrap();
        common::click(&mut harness, "Settings");
        common::click(&mut harness, "Light");
        harness.state_mut().flush_saves();
        harness.run();
        harness.get_by_label("Not saved: your changes are kept while Relief Map is open.");
        common::click(&mut harness, "Details");
        harness.get_by_label_contains("could not save to");
        harness
            .state_mut()
            .forms_mut()
            .routines
            .folder
            .clone_from(&dir.path().join("aside").display().to_string());
        // The window closes with the change unsaved.
    }
    std::fs::remove_dir(&state_file).unwrap();
    let copies: Vec<_> = walk(&dir.path().join("cache"));
    assert_eq!(copies.len(), 1, "one copy in the cache folder: {copies:?}");

    let mut harness = common::app_harness_in(dir.path());
    harness.run();
    assert_eq!(harness.state().user().settings.theme, ThemeChoice::System);
    harness.get_by_label_contains("your latest changes could not be saved; a copy was kept");
    harness
        .state_mut()
        .forms_mut()
        .routines
        .folder
        .clone_from(&dir.path().join("aside").display().to_string());
    common::click(&mut harness, "Restore my changes");
    assert_eq!(harness.state().user().settings.theme, ThemeChoice::Light);
    harness.get_by_label_contains("Your unsaved changes are back");
    assert!(
        walk(&dir.path().join("cache")).is_empty(),
        "the copy is used up"
    );
    assert_eq!(
        walk(&dir.path().join("aside")).len(),
        1,
        "what was there is kept aside"
    );
    harness.state_mut().flush_saves();
    let saved = std::fs::read_to_string(&state_file).unwrap();
    assert!(saved.contains("Light"), "{saved}");
    drop(harness);
    let harness = common::app_harness_in(dir.path());
    assert!(harness.state().notices().recovery.is_none(), "offered once");
}

/// Every file below `dir`.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
            if entry.path().is_dir() {
                folders.push(entry.path());
            } else {
                files.push(entry.path());
            }
        }
    }
    files
}
