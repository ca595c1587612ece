//! Routines: the built-in ones and the person's own on the left with
//! sharing (export, import); the chosen routine on the right with its total
//! time, Start, and for the person's own the editing controls.

use egui::{RichText, Ui};

use crate::app::{Command, ReliefApp, RoutineMessage};
use crate::routines::{self, RoutineInfo, RoutineRef, display_name};
use crate::theme::{self, Palette};
use crate::ui::{duration_text, icons};

pub fn routines_page_ui(ui: &mut Ui, app: &ReliefApp, commands: &mut Vec<Command>) {
    let all = routines::all(&app.catalogue, &app.user);
    let selected = app
        .selected_routine
        .filter(|r| all.contains(r))
        .or_else(|| all.first().copied());
    egui::Panel::left("routine_list")
        .resizable(false)
        .exact_size(theme::ROUTINE_LIST_WIDTH)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    routine_list_ui(ui, app, selected, commands);
                    ui.add_space(theme::SECTION_GAP);
                    ui.separator();
                    share_ui(ui, app, commands);
                });
        });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        match selected.and_then(|r| routines::info(&app.catalogue, &app.user, r).map(|i| (r, i))) {
            Some((routine, info)) => routine_ui(ui, app, routine, &info, commands),
            None => {
                ui.heading("Routines");
                ui.label("No routines are loaded.");
            }
        }
    });
}

/// "about 15 min · 5 techniques"
fn routine_facts(app: &ReliefApp, routine: RoutineRef, info: &RoutineInfo) -> String {
    let count = info
        .technique_ids
        .iter()
        .filter(|id| app.catalogue.technique_index(id).is_some())
        .count();
    let secs = app.routine_secs.get(&routine).copied().unwrap_or_default();
    let count = match count {
        0 => return "empty".to_owned(),
        1 => "1 technique".to_owned(),
        n => format!("{n} techniques"),
    };
    format!("about {} · {count}", minutes_text(secs))
}

/// "15 min", rounded to whole minutes above one minute.
fn minutes_text(secs: u32) -> String {
    if secs < 60 {
        duration_text(secs)
    } else {
        format!("{} min", (secs + 30) / 60)
    }
}

fn routine_list_ui(
    ui: &mut Ui,
    app: &ReliefApp,
    selected: Option<RoutineRef>,
    commands: &mut Vec<Command>,
) {
    let palette = Palette::for_visuals(ui.visuals());
    ui.heading("Routines");
    ui.strong("From the articles");
    for (i, _) in app.catalogue.routines.iter().enumerate() {
        routine_row_ui(
            ui,
            app,
            RoutineRef::BuiltIn(i),
            selected,
            &palette,
            commands,
        );
    }
    ui.add_space(theme::SECTION_GAP);
    ui.strong("My routines");
    if app.user.routines.is_empty() {
        ui.weak("None yet. Make one below, or copy one from the articles and change it.");
    }
    for (i, _) in app.user.routines.iter().enumerate() {
        routine_row_ui(ui, app, RoutineRef::Mine(i), selected, &palette, commands);
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button("New routine").clicked() {
            commands.push(Command::NewRoutine(Vec::new()));
        }
        let favourites = app.favourites();
        let from_favourites = ui
            .add_enabled(
                !favourites.is_empty(),
                egui::Button::new(format!("New from favourites ({})", favourites.len())),
            )
            .on_disabled_hover_text("Star some techniques first");
        if from_favourites.clicked() {
            commands.push(Command::NewRoutine(favourites));
        }
    });
}

fn routine_row_ui(
    ui: &mut Ui,
    app: &ReliefApp,
    routine: RoutineRef,
    selected: Option<RoutineRef>,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let Some(info) = routines::info(&app.catalogue, &app.user, routine) else {
        return;
    };
    let name = display_name(info.name);
    let response = ui.selectable_label(Some(routine) == selected, RichText::new(name).strong());
    if response.clicked() {
        commands.push(Command::OpenRoutine(routine));
    }
    ui.label(RichText::new(routine_facts(app, routine, &info)).color(palette.muted_text));
}

/// Export goes to a folder; files found there can be imported.
fn share_ui(ui: &mut Ui, app: &ReliefApp, commands: &mut Vec<Command>) {
    ui.strong("Share routines");
    let label = ui.label("Routine files are saved to and looked for in this folder:");
    let mut folder = app.routine_folder.clone();
    let edit = ui
        .add(
            egui::TextEdit::singleline(&mut folder)
                .desired_width(f32::INFINITY)
                .hint_text("/home/you/Documents"),
        )
        .labelled_by(label.id);
    if edit.changed() {
        commands.push(Command::SetRoutineFolder(folder));
    }
    let look = ui.button("Look for routine files").clicked();
    if edit.lost_focus() || look {
        commands.push(Command::ScanRoutineFolder);
    }
    if app.routine_files.is_empty() {
        ui.weak("No routine files here yet.");
    }
    for path in &app.routine_files {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        ui.horizontal(|ui| {
            if labelled(ui.button("Import"), format!("Import {name}")).clicked() {
                commands.push(Command::ImportRoutine(path.clone()));
            }
            ui.add(egui::Label::new(name).truncate());
        });
    }
    ui.weak("You can also drop a routine file on this window.");
}

