//! Named colours and sizes. Panels use these tokens instead of literals so
//! that both themes stay consistent and can be tuned in one place.

use egui::{Color32, Visuals};

/// Body text size in points; larger than egui's default for reading at arm's length.
pub const BODY_TEXT_PT: f32 = 16.0;
/// Small marks beside a dose or step ("suggested", "added by the app"):
/// smaller than body text, still readable at arm's length.
pub const MARK_TEXT_PT: f32 = 13.5;
/// Heading size on pages.
pub const HEADING_PT: f32 = 24.0;
/// Space between sections.
pub const SECTION_GAP: f32 = 12.0;
/// The keyboard shortcuts overlay is at most this wide.
pub const HELP_MAX_WIDTH: f32 = 640.0;
/// The voice list in Settings scrolls within this height.
pub const VOICE_LIST_HEIGHT: f32 = 180.0;
/// The frame that sets the emergency signs apart.
pub const EMERGENCY_FRAME_WIDTH: f32 = 2.0;
pub const EMERGENCY_FRAME_MARGIN: i8 = 10;
/// The safety gate sets the technique's cautions and when to get help side
/// by side from this width.
pub const GATE_TWO_COLUMNS_MIN_WIDTH: f32 = 900.0;
/// Default and smallest width of the right-hand list panel.
pub const SIDE_PANEL_WIDTH: f32 = 360.0;
pub const SIDE_PANEL_MIN_WIDTH: f32 = 260.0;
/// The side panel never takes more of the window than this.
pub const SIDE_PANEL_MAX_SHARE: f32 = 0.42;
/// Below this window width (points) the panel moves under the page (the
/// map) or leaves it (a technique's page).
pub const NARROW_WINDOW_WIDTH: f32 = 720.0;
/// The panel under the map: its share of the window's height at first,
/// and its smallest height.
pub const BOTTOM_PANEL_SHARE: f32 = 0.42;
pub const BOTTOM_PANEL_MIN_HEIGHT: f32 = 120.0;
/// Width of the list of routines beside the chosen one.
pub const ROUTINE_LIST_WIDTH: f32 = 300.0;
/// Space kept between text and a scroll bar.
pub const SCROLL_BAR_CLEARANCE: f32 = 14.0;
/// Space around the map drawing.
pub const MAP_MARGIN: f32 = 6.0;
/// The maps keep at least this height, the legend under them what it needs.
pub const MAP_MIN_HEIGHT: f32 = 40.0;
/// Height of the legend under the maps.
pub const MAP_FOOTER_HEIGHT: f32 = 30.0;
/// The thin edge round a step's picture.
pub const PICTURE_EDGE_WIDTH: f32 = 1.0;
/// Region outline width in points.
pub const REGION_STROKE_WIDTH: f32 = 1.0;
/// Outline of the region that has keyboard focus.
pub const FOCUS_STROKE_WIDTH: f32 = 3.0;
/// Outline of the selected region.
pub const SELECTED_STROKE_WIDTH: f32 = 2.5;
/// Outline of a region with a caution of its own (front of the neck).
pub const CAUTION_STROKE_WIDTH: f32 = 2.0;
/// The figure's outline and its detail lines.
pub const SILHOUETTE_EDGE_WIDTH: f32 = 1.5;
pub const DETAIL_STROKE_WIDTH: f32 = 1.0;
/// A reflex chart's guide lines (diaphragm, waist, heel): dashed, named.
pub const GUIDE_STROKE_WIDTH: f32 = 1.2;
pub const GUIDE_DASH: f32 = 6.0;
pub const GUIDE_GAP: f32 = 4.0;
pub const GUIDE_TEXT_PT: f32 = 11.5;
/// Names on the map: small enough to fit in a zone, large enough to read.
pub const MAP_LABEL_PT: f32 = 13.0;
/// Room kept beside a row of maps for names in the margin, when the
/// window allows.
pub const LABEL_COLUMN_PX: f32 = 150.0;
/// Space each side of a name inside its box.
pub const MAP_LABEL_PADDING: f32 = 3.0;
/// The line from a region to its name in the margin, and its dot.
pub const LEADER_STROKE_WIDTH: f32 = 1.0;
pub const LEADER_DOT_RADIUS: f32 = 2.0;
/// The current step in the player: readable from two metres at 1280×800.
pub const PLAYER_STEP_PT: f32 = 38.0;
/// The step's smallest size, in a small window with large text.
pub const PLAYER_STEP_MIN_PT: f32 = 22.0;
/// The countdown or repetition count in the player.
pub const PLAYER_COUNT_PT: f32 = 64.0;
/// Diameter of the countdown ring.
pub const RING_SIZE: f32 = 200.0;
/// Below this window height (points) the player is compact: no top bar
/// during a run, the rarer controls in a menu.
pub const COMPACT_WINDOW_HEIGHT: f32 = 420.0;
/// The player's line of keys shows in windows at least this tall (points).
pub const KEYS_LINE_MIN_WINDOW_HEIGHT: f32 = 480.0;
/// Below this the ring gives way to the time as figures.
pub const RING_MIN_SIZE: f32 = 96.0;
pub const RING_STROKE_WIDTH: f32 = 12.0;
/// Height of each small map on a technique page.
pub const MINI_MAP_HEIGHT: f32 = 170.0;
/// Smallest sizes of the large buttons: a page's main action ("Start"),
/// the player's step buttons, its counting button and its controls.
pub const MAIN_BUTTON_SIZE: egui::Vec2 = egui::vec2(160.0, 40.0);
pub const PLAYER_BUTTON_SIZE: egui::Vec2 = egui::vec2(240.0, 56.0);
pub const COUNT_BUTTON_SIZE: egui::Vec2 = egui::vec2(240.0, 64.0);
pub const CONTROL_BUTTON_SIZE: egui::Vec2 = egui::vec2(110.0, 36.0);
/// A pain rating button, 0 to 10: big enough to tap from the floor.
pub const PAIN_BUTTON_SIZE: egui::Vec2 = egui::vec2(72.0, 72.0);
/// The player's large targets (Settings → large controls).
pub const LARGE_CONTROL_TEXT_PT: f32 = 40.0;
pub const LARGE_CONTROL_MIN_HEIGHT: f32 = 120.0;
/// Illustrations: the player's largest, the technique page's first and
/// per-step ones, and the routine strip's (width; height is 3/4 of it).
pub const PLAYER_PICTURE_MAX_WIDTH: f32 = 640.0;
pub const PLAYER_PICTURE_MIN_WIDTH: f32 = 130.0;
pub const TECHNIQUE_PICTURE_WIDTH: f32 = 360.0;
pub const STEP_PICTURE_WIDTH: f32 = 112.0;
pub const STRIP_PICTURE_WIDTH: f32 = 104.0;
/// Width of the motion arrow, in points at the player's size.
pub const MOTION_ARROW_WIDTH: f32 = 3.0;
/// Frames per second while an illustration moves: smooth enough for a
/// slow movement, a fraction of the display's rate.
pub const ANIMATION_FPS: f32 = 20.0;
/// Equipment icon and favourite star size in points.
pub const ICON_SIZE: f32 = 18.0;
/// Legend swatch size in points.
pub const SWATCH_SIZE: f32 = 12.0;

