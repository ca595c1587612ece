//! The player's controls: a row of buttons with their keys, or (Settings →
//! large controls) Next and Pause as two targets of at least a quarter of
//! the window each, for a foot or an elbow; then the keys line.

use egui::{Button, RichText, Ui, Vec2, vec2};

use crate::logic::session::{Session, Status};
use crate::state::command::{Commands, PlayerAction};
use crate::ui::keys::{self, Action};
use crate::ui::theme;

/// Share of the window each large target covers, at least.
pub const LARGE_TARGET_SHARE: f32 = 0.25;

/// The label of the pause button: "Pause (P)" or "Resume (P)".
fn pause_label(session: &Session) -> String {
    let pause = Action::Player(PlayerAction::TogglePause);
    if session.status() == Status::Paused {
        keys::labelled("Resume", pause)
    } else {
        keys::button_label(pause)
    }
}

/// The size of each large target: half the width (less a gap), tall
/// enough to cover a quarter of the window.
pub fn large_target_size(ui: &Ui) -> Vec2 {
    let window = ui.ctx().content_rect();
    let gap = ui.spacing().item_spacing.x;
    let width = ((ui.available_width() - gap) / 2.0).max(1.0);
    let height = (LARGE_TARGET_SHARE * window.area() / width)
        .max(theme::LARGE_CONTROL_MIN_HEIGHT)
        .min(window.height() * 0.6);
    vec2(width, height)
}

/// Next and Pause as large targets side by side.
pub fn large_controls_ui(ui: &mut Ui, session: &Session, size: Vec2, commands: &mut Commands) {
    let (width, height) = (size.x, size.y);
    ui.horizontal(|ui| {
        let next = keys::button_label(Action::Player(PlayerAction::Next));
        for (label, action) in [
            (pause_label(session), PlayerAction::TogglePause),
            (next, PlayerAction::Next),
        ] {
            let text = RichText::new(label)
                .size(theme::LARGE_CONTROL_TEXT_PT)
                .strong();
            let response = ui
                .push_id(("player target", format!("{action:?}")), |ui| {
                    ui.add(Button::new(text).min_size(vec2(width, height)))
                })
                .inner;
            if action == PlayerAction::TogglePause {
                super::set_fallback_focus(ui, &response);
            }
            if response.clicked() {
                commands.push(action);
            }
        }
    });
}

/// The row of buttons (the large targets leave out Next and Pause), and
/// the keys line.
pub fn controls_ui(ui: &mut Ui, session: &Session, large: bool, commands: &mut Commands) {
    // In a short window the rarer two (Previous, Restart) go in a menu, so
    // the row stays one line.
    let compact = ui.ctx().content_rect().height() < theme::COMPACT_WINDOW_HEIGHT;
    let label = |action: PlayerAction| keys::button_label(Action::Player(action));
    ui.horizontal_wrapped(|ui| {
        let mut buttons = Vec::new();
        if !large {
            buttons.push((pause_label(session), PlayerAction::TogglePause));
        }
        if !compact {
            buttons.push((label(PlayerAction::Previous), PlayerAction::Previous));
        }
        if !large {
            buttons.push((label(PlayerAction::Next), PlayerAction::Next));
        }
        if !compact {
            buttons.push((label(PlayerAction::Restart), PlayerAction::Restart));
        }
        buttons.push((label(PlayerAction::Stop), PlayerAction::Stop));
        let size = if compact {
            vec2(0.0, theme::CONTROL_BUTTON_SIZE.y)
        } else {
            theme::CONTROL_BUTTON_SIZE
        };
        for (label, action) in buttons {
            // A stable id per action: "Pause" becoming "Resume" stays the
            // same control, so the focus (and a screen reader) stays on it.
            let response = ui
                .push_id(("player control", format!("{action:?}")), |ui| {
                    ui.add(Button::new(label).min_size(size))
                })
                .inner;
            if action == PlayerAction::TogglePause {
                super::set_fallback_focus(ui, &response);
            }
            if response.clicked() {
                commands.push(action);
            }
        }
        if compact {
            ui.menu_button("More", |ui| {
                for action in [PlayerAction::Previous, PlayerAction::Restart] {
                    if ui.button(label(action)).clicked() {
                        commands.push(action);
                        ui.close();
                    }
                }
            });
        }
    });
    // The keys line when there is room; F1 lists them all anyway, and each
    // button names its key.
    if ui.ctx().content_rect().height() >= theme::KEYS_LINE_MIN_WINDOW_HEIGHT {
        ui.weak(player_keys_text());
    }
}

/// "Keys: Space: count one · P: pause · …", from the key table; a colon
/// after each key so "-: 30 s less" reads as a key and what it does.
fn player_keys_text() -> String {
    let keys: Vec<String> = keys::BINDINGS
        .iter()
        .filter(|b| matches!(b.action, Action::Player(_)))
        .map(|b| format!("{}: {}", keys::keys_text(b), b.label.to_lowercase()))
        .collect();
    format!("Keys: {} · Esc: stop", keys.join(" · "))
}
