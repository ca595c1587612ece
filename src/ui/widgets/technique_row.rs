//! One technique in a list: favourite star, name (opens it), kind, time
//! needed and equipment icons.

use crate::content::{RegionId, TechniqueId};
use egui::{RichText, Ui};

use crate::logic::text;
use crate::state::command::{Commands, FavouriteCommand, NavCommand};
use crate::ui::Shared;
use crate::ui::widgets::{a11y, icons};
use egui::accesskit::Role;

/// What a row says before the technique's name.
#[derive(Clone, Copy)]
pub enum RowPlace<'a> {
    /// Nothing: the list is for the place itself.
    Hidden,
    /// Where on the body it is done ("Ankle").
    Body,
    /// The chart zones, among these, that it works on ("Lower back (inner
    /// edge of the foot)"): never every zone it touches.
    ChartZones(&'a [RegionId]),
}

impl RowPlace<'_> {
    fn text(self, shared: &Shared, index: TechniqueId) -> Option<String> {
        let technique = shared.catalogue.techniques.get(index)?;
        match self {
            Self::Hidden => None,
            Self::Body => Some(text::place_text(shared.catalogue, technique)),
            Self::ChartZones(zones) => Some(crate::logic::links::chart_place_text(
                shared.catalogue,
                index,
                zones,
            )),
        }
        .filter(|place| !place.is_empty())
    }
}

/// Draws the row; `place` says what to put before the name.
pub fn technique_row_ui(
    ui: &mut Ui,
    shared: &Shared,
    index: TechniqueId,
    place: RowPlace,
    commands: &mut Commands,
) {
    let Some(technique) = shared.catalogue.techniques.get(index) else {
        return;
    };
    let place = place.text(shared, index);
    let mut name = format!(
        "{}, {}, {}",
        technique.name,
        technique.kind.label().to_lowercase(),
        text::spoken_time_needed_text(technique)
    );
    if let Some(place) = &place {
        name = format!("{place}, {name}");
    }
    if shared.is_favourite(index) {
        name.push_str(", favourite");
    }
    a11y::region_ui(ui, Role::ListItem, &name, |ui| {
        row_ui(ui, shared, index, place.as_deref(), commands);
    });
    ui.add_space(4.0);
}

fn row_ui(
    ui: &mut Ui,
    shared: &Shared,
    index: TechniqueId,
    place: Option<&str>,
    commands: &mut Commands,
) {
    let Some(technique) = shared.catalogue.techniques.get(index) else {
        return;
    };
    ui.horizontal(|ui| {
        // The star's place is kept first, but the star is made after the
        // name, so Tab reaches the technique before its star.
        let (star_rect, _) = ui.allocate_exact_size(icons::star_size(), egui::Sense::hover());
        ui.vertical(|ui| {
            let label = match place {
                Some(place) => format!("{place} · {}", technique.name),
                None => technique.name.clone(),
            };
            let button = egui::Button::new(RichText::new(label).strong())
                .frame(false)
                .wrap();
            if ui.add(button).on_hover_text(&technique.summary).clicked() {
                commands.push(NavCommand::OpenTechnique(index));
            }
            ui.horizontal_wrapped(|ui| {
                ui.weak(format!(
                    "{} · {}",
                    technique.kind.label(),
                    text::time_needed_text(technique)
                ));
                for &e in technique.equipment.iter().chain(&technique.equipment_any) {
                    icons::equipment_icon_ui(ui, e);
                }
            });
        });
        let star = ui.scope_builder(egui::UiBuilder::new().max_rect(star_rect), |ui| {
            icons::star_ui(ui, shared.is_favourite(index), &technique.name)
        });
        if star.inner.clicked() {
            commands.push(FavouriteCommand::Toggle(index));
        }
    });
}
