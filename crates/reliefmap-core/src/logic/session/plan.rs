//! A run's plan: techniques' steps flattened into phases (timed, reps, sets
//! with rest, holds, side switches, the pause between techniques) and the
//! cues each phase gives.

use crate::content::{Dose, GET_READY_SECS, RELEASE_SECS, Technique};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SideOf {
    Left,
    Right,
}

impl SideOf {
    pub fn label(self) -> &'static str {
        match self {
            Self::Left => "left",
            Self::Right => "right",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhaseKind {
    /// Get into position; the person presses Next.
    Instruction,
    Timed {
        secs: u32,
    },
    /// Counted by the person (Space), or by the pace when it is on.
    Reps {
        target: u32,
    },
    Rest {
        secs: u32,
    },
    Hold {
        secs: u32,
    },
    Release {
        secs: u32,
    },
    /// Countdown before the other side.
    GetReady {
        secs: u32,
    },
    /// Between two techniques of a routine: get into position for the next.
    Transition {
        secs: u32,
    },
}

/// One part of a step: a side, a set, a direction, a hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phase {
    /// Position of the technique in the run (0 for a single technique).
    pub item: usize,
    /// Index of the step within that technique.
    pub step: usize,
    pub side: Option<SideOf>,
    /// Body part named in the side switch cue ("foot").
    pub body_part: Option<String>,
    /// Set k of n.
    pub set: Option<(u32, u32)>,
    /// Direction k of 2 for "each direction" reps.
    pub direction: Option<(u32, u32)>,
    /// Hold k of n.
    pub hold: Option<(u32, u32)>,
    pub kind: PhaseKind,
}

/// Something to announce when a phase ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cue {
    StepEnd,
    SideSwitch,
    SetEnd,
    RestEnd,
    OtherDirection,
    Release,
    Finish,
    /// One technique of a routine is done; the next comes after a pause.
    TechniqueEnd,
    /// The pace tick: count one repetition.
    Tick,
}

/// What the person chose before starting.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choices {
    /// Chosen seconds per step index for timed steps (default: the dose's default).
    pub timed_secs: Vec<Option<u32>>,
    /// Count repetitions automatically, one every this many seconds.
    pub pace_secs: Option<u32>,
}

impl Choices {
    pub fn timed_secs_for(&self, step: usize, dose: &Dose) -> u32 {
        match *dose {
            Dose::Timed {
                min_secs,
                max_secs,
                default_secs,
            } => self
                .timed_secs
                .get(step)
                .copied()
                .flatten()
                .unwrap_or(default_secs.unwrap_or(min_secs))
                .clamp(min_secs, max_secs),
            _ => 0,
        }
    }
}

/// Flattens a technique into phases, both sides included.
pub fn plan(technique: &Technique, choices: &Choices) -> Vec<Phase> {
    plan_run(&[technique], choices, 0)
}

/// Flattens techniques played back to back, with a countdown of
/// `transition_secs` before each one after the first. `choices` apply to
/// every technique; a routine passes no per-step times so each technique
/// runs at its default doses.
pub fn plan_run(techniques: &[&Technique], choices: &Choices, transition_secs: u32) -> Vec<Phase> {
    let mut phases = Vec::new();
    for (item, technique) in techniques.iter().enumerate() {
        if item > 0 {
            phases.push(Phase {
                item,
                step: 0,
                side: None,
                body_part: None,
                set: None,
                direction: None,
                hold: None,
                kind: PhaseKind::Transition {
                    secs: transition_secs,
                },
            });
        }
        let start = phases.len();
        plan_technique(technique, choices, &mut phases);
        for phase in &mut phases[start..] {
            phase.item = item;
        }
    }
    phases
}

fn plan_technique(technique: &Technique, choices: &Choices, phases: &mut Vec<Phase>) {
    let sides_for = |part: &Option<String>| -> Vec<Option<SideOf>> {
        if part.is_some() {
            vec![Some(SideOf::Left), Some(SideOf::Right)]
        } else {
            vec![None]
        }
    };
    for technique_side in sides_for(&technique.per_side) {
        if technique_side == Some(SideOf::Right) {
            phases.push(get_ready(phases.last(), technique.per_side.clone()));
        }
        for (index, step) in technique.steps.iter().enumerate() {
            let step_sides = if technique_side.is_some() {
                vec![technique_side]
            } else {
                sides_for(&step.per_side)
            };
            let body_part = technique.per_side.clone().or_else(|| step.per_side.clone());
            for side in step_sides {
                if side == Some(SideOf::Right) && technique_side.is_none() {
                    phases.push(get_ready(phases.last(), body_part.clone()));
                }
                let base = Phase {
                    item: 0,
                    step: index,
                    side,
                    body_part: body_part.clone(),
                    set: None,
                    direction: None,
                    hold: None,
                    kind: PhaseKind::Instruction,
                };
                step_phases(
                    &base,
                    &step.dose,
                    choices.timed_secs_for(index, &step.dose),
                    phases,
                );
            }
        }
    }
}

fn get_ready(previous: Option<&Phase>, body_part: Option<String>) -> Phase {
    Phase {
        item: 0,
        step: previous.map_or(0, |p| p.step),
        side: Some(SideOf::Right),
        body_part,
        set: None,
        direction: None,
        hold: None,
        kind: PhaseKind::GetReady {
            secs: GET_READY_SECS,
        },
    }
}

fn step_phases(base: &Phase, dose: &Dose, timed_secs: u32, out: &mut Vec<Phase>) {
    let with = |kind: PhaseKind| Phase {
        kind,
        ..base.clone()
    };
    match *dose {
        Dose::Instruction => out.push(with(PhaseKind::Instruction)),
        Dose::Timed { .. } => out.push(with(PhaseKind::Timed { secs: timed_secs })),
        Dose::Reps {
            min,
            each_direction,
            ..
        } => {
            let halves = if each_direction { 2 } else { 1 };
            for half in 1..=halves {
                out.push(Phase {
                    direction: each_direction.then_some((half, 2)),
                    ..with(PhaseKind::Reps { target: min })
                });
            }
        }
        Dose::Sets {
            sets,
            min_reps,
            rest_secs,
            ..
        } => {
            for set in 1..=sets {
                out.push(Phase {
                    set: Some((set, sets)),
                    ..with(PhaseKind::Reps { target: min_reps })
                });
                if set < sets && rest_secs > 0 {
                    out.push(Phase {
                        set: Some((set, sets)),
                        ..with(PhaseKind::Rest { secs: rest_secs })
                    });
                }
            }
        }
        Dose::Hold { secs, times } => {
            for hold in 1..=times {
                out.push(Phase {
                    hold: Some((hold, times)),
                    ..with(PhaseKind::Hold { secs })
                });
                if hold < times {
                    out.push(Phase {
                        hold: Some((hold, times)),
                        ..with(PhaseKind::Release { secs: RELEASE_SECS })
                    });
                }
            }
        }
    }
}
