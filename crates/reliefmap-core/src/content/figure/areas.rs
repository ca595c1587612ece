//! Where a named body area lies on a solved figure: the stretch of a limb
//! it covers and the side of the limb it is on (the back of the trunk, the
//! sole of the foot), and the point a hand or a ball touches there.

use super::canon::*;
use super::{Bone, Figure, PlacedProp, Point, Vec2};
use crate::content::pose::{Area, Limb, Prop, View};

/// Which part of a limb's width an area covers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SurfaceSide {
    Whole,
    /// The half on the side this unit vector points to.
    Half(Vec2),
}

/// A stretch of a limb, or a spot when `a == b`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    /// The bone it lies on (drawn right after it).
    pub bone: Bone,
    pub a: Point,
    pub b: Point,
    pub ra: f64,
    pub rb: f64,
    pub side: SurfaceSide,
}

/// The surface an area lies on, before the figure says which way it faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Surface {
    Whole,
    Front,
    Back,
    Outer,
    Inner,
}

/// Screen rotations by a quarter turn (y down).
fn cw(v: Vec2) -> Vec2 {
    Vec2::new(-v.y, v.x)
}

fn ccw(v: Vec2) -> Vec2 {
    Vec2::new(v.y, -v.x)
}

impl Figure {
    /// +1 for a limb drawn on the viewer's right in a front, back or top
    /// view, -1 on the left.
    pub(super) fn outward_sign(view: View, limb: Limb) -> f64 {
        match (view, limb) {
            (View::Back, Limb::Left) | (View::Front | View::Top | View::Side, Limb::Right) => -1.0,
            _ => 1.0,
        }
    }

    /// A bone's end points and radii.
    fn bone_geom(&self, bone: Bone) -> (Point, Point, f64, f64) {
        self.bones()
            .into_iter()
            .find(|b| b.bone == bone)
            .map_or((self.hip, self.hip, 0.0, 0.0), |b| (b.a, b.b, b.ra, b.rb))
    }

    /// The unit normal of `surface` on `bone`.
    fn normal(&self, bone: Bone, surface: Surface) -> Option<Vec2> {
        let (a, b, ..) = self.bone_geom(bone);
        let d = (b - a).normalize();
        let d = if d.is_finite() { d } else { self.trunk_dir };
        let trunk_like = matches!(bone, Bone::Trunk | Bone::Neck | Bone::Head);
        // In the unflipped side view the front of the trunk is clockwise
        // of its direction and the front of a limb counter-clockwise.
        let front = match (trunk_like, self.flipped) {
            (true, false) | (false, true) => cw(d),
            _ => ccw(d),
        };
        let limb = match bone {
            Bone::UpperArm(l)
            | Bone::Forearm(l)
            | Bone::Hand(l)
            | Bone::Thigh(l)
            | Bone::Shin(l)
            | Bone::Foot(l) => Some(l),
            _ => None,
        };
        let outer = limb.map(|l| {
            if Self::outward_sign(self.view, l) > 0.0 {
                ccw(d)
            } else {
                cw(d)
            }
        });
        match surface {
            Surface::Whole => None,
            Surface::Front => Some(front),
            Surface::Back => Some(-front),
            Surface::Outer => outer,
            Surface::Inner => outer.map(|o| -o),
        }
    }

    /// A stretch `t0..t1` of a bone on a surface.
    fn span(&self, bone: Bone, t0: f64, t1: f64, surface: Surface) -> Span {
        let (a, b, ra, rb) = self.bone_geom(bone);
        let at = |t: f64| a.lerp(b, t);
        let r = |t: f64| ra + (rb - ra) * t;
        Span {
            bone,
            a: at(t0),
            b: at(t1),
            ra: r(t0),
            rb: r(t1),
            side: self
                .normal(bone, surface)
                .map_or(SurfaceSide::Whole, SurfaceSide::Half),
        }
    }

    /// A round spot.
    fn spot(bone: Bone, at: Point, r: f64) -> Span {
        Span {
            bone,
            a: at,
            b: at,
            ra: r,
            rb: r,
            side: SurfaceSide::Whole,
        }
    }

