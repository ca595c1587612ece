//! What the guide says at each moment of a run, in words: the step as it
//! begins (with its side, set and count), "halfway", "10 seconds left",
//! "switch to the right ankle", the count at the pace, "last one", "rest
//! 30 seconds", "well done". The same words are spoken (when the voice is
//! on) and announced to screen readers, so both hear the same thing at the
//! same moment. Pure: it reads the session and remembers what it has said.

use std::time::Duration;

use crate::content::{Catalogue, Step, Technique};
use crate::logic::session::{Phase, PhaseKind, Session, Status};
use crate::logic::text::spoken_duration_text;

/// One thing to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prompt {
    pub text: String,
    pub kind: PromptKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptKind {
    /// A step, side, set, rest or technique begins; the run ends.
    Begin,
    /// "Halfway", "10 seconds left", "last one".
    Time,
    /// A repetition counted at the pace: spoken only (the counter on
    /// screen already says it to a screen reader).
    Count,
}

impl PromptKind {
    /// Whether screen readers are told too.
    pub fn is_announced(self) -> bool {
        self != Self::Count
    }
}

/// "10 seconds left" is said in phases longer than this.
const TEN_LEFT_MIN_SECS: u32 = 20;
/// "Halfway" is said in timed steps at least this long.
const HALFWAY_MIN_SECS: u32 = 40;

/// Remembers what was said in the current phase, so each prompt is given
/// once, at its moment.
#[derive(Clone, Debug, Default)]
pub struct Prompter {
    /// The phase whose beginning was said, as (phase index, total phases).
    phase: Option<(usize, usize)>,
    halfway: bool,
    ten_left: bool,
    last_one: bool,
    counted: u32,
    finished: bool,
}

impl Prompter {
    /// Forgets everything (a new run).
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// What to say now, in order; nothing while paused.
    /// `routine` names the routine being played, if one is.
    pub fn update(
        &mut self,
        catalogue: &Catalogue,
        session: &Session,
        routine: Option<&str>,
        now: Duration,
    ) -> Vec<Prompt> {
        let mut out = Vec::new();
        match session.status() {
            Status::Paused => return out,
            Status::Finished => {
                if !self.finished && !session.was_stopped() {
                    self.finished = true;
                    out.push(begin(crate::logic::text::FINISHED_TEXT.to_owned()));
                }
                return out;
            }
            Status::Running => self.finished = false,
        }
        let Some(phase) = session.current() else {
            return out;
        };
        let Some(technique) = catalogue.techniques.get(session.technique()) else {
            return out;
        };
        let key = (session.current_index(), session.phases().len());
        if self.phase != Some(key) {
            self.phase = Some(key);
            self.halfway = false;
            self.ten_left = false;
            self.last_one = false;
            self.counted = 0;
            out.push(begin(begin_text(session, technique, routine, phase)));
        }
        self.timed_prompts(session, phase, now, &mut out);
        self.rep_prompts(session, phase, &mut out);
        out
    }

    fn timed_prompts(
        &mut self,
        session: &Session,
        phase: &Phase,
        now: Duration,
        out: &mut Vec<Prompt>,
    ) {
        let (Some(left), elapsed) = (session.phase_remaining(now), session.phase_elapsed(now))
        else {
            return;
        };
        let total_secs = (left + elapsed).as_secs() as u32;
        let counts_down = matches!(
            phase.kind,
            PhaseKind::Timed { .. } | PhaseKind::Hold { .. } | PhaseKind::Rest { .. }
        );
        if !counts_down {
            return;
        }
        if matches!(phase.kind, PhaseKind::Timed { .. })
            && total_secs >= HALFWAY_MIN_SECS
            && !self.halfway
            && elapsed.as_secs() * 2 >= u64::from(total_secs)
            && left.as_secs() > 10
        {
            self.halfway = true;
            out.push(time("Halfway."));
        }
        if total_secs > TEN_LEFT_MIN_SECS
            && !self.ten_left
            && left <= Duration::from_secs(10)
            && !left.is_zero()
        {
            self.ten_left = true;
            self.halfway = true;
            out.push(time("10 seconds left."));
        }
    }

