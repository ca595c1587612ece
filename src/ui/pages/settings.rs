//! Settings: theme, cues and motion.

use egui::Ui;

use crate::logic::store::{Settings, ThemeChoice};
use crate::state::command::{Commands, PrefsCommand};
use crate::ui::theme;
use crate::ui::widgets::heading;

pub fn settings_page_ui(ui: &mut Ui, settings: &Settings, commands: &mut Commands) {
    heading::page_heading_ui(ui, "Settings");
    let mut edited = settings.clone();
    heading::section_heading_ui(ui, "Theme");
    for (choice, label) in [
        (ThemeChoice::System, "Follow the system"),
        (ThemeChoice::Light, "Light"),
        (ThemeChoice::Dark, "Dark"),
    ] {
        ui.radio_value(&mut edited.theme, choice, label);
    }
    ui.add_space(theme::SECTION_GAP);
    heading::section_heading_ui(ui, "Cues");
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
    ui.weak(
        "The player also flashes at every cue, and asks for attention when the window is in \
         the background.",
    );
    ui.add_space(theme::SECTION_GAP);
    heading::section_heading_ui(ui, "Pictures");
    ui.checkbox(
        &mut edited.reduce_motion,
        "Reduce motion: show each step's picture still, with arrows, instead of moving",
    );
    if edited != *settings {
        commands.push(PrefsCommand::SetSettings(edited));
    }
}
