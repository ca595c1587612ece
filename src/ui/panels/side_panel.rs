//! The right-hand panel: filters, then what the selected region offers:
//! techniques that work there, ones an article says may ease it from
//! elsewhere, and reflex points the foot chart pairs with it.

use crate::content::{RegionId, TechniqueId, ViewChoice};
use egui::{RichText, Ui};

use crate::content::{Equipment, Position};
use crate::logic::search::Filter;
use crate::state::command::{Commands, MapCommand};
use crate::state::nav::{Nav, Page};
use crate::ui::Shared;
use crate::ui::pages::map as map_page;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::technique_row::{RowPlace, technique_row_ui};
use crate::ui::widgets::{a11y, heading};
use egui::accesskit::Role;

/// Takes the panel's room at the right (resizable, its width remembered)
/// and returns where its contents go. The contents are drawn after the
/// page by [`side_panel_ui`], so the Tab key reaches the map before the
/// lists beside it.
pub fn reserve_side_panel_ui(ui: &mut Ui) -> egui::Rect {
    let window = ui.ctx().content_rect();
    egui::Panel::right("selection")
        .resizable(true)
        .default_size(
            (ui.ctx().content_rect().width() * 0.3)
                .clamp(theme::SIDE_PANEL_MIN_WIDTH, theme::SIDE_PANEL_WIDTH),
        )
        .min_size(theme::SIDE_PANEL_MIN_WIDTH)
        .show(ui, |ui| {
            // Hold the width the panel has (its default or as resized; an
            // empty panel would shrink to its minimum), and the width its
            // contents needed last frame, as if they were inside.
            let needed = ui.data(|d| d.get_temp::<f32>(contents_width_id()));
            ui.set_min_size(ui.available_size());
            if let Some(width) = needed {
                // Never more than its share: the page keeps the rest.
                ui.set_min_width(width.min(window.width() * theme::SIDE_PANEL_MAX_SHARE));
            }
            ui.max_rect()
        })
        .inner
}

/// In a narrow window (a small screen, or large text) the panel's contents
/// go under the page instead of beside it, the full width, in a panel
/// that can be made taller or shorter.
pub fn reserve_bottom_panel_ui(ui: &mut Ui) -> egui::Rect {
    let window = ui.ctx().content_rect();
    egui::Panel::bottom("selection_below")
        .resizable(true)
        .default_size(window.height() * theme::BOTTOM_PANEL_SHARE)
        .min_size(theme::BOTTOM_PANEL_MIN_HEIGHT.min(window.height() * 0.5))
        .max_size(window.height() * 0.75)
        .show(ui, |ui| {
            ui.set_min_size(ui.available_size());
            ui.max_rect()
        })
        .inner
}

/// Whether the window is too narrow for the panel beside the page.
pub fn is_narrow(ctx: &egui::Context) -> bool {
    ctx.content_rect().width() < theme::NARROW_WINDOW_WIDTH
}

/// The panel's contents, in the room [`reserve_side_panel_ui`] kept.
pub fn side_panel_ui(
    ui: &mut Ui,
    rect: egui::Rect,
    shared: &Shared,
    nav: &Nav,
    commands: &mut Commands,
) {
    let builder = egui::UiBuilder::new()
        .max_rect(rect)
        .id_salt("selection_contents");
    let mut child = ui.new_child(builder);
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    let ui = &mut child;
    contents_ui(ui, shared, nav, commands);
    // Wider than the room kept: the panel grows to it next frame.
    let width = child.min_rect().width();
    let known = child.data(|d| d.get_temp::<f32>(contents_width_id()));
    if known != Some(width) {
        child.data_mut(|d| d.insert_temp(contents_width_id(), width));
        if width > rect.width() + 0.5 {
            child.ctx().request_repaint();
        }
    }
}

fn contents_width_id() -> egui::Id {
    egui::Id::unique("reliefmap-side-panel-contents-width")
}

fn contents_ui(ui: &mut Ui, shared: &Shared, nav: &Nav, commands: &mut Commands) {
    a11y::region_ui(ui, Role::Complementary, "Selection and techniques", |ui| {
        let area = egui::ScrollArea::vertical().auto_shrink([false, false]);
        a11y::scroll_ui(ui, area, "Selection", |ui| {
            // Keep text clear of the scroll bar.
            ui.set_max_width(ui.available_width() - theme::SCROLL_BAR_CLEARANCE);
            let palette = Palette::for_visuals(ui.visuals());
            if nav.page() == Page::Map {
                if is_narrow(ui.ctx()) && nav.view != ViewChoice::List {
                    map_page::panel_legend_ui(ui, shared, nav, commands);
                }
                map_page::caption_ui(ui, shared, &nav.view, &palette);
                ui.separator();
            }
            if nav.filter.is_active() {
                ui.label(
                    RichText::new("Filters are on (at the end of this panel).")
                        .color(palette.accent),
                );
            }
            match nav.selected {
                Some(region) => selection_ui(ui, shared, region, commands),
                None if nav.filter.is_active() => results_ui(ui, shared, commands),
                None => {
                    heading::section_heading_ui(ui, RichText::new("Where does it hurt?").heading());
                    ui.label(
                        "Click a region on the map, or press Tab to reach the map and \
                    use the arrow keys and Enter.",
                    );
                    ui.label("You can also search above, or pick from the List view.");
                }
            }
            // After the lists, so Tab goes from the map to the techniques.
            ui.separator();
            filters_ui(ui, &nav.filter, commands);
        });
    });
}

