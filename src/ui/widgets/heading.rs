//! Headings that screen readers can find (the heading role and a level),
//! and focus that follows the page: when the page changes, its heading
//! takes the keyboard focus on the first frame it is drawn, so a screen
//! reader reads the new page instead of nothing.

use egui::{Context, Id, Response, RichText, Sense, Ui, WidgetInfo};

/// The one-frame request "the page changed: its heading takes focus".
fn pending_id() -> Id {
    Id::unique("reliefmap-page-focus-pending")
}

/// Asks the next page drawn to move the focus to its heading.
pub fn request_page_focus(ctx: &Context) {
    ctx.data_mut(|d| d.insert_temp(pending_id(), true));
}

/// Drops a request no heading took (a page without one).
pub fn clear_page_focus(ctx: &Context) {
    ctx.data_mut(|d| d.remove::<bool>(pending_id()));
}

fn take_page_focus(ctx: &Context) -> bool {
    ctx.data_mut(|d| d.remove_temp::<bool>(pending_id()))
        .unwrap_or(false)
}

/// A page's title: heading level 1, takes the focus when the page opens.
pub fn page_heading_ui(ui: &mut Ui, text: impl Into<RichText>) -> Response {
    let response = focusable_heading_ui(ui, text.into().heading(), 1);
    if take_page_focus(ui.ctx()) {
        response.request_focus();
    }
    response
}

/// A section's title inside a page ("Steps", "Take care"): level 2.
pub fn section_heading_ui(ui: &mut Ui, text: impl Into<RichText>) -> Response {
    heading_ui(ui, text.into().strong(), 2)
}

/// A label with the heading role, for a screen reader's list of headings;
/// no Tab stop (Tab goes from control to control).
pub fn heading_ui(ui: &mut Ui, text: RichText, level: usize) -> Response {
    heading_with_sense_ui(ui, text, level, Sense::hover())
}

/// A heading that focus can be moved to (a page's title, the player's
/// step), with no click action.
pub fn focusable_heading_ui(ui: &mut Ui, text: RichText, level: usize) -> Response {
    heading_with_sense_ui(ui, text, level, Sense::focusable_noninteractive())
}

fn heading_with_sense_ui(ui: &mut Ui, text: RichText, level: usize, sense: Sense) -> Response {
    let name = text.text().to_owned();
    let response = ui.add(egui::Label::new(text).sense(sense));
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Heading, true, &name));
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_level(level));
    response
}

/// The step the player shows, as a heading that takes the focus when the
/// player opens, so the first step is read.
pub fn focus_heading_ui(ui: &mut Ui, text: RichText, level: usize) -> Response {
    let response = focusable_heading_ui(ui, text, level);
    if take_page_focus(ui.ctx()) {
        response.request_focus();
    }
    response
}
