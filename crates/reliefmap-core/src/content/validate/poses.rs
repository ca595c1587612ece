//! Poses and the steps' illustrations: every pose resolves and can be
//! drawn (joints within their limits, hands and feet within reach, all of
//! it inside the frame), and every `show` names poses that exist, move
//! sensibly from one to the next and show the areas it works on.

use std::collections::HashMap;

use super::{Checker, Ids, Located, Seg};
use crate::content::Technique;
use crate::content::figure::{Blend, Bone, Vec2, solve, solve_pose};
use crate::content::pose::{
    ArmPose, FRAME_H, FRAME_W, LegPose, Limb, MAX_CIRCLE, MAX_KEY_POSES, MOVE_SECS_RANGE, Pose,
    PoseDef, Show, View, resolve_all,
};

/// How far a limb may sink into the floor line (a soft mat, rounding).
const FLOOR_SLACK: f64 = 1.5;
const ARM_FLOOR_SLACK: f64 = 4.0;

/// Resolves and checks every pose; returns the good ones by id.
pub(super) fn check_poses<'a>(
    check: &mut Checker,
    poses: &'a [Located<Pose>],
) -> HashMap<&'a str, PoseDef> {
    let values: Vec<&Pose> = poses.iter().map(|p| &p.value).collect();
    let mut good = HashMap::new();
    for (item, resolved) in poses.iter().zip(resolve_all(&values)) {
        let id = &item.value.id;
        match resolved {
            Err(err) => check.report(
                item,
                &[Seg::Field(err.field)],
                format!("pose '{id}' {}", err.message),
            ),
            Ok(def) => {
                if pose_problems(check, item, &def) {
                    good.entry(item.value.id.as_str()).or_insert(def);
                }
            }
        }
    }
    good
}

/// Reports what is wrong with one resolved pose; true when nothing is.
fn pose_problems(check: &mut Checker, item: &Located<Pose>, def: &PoseDef) -> bool {
    let id = &def.id;
    let mut problems: Vec<(Vec<Seg>, String)> = Vec::new();
    if def.name.trim().is_empty() {
        problems.push((
            vec![Seg::Field("name")],
            "has an empty name; say the position in words (\"Lying on your back, knees bent\")"
                .to_owned(),
        ));
    }
    if def.view != View::Side && item.value.facing.is_some() {
        problems.push((
            vec![Seg::Field("facing")],
            "gives facing, which only turns a side view; remove it".to_owned(),
        ));
    }
    let solved = solve_pose(def);
    for problem in super::words::pose_name_problems(def, &solved.figure) {
        problems.push((vec![Seg::Field("name")], problem));
    }
    for problem in solved.problems {
        problems.push((vec![Seg::Field(problem.field)], problem.message));
    }
    if let Some(floor) = solved.figure.floor_y {
        // Hands press flat on the floor and arms rest on it; the rest of
        // the body stays above it.
        let sunk = |b: &crate::content::figure::BoneShape| {
            let slack = match b.bone {
                Bone::Hand(_) => f64::MAX,
                Bone::UpperArm(_) | Bone::Forearm(_) => ARM_FLOOR_SLACK,
                _ => FLOOR_SLACK,
            };
            (b.a.y + b.ra).max(b.b.y + b.rb) - floor - slack
        };
        let worst = solved
            .figure
            .bones()
            .iter()
            .map(sunk)
            .fold(f64::MIN, f64::max);
        if worst > 0.0 {
            let lowest = worst + FLOOR_SLACK;
            problems.push((
                vec![Seg::Field("hip")],
                format!(
                    "goes {lowest:.1} units through the floor; raise the hips or bend the limbs \
                     above it"
                ),
            ));
        }
    }
    let (min, max) = solved.figure.bounds();
    let (w, h) = (f64::from(FRAME_W), f64::from(FRAME_H));
    if min.x < 0.0 || min.y < 0.0 || max.x > w || max.y > h {
        problems.push((
            vec![Seg::Field("hip")],
            format!(
                "leaves the frame: the figure and its props span x {:.0} to {:.0} and y {:.0} to \
                 {:.0}, and the frame is 0 to {FRAME_W} by 0 to {FRAME_H}; move the hips or the props",
                min.x, max.x, min.y, max.y
            ),
        ));
    }
    let clean = problems.is_empty();
    check.report_all(item, &format!("pose '{id}' "), problems);
    clean
}

/// Checks every step's `show` against the poses.
pub(super) fn check_shows(
    check: &mut Checker,
    techniques: &[Located<Technique>],
    poses: &HashMap<&str, PoseDef>,
    pose_ids: &Ids,
) {
    for item in techniques {
        let mut problems = Vec::new();
        for (i, step) in item.value.steps.iter().enumerate() {
            if let Some(show) = &step.show {
                show_problems(i, show, poses, pose_ids, &mut problems);
            }
        }
        check.report_all(item, &format!("technique '{}' ", item.value.id), problems);
    }
}