/// Colours that depend on the theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub caution: Color32,
    pub muted_text: Color32,
    pub accent: Color32,
    pub silhouette: Color32,
    pub silhouette_edge: Color32,
    pub detail: Color32,
    pub guide: Color32,
    /// A map's title ("Left").
    pub title: Color32,
    /// Outline of the selected region, over its fill.
    pub selected_edge: Color32,
    /// Names in the margin, the selected or hovered one, and their backing.
    pub label_text: Color32,
    pub label_strong: Color32,
    pub label_bg: Color32,
    /// Names inside a region, on light and on dark fills.
    pub label_on_light: Color32,
    pub label_on_dark: Color32,
    pub leader: Color32,
    pub region_fill: Color32,
    pub region_hover: Color32,
    pub region_selected: Color32,
    pub region_reflex: Color32,
    pub region_may_ease: Color32,
    pub region_dimmed: Color32,
    pub region_stroke: Color32,
    pub focus: Color32,
    pub star: Color32,
    pub icon: Color32,
    pub emergency: Color32,
    /// Background of the player while a cue flashes.
    pub flash: Color32,
    /// The illustrations: the figure, its far limbs, the faint end
    /// position of a movement (opaque, between figure and ground, so its
    /// overlaps do not darken), the motion arrow and the picture's ground.
    pub figure: Color32,
    pub figure_far: Color32,
    pub figure_ghost: Color32,
    pub motion: Color32,
    /// The picture's ground is the window's (no fill of its own: a
    /// software renderer pays for every pixel filled), inside a thin edge.
    pub picture_bg: Color32,
    pub picture_edge: Color32,
    /// Props: floor, wall and furniture lines; furniture fill; the mat.
    pub prop_line: Color32,
    pub furniture: Color32,
    pub mat: Color32,
    pub tennis_ball: Color32,
    pub golf_ball: Color32,
    pub massage_ball: Color32,
    pub roller: Color32,
    pub towel: Color32,
    pub heat: Color32,
    pub pillow: Color32,
    /// A partner's hands, apart from the figure's own.
    pub partner: Color32,
}

