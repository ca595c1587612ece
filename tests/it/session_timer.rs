//! The session timer with a fake clock: every dose kind, sides, sets with
//! rest, pause/resume, skipping, ±30 s, and 30 simulated minutes of random
//! frame stalls without drift.

use reliefmap::content::TechniqueId;
use std::time::Duration;

use reliefmap::content::{Dose, Position, Step, StepsOrigin, Technique, TechniqueKind};
use reliefmap::logic::session::{
    Choices, Clock, Cue, FakeClock, PhaseKind, Session, SideOf, Status,
};

fn step(dose: Dose, per_side: Option<&str>) -> Step {
    Step {
        text: "Do it.".into(),
        dose,
        dose_origin: reliefmap::content::DoseOrigin::App,
        dose_note: None,
        added: false,
        per_side: per_side.map(str::to_owned),
        cue: None,
        show: None,
        image: None,
    }
}

fn technique(steps: Vec<Step>, per_side: Option<&str>) -> Technique {
    Technique {
        id: "t".into(),
        name: "T".into(),
        kind: TechniqueKind::Massage,
        summary: "s".into(),
        works_on: vec!["x".into()],
        may_ease: vec![],
        equipment: vec![],
        equipment_any: vec![],
        positions: vec![Position::Sitting],
        cautions: vec![],
        source: "s".into(),
        steps_origin: StepsOrigin::Article,
        per_side: per_side.map(str::to_owned),
        steps,
    }
}

const fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

fn timed(min_secs: u32, max_secs: u32) -> Dose {
    Dose::Timed {
        min_secs,
        max_secs,
        default_secs: None,
    }
}

#[test]
fn timed_step_per_side_switches_with_a_get_ready() {
    let clock = FakeClock::default();
    let t = technique(
        vec![
            step(Dose::Instruction, None),
            step(timed(180, 300), Some("ankle")),
        ],
        None,
    );
    let mut s = Session::start(TechniqueId::from(0), &t, &Choices::default(), clock.now());
    assert_eq!(s.current().unwrap().kind, PhaseKind::Instruction);
    assert!(
        s.update(clock.now()).is_empty(),
        "an instruction waits for Next"
    );
    assert_eq!(s.next(clock.now()), vec![Cue::StepEnd]);
    let phase = s.current().unwrap().clone();
    assert_eq!(
        (phase.kind, phase.side),
        (PhaseKind::Timed { secs: 180 }, Some(SideOf::Left))
    );

    clock.advance(secs(179));
    assert!(s.update(clock.now()).is_empty());
    clock.advance(secs(1));
    assert_eq!(s.update(clock.now()), vec![Cue::SideSwitch]);
    assert_eq!(s.current().unwrap().kind, PhaseKind::GetReady { secs: 5 });
    clock.advance(secs(5));
    assert_eq!(s.update(clock.now()), vec![Cue::StepEnd]);
    assert_eq!(s.current().unwrap().side, Some(SideOf::Right));
    clock.advance(secs(180));
    assert_eq!(s.update(clock.now()), vec![Cue::Finish]);
    assert_eq!(s.status(), Status::Finished);
    assert_eq!(s.active_time(clock.now()), secs(365));
}

#[test]
fn chosen_duration_stays_inside_the_range() {
    let t = technique(vec![step(timed(180, 300), None)], None);
    let choose = |secs| Choices {
        timed_secs: vec![Some(secs)],
        pace_secs: None,
    };
    for (wanted, got) in [(240, 240), (30, 180), (900, 300)] {
        let s = Session::start(TechniqueId::from(0), &t, &choose(wanted), Duration::ZERO);
        assert_eq!(s.current().unwrap().kind, PhaseKind::Timed { secs: got });
    }
}

#[test]
fn reps_each_direction_run_as_two_halves() {
    let clock = FakeClock::default();
    let dose = Dose::Reps {
        min: 10,
        max: 10,
        each_direction: true,
    };
    let t = technique(vec![step(dose, None)], None);
    let mut s = Session::start(TechniqueId::from(0), &t, &Choices::default(), clock.now());
    for _ in 0..9 {
        assert!(s.count_rep(clock.now()).is_empty());
    }
    assert_eq!(s.reps_done(), 9);
    assert_eq!(s.count_rep(clock.now()), vec![Cue::OtherDirection]);
    assert_eq!(s.current().unwrap().direction, Some((2, 2)));
    for _ in 0..9 {
        s.count_rep(clock.now());
    }
    assert_eq!(s.count_rep(clock.now()), vec![Cue::Finish]);
}

