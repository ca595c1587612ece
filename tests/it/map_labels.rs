//! Names on the map never overlap each other, the guide lines' names or
//! the maps' titles, and stay inside the map area: checked over many window
//! sizes on every view, with every name on and with only the required ones,
//! first on the placement alone and then on the real screen.

use crate::common;

use egui_kittest::kittest::Queryable;
use proptest::prelude::*;
use reliefmap::logic::labels::{Box2, overlaps};
use reliefmap::logic::map::MapLayout;
use reliefmap::logic::map_view::{OnScreen, Wanted, place_maps, view_labels};
use reliefmap::ui::widgets::map_labels::shown_labels;

fn assert_apart(boxes: &[Box2], area: Box2) {
    for (i, a) in boxes.iter().enumerate() {
        assert!(
            a.0.0 >= area.0.0 - 0.01
                && a.0.1 >= area.0.1 - 0.01
                && a.1.0 <= area.1.0 + 0.01
                && a.1.1 <= area.1.1 + 0.01,
            "{a:?} leaves {area:?}"
        );
        for b in &boxes[i + 1..] {
            assert!(!overlaps(*a, *b), "{a:?} overlaps {b:?}");
        }
    }
}

/// The shipped content and its shapes, built once for all the cases.
static SHIPPED: std::sync::LazyLock<(reliefmap::content::Catalogue, MapLayout)> =
    std::sync::LazyLock::new(|| {
        let catalogue = common::shipped();
        let layout = MapLayout::new(&catalogue);
        (catalogue, layout)
    });

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// The placement on its own, at any map area size, with text measured
    /// roughly (7 px a letter).
    #[test]
    fn placed_names_never_overlap(
        width in 200.0f32..2400.0,
        height in 200.0f32..1400.0,
        view in 0usize..4,
        all in any::<bool>(),
        selected in 0usize..200,
    ) {
        placement_holds(width, height, view, all, selected);
    }
}

/// Cases the property once found: the selected region's name was crowded
/// out by optional names placed before it had found room.
#[test]
fn selected_name_survives_a_crowded_small_map() {
    placement_holds(470.44424, 285.52542, 2, true, 118);
}

/// Names apart and inside the area; the selected region always named.
fn placement_holds(width: f32, height: f32, view: usize, all: bool, selected: usize) {
    let (catalogue, layout) = &*SHIPPED;
    let view = &catalogue.views[view];
    let maps: Vec<_> = view.maps.iter().map(|m| layout.map(m).unwrap()).collect();
    let area = ((10.0, 40.0), (10.0 + width, 40.0 + height));
    let aspects: Vec<f32> = maps.iter().map(|m| m.aspect).collect();
    let column = if all { 150.0 } else { 0.0 };
    let on_screen: Vec<OnScreen> = maps
        .iter()
        .zip(place_maps(&aspects, area, column))
        .map(|(shapes, rect)| OnScreen { shapes, rect })
        .collect();
    let selected = reliefmap::content::RegionId::from(selected % catalogue.regions.len());
    let title = ((area.0.0, area.0.1), (area.0.0 + 40.0, area.0.1 + 18.0));
    let labels = view_labels(
        catalogue,
        &on_screen,
        area,
        vec![title],
        &Wanted {
            all,
            required: &|r| r == selected,
            measure: &|text: &str| (7.0 * text.chars().count() as f32 + 6.0, 17.0),
            measure_guide: &|text: &str| (6.0 * text.chars().count() as f32, 14.0),
        },
    );
    let mut boxes: Vec<Box2> = labels.regions.iter().map(|l| l.rect).collect();
    boxes.extend(labels.guides.iter().map(|(_, rect)| *rect));
    boxes.push(title);
    assert_apart(&boxes, area);
    let shown = on_screen.iter().find_map(|m| m.shapes.shape(selected));
    if shown.is_some_and(|shape| !shape.is_group) {
        assert!(
            labels.regions.iter().any(|l| l.key == selected),
            "the selected region is always named"
        );
    }
}

/// On the real screen at the three checked sizes and some odd ones: no two
/// names, titles or guide names overlap, and at 1280×800 and up every
/// region of every view is named.
#[test]
fn names_on_screen_never_overlap() {
    for (width, height) in [
        (800.0, 600.0),
        (1280.0, 800.0),
        (1920.0, 1080.0),
        (1024.0, 1366.0),
        (2560.0, 720.0),
    ] {
        let catalogue = common::shipped();
        let mut harness = common::app_harness(width, height);
        for view in &catalogue.views {
            harness.get_by_label(&view.name).click();
            harness.run();
            let labels = shown_labels(&harness.ctx).unwrap();
            let mut boxes: Vec<Box2> = labels.regions.iter().map(|l| l.rect).collect();
            boxes.extend(labels.guides.iter().map(|(_, rect)| *rect));
            for map in view.maps.iter().filter_map(|m| catalogue.map(m)) {
                for title in map.def.title.iter() {
                    let r = harness.get_by_label(title).rect();
                    boxes.push(((r.min.x, r.min.y), (r.max.x, r.max.y)));
                }
            }
            assert_apart(&boxes, ((0.0, 0.0), (width, height)));
            if width >= 1280.0 && height >= 800.0 {
                assert_eq!(labels.hidden, 0, "{} at {width}×{height}", view.id);
            }
        }
    }
}
