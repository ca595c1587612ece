//! From a fresh start to a running step by keys alone, counted: Body back,
//! the lower back, its first technique, the safety page, the pain question.
//! At most 12 key presses.

use crate::common;
use reliefmap::content::ViewChoice;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use reliefmap::app::ReliefApp;
use reliefmap::logic::session::Status;
use reliefmap::state::nav::Page;

/// The name of the node with the keyboard focus.
fn focused_name(harness: &Harness<'static, ReliefApp>) -> Option<String> {
    harness
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .and_then(|n| n.accesskit_node().label().map(|l| l.to_string()))
}

#[test]
fn twelve_keys_or_fewer_from_a_fresh_start_to_a_running_step() {
    let mut harness = common::app_harness_asking(1280.0, 800.0);
    harness.run();
    let presses = std::cell::Cell::new(0);
    let press = |harness: &mut Harness<'static, ReliefApp>, key: Key| {
        harness.key_press(key);
        harness.run_steps(3);
        presses.set(presses.get() + 1);
    };
    // Body back: the keyboard is on the map at once.
    press(&mut harness, Key::Num2);
    assert_eq!(harness.state().nav().view, ViewChoice::map("body_back"));
    assert!(
        common::focused_region_id(&harness).is_some(),
        "the map has the keyboard"
    );
    // Down the back to the lower back.
    while !common::focused_region_id(&harness).is_some_and(|r| r.starts_with("lower_back")) {
        press(&mut harness, Key::ArrowDown);
        assert!(presses.get() < 12, "the lower back is out of reach");
    }
    press(&mut harness, Key::Enter);
    let selected = harness.state().nav().selected.unwrap();
    let catalogue = harness.state().library().catalogue.clone();
    assert!(catalogue.regions[selected].id.starts_with("lower_back"));
    // Its first technique: Tab goes from the map to the list.
    let first = reliefmap::logic::links::region_techniques(&catalogue, selected).work_here[0];
    let name = &catalogue.techniques[first].name;
    while !focused_name(&harness).is_some_and(|f| f.starts_with(name.as_str())) {
        press(&mut harness, Key::Tab);
        assert!(presses.get() < 12, "Tab did not reach {name}");
    }
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().nav().page(), Page::Technique(first));
    // Start, then start on the safety page, then a pain rating.
    press(&mut harness, Key::S);
    assert_eq!(harness.state().nav().page(), Page::SafetyGate(first));
    press(&mut harness, Key::S);
    assert!(harness.state().run().asking_pain_before);
    press(&mut harness, Key::Num5);
    let session = harness.state().run().session.as_ref().unwrap();
    assert_eq!(session.status(), Status::Running);
    assert_eq!(harness.state().run().pain.0, Some(5));
    let presses = presses.get();
    assert!(presses <= 12, "{presses} key presses");
    eprintln!("{presses} key presses from a fresh start to a running step");
}
