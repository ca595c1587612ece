//! Solving a pose: the trunk from the hips, legs and arms from their joint
//! angles or from where their foot or hand goes (two-bone reach, the knee
//! and elbow bending the way joints bend), then the props. A blend of two
//! key poses mixes their angles and their targets, so a hand that rests on
//! the ankle in both stays on it while the body moves.

use super::areas::resting_offset;
use super::canon::*;
use super::{ArmGeom, Figure, LegGeom, PlacedProp, Point, Vec2, angle_of, dir, normalized};
use crate::content::pose::{
    Area, ArmPose, FRAME_W, Facing, LegPose, Limb, Place, PoseDef, Prop, View,
};

/// Two key poses and how far the figure is from the first to the second,
/// plus the offset of a circling hand or ball.
#[derive(Clone, Copy, Debug)]
pub struct Blend<'a> {
    pub a: &'a PoseDef,
    pub b: &'a PoseDef,
    /// 0 is `a`, 1 is `b`.
    pub w: f64,
    pub circle: Vec2,
}

/// Something wrong with a pose, and the field to fix.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub field: &'static str,
    pub message: String,
}

/// A figure and what was wrong on the way.
#[derive(Clone, Debug)]
pub struct Solved {
    pub figure: Figure,
    pub problems: Vec<Problem>,
}

/// Slack allowed on a joint limit and on a reach, for rounding.
const REACH_SLACK: f64 = 0.5;

/// Solves one pose, still.
pub fn solve_pose(pose: &PoseDef) -> Solved {
    solve(&Blend {
        a: pose,
        b: pose,
        w: 0.0,
        circle: Vec2::ZERO,
    })
}

/// Solves a blend of two key poses. Problems (a hand that cannot reach, a
/// joint past its limit) are reported; the figure is still drawn.
pub fn solve(blend: &Blend) -> Solved {
    let (p, q, w) = (blend.a, blend.b, blend.w);
    let view = p.view;
    let flip = view == View::Side && p.facing == Facing::Left;
    let frame_w = f64::from(FRAME_W);
    let fx = |x: f32| {
        let x = f64::from(x);
        if flip { frame_w - x } else { x }
    };
    let mix = |a: f32, b: f32| f64::from(a) + (f64::from(b) - f64::from(a)) * w;
    let hip = Point::new(fx(p.hip.0), f64::from(p.hip.1))
        .lerp(Point::new(fx(q.hip.0), f64::from(q.hip.1)), w);
    let trunk = mix(p.trunk, q.trunk);
    let neck = mix(p.neck, q.neck);
    let trunk_dir = dir(trunk);
    let shoulder = hip + trunk_dir * TRUNK_LEN;
    let head_dir = dir(trunk - neck);
    let neck_top = shoulder + head_dir * NECK_LEN;
    let near = (view == View::Side).then_some(match p.facing {
        Facing::Right => Limb::Right,
        Facing::Left => Limb::Left,
    });
    let mut solver = Solver {
        view,
        trunk,
        fx,
        floor_y: p.floor_y().map(f64::from),
        circle: blend.circle,
        problems: Vec::new(),
        figure: Figure {
            view,
            near,
            flipped: false,
            hip,
            shoulder,
            neck_top,
            head: neck_top + head_dir * (HEAD_R * 0.8),
            trunk_dir,
            head_dir,
            legs: [LegGeom::default(); 2],
            arms: [ArmGeom::default(); 2],
            props: Vec::new(),
            floor_y: p.floor_y().map(f64::from),
        },
    };
    // Legs placed on the other leg (a foot across a knee) come second.
    let mut legs = [Limb::Left, Limb::Right];
    if leg_on_other_leg(p.leg(Limb::Left)) {
        legs.swap(0, 1);
    }
    for limb in legs {
        solver.leg(limb, p.leg(limb), q.leg(limb), w);
    }
    for limb in [Limb::Left, Limb::Right] {
        solver.arm(limb, p.arm(limb), q.arm(limb), w);
    }
    solver.props(p, q, w);
    if w == 0.0 {
        solver.check_joints(p);
    }
    let mut figure = solver.figure;
    if flip {
        figure.flip_x();
    }
    Solved {
        figure,
        problems: solver.problems,
    }
}

fn leg_on_other_leg(leg: LegPose) -> bool {
    matches!(leg, LegPose::FootAt(Place::On(area)) if area.limb().is_some())
}

