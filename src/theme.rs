//! Named colours and sizes. Panels use these tokens instead of literals so
//! that both themes stay consistent and can be tuned in one place.

use egui::{Color32, Visuals};

/// Body text size in points; larger than egui's default for reading at arm's length.
pub const BODY_TEXT_PT: f32 = 16.0;
/// Heading size on pages.
pub const HEADING_PT: f32 = 24.0;
/// Space between sections.
pub const SECTION_GAP: f32 = 12.0;
/// Default width of the right-hand list panel.
pub const SIDE_PANEL_WIDTH: f32 = 360.0;

/// Colours that depend on the theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub caution: Color32,
    pub muted_text: Color32,
    pub accent: Color32,
}

impl Palette {
    pub fn for_visuals(visuals: &Visuals) -> Self {
        if visuals.dark_mode {
            Self {
                caution: Color32::from_rgb(0xF2, 0xB3, 0x4D),
                muted_text: Color32::from_gray(0xA8),
                accent: Color32::from_rgb(0x5C, 0xC8, 0xB4),
            }
        } else {
            Self {
                caution: Color32::from_rgb(0x9A, 0x58, 0x00),
                muted_text: Color32::from_gray(0x5A),
                accent: Color32::from_rgb(0x0B, 0x7A, 0x6C),
            }
        }
    }
}

/// Applies text sizes to the context's style; called once at start-up.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        use egui::{FontId, TextStyle};
        style
            .text_styles
            .insert(TextStyle::Body, FontId::proportional(BODY_TEXT_PT));
        style
            .text_styles
            .insert(TextStyle::Button, FontId::proportional(BODY_TEXT_PT));
        style
            .text_styles
            .insert(TextStyle::Heading, FontId::proportional(HEADING_PT));
    });
}
