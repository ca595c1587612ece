//! Window-wide keyboard shortcuts, turned into commands.

use egui::{Event, Id, Key, Modifiers, Ui};

use crate::app::{Command, Page};
use crate::map::View;

/// `in_player`: the player owns the letter keys (P pauses, S stops), so
/// the page keys are left to it. `typing`: a text field had the keyboard
/// this frame or the last (egui lets go of a field on Escape before the UI
/// runs, so the last frame counts too).
pub fn shortcuts(
    ui: &mut Ui,
    help_shown: bool,
    in_player: bool,
    typing: bool,
    commands: &mut Vec<Command>,
) {
    let popup_open = egui::Popup::is_any_open(ui.ctx());
    ui.input(|i| {
        if i.key_pressed(Key::F1)
            || (!typing
                && i.events
                    .iter()
                    .any(|e| matches!(e, Event::Text(t) if t == "?")))
        {
            commands.push(Command::ShowHelp(!help_shown));
        }
        // In a text field Escape only leaves the field, and in an open
        // menu or list it only closes that (egui does both).
        if i.key_pressed(Key::Escape) && !typing && !popup_open {
            commands.push(Command::Back);
        }
        if !typing && !in_player && i.modifiers == Modifiers::NONE {
            for (key, page) in [
                (Key::F, Page::Favourites),
                (Key::R, Page::Routines),
                (Key::H, Page::History),
            ] {
                if i.key_pressed(key) {
                    commands.push(Command::Open(page));
                }
            }
            for (key, view) in [
                (Key::Num1, View::BodyFront),
                (Key::Num2, View::BodyBack),
                (Key::Num3, View::Feet),
                (Key::Num4, View::List),
            ] {
                if i.key_pressed(key) {
                    commands.push(Command::SetView(view));
                }
            }
        }
    });
    if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::F)) {
        ui.memory_mut(|m| m.request_focus(Id::unique(super::top_bar::SEARCH_ID)));
    }
}
