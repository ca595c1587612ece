//! Small painted icons: equipment, the favourite star, legend swatches.
//! Drawn with the painter so they stay crisp at any scale and need no font.

use egui::{
    Color32, Pos2, Rect, Response, Sense, Shape, Stroke, Ui, Vec2, WidgetInfo,
    epaint::CubicBezierShape, pos2, vec2,
};

use crate::content::Equipment;
use crate::ui::theme::{self, Palette};

/// An equipment icon with its name as tooltip and screen-reader label.
pub fn equipment_icon_ui(ui: &mut Ui, equipment: Equipment) -> Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(theme::ICON_SIZE), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, equipment.label()));
    if ui.is_rect_visible(rect) {
        let color = Palette::for_visuals(ui.visuals()).icon;
        paint_equipment(ui.painter(), rect.shrink(1.0), equipment, color);
    }
    response.on_hover_text(equipment.label())
}

/// What an icon is drawn with: points are fractions of its square.
struct Pen<'a> {
    painter: &'a egui::Painter,
    rect: Rect,
    color: Color32,
    stroke: Stroke,
}

type P = (f32, f32);

impl Pen<'_> {
    fn at(&self, (x, y): P) -> Pos2 {
        let s = self.rect.width();
        pos2(self.rect.left() + x * s, self.rect.top() + y * s)
    }

    fn line(&self, a: P, b: P) {
        self.painter
            .line_segment([self.at(a), self.at(b)], self.stroke);
    }

    /// A rectangle outline with rounded corners (`radius` in points).
    fn frame(&self, min: P, max: P, radius: f32) {
        self.painter.rect_stroke(
            Rect::from_min_max(self.at(min), self.at(max)),
            radius,
            self.stroke,
            egui::StrokeKind::Inside,
        );
    }

    /// A ring; `radius` as a fraction of the square.
    fn ring(&self, centre: P, radius: f32) {
        let r = radius * self.rect.width();
        self.painter.circle_stroke(self.at(centre), r, self.stroke);
    }

    fn dots(&self, centres: &[P], radius: f32) {
        let r = radius * self.rect.width();
        for &c in centres {
            self.painter.circle_filled(self.at(c), r, self.color);
        }
    }

    fn curve(&self, points: [P; 4]) {
        self.painter.add(CubicBezierShape::from_points_stroke(
            points.map(|p| self.at(p)),
            false,
            Color32::TRANSPARENT,
            self.stroke,
        ));
    }
}

fn paint_equipment(painter: &egui::Painter, rect: Rect, equipment: Equipment, color: Color32) {
    let pen = Pen {
        painter,
        rect,
        color,
        stroke: Stroke::new(1.4, color),
    };
    match equipment {
        Equipment::TennisBall
        | Equipment::MassageBall
        | Equipment::GolfBall
        | Equipment::FoamRoller => ball_or_roller(&pen, equipment),
        Equipment::Chair | Equipment::Couch | Equipment::Wall | Equipment::Mat => {
            furniture(&pen, equipment);
        }
        Equipment::Towel | Equipment::Partner | Equipment::OilOrLotion | Equipment::HeatPack => {
            other(&pen, equipment);
        }
    }
}

/// Balls and the roller.
fn ball_or_roller(pen: &Pen, equipment: Equipment) {
    match equipment {
        Equipment::TennisBall => {
            pen.ring((0.5, 0.5), 0.42);
            pen.curve([(0.2, 0.2), (0.45, 0.4), (0.45, 0.6), (0.2, 0.8)]);
            pen.curve([(0.8, 0.2), (0.55, 0.4), (0.55, 0.6), (0.8, 0.8)]);
        }
        Equipment::MassageBall => {
            pen.ring((0.5, 0.5), 0.42);
            let spikes = [
                (0.35, 0.35),
                (0.65, 0.35),
                (0.5, 0.55),
                (0.35, 0.7),
                (0.65, 0.7),
            ];
            pen.dots(&spikes, 0.06);
        }
        Equipment::GolfBall => {
            pen.ring((0.5, 0.5), 0.36);
            let dimples = [
                (0.4, 0.4),
                (0.6, 0.4),
                (0.5, 0.55),
                (0.4, 0.65),
                (0.6, 0.65),
            ];
            pen.dots(&dimples, 0.035);
        }
        _ => {
            pen.frame((0.05, 0.3), (0.95, 0.7), 0.2 * pen.rect.width());
            for x in [0.35, 0.5, 0.65] {
                pen.line((x, 0.33), (x, 0.67));
            }
        }
    }
}

