//! The clickable maps of a view (the body, the soles, a pack's hand chart).
//!
//! Each region is its own focusable widget with an AccessKit name and a
//! description of how it relates to the selection, so Tab, arrow keys,
//! Enter and screen readers reach it. Pointer input goes to one transparent
//! widget over the maps that hit-tests the real curved outlines, the
//! smallest region under the pointer winning, so overlapping bounding boxes
//! never steal a click.
//!
//! - `regions`: the region widgets, arrow keys, and each region's state;
//! - `paint`: the maps drawn and cached between frames.

mod paint;
mod regions;

use crate::content::RegionId;
use egui::{Align2, Color32, CursorIcon, Id, Rect, Sense, Ui, pos2};

use crate::content::ViewDef;
use crate::content::{ViewChoice, ViewId};
use crate::logic::map_view;
use crate::logic::text;
use crate::state::command::{Commands, MapCommand, PrefsCommand};
use crate::state::nav::Nav;
use crate::ui::Shared;
use crate::ui::keys::{self, Action};
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::map_canvas::Placed;
use crate::ui::widgets::map_labels::{self, LabelInputs};
use crate::ui::widgets::{a11y, icons};
use paint::paint_maps;
use regions::{region_fill, region_widgets_ui};

/// The widget id of a region on the map (for focus requests and tests).
pub fn region_id(region: RegionId) -> Id {
    Id::unique(("reliefmap-region", region))
}

/// The one-frame request "the map takes the focus" (the skip link).
fn map_focus_id() -> Id {
    Id::unique("reliefmap-map-focus-pending")
}

/// Asks the map, when next drawn, to give its current region (its one Tab
/// stop) the focus.
pub fn request_map_focus(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(map_focus_id(), None::<ViewId>));
}

/// Asks the map of `view`, when it is drawn, to take the focus (a digit key
/// switches the view and puts the keyboard on its map; the map still shown
/// this frame leaves the request to it).
pub fn request_view_focus(ctx: &egui::Context, view: &ViewId) {
    ctx.data_mut(|d| d.insert_temp(map_focus_id(), Some(view.clone())));
}

/// Whether the map of `view` should take the focus now.
pub(super) fn take_map_focus(ctx: &egui::Context, view: &ViewChoice) -> bool {
    let wanted = ctx.data(|d| d.get_temp::<Option<ViewId>>(map_focus_id()));
    match wanted {
        Some(Some(other)) if view.map_id() != Some(&other) => false,
        Some(_) => {
            ctx.data_mut(|d| d.remove::<Option<ViewId>>(map_focus_id()));
            true
        }
        None => false,
    }
}

pub fn map_page_ui(ui: &mut Ui, shared: &Shared, nav: &Nav, commands: &mut Commands) {
    let Some(view) = shared.catalogue.chosen_view(&nav.view) else {
        super::region_list::region_list_ui(ui, shared, nav, commands);
        return;
    };
    let palette = Palette::for_visuals(ui.visuals());
    let area = ui.available_rect_before_wrap();
    // In a narrow window the key goes in the panel under the map, which
    // keeps all the page's height.
    let narrow = crate::ui::panels::side_panel::is_narrow(ui.ctx());
    let legend_height = if narrow { 0.0 } else { last_legend_height(ui) };
    let map_area = Rect::from_min_max(
        area.min,
        pos2(
            area.max.x,
            (area.max.y - legend_height - theme::MAP_MARGIN)
                .max(area.min.y + theme::MAP_MIN_HEIGHT),
        ),
    )
    .shrink(theme::MAP_MARGIN);
    let placed = place_view(shared, view, map_area);

    // One group for screen readers (and one Tab stop): the view's map.
    let group = format!("{} map", view.name);
    let regions = a11y::region_ui(ui, egui::accesskit::Role::Group, &group, |ui| {
        region_widgets_ui(ui, shared, nav, &placed, commands)
    });
    let pointer = ui.interact(map_area, Id::unique("reliefmap-map-pointer"), Sense::CLICK);
    let hovered = pointer.hover_pos().and_then(|p| region_at(&placed, p));
    if pointer.clicked()
        && let Some(region) = pointer
            .interact_pointer_pos()
            .and_then(|p| region_at(&placed, p))
    {
        commands.push(MapCommand::Select(Some(region)));
    }
    let mut hidden_names = 0;
    if ui.is_rect_visible(map_area) {
        let taken = titles_ui(ui, &placed, &palette);
        paint_maps(ui, shared, nav, &placed, &regions, hovered, &palette);
        let fill_of = |region: RegionId| region_fill(shared, nav, region, hovered, &palette);
        let inputs = LabelInputs {
            all: shared.user.settings.show_labels,
            selected: nav.selected,
            hovered,
            taken: &taken,
            area: map_area,
        };
        hidden_names =
            map_labels::labels_ui(ui.painter(), shared, &placed, &inputs, &palette, &fill_of);
    }
    if let Some(region) = hovered {
        ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
        pointer.on_hover_ui_at_pointer(|ui| region_tooltip_ui(ui, shared, region));
    }
    ui.data_mut(|d| d.insert_temp(hidden_names_id(), hidden_names));
    if narrow {
        return;
    }
    let legend_area = Rect::from_min_max(pos2(area.min.x, area.max.y - legend_height), area.max);
    let legend = ui.scope_builder(egui::UiBuilder::new().max_rect(legend_area), |ui| {
        legend_ui(ui, shared, nav, &palette, hidden_names, commands);
    });
    keep_legend_height(ui, legend_height, legend.response.rect.height());
}

