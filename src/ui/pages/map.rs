//! The clickable body and foot-reflex maps.
//!
//! Each region is its own focusable widget with an AccessKit label, so Tab,
//! arrow keys, Enter and screen readers reach it. Pointer input goes to one
//! transparent widget on top of the map that hit-tests the real (possibly
//! concave) outlines, so overlapping bounding boxes never steal a click.

use egui::{
    Align2, Color32, CursorIcon, FontId, Id, Key, Pos2, Rect, Response, Sense, Shape, Stroke, Ui,
    WidgetInfo, pos2, vec2,
};

use crate::content::MapId;
use crate::content::geometry::{self, Direction};
use crate::logic::links::LinkKind;
use crate::logic::map::{RegionShape, View};
use crate::state::command::{Commands, MapCommand};
use crate::state::nav::Nav;
use crate::ui::Shared;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::icons;
use crate::ui::widgets::map_canvas::{Placed, mesh, outline};

/// The widget id of a region on the map (for focus requests and tests).
pub fn region_id(region: usize) -> Id {
    Id::unique(("reliefmap-region", region))
}

pub fn map_page_ui(ui: &mut Ui, shared: &Shared, nav: &Nav, commands: &mut Commands) {
    if nav.view == View::List {
        super::region_list::region_list_ui(ui, shared, nav, commands);
        return;
    }
    let palette = Palette::for_visuals(ui.visuals());
    let footer_height = 26.0;
    let area = ui.available_rect_before_wrap();
    let map_area = Rect::from_min_max(
        area.min,
        pos2(
            area.max.x,
            (area.max.y - footer_height).max(area.min.y + 100.0),
        ),
    )
    .shrink(theme::MAP_MARGIN);
    let placed = place_maps(nav.view, map_area);

    let regions = region_widgets_ui(ui, shared, nav, &placed, commands);
    let pointer = ui.interact(map_area, Id::unique("reliefmap-map-pointer"), Sense::CLICK);
    let hovered = pointer
        .hover_pos()
        .and_then(|p| region_at(shared, &placed, p));
    if pointer.clicked()
        && let Some(region) = pointer
            .interact_pointer_pos()
            .and_then(|p| region_at(shared, &placed, p))
    {
        commands.push(MapCommand::Select(Some(region)));
    }
    if ui.is_rect_visible(map_area) {
        paint_maps(ui, shared, nav, &placed, &regions, hovered, &palette);
    }
    for m in placed.iter().filter(|m| m.map.is_foot()) {
        let rect = m.rect();
        let (title, corner) = if m.map == MapId::LeftSole {
            ("Left", rect.left_top())
        } else {
            ("Right", rect.right_top() - vec2(48.0, 0.0))
        };
        let title_rect = Rect::from_min_size(corner, vec2(48.0, 20.0));
        let layout = if m.map == MapId::LeftSole {
            egui::Layout::left_to_right(egui::Align::Min)
        } else {
            egui::Layout::right_to_left(egui::Align::Min)
        };
        ui.scope_builder(
            egui::UiBuilder::new().max_rect(title_rect).layout(layout),
            |ui| {
                ui.label(egui::RichText::new(title).strong())
                    .on_hover_text(format!("{title} foot, seen from below"));
            },
        );
    }
    if let Some(region) = hovered {
        ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
        pointer.on_hover_ui_at_pointer(|ui| region_tooltip_ui(ui, shared, region));
    }

    ui.scope_builder(
        egui::UiBuilder::new().max_rect(Rect::from_min_max(
            pos2(area.min.x, map_area.max.y + theme::MAP_MARGIN),
            area.max,
        )),
        |ui| {
            legend_ui(ui, shared, nav, &palette);
        },
    );
}

pub fn caption_ui(ui: &mut Ui, view: View, palette: &Palette) {
    let text = match view {
        View::BodyFront => {
            "Front view: the person faces you, so their left side (L) is on your right."
        }
        View::BodyBack => "Back view: seen from behind, so their left side (L) is on your left.",
        View::Feet => {
            "Both soles seen from below, toes at the top. Left foot on the left; the big toes \
                face each other."
        }
        View::List => "",
    };
    ui.label(egui::RichText::new(text).color(palette.muted_text));
}

/// Screen placement of the view's maps inside `area`, keeping their shape.
fn place_maps(view: View, area: Rect) -> Vec<Placed> {
    let maps = view.maps();
    let count = maps.len().max(1) as f32;
    let gap = if maps.len() > 1 {
        area.width() * theme::SOLE_GAP_FRACTION
    } else {
        0.0
    };
    let slot_width = (area.width() - gap * (count - 1.0)) / count;
    maps.iter()
        .enumerate()
        .map(|(i, &map)| {
            let slot = Rect::from_min_size(
                pos2(area.min.x + i as f32 * (slot_width + gap), area.min.y),
                vec2(slot_width, area.height()),
            );
            let aspect = map.aspect_ratio();
            let height = slot.height().min(slot.width() / aspect);
            let size = vec2(height * aspect, height);
            // Feet sit next to each other in the middle; a single map is centred.
            let anchor = match (maps.len(), i) {
                (2, 0) => Align2::RIGHT_CENTER,
                (2, _) => Align2::LEFT_CENTER,
                _ => Align2::CENTER_CENTER,
            };
            Placed::new(map, anchor.align_size_within_rect(size, slot))
        })
        .collect()
}

