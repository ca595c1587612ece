//! The eframe application: state, the frame's table of contents, and the
//! commands that panels return to change state after the frame.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use crate::content::{Catalogue, RejectedPack};
use crate::cues::CuePlayer;
use crate::links::{self, LinkKind};
use crate::map::{MapLayout, View};
use crate::search::{self, Filter, SearchIndex};
use crate::session::{Choices, Clock, Cue, Session, Status, SystemClock};
use crate::{theme, ui};

/// What the central area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Map,
    Technique(usize),
    /// Cautions, contraindications and red flags before a first start.
    SafetyGate(usize),
    /// The guided run (and its finish screen) of [`ReliefApp::session`].
    Player,
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
    /// Start a technique: through the safety gate the first time.
    Start(usize),
    /// "I understand, start" on the safety gate.
    AcknowledgeAndStart(usize),
    Player(PlayerAction),
    /// Chosen seconds for a timed step of the open technique.
    ChooseDuration {
        step: usize,
        secs: u32,
    },
    SetPace(Option<u32>),
    SetSettings(Settings),
    /// Keep the finished run in the history.
    LogSession,
    /// Escape: close the help, leave a page, or clear the selection.
    Back,
}

/// What the player's buttons and keys ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlayerAction {
    TogglePause,
    Next,
    Previous,
    Restart,
    Stop,
    CountRep,
    AdjustSecs(i32),
}

/// Cue and appearance settings.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    pub sound: bool,
    /// 0.0..=1.0
    pub volume: f32,
    /// Play the quiet tick of the pace.
    pub pace_tick: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            sound: true,
            volume: 0.7,
            pace_tick: true,
        }
    }
}

/// A finished or stopped run kept for the session history.
#[derive(Clone, Debug, PartialEq)]
pub struct LoggedRun {
    pub technique: usize,
    pub active_secs: u64,
    pub steps_done: usize,
}

/// How long the player flashes after a cue.
pub const FLASH: Duration = Duration::from_millis(700);