    /// The stretches of the figure an area covers (empty if this view
    /// cannot show it: the lower back from the front).
    pub fn area_spans(&self, area: Area) -> Vec<Span> {
        let side = self.view == View::Side;
        let front_view = matches!(self.view, View::Front | View::Top);
        let back_view = self.view == View::Back;
        // A surface facing away from the viewer cannot be shown.
        let on = |s: Surface| -> Option<Surface> {
            match s {
                Surface::Back if front_view => None,
                Surface::Front if back_view => None,
                Surface::Front | Surface::Back if !side => Some(Surface::Whole),
                Surface::Outer | Surface::Inner if side => Some(Surface::Whole),
                other => Some(other),
            }
        };
        let mut out = Vec::new();
        let mut add = |bone: Bone, t0: f64, t1: f64, s: Surface| {
            if let Some(s) = on(s) {
                out.push(self.span(bone, t0, t1, s));
            }
        };
        use Surface::*;
        match area {
            Area::Head => out.push(Self::spot(Bone::Head, self.head, HEAD_R)),
            Area::Temples => {
                let front = self.normal(Bone::Head, Front).unwrap_or_default();
                let at = if side {
                    self.head + front * 1.2 - self.head_dir * 1.4
                } else {
                    self.head - self.head_dir * 1.2
                };
                if !back_view {
                    out.push(Self::spot(Bone::Head, at, 2.0));
                }
            }
            Area::SkullBase => {
                let back = -self.normal(Bone::Head, Front).unwrap_or_default();
                let at = if side {
                    self.head + back * 2.6 - self.head_dir * 2.6
                } else {
                    self.head - self.head_dir * 3.4
                };
                if !front_view {
                    out.push(Self::spot(Bone::Head, at, 2.0));
                }
            }
            Area::Neck => add(Bone::Neck, 0.0, 1.0, Back),
            Area::NeckSide(l) => {
                // From the side: the upper neck, behind the ear.
                if side {
                    add(Bone::Neck, 0.3, 1.0, Back);
                } else {
                    let toward = (self.arm(l).shoulder - self.shoulder).normalize();
                    let a = self.shoulder.lerp(self.neck_top, 0.15) + toward * (NECK_R * 0.7);
                    let b = self.shoulder.lerp(self.neck_top, 0.85) + toward * (NECK_R * 0.7);
                    out.push(Span {
                        bone: Bone::Neck,
                        a,
                        b,
                        ra: NECK_R * 0.6,
                        rb: NECK_R * 0.6,
                        side: SurfaceSide::Whole,
                    });
                }
            }
            Area::UpperBack => add(Bone::Trunk, 0.62, 0.92, Back),
            Area::MidBack => add(Bone::Trunk, 0.4, 0.64, Back),
            Area::LowerBack => add(Bone::Trunk, 0.12, 0.42, Back),
            Area::Sacrum => add(Bone::Trunk, 0.0, 0.16, Back),
            Area::Belly => add(Bone::Trunk, 0.12, 0.45, Front),
            Area::Shoulder(l) => {
                if side {
                    add(Bone::Trunk, 0.82, 0.96, Front);
                } else {
                    let joint = self.arm(l).shoulder;
                    let from = self.shoulder.lerp(joint, 0.3);
                    out.push(Span {
                        bone: Bone::Trunk,
                        a: from,
                        b: joint,
                        ra: 2.6,
                        rb: 2.6,
                        side: SurfaceSide::Whole,
                    });
                }
            }
            Area::Chest(l) => {
                if side {
                    add(Bone::Trunk, 0.62, 0.88, Front);
                } else if front_view {
                    let joint = self.arm(l).shoulder;
                    let a = self.hip.lerp(self.shoulder, 0.62);
                    let b = self.hip.lerp(self.shoulder, 0.88);
                    let half = (joint - self.shoulder) * 0.5;
                    out.push(Span {
                        bone: Bone::Trunk,
                        a: a + half,
                        b: b + half,
                        ra: 3.2,
                        rb: 3.2,
                        side: SurfaceSide::Whole,
                    });
                }
            }
            Area::Glute(l) => {
                if side {
                    add(Bone::Thigh(l), 0.0, 0.3, Back);
                    add(Bone::Trunk, 0.0, 0.1, Back);
                } else if back_view {
                    out.push(Self::spot(Bone::Trunk, self.leg(l).hip, THIGH_R.0 * 1.25));
                }
            }
            Area::Hip(l) => add(Bone::Thigh(l), 0.0, 0.22, Outer),
            Area::OuterThigh(l) => add(Bone::Thigh(l), 0.22, 0.85, Outer),
            Area::Thigh(l) => add(Bone::Thigh(l), 0.15, 0.85, Front),
            Area::InnerThigh(l) => add(Bone::Thigh(l), 0.2, 0.85, Inner),
            Area::Hamstring(l) => add(Bone::Thigh(l), 0.15, 0.88, Back),
            Area::Knee(l) => {
                add(Bone::Thigh(l), 0.88, 1.0, Whole);
                add(Bone::Shin(l), 0.0, 0.1, Whole);
            }
            Area::Calf(l) => add(Bone::Shin(l), 0.1, 0.65, Back),
            Area::Shin(l) => add(Bone::Shin(l), 0.1, 0.85, Front),
            Area::Ankle(l) => {
                out.push(Self::spot(Bone::Shin(l), self.leg(l).ankle, SHIN_R.1 * 1.5))
            }
            Area::Foot(l) => add(Bone::Foot(l), 0.0, 1.0, Whole),
            Area::FootTop(l) => add(Bone::Foot(l), 0.25, 0.9, Front),
            Area::Sole(l) => add(Bone::Foot(l), 0.0, 1.0, Back),
            Area::Heel(l) => add(Bone::Foot(l), 0.0, 0.28, Back),
            Area::Arch(l) => add(Bone::Foot(l), 0.3, 0.62, Back),
            Area::BallOfFoot(l) => add(Bone::Foot(l), 0.62, 0.85, Back),
            Area::Toes(l) => add(Bone::Foot(l), 0.82, 1.0, Whole),
            Area::InnerEdge(l) => add(Bone::Foot(l), 0.05, 0.95, Whole),
            Area::OuterEdge(l) => add(Bone::Foot(l), 0.1, 0.95, Whole),
            Area::Hand(l) => add(Bone::Hand(l), 0.0, 1.0, Whole),
        }
        out
    }

