//! A step's illustration as a widget: sized (4:3), allocated, named for
//! screen readers with its text alternative, then painted still (first
//! position, faint end position, motion arrow) or moving at a moment. A
//! pack's picture file is shown through egui's image loaders instead.
//!
//! What does not change from frame to frame (the still's solved figures,
//! the crop, the words) is kept in egui's memory per illustration.

use std::sync::Arc;

use egui::{Id, Response, Sense, Stroke, StrokeKind, Ui, Vec2, WidgetInfo};

use crate::content::figure::Point;
use crate::logic::illustration::{Illustration, Still};
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::figure_paint::{self, Ink, ToScreen};

/// Height of a picture as a share of its width.
pub const ASPECT: f32 = 0.75;

/// What is kept between frames for one illustration.
struct Prepared {
    crop: (Point, Point),
    alt: String,
    still: Still,
}

/// The cache key: the poses, areas, side and words that make it.
fn key(ill: &Illustration) -> Id {
    let show = ill.show;
    Id::unique((
        "illustration",
        &show.poses,
        format!("{:?}{}{}", show.work, show.circle, show.secs),
        &show.detail,
        ill.mirrored,
    ))
}

fn prepared(ui: &Ui, ill: &Illustration) -> Arc<Prepared> {
    let id = key(ill);
    if let Some(found) = ui.data(|d| d.get_temp::<Arc<Prepared>>(id)) {
        return found;
    }
    let made = Arc::new(Prepared {
        crop: ill.crop(),
        alt: ill.alt_text(),
        still: ill.still(),
    });
    ui.data_mut(|d| d.insert_temp(id, Arc::clone(&made)));
    made
}

/// Draws an illustration `width` points wide: moving, `t_secs` into its
/// movement, or still when `t_secs` is `None`.
pub fn illustration_ui(
    ui: &mut Ui,
    ill: &Illustration,
    width: f32,
    t_secs: Option<f64>,
) -> Response {
    let prepared = prepared(ui, ill);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, width * ASPECT), Sense::hover());
    let alt = prepared.alt.clone();
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, &alt));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let mut palette = Palette::for_visuals(ui.visuals());
    // The picture's ground is what shows behind it (the page, or the
    // player's cue flash): limbs, balls and arrows are outlined in it so
    // they stand apart where they cross.
    let behind = ui.stack().bg_color();
    if behind.is_opaque() {
        palette.picture_bg = behind;
    }
    let ground = palette.picture_bg;
    let painter = ui.painter_at(rect);
    let corner = (width * 0.03).clamp(2.0, 10.0);
    let edge = Stroke::new(theme::PICTURE_EDGE_WIDTH, palette.picture_edge);
    painter.rect_stroke(rect, corner, edge, StrokeKind::Inside);
    let to = ToScreen::new(rect.shrink(width * 0.02), prepared.crop);
    let work = ill.work();
    let ink = Ink {
        near: palette.figure,
        far: palette.figure_far,
        work: Some(palette.region_selected),
        gap: Some(ground),
    };
    let mut shapes = Vec::with_capacity(96);
    match t_secs.filter(|_| ill.moves()) {
        Some(t) => {
            let figure = ill.figure_at(t);
            figure_paint::back_props(&figure, &to, &palette, &mut shapes);
            figure_paint::figure_shapes(&figure, &work, &to, ink, &mut shapes);
            figure_paint::front_props(&figure, &to, &palette, &mut shapes);
        }
        None => {
            let still = &prepared.still;
            figure_paint::back_props(&still.figure, &to, &palette, &mut shapes);
            if let Some(ghost) = &still.ghost {
                let faint = Ink {
                    near: palette.figure_ghost,
                    far: palette.figure_ghost,
                    work: None,
                    gap: None,
                };
                figure_paint::figure_shapes(ghost, &[], &to, faint, &mut shapes);
            }
            figure_paint::figure_shapes(&still.figure, &work, &to, ink, &mut shapes);
            figure_paint::front_props(&still.figure, &to, &palette, &mut shapes);
            if let Some(arrow) = &still.arrow {
                figure_paint::arrow_shapes(arrow, &to, &palette, &mut shapes);
            }
        }
    }
    painter.extend(shapes);
    response
}

/// A pack's picture for a step, scaled to fit `width` × 3/4 of it,
/// loaded and cached by egui's image loaders; `alt` names it.
pub fn image_file_ui(ui: &mut Ui, path: &str, width: f32, alt: &str) -> Response {
    let size = Vec2::new(width, width * ASPECT);
    let response = ui.add_sized(
        size,
        egui::Image::new(format!("file://{path}"))
            .fit_to_exact_size(size)
            .maintain_aspect_ratio(true)
            .alt_text(alt),
    );
    let alt = alt.to_owned();
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, &alt));
    response
}

/// A step's picture: the pack's image file if it gives one, else its
/// drawn illustration (mirrored for the right side); `None` if it has
/// neither.
pub fn step_picture_ui(
    ui: &mut Ui,
    catalogue: &crate::content::Catalogue,
    step: &crate::content::Step,
    mirrored: bool,
    width: f32,
    t_secs: Option<f64>,
) -> Option<Response> {
    if let Some(path) = &step.image {
        let alt = format!("Picture for this step: {}", step.text);
        return Some(image_file_ui(ui, path, width, &alt));
    }
    let ill = Illustration::of(catalogue, step, mirrored)?;
    Some(illustration_ui(ui, &ill, width, t_secs))
}
