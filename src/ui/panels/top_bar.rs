//! The bar along the top: view switch, search, and the other pages.

use egui::Ui;

use crate::content::ViewDef;
use crate::logic::map::LIST_VIEW;
use crate::state::command::{Commands, MapCommand, NavCommand};
use crate::state::nav::{Nav, Page};
use crate::ui::keys::{self, Action};

pub fn top_bar_ui(
    ui: &mut Ui,
    views: &[ViewDef],
    nav: &Nav,
    favourites: usize,
    commands: &mut Commands,
) {
    egui::Panel::top("top_bar").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            let narrow = ui.available_width() < 1000.0;
            if narrow {
                ui.spacing_mut().item_spacing.x = 4.0;
                ui.spacing_mut().button_padding.x = 3.0;
            }
            if ui.available_width() > 1100.0 {
                ui.heading("Relief Map");
                ui.separator();
            }
            let page = nav.page();
            let names = views
                .iter()
                .map(|v| (v.id.as_str(), v.name.as_str()))
                .chain([(LIST_VIEW, "List")]);
            for (index, (id, name)) in names.enumerate() {
                let is_current = nav.view == id && page == Page::Map;
                let mut button = ui.selectable_label(is_current, name);
                if let Some(key) = keys::view_key_text(index) {
                    button = button.on_hover_text(format!("{name} {key}"));
                }
                if button.clicked() {
                    commands.push(NavCommand::SetView(id.to_owned()));
                }
            }
            ui.separator();
            let mut query = nav.filter.query.clone();
            let search = egui::TextEdit::singleline(&mut query)
                .id(keys::search_id())
                .hint_text("Search: ankle, ball, towel…")
                .desired_width(if narrow { 100.0 } else { 220.0 });
            if ui
                .add(search)
                .on_hover_text("Search names, regions, equipment and steps (Ctrl+F)")
                .changed()
            {
                let mut filter = nav.filter.clone();
                filter.query = query;
                commands.push(MapCommand::SetFilter(filter));
            }
            pages_ui(ui, page, favourites, commands);
        });
        ui.add_space(2.0);
    });
}

/// The other pages, and Help.
fn pages_ui(ui: &mut Ui, page: Page, favourites: usize, commands: &mut Commands) {
    let pages = [
        (Page::Favourites, format!("Favourites ({favourites})")),
        (Page::Routines, "Routines".to_owned()),
        (Page::History, "History".to_owned()),
        (Page::Safety, "Safety".to_owned()),
        (Page::Settings, "Settings".to_owned()),
    ];
    for (target, label) in pages {
        let is_current =
            page == target || (target == Page::Routines && matches!(page, Page::RoutineGate(_)));
        if ui.selectable_label(is_current, label).clicked() {
            commands.push(NavCommand::Open(target));
        }
    }
    let help_keys = keys::BINDINGS
        .iter()
        .find(|b| b.action == Action::ToggleHelp)
        .map(keys::keys_text)
        .unwrap_or_default();
    if ui
        .button("Help")
        .on_hover_text(format!("Keyboard shortcuts ({help_keys})"))
        .clicked()
    {
        commands.push(NavCommand::ShowHelp(true));
    }
}
