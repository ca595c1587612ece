//! Keyboard travel over the finer regions: arrows cross the spine between
//! the two sides of the back, go up the bands, reach the arms, and pass
//! from one sole to the other. The map is one Tab stop (a roving focus, as
//! in a radio group), and the arrow keys reach every region a pointer can.

use crate::common;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reliefmap::app::ReliefApp;
use reliefmap::ui::pages::map::region_id;

fn focus(harness: &mut Harness<'static, ReliefApp>, id: &str) {
    let region = common::region(harness, id);
    harness
        .ctx
        .memory_mut(|m| m.request_focus(region_id(region)));
    harness.run();
}

fn press(harness: &mut Harness<'static, ReliefApp>, key: Key) -> String {
    harness.key_press(key);
    harness.run();
    common::focused_region_id(harness).unwrap_or_default()
}

#[test]
fn arrows_cross_the_spine_and_climb_the_back() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.get_by_label("Body back").click();
    harness.run();
    // Seen from behind, the person's left is on the viewer's left.
    focus(&mut harness, "lower_back_left");
    assert_eq!(press(&mut harness, Key::ArrowRight), "lower_back_right");
    assert_eq!(press(&mut harness, Key::ArrowUp), "mid_back_right");
    assert_eq!(press(&mut harness, Key::ArrowUp), "upper_back_right");
    assert_eq!(press(&mut harness, Key::ArrowUp), "neck_side_right");
    focus(&mut harness, "forearm_back_left");
    assert_eq!(press(&mut harness, Key::ArrowUp), "elbow_left");
    assert_eq!(press(&mut harness, Key::ArrowDown), "forearm_back_left");
    assert_eq!(press(&mut harness, Key::ArrowDown), "hand_back_left");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().nav().selected,
        Some(common::region(&harness, "hand_back_left"))
    );
}

#[test]
fn arrows_pass_from_one_sole_to_the_other() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.get_by_label("Feet").click();
    harness.run();
    focus(&mut harness, "reflex_big_toe_left");
    let next = press(&mut harness, Key::ArrowRight);
    assert!(next.ends_with("_right"), "{next}");
    let back = press(&mut harness, Key::ArrowLeft);
    assert!(back.ends_with("_left"), "{back}");
}

#[test]
fn the_map_is_one_tab_stop_and_arrows_reach_every_region_of_the_front() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.run();
    let catalogue = harness.state().library().catalogue.clone();
    let mut tab_stops = std::collections::BTreeSet::new();
    for _ in 0..60 {
        harness.key_press(Key::Tab);
        harness.run();
        if let Some(id) = common::focused_region_id(&harness) {
            tab_stops.insert(id);
        }
    }
    assert_eq!(tab_stops.len(), 1, "one Tab stop on the map: {tab_stops:?}");
    // From the first region, the arrows lead everywhere.
    let start = tab_stops.into_iter().next().unwrap();
    let mut seen = std::collections::BTreeSet::from([start.clone()]);
    let mut todo = vec![start];
    while let Some(id) = todo.pop() {
        for key in [
            Key::ArrowUp,
            Key::ArrowDown,
            Key::ArrowLeft,
            Key::ArrowRight,
        ] {
            focus(&mut harness, &id);
            let next = press(&mut harness, key);
            if !next.is_empty() && seen.insert(next.clone()) {
                todo.push(next);
            }
        }
    }
    let front: std::collections::BTreeSet<String> = catalogue
        .regions
        .iter()
        .filter(|r| r.map == "body_front")
        .map(|r| r.id.clone())
        .collect();
    assert_eq!(seen, front);
}
