//! "How is your pain right now?" before a run: the run waits for it (the
//! question has the focus), one tap answers and starts it, Next skips,
//! "Don't ask again" turns it off; the answer reaches the diary beside
//! the pain after.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use reliefmap::logic::session::Status;
use reliefmap::state::command::{PlayerAction, RunCommand};

const QUESTION: &str = "How is your pain right now?";

#[test]
fn asked_before_the_run_and_kept_in_the_diary() {
    let mut harness = common::app_harness_asking(1280.0, 800.0);
    let index = common::start(&mut harness, "heel_raises");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(RunCommand::AcknowledgeAndStart(index), &ctx);
    harness.run_steps(2);
    assert!(
        harness
            .get_by_role_and_label(Role::Heading, QUESTION)
            .is_focused()
    );
    assert_eq!(
        harness.state().run.session.as_ref().unwrap().status(),
        Status::Paused
    );
    harness.get_by_label("Pain 6 of 10").click();
    harness.run_steps(2);
    assert!(harness.query_by_label(QUESTION).is_none());
    assert_eq!(
        harness.state().run.session.as_ref().unwrap().status(),
        Status::Running
    );
    // The focus moves on to the first step.
    let first = harness.state().library.catalogue.techniques[index].steps[0]
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
    let entry = harness.state().user.history.last().unwrap().clone();
    assert_eq!(entry.pain_before, Some(6));
    assert_eq!(entry.pain_after, None);
}

#[test]
fn next_skips_and_dont_ask_turns_it_off() {
    let mut harness = common::app_harness_asking(1280.0, 800.0);
    let index = common::start(&mut harness, "heel_raises");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(RunCommand::AcknowledgeAndStart(index), &ctx);
    harness.run_steps(2);
    // The keys still work: N skips the question.
    harness
        .state_mut()
        .apply(RunCommand::Player(PlayerAction::Next), &ctx);
    harness.run_steps(2);
    assert!(harness.query_by_label(QUESTION).is_none());
    assert_eq!(harness.state().run.pain.0, None);

    harness
        .state_mut()
        .apply(RunCommand::Player(PlayerAction::Restart), &ctx);
    harness.state_mut().apply(RunCommand::Start(index), &ctx);
    harness.run_steps(2);
    harness.get_by_label("Don't ask again").click();
    harness.run_steps(2);
    assert!(!harness.state().user.settings.ask_pain_before);
    harness.state_mut().apply(RunCommand::Start(index), &ctx);
    harness.run_steps(2);
    assert!(harness.query_by_label(QUESTION).is_none());
}