pub(super) struct Solver<F: Fn(f32) -> f64> {
    pub(super) view: View,
    pub(super) trunk: f64,
    /// Frame x to the solving frame (mirrored for a figure facing left).
    fx: F,
    floor_y: Option<f64>,
    circle: Vec2,
    problems: Vec<Problem>,
    pub(super) figure: Figure,
}

pub(super) fn field_of(limb: Limb, arm: bool) -> &'static str {
    match (limb, arm) {
        (Limb::Left, false) => "left_leg",
        (Limb::Right, false) => "right_leg",
        (Limb::Left, true) => "left_arm",
        (Limb::Right, true) => "right_arm",
    }
}

impl<F: Fn(f32) -> f64> Solver<F> {
    pub(super) fn side(&self) -> bool {
        self.view == View::Side
    }

    pub(super) fn sign(&self, limb: Limb) -> f64 {
        Figure::outward_sign(self.view, limb)
    }

    /// Where a hip or shoulder joint is.
    fn root(&self, limb: Limb, centre: Point, half: f64) -> Point {
        if self.side() {
            centre
        } else {
            centre + dir(self.trunk - 90.0) * (self.sign(limb) * half)
        }
    }

    /// A place in the solving frame, and the way out of the body there.
    fn place(&mut self, place: Place, field: &'static str) -> Option<(Point, Vec2)> {
        match place {
            Place::At(x, y) => Some((Point::new((self.fx)(x), f64::from(y)), Vec2::ZERO)),
            Place::Floor(x) => match self.floor_y {
                Some(y) => Some((Point::new((self.fx)(x), y), Vec2::new(0.0, -1.0))),
                None => {
                    self.problem(field, "places something on the floor, but the pose has no Floor prop; add Floor(y) to props".to_owned());
                    None
                }
            },
            Place::On(area) => {
                let touch = self.figure.touch(area);
                if touch.is_none() {
                    let message = format!(
                        "places something on the {}, which a {:?} view does not show; pick another view or area",
                        area.words(),
                        self.view
                    );
                    self.problem(field, message);
                }
                touch
            }
        }
    }

    pub(super) fn problem(&mut self, field: &'static str, message: String) {
        if !self.problems.iter().any(|p| p.message == message) {
            self.problems.push(Problem { field, message });
        }
    }

    /// Two-bone reach from `root` toward `target`: the first bone's angle
    /// and the second's, choosing the bend that `prefer` scores higher,
    /// and how far out of reach the target was.
    fn reach(
        root: Point,
        target: Point,
        (l1, l2): (f64, f64),
        prefer: impl Fn(Point, f64, f64) -> f64,
    ) -> (f64, f64, f64) {
        let v = target - root;
        let d = v.hypot();
        let (min, max) = ((l1 - l2).abs() + 1e-3, l1 + l2 - 1e-3);
        let short = (d - max).max(0.0) + (min - d).max(0.0);
        let dc = d.clamp(min, max);
        let base = if d > 1e-9 { angle_of(v) } else { -90.0 };
        let end = root + dir(base) * dc;
        let cos = ((l1 * l1 + dc * dc - l2 * l2) / (2.0 * l1 * dc)).clamp(-1.0, 1.0);
        let alpha = cos.acos().to_degrees();
        let candidate = |a1: f64| {
            let joint = root + dir(a1) * l1;
            (a1, angle_of(end - joint), joint)
        };
        let (a1, a2, j1) = candidate(base + alpha);
        let (b1, b2, j2) = candidate(base - alpha);
        if prefer(j1, a1, a2) >= prefer(j2, b1, b2) {
            (a1, a2, short)
        } else {
            (b1, b2, short)
        }
    }

    /// How much a middle joint bends the way it should: a knee (`arm`
    /// false) or an elbow in profile, or outward from the trunk in a plane
    /// view.
    fn bend_score(&self, limb: Limb, arm: bool, joint: Point, a1: f64, a2: f64) -> f64 {
        if self.side() {
            let fold = if arm { a2 - a1 } else { a1 - a2 };
            normalized(fold)
        } else {
            let v = joint - self.figure.hip;
            let t = self.figure.trunk_dir;
            self.sign(limb) * (t.x * v.y - t.y * v.x)
        }
    }

