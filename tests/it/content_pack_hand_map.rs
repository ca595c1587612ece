//! Maps are content: a pack that brings a hand reflex chart (its drawing,
//! its zones and a technique on them) gets its own view, keys and links,
//! like the shipped maps.

use crate::common;
use reliefmap::content::ViewChoice;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reliefmap::app::ReliefApp;
use reliefmap::content::{self, Catalogue, load_with_packs, read_packs};
use reliefmap::logic::links::LinkKind;

const MAPS: &str = r#"Maps(
    views: [
        View(
            id: "hands",
            name: "Hands",
            caption: "The right palm, fingers up. Hand charts pair its areas with the body, as foot charts do.",
            maps: ["right_palm"],
        ),
    ],
    maps: [
        Map(id: "right_palm", name: "Right palm", svg: "maps/right_palm.svg", kind: ReflexChart, title: Some("Right hand")),
    ],
)"#;

const SVG: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 300">
  <g id="silhouette">
    <path d="M 40 290 C 30 220 20 170 30 140 L 30 40 C 30 25 50 25 50 40 L 55 110 L 60 20 C 60 5 80 5 80 20 L 85 105 L 95 15 C 95 0 115 0 115 15 L 115 105 L 125 30 C 125 15 145 15 145 30 L 140 130 L 175 100 C 190 90 200 105 190 120 L 150 190 C 145 240 150 270 150 290 Z"/>
  </g>
  <g id="regions">
    <path id="hand_thumb_tip" d="M 160 100 C 175 92 190 100 186 115 C 182 128 165 130 160 120 C 156 112 152 104 160 100 Z"/>
    <path id="hand_palm_middle" d="M 50 150 C 70 140 120 140 135 150 C 140 175 130 200 100 205 C 70 205 50 190 50 150 Z"/>
    <path id="hand_palm_heel" d="M 55 230 C 80 220 120 220 140 230 C 145 255 140 280 100 282 C 60 282 50 260 55 230 Z"/>
  </g>
</svg>
"#;

const REGIONS: &str = r#"[
    Region(id: "hand_thumb_tip", name: "Head: tip of the thumb (right hand)", map: "right_palm", side: Right, label: Some("Head"), reflex_label: Some("head"), reflex_for: ["head_front"]),
    Region(id: "hand_palm_middle", name: "Belly: middle of the palm (right hand)", map: "right_palm", side: Right, label: Some("Belly"), reflex_label: Some("belly"), reflex_for: ["abdomen"]),
    Region(id: "hand_palm_heel", name: "Low back: heel of the palm (right hand)", map: "right_palm", side: Right, label: Some("Low back"), reflex_label: Some("lower back"), reflex_for: ["lower_back"]),
]"#;

const TECHNIQUES: &str = r#"[
    Technique(
        id: "palm_heel_press",
        name: "Palm heel press",
        kind: ReflexPoint,
        summary: "Slow thumb circles on the heel of the other hand.",
        works_on: ["hand_palm_heel"],
        positions: [Sitting],
        source: "foot_exercises",
        steps: [
            Step(text: "Circle your thumb slowly over the heel of the other palm.", dose: Timed(min_secs: 60, max_secs: 120), dose_origin: App),
        ],
    ),
    Technique(
        id: "whole_palm_massage",
        name: "Whole palm massage",
        kind: Massage,
        summary: "Knead the whole palm and the thumb of the other hand.",
        works_on: ["hand_thumb_tip", "hand_palm_middle", "hand_palm_heel"],
        positions: [Sitting],
        source: "foot_exercises",
        steps: [
            Step(text: "Knead the palm and thumb of the other hand with slow circles.", dose: Timed(min_secs: 60, max_secs: 120), dose_origin: App),
        ],
    ),
]"#;

fn catalogue_with_hand_pack() -> Catalogue {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("hand-chart");
    std::fs::create_dir_all(pack.join("maps")).unwrap();
    std::fs::create_dir_all(pack.join("techniques")).unwrap();
    std::fs::write(pack.join("maps.ron"), MAPS).unwrap();
    std::fs::write(pack.join("maps/right_palm.svg"), SVG).unwrap();
    std::fs::write(pack.join("regions.ron"), REGIONS).unwrap();
    std::fs::write(pack.join("techniques/hands.ron"), TECHNIQUES).unwrap();
    let packs = read_packs(dir.path());
    let (catalogue, rejected) = load_with_packs(&content::shipped_files(), &packs).unwrap();
    assert!(rejected.is_empty(), "{:#?}", rejected[0].diagnostics);
    catalogue
}

fn harness(catalogue: Catalogue) -> Harness<'static, ReliefApp> {
    common::app_with(
        egui::vec2(1280.0, 800.0),
        catalogue,
        Vec::new(),
        reliefmap::app::Saved::in_memory,
    )
}

#[test]
fn the_pack_adds_a_view_with_its_zones() {
    let catalogue = catalogue_with_hand_pack();
    let view = catalogue.view("hands").unwrap();
    assert_eq!(view.maps, ["right_palm"]);
    assert!(catalogue.map("right_palm").unwrap().is_chart());
    assert_eq!(
        catalogue.views.last().unwrap().id,
        "hands",
        "after the shipped views"
    );
    assert!(catalogue.region("hand_palm_heel").is_some());
}

#[test]
fn its_zones_are_clicked_and_linked_like_the_shipped_ones() {
    let mut harness = harness(catalogue_with_hand_pack());
    harness.get_by_label("Hands").click();
    harness.run();
    assert_eq!(harness.state().nav().view, ViewChoice::map("hands"));
    harness.get_by_label("Right hand");
    harness.get_by_label_contains("Reflexology is a traditional map");
    harness
        .get_by_label("Low back: heel of the palm (right hand), reflex zone for lower back")
        .click_accesskit();
    harness.run();
    let heel = common::region(&harness, "hand_palm_heel");
    assert_eq!(harness.state().nav().selected, Some(heel));
    assert_eq!(
        harness
            .state()
            .caches()
            .links
            .get(&common::region(&harness, "lower_back")),
        Some(&LinkKind::Reflex)
    );
    harness.get_by_label("Palm heel press");

    // The lower back, picked on the body, lists the hand's reflex point.
    harness.get_by_label("Body back").click();
    harness.run();
    harness
        .get_by_label("Lower back, left side")
        .click_accesskit();
    harness.run();
    harness.get_by_label_contains("Linked on the reflex chart: ");
    assert!(
        harness
            .query_all_by_label_contains("Palm heel press")
            .count()
            >= 1
    );
}

#[test]
fn digit_keys_follow_the_views_with_the_list_last() {
    let mut harness = harness(catalogue_with_hand_pack());
    harness.run();
    harness.key_press(Key::Num5);
    harness.run();
    assert_eq!(harness.state().nav().view, ViewChoice::map("hands"));
    harness.key_press(Key::Num6);
    harness.run();
    assert_eq!(harness.state().nav().view, ViewChoice::List);
    harness.get_by_label("Right palm");
}
