//! A guided run through one technique, or a routine of several played back
//! to back: their steps flattened into phases (timed, reps, sets with rest,
//! holds, side switches, the pause between techniques) and a timer driven by
//! an injected [`Clock`]. Pure logic: no egui, no sound; it returns [`Cue`]s
//! for the UI to show and play.
//!
//! Time is always derived from the clock, never accumulated from frame
//! deltas: a phase that ended during a frame stall ends at its exact time and
//! the next one starts there, so nothing drifts.
//!
//! - `plan`: steps flattened into phases, and the cues;
//! - `clock`: the real clock and a fake one for tests.

mod clock;
mod plan;

use std::time::Duration;

#[cfg(any(test, feature = "test-support"))]
pub use clock::FakeClock;
pub use clock::{Clock, SystemClock};
pub use plan::{Choices, Cue, Phase, PhaseKind, SideOf, plan, plan_run};

use crate::content::{INSTRUCTION_ESTIMATE_SECS, SECS_PER_REP, Technique, TechniqueId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Running,
    Paused,
    Finished,
}

/// A run in progress.
#[derive(Clone, Debug)]
pub struct Session {
    /// Catalogue indices of the techniques, in playing order.
    items: Vec<TechniqueId>,
    phases: Vec<Phase>,
    /// Seconds per phase, after ±30 s adjustments (0 for manual phases).
    durations: Vec<u32>,
    current: usize,
    /// Clock time at which the current phase started, moved forward by pauses.
    phase_start: Duration,
    paused_at: Option<Duration>,
    started_at: Duration,
    paused_total: Duration,
    finished_at: Option<Duration>,
    reps_done: u32,
    pace_secs: Option<u32>,
    /// Every pass of a step the plan holds (a per-side step has two, left
    /// and right), in playing order, with whether it was finished: counts
    /// that stay true when a run stops after the left side.
    passes: Vec<(StepPass, bool)>,
    /// Ended with Stop rather than by finishing.
    stopped: bool,
}

impl Session {
    pub fn start(
        technique_index: TechniqueId,
        technique: &Technique,
        choices: &Choices,
        now: Duration,
    ) -> Self {
        Self::start_run(&[(technique_index, technique)], choices, 0, now)
    }

    /// Starts techniques (catalogue index and technique) back to back.
    pub fn start_run(
        items: &[(TechniqueId, &Technique)],
        choices: &Choices,
        transition_secs: u32,
        now: Duration,
    ) -> Self {
        let techniques: Vec<&Technique> = items.iter().map(|(_, t)| *t).collect();
        let phases = plan_run(&techniques, choices, transition_secs);
        let passes = step_passes(&phases);
        let durations = phases
            .iter()
            .map(|p| match p.kind {
                PhaseKind::Timed { secs }
                | PhaseKind::Rest { secs }
                | PhaseKind::Hold { secs }
                | PhaseKind::Release { secs }
                | PhaseKind::GetReady { secs }
                | PhaseKind::Transition { secs } => secs,
                PhaseKind::Instruction | PhaseKind::Reps { .. } => 0,
            })
            .collect();
        Self {
            items: items.iter().map(|(index, _)| *index).collect(),
            durations,
            phases,
            current: 0,
            phase_start: now,
            paused_at: None,
            started_at: now,
            paused_total: Duration::ZERO,
            finished_at: None,
            reps_done: 0,
            pace_secs: choices.pace_secs.filter(|&s| s > 0),
            passes,
            stopped: false,
        }
    }

    /// Catalogue indices of the techniques, in playing order.
    pub fn items(&self) -> &[TechniqueId] {
        &self.items
    }

    /// Whether this run plays more than one technique.
    pub fn is_routine(&self) -> bool {
        self.items.len() > 1
    }

    /// Position in [`Self::items`] of the technique being played (the last
    /// one once finished).
    pub fn current_item(&self) -> usize {
        self.current().map_or(0, |p| p.item)
    }

    /// Catalogue index of the technique being played, or coming up next
    /// during a transition.
    pub fn technique(&self) -> TechniqueId {
        self.items
            .get(self.current_item())
            .or(self.items.first())
            .copied()
            .unwrap_or(TechniqueId::from(0))
    }

    pub fn status(&self) -> Status {
        if self.finished_at.is_some() {
            Status::Finished
        } else if self.paused_at.is_some() {
            Status::Paused
        } else {
            Status::Running
        }
    }

