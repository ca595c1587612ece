//! Selecting the left heel zone on the feet lights the lower back.

use crate::common;

use egui_kittest::kittest::Queryable;
use reliefmap::logic::links::LinkKind;

#[test]
fn left_heel_zone_lights_the_lower_back() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.get_by_label("Feet").click();
    harness.run();
    let heel = harness.get_by_label_contains("Pelvis, low back: heel (left sole), reflex zone for");
    heel.click_accesskit();
    harness.run();
    let state = harness.state();
    assert_eq!(
        state.nav().selected,
        Some(common::region(&harness, "reflex_heel_left"))
    );
    assert_eq!(
        state
            .caches()
            .links
            .get(&common::region(&harness, "lower_back")),
        Some(&LinkKind::Reflex)
    );
    harness.get_by_label_contains("Linked on the reflex chart: ");
}

#[test]
fn reflexology_note_is_on_screen() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.get_by_label("Feet").click();
    harness.run();
    harness.get_by_label_contains("Reflexology is a traditional map, not anatomy.");
    harness.get_by_label("Left");
    harness.get_by_label("Right");
    harness.get_by_label_contains("Both soles seen from below");
}
