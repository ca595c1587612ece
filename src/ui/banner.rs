//! Banners for problems the person should know about.

use crate::content::RejectedPack;
use crate::theme::Palette;

/// Lists content packs that were left out and why.
pub fn rejected_packs_ui(ui: &mut egui::Ui, rejected: &[RejectedPack]) {
    let palette = Palette::for_visuals(ui.visuals());
    for pack in rejected {
        ui.colored_label(
            palette.caution,
            format!(
                "Content pack '{}' was not loaded ({} problems). Fix it and restart:",
                pack.name,
                pack.diagnostics.len()
            ),
        );
        for diagnostic in pack.diagnostics.iter().take(5) {
            ui.monospace(diagnostic.to_string());
        }
    }
}
