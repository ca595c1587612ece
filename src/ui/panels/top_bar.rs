//! The bar along the top: view switch, search, and the other pages.

use egui::Ui;

use crate::content::ViewDef;
use crate::content::{ViewChoice, view_choices};
use crate::state::command::{Commands, MapCommand, NavCommand};
use crate::state::nav::{Nav, Page};
use crate::ui::keys::{self, Action};
use crate::ui::widgets::a11y;

pub fn top_bar_ui(
    ui: &mut Ui,
    views: &[ViewDef],
    nav: &Nav,
    favourites: usize,
    commands: &mut Commands,
) {
    egui::Panel::top("top_bar").show(ui, |ui| {
        if skip_link_ui(ui) {
            // From the list, the link goes to the first map.
            let view = match (&nav.view, views.first()) {
                (ViewChoice::List, Some(first)) => ViewChoice::map(first.id.as_str()),
                (view, _) => view.clone(),
            };
            commands.push(NavCommand::SetView(view));
            crate::ui::pages::map::request_map_focus(ui.ctx());
        }
        ui.add_space(4.0);
        let role = egui::accesskit::Role::Navigation;
        a11y::region_ui(ui, role, "Views and pages", |ui| {
            if crate::ui::panels::side_panel::is_narrow(ui.ctx()) {
                compact_bar_ui(ui, views, nav, favourites, commands);
                return;
            }
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
                for (index, (choice, name)) in view_choices(views).into_iter().enumerate() {
                    let is_current = nav.view == choice && page == Page::Map;
                    let mut button = ui.selectable_label(is_current, name);
                    if let Some(key) = keys::view_key_text(index) {
                        button = button.on_hover_text(format!("{name} {key}"));
                    }
                    if button.clicked() {
                        commands.push(NavCommand::SetView(choice));
                    }
                }
                ui.separator();
                search_ui(ui, nav, if narrow { 100.0 } else { 220.0 }, commands);
                pages_ui(ui, page, favourites, commands);
            });
        });
        ui.add_space(2.0);
    });
}

/// The search field (Ctrl+F).
fn search_ui(ui: &mut Ui, nav: &Nav, width: f32, commands: &mut Commands) {
    let mut query = nav.filter.query.clone();
    let search = egui::TextEdit::singleline(&mut query)
        .id(keys::search_id())
        .hint_text("Search: ankle, ball, towel…")
        .desired_width(width);
    if ui
        .add(search)
        .on_hover_text("Search names, regions, equipment and steps (Ctrl+F)")
        .changed()
    {
        let mut filter = nav.filter.clone();
        filter.query = query;
        commands.push(MapCommand::SetFilter(filter));
    }
}

/// A narrow window (a small screen or large text): one line, the views in
/// a list to choose from, the search, and the pages in a menu, so the page
/// below keeps its room. Every key works as in the full bar.
fn compact_bar_ui(
    ui: &mut Ui,
    views: &[ViewDef],
    nav: &Nav,
    favourites: usize,
    commands: &mut Commands,
) {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        let page = nav.page();
        let names = view_choices(views);
        let current = names
            .iter()
            .find(|(choice, _)| *choice == nav.view)
            .map_or("Map", |(_, name)| *name);
        egui::ComboBox::from_id_salt("view_choice")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for (choice, name) in &names {
                    let chosen = nav.view == *choice && page == Page::Map;
                    if ui.selectable_label(chosen, *name).clicked() {
                        commands.push(NavCommand::SetView(choice.clone()));
                    }
                }
            })
            .response
            .on_hover_text("The map to show (keys 1 to 5)");
        let width = (ui.available_width() - 90.0).clamp(60.0, 160.0);
        search_ui(ui, nav, width, commands);
        ui.menu_button("Pages", |ui| {
            pages_ui(ui, page, favourites, commands);
        });
    });
}

/// "Go to the map": the first stop of the Tab key, seen only while it has
/// the focus, so keyboard and screen-reader users skip the bar's buttons.
fn skip_link_ui(ui: &mut Ui) -> bool {
    let id = egui::Id::unique("reliefmap-skip-to-map");
    let text = "Go to the map";
    let font = egui::TextStyle::Button.resolve(ui.style());
    let galley =
        ui.painter()
            .layout_no_wrap(text.to_owned(), font, ui.visuals().strong_text_color());
    let padding = ui.spacing().button_padding;
    let at = ui.max_rect().min + egui::vec2(4.0, 4.0);
    let focused = ui.memory(|m| m.has_focus(id));
    // Without the focus it takes no room and shows nothing.
    let size = if focused {
        galley.size() + 2.0 * padding
    } else {
        egui::Vec2::splat(1.0)
    };
    let rect = egui::Rect::from_min_size(at, size);
    let response = ui.interact(rect, id, egui::Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, text));
    if focused {
        let layer = egui::LayerId::new(egui::Order::Foreground, id);
        let painter = ui.ctx().layer_painter(layer);
        let visuals = ui.visuals();
        painter.rect_filled(rect, 4.0, visuals.selection.bg_fill);
        painter.galley(rect.min + padding, galley, visuals.strong_text_color());
    }
    response.clicked()
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
