//! The large buttons of the player and the pages' main actions: one
//! recipe, so they look and grow alike.

use egui::{Button, Response, RichText, Ui, Vec2};

use crate::ui::theme;

/// How large a main button is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// "Start" on a page.
    Main,
    /// The player's step controls ("Ready: next step (N)").
    Player,
    /// The player's counting button, the largest.
    Count,
}

impl Size {
    fn text_pt(self) -> f32 {
        match self {
            Self::Main => theme::BODY_TEXT_PT + 4.0,
            Self::Player | Self::Count => theme::BODY_TEXT_PT + 6.0,
        }
    }

    fn min_size(self) -> Vec2 {
        match self {
            Self::Main => theme::MAIN_BUTTON_SIZE,
            Self::Player => theme::PLAYER_BUTTON_SIZE,
            Self::Count => theme::COUNT_BUTTON_SIZE,
        }
    }
}

/// A large button; `enabled` false greys it out.
pub fn big_button_ui(ui: &mut Ui, label: &str, size: Size, enabled: bool) -> Response {
    let text = RichText::new(label).size(size.text_pt());
    let text = if size == Size::Main {
        text.strong()
    } else {
        text
    };
    ui.add_enabled(enabled, Button::new(text).min_size(size.min_size()))
}
