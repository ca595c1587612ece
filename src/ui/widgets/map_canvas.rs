//! Drawing maps: placing a map's normalized shapes on screen, filling
//! regions from their triangles built once, and the small maps of a
//! technique page.

use egui::emath::RectTransform;
use egui::{Color32, Mesh, Pos2, Rect, Sense, Shape, Ui, WidgetInfo, pos2, vec2};

use crate::content::{MapId, Technique};
use crate::logic::map::RegionShape;
use crate::ui::Shared;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::icons;

/// One map placed on screen.
pub struct Placed {
    pub map: MapId,
    pub to_screen: RectTransform,
}

impl Placed {
    pub fn new(map: MapId, rect: Rect) -> Self {
        Self {
            map,
            to_screen: RectTransform::from_to(Rect::from_min_max(Pos2::ZERO, pos2(1.0, 1.0)), rect),
        }
    }

    pub fn rect(&self) -> Rect {
        *self.to_screen.to()
    }

    pub fn pos(&self, (x, y): crate::content::geometry::Point) -> Pos2 {
        self.to_screen.transform_pos(pos2(x, y))
    }

    pub fn to_map(&self, p: Pos2) -> crate::content::geometry::Point {
        let q = self.to_screen.inverse().transform_pos(p);
        (q.x, q.y)
    }
}

/// A region's fill, from the triangles built once at start.
pub fn mesh(shape: &RegionShape, m: &Placed, color: Color32) -> Mesh {
    let mut mesh = Mesh::default();
    for &p in &shape.outline {
        mesh.colored_vertex(m.pos(p), color);
    }
    mesh.indices.clone_from(&shape.triangles);
    mesh
}

/// A region's outline on screen.
pub fn outline(shape: &RegionShape, m: &Placed) -> Vec<Pos2> {
    shape.outline.iter().map(|&p| m.pos(p)).collect()
}

/// Small, non-interactive maps for a technique page: where you work and
/// where an article says it may ease, on every map involved.
pub fn mini_map_ui(ui: &mut Ui, shared: &Shared, technique: &Technique) {
    let catalogue = shared.catalogue;
    let palette = Palette::for_visuals(ui.visuals());
    let index = |ids: &[String]| -> Vec<usize> {
        ids.iter()
            .filter_map(|id| catalogue.region_index(id))
            .collect()
    };
    let (works, eases) = (index(&technique.works_on), index(&technique.may_ease));
    let maps: Vec<MapId> = MapId::ALL
        .into_iter()
        .filter(|&map| {
            works
                .iter()
                .chain(&eases)
                .any(|&r| catalogue.regions[r].map == map)
        })
        .collect();
    ui.horizontal(|ui| {
        for map in maps {
            let size = vec2(
                theme::MINI_MAP_HEIGHT * map.aspect_ratio(),
                theme::MINI_MAP_HEIGHT,
            );
            let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
            response.widget_info(|| {
                WidgetInfo::labeled(
                    egui::Role::Image,
                    true,
                    format!("{} map: where you work and where it may ease", map.label()),
                )
            });
            if !ui.is_rect_visible(rect) {
                continue;
            }
            let placed = Placed::new(map, rect);
            let painter = ui.painter();
            for shape in shared.layout.shapes(map) {
                let color = if works.contains(&shape.region) {
                    palette.region_selected
                } else if eases.contains(&shape.region) {
                    palette.region_may_ease
                } else {
                    palette.region_fill
                };
                painter.add(Shape::mesh(mesh(shape, &placed, color)));
            }
        }
        ui.vertical(|ui| {
            ui.horizontal(|ui| {
                icons::swatch_ui(ui, palette.region_selected);
                ui.label("Where you work");
            });
            if !eases.is_empty() {
                ui.horizontal(|ui| {
                    icons::swatch_ui(ui, palette.region_may_ease);
                    ui.label("May ease");
                });
            }
        });
    });
}