    fn rep_prompts(&mut self, session: &Session, phase: &Phase, out: &mut Vec<Prompt>) {
        let PhaseKind::Reps { target } = phase.kind else {
            return;
        };
        let done = session.reps_done();
        if session.pace_secs().is_some() {
            while self.counted < done {
                self.counted += 1;
                out.push(Prompt {
                    text: format!("{}.", self.counted),
                    kind: PromptKind::Count,
                });
            }
        }
        if target > 1 && done + 1 == target && !self.last_one {
            self.last_one = true;
            out.push(time("Last one."));
        }
    }
}

fn begin(text: String) -> Prompt {
    Prompt {
        text,
        kind: PromptKind::Begin,
    }
}

fn time(text: &str) -> Prompt {
    Prompt {
        text: text.to_owned(),
        kind: PromptKind::Time,
    }
}

/// What is said as a phase begins.
fn begin_text(
    session: &Session,
    technique: &Technique,
    routine: Option<&str>,
    phase: &Phase,
) -> String {
    let step = technique.steps.get(phase.step);
    match &phase.kind {
        PhaseKind::Transition { secs } => format!(
            "Well done. Next, technique {} of {}: {}. Get ready, {}.",
            session.current_item() + 1,
            session.items().len(),
            technique.name,
            spoken_duration_text(*secs)
        ),
        PhaseKind::GetReady { .. } => format!(
            "Switch to the right {}.",
            phase.body_part.as_deref().unwrap_or("side")
        ),
        PhaseKind::Rest { secs } => format!("Rest {}.", spoken_duration_text(*secs)),
        PhaseKind::Release { .. } => "Release and breathe.".to_owned(),
        _ => {
            let mut parts = Vec::new();
            let first_of_run = session.current_index() == 0;
            if first_of_run {
                if let Some(routine) = routine {
                    parts.push(format!(
                        "{routine}. Technique 1 of {}:",
                        session.items().len()
                    ));
                }
                parts.push(format!("{}.", technique.name));
            }
            if let Some(step) = step {
                parts.push(short_form(step));
            }
            parts.extend(context(phase));
            parts.join(" ")
        }
    }
}

/// "Left ankle.", "Set 2 of 2, 15 times.", "3 minutes.", "Hold 20 seconds."
fn context(phase: &Phase) -> Vec<String> {
    let mut parts = Vec::new();
    if let (Some(side), Some(part)) = (phase.side, &phase.body_part) {
        let mut side = side.label().to_owned();
        side[..1].make_ascii_uppercase();
        parts.push(format!("{side} {part}."));
    }
    let mut dose = Vec::new();
    if let Some((k, n)) = phase.set {
        dose.push(format!("Set {k} of {n}"));
    }
    if let Some((k, _)) = phase.direction {
        dose.push(
            if k == 1 {
                "One direction"
            } else {
                "Now the other direction"
            }
            .to_owned(),
        );
    }
    match phase.kind {
        PhaseKind::Reps { target } => dose.push(format!("{target} times")),
        PhaseKind::Timed { secs } => dose.push(spoken_duration_text(secs)),
        PhaseKind::Hold { secs } => dose.push(format!("Hold {}", spoken_duration_text(secs))),
        _ => {}
    }
    if !dose.is_empty() {
        let mut text = dose.join(", ");
        text[..1].make_ascii_uppercase();
        parts.push(format!("{text}."));
    }
    parts
}

/// The step's first sentence: what to do, without the asides.
pub fn short_form(step: &Step) -> String {
    let text = step.text.trim();
    let end = text
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && text[i + 1..].starts_with(' '))
        .map_or(text.len(), |(i, _)| i + 1);
    let first = &text[..end];
    if first.ends_with(['.', '!', '?']) {
        first.to_owned()
    } else {
        format!("{first}.")
    }
}
