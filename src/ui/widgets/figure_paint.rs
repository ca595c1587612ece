//! Painting a solved figure: smooth tapered limbs (a circle at each joint
//! and the band between, all one colour so no seam shows), the worked
//! areas in the map's "where you work" colour, the props, a faint end
//! position and the motion arrow. Shapes only; the widget around it is in
//! `illustration`.

use egui::epaint::{PathShape, PathStroke};
use egui::{Color32, Pos2, Rect, Shape, Stroke, pos2, vec2};

use crate::content::figure::{
    Bone, BoneShape, Figure, PlacedProp, Point, Span, SurfaceSide, Vec2, canon,
};
use crate::content::pose::{Area, Prop, View};
use crate::logic::illustration::Arrow;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::shape_points::{capsule_points, smooth};

/// Frame units to screen points: the crop fitted into a rect, centred.
#[derive(Clone, Copy, Debug)]
pub struct ToScreen {
    origin: Pos2,
    min: Point,
    /// Points per frame unit.
    pub scale: f32,
}

impl ToScreen {
    pub fn new(rect: Rect, (min, max): (Point, Point)) -> Self {
        let (w, h) = ((max.x - min.x) as f32, (max.y - min.y) as f32);
        let scale = (rect.width() / w.max(1.0)).min(rect.height() / h.max(1.0));
        let origin = rect.center() - vec2(w, h) * scale / 2.0;
        Self { origin, min, scale }
    }

    pub fn pos(&self, p: Point) -> Pos2 {
        self.origin
            + vec2(
                (p.x - self.min.x) as f32 * self.scale,
                (p.y - self.min.y) as f32 * self.scale,
            )
    }

    fn len(&self, units: f64) -> f32 {
        units as f32 * self.scale
    }
}

/// How one figure is coloured; `gap` (the picture's ground) separates a
/// limb from what it crosses.
#[derive(Clone, Copy)]
pub struct Ink {
    pub near: Color32,
    pub far: Color32,
    pub work: Option<Color32>,
    pub gap: Option<Color32>,
}

/// The limb a bone belongs to, for drawing a limb's outline once.
fn group(bone: Bone) -> u8 {
    match bone {
        Bone::Thigh(l) | Bone::Shin(l) | Bone::Foot(l) => 1 + l as u8,
        Bone::UpperArm(l) | Bone::Forearm(l) | Bone::Hand(l) => 3 + l as u8,
        _ => 0,
    }
}

/// The shapes of a figure with its worked areas (props apart).
pub fn figure_shapes(
    figure: &Figure,
    work: &[Area],
    to: &ToScreen,
    ink: Ink,
    out: &mut Vec<Shape>,
) {
    let spans: Vec<Span> = work.iter().flat_map(|a| figure.area_spans(*a)).collect();
    let bones = figure.bones();
    let mut i = 0;
    while i < bones.len() {
        let g = group(bones[i].bone);
        let end = bones[i..]
            .iter()
            .position(|b| group(b.bone) != g)
            .map_or(bones.len(), |n| i + n);
        let limb = &bones[i..end];
        // A limb's outline in the ground colour first, so it stands apart
        // from the trunk or the other limbs it crosses; not at its root,
        // where it joins the body.
        if let (Some(gap), true) = (ink.gap, g != 0) {
            for (k, bone) in limb.iter().enumerate() {
                let mut outline = *bone;
                if k == 0 {
                    outline.a = bone.a.lerp(bone.b, 0.4);
                    outline.ra = bone.ra + (bone.rb - bone.ra) * 0.4;
                }
                outline.ra += GAP_UNITS;
                outline.rb += GAP_UNITS;
                capsule(&outline, to, gap, out);
            }
        }
        for bone in limb {
            let fill = if bone.far { ink.far } else { ink.near };
            if bone.bone == Bone::Trunk && figure.view != View::Side {
                plane_trunk(figure, to, fill, out);
            } else {
                capsule(bone, to, fill, out);
            }
            if bone.bone == Bone::Head && figure.view == View::Side {
                // A nose, so the way the figure faces reads at a glance.
                let front = side_front(figure);
                let at = figure.head + front * (canon::HEAD_R * 0.92) - figure.head_dir * 0.6;
                out.push(Shape::circle_filled(to.pos(at), to.len(1.1), fill));
            }
        }
        if let Some(colour) = ink.work {
            for bone in limb {
                for span in spans.iter().filter(|s| s.bone == bone.bone) {
                    highlight(span, to, colour, out);
                }
            }
        }
        i = end;
    }
    // A ring round each worked area on top of everything, so a hand
    // resting on it does not hide where the work is.
    if let Some(colour) = ink.work {
        for span in &spans {
            work_ring(span, to, colour, out);
        }
    }
}

