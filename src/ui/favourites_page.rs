//! The techniques the person starred.

use egui::Ui;

use crate::app::{Command, ReliefApp};
use crate::ui::technique_row::technique_row_ui;

pub fn favourites_page_ui(ui: &mut Ui, app: &ReliefApp, commands: &mut Vec<Command>) {
    ui.heading("Favourites");
    let favourites = app.favourites();
    if favourites.is_empty() {
        ui.label("No favourites yet. Press the star beside a technique to keep it here.");
        return;
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for &index in &favourites {
                technique_row_ui(ui, app, index, true, commands);
            }
        });
}