fn region_at(shared: &Shared, placed: &[Placed], p: egui::Pos2) -> Option<usize> {
    placed.iter().find_map(|m| {
        m.rect()
            .contains(p)
            .then(|| shared.layout.region_at(m.map, m.to_map(p)))
            .flatten()
    })
}

/// A focusable widget per region: keyboard focus, Enter/Space, screen readers.
fn region_widgets_ui<'a>(
    ui: &mut Ui,
    shared: &Shared<'a>,
    nav: &Nav,
    placed: &[Placed],
    commands: &mut Commands,
) -> Vec<(usize, &'a RegionShape, Response)> {
    let mut widgets = Vec::new();
    for (map_index, m) in placed.iter().enumerate() {
        for shape in shared.layout.shapes(m.map) {
            let rect = Rect::from_two_pos(m.pos(shape.bounds.0), m.pos(shape.bounds.1));
            let id = region_id(shape.region);
            let response = ui.interact(rect, id, Sense::click());
            let is_selected = nav.selected == Some(shape.region);
            response.widget_info(|| {
                WidgetInfo::selected(egui::Role::Button, true, is_selected, &shape.access_label)
            });
            if response.clicked() {
                commands.push(MapCommand::Select(Some(shape.region)));
            }
            widgets.push((map_index, shape, response));
        }
    }
    // Arrow keys move focus to the nearest region in that direction, across
    // both soles on the Feet view.
    let focused = widgets.iter().position(|(_, _, r)| r.has_focus());
    if let Some(from) = focused {
        let id = widgets[from].2.id;
        ui.memory_mut(|mem| {
            mem.set_focus_lock_filter(
                id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
        let direction = ui.input(|i| {
            [
                (Key::ArrowUp, Direction::Up),
                (Key::ArrowDown, Direction::Down),
                (Key::ArrowLeft, Direction::Left),
                (Key::ArrowRight, Direction::Right),
            ]
            .into_iter()
            .find(|(key, _)| i.key_pressed(*key))
            .map(|(_, d)| d)
        });
        if let Some(direction) = direction {
            let centres: Vec<geometry::Point> = widgets
                .iter()
                .map(|(m, shape, _)| {
                    let p = placed[*m].pos(shape.centroid);
                    (p.x, p.y)
                })
                .collect();
            if let Some(next) = geometry::nearest_in_direction(&centres, from, direction) {
                let next_id = widgets[next].2.id;
                ui.memory_mut(|mem| mem.request_focus(next_id));
            }
        }
    }
    widgets
}

fn region_fill(
    shared: &Shared,
    nav: &Nav,
    region: usize,
    hovered: Option<usize>,
    palette: &Palette,
) -> Color32 {
    if nav.selected == Some(region) {
        palette.region_selected
    } else if hovered == Some(region) {
        palette.region_hover
    } else if let Some(link) = shared.caches.links.get(&region) {
        match link {
            LinkKind::Reflex => palette.region_reflex,
            LinkKind::MayEase => palette.region_may_ease,
        }
    } else if nav.filter.is_active()
        && !shared
            .caches
            .region_matches
            .get(region)
            .copied()
            .unwrap_or(false)
    {
        palette.region_dimmed
    } else {
        palette.region_fill
    }
}

fn paint_maps(
    ui: &Ui,
    shared: &Shared,
    nav: &Nav,
    placed: &[Placed],
    regions: &[(usize, &RegionShape, Response)],
    hovered: Option<usize>,
    palette: &Palette,
) {
    let painter = ui.painter();
    // Silhouette: every region widened by a thick stroke, plus arms on the body.
    for m in placed {
        let width = m.rect().width();
        let stroke = Stroke::new(
            width * theme::SILHOUETTE_STROKE_FRACTION,
            palette.silhouette,
        );
        if !m.map.is_foot() {
            paint_arms(painter, m, width, palette.silhouette);
        }
        for shape in shared.layout.shapes(m.map) {
            painter.add(Shape::mesh(mesh(shape, m, palette.silhouette)));
            painter.add(Shape::closed_line(outline(shape, m), stroke));
        }
    }
    for (m, shape, response) in regions {
        let m = &placed[*m];
        let region = &shared.catalogue.regions[shape.region];
        painter.add(Shape::mesh(mesh(
            shape,
            m,
            region_fill(shared, nav, shape.region, hovered, palette),
        )));
        let edge = if region.caution.is_some() {
            Stroke::new(theme::SELECTED_STROKE_WIDTH, palette.caution)
        } else {
            Stroke::new(theme::REGION_STROKE_WIDTH, palette.region_stroke)
        };
        painter.add(Shape::closed_line(outline(shape, m), edge));
        if nav.selected == Some(shape.region) {
            painter.add(Shape::closed_line(
                outline(shape, m),
                Stroke::new(
                    theme::SELECTED_STROKE_WIDTH,
                    ui.visuals().strong_text_color(),
                ),
            ));
        }
        if shared
            .caches
            .favourite_regions
            .get(shape.region)
            .copied()
            .unwrap_or(false)
        {
            let at = m.pos(shape.centroid);
            icons::paint_filled_star(painter, at, theme::ICON_SIZE * 0.45, palette.star);
        }
        if response.has_focus() {
            painter.add(Shape::closed_line(
                outline(shape, m),
                Stroke::new(theme::FOCUS_STROKE_WIDTH, palette.focus),
            ));
        }
    }
    // Side letters so left and right are never in doubt.
    for m in placed {
        let rect = m.rect();
        let font = FontId::proportional(theme::BODY_TEXT_PT);
        let (left, right) = match m.map {
            MapId::BodyFront => ("R", "L"),
            MapId::BodyBack => ("L", "R"),
            MapId::LeftSole => ("", ""),
            MapId::RightSole => ("", ""),
        };
        let color = palette.muted_text;
        painter.text(
            rect.left_top() + vec2(0.0, 4.0),
            Align2::LEFT_TOP,
            left,
            font.clone(),
            color,
        );
        painter.text(
            rect.right_top() + vec2(0.0, 4.0),
            Align2::RIGHT_TOP,
            right,
            font.clone(),
            color,
        );
    }
}

/// Arms hang beside the body; they carry no regions, they only make the
/// figure recognisable.
fn paint_arms(painter: &egui::Painter, m: &Placed, width: f32, color: Color32) {
    let arm = [(0.235, 0.215), (0.2, 0.33), (0.185, 0.44), (0.17, 0.52)];
    let stroke = Stroke::new(width * theme::ARM_WIDTH_FRACTION, color);
    for mirror in [false, true] {
        let points: Vec<Pos2> = arm
            .iter()
            .map(|&(x, y)| m.pos((if mirror { 1.0 - x } else { x }, y)))
            .collect();
        for p in &points {
            painter.circle_filled(*p, stroke.width * 0.5, color);
        }
        painter.add(Shape::line(points.clone(), stroke));
        if let Some(hand) = points.last() {
            painter.circle_filled(
                *hand + vec2(0.0, stroke.width * 0.4),
                stroke.width * 0.6,
                color,
            );
        }
    }
}

fn region_tooltip_ui(ui: &mut Ui, shared: &Shared, region: usize) {
    let Some(r) = shared.catalogue.regions.get(region) else {
        return;
    };
    ui.strong(&r.name);
    if let Some(reflex) = &r.reflex_label {
        ui.label(format!("Reflex zone for {reflex}"));
    }
    if let Some(caution) = &r.caution {
        ui.colored_label(
            Palette::for_visuals(ui.visuals()).caution,
            format!("Caution: {caution}"),
        );
    }
    ui.weak("Click to see what you can do here");
}

fn legend_ui(ui: &mut Ui, shared: &Shared, nav: &Nav, palette: &Palette) {
    ui.horizontal_wrapped(|ui| {
        let item = |ui: &mut Ui, color: Color32, text: &str| {
            icons::swatch_ui(ui, color);
            ui.label(text);
            ui.add_space(8.0);
        };
        item(ui, palette.region_selected, "Selected");
        item(ui, palette.region_reflex, "Linked on the reflex chart");
        item(ui, palette.region_may_ease, "May ease it from here");
        item(ui, palette.caution, "Caution");
        if shared.caches.favourite_regions.iter().any(|m| *m) {
            item(ui, palette.star, "Star: a favourite works here");
        }
        if nav.filter.is_active() {
            item(ui, palette.region_dimmed, "No match");
        }
    });
}

pub fn reflexology_note_ui(ui: &mut Ui, palette: &Palette) {
    ui.label(
        egui::RichText::new(
            "Reflexology is a traditional map, not anatomy. A foot massage may \
            help you relax; it does not diagnose or treat anything.",
        )
        .color(palette.muted_text),
    );
    ui.menu_button("Learn more about reflexology", |ui| {
        ui.set_max_width(420.0);
        ui.label(
            "Reflexology charts link areas of the feet to organs and body parts. Careful reviews of the research have \
             found no good evidence that these links exist or that reflexology treats any illness. Some studies \
             report that people feel more relaxed or less anxious after a session, much as after any gentle foot \
             massage. Enjoy it for that, and see a doctor for pain that worries you.",
        );
    });
}
