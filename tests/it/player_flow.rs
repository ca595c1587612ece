//! From the map to a finished run: region → technique → safety gate → Start
//! → a fake clock moves → steps advance → side switch → sets and rest →
//! finish screen. Pause, next/previous and the keys do what the buttons do.

use crate::common;

use std::time::Duration;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reliefmap::app::ReliefApp;
use reliefmap::logic::session::{Cue, FakeClock, PhaseKind, SideOf, Status};
use reliefmap::state::nav::Page;

fn harness_with_clock() -> (Harness<'static, ReliefApp>, FakeClock) {
    let mut harness = common::app_harness(1280.0, 800.0);
    let clock = FakeClock::default();
    harness.state_mut().set_clock(Box::new(clock.clone()));
    (harness, clock)
}

fn open_from_lower_back(harness: &mut Harness<'static, ReliefApp>, row_label: &str) {
    common::select_lower_back(harness);
    harness.get_by_label(row_label).click_accesskit();
    harness.run();
    harness.get_by_label("Start (S)").click();
    harness.run();
}

fn advance(harness: &mut Harness<'static, ReliefApp>, clock: &FakeClock, secs: u64) {
    clock.advance(Duration::from_secs(secs));
    // Repaints are requested while the timer runs, so step a few frames.
    harness.run_steps(2);
}

fn phase(harness: &Harness<'static, ReliefApp>) -> (usize, Option<SideOf>, PhaseKind) {
    let p = harness
        .state()
        .run()
        .session
        .as_ref()
        .and_then(|s| s.current())
        .cloned()
        .expect("a running session");
    (p.step, p.side, p.kind)
}

#[test]
fn ankle_thumb_pressure_switches_sides_and_finishes() {
    let (mut harness, clock) = harness_with_clock();
    open_from_lower_back(&mut harness, "Ankle · Thumb-pressure ankle massage");

    // First start: the safety gate, with the red flags.
    harness.get_by_label_contains("Before you start: Thumb-pressure ankle massage");
    assert!(common::shows(&harness, "Call the emergency number now"));
    harness.get_by_label("I understand, start").click();
    harness.run();
    assert_eq!(harness.state().nav().page(), Page::Player);

    // Steps 1 and 2 are instructions: Next moves on.
    harness.get_by_label("Step 1 of 3");
    harness.get_by_label("Ready: next step (N)").click();
    harness.run();
    harness.get_by_label("Ready: next step (N)").click();
    harness.run();
    assert_eq!(
        phase(&harness),
        (2, Some(SideOf::Left), PhaseKind::Timed { secs: 180 })
    );
    harness.get_by_label("3:00 left");
    harness.get_by_label("Left ankle");

    advance(&mut harness, &clock, 60);
    harness.get_by_label("2:00 left");
    advance(&mut harness, &clock, 120);
    assert_eq!(
        harness.state().run().last_cue.map(|(c, _)| c),
        Some(Cue::SideSwitch)
    );
    harness.get_by_label("Switch to the right ankle");
    advance(&mut harness, &clock, 5);
    assert_eq!(phase(&harness).1, Some(SideOf::Right));
    advance(&mut harness, &clock, 180);
    assert_eq!(
        harness.state().run().last_cue.map(|(c, _)| c),
        Some(Cue::Finish)
    );

    harness.get_by_label("Well done. That is the end.");
    harness.get_by_label("Time: 6:05");
    harness.get_by_label("Saved in your history.");
    assert_eq!(harness.state().user().history.len(), 1);
    harness.get_by_label("Back to the map").click();
    harness.run();

    // The gate is remembered for this technique.
    common::start(&mut harness, "ankle_thumb_pressure");
    assert_eq!(harness.state().nav().page(), Page::Player);
}