    fn leg(&mut self, limb: Limb, p: LegPose, q: LegPose, w: f64) {
        let field = field_of(limb, false);
        let root = self.root(limb, self.figure.hip, HIP_HALF);
        let s = self.sign(limb);
        let (a1, a2, a3) = match (p, q) {
            (LegPose::FootAt(pa), LegPose::FootAt(qa)) => {
                let (Some((ta, na)), Some((tb, nb))) =
                    (self.place(pa, field), self.place(qa, field))
                else {
                    return;
                };
                let lift = |place: Place, n: Vec2| match place {
                    Place::Floor(_) => n * ANKLE_HEIGHT,
                    Place::On(_) => n * (SHIN_R.1 + 0.6),
                    Place::At(..) => Vec2::ZERO,
                };
                let target = (ta + lift(pa, na)).lerp(tb + lift(qa, nb), w);
                let (a1, a2, short) =
                    Self::reach(root, target, (THIGH_LEN, SHIN_LEN), |j, a1, a2| {
                        self.bend_score(limb, false, j, a1, a2)
                    });
                if short > REACH_SLACK {
                    let message = format!(
                        "the {} foot cannot reach its place: it is {short:.1} units too far; move the hips or the place",
                        limb.word()
                    );
                    self.problem(field, message);
                }
                let flat = matches!(pa, Place::Floor(_));
                let a3 = match (self.side(), flat) {
                    (true, true) => 0.0,
                    (true, false) => a2 + 90.0,
                    (false, _) => self.trunk - s * 110.0,
                };
                (a1, a2, a3)
            }
            (pl, ql) => {
                let angles = |l: LegPose| match l {
                    LegPose::Leg { hip, knee, ankle } => (hip, knee, ankle),
                    LegPose::FootAt(_) => (0.0, 0.0, 0.0),
                };
                let (h0, k0, n0) = angles(pl);
                let (h1, k1, n1) = angles(ql);
                let m = |a: f32, b: f32| f64::from(a) + (f64::from(b) - f64::from(a)) * w;
                let (hip, knee, ankle) = (m(h0, h1), m(k0, k1), m(n0, n1));
                if self.side() {
                    let a1 = self.trunk + 180.0 + hip;
                    let a2 = a1 - knee;
                    (a1, a2, a2 + 90.0 - ankle)
                } else {
                    let a1 = self.trunk + 180.0 + s * hip;
                    let a2 = a1 - s * knee;
                    // Seen from the front, feet turn out a little.
                    (a1, a2, self.trunk - s * (110.0 - ankle))
                }
            }
        };
        let knee = root + dir(a1) * THIGH_LEN;
        let ankle = knee + dir(a2) * SHIN_LEN;
        let (toe, heel) = if self.side() {
            let sole = dir(a3 - 90.0);
            (
                ankle + dir(a3) * (FOOT_LEN - 1.5) + sole * 1.1,
                ankle - dir(a3) * HEEL_BACK + sole * 0.5,
            )
        } else {
            (ankle + dir(a3) * FOOT_FRONT_LEN, ankle + dir(a2) * 0.5)
        };
        self.figure.legs[limb as usize] = LegGeom {
            hip: root,
            knee,
            ankle,
            toe,
            heel,
        };
    }