/// State kept between runs by eframe's storage.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct Remembered {
    view: View,
    settings: Settings,
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
    clock: Box<dyn Clock>,
    pub session: Option<Session>,
    /// Durations and pace picked on the technique page.
    pub choices: Choices,
    /// Techniques whose safety gate was accepted (ids).
    pub acknowledged: BTreeSet<String>,
    pub settings: Settings,
    cue_player: CuePlayer,
    /// The last cue and when it came, for the visual flash.
    pub last_cue: Option<(Cue, Duration)>,
    pub history: Vec<LoggedRun>,
    /// Whether the finished run was logged.
    pub logged: bool,
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
        app.settings = remembered.settings;
        let sounds = crate::paths::cache_dir()
            .unwrap_or_else(std::env::temp_dir)
            .join("cues");
        app.cue_player = CuePlayer::new(sounds);
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
            clock: Box::new(SystemClock::default()),
            session: None,
            choices: Choices::default(),
            acknowledged: BTreeSet::new(),
            settings: Settings::default(),
            cue_player: CuePlayer::silent(),
            last_cue: None,
            history: Vec::new(),
            logged: false,
            rejected_packs,
        };
        app.refresh_derived();
        app
    }

    /// Replaces the clock (tests drive time with a fake one).
    pub fn set_clock(&mut self, clock: Box<dyn Clock>) {
        self.clock = clock;
    }

    pub fn now(&self) -> Duration {
        self.clock.now()
    }

    fn begin_session(&mut self, technique: usize) {
        if let Some(t) = self.catalogue.techniques.get(technique) {
            self.session = Some(Session::start(
                technique,
                t,
                &self.choices,
                self.clock.now(),
            ));
            self.logged = false;
            self.last_cue = None;
            self.page = Page::Player;
        }
    }

    /// Advances the running session and announces what ended.
    pub fn tick(&mut self, ctx: &egui::Context) {
        let now = self.clock.now();
        let cues = self
            .session
            .as_mut()
            .map(|s| s.update(now))
            .unwrap_or_default();
        self.announce(&cues, ctx);
        if let Some(wait) = self.session.as_ref().and_then(|s| s.next_change_in(now)) {
            ctx.request_repaint_after(wait);
        }
        if let Some((_, at)) = self.last_cue {
            let flash_left = (at + FLASH).saturating_sub(now);
            if !flash_left.is_zero() {
                ctx.request_repaint_after(flash_left);
            }
        }
    }

    fn announce(&mut self, cues: &[Cue], ctx: &egui::Context) {
        let now = self.clock.now();
        for &cue in cues {
            let audible = self.settings.sound && (cue != Cue::Tick || self.settings.pace_tick);
            if audible {
                self.cue_player.play(cue, self.settings.volume);
            }
            if cue != Cue::Tick {
                self.last_cue = Some((cue, now));
                ctx.request_repaint();
                let focused = ctx.input(|i| i.viewport().focused).unwrap_or(true);
                if !focused {
                    ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                        egui::UserAttentionType::Informational,
                    ));
                }
            }
        }
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
                    if self.page != Page::Technique(index) {
                        self.choices = Choices::default();
                    }
                    self.page = Page::Technique(index);
                }
            }
            Command::Start(index) => match self.catalogue.techniques.get(index) {
                Some(t) if self.acknowledged.contains(&t.id) => self.begin_session(index),
                Some(_) => self.page = Page::SafetyGate(index),
                None => {}
            },
            Command::AcknowledgeAndStart(index) => {
                if let Some(t) = self.catalogue.techniques.get(index) {
                    self.acknowledged.insert(t.id.clone());
                    self.begin_session(index);
                }
            }
            Command::Player(action) => self.player_action(action, ctx),
            Command::ChooseDuration { step, secs } => {
                if self.choices.timed_secs.len() <= step {
                    self.choices.timed_secs.resize(step + 1, None);
                }
                self.choices.timed_secs[step] = Some(secs);
            }
            Command::SetPace(pace) => {
                self.choices.pace_secs = pace;
                let now = self.clock.now();
                if let Some(session) = self.session.as_mut() {
                    session.set_pace(now, pace);
                }
                self.tick(ctx);
            }
            Command::SetSettings(settings) => self.settings = settings,
            Command::LogSession => {
                if let Some(s) = &self.session
                    && !self.logged
                {
                    self.history.push(LoggedRun {
                        technique: s.technique,
                        active_secs: s.active_time(self.clock.now()).as_secs(),
                        steps_done: s.steps_done(),
                    });
                    self.logged = true;
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
                } else if self.page == Page::Player
                    && self
                        .session
                        .as_ref()
                        .is_some_and(|s| s.status() != Status::Finished)
                {
                    self.player_action(PlayerAction::Stop, ctx);
                } else if let (Page::Player, Some(s)) = (self.page, &self.session) {
                    self.page = Page::Technique(s.technique);
                } else if self.page != Page::Map {
                    self.page = Page::Map;
                } else if self.selected.is_some() {
                    self.selected = None;
                    self.refresh_derived();
                }
            }
        }
    }

    fn player_action(&mut self, action: PlayerAction, ctx: &egui::Context) {
        let now = self.clock.now();
        let Some(session) = self.session.as_mut() else {
            return;
        };
        let cues = match action {
            PlayerAction::TogglePause => {
                session.toggle_pause(now);
                Vec::new()
            }
            PlayerAction::Next => session.next(now),
            PlayerAction::Previous => {
                session.previous(now);
                Vec::new()
            }
            PlayerAction::Restart => {
                session.restart(now);
                self.logged = false;
                Vec::new()
            }
            PlayerAction::Stop => {
                session.stop(now);
                Vec::new()
            }
            PlayerAction::CountRep => session.count_rep(now),
            PlayerAction::AdjustSecs(delta) => {
                session.adjust(now, delta);
                Vec::new()
            }
        };
        self.announce(&cues, ctx);
        self.tick(ctx);
    }

    pub fn is_favourite(&self, technique: usize) -> bool {
        self.favourites.contains(&technique)
    }

    /// Draws one frame and applies what it asked for.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        self.tick(ui.ctx());
        let mut commands = Vec::new();
        ui::shortcuts::shortcuts(ui, self.show_help, &mut commands);
        if self.page == Page::Player {
            ui::player::player_shortcuts(ui, &mut commands);
        }
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
                Page::SafetyGate(index) => {
                    ui::safety_gate::safety_gate_ui(ui, self, index, &mut commands)
                }
                Page::Player => ui::player::player_ui(ui, self, &mut commands),
                Page::Safety => ui::safety_page::safety_page_ui(ui, &self.catalogue),
                Page::Favourites => {
                    ui::favourites_page::favourites_page_ui(ui, self, &mut commands)
                }
                Page::Settings => {
                    ui::settings_page::settings_page_ui(ui, &self.settings, &mut commands)
                }
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
    /// Runs even while the window is minimised (when a repaint was asked
    /// for), so the timer's cues still play.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.tick(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let remembered = Remembered {
            view: self.view,
            settings: self.settings,
        };
        eframe::set_value(storage, STORAGE_KEY, &remembered);
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
