//! The eframe application: state, the frame's table of contents, and the
//! commands that panels return to change state after the frame.

use std::collections::BTreeMap;

use crate::content::{Catalogue, RejectedPack};
use crate::links::{self, LinkKind};
use crate::map::{MapLayout, View};
use crate::search::{self, Filter, SearchIndex};
use crate::{theme, ui};

/// What the central area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Map,
    Technique(usize),
    Safety,
    Favourites,
    Settings,
}

/// A change the UI asks for; applied after the frame in [`ReliefApp::apply`].
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetView(View),
    /// Select a region by index into [`Catalogue::regions`], or clear.
    Select(Option<usize>),
    OpenTechnique(usize),
    Open(Page),
    SetFilter(Filter),
    ToggleFavourite(usize),
    SetTheme(egui::ThemePreference),
    ShowHelp(bool),
    /// Escape: close the help, leave a page, or clear the selection.
    Back,
}

/// State kept between runs by eframe's storage.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct Remembered {
    view: View,
}

const STORAGE_KEY: &str = "reliefmap.ui";

/// Everything derived from the selection and filter, recomputed only when
/// they change.
#[derive(Clone, Debug, Default)]
pub struct Derived {
    pub links: BTreeMap<usize, LinkKind>,
    /// Per technique: passes the filter.
    pub technique_matches: Vec<bool>,
    /// Per region: some matching technique works on or helps it.
    pub region_matches: Vec<bool>,
}

pub struct ReliefApp {
    pub catalogue: Catalogue,
    pub layout: MapLayout,
    search_index: SearchIndex,
    pub view: View,
    pub page: Page,
    pub selected: Option<usize>,
    pub filter: Filter,
    /// Technique indices, in the order they were starred.
    pub favourites: Vec<usize>,
    pub show_help: bool,
    pub derived: Derived,
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
        let remembered: Remembered = cc
            .storage
            .and_then(|s| eframe::get_value(s, STORAGE_KEY))
            .unwrap_or_default();
        let mut app = Self::with_catalogue(catalogue, rejected_packs);
        app.view = remembered.view;
        app
    }

    /// The app without a window, for tests and benchmarks.
    pub fn with_catalogue(catalogue: Catalogue, rejected_packs: Vec<RejectedPack>) -> Self {
        let mut app = Self {
            layout: MapLayout::new(&catalogue),
            search_index: SearchIndex::new(&catalogue),
            catalogue,
            view: View::default(),
            page: Page::Map,
            selected: None,
            filter: Filter::default(),
            favourites: Vec::new(),
            show_help: false,
            derived: Derived::default(),
            rejected_packs,
        };
        app.refresh_derived();
        app
    }

    fn refresh_derived(&mut self) {
        let technique_matches = self.search_index.matching(&self.catalogue, &self.filter);
        self.derived = Derived {
            links: self
                .selected
                .map(|s| links::linked_regions(&self.catalogue, s))
                .unwrap_or_default(),
            region_matches: search::regions_with_matches(&self.catalogue, &technique_matches),
            technique_matches,
        };
    }

    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::SetView(view) => {
                self.view = view;
                self.page = Page::Map;
            }
            Command::Select(region) => {
                self.selected = region.filter(|&r| r < self.catalogue.regions.len());
                self.page = Page::Map;
                self.refresh_derived();
            }
            Command::OpenTechnique(index) => {
                if index < self.catalogue.techniques.len() {
                    self.page = Page::Technique(index);
                }
            }
            Command::Open(page) => self.page = page,
            Command::SetFilter(filter) => {
                self.filter = filter;
                self.refresh_derived();
            }
            Command::ToggleFavourite(index) => {
                if let Some(at) = self.favourites.iter().position(|&f| f == index) {
                    self.favourites.remove(at);
                } else if index < self.catalogue.techniques.len() {
                    self.favourites.push(index);
                }
            }
            Command::SetTheme(preference) => ctx.set_theme(preference),
            Command::ShowHelp(show) => self.show_help = show,
            Command::Back => {
                if self.show_help {
                    self.show_help = false;
                } else if self.page != Page::Map {
                    self.page = Page::Map;
                } else if self.selected.is_some() {
                    self.selected = None;
                    self.refresh_derived();
                }
            }
        }
    }

    pub fn is_favourite(&self, technique: usize) -> bool {
        self.favourites.contains(&technique)
    }

    /// Draws one frame and applies what it asked for.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let mut commands = Vec::new();
        ui::shortcuts::shortcuts(ui, self.show_help, &mut commands);
        ui::top_bar::top_bar_ui(ui, self, &mut commands);
        if matches!(self.page, Page::Map | Page::Technique(_)) {
            ui::side_panel::side_panel_ui(ui, self, &mut commands);
        }
        egui::CentralPanel::default_margins().show(ui, |ui| {
            ui::banner::rejected_packs_ui(ui, &self.rejected_packs);
            match self.page {
                Page::Map => ui::map_view::map_view_ui(ui, self, &mut commands),
                Page::Technique(index) => {
                    ui::technique_page::technique_page_ui(ui, self, index, &mut commands)
                }
                Page::Safety => ui::safety_page::safety_page_ui(ui, &self.catalogue),
                Page::Favourites => {
                    ui::favourites_page::favourites_page_ui(ui, self, &mut commands)
                }
                Page::Settings => ui::settings_page::settings_page_ui(ui, &mut commands),
            }
        });
        if self.show_help {
            ui::help::help_ui(ui, &mut commands);
        }
        for command in commands {
            self.apply(command, ui.ctx());
        }
    }
}

impl eframe::App for ReliefApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &Remembered { view: self.view });
    }
}

/// The window icon, drawn for the app and shipped in `assets/`.
fn icon() -> Option<egui::IconData> {
    let bytes = include_bytes!("../assets/icon.png");
    match image::load_from_memory(bytes) {
        Ok(image) => {
            let rgba = image.into_rgba8();
            let (width, height) = rgba.dimensions();
            Some(egui::IconData {
                rgba: rgba.into_raw(),
                width,
                height,
            })
        }
        Err(err) => {
            log::warn!("the app icon could not be decoded: {err}");
            None
        }
    }
}

/// Opens the main window.
pub fn run(catalogue: Catalogue, rejected_packs: Vec<RejectedPack>) -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Relief Map")
        .with_app_id("reliefmap")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 480.0]);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "reliefmap",
        options,
        Box::new(|cc| Ok(Box::new(ReliefApp::new(cc, catalogue, rejected_packs)))),
    )
}