fn hidden_names_id() -> Id {
    Id::unique("reliefmap-map-hidden-names")
}

/// The map's key where the panel under it shows it (a narrow window).
pub fn panel_legend_ui(ui: &mut Ui, shared: &Shared, nav: &Nav, commands: &mut Commands) {
    let palette = Palette::for_visuals(ui.visuals());
    let hidden = ui
        .data(|d| d.get_temp::<usize>(hidden_names_id()))
        .unwrap_or(0);
    legend_ui(ui, shared, nav, &palette, hidden, commands);
}

fn legend_height_id() -> Id {
    Id::unique("reliefmap-map-legend-height")
}

/// The legend under the maps wraps in narrow windows: the maps leave it
/// the height it took last frame.
fn last_legend_height(ui: &Ui) -> f32 {
    ui.data(|d| d.get_temp::<f32>(legend_height_id()))
        .unwrap_or(theme::MAP_FOOTER_HEIGHT)
}

fn keep_legend_height(ui: &Ui, was: f32, now: f32) {
    if (now - was).abs() > 0.5 {
        ui.data_mut(|d| d.insert_temp(legend_height_id(), now));
        ui.ctx().request_repaint();
    }
}

/// The view's caption, and for a reflex chart the note on what it is.
pub fn caption_ui(ui: &mut Ui, shared: &Shared, view: &ViewChoice, palette: &Palette) {
    let Some(view) = shared.catalogue.chosen_view(view) else {
        return;
    };
    ui.label(egui::RichText::new(&view.caption).color(palette.muted_text));
    let is_chart = view
        .maps
        .iter()
        .any(|m| shared.catalogue.map(m).is_some_and(|m| m.is_chart()));
    if is_chart {
        reflexology_note_ui(ui, palette);
    }
}

/// The view's maps side by side in `area`, as large as fits.
fn place_view<'a>(shared: &Shared<'a>, view: &ViewDef, area: Rect) -> Vec<Placed<'a>> {
    let maps: Vec<_> = view
        .maps
        .iter()
        .filter_map(|id| shared.layout.map(id))
        .collect();
    let aspects: Vec<f32> = maps.iter().map(|m| m.aspect).collect();
    let column_px = if shared.user.settings.show_labels {
        theme::LABEL_COLUMN_PX
    } else {
        0.0
    };
    let boxes = map_view::place_maps(
        &aspects,
        ((area.min.x, area.min.y), (area.max.x, area.max.y)),
        column_px,
    );
    maps.into_iter()
        .zip(boxes)
        .map(|(shapes, (min, max))| {
            Placed::new(
                shared,
                shapes,
                Rect::from_min_max(pos2(min.0, min.1), pos2(max.0, max.1)),
            )
        })
        .collect()
}

fn region_at(placed: &[Placed], p: egui::Pos2) -> Option<RegionId> {
    placed.iter().find_map(|m| {
        m.rect()
            .contains(p)
            .then(|| m.shapes.region_at(m.to_map(p)))
            .flatten()
    })
}

