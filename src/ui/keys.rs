//! Every keyboard shortcut in one table: what each key does, when it
//! works, the button label that names it ("Next (N)") and its line in the
//! help overlay all come from [`BINDINGS`].

use egui::{Event, Id, Key, Modifiers, Ui};

use crate::content::{ViewChoice, ViewDef};
use crate::state::command::{Commands, NavCommand, PlayerAction, PrefsCommand, RunCommand};
use crate::state::nav::{Nav, Page};

/// What a key does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    ToggleHelp,
    Back,
    Search,
    /// A digit: the view at that place in the top bar.
    View,
    ToggleLabels,
    Open(Page),
    Player(PlayerAction),
    /// A digit 0–9 answering the pain question.
    PainDigit,
    /// Skip the pain question (a deliberate key: N alone may be meant for
    /// the step after).
    SkipPain,
    /// Start the technique on its page, or on its safety page.
    Start,
    /// Handled by the focused widget (Tab, arrows on the map, Enter); listed
    /// in the help only.
    Widget,
}

/// When a key works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Everywhere,
    /// Not while the player is shown (its letters are the player's).
    OutsidePlayer,
    InPlayer,
    /// While the pain question shows (the player's keys wait).
    PainQuestion,
    /// On a technique page or the safety page before it.
    BeforeStart,
}

