//! Banners for problems the person should know about.

use crate::content::Diagnostic;
use crate::theme::Palette;

/// Lists content packs that were left out and why.
pub fn rejected_packs_ui(ui: &mut egui::Ui, rejected: &[(String, Vec<Diagnostic>)]) {
    let palette = Palette::for_visuals(ui.visuals());
    for (pack, diagnostics) in rejected {
        ui.colored_label(
            palette.caution,
            format!(
                "Content pack '{pack}' was not loaded ({} problems). Fix it and restart:",
                diagnostics.len()
            ),
        );
        for diagnostic in diagnostics.iter().take(5) {
            ui.monospace(diagnostic.to_string());
        }
    }
}
