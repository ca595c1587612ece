//! Selecting the lower back lists massage there under "Work here", ankle and
//! foot exercises under "May ease it from elsewhere" and reflex points under
//! "Linked on the reflex chart"; switching views keeps the selection and
//! lights the reflex zones on the feet.

use crate::common;

use egui_kittest::kittest::Queryable;
use reliefmap::logic::links::LinkKind;
use reliefmap::logic::text::place_text;

#[test]
fn lower_back_lists_work_here_may_ease_and_chart() {
    let mut harness = common::app_harness(1280.0, 800.0);
    common::select_lower_back(&mut harness);

    let lower_back = common::region(&harness, "lower_back");
    assert_eq!(harness.state().nav().selected, Some(lower_back));
    let catalogue = harness.state().library().catalogue.clone();
    // The lower back is both its sides: work on either side is listed.
    let family = ["lower_back", "lower_back_left", "lower_back_right"];
    let touches = |list: &[String]| list.iter().any(|r| family.contains(&r.as_str()));
    let works: Vec<_> = catalogue
        .techniques
        .iter()
        .filter(|t| touches(&t.works_on))
        .collect();
    let may_ease: Vec<_> = catalogue
        .techniques
        .iter()
        .filter(|t| touches(&t.may_ease) && !touches(&t.works_on))
        .collect();
    // Reflex points are never listed as easing the lower back.
    assert!(
        may_ease
            .iter()
            .all(|t| t.kind != reliefmap::content::TechniqueKind::ReflexPoint)
    );
    assert!(
        works
            .iter()
            .any(|t| t.kind == reliefmap::content::TechniqueKind::Massage)
    );
    harness.get_by_label(&format!("Work here ({})", works.len()));
    harness.get_by_label(&format!("May ease it from elsewhere ({})", may_ease.len()));
    harness.get_by_label_contains("Linked on the reflex chart (");
    for t in &works {
        harness.get_by_label(&t.name);
    }
    for id in ["ankle_circles", "ankle_rotations", "arch_rolls"] {
        let t = catalogue.technique(id).unwrap();
        let label = format!("{} · {}", place_text(&catalogue, t), t.name);
        harness.get_by_label(&label);
    }
    harness.get_by_label("Ankle · Gentle ankle circles");
    // Chart rows name only the zones the chart pairs with the lower back:
    // the inner-edge line's lumbar part, not its neck or upper-back parts.
    harness.get_by_label("Pelvis, low back (left sole, right sole) · Heel reflex point");
    harness.get_by_label("Lower back (inner edge of the foot) · Inner-edge reflex line");
    assert!(harness.query_by_label_contains("Neck (cervical)").is_none());
    assert!(
        harness
            .query_by_label_contains("Upper and mid back")
            .is_none()
    );

    // The feet show the reflex zones for the lower back; the selection stays.
    harness.get_by_label("Feet").click();
    harness.run();
    assert_eq!(harness.state().nav().selected, Some(lower_back));
    let links = &harness.state().caches().links;
    assert_eq!(
        links.get(&common::region(&harness, "reflex_heel_left")),
        Some(&LinkKind::Reflex)
    );
    assert_eq!(
        links.get(&common::region(&harness, "reflex_spine_lumbar")),
        Some(&LinkKind::Reflex)
    );
    assert_eq!(
        links.get(&common::region(&harness, "ankle_left")),
        Some(&LinkKind::MayEase)
    );
}

#[test]
fn opening_a_row_shows_the_technique_page() {
    let mut harness = common::app_harness(1280.0, 800.0);
    common::select_lower_back(&mut harness);
    harness.get_by_label("Ankle · Gentle ankle circles").click();
    harness.run();
    harness.get_by_label("Steps");
    harness.get_by_label("Back to the map").click();
    harness.run();
    harness.get_by_label("Clear");
}
