//! A routine in the session: techniques back to back with a countdown
//! between them, cues at each boundary, skipping across techniques, and
//! steps counted per technique for the log.

use reliefmap::content::TechniqueId;
use std::time::Duration;

use reliefmap::content::Technique;
use reliefmap::logic::session::{Choices, Cue, PhaseKind, Session, Status};

use crate::common;

fn items(ids: &[&str]) -> (reliefmap::content::Catalogue, Vec<TechniqueId>) {
    let catalogue = common::shipped();
    let indices = ids
        .iter()
        .map(|id| catalogue.technique_index(id).unwrap())
        .collect();
    (catalogue, indices)
}

fn start(
    catalogue: &reliefmap::content::Catalogue,
    indices: &[TechniqueId],
    transition: u32,
) -> Session {
    let run: Vec<(TechniqueId, &Technique)> = indices
        .iter()
        .map(|&i| (i, &catalogue.techniques[i]))
        .collect();
    Session::start_run(&run, &Choices::default(), transition, Duration::ZERO)
}

#[test]
fn transitions_sit_between_techniques_only() {
    let (catalogue, indices) =
        items(&["back_warm_up", "cross_body_shoulder_massage", "arch_rolls"]);
    let session = start(&catalogue, &indices, 10);
    let transitions: Vec<usize> = session
        .phases()
        .iter()
        .filter(|p| matches!(p.kind, PhaseKind::Transition { secs: 10 }))
        .map(|p| p.item)
        .collect();
    assert_eq!(transitions, [1, 2]);
    assert!(!matches!(
        session.phases()[0].kind,
        PhaseKind::Transition { .. }
    ));
    assert_eq!(session.items(), indices.as_slice());
    assert!(session.is_routine());
}

#[test]
fn a_routine_plays_through_with_cues_at_each_boundary() {
    // Warm-up: an instruction, then 3 min of warmth. Shoulder massage: an
    // instruction, then 60 s per side with a switch between.
    let (catalogue, indices) = items(&["back_warm_up", "cross_body_shoulder_massage"]);
    let mut session = start(&catalogue, &indices, 10);
    let mut now = Duration::ZERO;
    assert_eq!(session.technique(), indices[0]);
    session.next(now); // past the instruction
    now += Duration::from_secs(180);
    let cues = session.update(now);
    assert_eq!(cues, [Cue::TechniqueEnd]);
    assert!(matches!(
        session.current().unwrap().kind,
        PhaseKind::Transition { secs: 10 }
    ));
    // During the countdown the player already names the next technique.
    assert_eq!(session.technique(), indices[1]);
    assert_eq!(session.current_item(), 1);
    assert_eq!(session.techniques_done(), 1);
    now += Duration::from_secs(10);
    assert_eq!(session.update(now), [Cue::StepEnd]);
    assert!(matches!(
        session.current().unwrap().kind,
        PhaseKind::Instruction
    ));
    session.next(now);
    now += Duration::from_secs(60);
    assert_eq!(session.update(now), [Cue::SideSwitch]);
    now += Duration::from_secs(5 + 60);
    assert_eq!(session.update(now), [Cue::StepEnd, Cue::Finish]);
    assert_eq!(session.status(), Status::Finished);
    assert_eq!(session.techniques_done(), 2);
    assert_eq!(session.steps_done(), session.steps_total());
    // Two steps, then one step and a per-side step done on each side.
    assert_eq!(session.steps_total(), 5);
}

#[test]
fn start_now_skips_the_countdown_and_remaining_time_counts_every_technique() {
    let (catalogue, indices) = items(&["back_warm_up", "cross_body_shoulder_massage"]);
    let mut session = start(&catalogue, &indices, 10);
    let whole = session.remaining_secs(Duration::ZERO);
    let warm_up = start(&catalogue, &indices[..1], 10).remaining_secs(Duration::ZERO);
    let shoulder = start(&catalogue, &indices[1..], 10).remaining_secs(Duration::ZERO);
    assert_eq!(whole, warm_up + 10 + shoulder);
    assert_eq!(session.next(Duration::ZERO), [Cue::StepEnd]);
    assert_eq!(session.next(Duration::ZERO), [Cue::TechniqueEnd]);
    assert!(matches!(
        session.current().unwrap().kind,
        PhaseKind::Transition { .. }
    ));
    assert_eq!(session.next(Duration::from_secs(2)), [Cue::StepEnd]);
    assert_eq!(session.current_item(), 1);
    assert!(matches!(
        session.current().unwrap().kind,
        PhaseKind::Instruction
    ));
}

#[test]
fn stopping_midway_counts_steps_of_every_technique() {
    let (catalogue, indices) = items(&["back_warm_up", "cross_body_shoulder_massage"]);
    let mut session = start(&catalogue, &indices, 10);
    session.next(Duration::ZERO);
    session.next(Duration::ZERO); // warm-up done
    session.next(Duration::ZERO); // countdown skipped
    session.next(Duration::ZERO); // shoulder instruction done
    session.stop(Duration::from_secs(1));
    assert!(session.was_stopped());
    assert_eq!(session.steps_done(), 3);
    assert_eq!(session.techniques_done(), 1);
}
