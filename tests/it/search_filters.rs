//! Search and each filter narrow the lists and dim regions with no match;
//! an empty result says what to do.

use crate::common;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

fn shown(harness: &egui_kittest::Harness<'_, reliefmap::app::ReliefApp>) -> usize {
    harness
        .state()
        .caches()
        .technique_matches
        .iter()
        .filter(|m| **m)
        .count()
}

#[test]
fn search_narrows_and_empty_result_shows_a_hint() {
    let mut harness = common::app_harness(1280.0, 800.0);
    let all = harness.state().library().catalogue.techniques.len();
    harness.get_by_role(Role::TextInput).click();
    harness.run();
    harness.get_by_role(Role::TextInput).type_text("ANKLE");
    harness.run();
    let ankle = shown(&harness);
    assert!(ankle > 0 && ankle < all, "{ankle} of {all}");
    harness.get_by_label(&format!("Results ({ankle})"));
    harness.get_by_label_contains("Ankle · Gentle ankle circles");
    // Regions without a match are dimmed (reported through region_matches).
    let matches = &harness.state().caches().region_matches;
    assert!(matches[common::region(&harness, "ankle_left")]);
    assert!(!matches[common::region(&harness, "chest_left")]);

    harness.get_by_role(Role::TextInput).type_text(" xyzzy");
    harness.run();
    assert_eq!(shown(&harness), 0);
    harness.get_by_label_contains("No technique matches.");
}

#[test]
fn search_forgives_accents() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.get_by_role(Role::TextInput).click();
    harness.run();
    harness
        .get_by_role(Role::TextInput)
        .type_text("sérviette towel");
    harness.run();
    assert_eq!(shown(&harness), 0, "every word must match");
    harness.get_by_role(Role::TextInput).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_role(Role::TextInput).type_text("tòwel");
    harness.run();
    assert!(shown(&harness) > 0);
}

#[test]
fn each_filter_narrows_a_selected_region() {
    let mut harness = common::app_harness(1280.0, 800.0);
    common::select_lower_back(&mut harness);
    let all = shown(&harness);
    // The filters come after the lists (so Tab reaches the techniques
    // first), below what shows: pressed as a screen reader would.
    harness.get_by_label("Filters").click_accesskit();
    harness.run();

    harness.get_by_label("Only what I have:").click_accesskit();
    harness.run();
    let hands_only = shown(&harness);
    assert!(hands_only < all);
    harness.get_by_label("Tennis ball").click_accesskit();
    harness.run();
    assert!(shown(&harness) > hands_only, "owning a ball shows more");
    harness.get_by_label("Only what I have:").click_accesskit();
    harness.run();
    assert_eq!(shown(&harness), all);

    harness.get_by_label("At most").click_accesskit();
    harness.run();
    let short = shown(&harness);
    assert!(short < all, "5 minutes at most hides longer techniques");
    harness.get_by_label("At most").click_accesskit();
    harness.run();

    harness.get_by_label("Position").click_accesskit();
    harness.run();
    harness.get_by_label("Standing").click_accesskit();
    harness.run();
    let standing = shown(&harness);
    assert!(standing > 0 && standing < all);
    assert!(
        harness
            .query_all_by_label_contains("hidden by your search or filters")
            .count()
            >= 1
    );

    harness
        .get_by_label("Clear search and filters")
        .click_accesskit();
    harness.run();
    assert_eq!(shown(&harness), all);
}
