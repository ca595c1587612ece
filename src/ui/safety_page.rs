//! Safety: when to see a doctor, conditions that need a doctor's go-ahead,
//! and the rules for every technique.

use egui::{RichText, Ui};

use crate::content::{Catalogue, Urgency};
use crate::theme::{self, Palette};

pub fn safety_page_ui(ui: &mut Ui, catalogue: &Catalogue) {
    let palette = Palette::for_visuals(ui.visuals());
    let safety = &catalogue.safety;
    ui.heading("Safety");
    ui.label("Relief Map does not diagnose or treat. Self-massage may help you relax and feel better; it does not replace a doctor.");
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for (urgency, title, color) in [
            (Urgency::Emergency, "Call the emergency number or go to an emergency department now if you have back pain and:", palette.emergency),
            (Urgency::Urgent, "Get an urgent appointment today if you have back pain and:", palette.caution),
            (Urgency::Appointment, "See a doctor soon if:", ui.visuals().text_color()),
        ] {
            let flags: Vec<_> = safety.red_flags.iter().filter(|f| f.urgency == urgency).collect();
            if flags.is_empty() {
                continue;
            }
            ui.add_space(theme::SECTION_GAP);
            ui.label(RichText::new(title).strong().color(color));
            for flag in flags {
                ui.label(format!("• {}", flag.text));
            }
        }
        if let Some(source) = safety.red_flags.first().and_then(|f| catalogue.source(&f.source)) {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                ui.weak(format!("These signs follow {}.", source.title));
                if let Some(url) = &source.url {
                    ui.hyperlink_to("Read the guidance", url);
                }
            });
        }
        for area in &safety.area_cautions {
            ui.add_space(theme::SECTION_GAP);
            ui.strong(format!("Before you work on {}", area.name));
            for caution in &area.cautions {
                ui.label(format!("• {caution}"));
            }
        }
        ui.add_space(theme::SECTION_GAP);
        ui.strong("Ask a doctor before massage if you have");
        for c in &safety.contraindications {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&c.name).strong());
                ui.label(&c.detail);
            });
        }
        ui.add_space(theme::SECTION_GAP);
        ui.strong("Every time");
        for rule in &safety.general {
            ui.label(format!("• {rule}"));
        }
    });
}
