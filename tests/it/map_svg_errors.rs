//! Map artwork and regions.ron checked against each other: every problem
//! is reported where it can be fixed, the SVG element or the RON item, with
//! its line and column.

use crate::common;

use common::{ONE_STEP, load_errors, pos_of, technique};
use reliefmap::content::{self, ContentFile};

const SVG: &str = "maps/body_back.svg";
const SVG_SHOWN: &str = "assets/maps/body_back.svg";

fn shipped_text(rel_path: &str) -> String {
    content::shipped_files()
        .into_iter()
        .find(|f| f.rel_path == rel_path)
        .map(|f| f.text)
        .unwrap()
}

/// The body-back drawing with `path` added to its regions.
fn svg_with(path: &str) -> String {
    shipped_text(SVG).replacen(
        "</g>\n  <g id=\"details\"",
        &format!("  {path}\n  </g>\n  <g id=\"details\""),
        1,
    )
}

/// regions.ron with a region `test_zone` on the back added.
fn regions_with_test_zone() -> String {
    let regions = shipped_text("regions.ron");
    let end = regions.rfind(']').unwrap();
    format!(
        "{}    Region(id: \"test_zone\", name: \"Test zone\", map: \"body_back\", side: Centre),\n]\n",
        &regions[..end]
    )
}

/// The shipped content with these files replaced, and a technique on the
/// test zone so that only its drawing can be at fault.
fn with(files: &[(&str, &str)]) -> Vec<ContentFile> {
    let mut all = content::shipped_files();
    for (rel_path, text) in files {
        all.retain(|f| f.rel_path != *rel_path);
        all.extend(
            common::shipped_with(rel_path, text)
                .into_iter()
                .filter(|f| f.rel_path == *rel_path),
        );
    }
    let techniques = format!("[\n{}]\n", technique("t", r#""test_zone""#, ONE_STEP));
    all.extend(
        common::shipped_with("techniques/zz_test.ron", &techniques)
            .into_iter()
            .filter(|f| f.rel_path == "techniques/zz_test.ron"),
    );
    all
}

const BIG_SQUARE: &str = "M 10 700 L 60 700 L 60 750 L 10 750 Z";

#[test]
fn a_drawn_region_missing_from_regions_ron_is_reported_at_its_path() {
    let svg = svg_with(&format!("<path id=\"test_zone\" d=\"{BIG_SQUARE}\"/>"));
    let errors = load_errors(&with(&[(SVG, &svg)]));
    let at = pos_of(&svg, "<path id=\"test_zone\"");
    assert!(
        errors.iter().any(|e| e.starts_with(&format!(
            "{SVG_SHOWN}:{at}: region 'test_zone' is drawn here but regions.ron does not name it"
        ))),
        "{errors:#?}"
    );
}

#[test]
fn a_region_missing_from_the_drawing_is_reported_at_its_item() {
    let regions = regions_with_test_zone();
    let errors = load_errors(&with(&[("regions.ron", &regions)]));
    let at = pos_of(&regions, "id: \"test_zone\"");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0],
        format!(
            "data/regions.ron:{at}: region 'test_zone' has no <path id=\"test_zone\"> in maps/body_back.svg; draw it there or remove it"
        )
    );
}

fn drawing_errors(d: &str) -> (String, Vec<String>) {
    let svg = svg_with(&format!("<path id=\"test_zone\" d=\"{d}\"/>"));
    let regions = regions_with_test_zone();
    let errors = load_errors(&with(&[(SVG, &svg), ("regions.ron", &regions)]));
    (svg, errors)
}

#[test]
fn a_path_left_open_is_reported() {
    let (svg, errors) = drawing_errors("M 10 700 L 60 700 L 60 750 L 10 750");
    let at = pos_of(&svg, "<path id=\"test_zone\"");
    assert_eq!(
        errors,
        [format!(
            "{SVG_SHOWN}:{at}: region 'test_zone': shape 1 is not closed; end its path with Z"
        )]
    );
}

#[test]
fn a_path_crossing_itself_is_reported() {
    let (svg, errors) = drawing_errors("M 10 700 L 60 750 L 60 700 L 10 750 Z");
    let at = pos_of(&svg, "<path id=\"test_zone\"");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!(
            "{SVG_SHOWN}:{at}: region 'test_zone': its outline crosses itself"
        )),
        "{}",
        errors[0]
    );
}

#[test]
fn a_path_too_small_to_hit_is_reported() {
    // 30 units on a body map 800 units tall: 17 px at 800×600.
    let (svg, errors) = drawing_errors("M 10 700 L 40 700 L 40 730 L 10 730 Z");
    let at = pos_of(&svg, "<path id=\"test_zone\"");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!(
            "{SVG_SHOWN}:{at}: region 'test_zone': it is too small to click: at 800×600 it must hold a 24 px circle"
        )),
        "{}",
        errors[0]
    );
}

#[test]
fn a_big_closed_path_is_accepted() {
    let svg = svg_with(&format!("<path id=\"test_zone\" d=\"{BIG_SQUARE}\"/>"));
    let regions = regions_with_test_zone();
    let files = with(&[(SVG, &svg), ("regions.ron", &regions)]);
    if let Err(errors) = content::load(&files) {
        panic!("{errors:#?}");
    }
}

#[test]
fn a_region_that_leads_nowhere_is_reported() {
    let svg = svg_with(&format!("<path id=\"test_zone\" d=\"{BIG_SQUARE}\"/>"));
    let regions = regions_with_test_zone();
    let mut files = with(&[(SVG, &svg), ("regions.ron", &regions)]);
    files.retain(|f| f.rel_path != "techniques/zz_test.ron");
    let errors = load_errors(&files);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].contains("body region 'test_zone' leads nowhere"),
        "{}",
        errors[0]
    );
}

#[test]
fn broken_svg_names_line_and_column() {
    let svg = shipped_text(SVG).replacen("<path id=\"head_back\"", "<path id=\"head_back\" <", 1);
    let errors = load_errors(&with(&[(SVG, &svg)]));
    assert!(errors[0].starts_with(SVG_SHOWN), "{errors:#?}");
    assert!(errors[0].contains("is not valid SVG"), "{errors:#?}");
}

/// Found by the map_svg fuzz target: an arc whose ends differ by 4e-321
/// stopped the loader (the arc's maths squared the gap to 0). A vanishingly
/// small number is refused at its path, with what to write instead.
#[test]
fn an_arc_between_points_a_denormal_apart_is_refused() {
    let (svg, errors) = drawing_errors("M 3734.9e-324 700 A 50 50 0 0 1 0 700 L 60 750 L 10 750 Z");
    let at = pos_of(&svg, "<path id=\"test_zone\"");
    assert!(
        errors
            .iter()
            .any(|e| e.contains(&at) && e.contains("too small to draw with")),
        "{errors:?}"
    );
}

/// "list" is the app's own view of every region: a view in maps.ron (or a
/// pack) that takes that id is refused at the id.
#[test]
fn a_view_with_the_list_id_is_refused() {
    let maps = shipped_text("maps.ron").replacen("id: \"inner_edge\"", "id: \"list\"", 1);
    let errors = load_errors(&with(&[("maps.ron", &maps)]));
    let at = pos_of(&maps, "id: \"list\"");
    assert!(
        errors
            .iter()
            .any(|e| e.contains(&at) && e.contains("the app's own list")),
        "{errors:?}"
    );
}
