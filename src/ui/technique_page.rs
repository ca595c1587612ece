//! A technique's page: what it is, what it needs, and its steps.

use crate::app::Command;
use crate::content::{Catalogue, StepsOrigin, Technique};
use crate::theme::{self, Palette};

pub fn technique_page_ui(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    technique: &Technique,
    commands: &mut Vec<Command>,
) {
    let palette = Palette::for_visuals(ui.visuals());
    if ui.button("← Back").clicked() {
        commands.push(Command::CloseTechnique);
    }
    ui.heading(&technique.name);
    ui.label(&technique.summary);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(theme::SECTION_GAP);
        let names = |ids: &[String]| -> String {
            ids.iter().filter_map(|id| catalogue.region(id)).map(|r| r.name.as_str()).collect::<Vec<_>>().join(", ")
        };
        egui::Grid::new("technique_facts").num_columns(2).spacing([12.0, 4.0]).show(ui, |ui| {
            ui.strong("Kind");
            ui.label(technique.kind.label());
            ui.end_row();
            ui.strong("Where you work");
            ui.label(names(&technique.works_on));
            ui.end_row();
            if !technique.helps.is_empty() {
                ui.strong("Meant to help");
                ui.label(names(&technique.helps));
                ui.end_row();
            }
            ui.strong("You need");
            ui.label(super::equipment_text(technique));
            ui.end_row();
            ui.strong("Position");
            ui.label(technique.positions.iter().map(|p| p.label()).collect::<Vec<_>>().join(" or "));
            ui.end_row();
            ui.strong("Time needed");
            ui.label(super::time_needed_text(technique));
            ui.end_row();
        });
        for caution in &technique.cautions {
            ui.colored_label(palette.caution, format!("⚠ {caution}"));
        }
        ui.add_space(theme::SECTION_GAP);
        ui.strong("Steps");
        if let Some(part) = &technique.per_side {
            ui.label(format!("Do all steps on one {part}, then on the other."));
        }
        for (i, step) in technique.steps.iter().enumerate() {
            let dose = super::dose_text(&step.dose);
            let side = step.per_side.as_ref().map(|p| format!(" (each {p})")).unwrap_or_default();
            let dose = if dose.is_empty() { String::new() } else { format!(" — {dose}{side}") };
            ui.label(format!("{}. {}{dose}", i + 1, step.text));
        }
        ui.add_space(theme::SECTION_GAP);
        let origin = match technique.steps_origin {
            StepsOrigin::Article => "Steps from",
            StepsOrigin::Conventional => "The article names this technique without steps; these are conventional steps. Source:",
        };
        ui.label(egui::RichText::new(format!("{origin} {}", technique.source)).color(palette.muted_text));
    });
}
