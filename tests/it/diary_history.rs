//! Log a run with pain ratings and see it in History; reorder favourites.

use crate::common;

use egui::Key;
use egui_kittest::kittest::Queryable;
use reliefmap::state::command::RunCommand;

#[test]
fn a_rated_run_shows_in_history() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness_in(dir.path());
    common::select_lower_back(&mut harness);
    common::start(&mut harness, "heel_raises");
    let ctx = harness.ctx.clone();
    common::click(&mut harness, "I understand, start");
    common::click(&mut harness, "Ready: next step (N)");
    common::click(&mut harness, "Stop (S)");
    // Asked as prominently as before the run: the same targets and keys.
    harness.get_by_label("How is your pain now?");
    harness.get_by_label("Pain 6 of 10").click();
    harness.run();
    assert_eq!(harness.state().user().history[0].pain_after, Some(6));
    harness.key_press(Key::Num3);
    harness.run();
    assert_eq!(harness.state().user().history[0].pain_after, Some(3));
    harness.state_mut().apply(
        RunCommand::SetPain {
            before: Some(7),
            after: Some(4),
        },
        &ctx,
    );
    harness.run();
    harness.get_by_label_contains("Where it hurt: Lower back");
    // Stopped after a step: logged at once; the ratings update the entry.
    harness.get_by_label("Saved in your history.");
    let entry = harness.state().user().history[0].clone();
    assert_eq!((entry.pain_before, entry.pain_after), (Some(7), Some(4)));
    assert_eq!(entry.steps_done, 1);

    harness.key_press(Key::Escape);
    harness.run();
    common::click(&mut harness, "History");
    harness.get_by_label("This week: 1 of 7 days active");
    harness.get_by_label("Streak: 1 day");
    harness.get_by_label_contains("Heel raises · ");
    harness.get_by_label_contains("pain 7 before, 4 after · Lower back");
    harness.get_by_label_contains("Once a technique has 3 runs with pain rated");

    // It is in the file too.
    drop(harness);
    let (_, state, _) = reliefmap::logic::store::Store::open(dir.path());
    assert_eq!(state.history.len(), 1);
    assert_eq!(
        (state.history[0].pain_before, state.history[0].pain_after),
        (Some(7), Some(4))
    );
}

#[test]
fn favourites_reorder_and_mark_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness_in(dir.path());
    common::select_lower_back(&mut harness);
    harness
        .get_by_label("Favourite: Lower-back self-massage")
        .click();
    harness.run();
    harness
        .get_by_label("Favourite: Hands-only back massage")
        .click();
    harness.run();
    let lower_back = common::region(&harness, "lower_back");
    assert!(
        harness.state().caches().favourite_regions[lower_back],
        "the lower back shows a favourite star"
    );
    harness.get_by_label_contains("Star: a favourite works here");

    harness.key_press(Key::F);
    harness.run();
    let order = |h: &egui_kittest::Harness<'_, reliefmap::app::ReliefApp>| {
        h.state().user().favourites.clone()
    };
    assert_eq!(
        order(&harness),
        vec!["lower_back_self_massage", "hands_back_massage"]
    );
    harness.get_all_by_label("Down").next().unwrap().click();
    harness.run();
    assert_eq!(
        order(&harness),
        vec!["hands_back_massage", "lower_back_self_massage"]
    );

    drop(harness);
    let (_, state, _) = reliefmap::logic::store::Store::open(dir.path());
    assert_eq!(
        state.favourites,
        vec!["hands_back_massage", "lower_back_self_massage"],
        "the order is saved"
    );
}

#[test]
fn a_run_stopped_before_its_first_step_is_not_logged() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness_in(dir.path());
    common::start(&mut harness, "heel_raises");
    common::click(&mut harness, "I understand, start");
    common::click(&mut harness, "Stop (S)");
    harness.get_by_label("Not logged: it was stopped before the first step was done.");
    assert!(harness.state().user().history.is_empty());
    // Doing it again and finishing a step logs that run.
    common::click(&mut harness, "Do it again");
    common::click(&mut harness, "Ready: next step (N)");
    common::click(&mut harness, "Stop (S)");
    assert_eq!(harness.state().user().history.len(), 1);
}