/// Where a field of step `index`'s picture is: into `Some(Show(..))`, the
/// option's one item, then the field.
fn show_path(index: usize, field: &str) -> Vec<Seg<'_>> {
    vec![
        Seg::Field("steps"),
        Seg::Index(index),
        Seg::Field("show"),
        Seg::Index(0),
        Seg::Field(field),
    ]
}

/// A step's picture: its fields, then how its key poses go together.
fn show_problems<'a>(
    index: usize,
    show: &'a Show,
    poses: &'a HashMap<&str, PoseDef>,
    pose_ids: &Ids,
    out: &mut Vec<(Vec<Seg<'a>>, String)>,
) {
    let n = index + 1;
    let at = |field: &'a str| show_path(index, field);
    if show.poses.is_empty() {
        out.push((
            at("poses"),
            format!("step {n} shows no pose; name one in poses"),
        ));
        return;
    }
    if show.poses.len() > MAX_KEY_POSES {
        out.push((
            at("poses"),
            format!(
                "step {n} moves through {} poses; at most {MAX_KEY_POSES}",
                show.poses.len()
            ),
        ));
    }
    let mut keys = Vec::new();
    for id in &show.poses {
        match poses.get(id.as_str()) {
            Some(def) => keys.push(def),
            None if pose_ids.contains(id) => {} // reported with the pose
            None => {
                let mut path = at("poses");
                path.push(Seg::Str(id));
                out.push((
                    path,
                    format!("step {n} shows unknown pose '{id}'{}", pose_ids.hint(id)),
                ));
            }
        }
    }
    if !MOVE_SECS_RANGE.contains(&show.secs) {
        out.push((
            at("secs"),
            format!(
                "step {n} moves in {} s; give {} to {} seconds",
                show.secs,
                MOVE_SECS_RANGE.start(),
                MOVE_SECS_RANGE.end()
            ),
        ));
    }
    if !(0.0..=MAX_CIRCLE).contains(&show.circle) {
        out.push((
            at("circle"),
            format!(
                "step {n} circles {}; give 0 to {MAX_CIRCLE} units",
                show.circle
            ),
        ));
    }
    if show.detail.as_ref().is_some_and(|d| d.trim().is_empty()) {
        out.push((
            at("detail"),
            format!("step {n} has an empty detail; remove it or say what is where"),
        ));
    }
    key_pose_problems(index, show, &keys, out);
}

/// Key poses of one step: seen from one side, limbs placed the same way,
/// the worked areas in view, and hands and feet reaching all the way.
fn key_pose_problems<'a>(
    index: usize,
    show: &'a Show,
    keys: &[&PoseDef],
    out: &mut Vec<(Vec<Seg<'a>>, String)>,
) {
    let n = index + 1;
    let at = |field: &'a str| show_path(index, field);
    let Some(first) = keys.first() else { return };
    for key in &keys[1..] {
        if key.view != first.view || key.facing != first.facing {
            out.push((
                at("poses"),
                format!(
                    "step {n} moves from '{}' to '{}', which are seen from different sides; key \
                     poses of one step share their view and facing",
                    first.id, key.id
                ),
            ));
        }
        for limb in [Limb::Left, Limb::Right] {
            let leg_mode = |d: &PoseDef| matches!(d.leg(limb), LegPose::FootAt(_));
            let arm_mode = |d: &PoseDef| matches!(d.arm(limb), ArmPose::HandAt(_));
            for (what, differs) in [
                ("leg", leg_mode(first) != leg_mode(key)),
                ("arm", arm_mode(first) != arm_mode(key)),
            ] {
                if differs {
                    out.push((
                        at("poses"),
                        format!(
                            "step {n}: '{}' and '{}' place the {} {what} differently (by angles in \
                             one, by where it goes in the other); use the same way in both",
                            first.id,
                            key.id,
                            limb.word()
                        ),
                    ));
                }
            }
        }
    }
    let figure = solve_pose(first).figure;
    for area in &show.work {
        if figure.area_spans(*area).is_empty() {
            let mut path = at("work");
            path.push(Seg::Index(
                show.work.iter().position(|a| a == area).unwrap_or(0),
            ));
            out.push((
                path,
                format!(
                    "step {n} works on the {}, which pose '{}' ({:?} view) cannot show; pick \
                     another view",
                    area.words(),
                    first.id,
                    first.view
                ),
            ));
        }
    }
    // Halfway between two key poses, hands and feet must still reach.
    for pair in keys.windows(2) {
        let mid = solve(&Blend {
            a: pair[0],
            b: pair[1],
            w: 0.5,
            circle: Vec2::ZERO,
        });
        if let Some(problem) = mid.problems.first() {
            out.push((
                at("poses"),
                format!(
                    "step {n}: halfway from '{}' to '{}', {}",
                    pair[0].id, pair[1].id, problem.message
                ),
            ));
        }
    }
}