    fn arm(&mut self, limb: Limb, p: ArmPose, q: ArmPose, w: f64) {
        let field = field_of(limb, true);
        let root = self.root(limb, self.figure.shoulder, SHOULDER_HALF);
        let s = self.sign(limb);
        let palm = FOREARM_LEN + HAND_LEN * 0.45;
        let (a1, a2, a3) = match (p, q) {
            (ArmPose::HandAt(pa), ArmPose::HandAt(qa)) => {
                if [pa, qa]
                    .iter()
                    .any(|pl| matches!(pl, Place::On(Area::Hand(_))))
                {
                    self.problem(
                        field,
                        "rests a hand on a hand; place it on the body or a prop".to_owned(),
                    );
                }
                let (Some((ta, na)), Some((tb, nb))) =
                    (self.place(pa, field), self.place(qa, field))
                else {
                    return;
                };
                // Hands wrap a foot (its middle), and lie on the body's skin.
                let off = |place: Place| match place {
                    Place::On(area) if area.on_foot() => -(SHIN_R.1 + 0.2),
                    _ => HAND_THICKNESS + HAND_R.0 * 0.5,
                };
                let mut target = (ta + na * off(pa)).lerp(tb + nb * off(qa), w);
                if matches!(pa, Place::On(_)) {
                    target += self.circle;
                }
                let (a1, a2, short) =
                    Self::reach(root, target, (UPPER_ARM_LEN, palm), |j, a1, a2| {
                        self.bend_score(limb, true, j, a1, a2)
                    });
                if short > REACH_SLACK {
                    let message = format!(
                        "the {} hand cannot reach its place: it is {short:.1} units too far; move the body closer or the place nearer",
                        limb.word()
                    );
                    self.problem(field, message);
                }
                (a1, a2, a2)
            }
            (pa, qa) => {
                let angles = |a: ArmPose| match a {
                    ArmPose::Arm {
                        shoulder,
                        elbow,
                        wrist,
                    } => (shoulder, elbow, wrist),
                    ArmPose::HandAt(_) => (0.0, 0.0, 0.0),
                };
                let (s0, e0, w0) = angles(pa);
                let (s1, e1, w1) = angles(qa);
                let m = |a: f32, b: f32| f64::from(a) + (f64::from(b) - f64::from(a)) * w;
                let (sh, el, wr) = (m(s0, s1), m(e0, e1), m(w0, w1));
                let k = if self.side() { 1.0 } else { s };
                let a1 = self.trunk + 180.0 + k * sh;
                let a2 = a1 + k * el;
                (a1, a2, a2 + k * wr)
            }
        };
        let elbow = root + dir(a1) * UPPER_ARM_LEN;
        let wrist = elbow + dir(a2) * FOREARM_LEN;
        self.figure.arms[limb as usize] = ArmGeom {
            shoulder: root,
            elbow,
            wrist,
            tip: wrist + dir(a3) * HAND_LEN,
        };
    }

    fn props(&mut self, p: &PoseDef, q: &PoseDef, w: f64) {
        let mut placed = Vec::with_capacity(p.props.len());
        for (i, prop) in p.props.iter().enumerate() {
            let other = q
                .props
                .get(i)
                .filter(|o| std::mem::discriminant(*o) == std::mem::discriminant(prop))
                .unwrap_or(prop);
            let (at, along) = match (prop.place(), other.place()) {
                (Some(pa), Some(qa)) => {
                    let (Some((ta, na)), Some((tb, nb))) =
                        (self.place(pa, "props"), self.place(qa, "props"))
                    else {
                        continue;
                    };
                    let off = resting_offset(prop, self.view);
                    let mut at = (ta + na * off).lerp(tb + nb * off, w);
                    if matches!(pa, Place::On(_)) && prop_circles(prop) {
                        at += self.circle;
                    }
                    let n = if na == Vec2::ZERO {
                        Vec2::new(0.0, -1.0)
                    } else {
                        na
                    };
                    (at, Vec2::new(-n.y, n.x))
                }
                _ => (
                    self.anchor(prop).lerp(self.anchor(other), w),
                    Vec2::new(1.0, 0.0),
                ),
            };
            placed.push(PlacedProp {
                prop: *prop,
                at,
                along,
            });
        }
        self.figure.props = placed;
    }

    /// The anchor of a fixed prop (floor, wall, mat, chair, couch).
    fn anchor(&self, prop: &Prop) -> Point {
        let mid = f64::from(FRAME_W) / 2.0;
        match *prop {
            Prop::Floor(y) => Point::new(mid, f64::from(y)),
            Prop::Wall(x) => Point::new((self.fx)(x), 0.0),
            Prop::Mat(from, to) => {
                let x = ((self.fx)(from) + (self.fx)(to)) / 2.0;
                Point::new(
                    x,
                    self.floor_y
                        .unwrap_or(f64::from(crate::content::pose::FRAME_H)),
                )
            }
            Prop::Chair(x, y) | Prop::Couch(x, y) => Point::new((self.fx)(x), f64::from(y)),
            _ => Point::new(mid, mid),
        }
    }
}

/// Balls circle with the hands; larger props stay put.
fn prop_circles(prop: &Prop) -> bool {
    matches!(
        prop,
        Prop::TennisBall(_) | Prop::GolfBall(_) | Prop::MassageBall(_) | Prop::PartnerHands(_)
    )
}

impl Figure {
    /// Mirrors the picture left to right, keeping the sides' names: what a
    /// side view facing left is, after being solved facing right.
    pub(super) fn flip_x(&mut self) {
        let mirrored = self.mirrored();
        *self = Self {
            near: self.near,
            legs: [mirrored.legs[1], mirrored.legs[0]],
            arms: [mirrored.arms[1], mirrored.arms[0]],
            ..mirrored
        };
    }
}