/// The outcome of the last export or import, beside the buttons that
/// caused it.
fn routine_message_ui(ui: &mut Ui, app: &ReliefApp, palette: &Palette) {
    match &app.routine_message {
        Some(RoutineMessage::Done(text)) => {
            ui.label(RichText::new(text).color(palette.accent));
        }
        Some(RoutineMessage::Problems(headline, lines)) => {
            ui.label(RichText::new(headline).strong().color(palette.caution));
            for line in lines {
                ui.label(RichText::new(line).monospace().color(palette.caution));
            }
        }
        None => {}
    }
}

fn routine_ui(
    ui: &mut Ui,
    app: &ReliefApp,
    routine: RoutineRef,
    info: &RoutineInfo,
    commands: &mut Vec<Command>,
) {
    let palette = Palette::for_visuals(ui.visuals());
    let own = match routine {
        RoutineRef::Mine(i) => Some(i),
        RoutineRef::BuiltIn(_) => None,
    };
    if let Some(index) = own {
        let mut name = info.name.to_owned();
        ui.horizontal(|ui| {
            let label = ui.label("Name");
            let edit = egui::TextEdit::singleline(&mut name)
                .font(egui::TextStyle::Heading)
                .char_limit(crate::content::MAX_ROUTINE_NAME_CHARS)
                .hint_text("Name this routine")
                .desired_width(360.0);
            let response = ui.add(edit).labelled_by(label.id);
            if response.changed() {
                commands.push(Command::RenameRoutine {
                    routine: index,
                    name,
                });
            }
            if response.lost_focus() {
                commands.push(Command::SaveRoutineName);
            }
        });
    } else {
        ui.heading(info.name);
    }
    if !info.summary.is_empty() {
        ui.label(info.summary);
    }
    let techniques = info.techniques(&app.catalogue);
    let total_secs = app.routine_secs.get(&routine).copied().unwrap_or_default();
    ui.add_space(4.0);
    if !techniques.is_empty() {
        ui.label(
            RichText::new(format!(
                "About {} in all, with {} to get ready between techniques",
                minutes_text(total_secs),
                duration_text(info.transition_secs)
            ))
            .size(theme::BODY_TEXT_PT + 2.0)
            .strong(),
        );
    }
    if let Some(source) = info.source.and_then(|id| app.catalogue.source(id)) {
        ui.weak(format!("Follows the article “{}”", source.title))
            .on_hover_text(source.file.as_deref().unwrap_or(&source.covers));
    }
    let missing: Vec<&str> = info.missing(&app.catalogue).collect();
    if !missing.is_empty() {
        ui.colored_label(
            palette.caution,
            format!(
                "Not in the loaded content, skipped when playing: {}",
                missing.join(", ")
            ),
        );
    }
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal_wrapped(|ui| {
        let start = egui::Button::new(
            RichText::new("Start routine")
                .size(theme::BODY_TEXT_PT + 4.0)
                .strong(),
        )
        .min_size(egui::vec2(160.0, 36.0));
        if ui
            .add_enabled(!techniques.is_empty(), start)
            .on_disabled_hover_text("Add a technique first")
            .clicked()
        {
            commands.push(Command::StartRoutine(routine));
        }
        if ui
            .add_enabled(!techniques.is_empty(), egui::Button::new("Export"))
            .on_hover_text("Save this routine and your favourites as a file to hand on")
            .on_disabled_hover_text("Add a technique first")
            .clicked()
        {
            commands.push(Command::ExportRoutine(routine));
        }
        match own {
            None => {
                if ui
                    .button("Copy to my routines")
                    .on_hover_text("Make your own copy to change")
                    .clicked()
                {
                    commands.push(Command::CopyRoutine(routine));
                }
            }
            Some(index) => {
                if ui.button("Delete routine").clicked() {
                    commands.push(Command::AskDeleteRoutine(Some(index)));
                }
            }
        }
    });
    routine_message_ui(ui, app, &palette);
    if let Some(index) = own
        && app.confirm_delete == Some(index)
    {
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                palette.caution,
                format!(
                    "Delete '{}'? Your log keeps the runs you did.",
                    display_name(info.name)
                ),
            );
            if ui.button("Yes, delete").clicked() {
                commands.push(Command::DeleteRoutine(index));
            }
            if ui.button("Keep it").clicked() {
                commands.push(Command::AskDeleteRoutine(None));
            }
        });
    }
    ui.add_space(theme::SECTION_GAP);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            technique_list_ui(ui, app, own, info, commands);
            if let Some(index) = own {
                ui.add_space(theme::SECTION_GAP);
                add_technique_ui(ui, app, index, info, commands);
            }
        });
}

