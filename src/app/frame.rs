//! One frame, as a table of contents: keys, the top bar, the side panel,
//! the page, the help overlay; then what they asked for is applied and the
//! saver is given its chance. Also opening the window.

use super::{ReliefApp, Saved, prefs};
use crate::content::TechniqueId;
use crate::content::quarantine::Quarantine;
use crate::content::{Catalogue, ContentFile, PackFolder, RejectedPack};
use crate::state::command::{Commands, RoutineCommand};
use crate::state::nav::Page;
use crate::ui::widgets::{a11y, heading};
use crate::ui::{Shared, keys, pages, panels};
use egui::accesskit::Role;

impl eframe::App for ReliefApp {
    /// Runs even while the window is minimised (when a repaint was asked
    /// for), so the timer's cues still play.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.tick_in_logic(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    /// The ground under the see-through panels, as the window's clear.
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        crate::ui::theme::ground(visuals).to_normalized_gamma_f32()
    }

    /// Writes what is not saved yet, the window size included.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save_on_exit();
    }
}

impl ReliefApp {
    /// Draws one frame and applies what it asked for.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        ui.ctx()
            .accesskit_node_builder(egui::accesskit_root_id(), |node| {
                node.set_label("Relief Map");
            });
        self.take_loaded_packs();
        self.take_read_years();
        self.voices.poll();
        self.tick_in_frame(ui.ctx());
        let mut commands = Commands::default();
        let typing = ui.ctx().text_edit_focused() || self.typing_last_frame;
        keys::handle_keys(
            ui,
            &keys::KeyState::new(
                &self.nav,
                typing,
                self.run.asking_pain_before || self.run.asking_pain_after(),
                &self.library.catalogue.views,
            ),
            &mut commands,
        );
        self.dropped_file(ui, &mut commands);
        // A new page takes the focus to its heading, so a screen reader
        // reads it (however the page was opened).
        // The pain question before a run and the finish screen count as
        // pages of their own.
        let finished = self
            .run
            .session
            .as_ref()
            .is_some_and(|s| s.status() == crate::logic::session::Status::Finished);
        let page = (self.nav.page(), self.run.asking_pain_before, finished);
        if self.page_drawn != Some(page) {
            self.page_drawn = Some(page);
            self.announcer.page_changed();
            heading::request_page_focus(ui.ctx());
        }
        self.grounded_ui(ui, |app, ui| app.panels_ui(ui, &mut commands));
        heading::clear_page_focus(ui.ctx());
        for command in commands.take() {
            self.apply(command, ui.ctx());
        }
        // Prompts reach screen readers through the focused node; in the
        // player, the focus never falls off it.
        let fallback = (self.nav.page() == Page::Player)
            .then(|| crate::ui::pages::player::fallback_focus(ui.ctx()))
            .flatten();
        self.announcer.end_frame(ui.ctx(), fallback);
        self.typing_last_frame = ui.ctx().text_edit_focused();
        self.track_window_size(ui.ctx());
        self.save_if_due(ui.ctx());
    }

    /// Runs `add` over the window's ground. The panels are see-through;
    /// the ground is the native window's clear colour, or painted here
    /// when there is none (test harnesses). It is recorded in the UI stack
    /// so scroll areas still fade their edges into it.
    fn grounded_ui(&mut self, ui: &mut egui::Ui, add: impl FnOnce(&mut Self, &mut egui::Ui)) {
        let ground = crate::ui::theme::ground(ui.visuals());
        if !self.ground_cleared {
            ui.painter().rect_filled(ui.max_rect(), 0.0, ground);
        }
        let info = egui::UiStackInfo::default().with_frame(egui::Frame::NONE.fill(ground));
        ui.scope_builder(egui::UiBuilder::new().ui_stack_info(info), |ui| {
            add(self, ui)
        });
    }

    /// The top bar, the side panel (beside the map and technique pages),
    /// the banners and the page, and the help overlay.
    fn panels_ui(&mut self, ui: &mut egui::Ui, commands: &mut Commands) {
        let page = self.nav.page();
        let unacknowledged = match page {
            Page::RoutineGate(routine) => self.unacknowledged(routine),
            _ => Vec::new(),
        };
        let shared = Shared {
            catalogue: &self.library.catalogue,
            layout: &self.library.layout,
            caches: &self.caches,
            user: &self.user,
        };
        let favourites = shared.caches.favourites.len();
        // A run in a short window (a small screen, large text) gets the
        // whole height: the top bar waits until it is stopped.
        let short = ui.ctx().content_rect().height() < crate::ui::theme::COMPACT_WINDOW_HEIGHT;
        if !(short && page == Page::Player && self.run.is_playing()) {
            panels::top_bar::top_bar_ui(
                ui,
                &self.library.catalogue.views,
                &self.nav,
                favourites,
                commands,
            );
        }
        // Beside the map and a technique; in a narrow window under the map,
        // and a technique's page takes the whole width.
        let narrow = panels::side_panel::is_narrow(ui.ctx());
        let side_panel = match page {
            Page::Map if narrow => Some(panels::side_panel::reserve_bottom_panel_ui(ui)),
            Page::Map | Page::Technique(_) if !narrow => {
                Some(panels::side_panel::reserve_side_panel_ui(ui))
            }
            _ => None,
        };
        let mut inputs = PageInputs {
            shared,
            nav: &self.nav,
            run: &self.run,
            now: self.clock.now(),
            unacknowledged: &unacknowledged,
            forms: &mut self.forms,
            speech_engine: self.speaker.engine_label(),
            voices: self.voices.voices(),
            data_folder: self.data_folder.as_deref(),
        };
        egui::CentralPanel::default_margins().show(ui, |ui| {
            a11y::region_ui(ui, Role::Main, "Page", |ui| {
                panels::banner::banners_ui(ui, &self.notices, self.saver.error(), commands);
                // Each visit of a page draws under its own id: opened anew it
                // starts at its top, after Back it is where it was left.
                ui.push_id(("page visit", self.nav.visit()), |ui| {
                    page_ui(ui, page, &mut inputs, commands);
                });
            });
        });
        // After the page: Tab goes top bar → page (the map) → this panel.
        if let Some(rect) = side_panel {
            let shared = &inputs.shared;
            panels::side_panel::side_panel_ui(ui, rect, shared, &self.nav, commands);
        }
        if self.nav.show_help {
            panels::help::help_ui(ui, commands);
        }
    }

    /// A routine file dropped on the window is imported, one at a time, and
    /// never in the middle of a run (read in the command's handling).
    fn dropped_file(&self, ui: &egui::Ui, commands: &mut Commands) {
        if self.run.is_playing() && self.nav.page() == Page::Player {
            return;
        }
        if let Some(path) =
            ui.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_path_buf()))
        {
            commands.push(RoutineCommand::ImportFile(path));
        }
    }

    /// Imports a routine file as dropping it on the window does: a good
    /// file is added, a bad one's problems are shown on the Routines page.
    pub fn import_routine_file(&mut self, path: &std::path::Path, ctx: &egui::Context) {
        self.apply(RoutineCommand::ImportFile(path.to_path_buf()), ctx);
    }
}

