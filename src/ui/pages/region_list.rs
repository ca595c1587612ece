//! The plain list of regions, grouped by map: the text alternative to the maps.

use crate::content::MapId;
use crate::state::command::{Commands, MapCommand};
use crate::state::nav::Nav;
use crate::ui::Shared;

pub fn region_list_ui(ui: &mut egui::Ui, shared: &Shared, nav: &Nav, commands: &mut Commands) {
    ui.heading("All regions");
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.columns(4, |columns| {
            for (ui, map) in columns.iter_mut().zip(MapId::ALL) {
                ui.strong(map.label());
                for shape in shared.layout.shapes(map) {
                    let region = &shared.catalogue.regions[shape.region];
                    let is_selected = nav.selected == Some(shape.region);
                    let dimmed =
                        nav.filter.is_active() && !shared.caches.region_matches[shape.region];
                    let text = if dimmed {
                        egui::RichText::new(&region.name).weak()
                    } else {
                        egui::RichText::new(&region.name)
                    };
                    if ui.selectable_label(is_selected, text).clicked() {
                        commands.push(MapCommand::Select(Some(shape.region)));
                    }
                }
            }
        });
    });
}
