//! Every page renders with the shipped content: each technique page, Safety,
//! Favourites, Settings and the List view (kittest fails on a missing glyph).

use crate::common;

use egui_kittest::kittest::Queryable;
use reliefmap::state::command::NavCommand;
use reliefmap::state::nav::Page;

#[test]
fn every_technique_page_renders() {
    let mut harness = common::app_harness(1280.0, 800.0);
    let ids: Vec<_> = harness
        .state()
        .library()
        .catalogue
        .techniques
        .keys()
        .collect();
    for index in ids {
        let ctx = harness.ctx.clone();
        harness
            .state_mut()
            .apply(NavCommand::OpenTechnique(index), &ctx);
        harness.run();
        let name = harness.state().library().catalogue.techniques[index]
            .name
            .clone();
        harness.get_by_label("Steps");
        assert!(harness.query_all_by_label(&name).count() >= 1, "{name}");
    }
}

#[test]
fn safety_favourites_settings_and_list_render() {
    let mut harness = common::app_harness(800.0, 600.0);
    harness.get_by_label("Safety").click();
    harness.run();
    harness.get_by_label_contains("Call the emergency number");
    harness.get_by_label("Favourites (0)").click();
    harness.run();
    harness.get_by_label_contains("No favourites yet.");
    harness.get_by_label("Settings").click();
    harness.run();
    harness.get_by_label("Light").click();
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Light);
    harness.get_by_label("List").click();
    harness.run();
    harness
        .get_by_label("Pelvis, low back: heel (left sole)")
        .click_accesskit();
    // The list scrolls the row into view, a few frames of movement.
    harness.run_steps(10);
    assert_eq!(harness.state().nav().page(), Page::Map);
    assert_eq!(
        harness.state().nav().selected,
        Some(common::region(&harness, "reflex_heel_left"))
    );
}

#[test]
fn starring_a_row_adds_a_favourite() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.get_by_label("Feet").click();
    harness.run();
    harness
        .get_by_label_contains("Pelvis, low back: heel (left sole), reflex zone for")
        .click_accesskit();
    harness.run();
    harness.get_by_label("Favourite: Heel reflex point").click();
    harness.run();
    harness.get_by_label("Favourites (1)").click();
    harness.run();
    harness.get_by_label_contains("· Heel reflex point");
}
