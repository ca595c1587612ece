//! Routines: the built-in ones and the person's own on the left with
//! sharing (export, import); the chosen routine on the right with its total
//! time, Start, and for the person's own the editing controls.

use crate::logic::keys::ItemKey;
use egui::{RichText, Ui};

use crate::logic::routines::{self, RoutineInfo, RoutineRef, display_name};
use crate::logic::text::{count_text, duration_text, minutes_text};
use crate::state::command::{Commands, NavCommand, RoutineCommand, RunCommand};
use crate::ui::Shared;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::big_button::{Size, big_button_ui};
use crate::ui::widgets::illustration;
use crate::ui::widgets::{a11y, heading};

mod editor;
mod share;

use editor::{add_technique_ui, technique_list_ui};
pub use share::{RoutineMessage, RoutinesForm};
use share::{routine_message_ui, share_ui};

pub fn routines_page_ui(
    ui: &mut Ui,
    shared: &Shared,
    selected: Option<RoutineRef>,
    form: &mut RoutinesForm,
    commands: &mut Commands,
) {
    let all = &shared.caches.routine_refs;
    let selected = selected
        .filter(|r| all.contains(r))
        .or_else(|| all.first().copied());
    let shown =
        selected.and_then(|r| routines::info(shared.catalogue, shared.user, r).map(|i| (r, i)));
    let details_ui = |ui: &mut Ui, form: &mut RoutinesForm, commands: &mut Commands| match &shown {
        Some((routine, info)) => routine_ui(ui, shared, *routine, info, form, commands),
        None => {
            heading::page_heading_ui(ui, "Routines");
            ui.label("No routines are loaded.");
        }
    };
    if crate::ui::panels::side_panel::is_narrow(ui.ctx()) {
        // A narrow window: one column that scrolls, the chosen routine first,
        // then the list to choose another, then sharing.
        let area = egui::ScrollArea::vertical().auto_shrink([false, false]);
        a11y::scroll_ui(ui, area, "Routines", |ui| {
            details_ui(ui, form, commands);
            ui.add_space(theme::SECTION_GAP);
            ui.separator();
            routine_list_ui(ui, shared, selected, commands);
            ui.add_space(theme::SECTION_GAP);
            ui.separator();
            share_ui(ui, form, commands);
        });
        return;
    }
    egui::Panel::left("routine_list")
        .resizable(false)
        .exact_size(theme::ROUTINE_LIST_WIDTH)
        .show(ui, |ui| {
            let area = egui::ScrollArea::vertical().auto_shrink([false, false]);
            a11y::scroll_ui(ui, area, "Routines", |ui| {
                routine_list_ui(ui, shared, selected, commands);
                ui.add_space(theme::SECTION_GAP);
                ui.separator();
                share_ui(ui, form, commands);
            });
        });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        let area = egui::ScrollArea::vertical()
            .id_salt("routine_details")
            .auto_shrink([false, false]);
        a11y::scroll_ui(ui, area, "Routine", |ui| details_ui(ui, form, commands));
    });
}

/// "about 15 min · 5 techniques"
fn routine_facts(shared: &Shared, routine: RoutineRef) -> String {
    let summary = shared
        .caches
        .routines
        .get(&routine)
        .cloned()
        .unwrap_or_default();
    if summary.techniques == 0 {
        return "empty".to_owned();
    }
    format!(
        "about {} · {}",
        minutes_text(summary.secs),
        count_text(summary.techniques, "technique", "techniques")
    )
}

