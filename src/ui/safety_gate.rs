//! Shown before a technique's first start (or a routine's, for the
//! techniques in it never started): their own cautions, the conditions that
//! need a doctor's go-ahead, and the red flags.

use egui::{RichText, Ui};

use crate::app::{Command, Page, ReliefApp};
use crate::content::Urgency;
use crate::routines::{self, RoutineRef};
use crate::theme::{self, Palette};

pub fn safety_gate_ui(ui: &mut Ui, app: &ReliefApp, index: usize, commands: &mut Vec<Command>) {
    let Some(technique) = app.catalogue.techniques.get(index) else {
        return;
    };
    ui.heading(format!("Before you start: {}", technique.name));
    ui.label("Please read this once. It stays one click away under Safety.");
    gate_body_ui(ui, app, &[index]);
    ui.separator();
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new("I understand, start").strong())
            .clicked()
        {
            commands.push(Command::AcknowledgeAndStart(index));
        }
        if ui.button("Back").clicked() {
            commands.push(Command::Open(Page::Technique(index)));
        }
    });
}

/// The gate for a routine: cautions of each technique not yet accepted.
pub fn routine_gate_ui(
    ui: &mut Ui,
    app: &ReliefApp,
    routine: RoutineRef,
    commands: &mut Vec<Command>,
) {
    let Some(info) = routines::info(&app.catalogue, &app.user, routine) else {
        return;
    };
    ui.heading(format!("Before you start: {}", info.name));
    ui.label("Some techniques in this routine are new to you. Please read this once; it stays one click away under Safety.");
    gate_body_ui(ui, app, &app.unacknowledged(routine));
    ui.separator();
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new("I understand, start the routine").strong())
            .clicked()
        {
            commands.push(Command::AcknowledgeAndStartRoutine(routine));
        }
        if ui.button("Back").clicked() {
            commands.push(Command::OpenRoutine(routine));
        }
    });
}

/// Cautions of the given techniques, then the rules for everyone.
fn gate_body_ui(ui: &mut Ui, app: &ReliefApp, techniques: &[usize]) {
    let catalogue = &app.catalogue;
    let palette = Palette::for_visuals(ui.visuals());
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .max_height(ui.available_height() - 48.0)
        .show(ui, |ui| {
            let mut areas_shown: Vec<&str> = Vec::new();
            for technique in techniques
                .iter()
                .filter_map(|&i| catalogue.techniques.get(i))
            {
                let caution_areas = catalogue.caution_regions(technique);
                let area_cautions: Vec<_> = catalogue
                    .area_cautions(technique)
                    .into_iter()
                    .filter(|a| !areas_shown.contains(&a.id.as_str()))
                    .collect();
                if technique.cautions.is_empty()
                    && caution_areas.is_empty()
                    && area_cautions.is_empty()
                {
                    continue;
                }
                ui.add_space(theme::SECTION_GAP);
                let title = if techniques.len() == 1 {
                    "For this technique".to_owned()
                } else {
                    format!("For {}", technique.name)
                };
                ui.strong(RichText::new(title).color(palette.caution));
                for region in caution_areas {
                    ui.label(format!(
                        "• {}: {}",
                        region.name,
                        region.caution.as_deref().unwrap_or_default()
                    ));
                }
                for caution in &technique.cautions {
                    ui.label(format!("• {caution}"));
                }
                // Each area's cautions once, under the first technique there.
                for area in area_cautions {
                    ui.label(RichText::new(format!("Before you work on {}:", area.name)).strong());
                    for caution in &area.cautions {
                        ui.label(format!("• {caution}"));
                    }
                    areas_shown.push(&area.id);
                }
            }
            ui.add_space(theme::SECTION_GAP);
            ui.strong("Ask a doctor first if you have");
            let names: Vec<&str> = catalogue
                .safety
                .contraindications
                .iter()
                .map(|c| c.name.as_str())
                .collect();
            ui.label(names.join(" · "));
            for (urgency, title, color) in [
                (
                    Urgency::Emergency,
                    "Call the emergency number now, do not massage, if you have back pain with:",
                    palette.emergency,
                ),
                (
                    Urgency::Urgent,
                    "Get an urgent appointment today if you have back pain with:",
                    palette.caution,
                ),
            ] {
                ui.add_space(theme::SECTION_GAP);
                ui.label(RichText::new(title).strong().color(color));
                for flag in catalogue
                    .safety
                    .red_flags
                    .iter()
                    .filter(|f| f.urgency == urgency)
                {
                    ui.label(format!("• {}", flag.text));
                }
            }
            ui.add_space(theme::SECTION_GAP);
            ui.strong("Every time");
            for rule in &catalogue.safety.general {
                ui.label(format!("• {rule}"));
            }
        });
}
