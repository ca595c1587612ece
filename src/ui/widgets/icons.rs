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

/// What an icon is drawn with.
#[derive(Clone, Copy)]
struct Pen<'a> {
    painter: &'a egui::Painter,
    rect: Rect,
    color: Color32,
    stroke: Stroke,
    /// Centre and side of the icon's square.
    c: Pos2,
    s: f32,
}

impl Pen<'_> {
    /// A point at a fraction of the square.
    fn at(&self, x: f32, y: f32) -> Pos2 {
        pos2(self.rect.left() + x * self.s, self.rect.top() + y * self.s)
    }
}

fn paint_equipment(painter: &egui::Painter, rect: Rect, equipment: Equipment, color: Color32) {
    let pen = Pen {
        painter,
        rect,
        color,
        stroke: Stroke::new(1.4, color),
        c: rect.center(),
        s: rect.width(),
    };
    match equipment {
        Equipment::TennisBall | Equipment::MassageBall => ball(&pen, equipment),
        Equipment::GolfBall => golf_ball(&pen),
        Equipment::FoamRoller => foam_roller(&pen),
        Equipment::Towel => towel(&pen),
        Equipment::Chair => chair(&pen),
        Equipment::Couch => couch(&pen),
        Equipment::Wall => wall(&pen),
        Equipment::Partner => partner(&pen),
        Equipment::OilOrLotion => oil(&pen),
        Equipment::Mat => mat(&pen),
        Equipment::HeatPack => heat_pack(&pen),
    }
}

fn ball(pen: &Pen, equipment: Equipment) {
    let Pen {
        painter,
        color,
        stroke,
        c,
        s,
        ..
    } = *pen;
    let at = |x, y| pen.at(x, y);
    painter.circle_stroke(c, s * 0.42, stroke);
    if equipment == Equipment::TennisBall {
        let seam = |a: Pos2, b: Pos2, c1: Pos2, c2: Pos2| {
            CubicBezierShape::from_points_stroke(
                [a, c1, c2, b],
                false,
                Color32::TRANSPARENT,
                stroke,
            )
        };
        painter.add(seam(
            at(0.2, 0.2),
            at(0.2, 0.8),
            at(0.45, 0.4),
            at(0.45, 0.6),
        ));
        painter.add(seam(
            at(0.8, 0.2),
            at(0.8, 0.8),
            at(0.55, 0.4),
            at(0.55, 0.6),
        ));
    } else {
        for (x, y) in [
            (0.35, 0.35),
            (0.65, 0.35),
            (0.5, 0.55),
            (0.35, 0.7),
            (0.65, 0.7),
        ] {
            painter.circle_filled(at(x, y), s * 0.06, color);
        }
    }
}

fn golf_ball(pen: &Pen) {
    let Pen {
        painter,
        color,
        stroke,
        c,
        s,
        ..
    } = *pen;
    let at = |x, y| pen.at(x, y);
    painter.circle_stroke(c, s * 0.36, stroke);
    for (x, y) in [
        (0.4, 0.4),
        (0.6, 0.4),
        (0.5, 0.55),
        (0.4, 0.65),
        (0.6, 0.65),
    ] {
        painter.circle_filled(at(x, y), s * 0.035, color);
    }
}

fn foam_roller(pen: &Pen) {
    let Pen {
        painter, stroke, s, ..
    } = *pen;
    let at = |x, y| pen.at(x, y);
    painter.rect_stroke(
        Rect::from_min_max(at(0.05, 0.3), at(0.95, 0.7)),
        s * 0.2,
        stroke,
        egui::StrokeKind::Inside,
    );
    for x in [0.35, 0.5, 0.65] {
        painter.line_segment([at(x, 0.33), at(x, 0.67)], stroke);
    }
}

