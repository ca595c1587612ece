//! Every region can be hit: at 800×600 each one holds a 24 px circle (any
//! point within 12 px of its middle hits it), on every map view.

use crate::common;

use egui_kittest::kittest::Queryable;
use reliefmap::content::geometry::inscribed_diameter;

const TARGET_PX: f32 = 24.0;

fn check_view(view_label: &str) -> Vec<String> {
    let mut harness = common::app_harness(800.0, 600.0);
    harness.get_by_label(view_label).click();
    harness.run();
    let catalogue = harness.state().library().catalogue.clone();
    let layout = harness.state().library().layout.clone();
    let view = catalogue
        .chosen_view(&harness.state().nav().view)
        .unwrap()
        .clone();
    let mut too_small = Vec::new();
    for map in view.maps.iter().filter_map(|id| layout.map(id)) {
        for shape in map.regions.iter().filter(|s| !s.is_group) {
            let rect = harness.get_by_label(&shape.access_label).rect();
            let ((x0, y0), (x1, y1)) = shape.bounds;
            let (px_x, px_y) = (rect.width() / (x1 - x0), rect.height() / (y1 - y0));
            for polygon in &shape.polygons {
                let on_screen: Vec<(f32, f32)> = polygon
                    .points
                    .iter()
                    .map(|&(x, y)| (x * px_x, y * px_y))
                    .collect();
                let diameter = inscribed_diameter(&on_screen);
                if diameter < TARGET_PX {
                    too_small.push(format!(
                        "{} holds {diameter:.1} px",
                        catalogue.regions[shape.region].id
                    ));
                }
            }
        }
    }
    too_small
}

#[test]
fn regions_are_big_enough_to_hit_at_800_by_600() {
    let views: Vec<String> = common::shipped()
        .views
        .iter()
        .map(|v| v.name.clone())
        .collect();
    assert_eq!(views.len(), 4);
    let mut problems = Vec::new();
    for view in &views {
        problems.extend(check_view(view));
    }
    assert!(
        problems.is_empty(),
        "regions smaller than {TARGET_PX} px: {problems:#?}"
    );
}
