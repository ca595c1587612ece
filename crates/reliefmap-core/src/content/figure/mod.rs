//! The illustration figure as geometry: a pose (or a blend of two key poses)
//! solved into joint positions, limb shapes, body areas and placed props.
//! Pure math on `kurbo` points in frame units (y down), shared by content
//! validation (joint limits, reach, the frame) and the painter.
//!
//! - `canon`: the proportions (the body map's eight-head canon);
//! - `areas`: where a named area lies on a solved figure;
//! - `solve`: angles and reach targets to positions, with the problems found;
//! - `limits`: each joint's range, checked on a solved pose;
//! - `posture`: lying, sitting, standing or kneeling, and knee bends, as
//!   words name them.

mod areas;
pub mod canon;
mod limits;
mod posture;
mod solve;

pub use areas::{Span, SurfaceSide, prop_box};
pub use kurbo::{Point, Vec2};
pub use limits::JointLimits;
pub use posture::Posture;
pub use solve::{Blend, Problem, Solved, solve, solve_pose};

use super::pose::{FRAME_W, Limb, Prop, View};

/// One drawn part of the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bone {
    Head,
    Neck,
    Trunk,
    UpperArm(Limb),
    Forearm(Limb),
    Hand(Limb),
    Thigh(Limb),
    Shin(Limb),
    Foot(Limb),
}

/// A leg's joints, from the hip down.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LegGeom {
    pub hip: Point,
    pub knee: Point,
    pub ankle: Point,
    pub toe: Point,
    pub heel: Point,
}

/// An arm's joints, from the shoulder out.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ArmGeom {
    pub shoulder: Point,
    pub elbow: Point,
    pub wrist: Point,
    pub tip: Point,
}

/// A prop where it ended up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedProp {
    pub prop: Prop,
    /// Its centre (balls, roller, towel, pack, pillow, hands) or its anchor
    /// (the seat's middle, a point of the floor or wall line).
    pub at: Point,
    /// Direction of its length (towel, heat pack, pillow) or, for a
    /// partner's hands, where the arms come from.
    pub along: Vec2,
}

/// A limb segment ready to draw: a tapered capsule from `a` to `b`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BoneShape {
    pub bone: Bone,
    pub a: Point,
    pub b: Point,
    pub ra: f64,
    pub rb: f64,
    /// On the far side in a side view (drawn behind, in a softer colour).
    pub far: bool,
}

/// A solved figure with its props.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub view: View,
    /// In a side view, the limbs drawn in front.
    pub near: Option<Limb>,
    /// Mirrored left to right after solving (a side view facing left, or
    /// the other side of a per-side step).
    pub flipped: bool,
    pub hip: Point,
    pub shoulder: Point,
    pub neck_top: Point,
    pub head: Point,
    /// Unit direction from the hips to the shoulders, and of the head.
    pub trunk_dir: Vec2,
    pub head_dir: Vec2,
    pub legs: [LegGeom; 2],
    pub arms: [ArmGeom; 2],
    pub props: Vec<PlacedProp>,
    /// The floor line, when there is one.
    pub floor_y: Option<f64>,
}

impl Figure {
    pub fn leg(&self, limb: Limb) -> &LegGeom {
        &self.legs[limb as usize]
    }

    pub fn arm(&self, limb: Limb) -> &ArmGeom {
        &self.arms[limb as usize]
    }

    /// The picture mirrored left to right, the person's sides swapped: the
    /// other side of a per-side step, never drawn twice.
    pub fn mirrored(&self) -> Self {
        let m = |p: Point| Point::new(f64::from(FRAME_W) - p.x, p.y);
        let mv = |v: Vec2| Vec2::new(-v.x, v.y);
        let leg = |l: &LegGeom| LegGeom {
            hip: m(l.hip),
            knee: m(l.knee),
            ankle: m(l.ankle),
            toe: m(l.toe),
            heel: m(l.heel),
        };
        let arm = |a: &ArmGeom| ArmGeom {
            shoulder: m(a.shoulder),
            elbow: m(a.elbow),
            wrist: m(a.wrist),
            tip: m(a.tip),
        };
        Self {
            view: self.view,
            near: self.near.map(Limb::other),
            flipped: !self.flipped,
            hip: m(self.hip),
            shoulder: m(self.shoulder),
            neck_top: m(self.neck_top),
            head: m(self.head),
            trunk_dir: mv(self.trunk_dir),
            head_dir: mv(self.head_dir),
            legs: [leg(&self.legs[1]), leg(&self.legs[0])],
            arms: [arm(&self.arms[1]), arm(&self.arms[0])],
            props: self
                .props
                .iter()
                .map(|p| PlacedProp {
                    prop: p.prop,
                    at: m(p.at),
                    along: mv(p.along),
                })
                .collect(),
            floor_y: self.floor_y,
        }
    }

