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
    ui.scope_builder(builder, add).inner
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
        clip_children(ui, visible);
        inner
    })
    .inner
}

/// Gives `ui`'s node the bounds `rect` and marks it as clipping its
/// children to them.
fn clip_children(ui: &Ui, rect: Rect) {
    let bounds = egui::accesskit::Rect {
        x0: f64::from(rect.min.x),
        y0: f64::from(rect.min.y),
        x1: f64::from(rect.max.x.max(rect.min.x)),
        y1: f64::from(rect.max.y.max(rect.min.y)),
    };
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        node.set_bounds(bounds);
        node.set_clips_children();
    });
}