#[test]
fn pace_counts_reps_by_itself() {
    let clock = FakeClock::default();
    let dose = Dose::Reps {
        min: 4,
        max: 4,
        each_direction: false,
    };
    let t = technique(vec![step(dose, None)], None);
    let choices = Choices {
        timed_secs: vec![],
        pace_secs: Some(2),
    };
    let mut s = Session::start(TechniqueId::from(0), &t, &choices, clock.now());
    clock.advance(secs(2));
    assert_eq!(s.update(clock.now()), vec![Cue::Tick]);
    assert_eq!(s.reps_done(), 1);
    assert!(
        s.count_rep(clock.now()).is_empty(),
        "the pace counts, not the key"
    );
    clock.advance(secs(6));
    assert_eq!(s.update(clock.now()), vec![Cue::Finish]);
}

#[test]
fn sets_rest_between_and_not_after_the_last() {
    let clock = FakeClock::default();
    let dose = Dose::Sets {
        sets: 2,
        min_reps: 15,
        max_reps: 20,
        rest_secs: 30,
    };
    let t = technique(vec![step(dose, None)], None);
    let mut s = Session::start(TechniqueId::from(0), &t, &Choices::default(), clock.now());
    assert_eq!(s.current().unwrap().set, Some((1, 2)));
    let mut cues = Vec::new();
    for _ in 0..15 {
        cues.extend(s.count_rep(clock.now()));
    }
    assert_eq!(cues, vec![Cue::SetEnd]);
    assert_eq!(s.current().unwrap().kind, PhaseKind::Rest { secs: 30 });
    clock.advance(secs(30));
    assert_eq!(s.update(clock.now()), vec![Cue::RestEnd]);
    assert_eq!(s.current().unwrap().set, Some((2, 2)));
    for _ in 0..15 {
        cues.extend(s.count_rep(clock.now()));
    }
    assert_eq!(cues.last(), Some(&Cue::Finish));
    assert_eq!(s.phases().len(), 3, "set, rest, set");
}

#[test]
fn holds_release_between() {
    let clock = FakeClock::default();
    let t = technique(vec![step(Dose::Hold { secs: 10, times: 3 }, None)], None);
    let mut s = Session::start(TechniqueId::from(0), &t, &Choices::default(), clock.now());
    clock.advance(secs(10));
    assert_eq!(s.update(clock.now()), vec![Cue::Release]);
    clock.advance(secs(3));
    assert_eq!(s.update(clock.now()), vec![Cue::StepEnd]);
    assert_eq!(s.current().unwrap().hold, Some((2, 3)));
    clock.advance(secs(30));
    assert_eq!(
        s.update(clock.now()),
        vec![Cue::Release, Cue::StepEnd, Cue::Finish]
    );
}

#[test]
fn whole_technique_per_side_runs_every_step_left_then_right() {
    let t = technique(
        vec![step(timed(60, 60), None), step(timed(30, 30), None)],
        Some("leg"),
    );
    let s = Session::start(
        TechniqueId::from(0),
        &t,
        &Choices::default(),
        Duration::ZERO,
    );
    let order: Vec<_> = s
        .phases()
        .iter()
        .map(|p| (p.step, p.side, matches!(p.kind, PhaseKind::GetReady { .. })))
        .collect();
    assert_eq!(
        order,
        vec![
            (0, Some(SideOf::Left), false),
            (1, Some(SideOf::Left), false),
            (1, Some(SideOf::Right), true),
            (0, Some(SideOf::Right), false),
            (1, Some(SideOf::Right), false),
        ]
    );
    assert_eq!(s.remaining_secs(Duration::ZERO), 60 + 30 + 5 + 60 + 30);
}

#[test]
fn stopped_after_the_left_side_counts_the_left_side_only() {
    let t = technique(
        vec![step(timed(60, 60), None), step(timed(30, 30), None)],
        Some("leg"),
    );
    let mut s = Session::start(
        TechniqueId::from(0),
        &t,
        &Choices::default(),
        Duration::ZERO,
    );
    assert_eq!(s.steps_total(), 4, "two steps on each side");
    // Both steps on the left, then stop while getting ready for the right.
    s.update(secs(60 + 30));
    s.stop(secs(60 + 30 + 2));
    assert!(s.has_sides());
    assert_eq!(
        s.steps_done(),
        2,
        "not 2 of 2: the right side was never done"
    );
    assert_eq!(s.techniques_done(), 0);
}

