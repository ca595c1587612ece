//! Window-wide keyboard shortcuts, turned into commands.

use egui::{Event, Id, Key, Modifiers, Ui};

use crate::app::{Command, Page};
use crate::map::View;

/// `in_player`: the player owns the letter keys (R restarts, S stops), so
/// the page keys are left to it.
pub fn shortcuts(ui: &mut Ui, help_shown: bool, in_player: bool, commands: &mut Vec<Command>) {
    // Plain keys are shortcuts except while a text field takes them.
    let typing = ui.ctx().text_edit_focused();
    ui.input(|i| {
        if i.key_pressed(Key::F1)
            || (!typing
                && i.events
                    .iter()
                    .any(|e| matches!(e, Event::Text(t) if t == "?")))
        {
            commands.push(Command::ShowHelp(!help_shown));
        }
        if i.key_pressed(Key::Escape) {
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
