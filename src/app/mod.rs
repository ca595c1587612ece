//! The eframe app: a few parts, each in its own file, and the frame that
//! draws the panels and applies what they ask for.
//!
//! - [`library`]: the content, its map shapes and search index (packs load
//!   in the background);
//! - `caches` (in [`crate::state::caches`]): everything derived, rebuilt only
//!   when its inputs change;
//! - `nav`, `run`: where the person is, and the running session;
//! - `user` and the saver: the saved state, written off the UI thread;
//! - [`prefs`]: theme, sound, window size.
//!
//! Each group of commands is applied by its own function: [`navigate`],
//! [`run`], [`routines`], [`prefs`].

mod data;
mod diary;
mod frame;
pub mod library;
mod navigate;
pub mod prefs;
mod routines;
mod run;

use crate::content::TechniqueId;
use crate::logic::prompts::Prompter;
use crate::platform::speech::Speaker;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{FixedOffset, Local, NaiveDate, Offset};

use crate::content::{Catalogue, RejectedPack};
use crate::logic::saver::{Saver, Tracked};
use crate::logic::session::{Clock, SystemClock};
use crate::logic::store::{OpenNotice, Store, UserState};
use crate::platform::cues::CuePlayer;
use crate::state::caches::Caches;
use crate::state::command::Command;
use crate::state::nav::{Nav, Page};
use crate::state::notices::Notices;
use crate::state::run::Run;
use crate::ui::Forms;
use library::Library;

pub use frame::run_window;

/// The state file and what opening it found, handed to the app at start.
pub struct Saved {
    pub store: Option<Store>,
    pub state: UserState,
    /// Messages for a banner (file set aside, read-only, folder unusable).
    pub notices: Vec<String>,
    /// Where a copy of unsaved changes is kept when the window closes
    /// after a failed save (in the cache folder), and looked for at start.
    pub recovery_folder: Option<PathBuf>,
}

impl Saved {
    /// Nothing saved and nothing to say (tests, benchmarks).
    pub fn in_memory() -> Self {
        Self {
            store: None,
            state: UserState::default(),
            notices: Vec::new(),
            recovery_folder: None,
        }
    }

    /// Opens the state folder (`--state-dir`, `RELIEFMAP_STATE_DIR` or the
    /// platform data folder), with recovery copies in the platform cache.
    pub fn open(dir: Option<&Path>) -> Self {
        Self::open_with_cache(dir, crate::platform::paths::cache_dir().as_deref())
    }

    /// As [`Self::open`], with recovery copies under `cache_dir`.
    pub fn open_with_cache(dir: Option<&Path>, cache_dir: Option<&Path>) -> Self {
        match dir {
            Some(dir) => {
                let (store, state, notices) = Store::open(dir);
                Self {
                    store: Some(store),
                    state,
                    notices: notices.iter().map(OpenNotice::message).collect(),
                    recovery_folder: cache_dir
                        .map(|cache| crate::logic::recovery::folder(cache, dir)),
                }
            }
            None => Self {
                store: None,
                state: UserState::default(),
                notices: vec![
                    "There is no data folder on this system, so nothing will be saved; \
                    use --state-dir DIR."
                        .to_owned(),
                ],
                recovery_folder: None,
            },
        }
    }
}

