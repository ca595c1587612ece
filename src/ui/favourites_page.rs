//! The techniques the person starred, in their own order.

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
    ui.weak("Your order: move a technique up or down. Stars on the map show where your favourites work.");
    let last = favourites.len() - 1;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (position, &index) in favourites.iter().enumerate() {
                let name = &app.catalogue.techniques[index].name;
                ui.horizontal(|ui| {
                    let up = ui
                        .add_enabled(position > 0, egui::Button::new("Up"))
                        .on_hover_text(format!("Move {name} up"));
                    if up.clicked() {
                        commands.push(Command::MoveFavourite {
                            from: position,
                            to: position - 1,
                        });
                    }
                    let down = ui
                        .add_enabled(position < last, egui::Button::new("Down"))
                        .on_hover_text(format!("Move {name} down"));
                    if down.clicked() {
                        commands.push(Command::MoveFavourite {
                            from: position,
                            to: position + 1,
                        });
                    }
                    ui.vertical(|ui| technique_row_ui(ui, app, index, true, commands));
                });
            }
        });
}
