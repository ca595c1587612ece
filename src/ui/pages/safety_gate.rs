//! Shown before a technique's first start (or a routine's, for the
//! techniques in it never started): their own cautions and their areas',
//! the conditions that need a doctor's go-ahead, and the red flags.

use egui::{RichText, Ui};

use crate::content::Urgency;
use crate::logic::routines::{self, RoutineRef};
use crate::state::command::{Commands, NavCommand, RunCommand};
use crate::state::nav::Page;
use crate::ui::Shared;
use crate::ui::pages::safety;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::heading;

pub fn technique_gate_ui(ui: &mut Ui, shared: &Shared, index: usize, commands: &mut Commands) {
    let Some(technique) = shared.catalogue.techniques.get(index) else {
        return;
    };
    heading::page_heading_ui(ui, format!("Before you start: {}", technique.name));
    ui.label("Please read this once. It stays one click away under Safety.");
    gate_body_ui(ui, shared, &[index]);
    ui.separator();
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new("I understand, start").strong())
            .clicked()
        {
            commands.push(RunCommand::AcknowledgeAndStart(index));
        }
        if ui.button("Back").clicked() {
            commands.push(NavCommand::Open(Page::Technique(index)));
        }
    });
}

/// The gate for a routine: cautions of each technique not yet accepted.
pub fn routine_gate_ui(
    ui: &mut Ui,
    shared: &Shared,
    routine: RoutineRef,
    techniques: &[usize],
    commands: &mut Commands,
) {
    let Some(info) = routines::info(shared.catalogue, shared.user, routine) else {
        return;
    };
    heading::page_heading_ui(ui, format!("Before you start: {}", info.name));
    ui.label(
        "Some techniques in this routine are new to you. Please read this once; it stays \
         one click away under Safety.",
    );
    gate_body_ui(ui, shared, techniques);
    ui.separator();
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new("I understand, start the routine").strong())
            .clicked()
        {
            commands.push(RunCommand::AcknowledgeAndStartRoutine(routine));
        }
        if ui.button("Back").clicked() {
            commands.push(NavCommand::OpenRoutine(routine));
        }
    });
}

/// Cautions of the given techniques, then the rules for everyone.
fn gate_body_ui(ui: &mut Ui, shared: &Shared, techniques: &[usize]) {
    let catalogue = shared.catalogue;
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
                let regions = catalogue.caution_regions(technique);
                let areas: Vec<_> = catalogue
                    .area_cautions(technique)
                    .into_iter()
                    .filter(|a| !areas_shown.contains(&a.id.as_str()))
                    .collect();
                if technique.cautions.is_empty() && regions.is_empty() && areas.is_empty() {
                    continue;
                }
                ui.add_space(theme::SECTION_GAP);
                let title = if techniques.len() == 1 {
                    "For this technique".to_owned()
                } else {
                    format!("For {}", technique.name)
                };
                heading::section_heading_ui(ui, RichText::new(title).color(palette.caution));
                for region in regions {
                    let note = region.caution.as_deref().unwrap_or_default();
                    ui.label(format!("• {}: {note}", region.name));
                }
                for caution in &technique.cautions {
                    ui.label(format!("• {caution}"));
                }
                // Each area's cautions once, under the first technique there.
                for area in areas {
                    ui.label(RichText::new(format!("Before you work on {}:", area.name)).strong());
                    for caution in &area.cautions {
                        ui.label(format!("• {caution}"));
                    }
                    areas_shown.push(&area.id);
                }
            }
            ui.add_space(theme::SECTION_GAP);
            heading::section_heading_ui(ui, "Ask a doctor first if you have");
            let names: Vec<&str> = catalogue
                .safety
                .contraindications
                .iter()
                .map(|c| c.name.as_str())
                .collect();
            ui.label(names.join(" · "));
            safety::red_flags_ui(ui, catalogue, &[Urgency::Emergency, Urgency::Urgent]);
            safety::general_rules_ui(ui, catalogue);
        });
}
