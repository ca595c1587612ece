//! Banners for problems the person should know about: content packs left
//! out or still loading, saved data set aside, a copy of unsaved changes,
//! saving that failed. Each is one line, with its details on request and a
//! Dismiss button (a dismissed banner comes back at the next start while
//! the problem is there); saving that fails stays until it works again.

use egui::{RichText, Ui};

use crate::content::{Diagnostic, Refusal, RejectedPack, problem_count};
use crate::logic::text::count_text;
use crate::state::command::{Commands, DataCommand, PrefsCommand};
use crate::state::notices::{self, Notices};
use crate::ui::theme::Palette;

/// Problems listed per pack before "… and N more".
const PACK_PROBLEMS_SHOWN: usize = 5;

pub fn banners_ui(
    ui: &mut Ui,
    notices: &Notices,
    save_error: Option<&str>,
    commands: &mut Commands,
) {
    if notices.packs_loading {
        ui.weak("Loading your content packs…");
    }
    for pack in &notices.rejected_packs {
        let key = notices::pack_key(&pack.name);
        if notices.shows(&key) {
            pack_banner_ui(ui, &key, pack, commands);
        }
    }
    if !notices.picture_problems.is_empty() && notices.shows(notices::PICTURES_KEY) {
        let line = format!(
            "{} pictures in your content packs could not be used; those steps show their text \
             and drawing only.",
            notices.picture_problems.len()
        );
        let details = |ui: &mut Ui| diagnostics_ui(ui, &notices.picture_problems);
        banner_ui(ui, notices::PICTURES_KEY, &line, details, |_| {}, commands);
    }
    if let Some(first) = notices.opening.first()
        && notices.shows(notices::OPENING_KEY)
    {
        let line = match notices.opening.len() {
            1 => first.clone(),
            n => format!("{first} (and {} more)", n - 1),
        };
        let details = |ui: &mut Ui| {
            for notice in &notices.opening {
                ui.label(notice);
            }
        };
        banner_ui(ui, notices::OPENING_KEY, &line, details, |_| {}, commands);
    }
    if let Some(copy) = &notices.recovery
        && notices.shows(notices::RECOVERY_KEY)
    {
        recovery_banner_ui(ui, copy, commands);
    }
    if let Some(error) = save_error {
        save_error_ui(ui, error);
    }
}

/// One banner: a line in the caution colour (cut to the width), then its
/// own buttons, Details and Dismiss; the details below when asked for.
fn banner_ui(
    ui: &mut Ui,
    key: &str,
    line: &str,
    details: impl FnOnce(&mut Ui),
    buttons: impl FnOnce(&mut Ui),
    commands: &mut Commands,
) {
    let palette = Palette::for_visuals(ui.visuals());
    let id = egui::Id::unique(("reliefmap-banner-details", key));
    let open = ui.data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
    egui::Sides::new().shrink_left().truncate().show(
        ui,
        |ui| ui.colored_label(palette.caution, line),
        |ui| {
            if ui.small_button("Dismiss").clicked() {
                commands.push(PrefsCommand::DismissNotice(key.to_owned()));
            }
            let toggle = if open { "Hide details" } else { "Details" };
            if ui.small_button(toggle).clicked() {
                ui.data_mut(|d| d.insert_temp(id, !open));
            }
            buttons(ui);
        },
    );
    if open {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(id)
                .max_height(ui.text_style_height(&egui::TextStyle::Body) * 12.0)
                .show(ui, details);
        });
    }
}

fn pack_banner_ui(ui: &mut Ui, key: &str, pack: &RejectedPack, commands: &mut Commands) {
    let check = pack.check_command();
    match pack.refusal {
        Refusal::Problems => {
            let problems = count_text(problem_count(&pack.diagnostics), "problem", "problems");
            let line = format!(
                "Content pack '{}' was not loaded: {problems} to fix.",
                pack.name
            );
            let details = |ui: &mut Ui| {
                diagnostics_ui(ui, &pack.diagnostics);
                check_ui(ui, &check);
            };
            banner_ui(ui, key, &line, details, |_| {}, commands);
        }
        Refusal::StoppedTheApp => {
            let line = format!(
                "Content pack '{}' was not loaded: loading it stopped Relief Map last time.",
                pack.name
            );
            let details = |ui: &mut Ui| {
                ui.label(
                    "It is skipped so that Relief Map opens, until its files change or you load \
                     it again. Tell its author, or check it yourself:",
                );
                check_ui(ui, &check);
            };
            let name = pack.name.clone();
            let buttons = |ui: &mut Ui| {
                if ui.small_button("Load it again at next start").clicked() {
                    commands.push(PrefsCommand::RetryPack(name));
                }
            };
            // The buttons' commands and Dismiss share the list.
            let mut own = Commands::default();
            banner_ui(ui, key, &line, details, buttons, &mut own);
            for command in own.take() {
                commands.push(command);
            }
        }
    }
}

/// The first problems, then how many more.
fn diagnostics_ui(ui: &mut Ui, diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics.iter().take(PACK_PROBLEMS_SHOWN) {
        ui.monospace(diagnostic.to_string());
    }
    let shown = problem_count(&diagnostics[..diagnostics.len().min(PACK_PROBLEMS_SHOWN)]);
    let more = problem_count(diagnostics).saturating_sub(shown);
    if more > 0 {
        ui.weak(format!("… and {more} more."));
    }
}

/// The command that checks a pack against the built-in content, to copy.
fn check_ui(ui: &mut Ui, command: &str) {
    ui.label("Check it against the built-in content (the same messages, every one), then restart:");
    ui.add(egui::Label::new(RichText::new(command).monospace()).selectable(true));
}

fn recovery_banner_ui(ui: &mut Ui, copy: &std::path::Path, commands: &mut Commands) {
    let line = "When Relief Map closed last time, your latest changes could not be saved; a copy \
                was kept.";
    let details = |ui: &mut Ui| {
        ui.label(format!(
            "The copy is {}. Restore it to get those changes back (what you have now is kept \
             aside as a backup first), or delete it.",
            copy.display()
        ));
    };
    let mut own = Commands::default();
    let buttons = |ui: &mut Ui| {
        if ui.small_button("Delete the copy").clicked() {
            own.push(DataCommand::DiscardRecovery);
        }
        if ui.small_button("Restore my changes").clicked() {
            own.push(DataCommand::RestoreRecovery);
        }
    };
    let mut dismiss = Commands::default();
    banner_ui(
        ui,
        notices::RECOVERY_KEY,
        line,
        details,
        buttons,
        &mut dismiss,
    );
    for command in own.take().into_iter().chain(dismiss.take()) {
        commands.push(command);
    }
}

/// Saving fails: one line while it does (not dismissable), the reason on
/// request.
fn save_error_ui(ui: &mut Ui, error: &str) {
    let palette = Palette::for_visuals(ui.visuals());
    let id = egui::Id::unique("reliefmap-save-error-details");
    let open = ui.data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
    egui::Sides::new().shrink_left().truncate().show(
        ui,
        |ui| {
            ui.colored_label(
                palette.caution,
                "Not saved: your changes are kept while Relief Map is open.",
            )
        },
        |ui| {
            let toggle = if open { "Hide details" } else { "Details" };
            if ui.small_button(toggle).clicked() {
                ui.data_mut(|d| d.insert_temp(id, !open));
            }
        },
    );
    if open {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(format!("{error}."));
            ui.label(
                "Saving is tried again every few seconds, at your next change and when you close \
                 the window; if it still fails then, a copy is kept and offered at the next start.",
            );
        });
    }
}