/// What the pages read, borrowed from the app for one frame.
struct PageInputs<'a> {
    shared: Shared<'a>,
    nav: &'a crate::state::nav::Nav,
    run: &'a crate::state::run::Run,
    now: std::time::Duration,
    /// Techniques of the routine on its safety gate never started before.
    unacknowledged: &'a [TechniqueId],
    forms: &'a mut crate::ui::Forms,
    /// The speech engine's name, and the voices it offers (Settings).
    speech_engine: Option<&'a str>,
    voices: Option<&'a [crate::platform::speech::VoiceInfo]>,
    data_folder: Option<&'a std::path::Path>,
}

/// The page on screen.
fn page_ui(ui: &mut egui::Ui, page: Page, inputs: &mut PageInputs, commands: &mut Commands) {
    let shared = &inputs.shared;
    match page {
        Page::Map => pages::map::map_page_ui(ui, shared, inputs.nav, commands),
        Page::Technique(index) => {
            let choices = &inputs.run.choices;
            pages::technique::technique_page_ui(ui, shared, index, choices, commands);
        }
        Page::SafetyGate(index) => {
            pages::safety_gate::technique_gate_ui(ui, shared, index, commands);
        }
        Page::RoutineGate(routine) => {
            let techniques = inputs.unacknowledged;
            pages::safety_gate::routine_gate_ui(ui, shared, routine, techniques, commands);
        }
        Page::Player => {
            let (run, selected) = (inputs.run, inputs.nav.selected);
            pages::player::player_page_ui(ui, shared, run, selected, inputs.now, commands);
        }
        Page::Safety => pages::safety::safety_page_ui(ui, shared.catalogue),
        Page::Favourites => pages::favourites::favourites_page_ui(ui, shared, commands),
        Page::Routines => {
            let selected = inputs.nav.selected_routine;
            let form = &mut inputs.forms.routines;
            pages::routines::routines_page_ui(ui, shared, selected, form, commands);
        }
        Page::History => pages::history::history_page_ui(ui, shared, &mut inputs.forms.history),
        Page::Settings => {
            let speech = pages::settings::SettingsInfo {
                engine: inputs.speech_engine,
                voices: inputs.voices,
                data_folder: inputs.data_folder,
                share_folder: &inputs.forms.routines.folder,
                data_form: &inputs.forms.data,
            };
            pages::settings::settings_page_ui(ui, &shared.user.settings, &speech, commands);
        }
    }
}

/// The window icon, drawn for the app and shipped in `assets/`.
fn icon() -> Option<egui::IconData> {
    let bytes = include_bytes!("../../assets/icon.png");
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

/// Opens the main window with the base content; the packs in `packs` join
/// it from a background thread when they are read and checked (marked in
/// the state folder while they load, when this window may write there).
pub fn run_window(
    base: Vec<ContentFile>,
    catalogue: Catalogue,
    packs: Vec<PackFolder>,
    saved: Saved,
) -> eframe::Result {
    let quarantine = saved
        .store
        .as_ref()
        .filter(|store| !store.is_read_only())
        .map(|store| Quarantine::new(store.dir()));
    let size = prefs::window_size(saved.state.settings.window_size);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Relief Map")
        .with_app_id("reliefmap")
        .with_inner_size(size)
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
        Box::new(move |cc| {
            let mut app = ReliefApp::new(cc, catalogue, Vec::<RejectedPack>::new(), saved);
            app.ground_cleared = true;
            if !packs.is_empty() {
                app.library
                    .load_packs_in_background(base, packs, quarantine);
                app.notices.packs_loading = true;
            }
            Ok(Box::new(app))
        }),
    )
}
