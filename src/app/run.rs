//! Applying run commands: starting a technique or routine (through the
//! safety gate), the player's actions, the timer's tick and its cues, and
//! logging a run that ended.

use super::ReliefApp;
use crate::content::TechniqueId;
use crate::logic::routines::{self, RoutineRef};
use crate::logic::session::{Choices, Cue, Session, Status};
use crate::logic::store::{HistoryEntry, unix_now};
use crate::state::command::{PlayerAction, RunCommand};
use crate::state::nav::Page;
use crate::state::run::{FLASH, RunningRoutine};

/// What the live region says when N or Space is pressed at the pain
/// question.
const PAIN_KEYS_HINT: &str = "To answer, press a number from 0 to 10 (1 then 0 for 10). To skip the question, press Shift+N.";

impl ReliefApp {
    pub(super) fn apply_run(&mut self, command: RunCommand, ctx: &egui::Context) {
        let catalogue = &self.library.catalogue;
        match command {
            RunCommand::Start(index) => match catalogue.techniques.get(index) {
                Some(t) if self.user.acknowledged.contains(&t.id) => self.begin_technique(index),
                Some(_) => self.nav.open(Page::SafetyGate(index)),
                None => {}
            },
            RunCommand::AcknowledgeAndStart(index) => {
                if let Some(t) = catalogue.techniques.get(index) {
                    let id = t.id.clone();
                    self.edit_user().acknowledged.insert(id);
                    self.begin_technique(index);
                }
            }
            RunCommand::StartRoutine(routine) => {
                if self.unacknowledged(routine).is_empty() {
                    self.begin_routine(routine);
                } else {
                    self.nav.open(Page::RoutineGate(routine));
                }
            }
            RunCommand::AcknowledgeAndStartRoutine(routine) => {
                let ids: Vec<String> = self
                    .unacknowledged(routine)
                    .into_iter()
                    .map(|i| catalogue.techniques[i].id.clone())
                    .collect();
                self.edit_user().acknowledged.extend(ids);
                self.begin_routine(routine);
            }
            RunCommand::Player(action) => self.player_action(action, ctx),
            RunCommand::ChooseDuration { step, secs } => {
                let timed = &mut self.run.choices.timed_secs;
                if timed.len() <= step {
                    timed.resize(step + 1, None);
                }
                timed[step] = Some(secs);
            }
            RunCommand::SetPace(pace) => {
                self.run.choices.pace_secs = pace;
                let now = self.clock.now();
                if let Some(session) = self.run.session.as_mut() {
                    session.set_pace(now, pace);
                }
                self.tick(ctx);
            }
            RunCommand::PainBefore { pain, stop_asking } => {
                self.answer_pain_before(pain, stop_asking);
                self.tick(ctx);
            }
            RunCommand::PainDigit(digit) => {
                self.pain_digit(digit, ctx);
                self.tick(ctx);
            }
            RunCommand::SetPain { before, after } => self.set_pain(before, after),
        }
    }

    /// Pain ratings for the run just logged: its diary entry follows.
    fn set_pain(&mut self, before: Option<u8>, after: Option<u8>) {
        self.run.pain = (before.map(|p| p.min(10)), after.map(|p| p.min(10)));
        let pain = self.run.pain;
        // The entry is in the live diary: only past years move out.
        if let Some(key) = self.run.logged
            && self.user.history.iter().any(|e| e.key() == key)
        {
            let history = &mut self.edit_user().history;
            if let Some(entry) = history.iter_mut().rfind(|e| e.key() == key) {
                (entry.pain_before, entry.pain_after) = pain;
            }
            self.refresh_history();
        }
    }

    /// Techniques of a routine whose safety gate was never accepted.
    pub fn unacknowledged(&self, routine: RoutineRef) -> Vec<TechniqueId> {
        let catalogue = &self.library.catalogue;
        routines::info(catalogue, &self.user, routine)
            .map(|info| info.techniques(catalogue))
            .unwrap_or_default()
            .into_iter()
            .filter(|&i| !self.user.acknowledged.contains(&catalogue.techniques[i].id))
            .collect()
    }