/// The outline of a worked area, a little outside the area itself.
fn work_ring(span: &Span, to: &ToScreen, colour: Color32, out: &mut Vec<Shape>) {
    let stroke = Stroke::new(to.len(0.35).max(1.5), colour);
    let (a, b) = (to.pos(span.a), to.pos(span.b));
    let (ra, rb) = (to.len(span.ra * 1.15), to.len(span.rb * 1.15));
    if a.distance(b) < 0.01 {
        out.push(Shape::circle_stroke(a, ra, stroke));
        return;
    }
    let d = (b - a).normalized();
    let n = vec2(-d.y, d.x);
    let points = vec![a + n * ra, b + n * rb, b - n * rb, a - n * ra];
    out.push(Shape::closed_line(points, stroke));
}

/// Width of the gap around a limb, in frame units.
const GAP_UNITS: f64 = 0.55;

/// The front of the head in a side view.
fn side_front(figure: &Figure) -> Vec2 {
    let d = figure.head_dir;
    if figure.flipped {
        Vec2::new(d.y, -d.x)
    } else {
        Vec2::new(-d.y, d.x)
    }
}

/// A tapered capsule as one convex outline: the two circles and the
/// band between. One polygon instead of two circles and a quad keeps the
/// figure to a few hundred triangles, which a software renderer fills
/// much faster than overlapping discs.
fn capsule(bone: &BoneShape, to: &ToScreen, fill: Color32, out: &mut Vec<Shape>) {
    let (a, b) = (to.pos(bone.a), to.pos(bone.b));
    let (ra, rb) = (to.len(bone.ra), to.len(bone.rb));
    out.push(Shape::convex_polygon(
        capsule_points(a, ra, b, rb),
        fill,
        Stroke::NONE,
    ));
}

/// The trunk seen from the front, back or above: shoulders, waist, hips.
fn plane_trunk(figure: &Figure, to: &ToScreen, fill: Color32, out: &mut Vec<Shape>) {
    use canon::*;
    let t = figure.trunk_dir;
    let r = figure.arms[0].shoulder - figure.shoulder;
    let r = if r.hypot() > 1e-6 {
        r.normalize()
    } else {
        Vec2::new(1.0, 0.0)
    };
    let s = figure.shoulder - t * 0.6;
    let waist = figure.hip + t * (TRUNK_LEN * 0.45);
    let hip = figure.hip - t * 2.4;
    let p = |c: Point, half: f64| [to.pos(c + r * half), to.pos(c - r * half)];
    let [s1, s2] = p(s, SHOULDER_HALF + 0.4);
    let [w1, w2] = p(waist, WAIST_HALF);
    let [h1, h2] = p(hip, HIP_HALF + 3.0);
    out.push(Shape::convex_polygon(
        vec![s1, w1, w2, s2],
        fill,
        Stroke::NONE,
    ));
    out.push(Shape::convex_polygon(
        vec![w1, h1, h2, w2],
        fill,
        Stroke::NONE,
    ));
    for joint in [figure.arms[0].shoulder, figure.arms[1].shoulder] {
        out.push(Shape::circle_filled(
            to.pos(joint - t * 0.6),
            to.len(2.7),
            fill,
        ));
    }
    for leg in &figure.legs {
        out.push(Shape::circle_filled(
            to.pos(leg.hip),
            to.len(THIGH_R.0 + 0.6),
            fill,
        ));
    }
}

/// A worked area: inset a little so the limb's edge still shows around it.
fn highlight(span: &Span, to: &ToScreen, colour: Color32, out: &mut Vec<Shape>) {
    const INSET: f64 = 0.8;
    let (a, b) = (to.pos(span.a), to.pos(span.b));
    let (ra, rb) = (to.len(span.ra * INSET), to.len(span.rb * INSET));
    if a.distance(b) < 0.01 {
        out.push(Shape::circle_filled(a, ra, colour));
        return;
    }
    let d = (b - a).normalized();
    let n = vec2(-d.y, d.x);
    let points = match span.side {
        SurfaceSide::Whole => vec![a + n * ra, b + n * rb, b - n * rb, a - n * ra],
        SurfaceSide::Half(side) => {
            let side = vec2(side.x as f32, side.y as f32);
            let n = if n.dot(side) >= 0.0 { n } else { -n };
            // Keep a sliver of the limb's colour along the middle.
            let mid = 0.15;
            vec![a + n * ra * mid, a + n * ra, b + n * rb, b + n * rb * mid]
        }
    };
    out.push(Shape::convex_polygon(points, colour, Stroke::NONE));
}

