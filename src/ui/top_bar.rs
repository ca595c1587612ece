//! The bar along the top of the window.

use crate::app::ReliefApp;

pub fn top_bar_ui(ui: &mut egui::Ui, app: &ReliefApp) {
    egui::Panel::top("top_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading("Relief Map");
            ui.separator();
            ui.label(app.catalogue.summary());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                egui::widgets::global_theme_preference_buttons(ui);
            });
        });
    });
}
