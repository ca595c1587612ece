//! Plane geometry on region outlines: point-in-polygon, self-crossing and
//! nearest region in a direction. Pure functions on `(x, y)` pairs in
//! normalized map coordinates (x right, y down), so content validation, map
//! hit-testing and keyboard navigation share one tested implementation
//! without depending on egui.

pub type Point = (f32, f32);

/// The map area of an 800 × 600 window, in pixels, with the side panel at
/// its narrowest and the top bar and the legend wrapped to two lines: the
/// size the content is checked against ("every region holds a 24 px circle
/// at 800×600"). Measured on screen, rounded down.
pub const REFERENCE_MAP_AREA: (f32, f32) = (500.0, 455.0);

/// Gap between maps shown side by side, as a fraction of the area's width.
pub const MAP_GAP_FRACTION: f32 = 0.05;

/// Places maps of these aspect ratios (width / height) side by side in an
/// area, all at one height, as large as fits, the row centred: one
/// `(x, y, width, height)` per map, relative to the area's corner.
pub fn fit_row(aspects: &[f32], (width, height): (f32, f32)) -> Vec<(f32, f32, f32, f32)> {
    let gaps = aspects.len().saturating_sub(1) as f32 * width * MAP_GAP_FRACTION;
    let total_aspect: f32 = aspects.iter().sum::<f32>().max(f32::EPSILON);
    let h = height.min((width - gaps).max(0.0) / total_aspect);
    let row = total_aspect * h + gaps;
    let mut x = (width - row) / 2.0;
    let y = (height - h) / 2.0;
    aspects
        .iter()
        .map(|&a| {
            let placed = (x, y, a * h, h);
            x += a * h + width * MAP_GAP_FRACTION;
            placed
        })
        .collect()
}

/// Whether `p` lies inside `polygon` (even–odd rule). Points exactly on an
/// edge count as inside, so clicks on a shared border always hit something.
pub fn contains(polygon: &[Point], p: Point) -> bool {
    if polygon.len() < 3 {
        return false;
    }
    let mut inside = false;
    let mut j = polygon.len() - 1;
    for i in 0..polygon.len() {
        let (a, b) = (polygon[i], polygon[j]);
        if on_segment(a, b, p) {
            return true;
        }
        if (a.1 > p.1) != (b.1 > p.1) {
            let x_cross = a.0 + (p.1 - a.1) * (b.0 - a.0) / (b.1 - a.1);
            if p.0 < x_cross {
                inside = !inside;
            }
        }
        j = i;
    }
    inside
}

