//! The regions as widgets: one focusable, named button per region (with
//! its selected state and a description of its links for screen readers),
//! arrow keys between them, and the state each region is drawn in.

use crate::content::RegionId;
use egui::{Color32, Key, Rect, Response, Sense, Ui, WidgetInfo};

use super::region_id;
use crate::content::geometry::{self, Direction};
use crate::logic::links::LinkKind;
use crate::logic::map::RegionShape;
use crate::state::command::{Commands, MapCommand};
use crate::state::nav::Nav;
use crate::ui::Shared;
use crate::ui::theme::Palette;
use crate::ui::widgets::map_canvas::Placed;

/// What a screen reader hears after the region's name: how it relates to
/// the selection and the search, not only as colour.
fn region_description(shared: &Shared, nav: &Nav, region: RegionId) -> Option<String> {
    let mut parts = Vec::new();
    match link_of(shared, region) {
        Some(LinkKind::Reflex) => parts.push("linked on the reflex chart to the selection"),
        Some(LinkKind::MayEase) => parts.push("work here may ease the selection"),
        None => {}
    }
    if shared
        .caches
        .favourite_regions
        .get(region)
        .copied()
        .unwrap_or(false)
    {
        parts.push("a favourite works here");
    }
    if nav.filter.is_active() {
        if matches(shared, region) {
            parts.push("matches the search");
        } else {
            parts.push("no match for the search");
        }
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The region of the map that Tab lands on: one Tab stop for the whole map
/// (a roving focus, as in a radio group), the arrow keys move within it.
fn current_id() -> egui::Id {
    egui::Id::unique("reliefmap-map-current-region")
}

/// The map's Tab stop, as in a radio group: the region last focused, else
/// the selected one, else the first (the top of the body).
fn current_region(ui: &Ui, shared: &Shared, nav: &Nav, placed: &[Placed]) -> Option<RegionId> {
    // Only regions that are widgets (a group's sides, not the group).
    let focusable: Vec<RegionId> = placed
        .iter()
        .flat_map(|m| {
            m.shapes
                .focus_order
                .iter()
                .filter_map(|&i| m.shapes.regions.get(i))
                .map(|s| s.region)
        })
        .collect();
    let on_map = |region: RegionId| focusable.contains(&region);
    // A selected group (the whole lower back) leads to its first side.
    let selected = nav.selected.and_then(|s| {
        if on_map(s) {
            Some(s)
        } else {
            shared
                .catalogue
                .children(s)
                .iter()
                .copied()
                .find(|&c| on_map(c))
        }
    });
    ui.data(|d| d.get_temp::<RegionId>(current_id()))
        .filter(|&r| on_map(r))
        .or(selected)
        .or(focusable.first().copied())
}

/// A widget per region: Enter/Space, screen readers, the pointer. Only the
/// current region is a Tab stop; the arrow keys move the focus between
/// regions (see [`arrow_keys_ui`]).
pub(super) fn region_widgets_ui<'a>(
    ui: &mut Ui,
    shared: &Shared<'a>,
    nav: &Nav,
    placed: &[Placed<'a>],
    commands: &mut Commands,
) -> Vec<(usize, &'a RegionShape, Response)> {
    let mut widgets = Vec::new();
    let current = current_region(ui, shared, nav, placed);
    for (map_index, m) in placed.iter().enumerate() {
        for &i in &m.shapes.focus_order {
            let shape = &m.shapes.regions[i];
            let rect = Rect::from_two_pos(m.pos(shape.bounds.0), m.pos(shape.bounds.1));
            let id = region_id(shape.region);
            let sense = if current == Some(shape.region) || ui.memory(|mem| mem.has_focus(id)) {
                Sense::click()
            } else {
                Sense::CLICK
            };
            let response = ui.interact(rect, id, sense);
            if response.has_focus() {
                ui.data_mut(|d| d.insert_temp(current_id(), shape.region));
            }
            let is_selected = is_selected(shared, nav, shape.region);
            response.widget_info(|| {
                WidgetInfo::selected(egui::Role::Button, true, is_selected, &shape.access_label)
            });
            // Only built when a screen reader is listening.
            ui.ctx().accesskit_node_builder(id, |node| {
                node.set_selected(is_selected);
                if let Some(description) = region_description(shared, nav, shape.region) {
                    node.set_description(description);
                }
            });
            if response.clicked() {
                commands.push(MapCommand::Select(Some(shape.region)));
            }
            widgets.push((map_index, shape, response));
        }
    }
    if super::take_map_focus(ui.ctx(), &nav.view)
        && let Some((_, _, response)) = widgets
            .iter()
            .find(|(_, shape, _)| Some(shape.region) == current)
            .or(widgets.first())
    {
        response.request_focus();
    }
    arrow_keys_ui(ui, placed, &widgets);
    widgets
}

/// Arrow keys move focus to the nearest region in that direction, across
/// all maps of the view.
fn arrow_keys_ui(ui: &mut Ui, placed: &[Placed], widgets: &[(usize, &RegionShape, Response)]) {
    let Some(from) = widgets.iter().position(|(_, _, r)| r.has_focus()) else {
        return;
    };
    let id = widgets[from].2.id;
    ui.memory_mut(|mem| {
        mem.set_focus_lock_filter(
            id,
            egui::EventFilter {
                horizontal_arrows: true,
                vertical_arrows: true,
                ..Default::default()
            },
        );
    });
    let direction = ui.input(|i| {
        [
            (Key::ArrowUp, Direction::Up),
            (Key::ArrowDown, Direction::Down),
            (Key::ArrowLeft, Direction::Left),
            (Key::ArrowRight, Direction::Right),
        ]
        .into_iter()
        .find(|(key, _)| i.key_pressed(*key))
        .map(|(_, d)| d)
    });
    if let Some(direction) = direction {
        let centres: Vec<geometry::Point> = widgets
            .iter()
            .map(|(m, shape, _)| {
                let p = placed[*m].pos(shape.centre);
                (p.x, p.y)
            })
            .collect();
        if let Some(next) = geometry::nearest_in_direction(&centres, from, direction) {
            let next_id = widgets[next].2.id;
            ui.memory_mut(|mem| mem.request_focus(next_id));
        }
    }
}

/// Selected itself, or through its group (the lower back chosen in the list).
pub(super) fn is_selected(shared: &Shared, nav: &Nav, region: RegionId) -> bool {
    nav.selected
        .is_some_and(|s| s == region || shared.catalogue.parent(region) == Some(s))
}

/// How a region is linked to the selection, itself or through its group.
fn link_of(shared: &Shared, region: RegionId) -> Option<LinkKind> {
    let links = &shared.caches.links;
    links
        .get(&region)
        .or_else(|| shared.catalogue.parent(region).and_then(|p| links.get(&p)))
        .copied()
}

fn matches(shared: &Shared, region: RegionId) -> bool {
    let matches = |r: RegionId| {
        shared
            .caches
            .region_matches
            .get(r)
            .copied()
            .unwrap_or(false)
    };
    matches(region) || shared.catalogue.parent(region).is_some_and(matches)
}

pub(super) fn region_fill(
    shared: &Shared,
    nav: &Nav,
    region: RegionId,
    hovered: Option<RegionId>,
    palette: &Palette,
) -> Color32 {
    if is_selected(shared, nav, region) {
        palette.region_selected
    } else if hovered == Some(region) {
        palette.region_hover
    } else if let Some(link) = link_of(shared, region) {
        match link {
            LinkKind::Reflex => palette.region_reflex,
            LinkKind::MayEase => palette.region_may_ease,
        }
    } else if nav.filter.is_active() && !matches(shared, region) {
        palette.region_dimmed
    } else {
        palette.region_fill
    }
}
