//! Settings' "Your data": where it lives, back up and restore (checked
//! first, then confirmed), and the diary for a doctor or therapist (CSV
//! and a printable summary), written to the Routines page's folder.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::state::command::{Commands, DataCommand, PrefsCommand};
use crate::ui::theme::Palette;
use crate::ui::widgets::heading;

/// The section's own state: the last result, a restore waiting for a yes.
#[derive(Debug, Default)]
pub struct DataForm {
    pub message: Option<String>,
    /// Each problem of a backup that was refused.
    pub problems: Vec<String>,
    pub confirm_restore: Option<PathBuf>,
    /// Backups in the folder, read when Settings opens and after a backup.
    pub backups: Vec<PathBuf>,
}

/// `folder` is where the state lives; `share` where backups and exports go.
pub fn your_data_ui(
    ui: &mut Ui,
    folder: Option<&Path>,
    share: &str,
    form: &DataForm,
    commands: &mut Commands,
) {
    heading::section_heading_ui(ui, "Your data");
    match folder {
        Some(folder) => {
            ui.label(format!(
                "Your favourites, routines, diary and settings are kept in {}",
                folder.display()
            ));
            if ui.button("Open the folder").clicked() {
                commands.push(PrefsCommand::OpenDataFolder);
            }
        }
        None => {
            ui.label("Nothing is saved in this session (no data folder).");
        }
    }
    ui.label(format!(
        "Backups and the diary's exports go to {share} (the folder set on the Routines page)."
    ));
    ui.horizontal_wrapped(|ui| {
        if ui.button("Back up now").clicked() {
            commands.push(DataCommand::BackUp);
        }
        if ui.button("Diary as a spreadsheet (CSV)").clicked() {
            commands.push(DataCommand::ExportDiary);
        }
        if ui
            .button("Printable summary for a doctor or therapist")
            .clicked()
        {
            commands.push(DataCommand::ExportSummary);
        }
    });
    // The result shows where the buttons are, scrolled into view when it
    // is new, so a press never seems to do nothing.
    result_ui(ui, form);
    if !form.backups.is_empty() {
        ui.label("Backups in that folder:");
        for path in form.backups.iter().rev().take(8) {
            ui.horizontal(|ui| {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default();
                ui.label(name);
                if ui.small_button("Restore…").clicked() {
                    commands.push(DataCommand::CheckRestore(path.clone()));
                }
            });
        }
    }
    if let Some(path) = &form.confirm_restore {
        confirm_ui(ui, path, commands);
    }
}

/// The last result and a refused backup's problems; brought into view the
/// first frame it shows.
fn result_ui(ui: &mut Ui, form: &DataForm) {
    let palette = Palette::for_visuals(ui.visuals());
    let shown = ui.scope(|ui| {
        if let Some(message) = &form.message {
            ui.label(RichText::new(message).strong());
        }
        for problem in &form.problems {
            ui.colored_label(palette.caution, problem);
        }
    });
    let key = (form.message.clone(), form.problems.len());
    let id = ui.make_persistent_id("data_result_shown");
    let new = ui.data(|d| d.get_temp::<(Option<String>, usize)>(id)) != Some(key.clone());
    if new {
        ui.data_mut(|d| d.insert_temp(id, key));
        if form.message.is_some() || !form.problems.is_empty() {
            shown.response.scroll_to_me(None);
        }
    }
}

fn confirm_ui(ui: &mut Ui, path: &Path, commands: &mut Commands) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let id = ui.make_persistent_id(("confirm_restore_shown", path));
    if !ui.data(|d| d.get_temp::<bool>(id).unwrap_or(false)) {
        ui.data_mut(|d| d.insert_temp(id, true));
        ui.scroll_to_cursor(Some(egui::Align::Center));
    }
    ui.label(
        RichText::new(format!(
            "Replace your favourites, routines, diary and settings with {name}? What you have \
             now is kept aside as a backup first."
        ))
        .strong(),
    );
    ui.horizontal(|ui| {
        if ui.button("Yes, restore").clicked() {
            commands.push(DataCommand::Restore);
        }
        if ui.button("Cancel").clicked() {
            commands.push(DataCommand::CancelRestore);
        }
    });
}
