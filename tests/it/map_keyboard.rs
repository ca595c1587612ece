//! Keyboard only: Tab reaches the map, arrows move between regions, Enter
//! selects, Escape clears; F1 opens the shortcuts.

use crate::common;
use reliefmap::content::ViewChoice;

use egui::Key;
use egui_kittest::kittest::Queryable;
use reliefmap::ui::pages::map::region_id;

#[test]
fn tab_arrows_enter_and_escape() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.run();
    let mut tabs = 0;
    while common::focused_region(&harness).is_none() {
        harness.key_press(Key::Tab);
        harness.run();
        tabs += 1;
        assert!(tabs < 60, "Tab never reached the map");
    }
    let first = common::focused_region(&harness).unwrap();
    assert_eq!(
        harness.state().library().catalogue.regions[first].id,
        "head_front",
        "focus starts at the top of the body"
    );

    harness.key_press(Key::ArrowDown);
    harness.run();
    let below = common::focused_region(&harness).expect("focus stays on the map");
    assert_eq!(
        harness.state().library().catalogue.regions[below].id,
        "neck_front"
    );

    harness.key_press(Key::ArrowDown);
    harness.run();
    harness.key_press(Key::ArrowLeft);
    harness.run();
    let moved = common::focused_region(&harness).expect("focus stays on the map");
    assert_ne!(moved, below);

    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().nav().selected,
        Some(moved),
        "Enter selects the focused region"
    );

    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(
        harness.state().nav().selected,
        None,
        "Escape clears the selection"
    );
}

#[test]
fn space_selects_and_number_keys_switch_views() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.key_press(Key::Num3);
    harness.run();
    assert_eq!(harness.state().nav().view, ViewChoice::map("feet"));
    let heel = common::region(&harness, "reflex_heel_right");
    harness.ctx.memory_mut(|m| m.request_focus(region_id(heel)));
    harness.run();
    harness.key_press(Key::Space);
    harness.run();
    assert_eq!(harness.state().nav().selected, Some(heel));
    harness.key_press(Key::Num1);
    harness.run();
    assert_eq!(harness.state().nav().view, ViewChoice::map("body_front"));
    assert_eq!(
        harness.state().nav().selected,
        Some(heel),
        "switching views keeps the selection"
    );
}

#[test]
fn f1_shows_the_shortcuts_and_escape_closes_them() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.key_press(Key::F1);
    harness.run();
    let dialog = egui::accesskit::Role::Dialog;
    harness.get_by_role_and_label(dialog, "Keyboard shortcuts");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(dialog, "Keyboard shortcuts")
            .is_none()
    );
}
