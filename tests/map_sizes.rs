//! Every region can be hit: at 800×600 each one holds a 24 × 24 px box, on
//! every map view.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::kittest::Queryable;
use reliefmap::content::geometry::fits_box;

const TARGET_PX: f32 = 24.0;

fn check_view(view_label: &str) -> Vec<String> {
    let mut harness = common::app_harness(800.0, 600.0);
    harness.get_by_label(view_label).click();
    harness.run();
    let catalogue = harness.state().library.catalogue.clone();
    let layout = harness.state().library.layout.clone();
    let view = harness.state().nav.view;
    let mut too_small = Vec::new();
    for &map in view.maps() {
        for shape in layout.shapes(map) {
            let node = harness.get_by_label(&shape.access_label);
            let rect = node.rect();
            let xs = shape.outline.iter().map(|p| p.0);
            let ys = shape.outline.iter().map(|p| p.1);
            let width = xs.clone().fold(f32::MIN, f32::max) - xs.fold(f32::MAX, f32::min);
            let height = ys.clone().fold(f32::MIN, f32::max) - ys.fold(f32::MAX, f32::min);
            let (px_x, px_y) = (rect.width() / width, rect.height() / height);
            if !fits_box(&shape.outline, TARGET_PX / px_x, TARGET_PX / px_y) {
                too_small.push(format!(
                    "{} ({:.0}×{:.0} px bounds)",
                    catalogue.regions[shape.region].id,
                    rect.width(),
                    rect.height()
                ));
            }
        }
    }
    too_small
}

#[test]
fn regions_are_big_enough_to_hit_at_800_by_600() {
    let mut problems = Vec::new();
    for view in ["Body front", "Body back", "Feet"] {
        problems.extend(check_view(view));
    }
    assert!(
        problems.is_empty(),
        "regions smaller than {TARGET_PX} px: {problems:#?}"
    );
}
