//! Drawing maps: placing a map's normalized shapes on screen, the figure
//! (silhouette, detail lines, guide lines), region fills from triangles
//! built once at start, and the small maps of a technique page.

use crate::content::RegionId;
use egui::emath::RectTransform;
use egui::{Color32, Mesh, Painter, Pos2, Rect, Sense, Shape, Stroke, Ui, WidgetInfo, pos2, vec2};

use crate::content::geometry::Point;
use crate::content::{Map, Technique};
use crate::logic::map::{MapShapes, Polygon};
use crate::logic::map_view::OnScreen;
use crate::ui::Shared;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::icons;

/// One map placed on screen.
pub struct Placed<'a> {
    pub shapes: &'a MapShapes,
    /// Its definition (name, title, side letters), when the content has it.
    pub def: Option<&'a Map>,
    pub to_screen: RectTransform,
}

impl<'a> Placed<'a> {
    pub fn new(shared: &Shared<'a>, shapes: &'a MapShapes, rect: Rect) -> Self {
        Self {
            shapes,
            def: shared.catalogue.map(&shapes.id),
            to_screen: RectTransform::from_to(Rect::from_min_max(Pos2::ZERO, pos2(1.0, 1.0)), rect),
        }
    }

    pub fn rect(&self) -> Rect {
        *self.to_screen.to()
    }

    pub fn pos(&self, (x, y): Point) -> Pos2 {
        self.to_screen.transform_pos(pos2(x, y))
    }

    pub fn to_map(&self, p: Pos2) -> Point {
        let q = self.to_screen.inverse().transform_pos(p);
        (q.x, q.y)
    }

    /// The same placement for the label layout (plain numbers).
    pub fn on_screen(&self) -> OnScreen<'a> {
        let r = self.rect();
        OnScreen {
            shapes: self.shapes,
            rect: ((r.min.x, r.min.y), (r.max.x, r.max.y)),
        }
    }

    /// A shape's points on screen.
    pub fn points(&self, points: &[Point]) -> Vec<Pos2> {
        points.iter().map(|&p| self.pos(p)).collect()
    }
}

/// A polygon's fill, from the triangles built once at start.
pub fn fill(polygon: &Polygon, m: &Placed, color: Color32) -> Shape {
    let mut mesh = Mesh::default();
    mesh.reserve_vertices(polygon.points.len());
    for &p in &polygon.points {
        mesh.colored_vertex(m.pos(p), color);
    }
    mesh.indices.clone_from(&polygon.triangles);
    Shape::mesh(mesh)
}

/// A polygon's anti-aliased outline.
pub fn outline(polygon: &Polygon, m: &Placed, stroke: Stroke) -> Shape {
    Shape::closed_line(m.points(&polygon.points), stroke)
}

/// The figure under the regions: the silhouette filled and outlined, and
/// the drawing's detail lines (collarbones, toes' creases).
pub fn figure(m: &Placed, palette: &Palette, out: &mut Vec<Shape>) {
    let edge = Stroke::new(theme::SILHOUETTE_EDGE_WIDTH, palette.silhouette_edge);
    out.extend(
        m.shapes
            .silhouette
            .iter()
            .map(|polygon| fill(polygon, m, palette.silhouette)),
    );
    out.extend(
        m.shapes
            .silhouette
            .iter()
            .map(|polygon| outline(polygon, m, edge)),
    );
    let detail = Stroke::new(theme::DETAIL_STROKE_WIDTH, palette.detail);
    out.extend(
        m.shapes
            .details
            .iter()
            .map(|line| Shape::line(m.points(line), detail)),
    );
}

/// The chart's guide lines, dashed (their names go with the labels).
pub fn guides(m: &Placed, palette: &Palette, out: &mut Vec<Shape>) {
    let stroke = Stroke::new(theme::GUIDE_STROKE_WIDTH, palette.guide);
    for guide in &m.shapes.guides {
        out.extend(Shape::dashed_line(
            &m.points(&guide.points),
            stroke,
            theme::GUIDE_DASH,
            theme::GUIDE_GAP,
        ));
    }
}

