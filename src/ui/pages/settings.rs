//! Settings, in sections: look (theme, text size); cues (sound); voice;
//! the player (large controls, the pain question); pictures (motion); your
//! data (where it lives).

use egui::Ui;

use crate::logic::store::{Settings, TEXT_SCALE_RANGE, ThemeChoice};
use crate::platform::speech::VoiceInfo;
use crate::state::command::{Commands, PrefsCommand};
use crate::ui::theme;
use crate::ui::widgets::{a11y, heading};

/// What Settings shows besides the settings: the speech engine and the
/// data folder.
pub struct SettingsInfo<'a> {
    /// The speech engine's name, or `None` when the desktop has none.
    pub engine: Option<&'a str>,
    /// The voices it offers, the person's language first (may be empty);
    /// `None` while the engine is still being asked.
    pub voices: Option<&'a [VoiceInfo]>,
    /// Where the saved state lives, if anywhere.
    pub data_folder: Option<&'a std::path::Path>,
    /// Where backups and exports go (the Routines page's folder).
    pub share_folder: &'a str,
    pub data_form: &'a super::your_data::DataForm,
}

pub fn settings_page_ui(
    ui: &mut Ui,
    settings: &Settings,
    info: &SettingsInfo,
    commands: &mut Commands,
) {
    heading::page_heading_ui(ui, "Settings");
    let mut edited = settings.clone();
    let area = egui::ScrollArea::vertical().auto_shrink([false, false]);
    a11y::scroll_ui(ui, area, "Settings", |ui| {
        heading::section_heading_ui(ui, "Look");
        ui.horizontal_wrapped(|ui| {
            ui.label("Theme:");
            for (choice, label) in [
                (ThemeChoice::System, "Follow the system"),
                (ThemeChoice::Light, "Light"),
                (ThemeChoice::Dark, "Dark"),
            ] {
                ui.radio_value(&mut edited.theme, choice, label);
            }
        });
        text_size_ui(ui, &mut edited);
        ui.add_space(theme::SECTION_GAP);
        cues_ui(ui, &mut edited);
        ui.add_space(theme::SECTION_GAP);
        voice_ui(ui, &mut edited, info, commands);
        ui.add_space(theme::SECTION_GAP);
        heading::section_heading_ui(ui, "Player");
        ui.checkbox(
            &mut edited.large_controls,
            "Large controls: Next and Pause as big targets, easy to hit with a foot or an elbow",
        );
        ui.checkbox(
            &mut edited.ask_pain_before,
            "Ask how my pain is before each run (for the diary)",
        );
        ui.add_space(theme::SECTION_GAP);
        heading::section_heading_ui(ui, "Pictures");
        ui.checkbox(
            &mut edited.reduce_motion,
            "Reduce motion: show each step's picture still, with arrows, instead of moving",
        );
        ui.add_space(theme::SECTION_GAP);
        let share = info.share_folder;
        super::your_data::your_data_ui(ui, info.data_folder, share, info.data_form, commands);
    });
    if edited != *settings {
        commands.push(PrefsCommand::SetSettings(edited));
    }
}

fn cues_ui(ui: &mut Ui, edited: &mut Settings) {
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
}

fn voice_ui(ui: &mut Ui, edited: &mut Settings, info: &SettingsInfo, commands: &mut Commands) {
    heading::section_heading_ui(ui, "Voice");
    let Some(engine) = info.engine else {
        ui.label(
            "No speech engine was found, so the steps cannot be spoken; the sounds and the \
             flash still work. To hear the steps, install the speech-dispatcher package (or \
             espeak-ng) and restart Relief Map.",
        );
        return;
    };
    ui.checkbox(
        &mut edited.voice,
        "Speak the steps: the step, the side, sets and counts, halfway, 10 seconds left, rests",
    );
    ui.add_enabled_ui(edited.voice, |ui| {
        ui.add(egui::Slider::new(&mut edited.voice_rate, -100..=100).text("Speed"));
        ui.add(egui::Slider::new(&mut edited.voice_volume, 0..=100).text("Voice volume"));
        match info.voices {
            None => {
                ui.weak("Asking the speech engine which voices it has…");
            }
            Some([]) => {}
            Some(voices) => voice_picker_ui(ui, edited, voices),
        }
        if ui.button("Try the voice").clicked() {
            commands.push(PrefsCommand::TestVoice);
        }
    });
    ui.weak(format!("Spoken by {engine}."));
}

/// Most voices listed at once; typing narrows the list.
const VOICES_SHOWN: usize = 40;

/// The voice: the chosen one, a filter, and the matching voices in a short
/// scrolling list, the person's language first (speech-dispatcher may offer
/// thousands: never one long drop-down).
fn voice_picker_ui(ui: &mut Ui, edited: &mut Settings, voices: &[VoiceInfo]) {
    let chosen = edited
        .voice_name
        .as_deref()
        .unwrap_or("The engine's default");
    ui.label(format!("Voice: {chosen}"));
    let id = ui.make_persistent_id("voice_filter");
    let mut filter = ui.data(|d| d.get_temp::<String>(id)).unwrap_or_default();
    ui.horizontal(|ui| {
        ui.label("Find a voice:");
        let field = egui::TextEdit::singleline(&mut filter).hint_text("name or language, e.g. en");
        if ui.add(field).changed() {
            ui.data_mut(|d| d.insert_temp(id, filter.clone()));
        }
    });
    let wanted = filter.trim().to_lowercase();
    let matching: Vec<&VoiceInfo> = voices
        .iter()
        .filter(|v| {
            wanted.is_empty()
                || v.name.to_lowercase().contains(&wanted)
                || v.language.to_lowercase().starts_with(&wanted)
        })
        .collect();
    let area = egui::ScrollArea::vertical()
        .id_salt("voices")
        .max_height(theme::VOICE_LIST_HEIGHT);
    a11y::scroll_ui(ui, area, "Voices", |ui| {
        ui.selectable_value(&mut edited.voice_name, None, "The engine's default");
        for voice in matching.iter().take(VOICES_SHOWN) {
            let label = format!("{} ({})", voice.name, voice.language);
            ui.selectable_value(&mut edited.voice_name, Some(voice.name.clone()), label);
        }
    });
    let hidden = matching.len().saturating_sub(VOICES_SHOWN);
    if hidden > 0 {
        ui.weak(format!(
            "{hidden} more voices: type part of a name or a language to find one."
        ));
    } else if matching.is_empty() {
        ui.weak("No voice matches; try fewer letters.");
    }
}

/// Text size: the whole window scales, the map's names and the player
/// with it. Applied when the slider is let go, so the slider does not move
/// under the pointer while it is dragged.
fn text_size_ui(ui: &mut Ui, edited: &mut Settings) {
    let id = ui.make_persistent_id("text_size_drag");
    let scale = ui
        .data(|d| d.get_temp::<f32>(id))
        .unwrap_or_else(|| edited.text_scale());
    // In per cent, shown and typed: "150" is 150 %.
    let mut percent = (scale * 100.0).round();
    let range = TEXT_SCALE_RANGE.start() * 100.0..=TEXT_SCALE_RANGE.end() * 100.0;
    let response = ui.add(
        egui::Slider::new(&mut percent, range)
            .text("Text size")
            .step_by(10.0)
            .suffix(" %"),
    );
    let shown = percent / 100.0;
    if response.dragged() {
        ui.data_mut(|d| d.insert_temp(id, shown));
    } else {
        ui.data_mut(|d| d.remove::<f32>(id));
        edited.text_scale = shown;
    }
}
