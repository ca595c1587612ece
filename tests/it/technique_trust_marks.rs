//! A technique page shows whose each dose is ("from the article",
//! "suggested"), steps the app added, the foot cautions, and the source by
//! its title with the article's file name kept.

use crate::common;

use egui_kittest::kittest::Queryable;
use reliefmap::state::command::NavCommand;

fn open(harness: &mut egui_kittest::Harness<'static, reliefmap::app::ReliefApp>, id: &str) {
    let index = harness
        .state()
        .library()
        .catalogue
        .technique_index(id)
        .unwrap();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(NavCommand::OpenTechnique(index), &ctx);
    harness.run();
}

#[test]
fn article_and_app_doses_are_marked() {
    let mut harness = common::app_harness(1280.0, 800.0);
    open(&mut harness, "heel_raises");
    harness.get_by_label("partly suggested");
}

#[test]
fn a_page_names_its_source_and_marks_what_was_added() {
    let mut harness = common::app_harness(1280.0, 1400.0);
    open(&mut harness, "foam_rolling");
    assert!(harness.get_all_by_label("suggested").count() >= 6);
    harness.get_by_label("added by the app");
    harness.get_by_label("Lower-back massage, stretches and self-massage");
    // People see the title; the file name stays in the data and in `check`.
    assert!(harness.query_by_label_contains("002_b67ef").is_none());

    open(&mut harness, "toe_curls_towel");
    harness.get_by_label("from the article");
    harness.get_by_label("Before you work on your feet:");
    harness.get_by_label_contains("During a gout flare");
}

#[test]
fn a_reflex_point_shows_its_chart_link_not_relief() {
    let mut harness = common::app_harness(1280.0, 1000.0);
    open(&mut harness, "heel_reflex_point");
    harness.get_by_label("On the reflex chart");
    harness.get_by_label_contains("(a traditional pairing, not a treatment)");
    assert!(harness.query_by_label("May ease").is_none());
}