    pub fn phases(&self) -> &[Phase] {
        &self.phases
    }

    pub fn current_index(&self) -> usize {
        self.current
    }

    pub fn current(&self) -> Option<&Phase> {
        self.phases.get(self.current)
    }

    pub fn reps_done(&self) -> u32 {
        self.reps_done
    }

    pub fn pace_secs(&self) -> Option<u32> {
        self.pace_secs
    }

    /// Whether the run ended with Stop.
    pub fn was_stopped(&self) -> bool {
        self.stopped
    }

    /// Step passes finished (each side of a per-side step counts once).
    pub fn steps_done(&self) -> usize {
        self.passes.iter().filter(|(_, done)| *done).count()
    }

    /// Step passes the run holds.
    pub fn steps_total(&self) -> usize {
        self.passes.len()
    }

    /// Whether some step is done on each side, so counts say so.
    pub fn has_sides(&self) -> bool {
        self.passes.iter().any(|(pass, _)| pass.side.is_some())
    }

    /// Techniques whose every step pass was finished.
    pub fn techniques_done(&self) -> usize {
        (0..self.items.len())
            .filter(|&item| {
                self.passes
                    .iter()
                    .filter(|(pass, _)| pass.item == item)
                    .all(|(_, done)| *done)
            })
            .count()
    }

    /// The clock as the session sees it: frozen while paused.
    fn effective(&self, now: Duration) -> Duration {
        self.finished_at
            .or(self.paused_at)
            .unwrap_or(now)
            .max(self.phase_start)
    }

    /// Seconds the current phase runs for, if it runs by itself.
    fn phase_secs(&self, index: usize) -> Option<u32> {
        match self.phases.get(index)?.kind {
            PhaseKind::Instruction => None,
            PhaseKind::Reps { target } => self.pace_secs.map(|pace| target * pace),
            _ => self.durations.get(index).copied(),
        }
    }

    pub fn phase_elapsed(&self, now: Duration) -> Duration {
        self.effective(now) - self.phase_start
    }

    /// Time left in the current phase, if it counts down.
    pub fn phase_remaining(&self, now: Duration) -> Option<Duration> {
        let total = Duration::from_secs(u64::from(self.phase_secs(self.current)?));
        Some(total.saturating_sub(self.phase_elapsed(now)))
    }

    /// Fraction of the current phase done, if it counts down.
    pub fn phase_progress(&self, now: Duration) -> Option<f32> {
        let total = self.phase_secs(self.current)?;
        if total == 0 {
            return Some(1.0);
        }
        Some((self.phase_elapsed(now).as_secs_f32() / total as f32).clamp(0.0, 1.0))
    }

    /// Time spent on the technique, pauses excluded.
    pub fn active_time(&self, now: Duration) -> Duration {
        let end = self.finished_at.or(self.paused_at).unwrap_or(now);
        end.saturating_sub(self.started_at)
            .saturating_sub(self.paused_total)
    }

    /// Estimated time left for the whole technique.
    pub fn remaining_secs(&self, now: Duration) -> u32 {
        if self.finished_at.is_some() {
            return 0;
        }
        let current = match self.phase_remaining(now) {
            Some(left) => left.as_secs_f32().ceil() as u32,
            None => self
                .estimate_secs(self.current)
                .saturating_sub(self.reps_done * SECS_PER_REP),
        };
        current
            + (self.current + 1..self.phases.len())
                .map(|i| self.estimate_secs(i))
                .sum::<u32>()
    }

    fn estimate_secs(&self, index: usize) -> u32 {
        match (
            self.phase_secs(index),
            self.phases.get(index).map(|p| &p.kind),
        ) {
            (Some(secs), _) => secs,
            (None, Some(PhaseKind::Reps { target })) => target * SECS_PER_REP,
            _ => INSTRUCTION_ESTIMATE_SECS,
        }
    }

