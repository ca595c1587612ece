//! Hit-testing on the curved artwork: points just inside a curved outline
//! hit it and points just outside do not; where zones lie on top of a
//! larger one, the smallest under the pointer wins, on the map and through
//! a real click.

use crate::common;

use egui_kittest::kittest::Queryable;
use reliefmap::content::geometry;
use reliefmap::logic::map::MapLayout;

fn layout() -> (reliefmap::content::Catalogue, MapLayout) {
    let catalogue = common::shipped();
    let layout = MapLayout::new(&catalogue);
    (catalogue, layout)
}

#[test]
fn points_near_a_curve_hit_on_the_inside_only() {
    let (catalogue, layout) = layout();
    for id in [
        "knee_left",
        "head_front",
        "reflex_big_toe_right",
        "elbow_right",
    ] {
        let region = catalogue.region_index(id).unwrap();
        let (map, shape) = layout.find(region).unwrap();
        let outline = &shape.polygons[0].points;
        assert!(outline.len() > 16, "{id} is a flattened curve");
        let middle = geometry::centroid(outline);
        for &p in outline {
            let towards = |t: f32| (p.0 + (middle.0 - p.0) * t, p.1 + (middle.1 - p.1) * t);
            assert_eq!(
                map.region_at(towards(0.04)),
                Some(region),
                "{id} just inside {p:?}"
            );
            assert_ne!(
                map.region_at(towards(-0.04)),
                Some(region),
                "{id} just outside {p:?}"
            );
        }
    }
}

#[test]
fn the_smallest_of_overlapping_zones_wins() {
    let (catalogue, layout) = layout();
    let index = |id: &str| catalogue.region_index(id).unwrap();
    let (map, heart) = layout.find(index("reflex_heart_left")).unwrap();
    let (_, ball) = layout.find(index("reflex_ball_left")).unwrap();
    assert!(heart.area < ball.area);
    let in_heart = geometry::centroid(&heart.polygons[0].points);
    assert!(
        ball.contains(in_heart),
        "the heart lies on the ball of the foot"
    );
    assert_eq!(map.region_at(in_heart), Some(index("reflex_heart_left")));
    // The sole under every zone is hit only where no zone covers it.
    let (_, arch) = layout.find(index("reflex_kidney_left")).unwrap();
    let in_kidney = geometry::centroid(&arch.polygons[0].points);
    assert_eq!(map.region_at(in_kidney), Some(index("reflex_kidney_left")));
    // A group is never hit itself: its sides are.
    let (back, _) = layout.find(index("lower_back")).unwrap();
    let (_, left) = layout.find(index("lower_back_left")).unwrap();
    let in_left = geometry::centroid(&left.polygons[0].points);
    assert_eq!(back.region_at(in_left), Some(index("lower_back_left")));
}

#[test]
fn a_click_on_a_small_zone_over_a_larger_one_selects_the_small_one() {
    let mut harness = common::app_harness(1280.0, 800.0);
    harness.get_by_label("Feet").click();
    harness.run();
    // A pointer click at the middle of the heart zone, which lies on the
    // ball of the foot.
    harness
        .get_by_label_contains("(left sole), reflex zone for heart")
        .click();
    harness.run();
    assert_eq!(
        harness.state().nav().selected,
        Some(common::region(&harness, "reflex_heart_left"))
    );
}