/// Props behind the figure: floor, mat, wall, furniture, roller, pillow, towel.
pub fn back_props(figure: &Figure, to: &ToScreen, palette: &Palette, out: &mut Vec<Shape>) {
    for placed in &figure.props {
        match placed.prop {
            Prop::Floor(_) => floor(placed, to, palette, out),
            Prop::Mat(from, to_x) => {
                let half = f64::from((to_x - from).abs()) / 2.0;
                let a = to.pos(placed.at + Vec2::new(-half, -1.2));
                let b = to.pos(placed.at + Vec2::new(half, 0.0));
                out.push(Shape::rect_filled(
                    Rect::from_two_pos(a, b),
                    to.len(0.6),
                    palette.mat,
                ));
            }
            Prop::Wall(_) => wall(figure, placed, to, palette, out),
            Prop::Chair(..) => chair(figure, placed, to, palette, out),
            Prop::Couch(..) => couch(figure, placed, to, palette, out),
            Prop::FoamRoller(_) => roller(figure.view, placed, to, palette, out),
            Prop::Pillow(_) => bar(placed, canon::PILLOW_HALF, to, palette.pillow, out),
            Prop::Towel(_) => {
                bar(placed, canon::TOWEL_HALF, to, palette.towel, out);
                let across = Vec2::new(-placed.along.y, placed.along.x);
                for k in [-0.6, 0.6] {
                    let c = placed.at + placed.along * (canon::TOWEL_HALF.0 * k);
                    let line = [to.pos(c - across * 0.7), to.pos(c + across * 0.7)];
                    out.push(Shape::line_segment(
                        line,
                        Stroke::new(to.len(0.35), palette.picture_bg),
                    ));
                }
            }
            _ => {}
        }
    }
}

/// Props on top of the figure: balls, heat pack, a partner's hands.
pub fn front_props(figure: &Figure, to: &ToScreen, palette: &Palette, out: &mut Vec<Shape>) {
    for placed in &figure.props {
        let c = to.pos(placed.at);
        let edge = Stroke::new(to.len(0.3).max(1.0), palette.prop_line);
        match placed.prop {
            Prop::TennisBall(_) => {
                let r = to.len(canon::TENNIS_BALL_R);
                out.push(Shape::circle_filled(c, r, palette.tennis_ball));
                // The seam: two arcs.
                for sign in [-1.0f32, 1.0] {
                    let points: Vec<Pos2> = (0..=8)
                        .map(|i| {
                            let a = -0.9 + 1.8 * i as f32 / 8.0;
                            c + vec2(sign * r * (1.35 - a.cos() * 0.75), r * a.sin() * 0.9)
                        })
                        .collect();
                    out.push(Shape::line(
                        points,
                        Stroke::new(to.len(0.3), palette.picture_bg),
                    ));
                }
                out.push(Shape::circle_stroke(c, r, edge));
            }
            Prop::GolfBall(_) => {
                let r = to.len(canon::GOLF_BALL_R);
                out.push(Shape::circle_filled(c, r, palette.golf_ball));
                out.push(Shape::circle_stroke(c, r, edge));
                for (dx, dy) in [(-0.4, -0.3), (0.35, -0.2), (0.0, 0.4)] {
                    out.push(Shape::circle_filled(
                        c + vec2(dx, dy) * r,
                        r * 0.12,
                        palette.prop_line,
                    ));
                }
            }
            Prop::MassageBall(_) => {
                let r = to.len(canon::MASSAGE_BALL_R);
                for i in 0..10 {
                    let a = std::f32::consts::TAU * i as f32 / 10.0;
                    out.push(Shape::circle_filled(
                        c + vec2(a.cos(), a.sin()) * r,
                        r * 0.16,
                        palette.massage_ball,
                    ));
                }
                out.push(Shape::circle_filled(c, r, palette.massage_ball));
            }
            Prop::HeatPack(_) => {
                bar(placed, canon::HEAT_PACK_HALF, to, palette.heat, out);
                let out_dir = Vec2::new(placed.along.y, -placed.along.x);
                for k in [-0.5, 0.0, 0.5] {
                    let base =
                        placed.at + placed.along * (canon::HEAT_PACK_HALF.0 * k) + out_dir * 2.4;
                    let points: Vec<Pos2> = (0..=6)
                        .map(|i| {
                            let f = f64::from(i) / 6.0;
                            let wiggle = (f * std::f64::consts::TAU).sin() * 0.6;
                            to.pos(base + out_dir * (f * 3.0) + placed.along * wiggle)
                        })
                        .collect();
                    out.push(Shape::line(
                        points,
                        Stroke::new(to.len(0.35).max(1.0), palette.heat),
                    ));
                }
            }
            Prop::PartnerHands(_) => partner_hands(placed, to, palette, out),
            _ => {}
        }
    }
}