    /// Advances to `now`; returns the cues of every phase that ended, in order.
    pub fn update(&mut self, now: Duration) -> Vec<Cue> {
        let mut cues = Vec::new();
        if self.status() != Status::Running {
            return cues;
        }
        while let Some(secs) = self.phase_secs(self.current) {
            let end = self.phase_start + Duration::from_secs(u64::from(secs));
            if now < end {
                if let (Some(pace), PhaseKind::Reps { target }) =
                    (self.pace_secs, &self.phases[self.current].kind)
                {
                    let counted = (((now - self.phase_start).as_secs() / u64::from(pace)) as u32)
                        .min(*target);
                    if counted > self.reps_done {
                        self.reps_done = counted;
                        cues.push(Cue::Tick);
                    }
                }
                break;
            }
            cues.push(self.end_cue());
            self.advance_to(self.current + 1, end);
            if self.finished_at.is_some() {
                break;
            }
        }
        cues
    }

    /// The cue for the end of the current phase, from what comes next.
    fn end_cue(&self) -> Cue {
        let phase = &self.phases[self.current];
        let Some(next) = self.phases.get(self.current + 1) else {
            return Cue::Finish;
        };
        match (&phase.kind, &next.kind) {
            (_, PhaseKind::Transition { .. }) => Cue::TechniqueEnd,
            (_, PhaseKind::GetReady { .. }) => Cue::SideSwitch,
            (PhaseKind::Rest { .. }, _) => Cue::RestEnd,
            (PhaseKind::Reps { .. }, PhaseKind::Rest { .. }) => Cue::SetEnd,
            (PhaseKind::Reps { .. }, _) if phase.direction == Some((1, 2)) => Cue::OtherDirection,
            (PhaseKind::Hold { .. }, _) => Cue::Release,
            _ => Cue::StepEnd,
        }
    }

    fn advance_to(&mut self, index: usize, at: Duration) {
        if let Some(pass) = self.phases.get(self.current).and_then(StepPass::of) {
            let pass_over = self
                .phases
                .get(index)
                .is_none_or(|next| StepPass::of(next) != Some(pass));
            if pass_over && let Some((_, done)) = self.passes.iter_mut().find(|(p, _)| *p == pass) {
                *done = true;
            }
        }
        self.reps_done = 0;
        if index >= self.phases.len() {
            self.finished_at = Some(at);
            self.paused_at = None;
            return;
        }
        self.current = index;
        self.phase_start = at;
    }

    pub fn pause(&mut self, now: Duration) {
        if self.status() == Status::Running {
            self.paused_at = Some(now);
        }
    }

    pub fn resume(&mut self, now: Duration) {
        if let Some(paused_at) = self.paused_at.take() {
            let paused = now.saturating_sub(paused_at);
            self.phase_start += paused;
            self.paused_total += paused;
        }
    }

    pub fn toggle_pause(&mut self, now: Duration) {
        match self.status() {
            Status::Running => self.pause(now),
            Status::Paused => self.resume(now),
            Status::Finished => {}
        }
    }

    /// Counts one repetition by hand; the last one ends the phase.
    pub fn count_rep(&mut self, now: Duration) -> Vec<Cue> {
        let Some(PhaseKind::Reps { target }) = self.current().map(|p| p.kind.clone()) else {
            return Vec::new();
        };
        if self.status() != Status::Running || self.pace_secs.is_some() {
            return Vec::new();
        }
        self.reps_done += 1;
        if self.reps_done >= target {
            let cue = self.end_cue();
            self.advance_to(self.current + 1, now);
            return vec![cue];
        }
        Vec::new()
    }

    /// First phase of the part (step and side) that `index` belongs to.
    fn segment_start(&self, index: usize) -> usize {
        let key = |p: &Phase| {
            let class = match p.kind {
                PhaseKind::GetReady { .. } => 1,
                PhaseKind::Transition { .. } => 2,
                _ => 0,
            };
            (p.item, p.step, p.side, class)
        };
        let Some(phase) = self.phases.get(index) else {
            return index;
        };
        let mut start = index;
        while start > 0 && key(&self.phases[start - 1]) == key(phase) {
            start -= 1;
        }
        start
    }

    /// Skips to the next part; finishes after the last.
    pub fn next(&mut self, now: Duration) -> Vec<Cue> {
        if self.finished_at.is_some() {
            return Vec::new();
        }
        let start = self.segment_start(self.current);
        let mut next = self.current + 1;
        while next < self.phases.len() && self.segment_start(next) == start {
            next += 1;
        }
        let now = self.effective(now);
        let cue = match self.phases.get(next).map(|p| &p.kind) {
            None => Cue::Finish,
            Some(PhaseKind::Transition { .. }) => Cue::TechniqueEnd,
            Some(_) => Cue::StepEnd,
        };
        self.advance_to(next, now);
        vec![cue]
    }