pub struct ReliefApp {
    /// The content and what is built from it once.
    library: Library,
    /// Everything derived from the content, the selection and the saved
    /// state; see [`Caches`] for when each part is rebuilt.
    caches: Caches,
    nav: Nav,
    run: Run,
    /// What is saved: favourites, acknowledgements, history, routines and
    /// settings. Changed only through `edit`, which the saver notices.
    user: Tracked<UserState>,
    notices: Notices,
    /// Each page's own form state (typed folder, confirmations).
    forms: Forms,
    saver: Saver,
    cues: CuePlayer,
    /// The voice: the desktop's speech engine, or none.
    speaker: Speaker,
    /// What the guide has said in this run, so each prompt comes once.
    prompter: Prompter,
    /// The voices the engine offers, read on a worker when Settings first
    /// opens.
    voices: crate::platform::speech::VoiceList,
    /// What screen readers hear the app say by itself.
    announcer: crate::ui::widgets::announcer::Announcer,
    /// Where the state file lives (shown in Settings), if anywhere.
    data_folder: Option<PathBuf>,
    clock: Box<dyn Clock>,
    /// A text field had the keyboard at the end of the last frame.
    typing_last_frame: bool,
    /// The pass in which `logic` last advanced the session, so the frame
    /// does not advance it again (the session ticks once a frame).
    ticked_pass: Option<u64>,
    /// The window clears to the ground colour (the native window), so the
    /// frame does not paint it again; off under test harnesses.
    ground_cleared: bool,
    /// The page drawn last frame (and whether it was the pain question or
    /// the finish screen): a new one takes the focus to its heading.
    page_drawn: Option<(Page, bool, bool)>,
    /// Archived diary years still being read in the background.
    archive_reader: Option<std::sync::mpsc::Receiver<diary::YearRead>>,
    /// Where a copy of unsaved changes goes if the window closes after a
    /// failed save.
    recovery_folder: Option<PathBuf>,
    /// The last save on closing has been done (it is done once).
    closed: bool,
}