fn filters_ui(ui: &mut Ui, filter: &Filter, commands: &mut Commands) {
    let title = if filter.is_active() {
        "Filters (on)"
    } else {
        "Filters"
    };
    egui::CollapsingHeader::new(title)
        .id_salt("filters")
        .show(ui, |ui| {
            let mut edited = filter.clone();
            ui.checkbox(&mut edited.only_owned, "Only what I have:");
            ui.add_enabled_ui(edited.only_owned, |ui| {
                ui.horizontal_wrapped(|ui| {
                    for e in Equipment::ALL {
                        let mut owned = edited.owned.contains(&e);
                        if ui.toggle_value(&mut owned, e.label()).changed() {
                            if owned {
                                edited.owned.insert(e);
                            } else {
                                edited.owned.remove(&e);
                            }
                        }
                    }
                });
            });
            egui::ComboBox::from_label("Position")
                .selected_text(edited.position.map_or("Any", Position::label))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut edited.position, None, "Any");
                    for p in [Position::Sitting, Position::Lying, Position::Standing] {
                        ui.selectable_value(&mut edited.position, Some(p), p.label());
                    }
                });
            ui.horizontal(|ui| {
                let mut limited = edited.max_minutes.is_some();
                ui.checkbox(&mut limited, "At most");
                let mut minutes = edited.max_minutes.unwrap_or(5);
                ui.add_enabled(
                    limited,
                    egui::DragValue::new(&mut minutes)
                        .range(1..=60)
                        .suffix(" min"),
                );
                edited.max_minutes = limited.then_some(minutes);
            });
            if filter.is_active() && ui.button("Clear search and filters").clicked() {
                edited = Filter::default();
            }
            if edited != *filter {
                commands.push(MapCommand::SetFilter(edited));
            }
        });
}

fn selection_ui(ui: &mut Ui, shared: &Shared, region_index: RegionId, commands: &mut Commands) {
    let Some(region) = shared.catalogue.regions.get(region_index) else {
        return;
    };
    let palette = Palette::for_visuals(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        heading::section_heading_ui(ui, RichText::new(&region.name).heading());
        // Not a Tab stop: Escape clears too, and Tab goes on to the list.
        let clear = egui::Button::new("Clear").small().sense(egui::Sense::CLICK);
        if ui
            .add(clear)
            .on_hover_text("Clear the selection (Esc)")
            .clicked()
        {
            commands.push(MapCommand::Select(None));
        }
    });
    if let Some(label) = &region.reflex_label {
        ui.label(format!("Reflex zone for {label}."));
    }
    if let Some(caution) = &region.caution {
        ui.colored_label(palette.caution, format!("Caution: {caution}"));
    }
    if let Some(line) = &shared.caches.chart_links_line {
        ui.label(RichText::new(line).color(palette.region_reflex));
    }

    lists_ui(ui, shared, commands);
}

/// Work here, May ease it from elsewhere, and (where the chart has one)
/// Linked on the reflex chart.
fn lists_ui(ui: &mut Ui, shared: &Shared, commands: &mut Commands) {
    let matches = |i: &TechniqueId| {
        shared
            .caches
            .technique_matches
            .get(*i)
            .copied()
            .unwrap_or(false)
    };
    let lists = &shared.caches.region_lists;
    let groups = [
        Group {
            title: "Work here",
            note: None,
            items: &lists.work_here,
            place: RowPlace::Hidden,
            always_shown: true,
        },
        Group {
            title: "May ease it from elsewhere",
            note: Some("An article says relief may be felt here."),
            items: &lists.may_ease,
            place: RowPlace::Body,
            always_shown: true,
        },
        Group {
            title: "Linked on the reflex chart",
            note: Some(
                "Foot charts pair these zones with this area: a tradition, not a treatment.",
            ),
            items: &lists.reflex_chart,
            place: RowPlace::ChartZones(&lists.chart_zones),
            // Only where the chart has a link.
            always_shown: false,
        },
    ];
    for group in groups {
        if group.items.is_empty() && !group.always_shown {
            continue;
        }
        ui.add_space(theme::SECTION_GAP);
        group_ui(ui, shared, &group, &matches, commands);
    }
}

/// One titled list of techniques in the selection panel.
struct Group<'a> {
    title: &'a str,
    note: Option<&'a str>,
    items: &'a [TechniqueId],
    /// What each row says before the technique's name.
    place: RowPlace<'a>,
    /// Shown (saying "nothing listed") even when empty.
    always_shown: bool,
}

fn group_ui(
    ui: &mut Ui,
    shared: &Shared,
    group: &Group,
    matches: &dyn Fn(&TechniqueId) -> bool,
    commands: &mut Commands,
) {
    let shown: Vec<TechniqueId> = group.items.iter().copied().filter(|i| matches(i)).collect();
    let title = format!("{} ({})", group.title, shown.len());
    heading::heading_ui(ui, RichText::new(&title).strong(), 3);
    if let Some(note) = group.note {
        ui.weak(note);
    }
    if group.items.is_empty() {
        ui.weak("Nothing listed for this region.");
    }
    a11y::list_ui(ui, group.title, |ui| {
        for &index in &shown {
            technique_row_ui(ui, shared, index, group.place, commands);
        }
    });
    let hidden = group.items.len() - shown.len();
    if hidden > 0 {
        ui.weak(format!(
            "{hidden} more hidden by your search or filters. Clear them to see all."
        ));
    }
}

fn results_ui(ui: &mut Ui, shared: &Shared, commands: &mut Commands) {
    let shown = &shared.caches.results;
    let title = format!("Results ({})", shown.len());
    heading::section_heading_ui(ui, RichText::new(&title).heading());
    if shown.is_empty() {
        ui.label("No technique matches. Try fewer or different words, or clear the filters.");
    }
    a11y::list_ui(ui, "Results", |ui| {
        for &index in shown {
            technique_row_ui(ui, shared, index, RowPlace::Body, commands);
        }
    });
}
