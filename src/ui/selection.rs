//! What the selected region offers: techniques that work there and ones that
//! help it from elsewhere.

use crate::app::Command;
use crate::content::{Catalogue, Technique};
use crate::theme::{self, Palette};

pub fn selection_ui(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    selected: Option<&str>,
    commands: &mut Vec<Command>,
) {
    let Some(region) = selected.and_then(|id| catalogue.region(id)) else {
        ui.heading("Where does it hurt?");
        ui.label("Pick a region from the list to see what you can do for it.");
        return;
    };
    let palette = Palette::for_visuals(ui.visuals());
    ui.heading(&region.name);
    if let Some(label) = &region.reflex_label {
        ui.label(format!("Reflex zone for: {label}"));
    }
    if let Some(caution) = &region.caution {
        ui.colored_label(palette.caution, format!("⚠ {caution}"));
    }
    let work_here: Vec<&Technique> = catalogue
        .techniques
        .iter()
        .filter(|t| t.works_on.contains(&region.id))
        .collect();
    let helps_here: Vec<&Technique> = catalogue
        .techniques
        .iter()
        .filter(|t| t.helps.contains(&region.id) && !t.works_on.contains(&region.id))
        .collect();
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(theme::SECTION_GAP);
        ui.strong("Work here");
        technique_rows_ui(ui, catalogue, &work_here, false, commands);
        ui.add_space(theme::SECTION_GAP);
        ui.strong("Helps here from elsewhere");
        technique_rows_ui(ui, catalogue, &helps_here, true, commands);
    });
}

fn technique_rows_ui(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    techniques: &[&Technique],
    show_where: bool,
    commands: &mut Vec<Command>,
) {
    if techniques.is_empty() {
        ui.weak("Nothing here yet.");
    }
    for technique in techniques {
        let mut label = technique.name.clone();
        if show_where {
            let places: Vec<&str> = technique
                .works_on
                .iter()
                .filter_map(|id| catalogue.region(id))
                .filter(|r| !r.map.is_foot())
                .map(|r| r.name.as_str())
                .take(2)
                .collect();
            if !places.is_empty() {
                label = format!("{} · {label}", places.join(", "));
            }
        }
        let text = format!(
            "{label}   ({}, {})",
            super::time_needed_text(technique),
            super::equipment_text(technique)
        );
        if ui.button(text).clicked() {
            commands.push(Command::OpenTechnique(technique.id.clone()));
        }
    }
}
