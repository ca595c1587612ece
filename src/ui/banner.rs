//! Banners for problems the person should know about: content packs left
//! out, saved data set aside, saving that failed.

use crate::app::{Command, ReliefApp};
use crate::theme::Palette;

pub fn banners_ui(ui: &mut egui::Ui, app: &ReliefApp, commands: &mut Vec<Command>) {
    let palette = Palette::for_visuals(ui.visuals());
    for pack in &app.rejected_packs {
        ui.colored_label(
            palette.caution,
            format!(
                "Content pack '{}' was not loaded ({} problems). Fix it and restart:",
                pack.name,
                pack.diagnostics.len()
            ),
        );
        for diagnostic in pack.diagnostics.iter().take(5) {
            ui.monospace(diagnostic.to_string());
        }
    }
    if !app.notices.is_empty() {
        ui.horizontal_wrapped(|ui| {
            for notice in &app.notices {
                ui.colored_label(palette.caution, notice);
            }
            if ui.small_button("Dismiss").clicked() {
                commands.push(Command::DismissNotices);
            }
        });
    }
    if let Some(error) = &app.save_error {
        ui.colored_label(palette.caution, format!("Not saved: {error}. Your changes are kept while the app is open and saving is tried again at the next change."));
    }
}
