//! The keyboard shortcuts overlay, generated from the key table.

use egui::{Id, Ui};

use crate::state::command::{Commands, NavCommand};
use crate::ui::keys::{self, BINDINGS};
use crate::ui::theme;
use crate::ui::widgets::a11y;

pub fn help_ui(ui: &mut Ui, commands: &mut Commands) {
    let window = ui.ctx().content_rect();
    // Inside the window whatever the text size: the lines wrap to it and
    // the list scrolls.
    let width = (window.width() - 4.0 * theme::SECTION_GAP).clamp(200.0, theme::HELP_MAX_WIDTH);
    let modal = egui::Modal::new(Id::unique("reliefmap-help")).show(ui.ctx(), |ui| {
        a11y::region_ui(
            ui,
            egui::accesskit::Role::Dialog,
            "Keyboard shortcuts",
            |ui| {
                ui.set_max_width(width);
                ui.heading("Keyboard shortcuts");
                let list_height = (window.height() - 160.0).max(80.0);
                let area = egui::ScrollArea::vertical().max_height(list_height);
                a11y::scroll_ui(ui, area, "Shortcuts", |ui| {
                    egui::Grid::new("shortcuts")
                        .num_columns(2)
                        .spacing([16.0, 6.0])
                        .max_col_width(width * 0.62)
                        .show(ui, |ui| {
                            for binding in BINDINGS.iter().filter(|b| !b.help.is_empty()) {
                                ui.add(
                                    egui::Label::new(
                                        egui::RichText::new(keys::keys_text(binding)).strong(),
                                    )
                                    .wrap(),
                                );
                                ui.add(egui::Label::new(binding.help).wrap());
                                ui.end_row();
                            }
                        });
                });
                ui.add_space(8.0);
                ui.button("Close").clicked()
            },
        )
    });
    if modal.inner || modal.should_close() {
        commands.push(NavCommand::ShowHelp(false));
    }
}