#[test]
fn heel_raises_count_sets_and_rest() {
    let (mut harness, clock) = harness_with_clock();
    open_from_lower_back(&mut harness, "Calf, Sole of the foot · Heel raises");
    harness.get_by_label("I understand, start").click();
    harness.run();
    harness.key_press(Key::N);
    harness.run();
    assert_eq!(phase(&harness).2, PhaseKind::Reps { target: 15 });
    harness.get_by_label("Set 1 of 2");
    harness.get_by_label("Count one (Space)").click();
    harness.run();
    harness.get_by_label("1 of 15 repetitions");
    for _ in 0..14 {
        harness.key_press(Key::Space);
        harness.run();
    }
    assert_eq!(
        harness.state().run().last_cue.map(|(c, _)| c),
        Some(Cue::SetEnd)
    );
    assert_eq!(phase(&harness).2, PhaseKind::Rest { secs: 30 });
    harness.get_by_label("Rest");
    advance(&mut harness, &clock, 30);
    assert_eq!(
        harness.state().run().last_cue.map(|(c, _)| c),
        Some(Cue::RestEnd)
    );
    harness.get_by_label("Set 2 of 2");

    // The pace counts by itself.
    harness
        .get_by_label("Pace: count for me, one every")
        .click();
    harness.run();
    advance(&mut harness, &clock, 3 * 15);
    assert_eq!(
        harness.state().run().session.as_ref().map(|s| s.status()),
        Some(Status::Finished)
    );
    harness.get_by_label("Well done. That is the end.");
}

#[test]
fn pause_next_previous_and_keys() {
    let (mut harness, clock) = harness_with_clock();
    open_from_lower_back(&mut harness, "Ankle · Thumb-pressure ankle massage");
    harness.get_by_label("I understand, start").click();
    harness.run();
    harness.get_by_label("Next (N)").click();
    harness.run();
    harness.get_by_label("Next (N)").click();
    harness.run();
    advance(&mut harness, &clock, 10);
    harness.get_by_label("2:50 left");

    harness.get_by_label("Pause (P)").click();
    harness.run();
    advance(&mut harness, &clock, 100);
    harness.get_by_label("2:50 left");
    harness.get_by_label("Paused");
    harness.key_press(Key::P);
    harness.run();
    harness.get_by_label("Pause (P)");
    advance(&mut harness, &clock, 10);
    harness.get_by_label("2:40 left");

    harness.get_by_label("30 s more (+)").click();
    harness.run();
    harness.get_by_label("3:10 left");
    harness.key_press(Key::Minus);
    harness.run();
    harness.get_by_label("2:40 left");

    harness.key_press(Key::N);
    harness.run();
    assert_eq!(phase(&harness).2, PhaseKind::GetReady { secs: 5 });
    harness.key_press(Key::B);
    harness.run();
    assert_eq!(
        phase(&harness),
        (2, Some(SideOf::Left), PhaseKind::Timed { secs: 180 })
    );
    harness.get_by_label("Previous (B)").click();
    harness.run();
    assert_eq!(phase(&harness).2, PhaseKind::Instruction);

    harness.get_by_label("Stop (S)").click();
    harness.run();
    harness.get_by_label_contains("Stopped");
    harness.get_by_label("Do it again").click();
    harness.run();
    assert_eq!(phase(&harness).2, PhaseKind::Instruction);
    harness.key_press(Key::S);
    harness.run();
    harness.get_by_label_contains("Stopped");
}

/// Space counts on a counted step and pauses or resumes a timed one, as
/// people expect of a player.
#[test]
fn space_pauses_a_timed_step_and_counts_a_counted_one() {
    let (mut harness, clock) = harness_with_clock();
    common::start_past_gate(&mut harness, "calf_massage");
    let ctx = harness.ctx.clone();
    harness.key_press(Key::N);
    advance(&mut harness, &clock, 1);
    assert!(matches!(phase(&harness).2, PhaseKind::Timed { .. }));
    harness.key_press(Key::Space);
    harness.run_steps(2);
    let status =
        |h: &Harness<'static, ReliefApp>| h.state().run().session.as_ref().unwrap().status();
    assert_eq!(status(&harness), Status::Paused);
    harness.key_press(Key::Space);
    harness.run_steps(2);
    assert_eq!(status(&harness), Status::Running);

    let counted = common::start(&mut harness, "ankle_rotations");
    harness.state_mut().apply(
        reliefmap::state::command::RunCommand::AcknowledgeAndStart(counted),
        &ctx,
    );
    harness.run_steps(2);
    harness.key_press(Key::N);
    harness.run_steps(2);
    assert!(matches!(phase(&harness).2, PhaseKind::Reps { .. }));
    harness.key_press(Key::Space);
    harness.run_steps(2);
    assert_eq!(
        harness.state().run().session.as_ref().unwrap().reps_done(),
        1
    );
    assert_eq!(status(&harness), Status::Running);
}
