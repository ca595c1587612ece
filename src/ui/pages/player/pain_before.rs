//! "How is your pain right now?" before a run starts: one tap from 0 to
//! 10, or skip, or stop asking; the run waits until then (Next or Space
//! skips). The answer goes in the diary beside the pain after.

use egui::{RichText, Ui};

use crate::state::command::{Commands, RunCommand};
use crate::ui::widgets::{a11y, heading};
use crate::ui::{keys, theme};

/// Eleven large targets, 0 to 10, for the pain before a run and after it
/// alike; `chosen` shows as selected. Returns the one clicked.
pub(super) fn pain_scale_ui(ui: &mut Ui, chosen: Option<u8>) -> Option<u8> {
    let mut clicked = None;
    ui.horizontal_wrapped(|ui| {
        for pain in 0..=10u8 {
            let text = RichText::new(pain.to_string()).size(theme::PLAYER_COUNT_PT * 0.5);
            let is_chosen = chosen == Some(pain);
            let mut button = egui::Button::new(text).min_size(theme::PAIN_BUTTON_SIZE);
            // Once a rating is given, the buttons say which one it is.
            if chosen.is_some() {
                button = button
                    .selected(is_chosen)
                    .frame_when_inactive(true)
                    .frame(true);
            }
            let response = ui.add(button);
            response.widget_info(|| {
                let label = format!("Pain {pain} of 10");
                match chosen {
                    Some(_) => {
                        egui::WidgetInfo::selected(egui::Role::Button, true, is_chosen, label)
                    }
                    None => egui::WidgetInfo::labeled(egui::Role::Button, true, label),
                }
            });
            if response.clicked() {
                clicked = Some(pain);
            }
        }
    });
    clicked
}

pub fn pain_before_ui(ui: &mut Ui, name: &str, commands: &mut Commands) {
    egui::Frame::new().inner_margin(12.0).show(ui, |ui| {
        let area = egui::ScrollArea::vertical().auto_shrink([false, true]);
        a11y::scroll_ui(ui, area, "Pain question", |ui| {
            question_ui(ui, name, commands)
        });
    });
}

fn question_ui(ui: &mut Ui, name: &str, commands: &mut Commands) {
    ui.label(RichText::new(name).size(theme::BODY_TEXT_PT + 4.0));
    heading::focus_heading_ui(
        ui,
        RichText::new("How is your pain right now?")
            .size(theme::PLAYER_STEP_PT)
            .strong(),
        1,
    );
    let scale = "0 is no pain, 10 the worst you can imagine. It goes in your diary, beside how \
                 you feel afterwards. The timer starts when you answer: a number key works too \
                 (1 then 0 for 10).";
    a11y::readable_ui(ui, scale, |ui| {
        ui.label(RichText::new(scale).size(theme::BODY_TEXT_PT + 2.0));
    });
    ui.add_space(theme::SECTION_GAP);
    if let Some(pain) = pain_scale_ui(ui, None) {
        commands.push(RunCommand::PainBefore {
            pain: Some(pain),
            stop_asking: false,
        });
    }
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal(|ui| {
        if ui
            .add(
                egui::Button::new(keys::button_label(keys::Action::SkipPain))
                    .min_size(theme::CONTROL_BUTTON_SIZE),
            )
            .clicked()
        {
            commands.push(RunCommand::PainBefore {
                pain: None,
                stop_asking: false,
            });
        }
        if ui
            .add(egui::Button::new("Don't ask again").min_size(theme::CONTROL_BUTTON_SIZE))
            .on_hover_text("You can turn the question back on in Settings")
            .clicked()
        {
            commands.push(RunCommand::PainBefore {
                pain: None,
                stop_asking: true,
            });
        }
    });
}
