//! Panels of the main window, one file each. Each `*_ui` function draws and
//! pushes [`crate::app::Command`]s instead of changing app state directly.

pub mod banner;
pub mod favourites_page;
pub mod help;
pub mod history_page;
pub mod icons;
pub mod map_view;
pub mod player;
pub mod region_list;
pub mod routines_page;
pub mod safety_gate;
pub mod safety_page;
pub mod settings_page;
pub mod shortcuts;
pub mod side_panel;
pub mod technique_page;
pub mod technique_row;
pub mod top_bar;

use egui::{RichText, Ui};

use crate::content::{Catalogue, Dose, DoseOrigin, Equipment, Step, Technique};
use crate::theme::Palette;

/// "3–5 min", "10 each direction", "2 × 15–20" for a dose.
pub fn dose_text(dose: &Dose) -> String {
    match *dose {
        Dose::Timed {
            min_secs, max_secs, ..
        } => range_text(min_secs, max_secs, duration_text),
        Dose::Reps {
            min,
            max,
            each_direction,
        } => {
            let count = range_text(min, max, |n| n.to_string());
            if each_direction {
                format!("{count} each direction")
            } else {
                format!("{count} times")
            }
        }
        Dose::Sets {
            sets,
            min_reps,
            max_reps,
            rest_secs,
        } => format!(
            "{sets} sets × {}, rest {}",
            range_text(min_reps, max_reps, |n| n.to_string()),
            duration_text(rest_secs)
        ),
        Dose::Hold { secs, times } if times > 1 => {
            format!("hold {} × {times}", duration_text(secs))
        }
        Dose::Hold { secs, .. } => format!("hold {}", duration_text(secs)),
        Dose::Instruction => String::new(),
    }
}

fn range_text(min: u32, max: u32, show: impl Fn(u32) -> String) -> String {
    if min == max {
        show(min)
    } else {
        format!("{}–{}", show(min), show(max))
    }
}

/// "45 s", "3 min", "2 min 30 s".
pub fn duration_text(secs: u32) -> String {
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// "about 8 min" for a technique's time needed.
pub fn time_needed_text(technique: &Technique) -> String {
    let secs = technique.duration_secs();
    if secs < 60 {
        format!("about {secs} s")
    } else {
        format!("about {} min", (secs + 30) / 60)
    }
}

pub fn equipment_text(technique: &Technique) -> String {
    let mut parts: Vec<String> = technique
        .equipment
        .iter()
        .map(|e| e.label().to_owned())
        .collect();
    if !technique.equipment_any.is_empty() {
        let any: Vec<&str> = technique
            .equipment_any
            .iter()
            .map(|e| Equipment::label(*e))
            .collect();
        parts.push(any.join(" or "));
    }
    if parts.is_empty() {
        "Just your hands".to_owned()
    } else {
        parts.join(", ")
    }
}

/// The small mark beside a dose that says whose numbers they are: the
/// article's, or suggested by the app (with why in the tooltip).
pub fn dose_origin_ui(ui: &mut Ui, step: &Step, palette: &Palette) {
    let (mark, mut why) = match step.dose_origin {
        DoseOrigin::Unstated => return,
        DoseOrigin::Article => (
            "from the article",
            "The article gives this time or count.".to_owned(),
        ),
        DoseOrigin::App => (
            "suggested",
            "Suggested by the app: the article gives no time or count for this step.".to_owned(),
        ),
        DoseOrigin::Partly => (
            "partly suggested",
            "Part of this dose is the article's and part the app's.".to_owned(),
        ),
    };
    if let Some(note) = &step.dose_note {
        why.push(' ');
        why.push_str(note);
    }
    let color = if step.dose_origin == DoseOrigin::Article {
        palette.muted_text
    } else {
        palette.caution
    };
    ui.label(
        RichText::new(mark)
            .size(crate::theme::MARK_TEXT_PT)
            .color(color),
    )
    .on_hover_text(why);
}

/// A source's title, what it covers and its file name (or link).
pub fn source_ui(ui: &mut Ui, catalogue: &Catalogue, id: &str, palette: &Palette) {
    let Some(source) = catalogue.source(id) else {
        ui.label(id);
        return;
    };
    ui.label(RichText::new(&source.title).italics());
    ui.label(RichText::new(&source.covers).color(palette.muted_text));
    if let Some(file) = &source.file {
        ui.label(
            RichText::new(format!("Article file: {file}"))
                .small()
                .color(palette.muted_text),
        );
    }
    if let Some(url) = &source.url {
        ui.hyperlink(url);
    }
}
