//! Keys around routines: R opens them; Escape in the name field or in the
//! "Add a technique" list only leaves that, and the name typed is saved;
//! in the player R does nothing and Shift+R starts over.

use crate::common;
use reliefmap::content::RoutineId;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use reliefmap::logic::routines::RoutineRef;
use reliefmap::state::command::RunCommand;
use reliefmap::state::nav::Page;

#[test]
fn escape_leaves_the_field_or_list_not_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness_in(dir.path());
    harness.key_press(Key::R);
    harness.run();
    assert_eq!(harness.state().nav().page(), Page::Routines);
    common::click(&mut harness, "New routine");

    let name = harness.get_by_label("Name");
    name.focus();
    name.type_text(" 1");
    harness.run();
    // Letters typed in the field are text, not shortcuts.
    harness.get_by_label("Name").type_text("h");
    harness.run();
    assert_eq!(harness.state().nav().page(), Page::Routines);
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().nav().page(), Page::Routines);
    harness.state_mut().flush_saves();
    let saved = std::fs::read_to_string(dir.path().join("state.ron")).unwrap();
    assert!(saved.contains("\"My routine 1h\""), "{saved}");

    harness.get_by_label("Add a technique").click_accesskit();
    harness.run();
    harness.get_by_label("Arch rolls");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().nav().page(), Page::Routines);
    assert!(harness.query_by_label("Arch rolls").is_none());

    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().nav().page(), Page::Map);
}

#[test]
fn in_the_player_r_is_not_routines_and_shift_r_starts_over() {
    let mut harness = common::app_harness(1280.0, 800.0);
    let ctx = harness.ctx.clone();
    let routine = RoutineRef::BuiltIn(RoutineId::from(0));
    harness
        .state_mut()
        .apply(RunCommand::AcknowledgeAndStartRoutine(routine), &ctx);
    harness.run();
    assert_eq!(harness.state().nav().page(), Page::Player);
    harness.key_press(Key::N);
    harness.run();
    let moved = harness
        .state()
        .run()
        .session
        .as_ref()
        .unwrap()
        .current_index();
    assert!(moved > 0);
    harness.key_press(Key::R);
    harness.run();
    assert_eq!(harness.state().nav().page(), Page::Player);
    assert_eq!(
        harness
            .state()
            .run()
            .session
            .as_ref()
            .unwrap()
            .current_index(),
        moved
    );
    harness.key_press_modifiers(Modifiers::SHIFT, Key::R);
    harness.run();
    assert_eq!(
        harness
            .state()
            .run()
            .session
            .as_ref()
            .unwrap()
            .current_index(),
        0
    );
}
