//! The pictures where people use them: the player shows the step's
//! illustration (named for screen readers, the right side on the right
//! side), the technique page shows the first one large and every step
//! small; it moves only while the step runs, and never with reduce motion.

use crate::common;

use std::time::Duration;

use egui_kittest::kittest::Queryable;
use reliefmap::logic::illustration::motion_secs;
use reliefmap::logic::session::{Clock, FakeClock};
use reliefmap::state::command::PlayerAction;
use reliefmap::state::command::{PrefsCommand, RunCommand};

const THUMB_CIRCLES_LEFT: &str =
    "Sitting on the floor, one leg out, hands at the ankle; thumb circles round the left ankle";

#[test]
fn the_player_shows_each_step_and_side() {
    let mut harness = common::app_harness(1280.0, 800.0);
    let clock = FakeClock::default();
    harness.state_mut().set_clock(Box::new(clock.clone()));
    let index = common::shipped()
        .technique_index("ankle_thumb_pressure")
        .unwrap();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(RunCommand::AcknowledgeAndStart(index), &ctx);
    harness.run_steps(2);
    harness.get_by_label("Sitting on the floor, one leg stretched out");
    for _ in 0..2 {
        harness
            .state_mut()
            .apply(RunCommand::Player(PlayerAction::Next), &ctx);
        harness.run_steps(2);
    }
    harness.get_by_label(THUMB_CIRCLES_LEFT);
    // Moving while it runs, at the step's own time; still when paused.
    let app = harness.state();
    let session = app.run().session.as_ref().unwrap();
    let catalogue = &app.library().catalogue;
    assert!(motion_secs(catalogue, false, session, clock.now()).is_some());
    assert!(motion_secs(catalogue, true, session, clock.now()).is_none());
    // The right ankle, after the switch.
    clock.advance(Duration::from_secs(181));
    harness.run_steps(2);
    clock.advance(Duration::from_secs(6));
    harness.run_steps(2);
    harness.get_by_label(&THUMB_CIRCLES_LEFT.replace("left", "right"));
    harness
        .state_mut()
        .apply(RunCommand::Player(PlayerAction::TogglePause), &ctx);
    harness.run_steps(2);
    let app = harness.state();
    let session = app.run().session.as_ref().unwrap();
    assert!(motion_secs(&app.library().catalogue, false, session, clock.now()).is_none());
}

#[test]
fn reduce_motion_is_a_setting_that_is_kept() {
    let mut harness = common::app_harness(1280.0, 800.0);
    let ctx = harness.ctx.clone();
    let mut settings = harness.state().user().settings.clone();
    assert!(!settings.reduce_motion);
    settings.reduce_motion = true;
    harness
        .state_mut()
        .apply(PrefsCommand::SetSettings(settings), &ctx);
    harness.run();
    assert!(harness.state().user().settings.reduce_motion);
}

#[test]
fn the_technique_page_shows_every_step() {
    let mut harness = common::app_harness(1280.0, 800.0);
    let index = common::shipped().technique_index("foam_rolling").unwrap();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        reliefmap::state::command::NavCommand::Open(reliefmap::state::nav::Page::Technique(index)),
        &ctx,
    );
    harness.run();
    // Every step's picture is there with its words (the first twice: large
    // at the top and small beside its step).
    let catalogue = common::shipped();
    for step in &catalogue.techniques[index].steps {
        let ill =
            reliefmap::logic::illustration::Illustration::of(&catalogue, step, false).unwrap();
        assert!(
            harness.query_all_by_label(&ill.alt_text()).count() >= 1,
            "{}",
            ill.alt_text()
        );
    }
    let first = reliefmap::logic::illustration::Illustration::of(
        &catalogue,
        &catalogue.techniques[index].steps[0],
        false,
    )
    .unwrap();
    assert_eq!(harness.query_all_by_label(&first.alt_text()).count(), 2);
    harness.get_by_label(
        "Sitting, hands behind you, the left calf on a foam roller near the ankle, then the \
         roller near the knee, and back; the left calf rolling on the roller, ankle to knee",
    );
}
