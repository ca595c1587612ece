//! Content people can trust: every dose says whose numbers they are, reflex
//! points never claim relief, red flags follow national guidance, foot work
//! carries foot cautions, and a routine's name matches its length. The
//! checks run in `reliefmap check` and report file, line and column.

use crate::common;

use common::{load_errors, pos_of, shipped, shipped_with, technique};
use reliefmap::content::{Dose, DoseOrigin, TechniqueKind, Urgency};

const FILE: &str = "techniques/zz_test.ron";
const SHOWN: &str = "data/techniques/zz_test.ron";

fn list(items: &[String]) -> String {
    format!("[\n{}]\n", items.concat())
}

#[test]
fn a_dose_without_an_origin_is_rejected_at_its_place() {
    let steps = r#"Step(text: "Rub.", dose: Timed(min_secs: 60, max_secs: 120))"#;
    let text = list(&[technique("unsaid", r#""calf_left""#, steps)]);
    let errors = load_errors(&shipped_with(FILE, &text));
    let at = pos_of(&text, "dose: Timed");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!(
            "{SHOWN}:{at}: technique 'unsaid' step 1: has a dose but no dose_origin"
        )),
        "{}",
        errors[0]
    );
}

#[test]
fn partly_needs_a_note_and_app_steps_cannot_claim_article_doses() {
    let partly =
        r#"Step(text: "Rub.", dose: Timed(min_secs: 60, max_secs: 120), dose_origin: Partly)"#;
    let conventional = technique(
        "conventional",
        r#""calf_left""#,
        r#"Step(text: "Rub.", dose: Timed(min_secs: 60, max_secs: 120), dose_origin: Article)"#,
    )
    .replace("steps: [", "steps_origin: Conventional,\n        steps: [");
    let text = list(&[technique("partly", r#""calf_left""#, partly), conventional]);
    let errors = load_errors(&shipped_with(FILE, &text));
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors[0].contains("dose_origin is Partly but there is no dose_note"));
    assert!(errors[1].contains("cannot come from the article"));
    assert!(errors[1].starts_with(&format!(
        "{SHOWN}:{}",
        pos_of(&text, "dose_origin: Article")
    )));
}

#[test]
fn a_reflex_point_that_claims_relief_is_rejected() {
    let text = list(&[
        technique("chart", r#""reflex_heel_left""#, common::ONE_STEP)
            .replace("kind: Massage", "kind: ReflexPoint")
            .replace(
                "positions:",
                "may_ease: [\"lower_back\"],\n        positions:",
            ),
    ]);
    let errors = load_errors(&shipped_with(FILE, &text));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let at = pos_of(&text, "may_ease");
    assert!(
        errors[0].starts_with(&format!(
            "{SHOWN}:{at}: technique 'chart' is a reflex point and names may_ease"
        )),
        "{}",
        errors[0]
    );
}

#[test]
fn a_routine_named_for_minutes_must_last_them() {
    let text = r#"[
    Routine(
        id: "quick",
        name: "5-minute feet",
        techniques: ["toe_curls_towel", "arch_rolls"],
        source: "foot_exercises",
    ),
]
"#;
    let errors = load_errors(&shipped_with("routines.ron", text));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!(
            "data/routines.ron:{}: routine 'quick' is named for 5 minutes but takes about",
            pos_of(text, "name:")
        )),
        "{}",
        errors[0]
    );
}

#[test]
fn an_unknown_source_is_named_with_a_suggestion() {
    let text = list(&[technique("cited", r#""calf_left""#, common::ONE_STEP)
        .replace("source: \"self_massage\"", "source: \"self_masage\"")]);
    let errors = load_errors(&shipped_with(FILE, &text));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0]
            .contains("source 'self_masage' is not in sources.ron — did you mean 'self_massage'?"),
        "{}",
        errors[0]
    );
}

