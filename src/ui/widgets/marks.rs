//! Small marks that say where a fact comes from: whose a dose's numbers
//! are, steps the app added, and a source by its title.

use egui::{RichText, Ui};

use crate::content::{Catalogue, DoseOrigin, Step};
use crate::ui::theme::{self, Palette};

/// Beside a dose: "from the article", "suggested" or "partly suggested",
/// with why in the tooltip.
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
    ui.label(RichText::new(mark).size(theme::MARK_TEXT_PT).color(color))
        .on_hover_text(why);
}

/// Beside a step the app added to an article's technique.
pub fn added_step_ui(ui: &mut Ui, palette: &Palette) {
    ui.label(
        RichText::new("added by the app")
            .size(theme::MARK_TEXT_PT)
            .color(palette.muted_text),
    )
    .on_hover_text(
        "The article does not have this step; the app adds it to keep you safe and comfortable.",
    );
}

/// A source's title and what it covers (or a link to guidance). The
/// article's file name stays in the data and in `check` output, for those
/// who trace facts; people see the title.
pub fn source_ui(ui: &mut Ui, catalogue: &Catalogue, id: &str, palette: &Palette) {
    let Some(source) = catalogue.source(id) else {
        ui.label(id);
        return;
    };
    ui.label(RichText::new(&source.title).italics());
    ui.label(RichText::new(&source.covers).color(palette.muted_text));
    if let Some(url) = &source.url {
        ui.hyperlink(url);
    }
}
