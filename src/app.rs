//! The eframe application: state, the frame's table of contents, and the
//! commands that panels return to change state after the frame.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::content::{Catalogue, RejectedPack};
use crate::cues::CuePlayer;
use crate::links::{self, LinkKind};
use crate::map::{MapLayout, View};
use crate::search::{self, Filter, SearchIndex};
use crate::session::{Choices, Clock, Cue, Session, Status, SystemClock};
use crate::store::{HistoryEntry, OpenNotice, Store, ThemeChoice, UserState};
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
    History,
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
    DismissNotices,
    /// Move a favourite within the list (positions in the shown list).
    MoveFavourite {
        from: usize,
        to: usize,
    },
    /// Pain 0–10 before and after, for the log of the finished run.
    SetPain {
        before: Option<u8>,
        after: Option<u8>,
    },
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

/// How long the player flashes after a cue.
pub const FLASH: Duration = Duration::from_millis(700);

/// The state file and what opening it found, handed to the app at start.
pub struct Saved {
    pub store: Option<Store>,
    pub state: UserState,
    /// Messages for a banner (file set aside, read-only, folder unusable).
    pub notices: Vec<String>,
}

impl Saved {
    /// Nothing saved and nothing to say (tests, benchmarks).
    pub fn in_memory() -> Self {
        Self {
            store: None,
            state: UserState::default(),
            notices: Vec::new(),
        }
    }

    /// Opens the state folder (`--state-dir`, `RELIEFMAP_STATE_DIR` or the
    /// platform data folder).
    pub fn open(dir: Option<&std::path::Path>) -> Self {
        match dir {
            Some(dir) => {
                let (store, state, notices) = Store::open(dir);
                Self {
                    store: Some(store),
                    state,
                    notices: notices.iter().map(OpenNotice::message).collect(),
                }
            }
            None => Self {
                store: None,
                state: UserState::default(),
                notices: vec!["There is no data folder on this system, so nothing will be saved; use --state-dir DIR.".to_owned()],
            },
        }
    }
}

/// Everything derived from the selection and filter, recomputed only when
/// they change.
#[derive(Clone, Debug, Default)]
pub struct Derived {
    pub links: BTreeMap<usize, LinkKind>,
    /// Per technique: passes the filter.
    pub technique_matches: Vec<bool>,
    /// Per region: some matching technique works on or helps it.
    pub region_matches: Vec<bool>,
    /// Per region: a favourite technique works on it.
    pub favourite_regions: Vec<bool>,
}

pub struct ReliefApp {
    pub catalogue: Catalogue,
    pub layout: MapLayout,
    search_index: SearchIndex,
    pub view: View,
    pub page: Page,
    pub selected: Option<usize>,
    pub filter: Filter,
    pub show_help: bool,
    pub derived: Derived,
    clock: Box<dyn Clock>,
    pub session: Option<Session>,
    /// Durations and pace picked on the technique page.
    pub choices: Choices,
    pub settings: Settings,
    cue_player: CuePlayer,
    /// The last cue and when it came, for the visual flash.
    pub last_cue: Option<(Cue, Duration)>,
    /// Whether the finished run was logged.
    pub logged: bool,
    /// Pain before and after for the run about to be logged.
    pub pain: (Option<u8>, Option<u8>),
    /// Content packs that were left out, with why; shown in a banner.
    pub rejected_packs: Vec<RejectedPack>,
    /// What is saved: favourites (ids, so a missing pack loses none),
    /// acknowledgements, history, routines and settings.
    pub user: UserState,
    store: Option<Store>,
    /// Problems opening the state file, shown until dismissed.
    pub notices: Vec<String>,
    /// The last save failed; the state stays in memory and the next change retries.
    pub save_error: Option<String>,
}