fn floor(placed: &PlacedProp, to: &ToScreen, palette: &Palette, out: &mut Vec<Shape>) {
    let y = to.pos(placed.at).y;
    let (left, right) = (to.origin.x - 2000.0, to.origin.x + 4000.0);
    out.push(Shape::line_segment(
        [pos2(left, y), pos2(right, y)],
        Stroke::new(to.len(0.5).max(1.5), palette.prop_line),
    ));
}

fn wall(
    figure: &Figure,
    placed: &PlacedProp,
    to: &ToScreen,
    palette: &Palette,
    out: &mut Vec<Shape>,
) {
    let x = to.pos(placed.at).x;
    let bottom = figure
        .floor_y
        .map_or(to.origin.y + 4000.0, |f| to.pos(Point::new(0.0, f)).y);
    let stroke = Stroke::new(to.len(0.5).max(1.5), palette.prop_line);
    out.push(Shape::line_segment(
        [pos2(x, to.origin.y - 2000.0), pos2(x, bottom)],
        stroke,
    ));
    // Hatching on the wall's far side from the figure.
    let away = if figure.hip.x < placed.at.x {
        1.0
    } else {
        -1.0
    };
    let step = to.len(3.0);
    let mut y = bottom;
    for _ in 0..60 {
        let thin = Stroke::new(1.0, palette.prop_line.gamma_multiply(0.6));
        out.push(Shape::line_segment(
            [pos2(x, y), pos2(x + away * step * 0.6, y - step * 0.6)],
            thin,
        ));
        y -= step;
    }
}

fn chair(
    figure: &Figure,
    placed: &PlacedProp,
    to: &ToScreen,
    palette: &Palette,
    out: &mut Vec<Shape>,
) {
    let half = canon::CHAIR_SEAT_HALF;
    let seat_y = placed.at.y;
    let floor = figure
        .floor_y
        .unwrap_or(seat_y + canon::DEFAULT_SEAT_HEIGHT);
    let fwd = placed.along;
    let edge = Stroke::new(to.len(0.9).max(2.0), palette.prop_line);
    let at = |dx: f64, y: f64| to.pos(Point::new(placed.at.x + fwd.x * dx, y));
    out.push(Shape::rect_filled(
        Rect::from_two_pos(at(-half, seat_y), at(half, seat_y + 1.8)),
        to.len(0.5),
        palette.furniture,
    ));
    for dx in [-half + 1.0, half - 1.0] {
        out.push(Shape::line_segment(
            [at(dx, seat_y + 1.8), at(dx, floor)],
            edge,
        ));
    }
    if figure.view == View::Side {
        out.push(Shape::line_segment(
            [at(-half, seat_y + 1.8), at(-half - 1.0, seat_y - 20.0)],
            Stroke::new(to.len(1.4).max(2.0), palette.prop_line),
        ));
    } else {
        out.push(Shape::rect_filled(
            Rect::from_two_pos(at(-half + 1.0, seat_y - 18.0), at(half - 1.0, seat_y - 4.0)),
            to.len(0.8),
            palette.furniture,
        ));
    }
}

fn couch(
    figure: &Figure,
    placed: &PlacedProp,
    to: &ToScreen,
    palette: &Palette,
    out: &mut Vec<Shape>,
) {
    let half = canon::COUCH_SEAT_HALF;
    let seat_y = placed.at.y;
    let floor = figure
        .floor_y
        .unwrap_or(seat_y + canon::DEFAULT_SEAT_HEIGHT);
    let back = canon::couch_back_side(placed, figure.hip);
    let at = |dx: f64, y: f64| to.pos(Point::new(placed.at.x + back * dx, y));
    out.push(Shape::rect_filled(
        Rect::from_two_pos(at(-half, seat_y), at(half, floor)),
        to.len(1.5),
        palette.furniture,
    ));
    out.push(Shape::rect_filled(
        Rect::from_two_pos(at(half - 1.0, seat_y - 12.0), at(half + 5.0, floor)),
        to.len(1.5),
        palette.furniture,
    ));
    let line = Stroke::new(to.len(0.4).max(1.0), palette.prop_line);
    out.push(Shape::line_segment(
        [at(-half, seat_y + 0.2), at(half, seat_y + 0.2)],
        line,
    ));
}

