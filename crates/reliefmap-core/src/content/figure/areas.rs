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
        if let Some(spans) = self.placed_spans(area) {
            return spans;
        }
        stretches(area)
            .into_iter()
            .filter_map(|(bone, t0, t1, surface)| self.stretch(bone, t0, t1, surface))
            .collect()
    }

    /// A surface as this view shows it: `None` for one facing away.
    fn visible(&self, surface: Surface) -> Option<Surface> {
        let side = self.view == View::Side;
        let front_view = matches!(self.view, View::Front | View::Top);
        let back_view = self.view == View::Back;
        match surface {
            Surface::Back if front_view => None,
            Surface::Front if back_view => None,
            Surface::Front | Surface::Back if !side => Some(Surface::Whole),
            Surface::Outer | Surface::Inner if side => Some(Surface::Whole),
            other => Some(other),
        }
    }

    /// Part `t0..t1` of a bone on one surface, if this view shows it.
    fn stretch(&self, bone: Bone, t0: f64, t1: f64, surface: Surface) -> Option<Span> {
        self.visible(surface)
            .map(|surface| self.span(bone, t0, t1, surface))
    }

    /// Areas placed by points of the figure rather than along a bone (or
    /// differently from the side): `None` for the others.
    fn placed_spans(&self, area: Area) -> Option<Vec<Span>> {
        self.placed_head_and_neck_spans(area)
            .or_else(|| self.placed_trunk_and_leg_spans(area))
    }

    /// [`Self::placed_spans`] for the head, temples, skull base and sides of the neck.
    fn placed_head_and_neck_spans(&self, area: Area) -> Option<Vec<Span>> {
        use Surface::*;
        let side = self.view == View::Side;
        let front_view = matches!(self.view, View::Front | View::Top);
        let back_view = self.view == View::Back;
        let spans = match area {
            Area::Head => vec![Self::spot(Bone::Head, self.head, HEAD_R)],
            Area::Temples => {
                let front = self.normal(Bone::Head, Front).unwrap_or_default();
                let at = if side {
                    self.head + front * 1.2 - self.head_dir * 1.4
                } else {
                    self.head - self.head_dir * 1.2
                };
                (!back_view)
                    .then(|| Self::spot(Bone::Head, at, 2.0))
                    .into_iter()
                    .collect()
            }
            Area::SkullBase => {
                let back = -self.normal(Bone::Head, Front).unwrap_or_default();
                let at = if side {
                    self.head + back * 2.6 - self.head_dir * 2.6
                } else {
                    self.head - self.head_dir * 3.4
                };
                (!front_view)
                    .then(|| Self::spot(Bone::Head, at, 2.0))
                    .into_iter()
                    .collect()
            }
            // From the side: the upper neck, behind the ear.
            Area::NeckSide(_) if side => self
                .stretch(Bone::Neck, 0.3, 1.0, Back)
                .into_iter()
                .collect(),
            Area::NeckSide(l) => {
                let toward = (self.arm(l).shoulder - self.shoulder).normalize();
                let a = self.shoulder.lerp(self.neck_top, 0.15) + toward * (NECK_R * 0.7);
                let b = self.shoulder.lerp(self.neck_top, 0.85) + toward * (NECK_R * 0.7);
                vec![whole(Bone::Neck, a, b, NECK_R * 0.6)]
            }
            _ => return None,
        };
        Some(spans)
    }

    /// [`Self::placed_spans`] for the shoulders, chest, glutes and ankles.
    fn placed_trunk_and_leg_spans(&self, area: Area) -> Option<Vec<Span>> {
        use Surface::*;
        let side = self.view == View::Side;
        let front_view = matches!(self.view, View::Front | View::Top);
        let back_view = self.view == View::Back;
        let spans = match area {
            Area::Shoulder(_) if side => self
                .stretch(Bone::Trunk, 0.82, 0.96, Front)
                .into_iter()
                .collect(),
            Area::Shoulder(l) => {
                let joint = self.arm(l).shoulder;
                vec![whole(
                    Bone::Trunk,
                    self.shoulder.lerp(joint, 0.3),
                    joint,
                    2.6,
                )]
            }
            Area::Chest(_) if side => self
                .stretch(Bone::Trunk, 0.62, 0.88, Front)
                .into_iter()
                .collect(),
            Area::Chest(l) if front_view => {
                let joint = self.arm(l).shoulder;
                let a = self.hip.lerp(self.shoulder, 0.62);
                let b = self.hip.lerp(self.shoulder, 0.88);
                let half = (joint - self.shoulder) * 0.5;
                vec![whole(Bone::Trunk, a + half, b + half, 3.2)]
            }
            Area::Chest(_) => Vec::new(),
            Area::Glute(l) if side => [
                self.stretch(Bone::Thigh(l), 0.0, 0.3, Back),
                self.stretch(Bone::Trunk, 0.0, 0.1, Back),
            ]
            .into_iter()
            .flatten()
            .collect(),
            Area::Glute(l) if back_view => {
                vec![Self::spot(Bone::Trunk, self.leg(l).hip, THIGH_R.0 * 1.25)]
            }
            Area::Glute(_) => Vec::new(),
            Area::Ankle(l) => vec![Self::spot(Bone::Shin(l), self.leg(l).ankle, SHIN_R.1 * 1.5)],
            _ => return None,
        };
        Some(spans)
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

/// A round-ended stretch of even width from `a` to `b`, seen whole.
fn whole(bone: Bone, a: Point, b: Point, r: f64) -> Span {
    Span {
        bone,
        a,
        b,
        ra: r,
        rb: r,
        side: SurfaceSide::Whole,
    }
}

/// The areas that lie along bones: which part of which bone, on which
/// surface (see [`Figure::placed_spans`] for the rest).
fn stretches(area: Area) -> Vec<(Bone, f64, f64, Surface)> {
    use Surface::*;
    match area {
        Area::Neck => vec![(Bone::Neck, 0.0, 1.0, Back)],
        Area::UpperBack => vec![(Bone::Trunk, 0.62, 0.92, Back)],
        Area::MidBack => vec![(Bone::Trunk, 0.4, 0.64, Back)],
        Area::LowerBack => vec![(Bone::Trunk, 0.12, 0.42, Back)],
        Area::Sacrum => vec![(Bone::Trunk, 0.0, 0.16, Back)],
        Area::Belly => vec![(Bone::Trunk, 0.12, 0.45, Front)],
        Area::Hip(l) => vec![(Bone::Thigh(l), 0.0, 0.22, Outer)],
        Area::OuterThigh(l) => vec![(Bone::Thigh(l), 0.22, 0.85, Outer)],
        Area::Thigh(l) => vec![(Bone::Thigh(l), 0.15, 0.85, Front)],
        Area::InnerThigh(l) => vec![(Bone::Thigh(l), 0.2, 0.85, Inner)],
        Area::Hamstring(l) => vec![(Bone::Thigh(l), 0.15, 0.88, Back)],
        Area::Knee(l) => vec![
            (Bone::Thigh(l), 0.88, 1.0, Whole),
            (Bone::Shin(l), 0.0, 0.1, Whole),
        ],
        Area::Calf(l) => vec![(Bone::Shin(l), 0.1, 0.65, Back)],
        Area::Shin(l) => vec![(Bone::Shin(l), 0.1, 0.85, Front)],
        Area::Foot(l) => vec![(Bone::Foot(l), 0.0, 1.0, Whole)],
        Area::FootTop(l) => vec![(Bone::Foot(l), 0.25, 0.9, Front)],
        Area::Sole(l) => vec![(Bone::Foot(l), 0.0, 1.0, Back)],
        Area::Heel(l) => vec![(Bone::Foot(l), 0.0, 0.28, Back)],
        Area::Arch(l) => vec![(Bone::Foot(l), 0.3, 0.62, Back)],
        Area::BallOfFoot(l) => vec![(Bone::Foot(l), 0.62, 0.85, Back)],
        Area::Toes(l) => vec![(Bone::Foot(l), 0.82, 1.0, Whole)],
        Area::InnerEdge(l) => vec![(Bone::Foot(l), 0.05, 0.95, Whole)],
        Area::OuterEdge(l) => vec![(Bone::Foot(l), 0.1, 0.95, Whole)],
        Area::Hand(l) => vec![(Bone::Hand(l), 0.0, 1.0, Whole)],
        // Placed by points of the figure.
        Area::Head
        | Area::Temples
        | Area::SkullBase
        | Area::NeckSide(_)
        | Area::Shoulder(_)
        | Area::Chest(_)
        | Area::Glute(_)
        | Area::Ankle(_) => Vec::new(),
    }
}