fn routine_list_ui(
    ui: &mut Ui,
    shared: &Shared,
    selected: Option<RoutineRef>,
    commands: &mut Commands,
) {
    let palette = Palette::for_visuals(ui.visuals());
    heading::page_heading_ui(ui, "Routines");
    heading::section_heading_ui(ui, "From the articles");
    for id in shared.catalogue.routines.keys() {
        routine_row_ui(
            ui,
            shared,
            RoutineRef::BuiltIn(id),
            selected,
            &palette,
            commands,
        );
    }
    ui.add_space(theme::SECTION_GAP);
    heading::section_heading_ui(ui, "My routines");
    if shared.user.routines.is_empty() {
        ui.weak("None yet. Make one below, or copy one from the articles and change it.");
    }
    for r in &shared.user.routines {
        routine_row_ui(
            ui,
            shared,
            RoutineRef::Mine(r.key()),
            selected,
            &palette,
            commands,
        );
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button("New routine").clicked() {
            commands.push(RoutineCommand::New(Vec::new()));
        }
        let favourites = &shared.caches.favourites;
        let from_favourites = ui
            .add_enabled(
                !favourites.is_empty(),
                egui::Button::new(format!("New from favourites ({})", favourites.len())),
            )
            .on_disabled_hover_text("Star some techniques first");
        if from_favourites.clicked() {
            commands.push(RoutineCommand::New(favourites.clone()));
        }
    });
}

fn routine_row_ui(
    ui: &mut Ui,
    shared: &Shared,
    routine: RoutineRef,
    selected: Option<RoutineRef>,
    palette: &Palette,
    commands: &mut Commands,
) {
    let Some(info) = routines::info(shared.catalogue, shared.user, routine) else {
        return;
    };
    let name = display_name(info.name);
    let response = ui.selectable_label(Some(routine) == selected, RichText::new(name).strong());
    if response.clicked() {
        commands.push(NavCommand::OpenRoutine(routine));
    }
    ui.label(RichText::new(routine_facts(shared, routine)).color(palette.muted_text));
}

fn routine_ui(
    ui: &mut Ui,
    shared: &Shared,
    routine: RoutineRef,
    info: &RoutineInfo,
    form: &mut RoutinesForm,
    commands: &mut Commands,
) {
    let own = match routine {
        RoutineRef::Mine(key) => Some(key),
        RoutineRef::BuiltIn(_) => None,
    };
    routine_header_ui(ui, shared, routine, own, info, commands);
    ui.add_space(theme::SECTION_GAP);
    strip_ui(ui, shared, info);
    routine_actions_ui(ui, shared, routine, own, info, form, commands);
    ui.add_space(theme::SECTION_GAP);
    technique_list_ui(ui, shared, own, info, commands);
    if let Some(index) = own {
        ui.add_space(theme::SECTION_GAP);
        add_technique_ui(ui, shared, index, info, commands);
    }
}

/// The name (editable for the person's own), summary, total time, source
/// and techniques the content lacks.
fn routine_header_ui(
    ui: &mut Ui,
    shared: &Shared,
    routine: RoutineRef,
    own: Option<ItemKey>,
    info: &RoutineInfo,
    commands: &mut Commands,
) {
    let palette = Palette::for_visuals(ui.visuals());
    match own {
        Some(index) => name_ui(ui, index, info.name, commands),
        None => {
            heading::page_heading_ui(ui, info.name);
        }
    }
    if !info.summary.is_empty() {
        ui.label(info.summary);
    }
    let summary = shared
        .caches
        .routines
        .get(&routine)
        .cloned()
        .unwrap_or_default();
    ui.add_space(4.0);
    if summary.techniques > 0 {
        ui.label(
            RichText::new(format!(
                "About {} in all, with {} to get ready between techniques",
                minutes_text(summary.secs),
                duration_text(info.transition_secs)
            ))
            .size(theme::BODY_TEXT_PT + 2.0)
            .strong(),
        );
    }
    if let Some(source) = info.source.and_then(|id| shared.catalogue.source(id)) {
        ui.weak(format!("Follows the article “{}”", source.title))
            .on_hover_text(&source.covers);
    }
    let missing: Vec<&str> = info.missing(shared.catalogue).collect();
    if !missing.is_empty() {
        ui.colored_label(
            palette.caution,
            format!(
                "Not in the loaded content, skipped when playing: {}",
                missing.join(", ")
            ),
        );
    }
}

