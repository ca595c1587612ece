//! Settings: theme.

use egui::{ThemePreference, Ui};

use crate::app::Command;

pub fn settings_page_ui(ui: &mut Ui, commands: &mut Vec<Command>) {
    ui.heading("Settings");
    ui.strong("Theme");
    let current = ui.options(|o| o.theme_preference);
    for (preference, label) in [
        (ThemePreference::System, "Follow the system"),
        (ThemePreference::Light, "Light"),
        (ThemePreference::Dark, "Dark"),
    ] {
        if ui.radio(current == preference, label).clicked() {
            commands.push(Command::SetTheme(preference));
        }
    }
}
