//! The running session: the guided run of a technique or a routine, the
//! choices made before Start, the last cue (for the flash) and where the
//! run went in the log.

use std::time::Duration;

use crate::logic::routines::RoutineRef;
use crate::logic::session::{Choices, Cue, Session, Status};

/// How long the player flashes after a cue.
pub const FLASH: Duration = Duration::from_millis(700);

/// The routine being played, for the player's header and the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunningRoutine {
    /// `None` once the routine was deleted while it played.
    pub routine: Option<RoutineRef>,
    pub id: String,
    pub name: String,
}

/// How long after a 1 a 0 still makes 10 in the pain question.
pub const PAIN_TEN_WINDOW: Duration = Duration::from_millis(1200);

/// Everything about the current run.
#[derive(Default)]
pub struct Run {
    pub session: Option<Session>,
    /// Set when the session plays a routine.
    pub routine: Option<RunningRoutine>,
    /// Durations and pace picked on the technique page.
    pub choices: Choices,
    /// The last cue and when it came, for the visual flash.
    pub last_cue: Option<(Cue, Duration)>,
    /// The run's diary entry, once it ended and was logged.
    pub logged: Option<crate::logic::keys::ItemKey>,
    /// Pain before and after for the run about to be logged.
    pub pain: (Option<u8>, Option<u8>),
    /// The run waits (paused) for "how is your pain now?" to be answered.
    pub asking_pain_before: bool,
    /// A 1 typed for the pain question, and when: a 0 soon after makes 10,
    /// else it stands for 1 (see [`PAIN_TEN_WINDOW`]).
    pub pain_digit: Option<Duration>,
    /// The guide's last words, announced to screen readers as they change.
    pub announcement: Option<String>,
}

impl Run {
    /// The finish screen asks the pain after: the run ended and is in the
    /// diary.
    pub fn asking_pain_after(&self) -> bool {
        self.logged.is_some()
            && self
                .session
                .as_ref()
                .is_some_and(|s| s.status() == crate::logic::session::Status::Finished)
    }

    /// A run is playing (not finished): files dropped now wait.
    pub fn is_playing(&self) -> bool {
        self.session
            .as_ref()
            .is_some_and(|s| s.status() != Status::Finished)
    }

    /// Whether the flash of the last cue is still on at `now`.
    pub fn flashing(&self, now: Duration) -> bool {
        self.last_cue.is_some_and(|(_, at)| now < at + FLASH)
    }
}
