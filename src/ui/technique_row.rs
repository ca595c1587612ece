//! One technique in a list: favourite star, name (opens it), time needed and
//! equipment icons.

use egui::{RichText, Ui};

use crate::app::{Command, ReliefApp};
use crate::content::{Catalogue, Technique};
use crate::ui::icons;

/// Where a technique is done, short: "Ankle", "Heel and Achilles, Sole".
pub fn place_text(catalogue: &Catalogue, technique: &Technique) -> String {
    let regions: Vec<_> = technique
        .works_on
        .iter()
        .filter_map(|id| catalogue.region(id))
        .collect();
    let body: Vec<_> = regions.iter().filter(|r| !r.map.is_foot()).collect();
    let chosen: Vec<&str> = if body.is_empty() {
        regions.iter().map(|r| r.name.as_str()).collect()
    } else {
        body.iter().map(|r| r.name.as_str()).collect()
    };
    let mut places: Vec<String> = Vec::new();
    for name in chosen {
        let name = name
            .replace(" (left sole)", "")
            .replace(" (right sole)", "");
        let short: Vec<&str> = name
            .split(' ')
            .filter(|w| !w.eq_ignore_ascii_case("left") && !w.eq_ignore_ascii_case("right"))
            .collect();
        let short = short.join(" ");
        let mut chars = short.chars();
        let capitalised = chars
            .next()
            .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
            .unwrap_or_default();
        if !places.contains(&capitalised) {
            places.push(capitalised);
        }
    }
    places.truncate(2);
    places.join(", ")
}

/// Draws the row; `show_place` prefixes where the technique is done.
pub fn technique_row_ui(
    ui: &mut Ui,
    app: &ReliefApp,
    index: usize,
    show_place: bool,
    commands: &mut Vec<Command>,
) {
    let Some(technique) = app.catalogue.techniques.get(index) else {
        return;
    };
    ui.horizontal(|ui| {
        if icons::star_ui(ui, app.is_favourite(index), &technique.name).clicked() {
            commands.push(Command::ToggleFavourite(index));
        }
        ui.vertical(|ui| {
            let label = if show_place {
                format!(
                    "{} · {}",
                    place_text(&app.catalogue, technique),
                    technique.name
                )
            } else {
                technique.name.clone()
            };
            let button = egui::Button::new(RichText::new(label).strong())
                .frame(false)
                .wrap();
            if ui.add(button).on_hover_text(&technique.summary).clicked() {
                commands.push(Command::OpenTechnique(index));
            }
            ui.horizontal_wrapped(|ui| {
                ui.weak(format!(
                    "{} · {}",
                    technique.kind.label(),
                    super::time_needed_text(technique)
                ));
                for &e in technique.equipment.iter().chain(&technique.equipment_any) {
                    icons::equipment_icon_ui(ui, e);
                }
            });
        });
    });
    ui.add_space(4.0);
}
