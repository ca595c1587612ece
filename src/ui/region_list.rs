//! The plain list of regions, grouped by map: the text alternative to the maps.

use crate::app::Command;
use crate::content::{Catalogue, MapId};

pub fn region_list_ui(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    selected: Option<&str>,
    commands: &mut Vec<Command>,
) {
    egui::Panel::left("region_list")
        .resizable(true)
        .default_size(240.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for map in MapId::ALL {
                    egui::CollapsingHeader::new(map.label())
                        .default_open(true)
                        .show(ui, |ui| {
                            for region in catalogue.regions.iter().filter(|r| r.map == map) {
                                let is_selected = selected == Some(region.id.as_str());
                                if ui.selectable_label(is_selected, &region.name).clicked() {
                                    commands.push(Command::SelectRegion(Some(region.id.clone())));
                                }
                            }
                        });
                }
            });
        });
}
