//! `reliefmap check` catches each class of unsafe or contradictory content a
//! pack author could write: a ball or roller on the spine, a leg or
//! pregnancy caution missing from a region, a red flag that repeats its
//! heading, a chart zone that names an organ of the other foot or has two
//! names, and a step whose words contradict its picture. Each broken example
//! is reported at its file, line and column.

use crate::common;

use common::{load_errors, pos_of, shipped_with, technique};
use reliefmap::content;

const FILE: &str = "techniques/zz_test.ron";
const SHOWN: &str = "data/techniques/zz_test.ron";

fn list(items: &[String]) -> String {
    format!("[\n{}]\n", items.concat())
}

/// The one error containing `what`, which must start at `file:at`.
fn error_at(errors: &[String], file: &str, at: &str, what: &str) {
    let found: Vec<&String> = errors.iter().filter(|e| e.contains(what)).collect();
    assert_eq!(found.len(), 1, "one error with {what:?} in {errors:#?}");
    assert!(
        found[0].starts_with(&format!("{file}:{at}: ")),
        "expected at {file}:{at}: {}",
        found[0]
    );
}

/// A shipped file's text with `from` replaced by `to` (which must be there).
fn shipped_edit(rel_path: &str, from: &str, to: &str) -> (String, Vec<content::ContentFile>) {
    let text = content::shipped_files()
        .into_iter()
        .find(|f| f.rel_path == rel_path)
        .map(|f| f.text)
        .unwrap();
    assert!(text.contains(from), "{from:?} not in {rel_path}");
    let edited = text.replacen(from, to, 1);
    let files = shipped_with(rel_path, &edited);
    (edited, files)
}