#[test]
fn every_dose_in_the_shipped_content_says_whose_it_is() {
    let catalogue = shipped();
    for t in &catalogue.techniques {
        for (i, step) in t.steps.iter().enumerate() {
            assert_eq!(
                step.dose == Dose::Instruction,
                step.dose_origin == DoseOrigin::Unstated,
                "{} step {}",
                t.id,
                i + 1
            );
        }
    }
    // The ten techniques whose articles give no times or counts.
    for id in [
        "inner_edge_reflex_line",
        "partner_lower_back_massage",
        "glute_stretch_thread_needle",
        "lying_twist",
        "foam_rolling",
        "ball_rolling_wall",
        "lying_tennis_ball_back",
        "foot_ball_rolling",
        "leg_strokes_to_heart",
        "thigh_warmup_kneading",
    ] {
        let t = catalogue.technique(id).unwrap();
        for step in t.steps.iter().filter(|s| s.dose != Dose::Instruction) {
            assert_eq!(step.dose_origin, DoseOrigin::App, "{id}: {}", step.text);
        }
    }
    // Rests and holds the article does not give are marked as the app's.
    let heel_raises = catalogue.technique("heel_raises").unwrap();
    assert!(
        heel_raises
            .steps
            .iter()
            .any(|s| s.dose_origin == DoseOrigin::Partly
                && s.dose_note.as_deref().is_some_and(|n| n.contains("rest")))
    );
    let trigger = catalogue.technique("glute_trigger_point").unwrap();
    assert!(
        trigger
            .steps
            .iter()
            .any(|s| matches!(s.dose, Dose::Hold { secs, .. } if secs <= 5))
    );
    let flat_back = catalogue.technique("flat_back_rest").unwrap();
    assert!(flat_back.steps.iter().any(|s| {
        s.dose_origin == DoseOrigin::App
            && s.dose_note
                .as_deref()
                .is_some_and(|n| n.contains("as long as you like"))
    }));
}

#[test]
fn ankle_circles_share_three_to_five_minutes_between_the_ankles() {
    let catalogue = shipped();
    let circles = catalogue.technique("ankle_circles").unwrap();
    let timed: Vec<_> = circles
        .steps
        .iter()
        .filter(|s| matches!(s.dose, Dose::Timed { .. }))
        .collect();
    assert_eq!(timed.len(), 1);
    // Both ankles, as the ankle routine says: the article's 3 to 5 minutes
    // in all, split between them and marked as partly the app's.
    assert_eq!(timed[0].per_side.as_deref(), Some("ankle"));
    assert_eq!(timed[0].dose_origin, DoseOrigin::Partly);
    let Dose::Timed {
        min_secs, max_secs, ..
    } = timed[0].dose
    else {
        unreachable!()
    };
    assert_eq!((min_secs * 2, max_secs * 2), (180, 300));
}

#[test]
fn the_foot_routine_lasts_what_its_name_says() {
    let catalogue = shipped();
    let user = reliefmap::logic::store::UserState::default();
    for (i, routine) in catalogue.routines.iter_enumerated() {
        let info = reliefmap::logic::routines::info(
            &catalogue,
            &user,
            reliefmap::logic::routines::RoutineRef::BuiltIn(i),
        )
        .unwrap();
        let secs = reliefmap::logic::routines::estimate_secs(
            &catalogue,
            &info.techniques(&catalogue),
            info.transition_secs,
        );
        eprintln!("{}: {} min {} s", routine.name, secs / 60, secs % 60);
        if routine.id == "foot_routine_15_min" {
            let named = reliefmap::content::minutes_in_name(&routine.name).unwrap();
            assert!(secs.abs_diff(named * 60) <= 45, "{secs} s for {named} min");
        }
    }
}

#[test]
fn reflex_points_never_claim_relief_and_ankle_massage_is_not_reflexology() {
    let catalogue = shipped();
    for t in &catalogue.techniques {
        if t.kind == TechniqueKind::ReflexPoint {
            assert!(t.may_ease.is_empty(), "{}", t.id);
        }
    }
    for id in [
        "ankle_circles",
        "ankle_thumb_pressure",
        "ankle_rotations",
        "calf_massage",
    ] {
        let t = catalogue.technique(id).unwrap();
        for region in &t.works_on {
            assert!(
                catalogue.region(region).unwrap().reflex_label.is_none(),
                "{id} works on the reflex zone {region}"
            );
        }
    }
    let ball = catalogue.technique("foot_ball_rolling").unwrap();
    assert!(ball.may_ease.is_empty());
    for t in &catalogue.techniques {
        let summary = t.summary.to_lowercase();
        for strong in ["many people find", "an easy add-on", "can ease a tight"] {
            assert!(!summary.contains(strong), "{}: {}", t.id, t.summary);
        }
    }
}

