//! What the colours say is said in words too: every region is a named,
//! focusable button with its selected state, and its description tells a
//! screen reader how it relates to the selection, the favourites and the
//! search.

use crate::common;

use egui_kittest::kittest::{NodeT, Queryable};

fn description(
    harness: &egui_kittest::Harness<'_, reliefmap::app::ReliefApp>,
    label: &str,
) -> String {
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, label)
        .accesskit_node()
        .description()
        .unwrap_or_default()
}

#[test]
fn links_and_search_are_in_the_regions_descriptions() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.get_by_label("Body back").click();
    harness.run();
    let left = harness.get_by_label("Lower back, left side");
    assert!(!left.accesskit_node().is_selected().unwrap_or(false));
    left.click_accesskit();
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(egui::accesskit::Role::Button, "Lower back, left side")
            .accesskit_node()
            .is_selected()
            .unwrap_or(false)
    );
    assert!(
        description(&harness, "Left calf").contains("work here may ease the selection"),
        "{}",
        description(&harness, "Left calf")
    );

    harness.get_by_label("Feet").click();
    harness.run();
    let heel =
        "Pelvis, low back: heel (left sole), reflex zone for lower back, pelvis and sciatic band";
    assert!(
        description(&harness, heel).contains("linked on the reflex chart to the selection"),
        "{}",
        description(&harness, heel)
    );

    let mut filter = harness.state().nav().filter.clone();
    filter.query = "towel".into();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        reliefmap::state::command::MapCommand::SetFilter(filter),
        &ctx,
    );
    harness.run();
    let d = description(&harness, heel);
    assert!(d.contains("search"), "{d}");
}