/// One key (or a typed character such as "?").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    Key(Modifiers, Key),
    Text(&'static str),
    /// Any of the digits 1 to 9.
    Digit,
    /// Any of the digits 0 to 9.
    DigitOrZero,
    /// Documentation only (e.g. "Arrow keys").
    Named(&'static str),
}

pub struct Binding {
    pub action: Action,
    pub triggers: &'static [Trigger],
    pub scope: Scope,
    /// The button's words, without the key ("Next").
    pub label: &'static str,
    /// The help overlay's line.
    pub help: &'static str,
}

const NONE: Modifiers = Modifiers::NONE;

pub const BINDINGS: &[Binding] = &[
    Binding {
        action: Action::Widget,
        triggers: &[Trigger::Named("Tab / Shift+Tab")],
        scope: Scope::Everywhere,
        label: "",
        help: "Move between controls and map regions",
    },
    Binding {
        action: Action::Widget,
        triggers: &[Trigger::Named("Arrow keys")],
        scope: Scope::OutsidePlayer,
        label: "",
        help: "On the map: move to the nearest region in that direction",
    },
    Binding {
        action: Action::Widget,
        triggers: &[Trigger::Named("Enter or Space")],
        scope: Scope::Everywhere,
        label: "",
        help: "Select the focused region, press the focused button",
    },
    Binding {
        action: Action::Back,
        triggers: &[Trigger::Key(NONE, Key::Escape)],
        scope: Scope::Everywhere,
        label: "Back",
        help: "Close this help, stop a run, go back a page, or clear the selection",
    },
    Binding {
        action: Action::View,
        triggers: &[Trigger::Digit],
        scope: Scope::OutsidePlayer,
        label: "",
        help: "Map views, in the top bar's order (the List is last)",
    },
    Binding {
        action: Action::ToggleLabels,
        triggers: &[Trigger::Key(NONE, Key::L)],
        scope: Scope::OutsidePlayer,
        label: "Labels",
        help: "Show the names of all regions on the map, or only the ones that matter now",
    },
    Binding {
        action: Action::Search,
        triggers: &[Trigger::Key(Modifiers::COMMAND, Key::F)],
        scope: Scope::Everywhere,
        label: "Search",
        help: "Search",
    },
    Binding {
        action: Action::Open(Page::Favourites),
        triggers: &[Trigger::Key(NONE, Key::F)],
        scope: Scope::OutsidePlayer,
        label: "Favourites",
        help: "Favourites",
    },
    Binding {
        action: Action::Open(Page::Routines),
        triggers: &[Trigger::Key(NONE, Key::R)],
        scope: Scope::OutsidePlayer,
        label: "Routines",
        help: "Routines",
    },
    Binding {
        action: Action::Open(Page::History),
        triggers: &[Trigger::Key(NONE, Key::H)],
        scope: Scope::OutsidePlayer,
        label: "History",
        help: "History",
    },
    Binding {
        action: Action::ToggleHelp,
        triggers: &[Trigger::Key(NONE, Key::F1), Trigger::Text("?")],
        scope: Scope::Everywhere,
        label: "Help",
        help: "Show or hide these shortcuts",
    },
    Binding {
        action: Action::Start,
        triggers: &[Trigger::Key(NONE, Key::S)],
        scope: Scope::BeforeStart,
        label: "Start",
        help: "On a technique, or the safety page before it: start",
    },
    Binding {
        action: Action::PainDigit,
        triggers: &[Trigger::DigitOrZero],
        scope: Scope::PainQuestion,
        label: "",
        help: "Pain question: rate 0 to 9, or 1 then 0 for 10",
    },
    Binding {
        action: Action::SkipPain,
        triggers: &[Trigger::Key(Modifiers::SHIFT, Key::N)],
        scope: Scope::PainQuestion,
        label: "Skip",
        help: "Pain question: skip it and start",
    },
    Binding {
        action: Action::Player(PlayerAction::CountOrPause),
        triggers: &[Trigger::Key(NONE, Key::Space)],
        scope: Scope::InPlayer,
        label: "Count one, or pause",
        help: "Player: count one repetition; on a timed step, pause or resume",
    },
    Binding {
        action: Action::Player(PlayerAction::TogglePause),
        triggers: &[Trigger::Key(NONE, Key::P)],
        scope: Scope::InPlayer,
        label: "Pause",
        help: "Player: pause or resume",
    },
    Binding {
        action: Action::Player(PlayerAction::Next),
        triggers: &[
            Trigger::Key(NONE, Key::N),
            Trigger::Key(NONE, Key::ArrowRight),
        ],
        scope: Scope::InPlayer,
        label: "Next",
        help: "Player: next step",
    },
    Binding {
        action: Action::Player(PlayerAction::Previous),
        triggers: &[
            Trigger::Key(NONE, Key::B),
            Trigger::Key(NONE, Key::ArrowLeft),
        ],
        scope: Scope::InPlayer,
        label: "Previous",
        help: "Player: back to the start of this step, or the one before",
    },
    Binding {
        action: Action::Player(PlayerAction::AdjustSecs(30)),
        triggers: &[
            Trigger::Key(NONE, Key::Plus),
            Trigger::Key(NONE, Key::Equals),
        ],
        scope: Scope::InPlayer,
        label: "30 s more",
        help: "Player: 30 seconds more",
    },
    Binding {
        action: Action::Player(PlayerAction::AdjustSecs(-30)),
        triggers: &[Trigger::Key(NONE, Key::Minus)],
        scope: Scope::InPlayer,
        label: "30 s less",
        help: "Player: 30 seconds less",
    },
    Binding {
        action: Action::Player(PlayerAction::Restart),
        // Starting over loses the progress of a whole routine: Shift.
        triggers: &[Trigger::Key(Modifiers::SHIFT, Key::R)],
        scope: Scope::InPlayer,
        label: "Restart",
        help: "Player: start again from the first step",
    },
    Binding {
        action: Action::Player(PlayerAction::Stop),
        triggers: &[Trigger::Key(NONE, Key::S)],
        scope: Scope::InPlayer,
        label: "Stop",
        help: "Player: stop (Escape too)",
    },
];

fn binding(action: Action) -> Option<&'static Binding> {
    BINDINGS.iter().find(|b| b.action == action)
}

/// "Shift+R", "N or Right", "F1 or ?".
fn trigger_text(trigger: &Trigger) -> String {
    match trigger {
        Trigger::Key(modifiers, key) => {
            let key = match key {
                Key::ArrowRight => "Right",
                Key::ArrowLeft => "Left",
                Key::Plus => "+",
                Key::Minus => "-",
                Key::Equals => "=",
                other => other.name(),
            };
            if modifiers.shift {
                format!("Shift+{key}")
            } else if modifiers.command {
                format!("Ctrl+{key}")
            } else {
                key.to_owned()
            }
        }
        Trigger::Digit => "1 to 9".to_owned(),
        Trigger::DigitOrZero => "0 to 9".to_owned(),
        Trigger::Text(text) | Trigger::Named(text) => (*text).to_owned(),
    }
}

