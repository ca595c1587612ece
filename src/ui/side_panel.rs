//! The right-hand panel: filters, then what the selected region offers:
//! techniques that work there and ones that help it from elsewhere.

use egui::{RichText, Ui};

use crate::app::{Command, ReliefApp};
use crate::content::{Equipment, Position};
use crate::links::LinkKind;
use crate::search::Filter;
use crate::theme::{self, Palette};
use crate::ui::technique_row::technique_row_ui;

pub fn side_panel_ui(ui: &mut Ui, app: &ReliefApp, commands: &mut Vec<Command>) {
    egui::Panel::right("selection")
        .resizable(true)
        .default_size((ui.ctx().content_rect().width() * 0.3).clamp(theme::SIDE_PANEL_MIN_WIDTH, theme::SIDE_PANEL_WIDTH))
        .min_size(theme::SIDE_PANEL_MIN_WIDTH)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                // Keep text clear of the scroll bar.
                ui.set_max_width(ui.available_width() - theme::SCROLL_BAR_CLEARANCE);
                let palette = Palette::for_visuals(ui.visuals());
                if app.page == crate::app::Page::Map {
                    super::map_view::caption_ui(ui, app.view, &palette);
                    if app.view == crate::map::View::Feet {
                        super::map_view::reflexology_note_ui(ui, &palette);
                    }
                    ui.separator();
                }
                filters_ui(ui, &app.filter, commands);
                ui.separator();
                match app.selected {
                    Some(region) => selection_ui(ui, app, region, commands),
                    None if app.filter.is_active() => results_ui(ui, app, commands),
                    None => {
                        ui.heading("Where does it hurt?");
                        ui.label("Click a region on the map, or press Tab to reach the map and use the arrow keys and Enter.");
                        ui.label("You can also search above, or pick from the List view.");
                    }
                }
            });
        });
}

fn filters_ui(ui: &mut Ui, filter: &Filter, commands: &mut Vec<Command>) {
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
                commands.push(Command::SetFilter(edited));
            }
        });
}

fn selection_ui(ui: &mut Ui, app: &ReliefApp, region_index: usize, commands: &mut Vec<Command>) {
    let Some(region) = app.catalogue.regions.get(region_index) else {
        return;
    };
    let palette = Palette::for_visuals(ui.visuals());
    ui.horizontal(|ui| {
        ui.heading(&region.name);
        if ui
            .small_button("Clear")
            .on_hover_text("Clear the selection (Esc)")
            .clicked()
        {
            commands.push(Command::Select(None));
        }
    });
    if let Some(label) = &region.reflex_label {
        ui.label(format!("Reflex zone for {label}."));
    }
    if let Some(caution) = &region.caution {
        ui.colored_label(palette.caution, format!("Caution: {caution}"));
    }
    let reflex: Vec<&str> = app
        .derived
        .links
        .iter()
        .filter(|(_, kind)| **kind == LinkKind::Reflex)
        .filter_map(|(i, _)| app.catalogue.regions.get(*i))
        .map(|r| r.name.as_str())
        .collect();
    if !reflex.is_empty() {
        ui.label(
            RichText::new(format!("Linked on the reflex map: {}", reflex.join(", ")))
                .color(palette.region_reflex),
        );
    }

    let matches = |i: &usize| {
        app.derived
            .technique_matches
            .get(*i)
            .copied()
            .unwrap_or(false)
    };
    let work_here: Vec<usize> = (0..app.catalogue.techniques.len())
        .filter(|&i| app.catalogue.techniques[i].works_on.contains(&region.id))
        .collect();
    let helps_here: Vec<usize> = (0..app.catalogue.techniques.len())
        .filter(|&i| {
            let t = &app.catalogue.techniques[i];
            t.helps.contains(&region.id) && !t.works_on.contains(&region.id)
        })
        .collect();
    ui.add_space(theme::SECTION_GAP);
    group_ui(ui, app, "Work here", &work_here, &matches, false, commands);
    ui.add_space(theme::SECTION_GAP);
    group_ui(
        ui,
        app,
        "Helps here from elsewhere",
        &helps_here,
        &matches,
        true,
        commands,
    );
}

fn group_ui(
    ui: &mut Ui,
    app: &ReliefApp,
    title: &str,
    all: &[usize],
    matches: &dyn Fn(&usize) -> bool,
    show_place: bool,
    commands: &mut Vec<Command>,
) {
    let shown: Vec<usize> = all.iter().copied().filter(|i| matches(i)).collect();
    ui.strong(format!("{title} ({})", shown.len()));
    if all.is_empty() {
        ui.weak("Nothing listed for this region.");
    }
    for &index in &shown {
        technique_row_ui(ui, app, index, show_place, commands);
    }
    let hidden = all.len() - shown.len();
    if hidden > 0 {
        ui.weak(format!(
            "{hidden} more hidden by your search or filters. Clear them to see all."
        ));
    }
}

fn results_ui(ui: &mut Ui, app: &ReliefApp, commands: &mut Vec<Command>) {
    let shown: Vec<usize> = (0..app.catalogue.techniques.len())
        .filter(|&i| app.derived.technique_matches[i])
        .collect();
    ui.heading(format!("Results ({})", shown.len()));
    if shown.is_empty() {
        ui.label("No technique matches. Try fewer or different words, or clear the filters.");
    }
    for index in shown {
        technique_row_ui(ui, app, index, true, commands);
    }
}
