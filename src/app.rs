//! The eframe application: state, the frame's table of contents, and the
//! commands that panels return to change state after the frame.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use crate::content::{Catalogue, RejectedPack};
use crate::cues::CuePlayer;
use crate::links::{self, LinkKind};
use crate::map::{MapLayout, View};
use crate::routines::{self, ImportError, RoutineRef};
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
    /// Built-in and own routines; the one shown is [`ReliefApp::selected_routine`].
    Routines,
    /// The safety gate for every technique of a routine.
    RoutineGate(RoutineRef),
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
    DismissNotices,
    /// Move a favourite within the list (positions in the shown list).
    MoveFavourite {
        from: usize,
        to: usize,
    },
    /// Pain 0–10 before and after, for the log of the finished run (the
    /// entry already logged is updated).
    SetPain {
        before: Option<u8>,
        after: Option<u8>,
    },
    /// Show a routine on the Routines page.
    OpenRoutine(RoutineRef),
    /// Start a routine: through the safety gate when one of its techniques
    /// was never started.
    StartRoutine(RoutineRef),
    AcknowledgeAndStartRoutine(RoutineRef),
    /// A new routine of the person's own with these techniques (indices).
    NewRoutine(Vec<usize>),
    /// Copy any routine into the person's own, to change it.
    CopyRoutine(RoutineRef),
    /// Append techniques (indices) to one of the person's routines.
    AddToRoutine {
        routine: usize,
        techniques: Vec<usize>,
    },
    /// A new name as it is typed; saved by [`Command::SaveRoutineName`].
    RenameRoutine {
        routine: usize,
        name: String,
    },
    /// The name field was left: save the name typed.
    SaveRoutineName,
    /// Move a technique within a routine (positions in its list).
    MoveInRoutine {
        routine: usize,
        from: usize,
        to: usize,
    },
    RemoveFromRoutine {
        routine: usize,
        position: usize,
    },
    /// Ask to confirm deleting (or stop asking, with `None`).
    AskDeleteRoutine(Option<usize>),
    DeleteRoutine(usize),
    /// The folder routine files are exported to and listed from.
    SetRoutineFolder(String),
    /// Look again for routine files in the folder.
    ScanRoutineFolder,
    ExportRoutine(RoutineRef),
    ImportRoutine(PathBuf),
    /// Escape: close the help, leave a page, or clear the selection.
    Back,
}

/// The routine being played, for the player's header and the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunningRoutine {
    /// `None` once the routine was deleted while it played.
    pub routine: Option<RoutineRef>,
    pub id: String,
    pub name: String,
}

