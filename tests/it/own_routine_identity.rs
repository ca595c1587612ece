//! An own routine is held by its key, not its place in the list: deleting
//! one before it leaves the page on the same routine, and a gate or a
//! selection of the deleted one goes with it.

use crate::common;

use reliefmap::logic::routines::{self, RoutineRef};
use reliefmap::state::command::RoutineCommand;

fn shown_name(harness: &egui_kittest::Harness<'static, reliefmap::app::ReliefApp>) -> String {
    let app = harness.state();
    let shown = app.nav().selected_routine.expect("a routine is shown");
    routines::info(app.catalogue(), app.user(), shown)
        .expect("the shown routine exists")
        .name
        .to_owned()
}

#[test]
fn deleting_an_earlier_routine_keeps_the_one_shown() {
    let mut harness = common::app_harness(1280.0, 800.0);
    let arch = harness
        .state()
        .catalogue()
        .technique_index("arch_rolls")
        .unwrap();
    common::apply(&mut harness, RoutineCommand::New(vec![arch]));
    common::apply(&mut harness, RoutineCommand::New(vec![arch]));
    assert_eq!(shown_name(&harness), "My routine 2");

    let first = harness.state().user().routines[0].key();
    common::apply(&mut harness, RoutineCommand::Delete(first));
    assert_eq!(harness.state().user().routines.len(), 1);
    assert_eq!(
        shown_name(&harness),
        "My routine 2",
        "the same routine, not the next in line"
    );

    let second = harness.state().user().routines[0].key();
    common::apply(&mut harness, RoutineCommand::Delete(second));
    assert_eq!(harness.state().nav().selected_routine, None);
    assert!(
        routines::info(
            harness.state().catalogue(),
            harness.state().user(),
            RoutineRef::Mine(second)
        )
        .is_none()
    );
}
