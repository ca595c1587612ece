//! What the person does is still there in a new app on the same state
//! folder: a star, a safety acknowledgement, a logged run, the view and
//! settings. A broken state file is set aside with a banner.

use crate::common;
use reliefmap::content::ViewChoice;

use egui_kittest::kittest::Queryable;
use reliefmap::state::nav::Page;

#[test]
fn a_star_and_settings_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut harness = common::app_harness_in(dir.path());
        common::select_lower_back(&mut harness);
        harness
            .get_by_label("Favourite: Lower-back self-massage")
            .click();
        harness.run();
        common::click(&mut harness, "Settings");
        common::click(&mut harness, "Light");
        common::click(&mut harness, "Feet");
    }
    let mut harness = common::app_harness_in(dir.path());
    harness.run();
    assert_eq!(
        harness.state().nav().view,
        ViewChoice::map("feet"),
        "the last view is remembered"
    );
    // kittest sets its own theme on the context, so check what was saved.
    assert_eq!(
        harness.state().user().settings.theme,
        reliefmap::logic::store::ThemeChoice::Light
    );
    let lower_back = common::region(&harness, "lower_back");
    assert!(
        harness.state().caches().favourite_regions[lower_back],
        "the star shows on the map after a restart"
    );
    common::click(&mut harness, "Favourites (1)");
    harness.get_by_label_contains("· Lower-back self-massage");
    assert_eq!(harness.state().nav().page(), Page::Favourites);
}

#[test]
fn gate_and_log_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut harness = common::app_harness_in(dir.path());
        common::start(&mut harness, "heel_raises");
        common::click(&mut harness, "I understand, start");
        common::click(&mut harness, "Ready: next step (N)");
        common::click(&mut harness, "Stop (S)");
    }
    let mut harness = common::app_harness_in(dir.path());
    common::start(&mut harness, "heel_raises");
    assert_eq!(
        harness.state().nav().page(),
        Page::Player,
        "no second safety gate"
    );
    let history = &harness.state().user().history;
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].technique.as_deref(), Some("heel_raises"));
}

#[test]
fn broken_state_file_shows_a_banner_and_keeps_the_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("state.ron"),
        "(favourites: [\"ankle_circles\"",
    )
    .unwrap();
    let mut harness = common::app_harness_in(dir.path());
    harness.run();
    harness.get_by_label_contains("Your saved data could not be read");
    let kept = std::fs::read_dir(dir.path()).unwrap().flatten().any(|e| {
        e.file_name()
            .to_string_lossy()
            .starts_with("state.ron.corrupt-")
    });
    assert!(kept);
    common::click(&mut harness, "Dismiss");
    assert!(
        harness
            .query_by_label_contains("Your saved data could not be read")
            .is_none()
    );
}