    /// Where something touches an area: a point on its surface and the
    /// direction away from the body there (`None` if the view hides it).
    pub fn touch(&self, area: Area) -> Option<(Point, Vec2)> {
        let span = *self.area_spans(area).first()?;
        let centre = span.a.midpoint(span.b);
        let r = (span.ra + span.rb) / 2.0;
        Some(match span.side {
            SurfaceSide::Half(n) => (centre + n * r, n),
            SurfaceSide::Whole => (centre, Vec2::ZERO),
        })
    }
}

/// A prop's box around its anchor: the offsets to its top-left and
/// bottom-right corners.
pub fn prop_box(placed: &PlacedProp, view: View, floor_y: Option<f64>) -> (Vec2, Vec2) {
    let seat_height = |y: f64| floor_y.map_or(DEFAULT_SEAT_HEIGHT, |f| (f - y).max(0.0));
    let square = |r: f64| (Vec2::new(-r, -r), Vec2::new(r, r));
    let long = |(half, thick): (f64, f64)| {
        let along = placed.along * half;
        let across = Vec2::new(-placed.along.y, placed.along.x) * thick;
        let rx = along.x.abs() + across.x.abs();
        let ry = along.y.abs() + across.y.abs();
        (Vec2::new(-rx, -ry), Vec2::new(rx, ry))
    };
    match placed.prop {
        Prop::Floor(_) | Prop::Wall(_) => (Vec2::ZERO, Vec2::ZERO),
        Prop::Mat(from, to) => {
            let half = f64::from((to - from).abs()) / 2.0;
            (Vec2::new(-half, -1.0), Vec2::new(half, 0.0))
        }
        Prop::Chair(..) => {
            let back = if view == View::Side { 20.0 } else { 0.0 };
            let h = seat_height(placed.at.y);
            (
                Vec2::new(-CHAIR_SEAT_HALF - 1.0, -back),
                Vec2::new(CHAIR_SEAT_HALF, h),
            )
        }
        // The backrest may stand on either side (see `couch_back_side`).
        Prop::Couch(..) => {
            let h = seat_height(placed.at.y);
            (
                Vec2::new(-COUCH_SEAT_HALF - 5.0, -12.0),
                Vec2::new(COUCH_SEAT_HALF + 5.0, h),
            )
        }
        Prop::TennisBall(_) => square(TENNIS_BALL_R),
        Prop::GolfBall(_) => square(GOLF_BALL_R),
        Prop::MassageBall(_) => square(MASSAGE_BALL_R + 0.6),
        // End-on (a circle) unless seen from above.
        Prop::FoamRoller(_) if view == View::Top => long((ROLLER_HALF_LEN, ROLLER_R)),
        Prop::FoamRoller(_) => square(ROLLER_R),
        Prop::Towel(_) => long(TOWEL_HALF),
        Prop::HeatPack(_) => long(HEAT_PACK_HALF),
        Prop::Pillow(_) => long(PILLOW_HALF),
        Prop::PartnerHands(_) => square(PARTNER_HAND_R * 3.0),
    }
}

/// How far a prop's centre sits off the surface it rests on.
pub fn resting_offset(prop: &Prop, view: View) -> f64 {
    match prop {
        Prop::TennisBall(_) => TENNIS_BALL_R,
        Prop::GolfBall(_) => GOLF_BALL_R,
        Prop::MassageBall(_) => MASSAGE_BALL_R,
        Prop::FoamRoller(_) if view == View::Top => ROLLER_R * 0.6,
        Prop::FoamRoller(_) => ROLLER_R,
        Prop::Towel(_) => TOWEL_HALF.1,
        Prop::HeatPack(_) => HEAT_PACK_HALF.1,
        Prop::Pillow(_) => PILLOW_HALF.1,
        Prop::PartnerHands(_) => PARTNER_HAND_R,
        _ => 0.0,
    }
}
