//! Sharing routines: the folder routine files are exported to and looked
//! for, importing one (checked first, nothing changed on a problem), and
//! the outcome shown on the page.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::labelled;
use crate::logic::keys::ItemKey;
use crate::state::command::{Commands, RoutineCommand};
use crate::ui::theme::Palette;
use crate::ui::widgets::heading;

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
    pub confirm_delete: Option<ItemKey>,
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
    /// Escape: drops a question waiting on the page; true when there was one.
    pub fn cancel(&mut self) -> bool {
        self.confirm_delete.take().is_some()
    }
}

/// Export goes to a folder; files found there can be imported.
pub(super) fn share_ui(ui: &mut Ui, form: &mut RoutinesForm, commands: &mut Commands) {
    heading::section_heading_ui(ui, "Share routines");
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
        commands.push(RoutineCommand::Scan);
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
        commands.push(RoutineCommand::ImportFile(path));
    }
    ui.weak("You can also drop a routine file on this window.");
}

/// The outcome of the last export or import, beside the buttons that
/// caused it.
pub(super) fn routine_message_ui(ui: &mut Ui, message: Option<&RoutineMessage>, palette: &Palette) {
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
