//! The plain list of regions, one section per map: the text alternative to
//! the maps, in the maps' reading order, a group (both sides of the lower
//! back) just before its sides.

use crate::content::RegionId;
use crate::logic::map::MapShapes;
use crate::state::command::{Commands, MapCommand};
use crate::state::nav::Nav;
use crate::ui::Shared;
use crate::ui::widgets::{a11y, heading};

/// Narrowest column of the list.
const COLUMN_MIN_WIDTH: f32 = 240.0;

pub fn region_list_ui(ui: &mut egui::Ui, shared: &Shared, nav: &Nav, commands: &mut Commands) {
    heading::page_heading_ui(ui, "All regions");
    let maps = shared.layout.maps();
    let columns = ((ui.available_width() / COLUMN_MIN_WIDTH) as usize).clamp(1, maps.len().max(1));
    a11y::scroll_ui(ui, egui::ScrollArea::vertical(), "Regions", |ui| {
        ui.columns(columns, |uis| {
            for (i, map) in maps.iter().enumerate() {
                let ui = &mut uis[i % columns];
                let name = shared
                    .catalogue
                    .map(&map.id)
                    .map_or(map.id.as_str(), |m| m.def.name.as_str());
                ui.add_space(4.0);
                heading::section_heading_ui(ui, name);
                map_regions_ui(ui, shared, nav, map, commands);
            }
        });
    });
}

fn map_regions_ui(
    ui: &mut egui::Ui,
    shared: &Shared,
    nav: &Nav,
    map: &MapShapes,
    commands: &mut Commands,
) {
    let mut listed = Vec::new();
    for &i in &map.focus_order {
        let region = map.regions[i].region;
        let parent = shared.catalogue.parent(region);
        if let Some(group) = parent.filter(|g| !listed.contains(g)) {
            listed.push(group);
            region_row_ui(ui, shared, nav, group, 0, commands);
        }
        let indent = if parent.is_some() { 16 } else { 0 };
        region_row_ui(ui, shared, nav, region, indent, commands);
    }
}

fn region_row_ui(
    ui: &mut egui::Ui,
    shared: &Shared,
    nav: &Nav,
    region: RegionId,
    indent: i8,
    commands: &mut Commands,
) {
    let Some(r) = shared.catalogue.regions.get(region) else {
        return;
    };
    let is_selected = nav.selected == Some(region);
    let dimmed = nav.filter.is_active()
        && !shared
            .caches
            .region_matches
            .get(region)
            .copied()
            .unwrap_or(false);
    let text = if dimmed {
        egui::RichText::new(&r.name).weak()
    } else {
        egui::RichText::new(&r.name)
    };
    // A frame rather than a row, so that long names wrap in the column.
    let margin = egui::Margin {
        left: indent,
        ..egui::Margin::ZERO
    };
    egui::Frame::new().inner_margin(margin).show(ui, |ui| {
        if ui.selectable_label(is_selected, text).clicked() {
            commands.push(MapCommand::Select(Some(region)));
        }
    });
}
