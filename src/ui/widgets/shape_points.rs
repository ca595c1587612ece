//! Outlines for painted shapes, as points: the hull of two discs (a
//! tapered limb), arcs spaced to the size they are drawn at, a bent arrow's
//! curve.

use egui::{Pos2, pos2, vec2};

/// The outline of the convex hull of two discs, clockwise on screen.
pub fn capsule_points(a: Pos2, ra: f32, b: Pos2, rb: f32) -> Vec<Pos2> {
    let length = a.distance(b);
    if length <= (ra - rb).abs() + 0.01 {
        let (c, r) = if ra >= rb { (a, ra) } else { (b, rb) };
        return arc_points(c, r, 0.0, std::f32::consts::TAU, false);
    }
    let d = (b - a) / length;
    let base = d.y.atan2(d.x);
    // The outer tangents touch both discs at ±q from the axis, where
    // q = 90° − φ and sin φ = (ra − rb) / length.
    use std::f32::consts::{FRAC_PI_2, TAU};
    let q = FRAC_PI_2 - ((ra - rb) / length).clamp(-1.0, 1.0).asin();
    let mut points = arc_points(b, rb, base - q, base + q, true);
    points.extend(arc_points(a, ra, base + q, base + TAU - q, true));
    points
}

/// Points along an arc from `from` to `to` (radians), spaced so the
/// chords stay within a quarter point of the circle.
pub fn arc_points(c: Pos2, r: f32, from: f32, to: f32, closed_ends: bool) -> Vec<Pos2> {
    let step = if r > 0.3 {
        2.0 * (1.0 - 0.25 / r).clamp(-1.0, 1.0).acos()
    } else {
        1.0
    };
    let n = (((to - from) / step.max(0.05)).ceil() as usize).clamp(3, 96);
    let count = if closed_ends { n + 1 } else { n };
    (0..count)
        .map(|i| {
            let t = from + (to - from) * i as f32 / n as f32;
            c + vec2(t.cos(), t.sin()) * r
        })
        .collect()
}

/// A polyline through a few points, rounded with a quadratic through the
/// middle one (three key poses make a curve, not a corner).
pub fn smooth(points: &[Pos2]) -> Vec<Pos2> {
    if points.len() != 3 {
        return points.to_vec();
    }
    let (a, m, b) = (points[0], points[1], points[2]);
    // Control point so that the curve passes through `m` at its middle.
    let c = m + (m - a.lerp(b, 0.5));
    (0..=16)
        .map(|i| {
            let t = i as f32 / 16.0;
            let u = 1.0 - t;
            pos2(
                u * u * a.x + 2.0 * u * t * c.x + t * t * b.x,
                u * u * a.y + 2.0 * u * t * c.y + t * t * b.y,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every turn of the outline goes the same way, and the points lie on
    /// or inside both discs' hull.
    #[test]
    fn capsule_outline_is_convex_and_hugs_both_discs() {
        for (ra, rb) in [(10.0, 6.0), (6.0, 10.0), (8.0, 8.0)] {
            let (a, b) = (pos2(0.0, 0.0), pos2(40.0, 30.0));
            let points = capsule_points(a, ra, b, rb);
            assert!(points.len() >= 8);
            let n = points.len();
            let turns: Vec<f32> = (0..n)
                .map(|i| {
                    let (p, q, r) = (points[i], points[(i + 1) % n], points[(i + 2) % n]);
                    (q - p).x * (r - q).y - (q - p).y * (r - q).x
                })
                .collect();
            assert!(turns.iter().all(|t| *t >= -1e-3) || turns.iter().all(|t| *t <= 1e-3));
            for p in &points {
                let on_a = (p.distance(a) - ra).abs() < 0.01;
                let on_b = (p.distance(b) - rb).abs() < 0.01;
                assert!(on_a || on_b, "{p:?} is on neither disc");
            }
        }
    }

    #[test]
    fn one_disc_inside_the_other_gives_the_larger_circle() {
        let points = capsule_points(pos2(0.0, 0.0), 10.0, pos2(2.0, 0.0), 3.0);
        assert!(
            points
                .iter()
                .all(|p| (p.distance(pos2(0.0, 0.0)) - 10.0).abs() < 0.01)
        );
    }
}
