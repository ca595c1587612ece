//! Structure for screen readers: named regions (panels, lists, list rows)
//! and lists that clip their rows, so a row scrolled out of sight does not
//! report itself as showing.

use egui::accesskit::Role;
use egui::{Rect, Ui, UiBuilder};

/// Runs `add` in a child `Ui` that screen readers see as one node with
/// `role` and `name` (a panel, a list, a row).
pub fn region_ui<R>(ui: &mut Ui, role: Role, name: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    let builder = UiBuilder::new()
        .accessibility_role(role)
        .accessibility_label(name);
    ui.scope_builder(builder, |ui| {
        let inner = add(ui);
        // Where it is on screen (what it takes, within what shows), for a
        // screen reader's review and for checks of the layout.
        let rect = ui.min_rect().intersect(ui.clip_rect());
        set_bounds(ui.ctx(), ui.unique_id(), rect);
        inner
    })
    .inner
}

/// Gives the node `id` the bounds `rect`.
fn set_bounds(ctx: &egui::Context, id: egui::Id, rect: Rect) {
    let bounds = egui::accesskit::Rect {
        x0: f64::from(rect.min.x),
        y0: f64::from(rect.min.y),
        x1: f64::from(rect.max.x.max(rect.min.x)),
        y1: f64::from(rect.max.y.max(rect.min.y)),
    };
    ctx.accesskit_node_builder(id, |node| node.set_bounds(bounds));
}

/// A named list whose rows outside the visible part are left out of what
/// a screen reader reports as showing.
pub fn list_ui<R>(ui: &mut Ui, name: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    let builder = UiBuilder::new()
        .accessibility_role(Role::List)
        .accessibility_label(name);
    ui.scope_builder(builder, |ui| {
        let inner = add(ui);
        let visible = ui.min_rect().intersect(ui.clip_rect());
        clip_children(ui.ctx(), ui.unique_id(), visible);
        inner
    })
    .inner
}

/// Gives the node `id` the bounds `rect` and marks it as clipping its
/// children to them.
fn clip_children(ctx: &egui::Context, id: egui::Id, rect: Rect) {
    let bounds = egui::accesskit::Rect {
        x0: f64::from(rect.min.x),
        y0: f64::from(rect.min.y),
        x1: f64::from(rect.max.x.max(rect.min.x)),
        y1: f64::from(rect.max.y.max(rect.min.y)),
    };
    ctx.accesskit_node_builder(id, |node| {
        node.set_bounds(bounds);
        node.set_clips_children();
    });
}

/// A scroll area that screen readers, and the layout checks, see as one
/// scroll view: its bounds are the part that shows and it clips what it
/// holds, so what is scrolled out of sight is known to be reachable by
/// scrolling rather than lost off the window.
pub fn scroll_ui<R>(
    ui: &mut Ui,
    area: egui::ScrollArea,
    name: &str,
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    scroll_viewport_ui(ui, area, name, |ui, _| add(ui))
}

/// [`scroll_ui`] for a strip that scrolls sideways.
pub fn scroll_across_ui<R>(
    ui: &mut Ui,
    area: egui::ScrollArea,
    name: &str,
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    scroll_any_ui(ui, area, name, (true, false), |ui, _| add(ui))
}

/// [`scroll_ui`] for contents that lay out only what shows: `add` gets the
/// viewport too.
pub fn scroll_viewport_ui<R>(
    ui: &mut Ui,
    area: egui::ScrollArea,
    name: &str,
    add: impl FnOnce(&mut Ui, Rect) -> R,
) -> R {
    scroll_any_ui(ui, area, name, (false, true), add)
}

/// `area` scrolling the ways `(horizontal, vertical)` says.
fn scroll_any_ui<R>(
    ui: &mut Ui,
    area: egui::ScrollArea,
    name: &str,
    (horizontal, vertical): (bool, bool),
    add: impl FnOnce(&mut Ui, Rect) -> R,
) -> R {
    let output = area.show_viewport(ui, |ui, viewport| {
        let builder = UiBuilder::new()
            .accessibility_role(Role::ScrollView)
            .accessibility_label(name);
        ui.scope_builder(builder, |ui| (ui.unique_id(), add(ui, viewport)))
            .inner
    });
    let (id, inner) = output.inner;
    clip_children(ui.ctx(), id, output.inner_rect.intersect(ui.clip_rect()));
    // How far it scrolls each way (zero across a list that only scrolls up
    // and down), so what runs past its side is known to be cut, not
    // reachable by scrolling.
    let extra = (output.content_size - output.inner_rect.size()).max(egui::Vec2::ZERO);
    let across = if horizontal { extra.x } else { 0.0 };
    let down = if vertical { extra.y } else { 0.0 };
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_scroll_x_max(f64::from(across));
        node.set_scroll_y_max(f64::from(down));
    });
    inner
}

/// Text a screen reader should be able to reach and read as one piece
/// (the safety page's cautions, a technique's steps): `add` draws it, and
/// one focusable node over it carries `spoken`, the whole text. One Tab
/// stop a block, shown with the focus outline when it has the focus.
pub fn readable_ui<R>(ui: &mut Ui, spoken: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    let drawn = ui.scope(add);
    let rect = drawn.response.rect;
    let id = ui
        .unique_id()
        .with(("readable", spoken.len(), spoken.get(..40).unwrap_or(spoken)));
    let response = ui.interact(rect, id, egui::Sense::focusable_noninteractive());
    response.widget_info(|| egui::WidgetInfo::labeled(Role::Label, true, spoken));
    if response.has_focus() {
        let stroke = ui.visuals().widgets.active.bg_stroke;
        ui.painter()
            .rect_stroke(rect.expand(2.0), 3.0, stroke, egui::StrokeKind::Outside);
    }
    drawn.inner
}