fn roller(view: View, placed: &PlacedProp, to: &ToScreen, palette: &Palette, out: &mut Vec<Shape>) {
    if view != View::Top {
        let c = to.pos(placed.at);
        out.push(Shape::circle_filled(
            c,
            to.len(canon::ROLLER_R),
            palette.roller,
        ));
        out.push(Shape::circle_stroke(
            c,
            to.len(canon::ROLLER_R * 0.45),
            Stroke::new(to.len(0.35).max(1.0), palette.picture_bg),
        ));
    } else {
        bar(
            placed,
            (canon::ROLLER_HALF_LEN, canon::ROLLER_R),
            to,
            palette.roller,
            out,
        );
    }
}

/// A rounded bar along `placed.along` (towel, heat pack, pillow, roller).
fn bar(
    placed: &PlacedProp,
    (half, thick): (f64, f64),
    to: &ToScreen,
    fill: Color32,
    out: &mut Vec<Shape>,
) {
    let a = placed.at - placed.along * (half - thick);
    let b = placed.at + placed.along * (half - thick);
    capsule(
        &BoneShape {
            bone: Bone::Trunk,
            a,
            b,
            ra: thick,
            rb: thick,
            far: false,
        },
        to,
        fill,
        out,
    );
}

fn partner_hands(placed: &PlacedProp, to: &ToScreen, palette: &Palette, out: &mut Vec<Shape>) {
    let out_dir = Vec2::new(placed.along.y, -placed.along.x);
    for k in [-1.0, 1.0] {
        let palm = placed.at + placed.along * (k * 2.6);
        let wrist = palm + out_dir * 2.6;
        let elbow = wrist + out_dir * 11.0 + placed.along * (k * 3.0);
        for (a, b, ra, rb) in [(elbow, wrist, 2.0, 1.4), (wrist, palm, 1.5, 1.2)] {
            let bone = BoneShape {
                bone: Bone::Trunk,
                a,
                b,
                ra,
                rb,
                far: false,
            };
            capsule(&bone, to, palette.partner, out);
        }
    }
}

/// The motion arrow, with a halo in the picture's ground colour so it
/// reads over the figure.
pub fn arrow_shapes(arrow: &Arrow, to: &ToScreen, palette: &Palette, out: &mut Vec<Shape>) {
    let width = (theme::MOTION_ARROW_WIDTH * to.scale / 3.0).clamp(1.5, theme::MOTION_ARROW_WIDTH);
    let (points, heads): (Vec<Pos2>, Vec<(Pos2, egui::Vec2)>) = match arrow {
        Arrow::Path { points, both_ends } => {
            let points: Vec<Pos2> = smooth(&points.iter().map(|p| to.pos(*p)).collect::<Vec<_>>());
            let n = points.len();
            if n < 2 {
                return;
            }
            let mut heads = vec![(points[n - 1], (points[n - 1] - points[n - 2]).normalized())];
            if *both_ends {
                heads.push((points[0], (points[0] - points[1]).normalized()));
            }
            (points, heads)
        }
        Arrow::Circle { centre, radius } => {
            let c = to.pos(*centre);
            let r = to.len(*radius).max(6.0);
            let points: Vec<Pos2> = (0..=28)
                .map(|i| {
                    let a = -0.3 + 5.4 * i as f32 / 28.0;
                    c + vec2(a.cos(), a.sin()) * r
                })
                .collect();
            let n = points.len();
            let head = (points[n - 1], (points[n - 1] - points[n - 2]).normalized());
            (points, vec![head])
        }
    };
    let trim = width * 2.0;
    let halo = PathStroke::new(width + 3.0, palette.picture_bg);
    out.push(Shape::Path(PathShape::line(points.clone(), halo)));
    out.push(Shape::line(points, Stroke::new(width, palette.motion)));
    for (tip, d) in heads {
        let n = vec2(-d.y, d.x);
        let len = width * 3.2;
        let head = vec![
            tip + d * trim * 0.5,
            tip - d * len + n * len * 0.6,
            tip - d * len - n * len * 0.6,
        ];
        out.push(Shape::convex_polygon(
            head,
            palette.motion,
            Stroke::new(1.5, palette.picture_bg),
        ));
    }
}
