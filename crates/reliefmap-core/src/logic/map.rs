//! Map model: every map's artwork made ready once at start for drawing,
//! hit-testing and keyboard travel. Shapes come from the maps' SVG files
//! (see [`crate::content::svg`]), in normalized coordinates (0..1 across
//! and down the drawing), with fills triangulated once; no egui types here.

use crate::content::geometry::{self, Point};
use crate::content::svg::MapArt;
use crate::content::{Catalogue, Map, RegionId};

pub use crate::content::LIST_VIEW;

/// A closed shape and the triangles that fill it.
#[derive(Clone, Debug, Default)]
pub struct Polygon {
    pub points: Vec<Point>,
    /// Triangle list into `points`, from ear clipping (shapes may be concave).
    pub triangles: Vec<u32>,
}

impl Polygon {
    fn new(points: Vec<Point>) -> Self {
        let triangles = triangulate(&points);
        Self { points, triangles }
    }
}

/// One region ready to draw and hit-test.
#[derive(Clone, Debug)]
pub struct RegionShape {
    /// Index into [`Catalogue::regions`].
    pub region: RegionId,
    pub polygons: Vec<Polygon>,
    /// Where keyboard travel measures from: the centre of the largest part.
    pub centre: Point,
    /// Where its label points: the SVG's anchor, or the centre.
    pub label_at: Point,
    /// Bounding box (min, max): the focus widget's rect.
    pub bounds: (Point, Point),
    /// Area in normalized units; the smallest region under a point wins.
    pub area: f32,
    /// A group (both sides of the lower back): drawn and hit through its
    /// parts, labelled once for both.
    pub is_group: bool,
    /// What a screen reader says: the name, the chart pairing, cautions.
    pub access_label: String,
}

/// A named guide line (the chart's diaphragm line).
#[derive(Clone, Debug)]
pub struct Guide {
    pub name: String,
    pub points: Vec<Point>,
}

/// One map's drawing, normalized.
#[derive(Clone, Debug, Default)]
pub struct MapShapes {
    /// The map's id in `maps.ron`.
    pub id: String,
    /// Width divided by height.
    pub aspect: f32,
    pub silhouette: Vec<Polygon>,
    pub details: Vec<Vec<Point>>,
    pub guides: Vec<Guide>,
    /// Largest first, so that smaller regions are drawn on top.
    pub regions: Vec<RegionShape>,
    /// Indices into `regions` in reading order (top to bottom in bands,
    /// then left to right), groups left out: the keyboard's order.
    pub focus_order: Vec<usize>,
}

impl MapShapes {
    fn new(catalogue: &Catalogue, map: &Map) -> Self {
        let art = &map.art;
        let normalize = |points: &[Point]| -> Vec<Point> {
            points
                .iter()
                .map(|&(x, y)| (x / art.width.max(1.0), y / art.height.max(1.0)))
                .collect()
        };
        let mut regions: Vec<RegionShape> = art
            .regions
            .iter()
            .filter_map(|r| {
                let region = catalogue.region_index(&r.id)?;
                Some(region_shape(
                    catalogue,
                    region,
                    r.polygons.iter().map(|p| Polygon::new(normalize(p))),
                    r.label.map(|p| normalize(&[p])[0]),
                    r.is_group,
                ))
            })
            .collect();
        regions.sort_by(|a, b| b.area.total_cmp(&a.area));
        let mut focus_order: Vec<usize> = (0..regions.len())
            .filter(|&i| !regions[i].is_group)
            .collect();
        let band = |s: &RegionShape| (s.centre.1 * 20.0).floor() as i32;
        focus_order.sort_by(|&a, &b| {
            let (a, b) = (&regions[a], &regions[b]);
            band(a)
                .cmp(&band(b))
                .then(a.centre.0.total_cmp(&b.centre.0))
        });
        Self {
            id: map.def.id.clone(),
            aspect: map.aspect_ratio(),
            silhouette: art
                .silhouette
                .iter()
                .map(|p| Polygon::new(normalize(p)))
                .collect(),
            details: art.details.iter().map(|p| normalize(p)).collect(),
            guides: guides(art, &normalize),
            regions,
            focus_order,
        }
    }

    /// The region under a point: the smallest that contains it, so a zone
    /// drawn on top of a larger one wins.
    pub fn region_at(&self, point: Point) -> Option<RegionId> {
        self.regions
            .iter()
            .rev()
            .filter(|s| !s.is_group)
            .find(|s| s.contains(point))
            .map(|s| s.region)
    }

    pub fn shape(&self, region: RegionId) -> Option<&RegionShape> {
        self.regions.iter().find(|s| s.region == region)
    }
}

fn guides(art: &MapArt, normalize: &dyn Fn(&[Point]) -> Vec<Point>) -> Vec<Guide> {
    art.guides
        .iter()
        .map(|g| Guide {
            name: g.name.clone(),
            points: normalize(&g.points),
        })
        .collect()
}

