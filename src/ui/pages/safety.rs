//! Safety: when to see a doctor, cautions for the feet, conditions that
//! need a doctor's go-ahead, and the rules for every technique. The red
//! flags are drawn by [`red_flags_ui`], which the safety gate uses too.

use egui::{RichText, Ui};

use crate::content::{Catalogue, Urgency};
use crate::logic::text;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::heading;

pub fn safety_page_ui(ui: &mut Ui, catalogue: &Catalogue) {
    let safety = &catalogue.safety;
    heading::page_heading_ui(ui, "Safety");
    ui.label(
        "Relief Map does not diagnose or treat. Self-massage may help you relax and feel \
         better; it does not replace a doctor.",
    );
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            red_flags_ui(
                ui,
                catalogue,
                &[Urgency::Emergency, Urgency::Urgent, Urgency::Appointment],
            );
            guidance_source_ui(ui, catalogue);
            for area in &safety.area_cautions {
                ui.add_space(theme::SECTION_GAP);
                heading::section_heading_ui(ui, format!("Before you work on {}", area.name));
                for caution in &area.cautions {
                    ui.label(format!("• {caution}"));
                }
            }
            ui.add_space(theme::SECTION_GAP);
            heading::section_heading_ui(ui, "Ask a doctor before massage if you have");
            for c in &safety.contraindications {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&c.name).strong());
                    ui.label(&c.detail);
                });
            }
            general_rules_ui(ui, catalogue);
        });
}

/// The red flags of the given urgencies, each under its heading.
pub fn red_flags_ui(ui: &mut Ui, catalogue: &Catalogue, urgencies: &[Urgency]) {
    let palette = Palette::for_visuals(ui.visuals());
    for &urgency in urgencies {
        let mut flags = catalogue
            .safety
            .red_flags
            .iter()
            .filter(|f| f.urgency == urgency)
            .peekable();
        if flags.peek().is_none() {
            continue;
        }
        let color = match urgency {
            Urgency::Emergency => palette.emergency,
            Urgency::Urgent => palette.caution,
            Urgency::Appointment => ui.visuals().text_color(),
        };
        ui.add_space(theme::SECTION_GAP);
        ui.label(
            RichText::new(text::urgency_heading(urgency))
                .strong()
                .color(color),
        );
        for flag in flags {
            ui.label(format!("• {}", flag.text));
        }
    }
}

/// "These signs follow NHS: Back pain", with a link.
fn guidance_source_ui(ui: &mut Ui, catalogue: &Catalogue) {
    let Some(source) = catalogue
        .safety
        .red_flags
        .first()
        .and_then(|f| catalogue.source(&f.source))
    else {
        return;
    };
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.weak(format!("These signs follow {}.", source.title));
        if let Some(url) = &source.url {
            ui.hyperlink_to("Read the guidance", url);
        }
    });
}

/// The rules for every technique.
pub fn general_rules_ui(ui: &mut Ui, catalogue: &Catalogue) {
    ui.add_space(theme::SECTION_GAP);
    heading::section_heading_ui(ui, "Every time");
    for rule in &catalogue.safety.general {
        ui.label(format!("• {rule}"));
    }
}