impl ReliefApp {
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        catalogue: Catalogue,
        rejected_packs: Vec<RejectedPack>,
        saved: Saved,
    ) -> Self {
        theme::apply(&cc.egui_ctx);
        let mut app = Self::with_catalogue(catalogue, rejected_packs);
        app.load(saved, &cc.egui_ctx);
        let sounds = crate::paths::cache_dir()
            .unwrap_or_else(std::env::temp_dir)
            .join("cues");
        app.cue_player = CuePlayer::new(sounds);
        app
    }

    /// Takes over the saved state.
    pub fn load(&mut self, saved: Saved, ctx: &egui::Context) {
        let Saved {
            store,
            state,
            notices,
        } = saved;
        let s = &state.settings;
        self.settings = Settings {
            sound: s.sound,
            volume: s.volume.clamp(0.0, 1.0),
            pace_tick: s.pace_tick,
        };
        self.view = View::ALL
            .into_iter()
            .find(|v| format!("{v:?}") == s.last_view)
            .unwrap_or_default();
        ctx.set_theme(match s.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        self.user = state;
        self.store = store;
        self.notices = notices;
        // Favourite stars on the map come from the loaded favourites.
        self.refresh_derived();
    }

    /// Writes the state file after a change. A failure is shown and the
    /// state stays in memory; the next change tries again.
    fn persist(&mut self, ctx: &egui::Context) {
        let settings = &mut self.user.settings;
        settings.sound = self.settings.sound;
        settings.volume = self.settings.volume;
        settings.pace_tick = self.settings.pace_tick;
        settings.last_view = format!("{:?}", self.view);
        settings.theme = match ctx.options(|o| o.theme_preference) {
            egui::ThemePreference::System => ThemeChoice::System,
            egui::ThemePreference::Light => ThemeChoice::Light,
            egui::ThemePreference::Dark => ThemeChoice::Dark,
        };
        if let Some(rect) = ctx.input(|i| i.viewport().inner_rect) {
            settings.window_size = Some((rect.width(), rect.height()));
        }
        let Some(store) = &self.store else { return };
        self.save_error = store.save(&self.user).err();
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
            show_help: false,
            derived: Derived::default(),
            clock: Box::new(SystemClock::default()),
            session: None,
            choices: Choices::default(),
            settings: Settings::default(),
            cue_player: CuePlayer::silent(),
            last_cue: None,
            logged: false,
            pain: (None, None),
            rejected_packs,
            user: UserState::default(),
            store: None,
            notices: Vec::new(),
            save_error: None,
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
            self.pain = (None, None);
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
            favourite_regions: self.favourite_regions(),
        };
    }

    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::SetView(view) => {
                self.view = view;
                self.page = Page::Map;
                self.persist(ctx);
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
                Some(t) if self.user.acknowledged.contains(&t.id) => self.begin_session(index),
                Some(_) => self.page = Page::SafetyGate(index),
                None => {}
            },
            Command::AcknowledgeAndStart(index) => {
                if let Some(t) = self.catalogue.techniques.get(index) {
                    self.user.acknowledged.insert(t.id.clone());
                    self.begin_session(index);
                    self.persist(ctx);
                }
            }
            Command::Player(action) => self.player_action(action, ctx),
            Command::DismissNotices => self.notices.clear(),
            Command::MoveFavourite { from, to } => {
                let shown = self.favourites();
                let ids: Vec<String> = shown
                    .iter()
                    .map(|&i| self.catalogue.techniques[i].id.clone())
                    .collect();
                if from < ids.len() && to < ids.len() && from != to {
                    let (a, b) = (&ids[from], &ids[to]);
                    let pos = |id: &String| self.user.favourites.iter().position(|f| f == id);
                    if let (Some(pa), Some(pb)) = (pos(a), pos(b)) {
                        self.user.favourites.swap(pa, pb);
                        self.persist(ctx);
                    }
                }
            }
            Command::SetPain { before, after } => self.pain = (before, after),
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
            Command::SetSettings(settings) => {
                self.settings = settings;
                self.persist(ctx);
            }
            Command::LogSession => {
                if let Some(s) = &self.session
                    && !self.logged
                    && let Some(technique) = self.catalogue.techniques.get(s.technique)
                {
                    self.user.history.push(HistoryEntry {
                        ended_unix_secs: crate::store::unix_now(),
                        technique: Some(technique.id.clone()),
                        active_secs: s.active_time(self.clock.now()).as_secs(),
                        steps_done: u32::try_from(s.steps_done()).unwrap_or(u32::MAX),
                        pain_before: self.pain.0.map(|p| p.min(10)),
                        pain_after: self.pain.1.map(|p| p.min(10)),
                        region: self
                            .selected
                            .and_then(|r| self.catalogue.regions.get(r))
                            .map(|r| r.id.clone()),
                        ..HistoryEntry::default()
                    });
                    self.logged = true;
                    self.persist(ctx);
                }
            }
            Command::Open(page) => self.page = page,
            Command::SetFilter(filter) => {
                self.filter = filter;
                self.refresh_derived();
            }
            Command::ToggleFavourite(index) => {
                if let Some(id) = self.catalogue.techniques.get(index).map(|t| t.id.clone()) {
                    if let Some(at) = self.user.favourites.iter().position(|f| *f == id) {
                        self.user.favourites.remove(at);
                    } else {
                        self.user.favourites.push(id);
                    }
                    self.refresh_derived();
                    self.persist(ctx);
                }
            }
            Command::SetTheme(preference) => {
                ctx.set_theme(preference);
                self.persist(ctx);
            }
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

    fn favourite_regions(&self) -> Vec<bool> {
        let mut marked = vec![false; self.catalogue.regions.len()];
        for technique in self
            .favourites()
            .into_iter()
            .filter_map(|i| self.catalogue.techniques.get(i))
        {
            for region in technique
                .works_on
                .iter()
                .filter_map(|id| self.catalogue.region_index(id))
            {
                marked[region] = true;
            }
        }
        marked
    }

    /// Favourite techniques (indices) in the person's order; ids of
    /// techniques not in the current content are kept but not shown.
    pub fn favourites(&self) -> Vec<usize> {
        self.user
            .favourites
            .iter()
            .filter_map(|id| self.catalogue.technique_index(id))
            .collect()
    }

    pub fn is_favourite(&self, technique: usize) -> bool {
        self.catalogue
            .techniques
            .get(technique)
            .is_some_and(|t| self.user.favourites.contains(&t.id))
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
            ui::banner::banners_ui(ui, self, &mut commands);
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
                Page::History => ui::history_page::history_page_ui(ui, self),
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
pub fn run(
    catalogue: Catalogue,
    rejected_packs: Vec<RejectedPack>,
    saved: Saved,
) -> eframe::Result {
    let (width, height) = saved
        .state
        .settings
        .window_size
        .filter(|(w, h)| *w >= 320.0 && *h >= 240.0)
        .unwrap_or((1280.0, 800.0));
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Relief Map")
        .with_app_id("reliefmap")
        .with_inner_size([width, height])
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
        Box::new(|cc| {
            Ok(Box::new(ReliefApp::new(
                cc,
                catalogue,
                rejected_packs,
                saved,
            )))
        }),
    )
}