fn cross(o: Point, a: Point, b: Point) -> f32 {
    (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
}

const EPSILON: f32 = 1e-6;

fn on_segment(a: Point, b: Point, p: Point) -> bool {
    cross(a, b, p).abs() <= EPSILON
        && p.0 >= a.0.min(b.0) - EPSILON
        && p.0 <= a.0.max(b.0) + EPSILON
        && p.1 >= a.1.min(b.1) - EPSILON
        && p.1 <= a.1.max(b.1) + EPSILON
}

/// Whether segments `a1–a2` and `b1–b2` share any point.
pub fn segments_intersect(a1: Point, a2: Point, b1: Point, b2: Point) -> bool {
    let d1 = cross(b1, b2, a1);
    let d2 = cross(b1, b2, a2);
    let d3 = cross(a1, a2, b1);
    let d4 = cross(a1, a2, b2);
    if ((d1 > EPSILON && d2 < -EPSILON) || (d1 < -EPSILON && d2 > EPSILON))
        && ((d3 > EPSILON && d4 < -EPSILON) || (d3 < -EPSILON && d4 > EPSILON))
    {
        return true;
    }
    on_segment(b1, b2, a1)
        || on_segment(b1, b2, a2)
        || on_segment(a1, a2, b1)
        || on_segment(a1, a2, b2)
}

/// The first pair of edges (by index of their first point) that cross, if the
/// outline crosses itself. Adjacent edges share a point and do not count.
pub fn self_crossing(polygon: &[Point]) -> Option<(usize, usize)> {
    let n = polygon.len();
    if n < 4 {
        return None;
    }
    for i in 0..n {
        for j in i + 2..n {
            if i == 0 && j == n - 1 {
                continue;
            }
            let (a1, a2) = (polygon[i], polygon[(i + 1) % n]);
            let (b1, b2) = (polygon[j], polygon[(j + 1) % n]);
            if segments_intersect(a1, a2, b1, b2) {
                return Some((i, j));
            }
        }
    }
    None
}

/// Area enclosed (shoelace formula; positive for either winding).
pub fn area(polygon: &[Point]) -> f32 {
    let n = polygon.len();
    let twice: f32 = (0..n)
        .map(|i| {
            let (a, b) = (polygon[i], polygon[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum();
    (twice / 2.0).abs()
}

/// Area-weighted centre of the outline; falls back to the mean of the points
/// for degenerate shapes.
pub fn centroid(polygon: &[Point]) -> Point {
    let n = polygon.len();
    if n == 0 {
        return (0.5, 0.5);
    }
    let (mut cx, mut cy, mut twice_area) = (0.0, 0.0, 0.0);
    for i in 0..n {
        let (a, b) = (polygon[i], polygon[(i + 1) % n]);
        let f = a.0 * b.1 - b.0 * a.1;
        cx += (a.0 + b.0) * f;
        cy += (a.1 + b.1) * f;
        twice_area += f;
    }
    if twice_area.abs() <= EPSILON {
        let sum = polygon
            .iter()
            .fold((0.0, 0.0), |s, p| (s.0 + p.0, s.1 + p.1));
        return (sum.0 / n as f32, sum.1 / n as f32);
    }
    (cx / (3.0 * twice_area), cy / (3.0 * twice_area))
}

/// Arrow-key directions on a map (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

impl Direction {
    fn unit(self) -> Point {
        match self {
            Self::Up => (0.0, -1.0),
            Self::Down => (0.0, 1.0),
            Self::Left => (-1.0, 0.0),
            Self::Right => (1.0, 0.0),
        }
    }
}

/// The point nearest to `points[from]` in `direction`: among points ahead of
/// it (within about 60° of the arrow, so a zone right below is not "to the
/// right"), the one with the smallest distance along the direction plus twice
/// the sideways offset, so that the move follows the arrow rather than
/// jumping to a close point off to the side.
pub fn nearest_in_direction(points: &[Point], from: usize, direction: Direction) -> Option<usize> {
    let origin = *points.get(from)?;
    let (ux, uy) = direction.unit();
    points
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != from)
        .filter_map(|(i, &(x, y))| {
            let (dx, dy) = (x - origin.0, y - origin.1);
            let along = dx * ux + dy * uy;
            let sideways = (dx * uy - dy * ux).abs();
            (along > EPSILON && along * 2.0 > sideways).then_some((along + 2.0 * sideways, i))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, i)| i)
}

/// Distance from `p` to the segment `a–b`.
fn distance_to_segment(p: Point, a: Point, b: Point) -> f32 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length_sq = dx * dx + dy * dy;
    let t = if length_sq <= EPSILON {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length_sq).clamp(0.0, 1.0)
    };
    let (x, y) = (a.0 + t * dx - p.0, a.1 + t * dy - p.1);
    (x * x + y * y).sqrt()
}

/// How far `p` is from the outline (0 outside it).
fn depth(polygon: &[Point], p: Point) -> f32 {
    if !contains(polygon, p) {
        return 0.0;
    }
    let n = polygon.len();
    (0..n)
        .map(|i| distance_to_segment(p, polygon[i], polygon[(i + 1) % n]))
        .fold(f32::MAX, f32::min)
}

/// Whether a circle of `diameter` fits inside the outline. Quick for shapes
/// well above the size: points are tried from the middle outwards and the
/// first deep enough answers; only a shape near or below the size is
/// measured in full.
pub fn holds_circle(polygon: &[Point], diameter: f32) -> bool {
    if polygon.len() < 3 {
        return false;
    }
    let (lo, hi) = polygon.iter().fold(
        ((f32::MAX, f32::MAX), (f32::MIN, f32::MIN)),
        |(lo, hi), &(x, y)| ((lo.0.min(x), lo.1.min(y)), (hi.0.max(x), hi.1.max(y))),
    );
    let middle = centroid(polygon);
    const STEPS: i32 = 8;
    let mut probes: Vec<Point> = (0..=STEPS)
        .flat_map(|i| (0..=STEPS).map(move |j| (i, j)))
        .map(|(i, j)| {
            (
                lo.0 + (hi.0 - lo.0) * i as f32 / STEPS as f32,
                lo.1 + (hi.1 - lo.1) * j as f32 / STEPS as f32,
            )
        })
        .chain(std::iter::once(middle))
        .collect();
    let away = |p: &Point| (p.0 - middle.0).powi(2) + (p.1 - middle.1).powi(2);
    probes.sort_by(|a, b| away(a).total_cmp(&away(b)));
    probes.iter().any(|&p| depth(polygon, p) * 2.0 >= diameter)
        || inscribed_diameter(polygon) >= diameter
}

/// The diameter of the largest circle inside the outline: how big a target
/// the shape is for a pointer (any point within that circle hits it). Found
/// on a grid over the shape, then refined around the best point.
pub fn inscribed_diameter(polygon: &[Point]) -> f32 {
    if polygon.len() < 3 {
        return 0.0;
    }
    let (lo, hi) = polygon.iter().fold(
        ((f32::MAX, f32::MAX), (f32::MIN, f32::MIN)),
        |(lo, hi), &(x, y)| ((lo.0.min(x), lo.1.min(y)), (hi.0.max(x), hi.1.max(y))),
    );
    const STEPS: usize = 24;
    let (mut centre, mut step) = (
        ((lo.0 + hi.0) / 2.0, (lo.1 + hi.1) / 2.0),
        ((hi.0 - lo.0) / STEPS as f32, (hi.1 - lo.1) / STEPS as f32),
    );
    let mut best = (depth(polygon, centre), centre);
    for round in 0..4 {
        let reach = if round == 0 { STEPS / 2 } else { 4 };
        for i in 0..=2 * reach {
            for j in 0..=2 * reach {
                let p = (
                    centre.0 + (i as f32 - reach as f32) * step.0,
                    centre.1 + (j as f32 - reach as f32) * step.1,
                );
                let d = depth(polygon, p);
                if d > best.0 {
                    best = (d, p);
                }
            }
        }
        centre = best.1;
        step = (step.0 / 4.0, step.1 / 4.0);
    }
    2.0 * best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: [Point; 4] = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)];
    /// An L shape: concave corner at (0.5, 0.5).
    const ELL: [Point; 6] = [
        (0.0, 0.0),
        (0.5, 0.0),
        (0.5, 0.5),
        (1.0, 0.5),
        (1.0, 1.0),
        (0.0, 1.0),
    ];

    #[test]
    fn contains_handles_concave_shapes_and_edges() {
        assert!(contains(&ELL, (0.25, 0.25)));
        assert!(contains(&ELL, (0.75, 0.75)));
        assert!(!contains(&ELL, (0.75, 0.25)), "the notch is outside");
        assert!(
            contains(&SQUARE, (1.0, 0.5)),
            "a point on an edge is inside"
        );
        assert!(contains(&SQUARE, (0.0, 0.0)), "a vertex is inside");
        assert!(!contains(&SQUARE, (1.01, 0.5)));
        assert!(
            !contains(&SQUARE[..2], (0.5, 0.0)),
            "two points are no polygon"
        );
    }

    #[test]
    fn mirrored_shapes_hit_mirrored_points() {
        let mirrored: Vec<Point> = ELL.iter().map(|&(x, y)| (1.0 - x, y)).collect();
        for &p in &[(0.25, 0.25), (0.75, 0.25), (0.6, 0.9), (0.9, 0.1)] {
            assert_eq!(contains(&ELL, p), contains(&mirrored, (1.0 - p.0, p.1)));
        }
    }

    #[test]
    fn detects_self_crossing() {
        let bow_tie = [(0.0, 0.0), (1.0, 1.0), (1.0, 0.0), (0.0, 1.0)];
        assert_eq!(self_crossing(&bow_tie), Some((0, 2)));
        assert_eq!(self_crossing(&SQUARE), None);
        assert_eq!(self_crossing(&ELL), None);
        let touching = [(0.0, 0.0), (1.0, 0.0), (0.5, 0.0), (0.5, 1.0)];
        assert!(
            self_crossing(&touching).is_some(),
            "an edge folding back counts"
        );
    }

    #[test]
    fn area_and_centroid() {
        assert!((area(&SQUARE) - 1.0).abs() < 1e-6);
        assert!((area(&ELL) - 0.75).abs() < 1e-6);
        let (x, y) = centroid(&SQUARE);
        assert!((x - 0.5).abs() < 1e-6 && (y - 0.5).abs() < 1e-6);
    }
    #[test]
    fn nearest_in_direction_follows_the_arrow() {
        // A plus sign: centre 0, up 1, down 2, left 3, right 4, and a far
        // diagonal point 5 that is closer in distance than nothing ahead.
        let points = [
            (0.5, 0.5),
            (0.5, 0.2),
            (0.5, 0.8),
            (0.2, 0.5),
            (0.8, 0.5),
            (0.62, 0.38),
        ];
        assert_eq!(nearest_in_direction(&points, 0, Direction::Up), Some(1));
        assert_eq!(nearest_in_direction(&points, 0, Direction::Down), Some(2));
        assert_eq!(nearest_in_direction(&points, 0, Direction::Left), Some(3));
        assert_eq!(nearest_in_direction(&points, 0, Direction::Right), Some(4));
        assert_eq!(
            nearest_in_direction(&points, 1, Direction::Up),
            None,
            "nothing above the top"
        );
        assert_eq!(nearest_in_direction(&points, 9, Direction::Up), None);
    }

    #[test]
    fn nearest_in_direction_is_mirror_symmetric() {
        let points = [
            (0.3, 0.5),
            (0.1, 0.4),
            (0.2, 0.7),
            (0.7, 0.5),
            (0.9, 0.4),
            (0.8, 0.7),
        ];
        let mirrored: Vec<Point> = points.iter().map(|&(x, y)| (1.0 - x, y)).collect();
        assert_eq!(nearest_in_direction(&points, 0, Direction::Left), Some(1));
        assert_eq!(
            nearest_in_direction(&mirrored, 0, Direction::Right),
            Some(1)
        );
    }

    #[test]
    fn inscribed_circles_of_squares_and_concave_shapes() {
        assert!((inscribed_diameter(&SQUARE) - 1.0).abs() < 0.02);
        // The arms are 0.5 wide; at the bend a circle touching both outer
        // walls and the inner corner is wider: 1 / (1 + 1/√2).
        let d = inscribed_diameter(&ELL);
        assert!((d - 0.586).abs() < 0.01, "{d}");
        let thin = [(0.0, 0.0), (10.0, 0.0), (10.0, 0.2), (0.0, 0.2)];
        assert!((inscribed_diameter(&thin) - 0.2).abs() < 0.01);
        assert_eq!(inscribed_diameter(&SQUARE[..2]), 0.0);
        assert!(holds_circle(&SQUARE, 0.98));
        assert!(!holds_circle(&SQUARE, 1.02));
        assert!(holds_circle(&ELL, 0.55), "only at the bend");
        assert!(!holds_circle(&thin, 0.25));
    }
}