fn region_shape(
    catalogue: &Catalogue,
    region: RegionId,
    polygons: impl Iterator<Item = Polygon>,
    label_at: Option<Point>,
    is_group: bool,
) -> RegionShape {
    let polygons: Vec<Polygon> = polygons.collect();
    let areas: Vec<f32> = polygons.iter().map(|p| geometry::area(&p.points)).collect();
    let centre = polygons
        .iter()
        .zip(&areas)
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map_or((0.5, 0.5), |(p, _)| geometry::centroid(&p.points));
    let bounds = polygons.iter().flat_map(|p| &p.points).fold(
        ((f32::MAX, f32::MAX), (f32::MIN, f32::MIN)),
        |(lo, hi), &(x, y)| ((lo.0.min(x), lo.1.min(y)), (hi.0.max(x), hi.1.max(y))),
    );
    let label_at = match label_at {
        Some(p) => p,
        // Groups without an anchor: the middle of their parts.
        None if is_group => (
            (bounds.0.0 + bounds.1.0) / 2.0,
            (bounds.0.1 + bounds.1.1) / 2.0,
        ),
        None => centre,
    };
    RegionShape {
        region,
        centre,
        label_at,
        bounds,
        area: areas.iter().sum(),
        is_group,
        access_label: access_label(catalogue, region),
        polygons,
    }
}

impl RegionShape {
    pub fn contains(&self, p: Point) -> bool {
        p.0 >= self.bounds.0.0
            && p.0 <= self.bounds.1.0
            && p.1 >= self.bounds.0.1
            && p.1 <= self.bounds.1.1
            && self
                .polygons
                .iter()
                .any(|poly| geometry::contains(&poly.points, p))
    }
}

/// All maps' shapes, built once from the catalogue.
#[derive(Clone, Debug, Default)]
pub struct MapLayout {
    maps: Vec<MapShapes>,
}

impl MapLayout {
    pub fn new(catalogue: &Catalogue) -> Self {
        Self {
            maps: catalogue
                .maps
                .iter()
                .map(|map| MapShapes::new(catalogue, map))
                .collect(),
        }
    }

    pub fn maps(&self) -> &[MapShapes] {
        &self.maps
    }

    pub fn map(&self, id: &str) -> Option<&MapShapes> {
        self.maps.iter().find(|m| m.id == id)
    }

    /// The map a region is drawn on, and its shape there.
    pub fn find(&self, region: RegionId) -> Option<(&MapShapes, &RegionShape)> {
        self.maps
            .iter()
            .find_map(|m| m.shape(region).map(|s| (m, s)))
    }

    /// The region under a point of a map, if any.
    pub fn region_at(&self, map: &str, point: Point) -> Option<RegionId> {
        self.map(map)?.region_at(point)
    }
}

fn triangulate(outline: &[Point]) -> Vec<u32> {
    let flat: Vec<f64> = outline
        .iter()
        .flat_map(|&(x, y)| [f64::from(x), f64::from(y)])
        .collect();
    match earcutr::earcut(&flat, &[], 2) {
        Ok(indices) => indices
            .into_iter()
            .filter_map(|i| u32::try_from(i).ok())
            .collect(),
        Err(err) => {
            log::warn!(
                "could not triangulate an outline ({err:?}); it is drawn as an outline only"
            );
            Vec::new()
        }
    }
}

/// "Left heel zone, reflex zone for lower back, pelvis and sciatic band".
fn access_label(catalogue: &Catalogue, index: RegionId) -> String {
    let region = &catalogue.regions[index];
    let mut label = region.name.clone();
    if let Some(reflex) = &region.reflex_label {
        label.push_str(&format!(", reflex zone for {reflex}"));
    }
    if region.caution.is_some() {
        label.push_str(", caution area");
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::content::test_support::shipped;

    #[test]
    fn shipped_maps_triangulate_and_hit_their_own_parts() {
        let catalogue = shipped();
        let layout = MapLayout::new(&catalogue);
        assert_eq!(layout.maps().len(), catalogue.maps.len());
        for map in layout.maps() {
            assert!(!map.regions.is_empty(), "{} has regions", map.id);
            assert!(!map.silhouette.is_empty(), "{} has a silhouette", map.id);
            for shape in map.regions.iter().filter(|s| !s.is_group) {
                let name = &catalogue.regions[shape.region].id;
                for polygon in &shape.polygons {
                    assert_eq!(polygon.triangles.len() % 3, 0);
                    assert!(polygon.triangles.len() >= 3, "{name} has no triangles");
                }
                // The middle of one of its triangles hits it (a sole under
                // its zones is hit where no zone lies on top).
                let polygon = &shape.polygons[0];
                let p = |i: u32| polygon.points[i as usize];
                let hit = polygon.triangles.chunks(3).any(|t| {
                    let (a, b, c) = (p(t[0]), p(t[1]), p(t[2]));
                    let middle = ((a.0 + b.0 + c.0) / 3.0, (a.1 + b.1 + c.1) / 3.0);
                    map.region_at(middle) == Some(shape.region)
                });
                assert!(hit, "{name} can be hit");
            }
        }
        assert_eq!(layout.region_at("body_front", (0.01, 0.99)), None);
    }

    #[test]
    fn groups_are_found_through_their_parts() {
        let catalogue = shipped();
        let layout = MapLayout::new(&catalogue);
        let Some(lower) = catalogue.region_index("lower_back") else {
            panic!("lower_back is shipped")
        };
        let Some((map, shape)) = layout.find(lower) else {
            panic!("lower_back is drawn")
        };
        assert!(shape.is_group);
        assert!(
            !map.focus_order
                .iter()
                .any(|&i| map.regions[i].region == lower)
        );
        // Its name sits on the spine, with a side either way.
        let (x, y) = shape.label_at;
        let sides = [map.region_at((x - 0.05, y)), map.region_at((x + 0.05, y))];
        for side in sides {
            assert!(
                side.is_some_and(|s| catalogue.children(lower).contains(&s)),
                "{sides:?}"
            );
        }
        assert_ne!(sides[0], sides[1]);
    }
}