    fn begin_technique(&mut self, index: TechniqueId) {
        if let Some(t) = self.library.catalogue.techniques.get(index) {
            let session = Session::start(index, t, &self.run.choices, self.clock.now());
            self.begin(session, None);
        }
    }

    fn begin_routine(&mut self, routine: RoutineRef) {
        let catalogue = &self.library.catalogue;
        let Some(info) = routines::info(catalogue, &self.user, routine) else {
            return;
        };
        let items: Vec<_> = info
            .techniques(catalogue)
            .into_iter()
            .map(|i| (i, &catalogue.techniques[i]))
            .collect();
        if items.is_empty() {
            return;
        }
        // Each technique at its default doses; the pace stays as chosen.
        let choices = Choices {
            timed_secs: Vec::new(),
            pace_secs: self.run.choices.pace_secs,
        };
        let session = Session::start_run(&items, &choices, info.transition_secs, self.clock.now());
        let running = RunningRoutine {
            routine: Some(routine),
            id: info.id.to_owned(),
            name: routines::display_name(info.name).to_owned(),
        };
        self.nav.selected_routine = Some(routine);
        self.begin(session, Some(running));
    }

    fn begin(&mut self, mut session: Session, routine: Option<RunningRoutine>) {
        let ask = self.user.settings.ask_pain_before;
        if ask {
            // Waits, paused, for "how is your pain now?".
            session.pause(self.clock.now());
        }
        let run = &mut self.run;
        run.session = Some(session);
        run.routine = routine;
        run.logged = None;
        run.pain = (None, None);
        run.last_cue = None;
        run.asking_pain_before = ask;
        run.announcement = None;
        self.prompter.reset();
        self.speaker.stop();
        self.nav.open(Page::Player);
    }

    /// A digit for the pain question: 0 and 2 to 9 answer at once; 1 waits
    /// a moment for a 0 (10), and counts as 1 if none comes.
    fn pain_digit(&mut self, digit: u8, ctx: &egui::Context) {
        if !self.run.asking_pain_before && !self.run.asking_pain_after() {
            return;
        }
        let now = self.clock.now();
        match (self.run.pain_digit.take(), digit) {
            (Some(_), 0) => self.answer_pain(10),
            (Some(_), other) => {
                // "1" then another digit: the 1 stands, the new digit starts
                // over (only 1 waits).
                if other == 1 {
                    self.run.pain_digit = Some(now);
                } else {
                    self.answer_pain(other);
                }
            }
            (None, 1) => {
                self.run.pain_digit = Some(now);
                self.run.announcement = Some("1. For 10, press 0 now.".to_owned());
                ctx.request_repaint_after(crate::state::run::PAIN_TEN_WINDOW);
            }
            (None, other) => self.answer_pain(other),
        }
    }

    /// A 1 typed for the pain question stands once no 0 followed in time.
    pub(super) fn settle_pain_digit(&mut self) {
        let now = self.clock.now();
        if let Some(at) = self.run.pain_digit
            && now.saturating_sub(at) >= crate::state::run::PAIN_TEN_WINDOW
        {
            self.run.pain_digit = None;
            self.answer_pain(1);
        }
    }

    /// A pain given by number key: before the run it starts the run; on
    /// the finish screen it is the pain after, kept in the diary entry.
    fn answer_pain(&mut self, pain: u8) {
        if self.run.asking_pain_before {
            self.answer_pain_before(Some(pain), false);
        } else if self.run.asking_pain_after() {
            let before = self.run.pain.0;
            self.set_pain(before, Some(pain));
        }
    }

    /// The pain before the run is answered (or skipped): the run starts.
    fn answer_pain_before(&mut self, pain: Option<u8>, stop_asking: bool) {
        if !self.run.asking_pain_before {
            return;
        }
        self.run.asking_pain_before = false;
        self.run.pain_digit = None;
        self.run.pain.0 = pain.map(|p| p.min(10));
        if stop_asking {
            self.edit_user().settings.ask_pain_before = false;
        }
        let now = self.clock.now();
        if let Some(session) = self.run.session.as_mut() {
            session.restart(now);
        }
    }

