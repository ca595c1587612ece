//! Preferences: the theme, the cue settings and the window size, all kept
//! in the saved state's [`Settings`](crate::logic::store::Settings).

use super::ReliefApp;
use crate::logic::store::ThemeChoice;
use crate::state::command::PrefsCommand;

/// The egui theme for a saved choice.
pub fn theme_preference(choice: ThemeChoice) -> egui::ThemePreference {
    match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    }
}

pub fn apply_theme(ctx: &egui::Context, choice: ThemeChoice) {
    ctx.set_theme(theme_preference(choice));
}

/// Smallest window size worth restoring.
const MIN_SAVED_SIZE: (f32, f32) = (320.0, 240.0);

impl ReliefApp {
    pub(super) fn apply_prefs(&mut self, command: PrefsCommand, ctx: &egui::Context) {
        match command {
            PrefsCommand::SetSettings(settings) => {
                if settings.theme != self.user.settings.theme {
                    apply_theme(ctx, settings.theme);
                }
                if settings.text_scale() != self.user.settings.text_scale() {
                    ctx.set_zoom_factor(settings.text_scale());
                }
                self.edit_user().settings = settings;
            }
            PrefsCommand::ToggleLabels => {
                let settings = &mut self.edit_user().settings;
                settings.show_labels = !settings.show_labels;
            }
            PrefsCommand::DismissNotice(key) => {
                self.notices.dismissed.insert(key);
            }
            PrefsCommand::RetryPack(name) => self.library.retry_pack(&name),
            PrefsCommand::TestVoice => self.test_voice(),
            PrefsCommand::OpenDataFolder => {
                if let Some(folder) = &self.data_folder
                    && let Err(err) = open::that_detached(folder)
                {
                    log::warn!("could not open {}: {err}", folder.display());
                }
            }
        }
    }

    /// Keeps the window's size in the settings, so it opens the same size
    /// next time (the saver writes it, at the latest on exit).
    pub(super) fn track_window_size(&mut self, ctx: &egui::Context) {
        let Some(rect) = ctx.input(|i| i.viewport().inner_rect) else {
            return;
        };
        let size = window_size_to_save(rect.size(), ctx.zoom_factor());
        if size.0 < MIN_SAVED_SIZE.0 || size.1 < MIN_SAVED_SIZE.1 {
            return;
        }
        if self.user.settings.window_size != Some(size) {
            self.edit_user().settings.window_size = Some(size);
        }
    }
}

/// The window's size as the window system counts it (logical pixels, what
/// the window opens at) from its size in points: a text size other than
/// 100 % zooms the points, so the size is saved unzoomed. Saving points
/// made the window shrink by the text size at every start.
pub fn window_size_to_save(points: egui::Vec2, zoom: f32) -> (f32, f32) {
    let zoom = if zoom.is_finite() && zoom > 0.0 {
        zoom
    } else {
        1.0
    };
    ((points.x * zoom).round(), (points.y * zoom).round())
}

/// The size to open the window at: the saved one when it makes sense.
pub fn window_size(saved: Option<(f32, f32)>) -> [f32; 2] {
    let (width, height) = saved
        .filter(|(w, h)| *w >= MIN_SAVED_SIZE.0 && *h >= MIN_SAVED_SIZE.1)
        .unwrap_or((1280.0, 800.0));
    [width, height]
}
