//! Plane geometry on region outlines: point-in-polygon, self-crossing and
//! nearest region in a direction. Pure functions on `(x, y)` pairs in
//! normalized map coordinates (x right, y down), so content validation, map
//! hit-testing and keyboard navigation share one tested implementation
//! without depending on egui.

pub type Point = (f32, f32);

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
/// it, the one with the smallest distance along the direction plus twice the
/// sideways offset, so that the move follows the arrow rather than jumping
/// to a close point off to the side.
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
            (along > EPSILON).then_some((along + 2.0 * sideways, i))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, i)| i)
}

/// Whether an axis-aligned box of `width` × `height` fits inside `polygon`
/// somewhere: sampled on a fine grid, checking the box's corners, edge
/// midpoints and centre, and that no outline point pokes into it.
pub fn fits_box(polygon: &[Point], width: f32, height: f32) -> bool {
    let (min_x, max_x) = polygon.iter().fold((f32::MAX, f32::MIN), |(lo, hi), p| {
        (lo.min(p.0), hi.max(p.0))
    });
    let (min_y, max_y) = polygon.iter().fold((f32::MAX, f32::MIN), |(lo, hi), p| {
        (lo.min(p.1), hi.max(p.1))
    });
    const STEPS: usize = 40;
    for i in 0..=STEPS {
        for j in 0..=STEPS {
            let x = min_x + (max_x - min_x - width) * i as f32 / STEPS as f32;
            let y = min_y + (max_y - min_y - height) * j as f32 / STEPS as f32;
            let probes = [
                (0.0, 0.0),
                (0.5, 0.0),
                (1.0, 0.0),
                (0.0, 0.5),
                (0.5, 0.5),
                (1.0, 0.5),
                (0.0, 1.0),
                (0.5, 1.0),
                (1.0, 1.0),
            ];
            let inside = probes
                .iter()
                .all(|&(u, v)| contains(polygon, (x + u * width, y + v * height)));
            let poked = polygon
                .iter()
                .any(|&(px, py)| px > x && px < x + width && py > y && py < y + height);
            if inside && !poked {
                return true;
            }
        }
    }
    false
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
    fn fits_box_in_concave_shapes() {
        assert!(fits_box(&SQUARE, 0.9, 0.9));
        assert!(!fits_box(&SQUARE, 1.1, 0.5));
        assert!(fits_box(&ELL, 0.45, 0.95), "the tall arm of the L");
        assert!(!fits_box(&ELL, 0.9, 0.9), "the notch blocks a big box");
    }
}