    fn player_action(&mut self, action: PlayerAction, ctx: &egui::Context) {
        let now = self.clock.now();
        if self.run.asking_pain_before {
            // N or Space may be meant for the step after: they never skip
            // the question (its own key, Shift+N, does); they say how.
            if matches!(
                action,
                PlayerAction::Next | PlayerAction::CountRep | PlayerAction::CountOrPause
            ) {
                self.run.announcement = Some(PAIN_KEYS_HINT.to_owned());
            }
            let _ = ctx;
            return;
        }
        let Some(session) = self.run.session.as_mut() else {
            return;
        };
        let cues = match action {
            PlayerAction::TogglePause => {
                session.toggle_pause(now);
                let paused = session.status() == Status::Paused;
                if paused {
                    // Pausing stops the voice too.
                    self.speaker.stop();
                }
                self.tell(if paused { "Paused." } else { "Going on." }.to_owned());
                Vec::new()
            }
            PlayerAction::Next => session.next(now),
            PlayerAction::Previous => {
                session.previous(now);
                Vec::new()
            }
            PlayerAction::Restart => {
                session.restart(now);
                // A new run, logged on its own when it ends (the pain
                // given before still holds).
                self.run.logged = None;
                self.run.pain.1 = None;
                self.prompter.reset();
                Vec::new()
            }
            PlayerAction::Stop => {
                session.stop(now);
                self.speaker.stop();
                let words =
                    crate::logic::text::stopped_text(session.steps_done(), session.steps_total());
                self.tell(words);
                Vec::new()
            }
            PlayerAction::CountRep => session.count_rep(now),
            PlayerAction::CountOrPause => {
                let counting = matches!(
                    session.current().map(|p| &p.kind),
                    Some(crate::logic::session::PhaseKind::Reps { .. })
                ) && session.pace_secs().is_none()
                    && session.status() == Status::Running;
                if counting {
                    session.count_rep(now)
                } else {
                    session.toggle_pause(now);
                    let paused = session.status() == Status::Paused;
                    if paused {
                        self.speaker.stop();
                    }
                    self.tell(if paused { "Paused." } else { "Going on." }.to_owned());
                    Vec::new()
                }
            }
            PlayerAction::AdjustSecs(delta) => {
                session.adjust(now, delta);
                Vec::new()
            }
        };
        self.announce(&cues, ctx);
        self.tick(ctx);
    }

    /// [`Self::tick`] from `logic`, which the window runs before each frame
    /// and also while minimised (with no frame after it).
    pub(super) fn tick_in_logic(&mut self, ctx: &egui::Context) {
        self.tick(ctx);
        self.ticked_pass = Some(ctx.cumulative_pass_nr());
    }

    /// [`Self::tick`] from the frame, unless `logic` already did in this
    /// pass (a test harness draws frames without `logic`).
    pub(super) fn tick_in_frame(&mut self, ctx: &egui::Context) {
        if self.ticked_pass != Some(ctx.cumulative_pass_nr()) {
            self.tick(ctx);
        }
    }

    /// Advances the running session, announces what ended, logs a run that
    /// ended, and asks for a frame when something on screen will change.
    pub fn tick(&mut self, ctx: &egui::Context) {
        self.settle_pain_digit();
        let now = self.clock.now();
        let cues = self
            .run
            .session
            .as_mut()
            .map(|s| s.update(now))
            .unwrap_or_default();
        self.announce(&cues, ctx);
        self.speak_prompts(now);
        self.log_if_ended();
        if let Some(wait) = self
            .run
            .session
            .as_ref()
            .and_then(|s| s.next_change_in(now))
        {
            ctx.request_repaint_after(wait);
        }
        // A moving picture asks for its next frame, at a modest rate, only
        // while the player shows it and the run is not paused.
        let moving = self.nav.page() == Page::Player
            && self.run.session.as_ref().is_some_and(|s| {
                let reduce = self.user.settings.reduce_motion;
                let catalogue = &self.library.catalogue;
                crate::logic::illustration::motion_secs(catalogue, reduce, s, now).is_some()
            });
        if moving {
            ctx.request_repaint_after(std::time::Duration::from_secs_f32(
                1.0 / crate::ui::theme::ANIMATION_FPS,
            ));
        }
        if let Some((_, at)) = self.run.last_cue {
            let flash_left = (at + FLASH).saturating_sub(now);
            if !flash_left.is_zero() {
                ctx.request_repaint_after(flash_left);
            }
        }
    }