/// Titles and side letters in the maps' top corners ("Left", "R" / "L");
/// returns the boxes they take so labels keep clear of them. They are
/// labels, so screen readers read them too.
fn titles_ui(ui: &mut Ui, placed: &[Placed], palette: &Palette) -> Vec<Rect> {
    let mut taken = Vec::new();
    let last = placed.len().saturating_sub(1);
    for (i, m) in placed.iter().enumerate() {
        let Some(def) = m.def.map(|d| &d.def) else {
            continue;
        };
        let rect = m.rect();
        let mut put = |ui: &mut Ui, text: egui::RichText, at_right: bool| {
            let galley = egui::WidgetText::from(text.clone()).into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            );
            let align = if at_right {
                Align2::RIGHT_TOP
            } else {
                Align2::LEFT_TOP
            };
            let corner = if at_right {
                rect.right_top()
            } else {
                rect.left_top()
            };
            let at = align.anchor_size(corner, galley.size());
            taken.push(ui.put(at, egui::Label::new(text)).rect);
        };
        if let Some(title) = &def.title {
            // The title goes to the outer corner of a row of maps.
            let text = egui::RichText::new(title).color(palette.title).strong();
            put(ui, text, i == last && last > 0);
        }
        if let Some((left, right)) = &def.side_letters {
            put(
                ui,
                egui::RichText::new(left).color(palette.muted_text),
                false,
            );
            put(
                ui,
                egui::RichText::new(right).color(palette.muted_text),
                true,
            );
        }
    }
    taken
}

fn region_tooltip_ui(ui: &mut Ui, shared: &Shared, region: RegionId) {
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

/// Narrowest map area that shows the legend's long words.
const LEGEND_LONG_WIDTH: f32 = 760.0;

fn legend_ui(
    ui: &mut Ui,
    shared: &Shared,
    nav: &Nav,
    palette: &Palette,
    hidden_names: usize,
    commands: &mut Commands,
) {
    // Short words in a narrow window keep the legend to one line, so the
    // maps keep their size; the long words are in the tooltips.
    let long = ui.available_width() >= LEGEND_LONG_WIDTH;
    ui.horizontal_wrapped(|ui| {
        // Each item whole on one line: its words never wrap apart from
        // its swatch ("No / match").
        let item = |ui: &mut Ui, color: Color32, words: (&str, &str)| {
            ui.horizontal(|ui| {
                icons::swatch_ui(ui, color);
                let (long_words, short_words) = words;
                let text = if long { long_words } else { short_words };
                let label = ui.add(egui::Label::new(text).extend());
                if !long {
                    label.on_hover_text(long_words);
                }
            });
            ui.add_space(6.0);
        };
        item(ui, palette.region_selected, ("Selected", "Selected"));
        item(
            ui,
            palette.region_reflex,
            ("Linked on the reflex chart", "Chart link"),
        );
        item(
            ui,
            palette.region_may_ease,
            ("May ease it from here", "May ease"),
        );
        item(ui, palette.caution, ("Caution", "Caution"));
        if shared.caches.favourite_regions.iter().any(|m| *m) {
            item(
                ui,
                palette.star,
                ("Star: a favourite works here", "Favourite"),
            );
        }
        if nav.filter.is_active() {
            item(ui, palette.region_dimmed, ("No match", "No match"));
        }
        labels_toggle_ui(ui, shared.user.settings.show_labels, hidden_names, commands);
    });
}

/// The Labels button: every name, or only the ones that matter now; it
/// also says how many names found no room.
fn labels_toggle_ui(ui: &mut Ui, all: bool, hidden_names: usize, commands: &mut Commands) {
    let mut words = keys::button_label(Action::ToggleLabels);
    let mut hover =
        "Names of all regions, or only the selected, hovered and linked ones".to_owned();
    if hidden_names > 0 {
        words.push_str(&format!(" · {hidden_names} hidden"));
        hover.push_str(&format!(". {}", text::hidden_names(hidden_names)));
    }
    // Its key (L) works everywhere; it is no Tab stop, so Tab goes from the
    // map straight to the list beside it.
    let toggle = egui::Button::selectable(all, words).sense(Sense::CLICK);
    if ui.add(toggle).on_hover_text(hover).clicked() {
        commands.push(PrefsCommand::ToggleLabels);
    }
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
