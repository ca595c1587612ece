//! Banners for problems the person should know about: content packs left
//! out or still loading, saved data set aside, saving that failed.

use crate::state::command::{Commands, PrefsCommand};
use crate::state::notices::Notices;
use crate::ui::theme::Palette;

/// Problems listed per pack before "… and N more".
const PACK_PROBLEMS_SHOWN: usize = 5;

pub fn banners_ui(
    ui: &mut egui::Ui,
    notices: &Notices,
    save_error: Option<&str>,
    commands: &mut Commands,
) {
    let palette = Palette::for_visuals(ui.visuals());
    if notices.packs_loading {
        ui.weak("Loading your content packs…");
    }
    for pack in &notices.rejected_packs {
        ui.colored_label(
            palette.caution,
            format!(
                "Content pack '{}' was not loaded ({} problems). Fix it and restart:",
                pack.name,
                pack.diagnostics.len()
            ),
        );
        for diagnostic in pack.diagnostics.iter().take(PACK_PROBLEMS_SHOWN) {
            ui.monospace(diagnostic.to_string());
        }
        let more = pack.diagnostics.len().saturating_sub(PACK_PROBLEMS_SHOWN);
        if more > 0 {
            ui.weak(format!(
                "… and {more} more; run `reliefmap check --data <the pack folder>` to see them all."
            ));
        }
    }
    if !notices.picture_problems.is_empty() {
        ui.colored_label(
            palette.caution,
            format!(
                "{} pictures in your content packs could not be used; those steps show their \
                 text and drawing only:",
                notices.picture_problems.len()
            ),
        );
        for diagnostic in notices.picture_problems.iter().take(PACK_PROBLEMS_SHOWN) {
            ui.monospace(diagnostic.to_string());
        }
    }
    if !notices.opening.is_empty() {
        ui.horizontal_wrapped(|ui| {
            for notice in &notices.opening {
                ui.colored_label(palette.caution, notice);
            }
            if ui.small_button("Dismiss").clicked() {
                commands.push(PrefsCommand::DismissNotices);
            }
        });
    }
    if let Some(error) = save_error {
        ui.colored_label(
            palette.caution,
            format!(
                "Not saved: {error}. Your changes are kept while the app is open and saving is \
                    tried again every few seconds."
            ),
        );
    }
}