    /// Says what the guide says now (voice on), and announces it to
    /// screen readers through the player's live region.
    fn speak_prompts(&mut self, now: std::time::Duration) {
        let Some(session) = &self.run.session else {
            return;
        };
        if self.run.asking_pain_before {
            return;
        }
        let routine = self.run.routine.as_ref().map(|r| r.name.as_str());
        let prompts = self
            .prompter
            .update(&self.library.catalogue, session, routine, now);
        if prompts.is_empty() {
            return;
        }
        let settings = &self.user.settings;
        let mut announced = Vec::new();
        for prompt in prompts {
            if settings.voice {
                self.speaker.say(prompt.text.clone(), voice(settings));
            }
            // The finish screen's heading takes the focus and says the
            // last words itself.
            if prompt.kind.is_announced() && prompt.text != crate::logic::text::FINISHED_TEXT {
                announced.push(prompt.text);
            }
        }
        if !announced.is_empty() {
            let text = announced.join(" ");
            self.announcer.say(text.clone());
            self.run.announcement = Some(text);
        }
    }

    /// Says `text` to screen readers (and in the live region), not aloud.
    pub(super) fn tell(&mut self, text: String) {
        self.announcer.say(text.clone());
        self.run.announcement = Some(text);
    }

    /// Says a sample sentence with the voice as set (Settings' test button).
    pub(super) fn test_voice(&self) {
        self.speaker.stop();
        self.speaker.say(
            "Set 2 of 2, 15 times. Halfway. Well done.",
            voice(&self.user.settings),
        );
    }

    fn announce(&mut self, cues: &[Cue], ctx: &egui::Context) {
        let now = self.clock.now();
        let settings = &self.user.settings;
        for &cue in cues {
            let audible = settings.sound && (cue != Cue::Tick || settings.pace_tick);
            if audible {
                self.cues.play(cue, settings.volume());
            }
            if cue != Cue::Tick {
                self.run.last_cue = Some((cue, now));
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

    /// Logs the run once it has ended: finished, or stopped after at
    /// least one step. Pain ratings given afterwards update the entry.
    fn log_if_ended(&mut self) {
        let Some(s) = &self.run.session else { return };
        if self.run.logged.is_some()
            || s.status() != Status::Finished
            || (s.was_stopped() && s.steps_done() == 0)
        {
            return;
        }
        let Some(technique) = self.library.catalogue.techniques.get(s.technique()) else {
            return;
        };
        let routine = self.run.routine.as_ref();
        let entry = HistoryEntry {
            ended_unix_secs: unix_now(),
            technique: routine.is_none().then(|| technique.id.clone()),
            routine: routine.map(|r| r.id.clone()),
            routine_name: routine.map(|r| r.name.clone()),
            active_secs: s.active_time(self.clock.now()).as_secs(),
            steps_done: u32::try_from(s.steps_done()).unwrap_or(u32::MAX),
            pain_before: self.run.pain.0,
            pain_after: self.run.pain.1,
            // The map's selection says where it hurt for a technique
            // picked there; a routine is not.
            region: self
                .nav
                .selected
                .filter(|_| routine.is_none())
                .and_then(|r| self.library.catalogue.regions.get(r))
                .map(|r| r.id.clone()),
            ..Default::default()
        };
        self.run.logged = Some(entry.key());
        self.edit_user().history.push(entry);
        // A long live diary moves a past year out (the entry keeps its key).
        self.archive_if_due();
        self.refresh_history();
    }

    /// Back while a run plays stops it; true when it did.
    pub(super) fn stop_if_playing(&mut self, ctx: &egui::Context) -> bool {
        if self.nav.page() == Page::Player && self.run.is_playing() {
            self.player_action(PlayerAction::Stop, ctx);
            true
        } else {
            false
        }
    }
}

/// The engine's voice from the settings.
fn voice(settings: &crate::logic::store::Settings) -> crate::platform::speech::Voice {
    crate::platform::speech::Voice {
        rate: settings.voice_rate.clamp(-100, 100),
        volume: settings.voice_volume.min(100),
        name: settings.voice_name.clone(),
    }
}
