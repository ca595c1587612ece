//! Window-wide keyboard shortcuts, turned into commands.

use egui::{Event, Id, Key, Modifiers, Ui};

use crate::app::Command;
use crate::map::View;

pub fn shortcuts(ui: &mut Ui, help_shown: bool, commands: &mut Vec<Command>) {
    // Only the search box takes text; elsewhere plain keys are shortcuts.
    let typing = ui.memory(|m| m.focused()) == Some(Id::unique(super::top_bar::SEARCH_ID));
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
        if !typing && i.modifiers == Modifiers::NONE {
            if i.key_pressed(Key::F) {
                commands.push(Command::Open(crate::app::Page::Favourites));
            }
            if i.key_pressed(Key::H) {
                commands.push(Command::Open(crate::app::Page::History));
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
