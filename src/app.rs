//! The eframe application: state, the frame's table of contents, and the
//! commands that panels return to change state after the frame.

use crate::content::{Catalogue, RejectedPack};
use crate::{theme, ui};

/// A change the UI asks for; applied after the frame in [`ReliefApp::apply`].
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SelectRegion(Option<String>),
    OpenTechnique(String),
    CloseTechnique,
}

pub struct ReliefApp {
    pub catalogue: Catalogue,
    pub selected_region: Option<String>,
    pub open_technique: Option<String>,
    /// Content packs that were left out, with why; shown in a banner.
    pub rejected_packs: Vec<RejectedPack>,
}

impl ReliefApp {
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        catalogue: Catalogue,
        rejected_packs: Vec<RejectedPack>,
    ) -> Self {
        theme::apply(&cc.egui_ctx);
        Self {
            catalogue,
            selected_region: None,
            open_technique: None,
            rejected_packs,
        }
    }

    fn apply(&mut self, command: Command) {
        match command {
            Command::SelectRegion(id) => {
                self.selected_region = id;
                self.open_technique = None;
            }
            Command::OpenTechnique(id) => self.open_technique = Some(id),
            Command::CloseTechnique => self.open_technique = None,
        }
    }
}

impl eframe::App for ReliefApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut commands = Vec::new();
        ui::top_bar::top_bar_ui(ui, self);
        ui::region_list::region_list_ui(
            ui,
            &self.catalogue,
            self.selected_region.as_deref(),
            &mut commands,
        );
        egui::CentralPanel::default_margins().show(ui, |ui| {
            ui::banner::rejected_packs_ui(ui, &self.rejected_packs);
            match self
                .open_technique
                .as_deref()
                .and_then(|id| self.catalogue.technique(id))
            {
                Some(technique) => ui::technique_page::technique_page_ui(
                    ui,
                    &self.catalogue,
                    technique,
                    &mut commands,
                ),
                None => ui::selection::selection_ui(
                    ui,
                    &self.catalogue,
                    self.selected_region.as_deref(),
                    &mut commands,
                ),
            }
        });
        for command in commands {
            self.apply(command);
        }
    }
}

/// Opens the main window.
pub fn run(catalogue: Catalogue, rejected_packs: Vec<RejectedPack>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Relief Map")
            .with_app_id("reliefmap")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        "reliefmap",
        options,
        Box::new(|cc| Ok(Box::new(ReliefApp::new(cc, catalogue, rejected_packs)))),
    )
}
