//! Settings: theme and cues.

use egui::{ThemePreference, Ui};

use crate::app::{Command, Settings};

pub fn settings_page_ui(ui: &mut Ui, settings: &Settings, commands: &mut Vec<Command>) {
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
    ui.add_space(crate::theme::SECTION_GAP);
    ui.strong("Cues");
    let mut edited = *settings;
    ui.checkbox(
        &mut edited.sound,
        "Sound at each step end, side switch, set end, rest end and finish",
    );
    ui.add_enabled(
        edited.sound,
        egui::Slider::new(&mut edited.volume, 0.0..=1.0)
            .text("Volume")
            .show_value(false),
    );
    ui.add_enabled(
        edited.sound,
        egui::Checkbox::new(&mut edited.pace_tick, "Tick with the pace"),
    );
    ui.weak("The player also flashes at every cue, and asks for attention when the window is in the background.");
    if edited != *settings {
        commands.push(Command::SetSettings(edited));
    }
}
