//! The keyboard shortcuts overlay, generated from the key table.

use egui::{Id, Ui};

use crate::state::command::{Commands, NavCommand};
use crate::ui::keys::{self, BINDINGS};
use crate::ui::widgets::a11y;

pub fn help_ui(ui: &mut Ui, commands: &mut Commands) {
    let modal = egui::Modal::new(Id::unique("reliefmap-help")).show(ui.ctx(), |ui| {
        ui.heading("Keyboard shortcuts");
        let area = egui::ScrollArea::vertical().max_height(ui.ctx().content_rect().height() * 0.75);
        a11y::scroll_ui(ui, area, "Shortcuts", |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    for binding in BINDINGS.iter().filter(|b| !b.help.is_empty()) {
                        ui.strong(keys::keys_text(binding));
                        ui.label(binding.help);
                        ui.end_row();
                    }
                });
        });
        ui.add_space(8.0);
        ui.button("Close").clicked()
    });
    if modal.inner || modal.should_close() {
        commands.push(NavCommand::ShowHelp(false));
    }
}
