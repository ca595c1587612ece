//! Regions: names, outlines that can be drawn and hit, reflex links.

use super::{Checker, Ids, Located, Seg};
use crate::content::Region;
use crate::content::geometry;

/// Most points an outline may have. Checking that an outline does not cross
/// itself compares every pair of edges, so a hostile file with 100,000
/// points must be refused before that check, not after minutes of it.
pub const MAX_OUTLINE_POINTS: usize = 2_000;

type Problems<'a> = Vec<(Vec<Seg<'a>>, String)>;

pub(super) fn check_region(
    check: &mut Checker,
    item: &Located<Region>,
    ids: &Ids,
    all: &[Located<Region>],
) {
    let region = &item.value;
    let mut problems = Problems::new();
    if region.name.trim().is_empty() {
        problems.push((vec![Seg::Field("name")], "has an empty name".to_owned()));
    }
    if let Some(problem) = outline_problem(&region.outline) {
        problems.push(problem);
    }
    reflex_problems(region, ids, all, &mut problems);
    check.report_all(item, &format!("region '{}' ", region.id), problems);
}

/// The first thing wrong with an outline, if any: too few or too many
/// points, a point off the map, an edge crossing another, no area.
fn outline_problem(outline: &[(f32, f32)]) -> Option<(Vec<Seg<'static>>, String)> {
    let whole = || vec![Seg::Field("outline")];
    let point = |i: usize| vec![Seg::Field("outline"), Seg::Index(i)];
    if outline.len() < 3 {
        let message = format!(
            "outline has {} points; a shape needs at least 3",
            outline.len()
        );
        return Some((whole(), message));
    }
    if outline.len() > MAX_OUTLINE_POINTS {
        let message = format!(
            "outline has {} points; at most {MAX_OUTLINE_POINTS} are allowed: simplify the shape",
            outline.len()
        );
        return Some((whole(), message));
    }
    let off_map = |&(x, y): &(f32, f32)| !(0.0..=1.0).contains(&x) || !(0.0..=1.0).contains(&y);
    if let Some(i) = outline.iter().position(off_map) {
        let (x, y) = outline[i];
        let message =
            format!("point ({x}, {y}) lies outside the map; coordinates run from 0.0 to 1.0");
        return Some((point(i), message));
    }
    if let Some((a, b)) = geometry::self_crossing(outline) {
        let message = format!(
            "outline crosses itself (edge from point {} meets edge from point {}); reorder the \
             points around the shape",
            a + 1,
            b + 1
        );
        return Some((point(b), message));
    }
    (geometry::area(outline) < 1e-4)
        .then(|| (whole(), "outline encloses almost no area".to_owned()))
}

/// Only foot zones link to the body, and only to body regions that exist.
fn reflex_problems<'a>(
    region: &'a Region,
    ids: &Ids,
    all: &[Located<Region>],
    out: &mut Problems<'a>,
) {
    if !region.reflex_for.is_empty() && !region.map.is_foot() {
        let message = format!(
            "is on the {} map; only foot reflex zones have reflex_for",
            region.map.label()
        );
        out.push((vec![Seg::Field("reflex_for")], message));
    }
    for target in &region.reflex_for {
        let path = vec![Seg::Field("reflex_for"), Seg::Str(target)];
        match ids.get(target) {
            None => {
                let hint = ids.hint(target);
                let message = format!("reflex_for names unknown region '{target}'{hint}");
                out.push((path, message));
            }
            Some(i) if all[i].value.map.is_foot() => {
                let message =
                    format!("reflex_for names '{target}', which is a foot zone; name body regions");
                out.push((path, message));
            }
            Some(_) => {}
        }
    }
}