/// Chair, couch, wall and mat.
fn furniture(pen: &Pen, equipment: Equipment) {
    match equipment {
        Equipment::Chair => {
            pen.line((0.3, 0.1), (0.3, 0.9));
            pen.line((0.3, 0.55), (0.75, 0.55));
            pen.line((0.75, 0.55), (0.75, 0.9));
        }
        Equipment::Couch => {
            pen.frame((0.1, 0.3), (0.9, 0.75), 2.0);
            pen.line((0.25, 0.5), (0.75, 0.5));
            pen.line((0.15, 0.75), (0.15, 0.88));
            pen.line((0.85, 0.75), (0.85, 0.88));
        }
        Equipment::Wall => wall(pen),
        _ => {
            pen.frame((0.1, 0.35), (0.9, 0.65), 1.0);
            pen.ring((0.82, 0.5), 0.12);
        }
    }
}

/// Towel, a partner, oil and a heat pack.
fn other(pen: &Pen, equipment: Equipment) {
    match equipment {
        Equipment::Towel => {
            pen.frame((0.15, 0.15), (0.85, 0.85), 1.0);
            pen.line((0.15, 0.7), (0.85, 0.7));
            pen.line((0.15, 0.78), (0.85, 0.78));
        }
        Equipment::Partner => {
            for x in [0.32, 0.68] {
                pen.ring((x, 0.32), 0.13);
                pen.line((x - 0.15, 0.85), (x, 0.55));
                pen.line((x, 0.55), (x + 0.15, 0.85));
            }
        }
        Equipment::OilOrLotion => {
            let drop = [
                (0.5, 0.1),
                (0.72, 0.5),
                (0.68, 0.75),
                (0.5, 0.88),
                (0.32, 0.75),
                (0.28, 0.5),
            ];
            let points = drop.iter().map(|&p| pen.at(p)).collect();
            pen.painter.add(Shape::closed_line(points, pen.stroke));
        }
        _ => {
            for x in [0.3, 0.5, 0.7] {
                pen.curve([(x, 0.85), (x - 0.1, 0.65), (x + 0.1, 0.35), (x, 0.15)]);
            }
        }
    }
}

/// Bricks: three rows, joints staggered.
fn wall(pen: &Pen) {
    for (i, y) in [0.2, 0.5, 0.8].into_iter().enumerate() {
        pen.line((0.1, y), (0.9, y));
        let joint = if i % 2 == 0 { 0.35 } else { 0.6 };
        if y < 0.8 {
            pen.line((joint, y), (joint, y + 0.3));
        }
    }
}

/// Five-pointed star points around `center`.
fn star_points(center: Pos2, radius: f32) -> Vec<Pos2> {
    (0..10)
        .map(|i| {
            let r = if i % 2 == 0 { radius } else { radius * 0.45 };
            let angle = std::f32::consts::PI * (i as f32) / 5.0 - std::f32::consts::FRAC_PI_2;
            center + vec2(angle.cos(), angle.sin()) * r
        })
        .collect()
}

/// A filled five-pointed star; it is concave, so it is filled as a fan of
/// triangles from the centre.
pub fn paint_filled_star(painter: &egui::Painter, center: Pos2, radius: f32, color: Color32) {
    let mut mesh = egui::Mesh::default();
    mesh.colored_vertex(center, color);
    for p in star_points(center, radius) {
        mesh.colored_vertex(p, color);
    }
    for i in 0..10u32 {
        mesh.add_triangle(0, 1 + i, 1 + (i + 1) % 10);
    }
    painter.add(mesh);
}

/// A favourite toggle. Its screen-reader label is "Favourite: <name>" and it
/// exposes the on/off state.
/// The room a star takes.
pub fn star_size() -> Vec2 {
    Vec2::splat(theme::ICON_SIZE + 6.0)
}

pub fn star_ui(ui: &mut Ui, is_favourite: bool, name: &str) -> Response {
    let (rect, response) = ui.allocate_exact_size(star_size(), Sense::click());
    let label = format!("Favourite: {name}");
    response.widget_info(|| WidgetInfo::selected(egui::Role::CheckBox, true, is_favourite, &label));
    if ui.is_rect_visible(rect) {
        let palette = Palette::for_visuals(ui.visuals());
        let visuals = ui.style().interact(&response);
        let points = star_points(rect.center(), theme::ICON_SIZE * 0.5);
        if is_favourite {
            paint_filled_star(
                ui.painter(),
                rect.center(),
                theme::ICON_SIZE * 0.5,
                palette.star,
            );
        } else {
            ui.painter().add(Shape::closed_line(
                points,
                Stroke::new(1.5, visuals.fg_stroke.color),
            ));
        }
        if response.has_focus() {
            ui.painter().rect_stroke(
                rect,
                3.0,
                Stroke::new(1.5, palette.focus),
                egui::StrokeKind::Inside,
            );
        }
    }
    let hint = if is_favourite {
        "Remove from favourites"
    } else {
        "Add to favourites"
    };
    response.on_hover_text(hint)
}

/// A small coloured square for legends.
pub fn swatch_ui(ui: &mut Ui, color: Color32) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(theme::SWATCH_SIZE), Sense::hover());
    ui.painter().rect_filled(rect, 2.0, color);
}