/// The keys of an action as the help shows them.
pub fn keys_text(binding: &Binding) -> String {
    // "=" is a convenience twin of "+" (same key without Shift): not shown.
    binding
        .triggers
        .iter()
        .filter(|t| !matches!(t, Trigger::Key(_, Key::Equals)))
        .map(trigger_text)
        .collect::<Vec<_>>()
        .join(" or ")
}

/// A button's label with its first key: "Next (N)".
pub fn button_label(action: Action) -> String {
    binding(action).map_or_else(String::new, |b| labelled(b.label, action))
}

/// Other words for an action's button, with its key: "Resume (P)".
pub fn labelled(words: &str, action: Action) -> String {
    match binding(action).and_then(|b| b.triggers.first()) {
        Some(trigger) => format!("{words} ({})", trigger_text(trigger)),
        None => words.to_owned(),
    }
}

/// The id of the search box, so its key can focus it.
pub fn search_id() -> Id {
    Id::unique("reliefmap-search")
}

/// The digit keys 0 to 9.
const DIGITS_WITH_ZERO: [Key; 10] = [
    Key::Num0,
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// The digit keys, in order.
const DIGITS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// The view a digit key shows: the views of the content in order, then
/// the list.
pub fn view_of_digit(views: &[ViewDef], digit: usize) -> Option<ViewChoice> {
    let index = digit.checked_sub(1)?;
    crate::content::view_choices(views)
        .into_iter()
        .nth(index)
        .map(|(choice, _)| choice)
}

/// "(3)": the digit of the view at `index` in the top bar, if it has one.
pub fn view_key_text(index: usize) -> Option<String> {
    (index < DIGITS.len()).then(|| format!("({})", index + 1))
}

/// What decides which keys work this frame.
pub struct KeyState<'a> {
    /// The views, for the digit keys.
    pub views: &'a [ViewDef],
    pub in_player: bool,
    /// The pain question shows (in the player).
    pub asking_pain: bool,
    /// The technique a Start key would start (its page or safety page).
    pub startable: Option<Page>,
    pub help_shown: bool,
    /// A text field has (or just had) the keyboard: letters are typing.
    pub typing: bool,
}

impl<'a> KeyState<'a> {
    pub fn new(nav: &Nav, typing: bool, asking_pain: bool, views: &'a [ViewDef]) -> Self {
        let page = nav.page();
        Self {
            views,
            in_player: page == Page::Player,
            asking_pain: asking_pain && page == Page::Player,
            startable: matches!(page, Page::Technique(_) | Page::SafetyGate(_)).then_some(page),
            help_shown: nav.show_help,
            typing,
        }
    }
}

/// Turns this frame's keys into commands, from the table.
pub fn handle_keys(ui: &mut Ui, state: &KeyState, commands: &mut Commands) {
    let popup_open = egui::Popup::is_any_open(ui.ctx());
    for b in BINDINGS {
        let in_scope = match b.scope {
            Scope::Everywhere => true,
            Scope::OutsidePlayer => !state.in_player,
            Scope::InPlayer => state.in_player,
            Scope::PainQuestion => state.asking_pain,
            Scope::BeforeStart => state.startable.is_some() && !state.help_shown,
        };
        if !in_scope || b.action == Action::Widget {
            continue;
        }
        let pressed = b
            .triggers
            .iter()
            .any(|t| triggered(ui, t, b.action, state, popup_open));
        if !pressed {
            continue;
        }
        match b.action {
            Action::ToggleHelp => commands.push(NavCommand::ShowHelp(!state.help_shown)),
            Action::Back => commands.push(NavCommand::Back),
            Action::Search => ui.memory_mut(|m| m.request_focus(search_id())),
            Action::View => {
                let digit = ui.input(|i| DIGITS.iter().position(|&k| i.key_pressed(k)));
                if let Some(view) = digit.and_then(|d| view_of_digit(state.views, d + 1)) {
                    // The keyboard goes into the map shown, as the skip link
                    // does: the arrow keys work at once.
                    if let Some(id) = view.map_id() {
                        crate::ui::pages::map::request_view_focus(ui.ctx(), id);
                    }
                    commands.push(NavCommand::SetView(view));
                }
            }
            Action::ToggleLabels => commands.push(PrefsCommand::ToggleLabels),
            Action::Open(page) => commands.push(NavCommand::Open(page)),
            Action::Player(action) => commands.push(action),
            Action::PainDigit => {
                let digit = ui.input(|i| DIGITS_WITH_ZERO.iter().position(|&k| i.key_pressed(k)));
                if let Some(digit) = digit.and_then(|d| u8::try_from(d).ok()) {
                    commands.push(RunCommand::PainDigit(digit));
                }
            }
            Action::SkipPain => commands.push(RunCommand::PainBefore {
                pain: None,
                stop_asking: false,
            }),
            Action::Start => match state.startable {
                Some(Page::Technique(index)) => commands.push(RunCommand::Start(index)),
                Some(Page::SafetyGate(index)) => {
                    commands.push(RunCommand::AcknowledgeAndStart(index));
                }
                _ => {}
            },
            Action::Widget => {}
        }
    }
}

