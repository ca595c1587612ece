//! Safety: when to see a doctor (each urgency once, its signs under it,
//! the emergency signs set apart), cautions for areas of the body,
//! conditions that need a doctor's go-ahead, and the rules for every
//! technique. The safety gate shows the same parts, short, through
//! [`signs_ui`] and [`urgency_heading_ui`].

use egui::{Frame, Margin, RichText, Stroke, Ui};

use crate::content::{Catalogue, RedFlag, Urgency};
use crate::logic::text;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::{a11y, heading};

pub fn safety_page_ui(ui: &mut Ui, catalogue: &Catalogue) {
    let safety = &catalogue.safety;
    heading::page_heading_ui(ui, "Safety");
    ui.label(
        "Relief Map does not diagnose or treat. Self-massage may help you relax and feel \
         better; it does not replace a doctor.",
    );
    let area = egui::ScrollArea::vertical()
        .id_salt("safety page")
        .auto_shrink([false, false]);
    a11y::scroll_ui(ui, area, "Safety", |ui| {
        for urgency in [Urgency::Emergency, Urgency::Urgent, Urgency::Appointment] {
            urgency_group_ui(ui, catalogue, urgency, false);
        }
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
        general_rules_ui(ui, catalogue, usize::MAX);
    });
}

/// The signs of one urgency under the heading that says what to do, once;
/// the emergency group in a frame of its own. `short` lists the signs
/// together (the safety gate); otherwise one a line, with their details
/// and the guidance they follow.
pub fn urgency_group_ui(ui: &mut Ui, catalogue: &Catalogue, urgency: Urgency, short: bool) {
    let flags: Vec<&RedFlag> = catalogue
        .safety
        .red_flags
        .iter()
        .filter(|f| f.urgency == urgency)
        .collect();
    if flags.is_empty() {
        return;
    }
    ui.add_space(theme::SECTION_GAP);
    let palette = Palette::for_visuals(ui.visuals());
    let body = |ui: &mut Ui| {
        urgency_heading_ui(ui, urgency, &palette);
        if short {
            let signs: Vec<&str> = flags.iter().map(|f| f.text.as_str()).collect();
            let spoken = format!("{} {}", text::urgency_heading(urgency), signs.join(". "));
            a11y::readable_ui(ui, &spoken, |ui| signs_ui(ui, signs.iter().copied()));
        } else {
            for flag in &flags {
                ui.label(format!("• {}", flag.text));
                if let Some(detail) = &flag.detail {
                    ui.indent(&flag.id, |ui| ui.weak(detail));
                }
            }
            guidance_ui(ui, catalogue, &flags);
        }
    };
    if urgency == Urgency::Emergency {
        Frame::new()
            .stroke(Stroke::new(theme::EMERGENCY_FRAME_WIDTH, palette.emergency))
            .inner_margin(Margin::same(theme::EMERGENCY_FRAME_MARGIN))
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                body(ui);
            });
    } else {
        body(ui);
    }
}

/// "Call the emergency number now … if you have:" in the urgency's colour.
pub fn urgency_heading_ui(ui: &mut Ui, urgency: Urgency, palette: &Palette) {
    let color = match urgency {
        Urgency::Emergency => palette.emergency,
        Urgency::Urgent => palette.caution,
        Urgency::Appointment => ui.visuals().text_color(),
    };
    heading::heading_ui(
        ui,
        RichText::new(text::urgency_heading(urgency))
            .strong()
            .color(color),
        3,
    );
}

/// Short items one a line, each after a bullet.
pub fn signs_ui<'a>(ui: &mut Ui, items: impl Iterator<Item = &'a str>) {
    for item in items {
        ui.label(format!("• {item}"));
    }
}

/// "Following NHS guidance:" with a link to each page the signs follow.
fn guidance_ui(ui: &mut Ui, catalogue: &Catalogue, flags: &[&RedFlag]) {
    let mut cited: Vec<&str> = Vec::new();
    for flag in flags {
        if !cited.contains(&flag.source.as_str()) {
            cited.push(&flag.source);
        }
    }
    ui.weak("These signs follow:");
    // One a line: a link that wrapped would lie across the next one.
    for source in cited.iter().filter_map(|id| catalogue.source(id)) {
        match &source.url {
            Some(url) => {
                ui.hyperlink_to(&source.title, url);
            }
            None => {
                ui.weak(&source.title);
            }
        }
    }
}

/// The rules for every technique; the first `count` of them.
pub fn general_rules_ui(ui: &mut Ui, catalogue: &Catalogue, count: usize) {
    ui.add_space(theme::SECTION_GAP);
    heading::section_heading_ui(ui, "Every time");
    for rule in catalogue.safety.general.iter().take(count) {
        ui.label(format!("• {rule}"));
    }
}
