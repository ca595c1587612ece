//! Maps: views and maps that name each other, every SVG region matched by a
//! region in regions.ron and back (each reported where it can be fixed: the
//! SVG element or the RON item), and shapes that can be drawn and hit:
//! closed, not crossing themselves, holding a 24 px circle at 800×600
//! (any point within 12 px of its middle hits it; WCAG's target spacing).

use std::collections::HashSet;

use super::regions::MAX_OUTLINE_POINTS;
use super::{Checker, Ids, Located, Parsed, Seg, SourceText};
use crate::content::geometry::{self, REFERENCE_MAP_AREA, fit_row};
use crate::content::svg::{MapArt, RegionArt};
use crate::content::{Diagnostic, MapDef, Maps};

/// The smallest region accepted, in pixels, at the reference window size.
pub const MIN_TARGET_PX: f32 = 24.0;

/// Every map definition with where it was read.
fn defs(parsed: &Parsed) -> Vec<(&Located<Maps>, usize, &MapDef)> {
    parsed
        .maps
        .iter()
        .flat_map(|part| {
            part.value
                .maps
                .iter()
                .enumerate()
                .map(move |(i, d)| (part, i, d))
        })
        .collect()
}

/// Views and maps name each other and their files.
pub(super) fn check_maps(check: &mut Checker, parsed: &Parsed) {
    let defs = defs(parsed);
    let mut seen = HashSet::new();
    for &(part, i, def) in &defs {
        let at = |field| [Seg::Field("maps"), Seg::Index(i), Seg::Field(field)];
        if !seen.insert(def.id.as_str()) {
            let message = format!("duplicate map id '{}'; ids must be unique", def.id);
            check.report(part, &at("id"), message);
        }
        if !parsed.svgs.iter().any(|s| s.rel_path == def.svg) {
            let message = format!(
                "map '{}' names the drawing '{}', which is not in the content; put the SVG there",
                def.id, def.svg
            );
            check.report(part, &at("svg"), message);
        }
    }
    let mut views = HashSet::new();
    for part in &parsed.maps {
        for (i, view) in part.value.views.iter().enumerate() {
            let at = |tail: &[Seg<'static>]| -> Vec<Seg<'static>> {
                [Seg::Field("views"), Seg::Index(i)]
                    .into_iter()
                    .chain(tail.iter().copied())
                    .collect()
            };
            if !views.insert(view.id.as_str()) {
                let message = format!("duplicate view id '{}'; ids must be unique", view.id);
                check.report(part, &at(&[Seg::Field("id")]), message);
            }
            if view.id == crate::content::LIST_VIEW {
                let message = format!(
                    "view id '{}' is the app's own list of all regions; choose another id",
                    view.id
                );
                check.report(part, &at(&[Seg::Field("id")]), message);
            }
            if view.maps.is_empty() {
                let message = format!("view '{}' shows no map; list at least one", view.id);
                check.report(part, &at(&[Seg::Field("maps")]), message);
            }
            for (m, map) in view.maps.iter().enumerate() {
                if !seen.contains(map.as_str()) {
                    let message = format!("view '{}' names unknown map '{map}'", view.id);
                    check.report(part, &at(&[Seg::Field("maps"), Seg::Index(m)]), message);
                }
            }
        }
    }
}

/// Pixels per SVG unit of a map at the reference window size (800×600),
/// in the smallest of the views that show it.
fn reference_scale(parsed: &Parsed, map: &str) -> Option<f32> {
    let art = |id: &str| {
        defs(parsed)
            .into_iter()
            .find(|(_, _, d)| d.id == id)
            .and_then(|(_, _, d)| parsed.svgs.iter().find(|s| s.rel_path == d.svg))
            .and_then(|s| s.art.as_ref())
    };
    parsed
        .maps
        .iter()
        .flat_map(|part| &part.value.views)
        .filter(|v| v.maps.iter().any(|m| m == map))
        .filter_map(|view| {
            let arts: Vec<&MapArt> = view.maps.iter().filter_map(|m| art(m)).collect();
            let aspects: Vec<f32> = arts.iter().map(|a| a.width / a.height).collect();
            let at = view.maps.iter().position(|m| m == map)?;
            let rects = fit_row(&aspects, REFERENCE_MAP_AREA);
            let (_, _, _, h) = *rects.get(at)?;
            Some(h / arts.get(at)?.height)
        })
        .reduce(f32::min)
}

/// Regions in the SVGs and in regions.ron match, and every drawn shape can
/// be drawn and hit.
pub(super) fn check_art(
    check: &mut Checker,
    sources: &[SourceText],
    parsed: &Parsed,
    regions: &Ids,
) {
    let defs = defs(parsed);
    for &(_, _, def) in &defs {
        let Some(svg) = parsed.svgs.iter().find(|s| s.rel_path == def.svg) else {
            continue;
        };
        let Some(art) = &svg.art else { continue };
        let scale = reference_scale(parsed, &def.id);
        for shape in &art.regions {
            let problems = shape_problems(shape, def, parsed, regions, scale);
            for message in problems {
                let display = sources[svg.file].display;
                check.out_push(svg.file, Diagnostic::at(display, shape.pos, message));
            }
        }
    }
    for region in &parsed.regions {
        let r = &region.value;
        match defs.iter().find(|(_, _, d)| d.id == r.map) {
            None => {
                let known: Vec<&str> = defs.iter().map(|(_, _, d)| d.id.as_str()).collect();
                let message = format!(
                    "region '{}' is on map '{}', which maps.ron does not define (maps: {})",
                    r.id,
                    r.map,
                    known.join(", ")
                );
                check.report(region, &[Seg::Field("map")], message);
            }
            Some((_, _, def)) => {
                let drawn = parsed
                    .svgs
                    .iter()
                    .find(|s| s.rel_path == def.svg)
                    .and_then(|s| s.art.as_ref())
                    .is_none_or(|art| art.regions.iter().any(|a| a.id == r.id));
                if !drawn {
                    let message = format!(
                        "region '{}' has no <path id=\"{}\"> in {}; draw it there or remove it",
                        r.id, r.id, def.svg
                    );
                    check.report(region, &[Seg::Field("id")], message);
                }
            }
        }
    }
}

/// What is wrong with one region of a drawing.
fn shape_problems(
    shape: &RegionArt,
    def: &MapDef,
    parsed: &Parsed,
    regions: &Ids,
    scale: Option<f32>,
) -> Vec<String> {
    let id = &shape.id;
    let mut out = Vec::new();
    match regions.get(id) {
        None => out.push(format!(
            "region '{id}' is drawn here but regions.ron does not name it{}; add it there (name, side, map \"{}\")",
            regions.hint(id),
            def.id
        )),
        Some(i) if parsed.regions[i].value.map != def.id => out.push(format!(
            "region '{id}' is drawn on map '{}' but regions.ron puts it on '{}'",
            def.id, parsed.regions[i].value.map
        )),
        Some(_) => {}
    }
    if shape.is_group {
        return out;
    }
    for &sub in &shape.open_subpaths {
        out.push(format!(
            "region '{id}': shape {} is not closed; end its path with Z",
            sub + 1
        ));
    }
    if shape.polygons.is_empty() {
        out.push(format!(
            "region '{id}' has no shape; give its path some data"
        ));
    }
    for polygon in &shape.polygons {
        if let Some(problem) = polygon_problem(polygon, scale) {
            out.push(format!("region '{id}': {problem}"));
            break;
        }
    }
    out
}

/// The first thing wrong with one closed shape, if any.
fn polygon_problem(polygon: &[(f32, f32)], scale: Option<f32>) -> Option<String> {
    if polygon.len() < 3 {
        return Some("a shape has fewer than 3 points".to_owned());
    }
    if polygon.len() > MAX_OUTLINE_POINTS {
        return Some(format!(
            "a shape has {} points once its curves are flattened; at most {MAX_OUTLINE_POINTS} \
             are allowed: simplify it",
            polygon.len()
        ));
    }
    if let Some((a, b)) = geometry::self_crossing(polygon) {
        return Some(format!(
            "its outline crosses itself (near ({:.0}, {:.0}) and ({:.0}, {:.0})); redraw it",
            polygon[a].0, polygon[a].1, polygon[b].0, polygon[b].1
        ));
    }
    let diameter = scale.map(|s| MIN_TARGET_PX / s)?;
    if geometry::holds_circle(polygon, diameter) {
        return None;
    }
    let has = geometry::inscribed_diameter(polygon);
    Some(format!(
        "it is too small to click: at 800×600 it must hold a {MIN_TARGET_PX:.0} px circle \
         ({diameter:.1} units here; it holds {has:.1}); make it wider"
    ))
}