/// The outcome of the last export or import, shown on the Routines page.
#[derive(Clone, Debug, PartialEq)]
pub enum RoutineMessage {
    Done(String),
    /// A headline and the problems, one per line ("file:line:col: what").
    Problems(String, Vec<String>),
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
    /// What the selected region offers, in its three lists.
    pub region_lists: links::RegionTechniques,
    /// Per technique: passes the filter.
    pub technique_matches: Vec<bool>,
    /// Per region: some matching technique works on or may ease it.
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
    /// Where the run in [`Self::session`] is in the history, once it
    /// ended and was logged.
    pub logged: Option<usize>,
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
    /// Set when the session plays a routine.
    pub running_routine: Option<RunningRoutine>,
    pub selected_routine: Option<RoutineRef>,
    /// One of the person's routines waiting for "Delete" to be confirmed.
    pub confirm_delete: Option<usize>,
    /// Where routine files are exported to and looked for.
    pub routine_folder: String,
    /// Routine files found in [`Self::routine_folder`] at the last look.
    pub routine_files: Vec<PathBuf>,
    pub routine_message: Option<RoutineMessage>,
    /// Estimated seconds of every routine, recomputed when routines or
    /// content change rather than every frame.
    pub routine_secs: std::collections::HashMap<RoutineRef, u32>,
    /// A text field had the keyboard at the end of the last frame.
    typing_last_frame: bool,
    /// A routine name was typed but not saved yet (saved on leaving the
    /// field, with the next change, or on exit).
    name_unsaved: bool,
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
        self.refresh_routine_secs();
    }

    fn refresh_routine_secs(&mut self) {
        self.routine_secs = routines::all(&self.catalogue, &self.user)
            .into_iter()
            .filter_map(|r| {
                let info = routines::info(&self.catalogue, &self.user, r)?;
                let secs = routines::estimate_secs(
                    &self.catalogue,
                    &info.techniques(&self.catalogue),
                    info.transition_secs,
                );
                Some((r, secs))
            })
            .collect();
    }

    /// Writes the state file after a change. A failure is shown and the
    /// state stays in memory; the next change tries again.
    fn persist(&mut self, ctx: &egui::Context) {
        self.refresh_routine_secs();
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
        self.name_unsaved = false;
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
            logged: None,
            pain: (None, None),
            rejected_packs,
            user: UserState::default(),
            store: None,
            notices: Vec::new(),
            save_error: None,
            running_routine: None,
            selected_routine: None,
            confirm_delete: None,
            routine_folder: crate::paths::routine_folder()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            routine_files: Vec::new(),
            routine_message: None,
            routine_secs: std::collections::HashMap::new(),
            typing_last_frame: false,
            name_unsaved: false,
        };
        app.refresh_routine_secs();
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
            let session = Session::start(technique, t, &self.choices, self.clock.now());
            self.begin(session, None);
        }
    }

    fn begin_routine(&mut self, routine: RoutineRef) {
        let Some(info) = routines::info(&self.catalogue, &self.user, routine) else {
            return;
        };
        let items: Vec<_> = info
            .techniques(&self.catalogue)
            .into_iter()
            .map(|i| (i, &self.catalogue.techniques[i]))
            .collect();
        if items.is_empty() {
            return;
        }
        // Each technique at its default doses; the pace stays as chosen.
        let choices = Choices {
            timed_secs: Vec::new(),
            pace_secs: self.choices.pace_secs,
        };
        let session = Session::start_run(&items, &choices, info.transition_secs, self.clock.now());
        let running = RunningRoutine {
            routine: Some(routine),
            id: info.id.to_owned(),
            name: routines::display_name(info.name).to_owned(),
        };
        self.begin(session, Some(running));
    }

    fn begin(&mut self, session: Session, routine: Option<RunningRoutine>) {
        self.session = Some(session);
        self.running_routine = routine;
        self.logged = None;
        self.pain = (None, None);
        self.last_cue = None;
        self.page = Page::Player;
    }

    /// Techniques of a routine whose safety gate was never accepted.
    pub fn unacknowledged(&self, routine: RoutineRef) -> Vec<usize> {
        routines::info(&self.catalogue, &self.user, routine)
            .map(|info| info.techniques(&self.catalogue))
            .unwrap_or_default()
            .into_iter()
            .filter(|&i| {
                !self
                    .user
                    .acknowledged
                    .contains(&self.catalogue.techniques[i].id)
            })
            .collect()
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
        self.log_if_ended(ctx);
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
            region_lists: self
                .selected
                .map(|s| links::region_techniques(&self.catalogue, s))
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
            Command::SetPain { before, after } => {
                self.pain = (before.map(|p| p.min(10)), after.map(|p| p.min(10)));
                if let Some(entry) = self.logged.and_then(|i| self.user.history.get_mut(i)) {
                    (entry.pain_before, entry.pain_after) = self.pain;
                    self.persist(ctx);
                }
            }
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
            Command::Open(page) => {
                if page == Page::Routines && self.page != Page::Routines {
                    self.scan_routine_folder();
                }
                self.confirm_delete = None;
                self.page = page;
            }
            Command::OpenRoutine(routine) => {
                if self.page != Page::Routines {
                    self.scan_routine_folder();
                }
                self.selected_routine = Some(routine);
                self.confirm_delete = None;
                self.page = Page::Routines;
            }
            Command::StartRoutine(routine) => {
                if self.unacknowledged(routine).is_empty() {
                    self.begin_routine(routine);
                } else {
                    self.page = Page::RoutineGate(routine);
                }
            }
            Command::AcknowledgeAndStartRoutine(routine) => {
                for index in self.unacknowledged(routine) {
                    let id = self.catalogue.techniques[index].id.clone();
                    self.user.acknowledged.insert(id);
                }
                self.begin_routine(routine);
                self.persist(ctx);
            }
            Command::NewRoutine(techniques) => {
                let ids = techniques
                    .iter()
                    .filter_map(|&i| self.catalogue.techniques.get(i))
                    .map(|t| t.id.clone())
                    .take(crate::content::MAX_ROUTINE_TECHNIQUES)
                    .collect();
                let index = routines::create(&self.catalogue, &mut self.user, None, ids);
                self.show_own_routine(index);
                self.persist(ctx);
            }
            Command::CopyRoutine(routine) => {
                if let Some(index) = routines::copy(&self.catalogue, &mut self.user, routine) {
                    self.show_own_routine(index);
                    self.persist(ctx);
                }
            }
            Command::AddToRoutine {
                routine,
                techniques,
            } => {
                if let Some(r) = self.user.routines.get_mut(routine) {
                    let room =
                        crate::content::MAX_ROUTINE_TECHNIQUES.saturating_sub(r.techniques.len());
                    let ids = techniques
                        .iter()
                        .filter_map(|&i| self.catalogue.techniques.get(i))
                        .map(|t| t.id.clone())
                        .take(room);
                    r.techniques.extend(ids);
                    self.persist(ctx);
                }
            }
            Command::RenameRoutine { routine, name } => {
                if let Some(r) = self.user.routines.get_mut(routine) {
                    r.name = name
                        .chars()
                        .take(crate::content::MAX_ROUTINE_NAME_CHARS)
                        .collect();
                    self.name_unsaved = true;
                }
            }
            Command::SaveRoutineName => {
                if self.name_unsaved {
                    self.persist(ctx);
                }
            }
            Command::MoveInRoutine { routine, from, to } => {
                if let Some(r) = self.user.routines.get_mut(routine)
                    && routines::move_item(&mut r.techniques, from, to)
                {
                    self.persist(ctx);
                }
            }
            Command::RemoveFromRoutine { routine, position } => {
                if let Some(r) = self.user.routines.get_mut(routine)
                    && position < r.techniques.len()
                {
                    r.techniques.remove(position);
                    self.persist(ctx);
                }
            }
            Command::AskDeleteRoutine(routine) => self.confirm_delete = routine,
            Command::DeleteRoutine(index) => {
                if index < self.user.routines.len() {
                    self.user.routines.remove(index);
                    self.confirm_delete = None;
                    self.selected_routine = match self.selected_routine {
                        Some(RoutineRef::Mine(i)) if i == index => None,
                        Some(RoutineRef::Mine(i)) if i > index => Some(RoutineRef::Mine(i - 1)),
                        other => other,
                    };
                    // A run of that routine keeps playing; it is logged by name.
                    if let Some(running) = &mut self.running_routine {
                        running.routine = match running.routine {
                            Some(RoutineRef::Mine(i)) if i == index => None,
                            Some(RoutineRef::Mine(i)) if i > index => Some(RoutineRef::Mine(i - 1)),
                            other => other,
                        };
                    }
                    self.persist(ctx);
                }
            }
            Command::SetRoutineFolder(folder) => self.routine_folder = folder,
            Command::ScanRoutineFolder => self.scan_routine_folder(),
            Command::ExportRoutine(routine) => {
                let folder = PathBuf::from(self.routine_folder.trim());
                self.routine_message = Some(
                    match routines::export_to(&self.catalogue, &self.user, routine, &folder) {
                        Ok(path) => RoutineMessage::Done(format!(
                            "Saved to {}. Hand this file on; it holds the routine and your favourites.",
                            path.display()
                        )),
                        Err(message) => RoutineMessage::Problems(
                            "Nothing was exported.".to_owned(),
                            vec![message],
                        ),
                    },
                );
                self.scan_routine_folder();
            }
            Command::ImportRoutine(path) => {
                self.routine_message = Some(
                    match routines::import_from(&self.catalogue, &mut self.user, &path) {
                        Ok(imported) => {
                            let favourites = match imported.new_favourites {
                                0 => String::new(),
                                1 => " and 1 new favourite".to_owned(),
                                n => format!(" and {n} new favourites"),
                            };
                            let message = format!(
                                "Imported '{}' with {} techniques{favourites}.",
                                imported.name, imported.techniques
                            );
                            self.show_own_routine(imported.routine);
                            self.refresh_derived();
                            self.persist(ctx);
                            RoutineMessage::Done(message)
                        }
                        Err(ImportError::Read(message)) => RoutineMessage::Problems(
                            "Nothing was imported.".to_owned(),
                            vec![message],
                        ),
                        Err(ImportError::Invalid(diagnostics)) => RoutineMessage::Problems(
                            format!(
                                "Nothing was imported: the file has {} to fix first.",
                                if diagnostics.len() == 1 {
                                    "1 problem".to_owned()
                                } else {
                                    format!("{} problems", diagnostics.len())
                                }
                            ),
                            diagnostics.iter().map(ToString::to_string).collect(),
                        ),
                    },
                );
                self.page = Page::Routines;
            }
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
                } else if let (Page::Player, Some(r)) = (self.page, &self.running_routine) {
                    self.selected_routine = r.routine;
                    self.page = Page::Routines;
                } else if let (Page::Player, Some(s)) = (self.page, &self.session) {
                    self.page = Page::Technique(s.technique());
                } else if let Page::RoutineGate(routine) = self.page {
                    self.selected_routine = Some(routine);
                    self.page = Page::Routines;
                } else if self.page == Page::Routines && self.confirm_delete.is_some() {
                    self.confirm_delete = None;
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
                // A new run, logged on its own when it ends.
                self.logged = None;
                self.pain = (None, None);
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

    /// Logs the run once it has ended: finished, or stopped after at
    /// least one step. Pain ratings given afterwards update the entry.
    fn log_if_ended(&mut self, ctx: &egui::Context) {
        let Some(s) = &self.session else { return };
        if self.logged.is_some()
            || s.status() != Status::Finished
            || (s.was_stopped() && s.steps_done() == 0)
        {
            return;
        }
        let Some(technique) = self.catalogue.techniques.get(s.technique()) else {
            return;
        };
        let routine = self.running_routine.as_ref();
        self.user.history.push(HistoryEntry {
            ended_unix_secs: crate::store::unix_now(),
            technique: routine.is_none().then(|| technique.id.clone()),
            routine: routine.map(|r| r.id.clone()),
            routine_name: routine.map(|r| r.name.clone()),
            active_secs: s.active_time(self.clock.now()).as_secs(),
            steps_done: u32::try_from(s.steps_done()).unwrap_or(u32::MAX),
            pain_before: self.pain.0,
            pain_after: self.pain.1,
            // The map's selection says where it hurt for a technique
            // picked there; a routine is not.
            region: self
                .selected
                .filter(|_| routine.is_none())
                .and_then(|r| self.catalogue.regions.get(r))
                .map(|r| r.id.clone()),
        });
        self.logged = Some(self.user.history.len() - 1);
        self.persist(ctx);
    }

    fn show_own_routine(&mut self, index: usize) {
        self.selected_routine = Some(RoutineRef::Mine(index));
        self.confirm_delete = None;
        self.page = Page::Routines;
    }

    /// Lists the routine files in the routine folder (on opening the page
    /// and after an export, never per frame).
    fn scan_routine_folder(&mut self) {
        let folder = PathBuf::from(self.routine_folder.trim());
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| {
                        p.is_file()
                            && p.file_name().is_some_and(|n| {
                                n.to_string_lossy()
                                    .ends_with(crate::content::ROUTINE_FILE_SUFFIX)
                            })
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        self.routine_files = files;
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
        let typing = ui.ctx().text_edit_focused() || self.typing_last_frame;
        let in_player = self.page == Page::Player;
        ui::shortcuts::shortcuts(ui, self.show_help, in_player, typing, &mut commands);
        // A routine file dropped on the window is imported, one at a time,
        // and never in the middle of a run.
        let running = in_player
            && self
                .session
                .as_ref()
                .is_some_and(|s| s.status() != Status::Finished);
        if let Some(file) = ui.input(|i| i.raw.dropped_files.first().cloned())
            && !running
        {
            commands.push(Command::ImportRoutine(file.path().to_path_buf()));
        }
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
                Page::Routines => ui::routines_page::routines_page_ui(ui, self, &mut commands),
                Page::RoutineGate(routine) => {
                    ui::safety_gate::routine_gate_ui(ui, self, routine, &mut commands)
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
        self.typing_last_frame = ui.ctx().text_edit_focused();
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

    /// Saves a routine name still being typed when the window closed.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if self.name_unsaved
            && let Some(store) = &self.store
            && let Err(err) = store.save(&self.user)
        {
            log::warn!("the routine name could not be saved on exit: {err}");
        }
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
