//! Painting the maps: the figures, the regions in their colours and the
//! outlines over them, built into one mesh when something they show
//! changes and reused on every other frame; the favourites' stars.

use crate::content::RegionId;
use egui::{Color32, Id, Response, Shape, Stroke, Ui};

use super::regions::{is_selected, region_fill};
use crate::logic::map::RegionShape;
use crate::state::nav::Nav;
use crate::ui::Shared;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::icons;
use crate::ui::widgets::map_canvas::{self, Placed, fill, outline};

/// How each region is drawn this frame: its fill and any outline over it.
#[derive(Clone, Copy, Hash, PartialEq, Eq)]
enum Edge {
    Plain,
    Focus,
    Selected,
    Caution,
}

/// What the maps look like this frame: each drawn region's fill, map by
/// map, and the outline over each focusable region.
struct Look {
    fills: Vec<Vec<Color32>>,
    edges: Vec<Edge>,
}

impl Look {
    fn new(
        shared: &Shared,
        nav: &Nav,
        placed: &[Placed],
        regions: &[(usize, &RegionShape, Response)],
        hovered: Option<RegionId>,
        palette: &Palette,
    ) -> Self {
        let fills = placed
            .iter()
            .map(|m| {
                m.shapes
                    .regions
                    .iter()
                    .filter(|s| !s.is_group)
                    .map(|s| region_fill(shared, nav, s.region, hovered, palette))
                    .collect()
            })
            .collect();
        let edges = regions
            .iter()
            .map(|(_, shape, response)| {
                if response.has_focus() {
                    Edge::Focus
                } else if is_selected(shared, nav, shape.region) {
                    Edge::Selected
                } else if shared.catalogue.regions[shape.region].caution.is_some() {
                    Edge::Caution
                } else {
                    Edge::Plain
                }
            })
            .collect();
        Self { fills, edges }
    }

    /// Everything the drawing depends on, hashed.
    fn key(&self, placed: &[Placed], dark_mode: bool) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        for m in placed {
            m.shapes.id.hash(&mut hasher);
            let r = m.rect();
            [r.min.x, r.min.y, r.max.x, r.max.y]
                .map(f32::to_bits)
                .hash(&mut hasher);
        }
        (&self.fills, &self.edges, dark_mode).hash(&mut hasher);
        hasher.finish()
    }

    /// The figures, the regions filled and outlined (largest first, so a
    /// zone lies on the sole under it), the guide lines, then the focus,
    /// selection and caution outlines.
    fn shapes(
        &self,
        placed: &[Placed],
        regions: &[(usize, &RegionShape, Response)],
        palette: &Palette,
    ) -> Vec<Shape> {
        let mut out = Vec::new();
        let edge = Stroke::new(theme::REGION_STROKE_WIDTH, palette.region_stroke);
        for (m, fills) in placed.iter().zip(&self.fills) {
            map_canvas::figure(m, palette, &mut out);
            let drawn = m.shapes.regions.iter().filter(|s| !s.is_group);
            for (shape, &color) in drawn.zip(fills) {
                for polygon in &shape.polygons {
                    out.push(fill(polygon, m, color));
                    out.push(outline(polygon, m, edge));
                }
            }
            map_canvas::guides(m, palette, &mut out);
        }
        for ((m, shape, _), kind) in regions.iter().zip(&self.edges) {
            let stroke = match kind {
                Edge::Plain => continue,
                Edge::Focus => Stroke::new(theme::FOCUS_STROKE_WIDTH, palette.focus),
                Edge::Selected => Stroke::new(theme::SELECTED_STROKE_WIDTH, palette.selected_edge),
                Edge::Caution => Stroke::new(theme::CAUTION_STROKE_WIDTH, palette.caution),
            };
            for polygon in &shape.polygons {
                out.push(outline(polygon, &placed[*m], stroke));
            }
        }
        out
    }
}

pub(super) fn paint_maps(
    ui: &Ui,
    shared: &Shared,
    nav: &Nav,
    placed: &[Placed],
    regions: &[(usize, &RegionShape, Response)],
    hovered: Option<RegionId>,
    palette: &Palette,
) {
    let look = Look::new(shared, nav, placed, regions, hovered, palette);
    let painter = ui.painter();
    map_canvas::cached_drawing_ui(
        painter,
        Id::unique("reliefmap-map-drawing"),
        look.key(placed, ui.visuals().dark_mode),
        || look.shapes(placed, regions, palette),
    );
    stars_ui(painter, shared, placed, palette);
}

/// A star where a favourite works (once for a group, at its anchor).
fn stars_ui(painter: &egui::Painter, shared: &Shared, placed: &[Placed], palette: &Palette) {
    for m in placed {
        for shape in &m.shapes.regions {
            let starred = shared
                .caches
                .favourite_regions
                .get(shape.region)
                .copied()
                .unwrap_or(false);
            if starred
                && shared.catalogue.parent(shape.region).is_none_or(|p| {
                    !shared
                        .caches
                        .favourite_regions
                        .get(p)
                        .copied()
                        .unwrap_or(false)
                })
            {
                // In the region's top corner, clear of its name.
                let corner = m.pos(shape.bounds.0);
                let at = corner + egui::Vec2::splat(theme::ICON_SIZE * 0.7);
                icons::paint_filled_star(painter, at, theme::ICON_SIZE * 0.45, palette.star);
            }
        }
    }
}