/// Whether a trigger fired this frame. Plain letters are for typing while
/// a text field has the keyboard; Escape then only leaves the field (egui
/// lets go of it before the UI runs, so the last frame counts too), and in
/// an open menu or list only closes that.
fn triggered(
    ui: &mut Ui,
    trigger: &Trigger,
    action: Action,
    state: &KeyState,
    popup_open: bool,
) -> bool {
    match *trigger {
        Trigger::Key(modifiers, key) => {
            let plain = modifiers == NONE && key != Key::F1;
            if state.typing && (plain || key == Key::Escape) {
                return false;
            }
            if key == Key::Escape && popup_open {
                return false;
            }
            match action {
                // The player's keys are consumed so Space never also presses a
                // focused button.
                Action::Player(_) | Action::Search => {
                    ui.input_mut(|i| i.consume_key(modifiers, key))
                }
                _ => ui.input(|i| i.modifiers == modifiers && i.key_pressed(key)),
            }
        }
        Trigger::Text(text) => {
            !state.typing
                && ui.input(|i| {
                    i.events
                        .iter()
                        .any(|e| matches!(e, Event::Text(t) if t == text))
                })
        }
        Trigger::Digit => {
            !state.typing
                && ui.input(|i| i.modifiers == NONE && DIGITS.iter().any(|&k| i.key_pressed(k)))
        }
        Trigger::DigitOrZero => {
            !state.typing
                && ui.input(|i| {
                    i.modifiers == NONE && DIGITS_WITH_ZERO.iter().any(|&k| i.key_pressed(k))
                })
        }
        Trigger::Named(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_key_in_the_same_scope() {
        let keys: Vec<(Scope, Trigger)> = BINDINGS
            .iter()
            .filter(|b| b.action != Action::Widget)
            .flat_map(|b| b.triggers.iter().map(move |t| (b.scope, *t)))
            .collect();
        // Scopes that are in force together.
        let together = |a: Scope, b: Scope| {
            a == b
                || a == Scope::Everywhere
                || b == Scope::Everywhere
                || matches!(
                    (a, b),
                    (Scope::OutsidePlayer, Scope::BeforeStart)
                        | (Scope::BeforeStart, Scope::OutsidePlayer)
                        | (Scope::InPlayer, Scope::PainQuestion)
                        | (Scope::PainQuestion, Scope::InPlayer)
                )
        };
        for (i, (scope, trigger)) in keys.iter().enumerate() {
            for (other_scope, other) in &keys[i + 1..] {
                let overlap = together(*scope, *other_scope);
                assert!(!(overlap && trigger == other), "{trigger:?} is bound twice");
            }
        }
    }

    #[test]
    fn labels_name_their_keys() {
        assert_eq!(button_label(Action::Player(PlayerAction::Next)), "Next (N)");
        assert_eq!(
            button_label(Action::Player(PlayerAction::Restart)),
            "Restart (Shift+R)"
        );
        assert_eq!(
            labelled("Resume", Action::Player(PlayerAction::TogglePause)),
            "Resume (P)"
        );
    }
}