#[test]
fn pause_excludes_paused_time() {
    let clock = FakeClock::default();
    let t = technique(vec![step(timed(60, 60), None)], None);
    let mut s = Session::start(TechniqueId::from(0), &t, &Choices::default(), clock.now());
    clock.advance(secs(20));
    s.pause(clock.now());
    clock.advance(secs(600));
    assert!(s.update(clock.now()).is_empty());
    assert_eq!(
        s.phase_remaining(clock.now()),
        Some(secs(40)),
        "the countdown stopped"
    );
    assert_eq!(
        s.next_change_in(clock.now()),
        None,
        "nothing to repaint while paused"
    );
    s.resume(clock.now());
    clock.advance(secs(39));
    assert!(s.update(clock.now()).is_empty());
    clock.advance(secs(1));
    assert_eq!(s.update(clock.now()), vec![Cue::Finish]);
    assert_eq!(s.active_time(clock.now()), secs(60));
}

#[test]
fn a_five_second_stall_loses_no_time() {
    let clock = FakeClock::default();
    let t = technique(
        vec![step(timed(10, 10), None), step(timed(10, 10), None)],
        None,
    );
    let mut s = Session::start(TechniqueId::from(0), &t, &Choices::default(), clock.now());
    clock.advance(Duration::from_millis(8_000));
    s.update(clock.now());
    clock.advance(Duration::from_millis(5_000)); // the frame stalls past the step's end
    assert_eq!(s.update(clock.now()), vec![Cue::StepEnd]);
    assert_eq!(
        s.phase_remaining(clock.now()),
        Some(secs(7)),
        "the second step started at 10 s, not 13 s"
    );
}

#[test]
fn plus_minus_thirty_and_skipping_keep_totals_right() {
    let clock = FakeClock::default();
    let t = technique(
        vec![
            step(timed(60, 120), None),
            step(timed(60, 60), None),
            step(timed(60, 60), None),
        ],
        None,
    );
    let mut s = Session::start(TechniqueId::from(0), &t, &Choices::default(), clock.now());
    assert_eq!(s.remaining_secs(clock.now()), 180);
    s.adjust(clock.now(), 30);
    assert_eq!(s.remaining_secs(clock.now()), 210);
    clock.advance(secs(50));
    s.adjust(clock.now(), -30);
    assert_eq!(s.phase_remaining(clock.now()), Some(secs(10)));
    s.adjust(clock.now(), -30);
    assert_eq!(
        s.phase_remaining(clock.now()),
        Some(secs(5)),
        "never below 5 s from now"
    );
    assert_eq!(s.next(clock.now()), vec![Cue::StepEnd]);
    assert_eq!(s.current().unwrap().step, 1);
    assert_eq!(s.remaining_secs(clock.now()), 120);
    clock.advance(secs(2));
    s.previous(clock.now());
    assert_eq!(
        s.current().unwrap().step,
        0,
        "early Previous goes to the step before"
    );
    assert_eq!(s.active_time(clock.now()), secs(52));
    s.restart(clock.now());
    assert_eq!(s.current_index(), 0);
    assert_eq!(s.active_time(clock.now()), Duration::ZERO);
    s.stop(clock.now());
    assert_eq!(s.status(), Status::Finished);
}

/// 30 minutes of frames at 60 Hz with random stalls up to 5 s: every phase
/// ends exactly on time, so the whole run takes exactly the planned time.
#[test]
fn thirty_minutes_with_random_stalls_does_not_drift() {
    let clock = FakeClock::default();
    let steps = (0..6).map(|_| step(timed(300, 300), None)).collect();
    let t = technique(steps, None);
    let mut s = Session::start(TechniqueId::from(0), &t, &Choices::default(), clock.now());
    let start = clock.now();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut random = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut ends = Vec::new();
    while s.status() != Status::Finished {
        let frame_ms = if random() % 200 == 0 {
            500 + random() % 4_500
        } else {
            16 + random() % 3
        };
        clock.advance(Duration::from_millis(frame_ms));
        for cue in s.update(clock.now()) {
            ends.push((cue, clock.now()));
        }
        assert!(clock.now() < secs(3_600), "the run never ends");
    }
    assert_eq!(ends.len(), 6);
    let total = s.active_time(clock.now());
    let drift = total.abs_diff(secs(1_800));
    assert!(drift <= Duration::from_millis(5), "drift {drift:?}");
    assert!(clock.now() - start >= secs(1_800));
}