/// The techniques in order; in the person's own routine each can be moved
/// or removed.
fn technique_list_ui(
    ui: &mut Ui,
    app: &ReliefApp,
    own: Option<usize>,
    info: &RoutineInfo,
    commands: &mut Vec<Command>,
) {
    if info.technique_ids.is_empty() {
        ui.label("This routine is empty. Add techniques below, or star techniques and use New from favourites.");
        return;
    }
    let last = info.technique_ids.len() - 1;
    egui::Grid::new("routine_techniques")
        .num_columns(4)
        .spacing([10.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (position, id) in info.technique_ids.iter().enumerate() {
                let technique = app.catalogue.technique_index(id);
                let name =
                    technique.map_or(id.as_str(), |i| app.catalogue.techniques[i].name.as_str());
                ui.label(RichText::new(format!("{}.", position + 1)).strong());
                match technique {
                    Some(index) => {
                        if ui
                            .link(RichText::new(name).size(theme::BODY_TEXT_PT + 1.0))
                            .on_hover_text("Open its page")
                            .clicked()
                        {
                            commands.push(Command::OpenTechnique(index));
                        }
                        ui.horizontal(|ui| {
                            if app.is_favourite(index) {
                                favourite_mark_ui(ui);
                            }
                            ui.label(crate::ui::time_needed_text(
                                &app.catalogue.techniques[index],
                            ));
                        });
                    }
                    None => {
                        ui.weak(format!("{name} (not loaded)"));
                        ui.label("");
                    }
                }
                if let Some(routine) = own {
                    ui.horizontal(|ui| {
                        let up = labelled(
                            ui.add_enabled(position > 0, egui::Button::new("Up")),
                            format!("Move {name} up"),
                        );
                        if up.clicked() {
                            commands.push(Command::MoveInRoutine {
                                routine,
                                from: position,
                                to: position - 1,
                            });
                        }
                        let down = labelled(
                            ui.add_enabled(position < last, egui::Button::new("Down")),
                            format!("Move {name} down"),
                        );
                        if down.clicked() {
                            commands.push(Command::MoveInRoutine {
                                routine,
                                from: position,
                                to: position + 1,
                            });
                        }
                        let remove = labelled(
                            ui.button("Remove"),
                            format!("Remove {name} from this routine"),
                        );
                        if remove.clicked() {
                            commands.push(Command::RemoveFromRoutine { routine, position });
                        }
                    });
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
        });
}

/// Add any technique, or all favourites not in the routine yet.
fn add_technique_ui(
    ui: &mut Ui,
    app: &ReliefApp,
    routine: usize,
    info: &RoutineInfo,
    commands: &mut Vec<Command>,
) {
    let full = info.technique_ids.len() >= crate::content::MAX_ROUTINE_TECHNIQUES;
    if full {
        ui.weak(format!(
            "A routine holds at most {} techniques.",
            crate::content::MAX_ROUTINE_TECHNIQUES
        ));
        return;
    }
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::from_label("Add a technique")
            .selected_text("Choose...")
            .height(400.0)
            .show_ui(ui, |ui| {
                for (index, technique) in app.catalogue.techniques.iter().enumerate() {
                    if ui.selectable_label(false, &technique.name).clicked() {
                        commands.push(Command::AddToRoutine {
                            routine,
                            techniques: vec![index],
                        });
                        ui.close();
                    }
                }
            });
        let missing: Vec<usize> = app
            .favourites()
            .into_iter()
            .filter(|&i| !info.technique_ids.contains(&app.catalogue.techniques[i].id))
            .collect();
        let add_favourites = ui.add_enabled(
            !missing.is_empty(),
            egui::Button::new(format!("Add my favourites ({})", missing.len())),
        );
        if add_favourites.clicked() {
            commands.push(Command::AddToRoutine {
                routine,
                techniques: missing,
            });
        }
    });
}

/// A small filled star for a favourite technique.
fn favourite_mark_ui(ui: &mut Ui) {
    let (rect, response) =
        ui.allocate_exact_size(egui::Vec2::splat(theme::ICON_SIZE), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, "Favourite"));
    if ui.is_rect_visible(rect) {
        let color = Palette::for_visuals(ui.visuals()).star;
        icons::paint_filled_star(ui.painter(), rect.center(), rect.width() / 2.0, color);
    }
}

/// A short button ("Up") whose tooltip and screen-reader name say in full
/// what it does ("Move Arch rolls up").
fn labelled(response: egui::Response, full: String) -> egui::Response {
    let enabled = response.enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &full));
    response.on_hover_text(full)
}