impl Palette {
    pub fn for_visuals(visuals: &Visuals) -> Self {
        if visuals.dark_mode {
            Self::dark(visuals)
        } else {
            Self::light(visuals)
        }
    }

    /// The dark theme's colours (`visuals` gives the picture's ground).
    fn dark(visuals: &Visuals) -> Self {
        Self {
            caution: Color32::from_rgb(0xF2, 0xB3, 0x4D),
            muted_text: Color32::from_gray(0xA8),
            accent: Color32::from_rgb(0x5C, 0xC8, 0xB4),
            silhouette: Color32::from_rgb(0x3A, 0x3F, 0x47),
            silhouette_edge: Color32::from_rgb(0x6B, 0x76, 0x84),
            detail: Color32::from_rgb(0x5E, 0x68, 0x75),
            guide: Color32::from_rgb(0xA9, 0xB6, 0xC6),
            title: Color32::from_gray(0xE8),
            selected_edge: Color32::from_gray(0xF4),
            label_text: Color32::from_gray(0xDC),
            label_strong: Color32::WHITE,
            label_bg: Color32::from_rgba_unmultiplied(0x1B, 0x1E, 0x23, 0xD8),
            label_on_light: Color32::from_gray(0x12),
            label_on_dark: Color32::from_gray(0xF2),
            leader: Color32::from_rgb(0x9A, 0xA6, 0xB4),
            region_fill: Color32::from_rgb(0x4A, 0x55, 0x62),
            region_hover: Color32::from_rgb(0x6A, 0x7D, 0x92),
            region_selected: Color32::from_rgb(0x2F, 0xB5, 0x9C),
            region_reflex: Color32::from_rgb(0xB0, 0x7B, 0xE0),
            region_may_ease: Color32::from_rgb(0x4F, 0xA3, 0xE8),
            region_dimmed: Color32::from_rgb(0x30, 0x33, 0x38),
            region_stroke: Color32::from_gray(0x1E),
            // White: apart from every fill and from the caution orange.
            focus: Color32::WHITE,
            star: Color32::from_rgb(0xF5, 0xC5, 0x18),
            icon: Color32::from_gray(0xD0),
            emergency: Color32::from_rgb(0xFF, 0x6B, 0x6B),
            flash: Color32::from_rgb(0x1E, 0x5C, 0x50),
            figure: Color32::from_rgb(0xD5, 0xDD, 0xE6),
            figure_far: Color32::from_rgb(0x8C, 0x98, 0xA6),
            figure_ghost: Color32::from_rgb(0x3E, 0x45, 0x4F),
            motion: Color32::from_rgb(0xFF, 0x9F, 0x43),
            picture_bg: ground(visuals),
            picture_edge: Color32::from_rgb(0x33, 0x39, 0x41),
            prop_line: Color32::from_rgb(0x7D, 0x88, 0x96),
            furniture: Color32::from_rgb(0x4B, 0x53, 0x5E),
            mat: Color32::from_rgb(0x3E, 0x5A, 0x6E),
            tennis_ball: Color32::from_rgb(0xC9, 0xE2, 0x3A),
            golf_ball: Color32::from_rgb(0xF4, 0xF4, 0xF0),
            massage_ball: Color32::from_rgb(0xF0, 0x6E, 0x8C),
            roller: Color32::from_rgb(0x4F, 0x9B, 0xE8),
            towel: Color32::from_rgb(0xB4, 0x8C, 0xE0),
            heat: Color32::from_rgb(0xF2, 0x5F, 0x3A),
            pillow: Color32::from_rgb(0xA9, 0xB8, 0xC8),
            partner: Color32::from_rgb(0xE8, 0xB8, 0x7A),
        }
    }

