//! A map path's `d` turned into polylines with its work bounded before it
//! is done: every point (control points included, after the transform) must
//! lie near the drawing's view box, curves are flattened with a tolerance
//! taken from the drawing's size, and flattening stops as soon as a path or
//! the whole drawing passes its cap. So a hostile number (`C 1e30 -1e30 …`)
//! costs a message, never millions of points.

use kurbo::{Affine, BezPath, PathEl, Point as KPoint};

use super::geometry::Point;

/// Most points one path may have once its curves are flattened (a region's
/// outline is checked against every other edge, so it must stay small).
pub const MAX_PATH_POINTS: usize = 2_000;
/// Most points in one whole drawing (the shipped ones have about 1,100).
pub const MAX_DRAWING_POINTS: usize = 50_000;
/// The flattening tolerance is the drawing's larger side divided by this
/// (a quarter unit on an 800-unit body map), but never coarser than a
/// quarter unit unless the drawing is under 100 units (then its side / 400):
/// always a fixed share of the drawing, so the points a curve gets do not
/// grow with its numbers, and the shipped maps are flattened as before.
const TOLERANCE_DIVISOR: f64 = 3_200.0;
const SMALL_TOLERANCE: f64 = 0.25;
const SMALL_TOLERANCE_DIVISOR: f64 = 400.0;

/// The flattening tolerance for a drawing whose larger side is `size`.
fn tolerance_for(size: f64) -> f64 {
    (size / TOLERANCE_DIVISOR).max(SMALL_TOLERANCE.min(size / SMALL_TOLERANCE_DIVISOR))
}
/// Numbers in path data may be at most this many times the drawing's larger
/// side (a transform may scale them down): checked before arcs are turned
/// into curves, which takes longer the larger their radius.
const RAW_NUMBER_FACTOR: f64 = 1_000.0;
/// Most segments one path's data may have (each gives a point or more).
const MAX_PATH_SEGMENTS: usize = 4 * MAX_PATH_POINTS;
/// Largest and smallest view box side accepted, in SVG units.
pub const MAX_VIEW_BOX_SIDE: f64 = 1.0e6;
pub const MIN_VIEW_BOX_SIDE: f64 = 1.0;

/// What a drawing allows: where its points may lie, how finely curves are
/// flattened, and how many points are left to spend.
#[derive(Clone, Debug)]
pub struct Budget {
    /// The view box grown by its own size on every side: art may overhang
    /// the page a little, never by millions of units.
    min: KPoint,
    max: KPoint,
    tolerance: f64,
    /// Points closer than this are one point.
    same_point: f32,
    /// The largest number path data may hold.
    raw_limit: f64,
    width: f64,
    height: f64,
    points_left: usize,
}

impl Budget {
    /// The budget of a drawing whose view box is `0 0 width height`.
    pub fn new(width: f64, height: f64) -> Self {
        Self {
            min: KPoint::new(-width, -height),
            max: KPoint::new(2.0 * width, 2.0 * height),
            tolerance: tolerance_for(width.max(height)),
            same_point: (tolerance_for(width.max(height)) / 250.0) as f32,
            raw_limit: width.max(height) * RAW_NUMBER_FACTOR,
            width,
            height,
            points_left: MAX_DRAWING_POINTS,
        }
    }

    /// Takes `points` from what is left; false (nothing taken) when there
    /// are not that many.
    pub fn spend(&mut self, points: usize) -> bool {
        match self.points_left.checked_sub(points) {
            Some(left) => {
                self.points_left = left;
                true
            }
            None => false,
        }
    }

    fn contains(&self, p: KPoint) -> bool {
        p.is_finite()
            && p.x >= self.min.x
            && p.x <= self.max.x
            && p.y >= self.min.y
            && p.y <= self.max.y
    }

    /// `p` if it lies near the drawing, else why not (for a point named by
    /// its role, "a point" or "the label").
    pub fn check(&self, p: KPoint, what: &str) -> Result<KPoint, String> {
        if self.contains(p) {
            Ok(p)
        } else {
            Err(format!(
                "has {what} at ({}, {}), far outside the drawing (viewBox 0 0 {} {}); check the \
                 path's numbers and any transform",
                number(p.x),
                number(p.y),
                number(self.width),
                number(self.height)
            ))
        }
    }
}

