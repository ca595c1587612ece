//! The bar along the top: view switch, search, and the other pages.

use egui::{Id, Ui};

use crate::app::{Command, Page, ReliefApp};
use crate::map::View;

/// Id of the search box, so Ctrl+F can focus it.
pub const SEARCH_ID: &str = "reliefmap-search";

pub fn top_bar_ui(ui: &mut Ui, app: &ReliefApp, commands: &mut Vec<Command>) {
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
            for view in View::ALL {
                let is_current = app.view == view && app.page == Page::Map;
                if ui.selectable_label(is_current, view.label()).clicked() {
                    commands.push(Command::SetView(view));
                }
            }
            ui.separator();
            let mut query = app.filter.query.clone();
            let search = egui::TextEdit::singleline(&mut query)
                .id(Id::unique(SEARCH_ID))
                .hint_text("Search: ankle, ball, towel…")
                .desired_width(if narrow { 100.0 } else { 220.0 });
            if ui
                .add(search)
                .on_hover_text("Search names, regions, equipment and steps (Ctrl+F)")
                .changed()
            {
                let mut filter = app.filter.clone();
                filter.query = query;
                commands.push(Command::SetFilter(filter));
            }
            let pages = [
                (
                    Page::Favourites,
                    format!("Favourites ({})", app.favourites().len()),
                ),
                (Page::Routines, "Routines".to_owned()),
                (Page::History, "History".to_owned()),
                (Page::Safety, "Safety".to_owned()),
                (Page::Settings, "Settings".to_owned()),
            ];
            for (page, label) in pages {
                let is_current = app.page == page
                    || (page == Page::Routines && matches!(app.page, Page::RoutineGate(_)));
                if ui.selectable_label(is_current, label).clicked() {
                    commands.push(Command::Open(page));
                }
            }
            if ui
                .button("Help")
                .on_hover_text("Keyboard shortcuts (F1 or ?)")
                .clicked()
            {
                commands.push(Command::ShowHelp(true));
            }
        });
        ui.add_space(2.0);
    });
}