    /// The limb segments in drawing order: far limbs first, then the trunk
    /// and head, then near limbs (in a front view: legs, trunk, arms).
    pub fn bones(&self) -> Vec<BoneShape> {
        let mut out = Vec::with_capacity(15);
        match self.near {
            Some(near) => {
                let far = near.other();
                out.extend(self.leg_bones(far, true));
                out.extend(self.arm_bones(far, true));
                out.extend(self.body_bones());
                out.extend(self.leg_bones(near, false));
                out.extend(self.arm_bones(near, false));
            }
            None => {
                out.extend(self.leg_bones(Limb::Left, false));
                out.extend(self.leg_bones(Limb::Right, false));
                out.extend(self.body_bones());
                out.extend(self.arm_bones(Limb::Left, false));
                out.extend(self.arm_bones(Limb::Right, false));
            }
        }
        out
    }

    /// Thigh, shin and foot of one leg.
    fn leg_bones(&self, limb: Limb, far: bool) -> [BoneShape; 3] {
        use canon::*;
        let g = self.leg(limb);
        // A foot seen end-on (short in the drawing) gets a rounder heel.
        let heel_r = if g.ankle.distance(g.toe) < FOOT_LEN * 0.7 {
            FOOT_R.0 * 1.1
        } else {
            HEEL_R
        };
        [
            bone(Bone::Thigh(limb), g.hip, g.knee, THIGH_R, far),
            bone(Bone::Shin(limb), g.knee, g.ankle, SHIN_R, far),
            bone(Bone::Foot(limb), g.heel, g.toe, (heel_r, FOOT_R.1), far),
        ]
    }

    /// Upper arm, forearm and hand of one arm.
    fn arm_bones(&self, limb: Limb, far: bool) -> [BoneShape; 3] {
        use canon::*;
        let g = self.arm(limb);
        [
            bone(Bone::UpperArm(limb), g.shoulder, g.elbow, UPPER_ARM_R, far),
            bone(Bone::Forearm(limb), g.elbow, g.wrist, FOREARM_R, far),
            bone(Bone::Hand(limb), g.wrist, g.tip, HAND_R, far),
        ]
    }

    /// Trunk, neck and head.
    fn body_bones(&self) -> [BoneShape; 3] {
        use canon::*;
        [
            bone(
                Bone::Trunk,
                self.hip,
                self.shoulder,
                (PELVIS_R, CHEST_R),
                false,
            ),
            bone(
                Bone::Neck,
                self.shoulder,
                self.neck_top,
                (NECK_R, NECK_R),
                false,
            ),
            bone(Bone::Head, self.head, self.head, (HEAD_R, HEAD_R), false),
        ]
    }

    /// Points that show a movement: hands, feet, knees, the head and the
    /// props, in a fixed order so two solutions of one step compare.
    pub fn moving_points(&self) -> Vec<Point> {
        let mut points = Vec::with_capacity(10 + self.props.len());
        for limb in [Limb::Left, Limb::Right] {
            let arm = self.arm(limb);
            points.push(arm.wrist.midpoint(arm.tip));
            let leg = self.leg(limb);
            points.push(leg.toe);
            points.push(leg.knee);
            points.push(leg.heel);
        }
        points.push(self.head);
        points.push(self.hip);
        points.extend(self.props.iter().map(|p| p.at));
        points
    }

    /// The smallest box `(min, max)` holding the figure and its props.
    pub fn bounds(&self) -> (Point, Point) {
        let mut min = Point::new(f64::MAX, f64::MAX);
        let mut max = Point::new(f64::MIN, f64::MIN);
        let mut add = |p: Point, r: f64| {
            min.x = min.x.min(p.x - r);
            min.y = min.y.min(p.y - r);
            max.x = max.x.max(p.x + r);
            max.y = max.y.max(p.y + r);
        };
        for bone in self.bones() {
            add(bone.a, bone.ra);
            add(bone.b, bone.rb);
        }
        for placed in &self.props {
            let (lo, hi) = areas::prop_box(placed, self.view, self.floor_y);
            add(placed.at + lo, 0.0);
            add(placed.at + hi, 0.0);
        }
        (min, max)
    }
}

/// A unit vector at `degrees`, counter-clockwise on screen from the right.
pub fn dir(degrees: f64) -> Vec2 {
    let r = degrees.to_radians();
    Vec2::new(r.cos(), -r.sin())
}

/// The on-screen angle of a vector in degrees, as [`dir`] reads it.
pub fn angle_of(v: Vec2) -> f64 {
    (-v.y).atan2(v.x).to_degrees()
}

/// An angle brought into -180..180.
pub fn normalized(degrees: f64) -> f64 {
    let mut a = degrees % 360.0;
    if a > 180.0 {
        a -= 360.0;
    } else if a <= -180.0 {
        a += 360.0;
    }
    a
}

/// A segment from `a` to `b`, `radii` wide at each end.
fn bone(bone: Bone, a: Point, b: Point, (ra, rb): (f64, f64), far: bool) -> BoneShape {
    BoneShape {
        bone,
        a,
        b,
        ra,
        rb,
        far,
    }
}
