//! Editing one of the person's own routines: its techniques in order, each
//! movable and removable, and adding techniques or favourites.

use crate::content::TechniqueId;
use crate::logic::keys::ItemKey;
use egui::{RichText, Ui};

use super::labelled;
use crate::logic::routines::RoutineInfo;
use crate::logic::text;
use crate::state::command::{Commands, NavCommand, RoutineCommand};
use crate::ui::Shared;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::icons;

/// The techniques in order; in the person's own routine each can be moved
/// or removed.
pub(super) fn technique_list_ui(
    ui: &mut Ui,
    shared: &Shared,
    own: Option<ItemKey>,
    info: &RoutineInfo,
    commands: &mut Commands,
) {
    if info.technique_ids.is_empty() {
        ui.label(
            "This routine is empty. Add techniques below, or star techniques and use New \
             from favourites.",
        );
        return;
    }
    let last = info.technique_ids.len() - 1;
    egui::Grid::new("routine_techniques")
        .num_columns(4)
        .spacing([10.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (position, id) in info.technique_ids.iter().enumerate() {
                let technique = shared.catalogue.technique_index(id);
                let name = technique.map_or(id.as_str(), |i| {
                    shared.catalogue.techniques[i].name.as_str()
                });
                ui.label(RichText::new(format!("{}.", position + 1)).strong());
                match technique {
                    Some(index) => {
                        if ui
                            .link(RichText::new(name).size(theme::BODY_TEXT_PT + 1.0))
                            .on_hover_text("Open its page")
                            .clicked()
                        {
                            commands.push(NavCommand::OpenTechnique(index));
                        }
                        ui.horizontal(|ui| {
                            if shared.is_favourite(index) {
                                favourite_mark_ui(ui);
                            }
                            ui.label(text::time_needed_text(&shared.catalogue.techniques[index]));
                        });
                    }
                    None => {
                        ui.weak(format!("{name} (not loaded)"));
                        ui.label("");
                    }
                }
                if let Some(routine) = own {
                    let row = EditRow {
                        routine,
                        position,
                        last,
                        name,
                    };
                    ui.horizontal(|ui| edit_buttons_ui(ui, &row, commands));
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
        });
}

/// One technique's place in one of the person's routines.
struct EditRow<'a> {
    routine: ItemKey,
    position: usize,
    /// The last position in the routine.
    last: usize,
    name: &'a str,
}

/// Up, Down and Remove for one technique of the person's routine.
fn edit_buttons_ui(ui: &mut Ui, row: &EditRow, commands: &mut Commands) {
    let EditRow {
        routine,
        position,
        last,
        name,
    } = *row;
    let up = labelled(
        ui.add_enabled(position > 0, egui::Button::new("Up")),
        format!("Move {name} up"),
    );
    if up.clicked() {
        commands.push(RoutineCommand::Move {
            routine,
            from: position,
            to: position - 1,
        });
    }
    let down = labelled(
        ui.add_enabled(position < last, egui::Button::new("Down")),
        format!("Move {name} down"),
    );
    if down.clicked() {
        commands.push(RoutineCommand::Move {
            routine,
            from: position,
            to: position + 1,
        });
    }
    let remove = labelled(
        ui.button("Remove"),
        format!("Remove {name} from this routine"),
    );
    if remove.clicked() {
        commands.push(RoutineCommand::Remove { routine, position });
    }
}

/// Add any technique, or all favourites not in the routine yet.
pub(super) fn add_technique_ui(
    ui: &mut Ui,
    shared: &Shared,
    routine: ItemKey,
    info: &RoutineInfo,
    commands: &mut Commands,
) {
    let full = info.technique_ids.len() >= crate::content::MAX_ROUTINE_TECHNIQUES;
    if full {
        ui.weak(format!(
            "A routine holds at most {} techniques.",
            crate::content::MAX_ROUTINE_TECHNIQUES
        ));
        return;
    }
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::from_label("Add a technique")
            .selected_text("Choose...")
            .height(400.0)
            .show_ui(ui, |ui| {
                for (index, technique) in shared.catalogue.techniques.iter_enumerated() {
                    if ui.selectable_label(false, &technique.name).clicked() {
                        commands.push(RoutineCommand::AddTo {
                            routine,
                            techniques: vec![index],
                        });
                        ui.close();
                    }
                }
            });
        let missing: Vec<TechniqueId> = shared
            .caches
            .favourites
            .iter()
            .copied()
            .filter(|&i| {
                !info
                    .technique_ids
                    .contains(&shared.catalogue.techniques[i].id)
            })
            .collect();
        let add_favourites = ui.add_enabled(
            !missing.is_empty(),
            egui::Button::new(format!("Add my favourites ({})", missing.len())),
        );
        if add_favourites.clicked() {
            commands.push(RoutineCommand::AddTo {
                routine,
                techniques: missing,
            });
        }
    });
}

/// A small filled star for a favourite technique.
fn favourite_mark_ui(ui: &mut Ui) {
    let (rect, response) =
        ui.allocate_exact_size(egui::Vec2::splat(theme::ICON_SIZE), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, "Favourite"));
    if ui.is_rect_visible(rect) {
        let color = Palette::for_visuals(ui.visuals()).star;
        icons::paint_filled_star(ui.painter(), rect.center(), rect.width() / 2.0, color);
    }
}