/// A coordinate as a person would write it: `12.5`, or `1e30` when huge.
fn number(value: f64) -> String {
    if value.is_finite() && value.abs() < 1.0e6 {
        let text = format!("{value:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        format!("{value:e}")
    }
}

/// Every number in `d` within the drawing's raw limit (and not vanishingly
/// small), and not too many
/// segments: read as written, before arcs become curves (an arc of radius
/// 1e38 would become millions of them).
fn check_numbers(d: &str, budget: &Budget) -> Result<(), String> {
    use svgtypes::PathSegment as S;
    for (count, segment) in svgtypes::PathParser::from(d).enumerate() {
        if count >= MAX_PATH_SEGMENTS {
            return Err(format!(
                "has more than {MAX_PATH_SEGMENTS} segments in its path data; simplify it"
            ));
        }
        let segment = segment.map_err(|err| format!("has path data that cannot be read: {err}"))?;
        let numbers: &[f64] = match segment {
            S::MoveTo { x, y, .. } | S::LineTo { x, y, .. } | S::SmoothQuadratic { x, y, .. } => {
                &[x, y]
            }
            S::HorizontalLineTo { x, .. } => &[x],
            S::VerticalLineTo { y, .. } => &[y],
            S::CurveTo {
                x1,
                y1,
                x2,
                y2,
                x,
                y,
                ..
            } => &[x1, y1, x2, y2, x, y],
            S::SmoothCurveTo { x2, y2, x, y, .. } => &[x2, y2, x, y],
            S::Quadratic { x1, y1, x, y, .. } => &[x1, y1, x, y],
            S::EllipticalArc {
                rx,
                ry,
                x_axis_rotation,
                x,
                y,
                ..
            } => &[rx, ry, x_axis_rotation, x, y],
            S::ClosePath { .. } => &[],
        };
        if let Some(&far) = numbers
            .iter()
            .find(|v| !v.is_finite() || v.abs() > budget.raw_limit)
        {
            return Err(format!(
                "has the number {} in its path data, far larger than the drawing (viewBox 0 0 \
                 {} {}); check the path's numbers",
                number(far),
                number(budget.width),
                number(budget.height)
            ));
        }
        // Tinier than any drawing needs: squared in an arc's maths it
        // becomes 0 and the arc cannot be solved (found by the fuzz target).
        if let Some(&tiny) = numbers
            .iter()
            .find(|v| **v != 0.0 && v.abs() < MIN_PATH_NUMBER)
        {
            return Err(format!(
                "has the number {tiny:e} in its path data, too small to draw with; write 0 instead"
            ));
        }
    }
    Ok(())
}

/// The smallest number other than 0 a path may hold. Any difference of two
/// such numbers, squared and divided by a radius squared, stays far from
/// underflowing to 0.
const MIN_PATH_NUMBER: f64 = 1e-100;

/// A path's `d` as curves, and which subpaths were left open (no `Z`).
fn bez_path(d: &str) -> Result<(BezPath, Vec<usize>), String> {
    let mut path = BezPath::new();
    let mut subpath_open = false;
    let mut open = Vec::new();
    let mut subpath = 0usize;
    for segment in svgtypes::SimplifyingPathParser::from(d) {
        let segment = segment.map_err(|err| format!("has path data that cannot be read: {err}"))?;
        match segment {
            svgtypes::SimplePathSegment::MoveTo { x, y } => {
                if subpath_open {
                    open.push(subpath);
                }
                if !path.elements().is_empty() {
                    subpath += 1;
                }
                path.move_to((x, y));
                subpath_open = true;
            }
            svgtypes::SimplePathSegment::LineTo { x, y } => path.line_to((x, y)),
            svgtypes::SimplePathSegment::CurveTo {
                x1,
                y1,
                x2,
                y2,
                x,
                y,
            } => path.curve_to((x1, y1), (x2, y2), (x, y)),
            svgtypes::SimplePathSegment::Quadratic { x1, y1, x, y } => {
                path.quad_to((x1, y1), (x, y));
            }
            svgtypes::SimplePathSegment::ClosePath => {
                path.close_path();
                subpath_open = false;
            }
        }
    }
    if subpath_open {
        open.push(subpath);
    }
    Ok((path, open))
}

/// Every point `el` is drawn through, its control points included (a curve
/// stays inside their hull).
fn points_of(el: PathEl) -> ([KPoint; 3], usize) {
    match el {
        PathEl::MoveTo(p) | PathEl::LineTo(p) => ([p, p, p], 1),
        PathEl::QuadTo(a, b) => ([a, b, b], 2),
        PathEl::CurveTo(a, b, c) => ([a, b, c], 3),
        PathEl::ClosePath => ([KPoint::ZERO; 3], 0),
    }
}

/// The polylines being built, counting every point against the caps.
struct Lines<'b> {
    lines: Vec<Vec<Point>>,
    points: usize,
    budget: &'b mut Budget,
}

