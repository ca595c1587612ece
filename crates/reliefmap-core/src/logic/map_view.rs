//! A view's maps on screen and the names drawn on them: where the row of
//! maps goes (leaving room for names when the window allows), which
//! regions ask for a name, where the guide lines' names go, and the test
//! that a name fits inside its region. The placing itself is
//! [`super::labels`]. Screen pixels, no egui types.

use super::labels::{
    Box2, LabelRequest, LabelSpace, Margin, PlacedLabel, overlaps, place_labels, within,
};
use crate::content::geometry::{self, Point};
use crate::content::{Catalogue, Region, RegionId};
use crate::logic::map::{Guide, MapShapes};

/// The name drawn on the map for a region: its short label, or its name.
pub fn map_label(region: &Region) -> &str {
    region.label.as_deref().unwrap_or(&region.name)
}

/// One map of a view, placed on screen.
#[derive(Clone, Copy, Debug)]
pub struct OnScreen<'a> {
    pub shapes: &'a MapShapes,
    pub rect: Box2,
}

impl OnScreen<'_> {
    /// A normalized map point on screen.
    pub fn to_screen(&self, (x, y): Point) -> Point {
        let ((x0, y0), (x1, y1)) = self.rect;
        (x0 + x * (x1 - x0), y0 + y * (y1 - y0))
    }

    /// A screen point in normalized map coordinates.
    pub fn to_map(&self, (x, y): Point) -> Point {
        let ((x0, y0), (x1, y1)) = self.rect;
        (
            (x - x0) / (x1 - x0).max(1e-3),
            (y - y0) / (y1 - y0).max(1e-3),
        )
    }
}

/// Screen boxes for a view's maps (widths over heights given) side by side
/// in `area`, as large as fits, centred. With `column_px` > 0 the row
/// leaves that much room each side for names, shrinking the maps for it,
/// but never below the size they have in an 800×600 window: being easy to
/// hit comes before being named.
pub fn place_maps(aspects: &[f32], area: Box2, column_px: f32) -> Vec<Box2> {
    let ((x0, y0), (x1, y1)) = area;
    let (w, h) = (x1 - x0, y1 - y0);
    let full = geometry::fit_row(aspects, (w, h));
    let height = |row: &[(f32, f32, f32, f32)]| row.first().map_or(0.0, |r| r.3);
    let row_width = |row: &[(f32, f32, f32, f32)]| {
        row.first()
            .zip(row.last())
            .map_or(0.0, |(a, b)| b.0 + b.2 - a.0)
    };
    let spare = w - row_width(&full);
    let row = if column_px > 0.0 && spare < 2.0 * column_px {
        let floor = height(&geometry::fit_row(aspects, geometry::REFERENCE_MAP_AREA));
        let narrower = geometry::fit_row(aspects, ((w - 2.0 * column_px).max(0.0), h));
        let target = height(&narrower).max(floor).min(height(&full));
        // The same row at the chosen height, centred in the whole area.
        geometry::fit_row(aspects, (w, target))
            .into_iter()
            .map(|(x, y, rw, rh)| (x, y + (h - target) / 2.0, rw, rh))
            .collect()
    } else {
        full
    };
    row.into_iter()
        .map(|(x, y, w, h)| ((x0 + x, y0 + y), (x0 + x + w, y0 + y + h)))
        .collect()
}

/// Which labels a view shows.
pub struct Wanted<'a> {
    /// Every region's (the L key), or only the required ones.
    pub all: bool,
    /// Selected, hovered, linked: labelled whatever `all` says.
    pub required: &'a dyn Fn(RegionId) -> bool,
    /// Width and height of a label's text on screen.
    pub measure: &'a dyn Fn(&str) -> (f32, f32),
    /// The same for a guide line's name (smaller type).
    pub measure_guide: &'a dyn Fn(&str) -> (f32, f32),
}

/// Everything named on a view: the regions' labels and the guide lines'
/// names (given once per view, on its first map that has guides).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewLabels {
    pub regions: Vec<PlacedLabel>,
    pub guides: Vec<(String, Box2)>,
    /// Names asked for that found no room.
    pub hidden: usize,
}

/// Where a guide line's name goes: left of a level line's start (in the
/// margin, or just above the line when the margin is too narrow), or above
/// the top of an upright line.
fn guide_name_box(map: &OnScreen, guide: &Guide, area: Box2, (w, h): (f32, f32)) -> Option<Box2> {
    let points: Vec<Point> = guide.points.iter().map(|&p| map.to_screen(p)).collect();
    let (lo, hi) = points.iter().fold(
        ((f32::MAX, f32::MAX), (f32::MIN, f32::MIN)),
        |(lo, hi), &(x, y)| ((lo.0.min(x), lo.1.min(y)), (hi.0.max(x), hi.1.max(y))),
    );
    if hi.0 - lo.0 >= hi.1 - lo.1 {
        let start = points.iter().copied().min_by(|a, b| a.0.total_cmp(&b.0))?;
        let in_margin = (
            (start.0 - 4.0 - w, start.1 - h / 2.0),
            (start.0 - 4.0, start.1 + h / 2.0),
        );
        Some(if within(in_margin, area) {
            in_margin
        } else {
            (
                (start.0 + 2.0, start.1 - h - 2.0),
                (start.0 + 2.0 + w, start.1 - 2.0),
            )
        })
    } else {
        let top = points.iter().copied().min_by(|a, b| a.1.total_cmp(&b.1))?;
        Some((
            (top.0 - w / 2.0, top.1 - h - 2.0),
            (top.0 + w / 2.0, top.1 - 2.0),
        ))
    }
}

