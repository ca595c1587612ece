//! Routines: the built-in ones and the person's own on the left with
//! sharing (export, import); the chosen routine on the right with its total
//! time, Start, and for the person's own the editing controls.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::content::Catalogue;
use crate::logic::routines::{self, ImportError, RoutineInfo, RoutineRef, display_name};
use crate::logic::store::UserState;
use crate::logic::text::{self, count_text, duration_text, minutes_text};
use crate::state::command::{Commands, NavCommand, RoutineCommand, RunCommand};
use crate::state::nav::Page;
use crate::ui::Shared;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::big_button::{Size, big_button_ui};
use crate::ui::widgets::icons;

/// The page's own state: the sharing folder typed, the files found there,
/// the outcome of the last export or import, a delete to confirm.
#[derive(Debug)]
pub struct RoutinesForm {
    /// Where routine files are exported to and looked for.
    pub folder: String,
    /// Routine files found in the folder at the last look.
    pub files: Vec<PathBuf>,
    pub message: Option<RoutineMessage>,
    /// One of the person's routines waiting for "Delete" to be confirmed.
    pub confirm_delete: Option<usize>,
}

/// The outcome of the last export or import.
#[derive(Clone, Debug, PartialEq)]
pub enum RoutineMessage {
    Done(String),
    /// A headline and the problems, one per line ("file:line:col: what").
    Problems(String, Vec<String>),
}

impl Default for RoutinesForm {
    fn default() -> Self {
        Self {
            folder: crate::platform::paths::routine_folder()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            files: Vec::new(),
            message: None,
            confirm_delete: None,
        }
    }
}

impl RoutinesForm {
    /// Lists the routine files in the folder (on opening the page and after
    /// an export, never per frame).
    pub fn scan(&mut self) {
        self.files = routines::routine_files_in(Path::new(self.folder.trim()));
    }

    /// Escape: drops a question waiting on the page; true when there was one.
    pub fn cancel(&mut self) -> bool {
        self.confirm_delete.take().is_some()
    }
}