#[test]
fn a_ball_on_a_spine_region_is_refused() {
    let text = list(&[
        technique("ball_on_spine", r#""lower_back""#, common::ONE_STEP)
            .replace("positions:", "equipment: [TennisBall],\n        positions:"),
    ]);
    let errors = load_errors(&shipped_with(FILE, &text));
    error_at(
        &errors,
        SHOWN,
        &pos_of(&text, "\"lower_back\""),
        "works_on 'lower_back', which lies over the spine",
    );
}

#[test]
fn words_that_put_a_ball_on_the_spine_are_refused() {
    let steps = r#"Step(text: "Lean back onto the ball so it sits between your shoulder blades.")"#;
    let text = list(&[
        technique("ball_words", r#""upper_back_left""#, steps).replace(
            "positions:",
            "equipment: [MassageBall],\n        positions:",
        ),
    ]);
    let errors = load_errors(&shipped_with(FILE, &text));
    error_at(
        &errors,
        SHOWN,
        &pos_of(&text, "text: \"Lean"),
        "\"between your shoulder blades\": that is the spine itself",
    );
    // A warning is not a placement.
    let warning = r#"Step(text: "Keep the ball beside the spine, never on the spine.")"#;
    let text = list(&[
        technique("ball_warning", r#""upper_back_left""#, warning).replace(
            "positions:",
            "equipment: [MassageBall],\n        positions:",
        ),
    ]);
    assert!(content::load(&shipped_with(FILE, &text)).is_ok());
}

#[test]
fn a_leg_region_without_the_clot_caution_is_refused() {
    let (_, files) = shipped_edit(
        "safety.ron",
        "\"calf_left\", \"calf_right\", ",
        "\"calf_right\", ",
    );
    let regions = content::shipped_files()
        .into_iter()
        .find(|f| f.rel_path == "regions.ron")
        .unwrap()
        .text;
    let at = pos_of(&regions, "name: \"Left calf\"");
    error_at(
        &load_errors(&files),
        "data/regions.ron",
        &at,
        "region 'calf_left' (Left calf) needs the caution about a possible blood clot",
    );
}

#[test]
fn a_pregnancy_region_without_its_caution_is_refused() {
    let (_, files) = shipped_edit(
        "safety.ron",
        "regions: [\"sacrum\", \"glute_left\",",
        "regions: [\"glute_left\",",
    );
    let regions = content::shipped_files()
        .into_iter()
        .find(|f| f.rel_path == "regions.ron")
        .unwrap()
        .text;
    let at = pos_of(&regions, "name: \"Sacrum and tailbone\"");
    error_at(
        &load_errors(&files),
        "data/regions.ron",
        &at,
        "region 'sacrum' (Sacrum and tailbone) needs the caution about pregnancy",
    );
}

#[test]
fn a_red_flag_that_repeats_its_heading_is_refused() {
    let (text, files) = shipped_edit(
        "safety.ron",
        "text: \"Back pain together with chest pain\",",
        "text: \"Back pain together with chest pain: call the emergency number now\",",
    );
    error_at(
        &load_errors(&files),
        "data/safety.ron",
        &pos_of(&text, "text: \"Back pain together with chest pain: call"),
        "red flag 'chest_pain' says what to do (\"emergency number\")",
    );
}

#[test]
fn a_zone_naming_an_organ_of_the_other_foot_is_refused() {
    let (text, files) = shipped_edit(
        "regions.ron",
        "upper belly: stomach, spleen and pancreas",
        "upper belly: stomach, liver, spleen and pancreas",
    );
    error_at(
        &load_errors(&files),
        "data/regions.ron",
        &pos_of(&text, "reflex_label: Some(\"upper belly: stomach, liver"),
        "region 'reflex_upper_arch_left' names the liver, which the chart places on the right foot only",
    );
}

#[test]
fn a_zone_with_two_names_is_refused() {
    let (text, files) = shipped_edit(
        "regions.ron",
        "name: \"Pelvis, low back: heel (left sole)\",",
        "name: \"Heel (left sole)\",",
    );
    let heel = text.find("name: \"Heel (left sole)\"").unwrap();
    let label = heel + text[heel..].find("label:").unwrap();
    let line = text[..label].matches('\n').count() + 1;
    let col = text[..label].rsplit('\n').next().unwrap().chars().count() + 1;
    error_at(
        &load_errors(&files),
        "data/regions.ron",
        &format!("{line}:{col}"),
        "region 'reflex_heel_left' is labelled \"Pelvis, low back\" on the map but named \"Heel (left sole)\"",
    );
}

#[test]
fn a_step_whose_words_and_picture_disagree_is_refused() {
    let posture =
        r#"Step(text: "Lie on your back and breathe.", show: Some(Show(poses: ["chair"])))"#;
    let knees =
        r#"Step(text: "Rest face down, knees bent.", show: Some(Show(poses: ["lie_face_down"])))"#;
    let edge = r#"Step(text: "Rub slowly along the outer edge.", show: Some(Show(poses: ["chair_foot_on_knee"], work: [InnerEdge(Left)])))"#;
    let text = list(&[
        technique("posture_words", r#""calf_left""#, posture),
        technique("knee_words", r#""calf_left""#, knees),
        technique("edge_words", r#""sole_left""#, edge),
    ]);
    let errors = load_errors(&shipped_with(FILE, &text));
    error_at(
        &errors,
        SHOWN,
        &pos_of(&text, "text: \"Lie on your back"),
        "step 1 says lying, but its picture ('chair') shows sitting",
    );
    error_at(
        &errors,
        SHOWN,
        &pos_of(&text, "text: \"Rest face down"),
        "step 1 says both knees bent, but its picture's knees bend 0° and 0°",
    );
    error_at(
        &errors,
        SHOWN,
        &pos_of(&text, "show: Some(Show(poses: [\"chair_foot_on_knee\"]"),
        "step 1 says to work the outer edge, but its picture's work does not show it",
    );
}

#[test]
fn a_pose_whose_name_disagrees_with_its_picture_is_refused() {
    let (text, files) = shipped_edit(
        "poses.ron",
        "name: \"Lying face down\",",
        "name: \"Standing, knees bent\",",
    );
    let errors = load_errors(&files);
    let at = pos_of(&text, "name: \"Standing, knees bent\"");
    error_at(
        &errors,
        "data/poses.ron",
        &at,
        "pose 'lie_face_down' is named \"Standing, knees bent\" (standing), but its picture shows lying",
    );
    error_at(
        &errors,
        "data/poses.ron",
        &at,
        "pose 'lie_face_down' is named with both knees bent",
    );
}