/// The guide lines' names that have room: inside the area, clear of the
/// taken boxes and of each other.
fn guide_names(map: &OnScreen, area: Box2, taken: &[Box2], wanted: &Wanted) -> Vec<(String, Box2)> {
    let mut names: Vec<(String, Box2)> = Vec::new();
    for guide in &map.shapes.guides {
        let size = (wanted.measure_guide)(&guide.name);
        let free = |rect: &Box2| {
            within(*rect, area)
                && !taken
                    .iter()
                    .chain(names.iter().map(|(_, r)| r))
                    .any(|&t| overlaps(*rect, t))
        };
        if let Some(rect) = guide_name_box(map, guide, area, size).filter(free) {
            names.push((guide.name.clone(), rect));
        }
    }
    names
}

/// Places the labels of a view's maps: the request for each region that
/// wants one, margins beside the row of maps, and the inside test that the
/// box covers only the region itself.
pub fn view_labels(
    catalogue: &Catalogue,
    maps: &[OnScreen],
    area: Box2,
    mut taken: Vec<Box2>,
    wanted: &Wanted,
) -> ViewLabels {
    let Some((first, last)) = maps.first().zip(maps.last()) else {
        return ViewLabels::default();
    };
    let guides = maps
        .iter()
        .find(|m| !m.shapes.guides.is_empty())
        .map(|m| guide_names(m, area, &taken, wanted))
        .unwrap_or_default();
    taken.extend(guides.iter().map(|(_, rect)| *rect));
    let space = LabelSpace {
        bounds: area,
        left: (area.0.0, first.rect.0.0 - MARGIN_PAD_PX),
        right: (last.rect.1.0 + MARGIN_PAD_PX, area.1.0),
        taken,
    };
    let middle = (first.rect.0.0 + last.rect.1.0) / 2.0;
    let requests = label_requests(catalogue, maps, middle, wanted);
    let map_of = |key: RegionId| maps.iter().find(|m| m.shapes.shape(key).is_some());
    let regions = place_labels(&requests, &space, |request, rect| {
        map_of(request.key).is_some_and(|map| fits_inside(catalogue, map, request.key, rect))
    });
    ViewLabels {
        hidden: requests.len().saturating_sub(regions.len()),
        regions,
        guides,
    }
}

/// A request for each region that wants a name, the biggest regions first
/// (the ones a newcomer looks for): every region when all names are on, a
/// group once for both its sides unless a side is wanted on its own.
fn label_requests(
    catalogue: &Catalogue,
    maps: &[OnScreen],
    middle: f32,
    wanted: &Wanted,
) -> Vec<LabelRequest> {
    let mut requests: Vec<(f32, LabelRequest)> = Vec::new();
    for map in maps {
        for shape in &map.shapes.regions {
            let region = shape.region;
            let required = (wanted.required)(region);
            let parent = catalogue.parent(region);
            let shown = if let Some(parent) = parent {
                // A side of a group: on its own only when asked for.
                required || (!wanted.all && (wanted.required)(parent))
            } else if shape.is_group {
                let side_wanted = catalogue
                    .children(region)
                    .iter()
                    .any(|&c| (wanted.required)(c));
                (wanted.all || required) && !side_wanted
            } else {
                wanted.all || required
            };
            let Some(r) = catalogue.regions.get(region).filter(|_| shown) else {
                continue;
            };
            let anchor = map.to_screen(shape.label_at);
            let request = LabelRequest {
                key: region,
                anchor,
                size: (wanted.measure)(map_label(r)),
                required: required || parent.is_some_and(|p| (wanted.required)(p)),
                margin: if anchor.0 < middle {
                    Margin::Left
                } else {
                    Margin::Right
                },
            };
            requests.push((shape.area, request));
        }
    }
    requests.sort_by(|a, b| b.0.total_cmp(&a.0));
    requests.into_iter().map(|(_, r)| r).collect()
}

/// Whether a name's box lies on its region (or its group's sides) only:
/// probed at its corners, edge middles and middle.
fn fits_inside(catalogue: &Catalogue, map: &OnScreen, region: RegionId, (lo, hi): Box2) -> bool {
    let (mx, my) = ((lo.0 + hi.0) / 2.0, (lo.1 + hi.1) / 2.0);
    // A group's name spans the gap between its sides (the spine): its box
    // is probed either side of the middle, not on it.
    let columns = if map.shapes.shape(region).is_some_and(|s| s.is_group) {
        vec![lo.0, (lo.0 + mx) / 2.0, (mx + hi.0) / 2.0, hi.0]
    } else {
        vec![lo.0, mx, hi.0]
    };
    columns
        .into_iter()
        .flat_map(|x| [(x, lo.1), (x, my), (x, hi.1)])
        .all(|p| {
            map.shapes
                .region_at(map.to_map(p))
                .is_some_and(|hit| hit == region || catalogue.parent(hit) == Some(region))
        })
}

/// Space between a map and its margin labels.
const MARGIN_PAD_PX: f32 = 8.0;
