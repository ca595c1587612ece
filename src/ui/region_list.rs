//! The plain list of regions, grouped by map: the text alternative to the maps.

use crate::app::{Command, ReliefApp};
use crate::content::MapId;

pub fn region_list_ui(ui: &mut egui::Ui, app: &ReliefApp, commands: &mut Vec<Command>) {
    ui.heading("All regions");
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.columns(4, |columns| {
            for (ui, map) in columns.iter_mut().zip(MapId::ALL) {
                ui.strong(map.label());
                for shape in app.layout.shapes(map) {
                    let region = &app.catalogue.regions[shape.region];
                    let is_selected = app.selected == Some(shape.region);
                    let dimmed =
                        app.filter.is_active() && !app.derived.region_matches[shape.region];
                    let text = if dimmed {
                        egui::RichText::new(&region.name).weak()
                    } else {
                        egui::RichText::new(&region.name)
                    };
                    if ui.selectable_label(is_selected, text).clicked() {
                        commands.push(Command::Select(Some(shape.region)));
                    }
                }
            }
        });
    });
}
