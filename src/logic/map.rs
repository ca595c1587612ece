//! Map model: which regions each view shows, their outlines triangulated
//! once for drawing, hit-testing and the order keyboard focus visits them.
//! Coordinates are normalized per map (see [`crate::content::Region`]); no
//! egui types here.

use crate::content::geometry::{self, Point};
use crate::content::{Catalogue, MapId};

/// What the central area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum View {
    #[default]
    BodyFront,
    BodyBack,
    Feet,
    /// The plain, text-only list of every region.
    List,
}

impl View {
    pub const ALL: [Self; 4] = [Self::BodyFront, Self::BodyBack, Self::Feet, Self::List];

    pub fn label(self) -> &'static str {
        match self {
            Self::BodyFront => "Body front",
            Self::BodyBack => "Body back",
            Self::Feet => "Feet",
            Self::List => "List",
        }
    }

    /// Maps drawn in this view, left to right.
    pub fn maps(self) -> &'static [MapId] {
        match self {
            Self::BodyFront => &[MapId::BodyFront],
            Self::BodyBack => &[MapId::BodyBack],
            Self::Feet => &[MapId::LeftSole, MapId::RightSole],
            Self::List => &[],
        }
    }
}

/// One region ready to draw and hit-test.
#[derive(Clone, Debug)]
pub struct RegionShape {
    /// Index into [`Catalogue::regions`].
    pub region: usize,
    pub outline: Vec<Point>,
    /// Triangle list into `outline`, from ear clipping (outlines may be concave).
    pub triangles: Vec<u32>,
    pub centroid: Point,
    /// Bounding box (min, max) in normalized coordinates: the widget's rect.
    pub bounds: (Point, Point),
    /// What a screen reader says: the name plus what the region links to.
    pub access_label: String,
}

/// All maps' shapes, built once from the catalogue.
#[derive(Clone, Debug, Default)]
pub struct MapLayout {
    maps: Vec<(MapId, Vec<RegionShape>)>,
}

impl MapLayout {
    pub fn new(catalogue: &Catalogue) -> Self {
        let maps = MapId::ALL
            .iter()
            .map(|&map| {
                let mut shapes: Vec<RegionShape> = catalogue
                    .regions
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.map == map)
                    .map(|(index, region)| RegionShape {
                        region: index,
                        triangles: triangulate(&region.outline),
                        centroid: geometry::centroid(&region.outline),
                        bounds: bounds(&region.outline),
                        access_label: access_label(catalogue, index),
                        outline: region.outline.clone(),
                    })
                    .collect();
                // Reading order: top to bottom in bands, then left to right.
                shapes.sort_by(|a, b| {
                    let band = |s: &RegionShape| (s.centroid.1 * 20.0).floor() as i32;
                    band(a)
                        .cmp(&band(b))
                        .then(a.centroid.0.total_cmp(&b.centroid.0))
                });
                (map, shapes)
            })
            .collect();
        Self { maps }
    }

    pub fn shapes(&self, map: MapId) -> &[RegionShape] {
        self.maps
            .iter()
            .find(|(m, _)| *m == map)
            .map_or(&[], |(_, shapes)| shapes)
    }

    /// The region under a point of `map`, if any.
    pub fn region_at(&self, map: MapId, point: Point) -> Option<usize> {
        self.shapes(map)
            .iter()
            .find(|shape| geometry::contains(&shape.outline, point))
            .map(|shape| shape.region)
    }
}

fn bounds(outline: &[Point]) -> (Point, Point) {
    outline.iter().fold(
        ((f32::MAX, f32::MAX), (f32::MIN, f32::MIN)),
        |(lo, hi), &(x, y)| ((lo.0.min(x), lo.1.min(y)), (hi.0.max(x), hi.1.max(y))),
    )
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
fn access_label(catalogue: &Catalogue, index: usize) -> String {
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

    #[test]
    fn shipped_maps_triangulate_and_hit_their_own_centres() {
        let Ok(catalogue) = Catalogue::shipped() else {
            panic!("shipped content must load")
        };
        let layout = MapLayout::new(&catalogue);
        for map in MapId::ALL {
            let shapes = layout.shapes(map);
            assert!(!shapes.is_empty());
            for shape in shapes {
                assert_eq!(shape.triangles.len() % 3, 0);
                assert!(
                    shape.triangles.len() >= 3,
                    "{} has no triangles",
                    catalogue.regions[shape.region].id
                );
                // A point inside some triangle must hit this region.
                let t = &shape.triangles[..3];
                let p = |i: u32| shape.outline[i as usize];
                let (a, b, c) = (p(t[0]), p(t[1]), p(t[2]));
                let inside = ((a.0 + b.0 + c.0) / 3.0, (a.1 + b.1 + c.1) / 3.0);
                assert_eq!(layout.region_at(map, inside), Some(shape.region));
            }
        }
        assert_eq!(layout.region_at(MapId::BodyFront, (0.01, 0.99)), None);
    }
}
