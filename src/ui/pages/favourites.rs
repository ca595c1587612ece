//! The techniques the person starred, in their own order.

use egui::Ui;

use crate::state::command::{Commands, FavouriteCommand};
use crate::ui::Shared;
use crate::ui::widgets::technique_row::{RowPlace, technique_row_ui};
use crate::ui::widgets::{a11y, heading};

pub fn favourites_page_ui(ui: &mut Ui, shared: &Shared, commands: &mut Commands) {
    heading::page_heading_ui(ui, "Favourites");
    let favourites = &shared.caches.favourites;
    if favourites.is_empty() {
        ui.label("No favourites yet. Press the star beside a technique to keep it here.");
        return;
    }
    ui.weak(
        "Your order: move a technique up or down. Stars on the map show where your \
        favourites work.",
    );
    let last = favourites.len() - 1;
    let area = egui::ScrollArea::vertical().auto_shrink([false, false]);
    a11y::scroll_ui(ui, area, "Favourites", |ui| {
        for (position, &index) in favourites.iter().enumerate() {
            let name = &shared.catalogue.techniques[index].name;
            ui.horizontal(|ui| {
                let up = ui
                    .add_enabled(position > 0, egui::Button::new("Up"))
                    .on_hover_text(format!("Move {name} up"));
                if up.clicked() {
                    commands.push(FavouriteCommand::Move {
                        from: position,
                        to: position - 1,
                    });
                }
                let down = ui
                    .add_enabled(position < last, egui::Button::new("Down"))
                    .on_hover_text(format!("Move {name} down"));
                if down.clicked() {
                    commands.push(FavouriteCommand::Move {
                        from: position,
                        to: position + 1,
                    });
                }
                ui.vertical(|ui| technique_row_ui(ui, shared, index, RowPlace::Body, commands));
            });
        }
    });
}