impl ReliefApp {
    /// The app in its window: theme and sizes applied, the saved state
    /// taken over, cue sounds on.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        catalogue: Catalogue,
        rejected_packs: Vec<RejectedPack>,
        saved: Saved,
    ) -> Self {
        crate::ui::theme::apply(&cc.egui_ctx);
        // Pictures in content packs load through egui's own loaders.
        egui_extras::install_image_loaders(&cc.egui_ctx);
        let mut app = Self::with_catalogue(catalogue, rejected_packs);
        app.load(saved, &cc.egui_ctx);
        let sounds = crate::platform::paths::cache_dir()
            .unwrap_or_else(std::env::temp_dir)
            .join("cues");
        app.cues = CuePlayer::new(sounds);
        // Logs one line when the desktop has no speech engine.
        app.speaker = Speaker::detect();
        app
    }

    /// Speaks through `speaker` from now on (tests record what is said).
    pub fn set_speaker(&mut self, speaker: Speaker) {
        self.speaker = speaker;
    }

    /// The speech engine's name, if there is one.
    pub fn speech_engine(&self) -> Option<&str> {
        self.speaker.engine_label()
    }

    /// The app without a window or saved state, for tests and benchmarks.
    pub fn with_catalogue(catalogue: Catalogue, rejected_packs: Vec<RejectedPack>) -> Self {
        let library = Library::new(catalogue);
        let nav = Nav::default();
        let user = UserState::default();
        let caches = Caches::new(
            &library.catalogue,
            &library.search,
            nav.selected,
            &nav.filter,
            &user,
            today(),
        );
        Self {
            library,
            caches,
            nav,
            run: Run::default(),
            user: Tracked::new(user),
            notices: Notices {
                rejected_packs,
                ..Notices::default()
            },
            forms: Forms::default(),
            saver: Saver::none(),
            cues: CuePlayer::silent(),
            speaker: Speaker::none(),
            prompter: Prompter::default(),
            voices: Default::default(),
            announcer: Default::default(),
            data_folder: None,
            clock: Box::new(SystemClock::default()),
            typing_last_frame: false,
            ticked_pass: None,
            ground_cleared: false,
            page_drawn: None,
            archive_reader: None,
            recovery_folder: None,
            closed: false,
        }
    }

    /// Takes over the saved state, starts the saver and the reading of
    /// the diary's archived years, and offers a recovery copy if one waits.
    pub fn load(&mut self, saved: Saved, ctx: &egui::Context) {
        let Saved {
            store,
            state,
            notices,
            recovery_folder,
        } = saved;
        self.nav.view = self
            .library
            .catalogue
            .view_or_first(&state.settings.last_view);
        self.user = Tracked::new(state);
        self.notices.opening = notices;
        prefs::apply_theme(ctx, self.user.settings.theme);
        self.data_folder = store.as_ref().map(|s| s.dir().to_path_buf());
        ctx.set_zoom_factor(self.user.settings.text_scale());
        if let Some(store) = &store
            && !self.user.archive.is_complete()
        {
            let wake = ctx.clone();
            self.archive_reader = diary::read_years_in_background(
                store.dir().to_path_buf(),
                self.user.archive.unread().iter().copied().collect(),
                !store.is_read_only(),
                move || wake.request_repaint(),
            );
        }
        self.saver = match store {
            Some(store) if !store.is_read_only() => {
                let ctx = ctx.clone();
                Saver::spawn(store, move || ctx.request_repaint())
            }
            _ => Saver::none(),
        };
        self.notices.recovery = recovery_folder
            .as_deref()
            .and_then(crate::logic::recovery::offered);
        self.recovery_folder = recovery_folder;
        self.archive_if_due();
        self.refresh_all_caches();
    }

    #[cfg(any(test, feature = "test-support"))]
    /// Saves through `writer` from now on (tests count the writes).
    pub fn save_with(
        &mut self,
        writer: impl crate::logic::store::StateWriter,
        ctx: &egui::Context,
    ) {
        let ctx = ctx.clone();
        self.saver = Saver::spawn(writer, move || ctx.request_repaint());
    }

    #[cfg(any(test, feature = "test-support"))]
    /// Replaces the clock (tests drive time with a fake one).
    pub fn set_clock(&mut self, clock: Box<dyn Clock>) {
        self.clock = clock;
    }

    #[cfg(any(test, feature = "test-support"))]
    /// Gives the voice list at once (tests never wait on the engine's
    /// worker, whose answer would land in a random frame).
    pub fn set_voices(&mut self, voices: Vec<crate::platform::speech::VoiceInfo>) {
        self.voices = crate::platform::speech::VoiceList::Read(voices);
    }

    pub fn now(&self) -> Duration {
        self.clock.now()
    }

    /// The saved state, to change: it is written within half a second.
    pub fn edit_user(&mut self) -> &mut UserState {
        self.user.edit()
    }

    /// The saved state as it is now.
    pub fn user(&self) -> &UserState {
        &self.user
    }

    /// The content and what is built from it once.
    pub fn library(&self) -> &Library {
        &self.library
    }

    /// The loaded content.
    pub fn catalogue(&self) -> &crate::content::Catalogue {
        &self.library.catalogue
    }

    /// What is derived from the content, the selection and the saved state.
    pub fn caches(&self) -> &Caches {
        &self.caches
    }

    /// Where the person is: the page, the view, the selection.
    pub fn nav(&self) -> &Nav {
        &self.nav
    }

    /// The run playing or just ended.
    pub fn run(&self) -> &Run {
        &self.run
    }

    /// The banners and messages shown.
    pub fn notices(&self) -> &Notices {
        &self.notices
    }

    /// Where the state file lives, if anywhere.
    pub fn data_folder(&self) -> Option<&Path> {
        self.data_folder.as_deref()
    }

    #[cfg(any(test, feature = "test-support"))]
    /// The pages' form state, to fill in as a person would type it.
    pub fn forms_mut(&mut self) -> &mut Forms {
        &mut self.forms
    }

    #[cfg(any(test, feature = "test-support"))]
    /// The library, to load packs from a test's folder.
    pub fn library_mut(&mut self) -> &mut Library {
        &mut self.library
    }

    /// Tells the saver what changed since it last looked.
    fn note_changes(&mut self) {
        if self.user.take_changed() {
            self.saver.mark_dirty();
        }
    }

    /// Why the last save failed, while it keeps failing.
    pub fn save_error(&self) -> Option<&str> {
        self.saver.error()
    }

    /// Applies one command, by the part of the app it changes.
    pub fn apply(&mut self, command: impl Into<Command>, ctx: &egui::Context) {
        match command.into() {
            Command::Nav(c) => self.apply_nav(c, ctx),
            Command::Map(c) => self.apply_map(c),
            Command::Favourite(c) => self.apply_favourite(c),
            Command::Run(c) => self.apply_run(c, ctx),
            Command::Routine(c) => self.apply_routine(c),
            Command::Prefs(c) => self.apply_prefs(c, ctx),
            Command::Data(c) => self.apply_data(c, ctx),
        }
    }

    /// Hands a snapshot to the saver when one is due, and asks for a frame
    /// when the next one will be.
    fn save_if_due(&mut self, ctx: &egui::Context) {
        self.note_changes();
        if let Some(wait) = self.saver.poll(self.clock.now(), &self.user) {
            ctx.request_repaint_after(wait);
        }
    }

    #[cfg(any(test, feature = "test-support"))]
    /// Writes what is waiting now and waits for it (tests that read the
    /// state file).
    pub fn flush_saves(&mut self) {
        self.note_changes();
        self.saver.flush(&self.user);
    }

    /// Writes the state now and waits for it: the window is closing. If
    /// that fails, a copy is kept in the cache folder for the next start.
    pub fn save_on_exit(&mut self) {
        if std::mem::replace(&mut self.closed, true) {
            return;
        }
        self.library.closing();
        self.note_changes();
        if !self.saver.close(&self.user) {
            self.keep_recovery_copy();
        }
    }

    /// Takes over content packs once they are loaded.
    fn take_loaded_packs(&mut self) {
        self.notices.packs_loading = self.library.packs_pending();
        let Some(loaded) = self.library.take_loaded_packs() else {
            return;
        };
        self.notices.packs_loading = false;
        self.notices.rejected_packs = loaded.rejected;
        self.notices.picture_problems = loaded.catalogue.warnings.clone();
        self.library.replace(loaded.catalogue);
        // The view shown at the last close may be a pack's.
        if self.nav.view.saved_name() != self.user.settings.last_view {
            self.nav.view = self
                .library
                .catalogue
                .view_or_first(&self.user.settings.last_view);
        }
        self.refresh_all_caches();
    }

    fn refresh_all_caches(&mut self) {
        self.caches = Caches::new(
            &self.library.catalogue,
            &self.library.search,
            self.nav.selected,
            &self.nav.filter,
            &self.user,
            today(),
        );
    }

    fn refresh_selection(&mut self) {
        self.caches.refresh_selection(
            &self.library.catalogue,
            &self.library.search,
            self.nav.selected,
            &self.nav.filter,
        );
    }

    fn refresh_favourites(&mut self) {
        self.caches
            .refresh_favourites(&self.library.catalogue, &self.user);
    }

    fn refresh_routines(&mut self) {
        self.caches
            .refresh_routines(&self.library.catalogue, &self.user);
    }

    fn refresh_history(&mut self) {
        self.caches
            .refresh_history(&self.library.catalogue, &self.user, today());
    }

    /// Works the history out again if the day changed since it last was
    /// (the app left open past midnight).
    fn refresh_history_if_new_day(&mut self) {
        if self.caches.history_is_stale(today().0) {
            self.refresh_history();
        }
    }

    /// Favourite techniques (indices) in the person's order.
    pub fn favourites(&self) -> &[TechniqueId] {
        &self.caches.favourites
    }

    pub fn is_favourite(&self, technique: TechniqueId) -> bool {
        self.caches.favourites.contains(&technique)
    }
}

impl Drop for ReliefApp {
    /// Whatever ends the app (the window closing, a test dropping it),
    /// changes not written yet are written before it goes.
    fn drop(&mut self) {
        self.save_on_exit();
    }
}

/// Today's date and the local time zone, for the diary.
fn today() -> (NaiveDate, FixedOffset) {
    let now = Local::now();
    (now.date_naive(), now.offset().fix())
}