/// The techniques' first positions in a row, in playing order: the
/// routine at a glance.
fn strip_ui(ui: &mut Ui, shared: &Shared, info: &RoutineInfo) {
    let techniques: Vec<&crate::content::Technique> = info
        .technique_ids
        .iter()
        .filter_map(|id| shared.catalogue.technique(id))
        .collect();
    if techniques.is_empty() {
        return;
    }
    let area = egui::ScrollArea::horizontal().id_salt("routine_strip");
    a11y::scroll_across_ui(ui, area, "First positions", |ui| {
        ui.horizontal(|ui| {
            for (n, technique) in techniques.iter().enumerate() {
                ui.vertical(|ui| {
                    ui.set_width(theme::STRIP_PICTURE_WIDTH);
                    if let Some(step) = technique.steps.first() {
                        let width = theme::STRIP_PICTURE_WIDTH;
                        illustration::step_picture_ui(
                            ui,
                            shared.catalogue,
                            step,
                            false,
                            width,
                            None,
                        );
                    }
                    ui.small(format!("{}. {}", n + 1, technique.name));
                });
            }
        });
    });
    ui.add_space(theme::SECTION_GAP);
}

/// The name of the person's own routine, editable; saved as it is typed.
fn name_ui(ui: &mut Ui, routine: ItemKey, name: &str, commands: &mut Commands) {
    let mut name = name.to_owned();
    ui.horizontal(|ui| {
        let label = ui.label("Name");
        let edit = egui::TextEdit::singleline(&mut name)
            .font(egui::TextStyle::Heading)
            .char_limit(crate::content::MAX_ROUTINE_NAME_CHARS)
            .hint_text("Name this routine")
            .desired_width(360.0);
        if ui.add(edit).labelled_by(label.id).changed() {
            commands.push(RoutineCommand::Rename { routine, name });
        }
    });
}

/// Start, Export, Copy or Delete, and what the last one did.
fn routine_actions_ui(
    ui: &mut Ui,
    shared: &Shared,
    routine: RoutineRef,
    own: Option<ItemKey>,
    info: &RoutineInfo,
    form: &mut RoutinesForm,
    commands: &mut Commands,
) {
    let palette = Palette::for_visuals(ui.visuals());
    let playable = shared
        .caches
        .routines
        .get(&routine)
        .is_some_and(|s| s.techniques > 0);
    ui.horizontal_wrapped(|ui| {
        if big_button_ui(ui, "Start routine", Size::Main, playable)
            .on_disabled_hover_text("Add a technique first")
            .clicked()
        {
            commands.push(RunCommand::StartRoutine(routine));
        }
        if ui
            .add_enabled(playable, egui::Button::new("Export"))
            .on_hover_text("Save this routine and your favourites as a file to hand on")
            .on_disabled_hover_text("Add a technique first")
            .clicked()
        {
            commands.push(RoutineCommand::Export(routine));
        }
        match own {
            None => {
                if ui
                    .button("Copy to my routines")
                    .on_hover_text("Make your own copy to change")
                    .clicked()
                {
                    commands.push(RoutineCommand::Copy(routine));
                }
            }
            Some(index) => {
                if ui.button("Delete routine").clicked() {
                    form.confirm_delete = Some(index);
                }
            }
        }
    });
    routine_message_ui(ui, form.message.as_ref(), &palette);
    if let Some(index) = own
        && form.confirm_delete == Some(index)
    {
        confirm_delete_ui(ui, index, info.name, form, commands);
    }
}

/// "Delete 'Morning feet'?" with Yes and Keep it.
fn confirm_delete_ui(
    ui: &mut Ui,
    index: ItemKey,
    name: &str,
    form: &mut RoutinesForm,
    commands: &mut Commands,
) {
    let palette = Palette::for_visuals(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            palette.caution,
            format!(
                "Delete '{}'? Your log keeps the runs you did.",
                display_name(name)
            ),
        );
        if ui.button("Yes, delete").clicked() {
            commands.push(RoutineCommand::Delete(index));
        }
        if ui.button("Keep it").clicked() {
            form.confirm_delete = None;
        }
    });
}

/// A short button ("Up") whose tooltip and screen-reader name say in full
/// what it does ("Move Arch rolls up").
pub(super) fn labelled(response: egui::Response, full: String) -> egui::Response {
    let enabled = response.enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &full));
    response.on_hover_text(full)
}
