//! The keyboard shortcuts overlay (F1 or ?).

use egui::{Id, Ui};

use crate::app::Command;

pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Tab / Shift+Tab", "Move between controls and map regions"),
    (
        "Arrow keys",
        "On the map: move to the nearest region in that direction",
    ),
    (
        "Enter or Space",
        "Select the focused region, press the focused button",
    ),
    (
        "Escape",
        "Close this help, go back to the map, or clear the selection",
    ),
    ("1 2 3 4", "Body front, Body back, Feet, List"),
    ("Ctrl+F", "Search"),
    (
        "F / R / H",
        "Favourites / Routines / History (not while a run plays)",
    ),
    ("F1 or ?", "Show or hide these shortcuts"),
];

pub fn help_ui(ui: &mut Ui, commands: &mut Vec<Command>) {
    let modal = egui::Modal::new(Id::unique("reliefmap-help")).show(ui.ctx(), |ui| {
        ui.heading("Keyboard shortcuts");
        egui::Grid::new("shortcuts")
            .num_columns(2)
            .spacing([16.0, 6.0])
            .show(ui, |ui| {
                for (keys, what) in SHORTCUTS {
                    ui.strong(*keys);
                    ui.label(*what);
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        ui.button("Close").clicked()
    });
    if modal.inner || modal.should_close() {
        commands.push(Command::ShowHelp(false));
    }
}