/// Reads and checks a routine file; a good one is imported (a command),
/// a bad one imports nothing and its problems are shown on the page.
pub fn import_file(
    form: &mut RoutinesForm,
    catalogue: &Catalogue,
    user: &UserState,
    path: &Path,
    commands: &mut Commands,
) {
    form.message = Some(match routines::read_routine_file(catalogue, path) {
        Ok(file) => {
            let favourites = match routines::new_favourites(user, &file) {
                0 => String::new(),
                n => format!(" and {}", count_text(n, "new favourite", "new favourites")),
            };
            let message = format!(
                "Imported '{}' with {}{favourites}.",
                file.routine.name.trim(),
                count_text(file.routine.techniques.len(), "technique", "techniques")
            );
            commands.push(RoutineCommand::Import(Box::new(file)));
            RoutineMessage::Done(message)
        }
        Err(ImportError::Read(err)) => {
            RoutineMessage::Problems("Nothing was imported.".to_owned(), vec![err.to_string()])
        }
        Err(err @ ImportError::Invalid(_)) => {
            let lines = match &err {
                ImportError::Invalid(diagnostics) => {
                    diagnostics.iter().map(ToString::to_string).collect()
                }
                ImportError::Read(_) => Vec::new(),
            };
            RoutineMessage::Problems(format!("Nothing was imported: {err}."), lines)
        }
    });
    commands.push(NavCommand::Open(Page::Routines));
}

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
    egui::Panel::left("routine_list")
        .resizable(false)
        .exact_size(theme::ROUTINE_LIST_WIDTH)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    routine_list_ui(ui, shared, selected, commands);
                    ui.add_space(theme::SECTION_GAP);
                    ui.separator();
                    share_ui(ui, shared, form, commands);
                });
        });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        let shown =
            selected.and_then(|r| routines::info(shared.catalogue, shared.user, r).map(|i| (r, i)));
        match shown {
            Some((routine, info)) => routine_ui(ui, shared, routine, &info, form, commands),
            None => {
                ui.heading("Routines");
                ui.label("No routines are loaded.");
            }
        }
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
    ui.heading("Routines");
    ui.strong("From the articles");
    for i in 0..shared.catalogue.routines.len() {
        routine_row_ui(
            ui,
            shared,
            RoutineRef::BuiltIn(i),
            selected,
            &palette,
            commands,
        );
    }
    ui.add_space(theme::SECTION_GAP);
    ui.strong("My routines");
    if shared.user.routines.is_empty() {
        ui.weak("None yet. Make one below, or copy one from the articles and change it.");
    }
    for i in 0..shared.user.routines.len() {
        routine_row_ui(
            ui,
            shared,
            RoutineRef::Mine(i),
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

/// Export goes to a folder; files found there can be imported.
fn share_ui(ui: &mut Ui, shared: &Shared, form: &mut RoutinesForm, commands: &mut Commands) {
    ui.strong("Share routines");
    let label = ui.label("Routine files are saved to and looked for in this folder:");
    let edit = ui
        .add(
            egui::TextEdit::singleline(&mut form.folder)
                .desired_width(f32::INFINITY)
                .hint_text("/home/you/Documents"),
        )
        .labelled_by(label.id);
    let look = ui.button("Look for routine files").clicked();
    if edit.lost_focus() || look {
        form.scan();
    }
    if form.files.is_empty() {
        ui.weak("No routine files here yet.");
    }
    let mut chosen = None;
    for path in &form.files {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        ui.horizontal(|ui| {
            if labelled(ui.button("Import"), format!("Import {name}")).clicked() {
                chosen = Some(path.clone());
            }
            ui.add(egui::Label::new(name).truncate());
        });
    }
    if let Some(path) = chosen {
        import_file(form, shared.catalogue, shared.user, &path, commands);
    }
    ui.weak("You can also drop a routine file on this window.");
}

/// The outcome of the last export or import, beside the buttons that
/// caused it.
fn routine_message_ui(ui: &mut Ui, message: Option<&RoutineMessage>, palette: &Palette) {
    match message {
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
    shared: &Shared,
    routine: RoutineRef,
    info: &RoutineInfo,
    form: &mut RoutinesForm,
    commands: &mut Commands,
) {
    let own = match routine {
        RoutineRef::Mine(i) => Some(i),
        RoutineRef::BuiltIn(_) => None,
    };
    routine_header_ui(ui, shared, routine, own, info, commands);
    ui.add_space(theme::SECTION_GAP);
    routine_actions_ui(ui, shared, routine, own, info, form, commands);
    ui.add_space(theme::SECTION_GAP);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            technique_list_ui(ui, shared, own, info, commands);
            if let Some(index) = own {
                ui.add_space(theme::SECTION_GAP);
                add_technique_ui(ui, shared, index, info, commands);
            }
        });
}

/// The name (editable for the person's own), summary, total time, source
/// and techniques the content lacks.
fn routine_header_ui(
    ui: &mut Ui,
    shared: &Shared,
    routine: RoutineRef,
    own: Option<usize>,
    info: &RoutineInfo,
    commands: &mut Commands,
) {
    let palette = Palette::for_visuals(ui.visuals());
    match own {
        Some(index) => name_ui(ui, index, info.name, commands),
        None => {
            ui.heading(info.name);
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
            .on_hover_text(source.file.as_deref().unwrap_or(&source.covers));
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

/// The name of the person's own routine, editable; saved as it is typed.
fn name_ui(ui: &mut Ui, routine: usize, name: &str, commands: &mut Commands) {
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
    own: Option<usize>,
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
            export(form, shared, routine);
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
    index: usize,
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

/// Writes the routine file to the form's folder and says where, or why not.
fn export(form: &mut RoutinesForm, shared: &Shared, routine: RoutineRef) {
    let folder = PathBuf::from(form.folder.trim());
    form.message = Some(
        match routines::export_to(shared.catalogue, shared.user, routine, &folder) {
            Ok(path) => RoutineMessage::Done(format!(
                "Saved to {}. Hand this file on; it holds the routine and your favourites.",
                path.display()
            )),
            Err(err) => {
                RoutineMessage::Problems("Nothing was exported.".to_owned(), vec![err.to_string()])
            }
        },
    );
    form.scan();
}

/// The techniques in order; in the person's own routine each can be moved
/// or removed.
fn technique_list_ui(
    ui: &mut Ui,
    shared: &Shared,
    own: Option<usize>,
    info: &RoutineInfo,
    commands: &mut Commands,
) {
    if info.technique_ids.is_empty() {
        ui.label(
            "This routine is empty. Add techniques below, or star techniques and use New \
             from favourites.",
        );
        return;
    }
    let last = info.technique_ids.len() - 1;
    egui::Grid::new("routine_techniques")
        .num_columns(4)
        .spacing([10.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (position, id) in info.technique_ids.iter().enumerate() {
                let technique = shared.catalogue.technique_index(id);
                let name = technique.map_or(id.as_str(), |i| {
                    shared.catalogue.techniques[i].name.as_str()
                });
                ui.label(RichText::new(format!("{}.", position + 1)).strong());
                match technique {
                    Some(index) => {
                        if ui
                            .link(RichText::new(name).size(theme::BODY_TEXT_PT + 1.0))
                            .on_hover_text("Open its page")
                            .clicked()
                        {
                            commands.push(NavCommand::OpenTechnique(index));
                        }
                        ui.horizontal(|ui| {
                            if shared.is_favourite(index) {
                                favourite_mark_ui(ui);
                            }
                            ui.label(text::time_needed_text(&shared.catalogue.techniques[index]));
                        });
                    }
                    None => {
                        ui.weak(format!("{name} (not loaded)"));
                        ui.label("");
                    }
                }
                if let Some(routine) = own {
                    let row = EditRow {
                        routine,
                        position,
                        last,
                        name,
                    };
                    ui.horizontal(|ui| edit_buttons_ui(ui, &row, commands));
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
        });
}

/// One technique's place in one of the person's routines.
struct EditRow<'a> {
    routine: usize,
    position: usize,
    /// The last position in the routine.
    last: usize,
    name: &'a str,
}

/// Up, Down and Remove for one technique of the person's routine.
fn edit_buttons_ui(ui: &mut Ui, row: &EditRow, commands: &mut Commands) {
    let EditRow {
        routine,
        position,
        last,
        name,
    } = *row;
    let up = labelled(
        ui.add_enabled(position > 0, egui::Button::new("Up")),
        format!("Move {name} up"),
    );
    if up.clicked() {
        commands.push(RoutineCommand::Move {
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
        commands.push(RoutineCommand::Move {
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
        commands.push(RoutineCommand::Remove { routine, position });
    }
}

/// Add any technique, or all favourites not in the routine yet.
fn add_technique_ui(
    ui: &mut Ui,
    shared: &Shared,
    routine: usize,
    info: &RoutineInfo,
    commands: &mut Commands,
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
                for (index, technique) in shared.catalogue.techniques.iter().enumerate() {
                    if ui.selectable_label(false, &technique.name).clicked() {
                        commands.push(RoutineCommand::AddTo {
                            routine,
                            techniques: vec![index],
                        });
                        ui.close();
                    }
                }
            });
        let missing: Vec<usize> = shared
            .caches
            .favourites
            .iter()
            .copied()
            .filter(|&i| {
                !info
                    .technique_ids
                    .contains(&shared.catalogue.techniques[i].id)
            })
            .collect();
        let add_favourites = ui.add_enabled(
            !missing.is_empty(),
            egui::Button::new(format!("Add my favourites ({})", missing.len())),
        );
        if add_favourites.clicked() {
            commands.push(RoutineCommand::AddTo {
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
