//! Build a routine in the UI and play it through with a fake clock: new
//! routine, add techniques, rename, reorder, total time before Start, the
//! safety gate for its techniques, the countdown between techniques, the
//! finish screen, the log, and the routine still there after a restart.

use crate::common;

use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reliefmap::app::ReliefApp;
use reliefmap::logic::session::{FakeClock, PhaseKind, Status};
use reliefmap::state::nav::Page;

fn advance(harness: &mut Harness<'static, ReliefApp>, clock: &FakeClock, secs: u64) {
    clock.advance(Duration::from_secs(secs));
    harness.run_steps(2);
}

fn add_technique(harness: &mut Harness<'static, ReliefApp>, name: &str) {
    harness.get_by_label("Add a technique").click_accesskit();
    harness.run();
    harness.get_by_label(name).click_accesskit();
    harness.run();
}

fn phase_kind(harness: &Harness<'static, ReliefApp>) -> PhaseKind {
    harness
        .state()
        .run()
        .session
        .as_ref()
        .and_then(|s| s.current())
        .map(|p| p.kind.clone())
        .expect("a running session")
}

#[test]
fn build_a_routine_and_play_it_through() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness_in(dir.path());
    let clock = FakeClock::default();
    harness.state_mut().set_clock(Box::new(clock.clone()));

    common::click(&mut harness, "Routines");
    assert!(
        harness
            .get_all_by_label("Foot routine, about 16 minutes")
            .next()
            .is_some()
    );
    common::click(&mut harness, "New routine");
    assert_eq!(harness.state().user().routines.len(), 1);
    harness.get_by_label_contains("This routine is empty");

    add_technique(&mut harness, "Cross-body shoulder massage");
    add_technique(&mut harness, "Warm up the back");
    common::click(&mut harness, "Move Warm up the back up");
    let name_field = harness.get_by_label("Name");
    name_field.focus();
    name_field.type_text(" for evenings");
    harness.run();
    let routine = &harness.state().user().routines[0];
    assert_eq!(routine.name, "My routine for evenings");
    assert_eq!(
        routine.techniques,
        ["back_warm_up", "cross_body_shoulder_massage"]
    );

    // Total time before Start: warm-up 5 s + 3 min, 10 s pause, shoulder
    // 5 s + 2 × 60 s with a 5 s switch: 5 min 25 s, shown as about 5 min.
    harness.get_by_label_contains("About 5 min in all");
    common::click(&mut harness, "Start routine");
    assert!(matches!(harness.state().nav().page(), Page::RoutineGate(_)));
    assert!(common::shows(&harness, "Take care with Warm up the back"));
    assert!(common::shows(
        &harness,
        "Take care with Cross-body shoulder massage"
    ));
    harness
        .get_by_label("I understand, start the routine")
        .click();
    harness.run();
    assert_eq!(harness.state().nav().page(), Page::Player);
    harness.get_by_label("My routine for evenings · technique 1 of 2");

    common::click(&mut harness, "Ready: next step (N)");
    advance(&mut harness, &clock, 180);
    assert_eq!(phase_kind(&harness), PhaseKind::Transition { secs: 10 });
    harness.get_by_label("Next: Cross-body shoulder massage");
    harness.get_by_label("My routine for evenings · technique 2 of 2");
    harness.get_by_label("0:10 left");
    advance(&mut harness, &clock, 10);
    assert_eq!(phase_kind(&harness), PhaseKind::Instruction);
    common::click(&mut harness, "Ready: next step (N)");
    advance(&mut harness, &clock, 60);
    advance(&mut harness, &clock, 5);
    advance(&mut harness, &clock, 60);

    let session = harness.state().run().session.as_ref().unwrap();
    assert_eq!(session.status(), Status::Finished);
    harness.get_by_label("Well done. That is the end.");
    harness.get_by_label("Techniques done: 2 of 2");
    // The shoulder step is done on each side: it counts twice.
    harness.get_by_label("Steps done: 5 of 5 (each side counts)");
    harness.get_by_label("Saved in your history.");
    let entry = harness.state().user().history.last().unwrap().clone();
    assert_eq!(entry.technique, None);
    assert_eq!(entry.routine.as_deref(), Some("my_routine"));
    assert_eq!(
        entry.routine_name.as_deref(),
        Some("My routine for evenings")
    );
    assert_eq!(entry.active_secs, 180 + 10 + 125);

    common::click(&mut harness, "History");
    harness.get_by_label_contains("Routine: My routine for evenings");

    // The routine and its log are in the state file.
    drop(harness);
    let mut again = common::app_harness_in(dir.path());
    common::click(&mut again, "Routines");
    again.get_by_label("My routine for evenings");
    assert_eq!(again.state().user().history.len(), 1);
}

#[test]
fn delete_asks_first_and_built_in_routines_can_be_copied() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness_in(dir.path());
    common::click(&mut harness, "Routines");
    common::click(&mut harness, "Home back routine");
    harness.get_by_label_contains("Follows the article “Massaging Your Own Back at Home”");
    common::click(&mut harness, "Copy to my routines");
    let copy = &harness.state().user().routines[0];
    assert_eq!(copy.name, "Home back routine (mine)");
    assert_eq!(copy.techniques.len(), 5);
    harness
        .get_by_label("Remove Warm up the back from this routine")
        .click();
    harness.run();
    assert_eq!(harness.state().user().routines[0].techniques.len(), 4);

    common::click(&mut harness, "Delete routine");
    common::click(&mut harness, "Keep it");
    assert_eq!(harness.state().user().routines.len(), 1);
    common::click(&mut harness, "Delete routine");
    common::click(&mut harness, "Yes, delete");
    assert!(harness.state().user().routines.is_empty());
}
