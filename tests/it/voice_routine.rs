//! A whole routine followed eyes-closed: with the voice on, every step is
//! said as it begins (side, set, count), then "halfway", "10 seconds left",
//! "last one", rests and side switches, and "well done" at the end, in
//! order and never cut off; screen readers get the same words through the
//! player's live region. The engine here records instead of speaking.

use crate::common;
use reliefmap::content::RoutineId;

use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use reliefmap::logic::routines::RoutineRef;
use reliefmap::logic::session::{FakeClock, PhaseKind, Status};
use reliefmap::platform::speech::{RecordingEngine, Speaker};
use reliefmap::state::command::{PlayerAction, RunCommand};

#[test]
fn a_routine_eyes_closed() {
    let mut harness = common::app_harness(1280.0, 800.0);
    let clock = FakeClock::default();
    harness.state_mut().set_clock(Box::new(clock.clone()));
    let engine = RecordingEngine::default();
    let said = engine.texts.clone();
    harness
        .state_mut()
        .set_speaker(Speaker::new(Box::new(engine)));
    harness.state_mut().edit_user().settings.voice = true;
    let ctx = harness.ctx.clone();
    // Counted for me at the pace, as someone who cannot see the counter.
    harness
        .state_mut()
        .apply(RunCommand::SetPace(Some(2)), &ctx);
    harness.state_mut().apply(
        RunCommand::AcknowledgeAndStartRoutine(RoutineRef::BuiltIn(RoutineId::from(0))),
        &ctx,
    );
    harness.run_steps(2);
    let mut announced = Vec::new();
    for _ in 0..4000 {
        let app = harness.state();
        let session = app.run().session.as_ref().unwrap();
        if session.status() == Status::Finished {
            break;
        }
        // Where the person must act (get into position), they press the
        // big Next button without looking.
        if matches!(
            session.current().map(|p| &p.kind),
            Some(PhaseKind::Instruction)
        ) {
            harness
                .state_mut()
                .apply(RunCommand::Player(PlayerAction::Next), &ctx);
        } else {
            clock.advance(Duration::from_secs(1));
        }
        harness.run_steps(1);
        if let Some(live) = harness.query_by_role(Role::Status)
            && let Some(text) = live.accesskit_node().label()
            && announced.last() != Some(&text)
            && !text.is_empty()
        {
            announced.push(text);
        }
    }
    assert_eq!(
        harness.state().run().session.as_ref().unwrap().status(),
        Status::Finished
    );
    harness.run_steps(2);
    // Let the recording engine take what is queued.
    std::thread::sleep(Duration::from_millis(300));
    let said = said.lock().unwrap().clone();
    eprintln!("--- transcript, in order ---\n{}", said.join("\n"));
    eprintln!("--- announced ---\n{}", announced.join("\n"));
    let position = |needle: &str| {
        said.iter()
            .position(|s| s.contains(needle))
            .unwrap_or_else(|| panic!("never said {needle:?}"))
    };
    let first = position("Foot routine");
    let switch = position("Switch to the right");
    let last = position("Well done. That is the end.");
    assert!(first < switch && switch < last);
    for needle in [
        "Left foot.",
        "Right foot.",
        "10 seconds left.",
        "Halfway.",
        "Last one.",
        "Well done. Next, technique 2 of 5: ",
        "1.",
        "2.",
    ] {
        position(needle);
    }
    assert_eq!(
        said.last().map(String::as_str),
        Some("Well done. That is the end.")
    );
    // Screen readers heard the same beginnings, in the same order.
    assert!(announced.iter().any(|a| a.contains("Switch to the right")));
    assert!(announced.iter().any(|a| a.contains("10 seconds left.")));
}

#[test]
fn pausing_stops_the_voice() {
    let mut harness = common::app_harness(1280.0, 800.0);
    let clock = FakeClock::default();
    harness.state_mut().set_clock(Box::new(clock.clone()));
    let engine = RecordingEngine {
        duration: Duration::from_secs(5),
        ..RecordingEngine::default()
    };
    let timeline = engine.timeline.clone();
    harness
        .state_mut()
        .set_speaker(Speaker::new(Box::new(engine)));
    harness.state_mut().edit_user().settings.voice = true;
    common::start_past_gate(&mut harness, "ankle_thumb_pressure");
    let ctx = harness.ctx.clone();
    std::thread::sleep(Duration::from_millis(50));
    harness
        .state_mut()
        .apply(RunCommand::Player(PlayerAction::TogglePause), &ctx);
    harness.run_steps(1);
    std::thread::sleep(Duration::from_millis(200));
    let spans = timeline.lock().unwrap().clone();
    assert_eq!(
        spans.len(),
        1,
        "the first prompt ended, cut short by the pause"
    );
    assert!(spans[0].end - spans[0].start < Duration::from_secs(2));
}