    /// Back to the start of this part, or to the previous part when this one
    /// has only just begun.
    pub fn previous(&mut self, now: Duration) {
        if self.finished_at.is_some() {
            return;
        }
        let now = self.effective(now);
        let start = self.segment_start(self.current);
        let target = if start == self.current
            && self.phase_elapsed(now) < Duration::from_secs(3)
            && start > 0
        {
            self.segment_start(start - 1)
        } else {
            start
        };
        self.current = target;
        self.phase_start = now;
        self.reps_done = 0;
    }

    /// Starts again from the first step.
    pub fn restart(&mut self, now: Duration) {
        self.current = 0;
        self.phase_start = now;
        self.started_at = now;
        self.paused_at = None;
        self.paused_total = Duration::ZERO;
        self.finished_at = None;
        self.reps_done = 0;
        self.stopped = false;
        self.passes.iter_mut().for_each(|(_, done)| *done = false);
    }

    /// Ends the run now.
    pub fn stop(&mut self, now: Duration) {
        if self.finished_at.is_none() {
            self.finished_at = Some(self.effective(now));
            self.paused_at = None;
            self.stopped = true;
        }
    }

    /// Turns the pace on or off mid-run, keeping the repetitions counted.
    pub fn set_pace(&mut self, now: Duration, pace_secs: Option<u32>) {
        let pace_secs = pace_secs.filter(|&s| s > 0);
        if pace_secs == self.pace_secs {
            return;
        }
        self.pace_secs = pace_secs;
        if let Some(pace) = pace_secs {
            let counted = Duration::from_secs(u64::from(self.reps_done * pace));
            self.phase_start = self.effective(now).saturating_sub(counted);
        }
    }

    /// Whether the current phase can be lengthened or shortened.
    pub fn is_adjustable(&self) -> bool {
        matches!(
            self.current().map(|p| &p.kind),
            Some(PhaseKind::Timed { .. } | PhaseKind::Rest { .. } | PhaseKind::Hold { .. })
        )
    }

    /// Adds (or with a negative value removes) seconds from the current
    /// timed phase. It keeps at least 5 s beyond what has already passed.
    pub fn adjust(&mut self, now: Duration, delta_secs: i32) {
        if !self.is_adjustable() || self.finished_at.is_some() {
            return;
        }
        let elapsed = self.phase_elapsed(now).as_secs() as i64;
        let current = i64::from(self.durations[self.current]);
        let wanted = (current + i64::from(delta_secs)).clamp(elapsed + 5, 3600);
        self.durations[self.current] = u32::try_from(wanted).unwrap_or(3600);
    }

    /// How long until something on screen changes (the next whole second of a
    /// countdown, a pace tick, the end of a phase); `None` when nothing moves.
    pub fn next_change_in(&self, now: Duration) -> Option<Duration> {
        if self.status() != Status::Running {
            return None;
        }
        let remaining = self.phase_remaining(now)?;
        let to_next_second = Duration::from_nanos(u64::from(remaining.subsec_nanos()));
        let wait = if to_next_second.is_zero() {
            Duration::from_secs(1)
        } else {
            to_next_second
        };
        Some(wait.min(remaining).max(Duration::from_millis(10)))
    }
}

/// One pass of a step: a per-side step is done twice, once a side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct StepPass {
    item: usize,
    step: usize,
    side: Option<SideOf>,
}

impl StepPass {
    /// The pass a phase belongs to; none for getting ready (between sides
    /// or techniques), which is no step of its own.
    fn of(phase: &Phase) -> Option<Self> {
        (!matches!(
            phase.kind,
            PhaseKind::Transition { .. } | PhaseKind::GetReady { .. }
        ))
        .then_some(Self {
            item: phase.item,
            step: phase.step,
            side: phase.side,
        })
    }
}

/// Every step pass of a plan, once each, in playing order, none done.
fn step_passes(phases: &[Phase]) -> Vec<(StepPass, bool)> {
    let mut passes: Vec<(StepPass, bool)> = Vec::new();
    for pass in phases.iter().filter_map(StepPass::of) {
        if !passes.iter().any(|(p, _)| *p == pass) {
            passes.push((pass, false));
        }
    }
    passes
}
