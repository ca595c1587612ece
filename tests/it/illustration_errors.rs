//! A pose or a step's `show` that cannot be drawn is refused at its line
//! and column, with what to do: a knee bent backwards, a hand out of reach,
//! a figure outside the frame or through the floor, an unknown pose, a
//! `like` circle, key poses seen from different sides.

use crate::common;

const POSES: &str = include_str!("../../data/poses.ron");

/// The shipped poses with one more pose added at the end.
fn with_pose(pose: &str) -> Vec<String> {
    let text = POSES.trim_end().trim_end_matches(']').to_owned() + pose + "\n]\n";
    common::load_errors(&common::shipped_with("poses.ron", &text))
        .into_iter()
        .collect()
}

fn pos_in_poses(pose: &str, needle: &str) -> String {
    let text = POSES.trim_end().trim_end_matches(']').to_owned() + pose + "\n]\n";
    common::pos_of(&text, needle)
}

fn one_error_with(errors: &[String], needle: &str, pos: &str) {
    assert!(
        errors
            .iter()
            .any(|e| e.contains(needle) && e.contains(&format!("data/poses.ron:{pos}:"))),
        "no error with {needle:?} at {pos}: {errors:#?}"
    );
}

const BACKWARD_KNEE: &str = r#"
    Pose(
        id: "bad_knee",
        name: "Standing on a knee that bends the wrong way",
        like: "stand",
        left_leg: Leg(hip: 0, knee: -40),
    ),"#;

#[test]
fn a_knee_bending_backwards_is_refused_at_the_leg() {
    let errors = with_pose(BACKWARD_KNEE);
    let pos = pos_in_poses(BACKWARD_KNEE, "left_leg: Leg(hip: 0, knee: -40)");
    one_error_with(&errors, "the left knee bends backwards by 40°", &pos);
}

const OUT_OF_REACH: &str = r#"
    Pose(
        id: "long_arm",
        name: "Standing, reaching for the floor far away",
        like: "stand",
        right_arm: HandAt(At(150, 110)),
    ),"#;

#[test]
fn a_hand_out_of_reach_is_refused_at_the_arm() {
    let errors = with_pose(OUT_OF_REACH);
    let pos = pos_in_poses(OUT_OF_REACH, "right_arm: HandAt(At(150, 110))");
    one_error_with(&errors, "the right hand cannot reach its place", &pos);
}

const OUTSIDE: &str = r#"
    Pose(
        id: "off_frame",
        name: "Standing half out of the picture",
        like: "stand",
        hip: (155, 64),
    ),"#;

#[test]
fn a_figure_outside_the_frame_is_refused_at_the_hips() {
    let errors = with_pose(OUTSIDE);
    let pos = pos_in_poses(OUTSIDE, "hip: (155, 64)");
    one_error_with(&errors, "leaves the frame", &pos);
}

const SUNK: &str = r#"
    Pose(
        id: "sunk",
        name: "Standing in the floor",
        like: "stand",
        hip: (80, 80),
    ),"#;

#[test]
fn a_figure_through_the_floor_is_refused() {
    let errors = with_pose(SUNK);
    let pos = pos_in_poses(SUNK, "hip: (80, 80)");
    one_error_with(&errors, "units through the floor", &pos);
}

const CIRCLE: &str = r#"
    Pose(
        id: "chicken",
        name: "One",
        like: "egg",
    ),
    Pose(
        id: "egg",
        name: "Two",
        like: "chicken",
    ),"#;

#[test]
fn a_like_circle_is_refused() {
    let errors = with_pose(CIRCLE);
    let pos = pos_in_poses(CIRCLE, r#"like: "egg""#);
    one_error_with(&errors, "break the circle", &pos);
}

#[test]
fn a_step_showing_an_unknown_pose_gets_a_suggestion() {
    let file = "techniques/000_ankle.ron";
    let text = include_str!("../../data/techniques/000_ankle.ron").replacen(
        r#"poses: ["sit_leg_out"]"#,
        r#"poses: ["sit_leg_ot"]"#,
        1,
    );
    let errors = common::load_errors(&common::shipped_with(file, &text));
    let pos = common::pos_of(&text, r#""sit_leg_ot""#);
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(&format!("data/{file}:{pos}:"))
                && e.contains("unknown pose 'sit_leg_ot' — did you mean 'sit_leg_out'?")),
        "{errors:#?}"
    );
}

#[test]
fn key_poses_seen_from_different_sides_are_refused() {
    let file = "techniques/000_ankle.ron";
    let text = include_str!("../../data/techniques/000_ankle.ron").replacen(
        r#"poses: ["sit_leg_out"]"#,
        r#"poses: ["sit_leg_out", "stand_front"]"#,
        1,
    );
    let errors = common::load_errors(&common::shipped_with(file, &text));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("seen from different sides")),
        "{errors:#?}"
    );
}

#[test]
fn a_worked_area_the_view_cannot_show_is_refused() {
    let file = "techniques/003_buttocks.ron";
    let text = include_str!("../../data/techniques/003_buttocks.ron").replacen(
        r#"work: [Glute(Left)], circle: 1.2"#,
        r#"work: [Belly], circle: 1.2"#,
        1,
    );
    let errors = common::load_errors(&common::shipped_with(file, &text));
    let pos = common::pos_of(&text, "Belly]");
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(&format!("data/{file}:{pos}:"))
                && e.contains(
                    "works on the belly, which pose 'stand_back_glute' (Back view) cannot show"
                )),
        "{errors:#?}"
    );
}