impl Lines<'_> {
    fn start(&mut self, p: KPoint) -> Result<(), String> {
        self.lines.push(Vec::new());
        self.push(p)
    }

    /// Adds a point; curves meeting end to end give the same point twice,
    /// and one is enough (a zero-length edge would read as the outline
    /// touching itself).
    fn push(&mut self, p: KPoint) -> Result<(), String> {
        let p = to_point(p);
        let same = self.budget.same_point;
        let Some(line) = self.lines.last_mut() else {
            return Ok(());
        };
        if line
            .last()
            .is_some_and(|q| (q.0 - p.0).abs() + (q.1 - p.1).abs() <= same)
        {
            return Ok(());
        }
        line.push(p);
        self.points += 1;
        if self.points > MAX_PATH_POINTS {
            return Err(format!(
                "has more than {MAX_PATH_POINTS} points once its curves are flattened; at most \
                 {MAX_PATH_POINTS} are allowed: simplify it"
            ));
        }
        if self.budget.points_left == 0 {
            return Err(format!(
                "brings the drawing past {MAX_DRAWING_POINTS} points once its curves are \
                 flattened; simplify the drawing"
            ));
        }
        self.budget.points_left -= 1;
        Ok(())
    }

    fn close(&mut self) {
        if let Some(line) = self.lines.last_mut()
            && line.len() > 1
            && line.first() == line.last()
        {
            line.pop();
            self.points -= 1;
            self.budget.points_left += 1;
        }
    }
}

/// A path's `d` as polylines in drawing units (closed ones end where they
/// began), and which subpaths were left open. Refused before any work when
/// a point lies far outside the drawing; stopped at the caps.
pub fn flatten(
    d: &str,
    transform: Affine,
    budget: &mut Budget,
) -> Result<(Vec<Vec<Point>>, Vec<usize>), String> {
    if !transform.is_finite() {
        return Err("has a transform that is not a finite number".to_owned());
    }
    check_numbers(d, budget)?;
    let (path, open) = bez_path(d)?;
    let path = transform * path;
    for &el in path.elements() {
        let (points, n) = points_of(el);
        for p in &points[..n] {
            budget.check(*p, "a point")?;
        }
    }
    let tolerance = budget.tolerance;
    let mut lines = Lines {
        lines: Vec::new(),
        points: 0,
        budget,
    };
    let (mut start, mut last) = (KPoint::ZERO, KPoint::ZERO);
    for &el in path.elements() {
        match el {
            PathEl::MoveTo(p) => {
                lines.start(p)?;
                (start, last) = (p, p);
            }
            PathEl::LineTo(p) => {
                lines.push(p)?;
                last = p;
            }
            PathEl::QuadTo(_, p) | PathEl::CurveTo(_, _, p) => {
                // One segment at a time, so the caps stop the work between
                // segments; one segment inside the bounds gives at most a
                // few hundred points at this tolerance.
                let mut result = Ok(());
                kurbo::flatten([PathEl::MoveTo(last), el], tolerance, |flat| {
                    if let PathEl::LineTo(q) = flat
                        && result.is_ok()
                    {
                        result = lines.push(q);
                    }
                });
                result?;
                last = p;
            }
            PathEl::ClosePath => {
                lines.close();
                last = start;
            }
        }
    }
    Ok((lines.lines, open))
}

