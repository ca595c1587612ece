//! Joint ranges, and checking a solved pose against them: a knee or elbow
//! folding backwards in profile is named as such.

use super::solve::{Solver, field_of};
use super::{angle_of, normalized};
use crate::content::pose::{Limb, PoseDef, View};

/// The range of each joint, in degrees (see `pose.rs` for how they read).
#[derive(Clone, Copy, Debug)]
pub struct JointLimits {
    pub hip: (f64, f64),
    pub knee: (f64, f64),
    pub ankle: (f64, f64),
    pub shoulder: (f64, f64),
    pub elbow: (f64, f64),
    pub neck: (f64, f64),
}

impl JointLimits {
    /// In profile the knee and elbow only fold one way.
    pub const SIDE: Self = Self {
        // A leg crossed over the other knee turns out at the hip, which in
        // profile reads as more fold than a straight-ahead hip allows.
        hip: (-35.0, 165.0),
        knee: (0.0, 165.0),
        ankle: (-45.0, 80.0),
        // Hands reach up the back by turning the arm in: drawn in profile
        // as a shoulder pulled far back.
        shoulder: (-105.0, 180.0),
        elbow: (0.0, 165.0),
        neck: (-60.0, 75.0),
    };
    /// Seen from the front, back or above, angles are in the picture's plane.
    pub const PLANE: Self = Self {
        hip: (-45.0, 110.0),
        knee: (-170.0, 170.0),
        ankle: (-90.0, 90.0),
        shoulder: (-170.0, 180.0),
        elbow: (-170.0, 170.0),
        neck: (-45.0, 45.0),
    };

    pub fn for_view(view: View) -> Self {
        if view == View::Side {
            Self::SIDE
        } else {
            Self::PLANE
        }
    }
}

/// Slack allowed on a joint limit, for rounding.
const LIMIT_SLACK_DEG: f64 = 1.0;

/// Problems found on joints: the pose field to report at, and what.
type JointProblems = Vec<(&'static str, String)>;

/// Notes `what` if `value` (degrees) lies past `lo..=hi` by more than the
/// slack.
fn check_limit(
    found: &mut JointProblems,
    field: &'static str,
    what: String,
    value: f64,
    (lo, hi): (f64, f64),
) {
    if value < lo - LIMIT_SLACK_DEG || value > hi + LIMIT_SLACK_DEG {
        let bound = if value < lo { lo } else { hi };
        found.push((
            field,
            format!("{what} is at {value:.0}°, past its limit of {bound:.0}°"),
        ));
    }
}

impl<F: Fn(f32) -> f64> Solver<F> {
    /// Joint angles past their limits, read off the solved figure.
    pub(super) fn check_joints(&mut self, pose: &PoseDef) {
        let limits = JointLimits::for_view(self.view);
        let mut found = Vec::new();
        let neck = f64::from(pose.neck);
        check_limit(&mut found, "neck", "the neck".to_owned(), neck, limits.neck);
        for limb in [Limb::Left, Limb::Right] {
            self.leg_joints(limb, &limits, &mut found);
            self.arm_joints(limb, &limits, &mut found);
        }
        for (field, message) in found {
            self.problem(field, message);
        }
    }

    /// Which way a limb's angles count: in a side view all limbs fold the
    /// same way; from the front or back, left and right mirror.
    fn limb_sign(&self, limb: Limb) -> f64 {
        if self.side() { 1.0 } else { self.sign(limb) }
    }

    /// Hip, knee (never backwards in a side view) and ankle of one leg.
    fn leg_joints(&self, limb: Limb, limits: &JointLimits, found: &mut JointProblems) {
        let (k, word, down) = (self.limb_sign(limb), limb.word(), self.trunk + 180.0);
        let leg = *self.figure.leg(limb);
        let a1 = angle_of(leg.knee - leg.hip);
        let a2 = angle_of(leg.ankle - leg.knee);
        let a3 = angle_of(leg.toe - leg.heel);
        let field = field_of(limb, false);
        let hip = k * normalized(a1 - down);
        check_limit(found, field, format!("the {word} hip"), hip, limits.hip);
        let knee = k * normalized(a1 - a2);
        if self.side() && knee < -LIMIT_SLACK_DEG {
            let message = format!(
                "the {word} knee bends backwards by {:.0}°; knees only fold forward",
                -knee
            );
            found.push((field, message));
        } else {
            check_limit(found, field, format!("the {word} knee"), knee, limits.knee);
        }
        if self.side() {
            let ankle = normalized(a2 + 90.0 - a3);
            check_limit(
                found,
                field,
                format!("the {word} ankle"),
                ankle,
                limits.ankle,
            );
        }
    }

    /// Shoulder and elbow (never backwards in a side view) of one arm.
    fn arm_joints(&self, limb: Limb, limits: &JointLimits, found: &mut JointProblems) {
        let (k, word, down) = (self.limb_sign(limb), limb.word(), self.trunk + 180.0);
        let arm = *self.figure.arm(limb);
        let b1 = angle_of(arm.elbow - arm.shoulder);
        let b2 = angle_of(arm.wrist - arm.elbow);
        let field = field_of(limb, true);
        let shoulder = k * normalized(b1 - down);
        let what = format!("the {word} shoulder");
        check_limit(found, field, what, shoulder, limits.shoulder);
        let elbow = k * normalized(b2 - b1);
        if self.side() && elbow < -LIMIT_SLACK_DEG {
            let message = format!(
                "the {word} elbow bends backwards by {:.0}°; elbows only fold forward",
                -elbow
            );
            found.push((field, message));
        } else {
            check_limit(
                found,
                field,
                format!("the {word} elbow"),
                elbow,
                limits.elbow,
            );
        }
    }
}
