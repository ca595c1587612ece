//! Shown before a technique's first start (or a routine's, for the
//! techniques in it never started): their own cautions and their areas',
//! the conditions that need a doctor's go-ahead, and the red flags.

use crate::content::TechniqueId;
use egui::{RichText, Ui};

use crate::content::Urgency;
use crate::logic::routines::{self, RoutineRef};
use crate::state::command::{Commands, NavCommand, RunCommand};
use crate::state::nav::Page;
use crate::ui::Shared;
use crate::ui::pages::safety;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::{a11y, heading};

pub fn technique_gate_ui(
    ui: &mut Ui,
    shared: &Shared,
    index: TechniqueId,
    commands: &mut Commands,
) {
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
    techniques: &[TechniqueId],
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

/// The general rules the gate repeats: start light, stop at sharp pain,
/// keep off the spine and bones. The rest are on the Safety page.
const GATE_RULES: usize = 3;

/// Cautions of the given techniques first, each under its name; then the
/// signs that need a doctor, the emergency ones set apart, each urgency's
/// action said once; the conditions to ask about; three rules for every time.
fn gate_body_ui(ui: &mut Ui, shared: &Shared, techniques: &[TechniqueId]) {
    let catalogue = shared.catalogue;
    let about_techniques = |ui: &mut Ui| {
        technique_cautions_ui(ui, shared, techniques);
        safety::general_rules_ui(ui, catalogue, GATE_RULES);
        ui.add_space(theme::SECTION_GAP / 2.0);
        ui.weak("All of it, with what each sign means, stays under Safety in the top bar.");
    };
    let when_to_get_help = |ui: &mut Ui| {
        safety::urgency_group_ui(ui, catalogue, Urgency::Emergency, true);
        safety::urgency_group_ui(ui, catalogue, Urgency::Urgent, true);
        ui.add_space(theme::SECTION_GAP);
        heading::section_heading_ui(ui, "Ask a doctor first if you have");
        let names: Vec<&str> = catalogue
            .safety
            .contraindications
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        let spoken = format!("Ask a doctor first if you have: {}", names.join(", "));
        a11y::readable_ui(ui, &spoken, |ui| ui.label(names.join(" · ")));
    };
    let area = egui::ScrollArea::vertical()
        .id_salt(("safety gate", techniques))
        .auto_shrink([false, false])
        .max_height(ui.available_height() - 48.0);
    a11y::scroll_ui(ui, area, "Before you start", |ui| {
        // Side by side where there is room: this technique on the left,
        // when to get help on the right; else one after the other.
        if ui.available_width() >= theme::GATE_TWO_COLUMNS_MIN_WIDTH {
            ui.columns(2, |columns| {
                columns[0].vertical(about_techniques);
                columns[1].vertical(when_to_get_help);
            });
        } else {
            about_techniques(ui);
            when_to_get_help(ui);
        }
    });
}

/// Each technique's own cautions under its name, then its areas' cautions
/// (each area once).
fn technique_cautions_ui(ui: &mut Ui, shared: &Shared, techniques: &[TechniqueId]) {
    let catalogue = shared.catalogue;
    let palette = Palette::for_visuals(ui.visuals());
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
        heading::section_heading_ui(
            ui,
            RichText::new(format!("Take care with {}", technique.name)).color(palette.caution),
        );
        let mut lines: Vec<String> = regions
            .iter()
            .map(|r| format!("{}: {}", r.name, r.caution.as_deref().unwrap_or_default()))
            .collect();
        lines.extend(technique.cautions.iter().cloned());
        for area in areas {
            lines.extend(area.cautions.iter().cloned());
            areas_shown.push(&area.id);
        }
        // One Tab stop that a screen reader reads whole.
        let spoken = format!("Take care with {}: {}", technique.name, lines.join(" "));
        a11y::readable_ui(ui, &spoken, |ui| {
            for line in &lines {
                ui.label(format!("• {line}"));
            }
        });
        ui.add_space(theme::SECTION_GAP / 2.0);
    }
}
