//! "How is your pain right now?" before a run: the run waits for it (the
//! question has the focus), one tap answers and starts it, Next skips,
//! "Don't ask again" turns it off; the answer reaches the diary beside
//! the pain after.

use crate::common;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use reliefmap::logic::session::Status;
use reliefmap::state::command::{PlayerAction, RunCommand};

const QUESTION: &str = "How is your pain right now?";

#[test]
fn asked_before_the_run_and_kept_in_the_diary() {
    let mut harness = common::app_harness_asking(1280.0, 800.0);
    let index = common::start_past_gate(&mut harness, "heel_raises");
    assert!(
        harness
            .get_by_role_and_label(Role::Heading, QUESTION)
            .is_focused()
    );
    assert_eq!(
        harness.state().run().session.as_ref().unwrap().status(),
        Status::Paused
    );
    harness.get_by_label("Pain 6 of 10").click();
    harness.run_steps(2);
    assert!(harness.query_by_label(QUESTION).is_none());
    assert_eq!(
        harness.state().run().session.as_ref().unwrap().status(),
        Status::Running
    );
    // The focus moves on to the first step.
    let first = harness.state().library().catalogue.techniques[index].steps[0]
        .text
        .clone();
    assert!(
        harness
            .get_by_role_and_label(Role::Heading, &first)
            .is_focused()
    );
    harness.get_by_label("Ready: next step (N)").click();
    harness.run_steps(2);
    harness.get_by_label("Stop (S)").click();
    harness.run_steps(2);
    let entry = harness.state().user().history.last().unwrap().clone();
    assert_eq!(entry.pain_before, Some(6));
    assert_eq!(entry.pain_after, None);
}

#[test]
fn n_does_not_skip_shift_n_does_and_dont_ask_turns_it_off() {
    let mut harness = common::app_harness_asking(1280.0, 800.0);
    let index = common::start_past_gate(&mut harness, "heel_raises");
    let ctx = harness.ctx.clone();
    // N right after Start was meant for the step: the question stays, and
    // the live region says how to answer or skip.
    harness.key_press(egui::Key::N);
    harness.run_steps(2);
    harness.get_by_label(QUESTION);
    assert!(
        harness
            .state()
            .run()
            .announcement
            .as_deref()
            .is_some_and(|a| a.contains("Shift+N"))
    );
    harness.key_press(egui::Key::Space);
    harness.run_steps(2);
    harness.get_by_label(QUESTION);
    // Its own key skips it.
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::N);
    harness.run_steps(2);
    assert!(harness.query_by_label(QUESTION).is_none());
    assert_eq!(harness.state().run().pain.0, None);

    harness
        .state_mut()
        .apply(RunCommand::Player(PlayerAction::Restart), &ctx);
    harness.state_mut().apply(RunCommand::Start(index), &ctx);
    harness.run_steps(2);
    harness.get_by_label("Don't ask again").click();
    harness.run_steps(2);
    assert!(!harness.state().user().settings.ask_pain_before);
    harness.state_mut().apply(RunCommand::Start(index), &ctx);
    harness.run_steps(2);
    assert!(harness.query_by_label(QUESTION).is_none());
}

#[test]
fn digits_answer_and_1_then_0_is_10() {
    use reliefmap::logic::session::FakeClock;
    let clock = FakeClock::default();
    let mut harness = common::app_harness_asking(1280.0, 800.0);
    harness.state_mut().set_clock(Box::new(clock.clone()));
    let index = common::start(&mut harness, "heel_raises");
    let ctx = harness.ctx.clone();
    let ask = |harness: &mut egui_kittest::Harness<'static, reliefmap::app::ReliefApp>| {
        let ctx = harness.ctx.clone();
        harness
            .state_mut()
            .apply(RunCommand::AcknowledgeAndStart(index), &ctx);
        harness.run_steps(2);
        harness.get_by_label(QUESTION);
    };
    ask(&mut harness);
    harness.key_press(egui::Key::Num7);
    harness.run_steps(2);
    assert_eq!(harness.state().run().pain.0, Some(7));
    assert!(harness.query_by_label(QUESTION).is_none());

    ask(&mut harness);
    harness.key_press(egui::Key::Num1);
    harness.run_steps(1);
    harness.get_by_label(QUESTION);
    harness.key_press(egui::Key::Num0);
    harness.run_steps(2);
    assert_eq!(harness.state().run().pain.0, Some(10));

    // A 1 alone stands once the moment for a 0 has passed.
    ask(&mut harness);
    harness.key_press(egui::Key::Num1);
    harness.run_steps(1);
    clock.advance(std::time::Duration::from_secs(2));
    harness.state_mut().tick(&ctx);
    harness.run_steps(2);
    assert_eq!(harness.state().run().pain.0, Some(1));
    assert!(harness.query_by_label(QUESTION).is_none());
}