fn towel(pen: &Pen) {
    let Pen {
        painter, stroke, ..
    } = *pen;
    let at = |x, y| pen.at(x, y);
    painter.rect_stroke(
        Rect::from_min_max(at(0.15, 0.15), at(0.85, 0.85)),
        1.0,
        stroke,
        egui::StrokeKind::Inside,
    );
    painter.line_segment([at(0.15, 0.7), at(0.85, 0.7)], stroke);
    painter.line_segment([at(0.15, 0.78), at(0.85, 0.78)], stroke);
}

fn chair(pen: &Pen) {
    let Pen {
        painter, stroke, ..
    } = *pen;
    let at = |x, y| pen.at(x, y);
    painter.line_segment([at(0.3, 0.1), at(0.3, 0.9)], stroke);
    painter.line_segment([at(0.3, 0.55), at(0.75, 0.55)], stroke);
    painter.line_segment([at(0.75, 0.55), at(0.75, 0.9)], stroke);
}

fn couch(pen: &Pen) {
    let Pen {
        painter, stroke, ..
    } = *pen;
    let at = |x, y| pen.at(x, y);
    painter.rect_stroke(
        Rect::from_min_max(at(0.1, 0.3), at(0.9, 0.75)),
        2.0,
        stroke,
        egui::StrokeKind::Inside,
    );
    painter.line_segment([at(0.25, 0.5), at(0.75, 0.5)], stroke);
    painter.line_segment([at(0.15, 0.75), at(0.15, 0.88)], stroke);
    painter.line_segment([at(0.85, 0.75), at(0.85, 0.88)], stroke);
}

fn wall(pen: &Pen) {
    let Pen {
        painter, stroke, ..
    } = *pen;
    let at = |x, y| pen.at(x, y);
    for (i, y) in [0.2, 0.5, 0.8].into_iter().enumerate() {
        painter.line_segment([at(0.1, y), at(0.9, y)], stroke);
        let offset = if i % 2 == 0 { 0.35 } else { 0.6 };
        if y < 0.8 {
            painter.line_segment([at(offset, y), at(offset, y + 0.3)], stroke);
        }
    }
}

fn partner(pen: &Pen) {
    let Pen {
        painter, stroke, s, ..
    } = *pen;
    let at = |x, y| pen.at(x, y);
    for x in [0.32, 0.68] {
        painter.circle_stroke(at(x, 0.32), s * 0.13, stroke);
        painter.line_segment([at(x - 0.15, 0.85), at(x, 0.55)], stroke);
        painter.line_segment([at(x, 0.55), at(x + 0.15, 0.85)], stroke);
    }
}

fn oil(pen: &Pen) {
    let Pen {
        painter, stroke, ..
    } = *pen;
    let at = |x, y| pen.at(x, y);
    let drop = vec![
        at(0.5, 0.1),
        at(0.72, 0.5),
        at(0.68, 0.75),
        at(0.5, 0.88),
        at(0.32, 0.75),
        at(0.28, 0.5),
    ];
    painter.add(Shape::closed_line(drop, stroke));
}

fn mat(pen: &Pen) {
    let Pen {
        painter, stroke, s, ..
    } = *pen;
    let at = |x, y| pen.at(x, y);
    painter.rect_stroke(
        Rect::from_min_max(at(0.1, 0.35), at(0.9, 0.65)),
        1.0,
        stroke,
        egui::StrokeKind::Inside,
    );
    painter.circle_stroke(at(0.82, 0.5), s * 0.12, stroke);
}

fn heat_pack(pen: &Pen) {
    let Pen {
        painter, stroke, ..
    } = *pen;
    let at = |x, y| pen.at(x, y);
    for x in [0.3, 0.5, 0.7] {
        let wave = [
            at(x, 0.85),
            at(x - 0.1, 0.65),
            at(x + 0.1, 0.35),
            at(x, 0.15),
        ];
        painter.add(CubicBezierShape::from_points_stroke(
            wave,
            false,
            Color32::TRANSPARENT,
            stroke,
        ));
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
pub fn star_ui(ui: &mut Ui, is_favourite: bool, name: &str) -> Response {
    let (rect, response) =
        ui.allocate_exact_size(Vec2::splat(theme::ICON_SIZE + 6.0), Sense::click());
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