    /// The light theme's colours (`visuals` gives the picture's ground).
    fn light(visuals: &Visuals) -> Self {
        Self {
            caution: Color32::from_rgb(0x9A, 0x58, 0x00),
            muted_text: Color32::from_gray(0x5A),
            accent: Color32::from_rgb(0x0B, 0x7A, 0x6C),
            silhouette: Color32::from_rgb(0xE3, 0xE7, 0xEC),
            silhouette_edge: Color32::from_rgb(0x8E, 0x9A, 0xA8),
            detail: Color32::from_rgb(0x9A, 0xA5, 0xB2),
            guide: Color32::from_rgb(0x44, 0x55, 0x6A),
            title: Color32::from_gray(0x20),
            selected_edge: Color32::from_gray(0x10),
            label_text: Color32::from_gray(0x26),
            label_strong: Color32::BLACK,
            label_bg: Color32::from_rgba_unmultiplied(0xF8, 0xF8, 0xF8, 0xE0),
            label_on_light: Color32::from_gray(0x15),
            label_on_dark: Color32::WHITE,
            leader: Color32::from_rgb(0x6B, 0x78, 0x88),
            region_fill: Color32::from_rgb(0xB9, 0xC4, 0xD0),
            region_hover: Color32::from_rgb(0x93, 0xA8, 0xBE),
            region_selected: Color32::from_rgb(0x12, 0x9C, 0x84),
            region_reflex: Color32::from_rgb(0x9B, 0x5D, 0xD3),
            region_may_ease: Color32::from_rgb(0x2A, 0x78, 0xC8),
            region_dimmed: Color32::from_rgb(0xE6, 0xE9, 0xED),
            region_stroke: Color32::from_gray(0xFF),
            // Near black: apart from every fill and from the caution brown.
            focus: Color32::from_gray(0x10),
            star: Color32::from_rgb(0xD9, 0x9A, 0x00),
            icon: Color32::from_gray(0x40),
            emergency: Color32::from_rgb(0xC6, 0x28, 0x28),
            flash: Color32::from_rgb(0xBF, 0xEB, 0xE2),
            figure: Color32::from_rgb(0x3B, 0x46, 0x54),
            figure_far: Color32::from_rgb(0x8E, 0x99, 0xA7),
            figure_ghost: Color32::from_rgb(0xD3, 0xD9, 0xE0),
            motion: Color32::from_rgb(0xD9, 0x5A, 0x00),
            picture_bg: ground(visuals),
            picture_edge: Color32::from_rgb(0xD6, 0xDB, 0xE1),
            prop_line: Color32::from_rgb(0x6B, 0x76, 0x84),
            furniture: Color32::from_rgb(0xC9, 0xCF, 0xD6),
            mat: Color32::from_rgb(0xA8, 0xC8, 0xDC),
            tennis_ball: Color32::from_rgb(0xA6, 0xC4, 0x14),
            golf_ball: Color32::WHITE,
            massage_ball: Color32::from_rgb(0xD8, 0x3C, 0x6A),
            roller: Color32::from_rgb(0x1F, 0x6F, 0xC8),
            towel: Color32::from_rgb(0x8A, 0x5C, 0xC8),
            heat: Color32::from_rgb(0xD8, 0x43, 0x15),
            pillow: Color32::from_rgb(0xB5, 0xC2, 0xD0),
            partner: Color32::from_rgb(0xC0, 0x80, 0x40),
        }
    }
}

/// The window's ground under the see-through panels: the stock panel
/// colour of the theme in use. The native window clears to it; elsewhere
/// (tests, snapshots) the frame paints it.
pub fn ground(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Visuals::dark().panel_fill
    } else {
        Visuals::light().panel_fill
    }
}

/// Applies text sizes to the context's style; called once at start-up.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        use egui::{FontId, TextStyle};
        // Panels are see-through: the window's ground is one colour under
        // all of them (see [`ground`]). A software renderer then fills the
        // window once per frame instead of twice.
        style.visuals.panel_fill = Color32::TRANSPARENT;
        // Text is read, not selected: a selectable label senses clicks,
        // and screen readers then offer a click action on plain text.
        style.interaction.selectable_labels = false;
        style
            .text_styles
            .insert(TextStyle::Body, FontId::proportional(BODY_TEXT_PT));
        style
            .text_styles
            .insert(TextStyle::Button, FontId::proportional(BODY_TEXT_PT));
        style
            .text_styles
            .insert(TextStyle::Heading, FontId::proportional(HEADING_PT));
        // Keyboard focus (drawn like a pressed widget) in the focus colour,
        // thick enough to see from the floor.
        let focus = Palette::for_visuals(&style.visuals).focus;
        style.visuals.widgets.active.bg_stroke = egui::Stroke::new(FOCUS_STROKE_WIDTH - 1.0, focus);
        style.visuals.selection.stroke = egui::Stroke::new(FOCUS_STROKE_WIDTH - 1.0, focus);
    });
}
