//! One technique in a list: favourite star, name (opens it), kind, time
//! needed and equipment icons.

use egui::{RichText, Ui};

use crate::logic::text;
use crate::state::command::{Commands, FavouriteCommand, NavCommand};
use crate::ui::Shared;
use crate::ui::widgets::{a11y, icons};
use egui::accesskit::Role;

/// Draws the row; `show_place` prefixes where the technique is done.
pub fn technique_row_ui(
    ui: &mut Ui,
    shared: &Shared,
    index: usize,
    show_place: bool,
    commands: &mut Commands,
) {
    let Some(technique) = shared.catalogue.techniques.get(index) else {
        return;
    };
    let mut name = format!(
        "{}, {}, {}",
        technique.name,
        technique.kind.label().to_lowercase(),
        text::spoken_time_needed_text(technique)
    );
    if show_place {
        name = format!("{}, {name}", text::place_text(shared.catalogue, technique));
    }
    if shared.is_favourite(index) {
        name.push_str(", favourite");
    }
    a11y::region_ui(ui, Role::ListItem, &name, |ui| {
        row_ui(ui, shared, index, show_place, commands);
    });
    ui.add_space(4.0);
}

fn row_ui(ui: &mut Ui, shared: &Shared, index: usize, show_place: bool, commands: &mut Commands) {
    let Some(technique) = shared.catalogue.techniques.get(index) else {
        return;
    };
    ui.horizontal(|ui| {
        if icons::star_ui(ui, shared.is_favourite(index), &technique.name).clicked() {
            commands.push(FavouriteCommand::Toggle(index));
        }
        ui.vertical(|ui| {
            let label = if show_place {
                format!(
                    "{} · {}",
                    text::place_text(shared.catalogue, technique),
                    technique.name
                )
            } else {
                technique.name.clone()
            };
            let button = egui::Button::new(RichText::new(label).strong())
                .frame(false)
                .wrap();
            if ui.add(button).on_hover_text(&technique.summary).clicked() {
                commands.push(NavCommand::OpenTechnique(index));
            }
            ui.horizontal_wrapped(|ui| {
                ui.weak(format!(
                    "{} · {}",
                    technique.kind.label(),
                    text::time_needed_text(technique)
                ));
                for &e in technique.equipment.iter().chain(&technique.equipment_any) {
                    icons::equipment_icon_ui(ui, e);
                }
            });
        });
    });
}
