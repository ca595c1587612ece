//! Regions: names, outlines that can be drawn and hit, reflex links.

use std::collections::HashSet;

use super::{Checker, Ids, Located, Seg};
use crate::content::Region;

/// Most points a shape may have once its curves are flattened. Checking
/// that an outline does not cross itself compares every pair of edges, so a
/// hostile file with 100,000 points is refused before that check.
pub const MAX_OUTLINE_POINTS: usize = 2_000;

type Problems<'a> = Vec<(Vec<Seg<'a>>, String)>;

pub(super) fn check_region(
    check: &mut Checker,
    item: &Located<Region>,
    ids: &Ids,
    all: &[Located<Region>],
    charts: &HashSet<&str>,
) {
    let region = &item.value;
    let mut problems = Problems::new();
    if region.name.trim().is_empty() {
        problems.push((vec![Seg::Field("name")], "has an empty name".to_owned()));
    }
    reflex_problems(region, ids, all, charts, &mut problems);
    check.report_all(item, &format!("region '{}' ", region.id), problems);
}

/// Only chart zones link to the body, and only to body regions that exist.
fn reflex_problems<'a>(
    region: &'a Region,
    ids: &Ids,
    all: &[Located<Region>],
    charts: &HashSet<&str>,
    out: &mut Problems<'a>,
) {
    if !region.reflex_for.is_empty() && !charts.contains(region.map.as_str()) {
        let message = format!(
            "is on the map '{}', which is not a reflex chart; only chart zones have reflex_for",
            region.map
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
            Some(i) if charts.contains(all[i].value.map.as_str()) => {
                let message = format!(
                    "reflex_for names '{target}', which is a chart zone; name body regions"
                );
                out.push((path, message));
            }
            Some(_) => {}
        }
    }
}