#[test]
fn red_flags_follow_national_guidance() {
    let catalogue = shipped();
    let flags = &catalogue.safety.red_flags;
    let find = |words: &[&str]| {
        flags
            .iter()
            .find(|f| words.iter().all(|w| f.text.to_lowercase().contains(w)))
            .unwrap_or_else(|| panic!("no red flag with {words:?}"))
    };
    assert_eq!(
        find(&["sneeze", "cough", "toilet"]).urgency,
        Urgency::Urgent
    );
    assert_eq!(
        find(&["between the shoulder blades"]).urgency,
        Urgency::Urgent
    );
    assert_eq!(
        find(&["both legs", "pain", "weakness", "numbness", "tingling"]).urgency,
        Urgency::Emergency
    );
    assert_eq!(find(&["trouble peeing"]).urgency, Urgency::Emergency);
    // Sudden one-sided numbness or weakness may be a stroke: never "book an
    // appointment".
    let stroke = find(&["sudden", "one side", "slurred speech"]);
    assert_eq!(stroke.urgency, Urgency::Emergency);
    assert_eq!(stroke.source, "nhs_stroke");
    assert_eq!(
        find(&["very severe", "getting worse"]).urgency,
        Urgency::Appointment
    );
    let one_leg = find(&["one leg", "numbness"]);
    assert_eq!(one_leg.urgency, Urgency::Appointment);
    assert!(
        one_leg
            .detail
            .as_deref()
            .is_some_and(|d| d.contains("both legs"))
    );
    assert_eq!(find(&["calf", "swollen"]).urgency, Urgency::Urgent);
    // Each flag cites the guidance it follows, never an article.
    for flag in flags {
        let source = catalogue.source(&flag.source).unwrap();
        assert!(source.url.is_some() && source.file.is_none(), "{}", flag.id);
    }
    let ids: Vec<&str> = catalogue
        .safety
        .contraindications
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    for id in ["recent_surgery", "skin_infection", "suspected_clot"] {
        assert!(ids.contains(&id), "{id}");
    }
}

#[test]
fn legs_and_pregnancy_cautions_go_with_every_technique_there() {
    let catalogue = shipped();
    for t in &catalogue.techniques {
        let areas: Vec<&str> = catalogue
            .area_cautions(t)
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        let on = |ids: &[&str]| t.works_on.iter().any(|r| ids.contains(&r.as_str()));
        if on(&[
            "calf_left",
            "calf_right",
            "hamstring_left",
            "thigh_front_right",
        ]) {
            assert!(areas.contains(&"legs"), "{}", t.id);
        }
        if on(&["sacrum", "glute_left", "glute_right", "abdomen"]) {
            assert!(areas.contains(&"pregnancy"), "{}", t.id);
        }
    }
    let partner = catalogue.technique("partner_lower_back_massage").unwrap();
    assert!(
        catalogue
            .area_cautions(partner)
            .iter()
            .any(|a| a.cautions.iter().any(|c| c.contains("pregnant")))
    );
}

#[test]
fn foot_techniques_carry_the_foot_cautions() {
    let catalogue = shipped();
    for id in [
        "toe_curls_towel",
        "arch_rolls",
        "heel_raises",
        "heel_reflex_point",
        "inner_edge_reflex_line",
        "foot_ball_rolling",
        "foot_hand_massage",
    ] {
        let t = catalogue.technique(id).unwrap();
        let areas = catalogue.area_cautions(t);
        assert!(areas.iter().any(|a| a.id == "feet"), "{id}");
        let text = areas
            .iter()
            .flat_map(|a| &a.cautions)
            .map(|c| c.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        for word in ["swollen", "infection", "gout", "diabetes", "injured"] {
            assert!(text.contains(word), "{id}: no caution about {word}");
        }
    }
    let back = catalogue.technique("hands_back_massage").unwrap();
    assert!(catalogue.area_cautions(back).is_empty());
}

#[test]
fn neck_massage_works_on_the_back_and_sides_not_the_throat() {
    let catalogue = shipped();
    let neck = catalogue.technique("neck_self_massage").unwrap();
    assert!(!neck.works_on.iter().any(|r| r == "neck_front"));
    assert!(neck.works_on.iter().any(|r| r == "neck_back"));
}

#[test]
fn what_the_articles_say_is_back() {
    let catalogue = shipped();
    let tip_text = |technique: &str| {
        catalogue
            .tips
            .iter()
            .filter(|t| t.techniques.iter().any(|x| x == technique))
            .map(|t| t.text.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let belly = tip_text("abdominal_self_massage");
    assert!(belly.contains("fibre") && belly.contains("drinking") && belly.contains("active"));
    let glutes = tip_text("glute_kneading");
    assert!(glutes.contains("a few minutes") && glutes.contains("a week"));
    assert!(tip_text("foam_rolling").contains("heated massagers"));
    let deep = catalogue.technique("glute_deep_pressure").unwrap();
    assert!(
        !deep
            .equipment
            .contains(&reliefmap::content::Equipment::Partner)
    );
    assert!(deep.summary.contains("massage ball"));
    for id in ["ankle_circles", "calf_massage"] {
        let t = catalogue.technique(id).unwrap();
        assert!(
            t.steps.iter().any(|s| s.text.contains("tense")
                || s.cue.as_deref().is_some_and(|c| c.contains("tense"))),
            "{id} lost 'focus on areas with tension'"
        );
    }
}

#[test]
fn every_technique_names_a_source_with_a_title() {
    let catalogue = shipped();
    for t in &catalogue.techniques {
        let source = catalogue.source(&t.source).unwrap();
        assert!(!source.title.is_empty());
        assert!(source.file.as_deref().is_some_and(|f| f.ends_with(".txt")));
    }
}