pub fn to_point(p: KPoint) -> Point {
    (p.x as f32, p.y as f32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn budget() -> Budget {
        Budget::new(340.0, 800.0)
    }

    #[test]
    fn huge_control_points_are_refused_before_any_work() {
        for huge in ["1e18", "1e24", "1e30", "1e308"] {
            let d = format!("M 10 10 C {huge} -{huge} -{huge} {huge} 20 20 Z");
            let started = Instant::now();
            let err = flatten(&d, Affine::IDENTITY, &mut budget()).unwrap_err();
            assert!(err.contains("far larger than the drawing"), "{huge}: {err}");
            assert!(started.elapsed().as_millis() < 50, "{huge}");
        }
        let err = flatten(
            "M 10 10 C 1e30 -1e30 0 0 20 20 Z",
            Affine::IDENTITY,
            &mut budget(),
        )
        .unwrap_err();
        assert!(err.contains("the number 1e30 in its path data"), "{err}");
        // Past f64: a number that cannot be read at all.
        assert!(flatten("M 10 10 L 1e400 0 Z", Affine::IDENTITY, &mut budget()).is_err());
    }

    #[test]
    fn a_huge_arc_is_refused_before_it_becomes_curves() {
        let started = Instant::now();
        let err = flatten(
            "M 100 100 A 50 50 0 0 1 1e38 100",
            Affine::IDENTITY,
            &mut budget(),
        )
        .unwrap_err();
        assert!(err.contains("the number 1e38"), "{err}");
        let err = flatten(
            "M 1 1 A 1e30 1e30 0 0 1 2 2",
            Affine::IDENTITY,
            &mut budget(),
        )
        .unwrap_err();
        assert!(err.contains("far larger than the drawing"), "{err}");
        assert!(started.elapsed().as_millis() < 50);
        let many = format!("M 0 0 {}", "Z ".repeat(10_000));
        let err = flatten(&many, Affine::IDENTITY, &mut budget()).unwrap_err();
        assert!(err.contains("segments"), "{err}");
    }

    #[test]
    fn a_huge_transform_is_refused_too() {
        let err = flatten("M 1 1 L 2 2 L 1 3 Z", Affine::scale(1e30), &mut budget()).unwrap_err();
        assert!(err.contains("far outside"), "{err}");
        let nan = Affine::new([f64::NAN, 0.0, 0.0, 1.0, 0.0, 0.0]);
        assert!(flatten("M 1 1 L 2 2 Z", nan, &mut budget()).is_err());
    }

    #[test]
    fn flattening_stops_at_the_cap() {
        // Many curves, each within bounds: stopped just past the cap.
        let d = format!(
            "M 0 0 {} Z",
            "C 340 0 0 800 340 800 C 0 800 340 0 0 0 ".repeat(1_000)
        );
        let started = Instant::now();
        let err = flatten(&d, Affine::IDENTITY, &mut budget()).unwrap_err();
        assert!(err.contains("more than 2000 points"), "{err}");
        assert!(started.elapsed().as_millis() < 200);
    }

    #[test]
    fn the_drawing_has_a_budget_of_its_own() {
        let mut budget = budget();
        let square = "M 0 0 L 100 0 L 100 100 L 0 100 Z";
        let many = square.repeat(400);
        let mut refused = None;
        for i in 0..100 {
            if let Err(err) = flatten(&many, Affine::IDENTITY, &mut budget) {
                refused = Some((i, err));
                break;
            }
        }
        let (i, err) = refused.unwrap();
        assert!(i > 10, "paths before the cap are drawn");
        assert!(err.contains("past 50000 points"), "{err}");
    }

    #[test]
    fn tolerance_follows_the_drawing_size() {
        let curve = |size: f64| {
            let d = format!("M 0 0 C 0 {size} {size} {size} {size} 0 Z");
            let (lines, _) = flatten(&d, Affine::IDENTITY, &mut Budget::new(size, size)).unwrap();
            lines[0].len()
        };
        assert_eq!(curve(1.0), curve(50.0), "small drawings: side / 400");
        assert_eq!(
            curve(1_000.0),
            curve(1_000_000.0),
            "large ones: side / 3200"
        );
        assert!(curve(1.0) > 8, "a curve is more than a line");
        assert!(curve(1_000_000.0) < 200, "however large its numbers");
        assert_eq!(tolerance_for(800.0), 0.25, "the body maps as before");
        assert_eq!(tolerance_for(400.0), 0.25, "the feet too");
    }

    #[test]
    fn numbers_read_well() {
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(340.0), "340");
        assert_eq!(number(1e30), "1e30");
        assert_eq!(number(-1e30), "-1e30");
    }
}