/// Paints a drawing that only changes when `key` does: the shapes are
/// built and tessellated into one mesh when the key changes (a hover, a
/// selection, a resize) and that mesh is reused on every other frame.
pub fn cached_drawing_ui(
    painter: &Painter,
    id: egui::Id,
    key: u64,
    build: impl FnOnce() -> Vec<Shape>,
) {
    let ctx = painter.ctx();
    let ppp = painter.pixels_per_point();
    let cached = ctx
        .data(|d| d.get_temp::<(u64, std::sync::Arc<Mesh>)>(id))
        .filter(|(cached_key, _)| *cached_key == key)
        .map(|(_, mesh)| mesh);
    let mesh = cached.unwrap_or_else(|| {
        let options = ctx.tessellation_options(|o| *o);
        let font_size = ctx.fonts(|f| f.font_image_size());
        let mut tessellator = egui::epaint::Tessellator::new(ppp, options, font_size, Vec::new());
        let mut mesh = Mesh::default();
        for shape in build() {
            tessellator.tessellate_shape(shape, &mut mesh);
        }
        let mesh = std::sync::Arc::new(mesh);
        ctx.data_mut(|d| d.insert_temp(id, (key, std::sync::Arc::clone(&mesh))));
        mesh
    });
    painter.add(Shape::Mesh(mesh));
}

/// Small, non-interactive maps for a technique page: where you work and
/// where an article says it may ease, on every map involved.
pub fn mini_map_ui(ui: &mut Ui, shared: &Shared, technique: &Technique) {
    let catalogue = shared.catalogue;
    let palette = Palette::for_visuals(ui.visuals());
    let index = |ids: &[String]| -> Vec<RegionId> {
        ids.iter()
            .filter_map(|id| catalogue.region_index(id))
            .flat_map(|r| catalogue.family(r))
            .collect()
    };
    let (works, eases) = (index(&technique.works_on), index(&technique.may_ease));
    let maps = shared
        .layout
        .maps()
        .iter()
        .filter(|map| works.iter().chain(&eases).any(|&r| map.shape(r).is_some()));
    ui.horizontal_wrapped(|ui| {
        for shapes in maps {
            one_mini_map_ui(ui, shared, shapes, (&works, &eases), &palette);
        }
    });
    // The key under the maps, each item whole (it never runs off the side).
    ui.horizontal_wrapped(|ui| {
        ui.horizontal(|ui| {
            icons::swatch_ui(ui, palette.region_selected);
            ui.add(egui::Label::new("Where you work").extend());
        });
        if !eases.is_empty() {
            ui.horizontal(|ui| {
                icons::swatch_ui(ui, palette.region_may_ease);
                ui.add(egui::Label::new("May ease").extend());
            });
        }
    });
}

/// One small map, its regions coloured: where you work, where it may ease.
fn one_mini_map_ui(
    ui: &mut Ui,
    shared: &Shared,
    shapes: &MapShapes,
    (works, eases): (&[RegionId], &[RegionId]),
    palette: &Palette,
) {
    let size = vec2(
        theme::MINI_MAP_HEIGHT * shapes.aspect,
        theme::MINI_MAP_HEIGHT,
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let placed = Placed::new(shared, shapes, rect);
    let name = placed
        .def
        .map_or(shapes.id.as_str(), |d| d.def.name.as_str());
    response.widget_info(|| {
        WidgetInfo::labeled(
            egui::Role::Image,
            true,
            format!("{name} map: where you work and where it may ease"),
        )
    });
    if !ui.is_rect_visible(rect) {
        return;
    }
    let key = {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        [rect.min.x, rect.min.y, rect.max.x, rect.max.y]
            .map(f32::to_bits)
            .hash(&mut hasher);
        (works, eases, ui.visuals().dark_mode).hash(&mut hasher);
        hasher.finish()
    };
    let id = egui::Id::unique(("reliefmap-mini-map", &shapes.id));
    cached_drawing_ui(ui.painter(), id, key, || {
        let mut out = Vec::new();
        figure(&placed, palette, &mut out);
        for shape in shapes.regions.iter().filter(|s| !s.is_group) {
            let color = if works.contains(&shape.region) {
                palette.region_selected
            } else if eases.contains(&shape.region) {
                palette.region_may_ease
            } else {
                palette.region_fill
            };
            out.extend(shape.polygons.iter().map(|p| fill(p, &placed, color)));
        }
        out
    });
}
