//! What a screen reader finds: the window named, focus on each new page's
//! heading (technique, safety page, first step), headings for sections,
//! named lists of named rows, a progress bar whose name and value agree,
//! and the skip link to the map.

use crate::common;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn focus_follows_the_page_from_region_to_first_step() {
    let mut harness = common::app_harness(1280.0, 800.0);
    assert_eq!(
        harness.root().accesskit_node().label().as_deref(),
        Some("Relief Map")
    );
    common::select_lower_back(&mut harness);

    // The lists are named, and each row is one named item.
    harness.get_by_role_and_label(Role::List, "Work here");
    harness.get_by_role_and_label(Role::Heading, "Work here (8)");
    harness.get_by_role_and_label(
        Role::ListItem,
        "Lying on a tennis ball, massage, about 4 minutes",
    );
    let index = harness
        .state()
        .library()
        .catalogue
        .technique_index("lying_tennis_ball_back")
        .unwrap();

    // Enter on the row: the technique page's heading has the focus.
    harness.get_by_label("Lying on a tennis ball").click();
    harness.run();
    let name = &harness.state().library().catalogue.techniques[index]
        .name
        .clone();
    assert!(
        harness
            .get_by_role_and_label(Role::Heading, name)
            .is_focused()
    );
    for section in ["You need", "Steps", "Source"] {
        harness.get_by_role_and_label(Role::Heading, section);
    }

    // Start: the safety page's heading.
    harness.get_by_label("Start (S)").click();
    harness.run();
    let gate = format!("Before you start: {name}");
    assert!(
        harness
            .get_by_role_and_label(Role::Heading, &gate)
            .is_focused()
    );

    // "I understand, start": the first step, as a heading with the focus.
    harness.get_by_label("I understand, start").click();
    harness.run_steps(2);
    let first = harness.state().library().catalogue.techniques[index].steps[0]
        .text
        .clone();
    assert!(
        harness
            .get_by_role_and_label(Role::Heading, &first)
            .is_focused()
    );
    // Progress in steps, with a real range (not egui's ±1.8e308).
    let progress = harness.get_by_role(Role::ProgressIndicator);
    let node = progress.accesskit_node();
    assert!(
        node.label()
            .is_some_and(|l| l.starts_with("Progress: step 1 of "))
    );
    assert_eq!(node.numeric_value(), Some(0.0));
    assert_eq!(node.min_numeric_value(), Some(0.0));
    assert!(
        node.max_numeric_value()
            .is_some_and(|m| (1.0..100.0).contains(&m))
    );
}

#[test]
fn the_skip_link_is_first_and_moves_to_the_map() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.key_press(egui::Key::Tab);
    harness.run();
    let link = harness.get_by_role_and_label(Role::Link, "Go to the map");
    assert!(link.is_focused());
    harness.key_press(egui::Key::Enter);
    harness.run_steps(3);
    let focused = harness
        .get_all_by_role(Role::Button)
        .find(|n| n.is_focused())
        .expect("a map region has the focus");
    let region = focused.accesskit_node().label().unwrap_or_default();
    assert!(
        harness
            .state()
            .library()
            .catalogue
            .regions
            .iter()
            .any(|r| region.starts_with(&r.name)),
        "focus on {region:?}, not a map region"
    );
}

#[test]
fn plain_text_offers_no_click() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.run();
    let heading = harness.get_by_role_and_label(Role::Heading, "Where does it hurt?");
    assert!(
        !heading
            .accesskit_node()
            .data()
            .supports_action(egui::accesskit::Action::Click)
    );
}

#[test]
fn tab_goes_top_bar_then_map_then_lists() {
    let mut harness = common::app_harness(1280.0, 800.0);
    common::select_lower_back(&mut harness);
    let regions: Vec<String> = harness
        .state()
        .library()
        .catalogue
        .regions
        .iter()
        .map(|r| r.name.clone())
        .collect();
    let mut order = Vec::new();
    // A row's star is named "Favourite: <technique>".
    let is_row = |l: &String| l.starts_with("Favourite:");
    for _ in 0..200 {
        if order.iter().any(is_row) {
            break;
        }
        harness.key_press(egui::Key::Tab);
        harness.run();
        let focused = harness
            .get_all_by_role(Role::Button)
            .chain(harness.get_all_by_role(Role::CheckBox))
            .find(|n| n.is_focused())
            .and_then(|n| n.accesskit_node().label());
        if let Some(label) = focused {
            order.push(label);
        }
    }
    let first_region = order
        .iter()
        .position(|l| regions.iter().any(|r| l.starts_with(r.as_str())))
        .unwrap_or_else(|| panic!("Tab reaches the map: {order:?}"));
    let first_star = order
        .iter()
        .position(is_row)
        .expect("Tab reaches the lists");
    assert!(first_region < first_star, "{order:?}");
    let top_bar = order.iter().position(|l| l == "Help").unwrap();
    assert!(top_bar < first_region, "{order:?}");
}
