//! Shown before a technique's first start: its own cautions, the conditions
//! that need a doctor's go-ahead, and the red flags.

use egui::{RichText, Ui};

use crate::app::{Command, Page, ReliefApp};
use crate::content::Urgency;
use crate::theme::{self, Palette};

pub fn safety_gate_ui(ui: &mut Ui, app: &ReliefApp, index: usize, commands: &mut Vec<Command>) {
    let catalogue = &app.catalogue;
    let Some(technique) = catalogue.techniques.get(index) else {
        return;
    };
    let palette = Palette::for_visuals(ui.visuals());
    ui.heading(format!("Before you start: {}", technique.name));
    ui.label("Please read this once. It stays one click away under Safety.");
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .max_height(ui.available_height() - 48.0)
        .show(ui, |ui| {
            let caution_areas: Vec<_> = technique
                .works_on
                .iter()
                .filter_map(|id| catalogue.region(id))
                .filter(|r| r.caution.is_some())
                .collect();
            if !technique.cautions.is_empty() || !caution_areas.is_empty() {
                ui.add_space(theme::SECTION_GAP);
                ui.strong(RichText::new("For this technique").color(palette.caution));
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
