//! The shipped catalogue is complete and valid.

use crate::common;

use std::collections::BTreeSet;

use reliefmap::content;

#[test]
fn shipped_catalogue_validates() {
    let catalogue = common::shipped();
    assert!(catalogue.regions.len() >= 60);
    assert!(catalogue.techniques.len() >= 33);
    assert!(!catalogue.safety.red_flags.is_empty());
}

#[test]
fn every_technique_from_the_issue_is_present_with_its_source() {
    let catalogue = common::shipped();
    let expected = [
        (
            "000_ce4b5f0bb04e9b0b.txt",
            &[
                "ankle_circles",
                "ankle_thumb_pressure",
                "ankle_rotations",
                "calf_massage",
            ][..],
        ),
        (
            "001_a67acd650451b7d8.txt",
            &[
                "toe_curls_towel",
                "arch_rolls",
                "heel_raises",
                "heel_reflex_point",
                "inner_edge_reflex_line",
            ],
        ),
        (
            "002_b67ef7817307f505.txt",
            &[
                "partner_lower_back_massage",
                "flat_back_rest",
                "glute_stretch_thread_needle",
                "lying_twist",
                "foam_rolling",
                "ball_rolling_wall",
                "neck_self_massage",
                "headache_self_massage",
                "abdominal_self_massage",
                "lower_back_self_massage",
                "lying_tennis_ball_back",
                "foot_ball_rolling",
                "foot_hand_massage",
                "leg_strokes_to_heart",
                "thigh_warmup_kneading",
            ],
        ),
        (
            "003_f7520c307c7ed7ab.txt",
            &[
                "glute_effleurage",
                "glute_kneading",
                "glute_deep_pressure",
                "glute_trigger_point",
                "glute_self_massage_tools",
            ],
        ),
        (
            "004_f716e58d311ff202.txt",
            &[
                "upper_back_ball_roll",
                "lower_back_ball_roll",
                "hands_back_massage",
                "cross_body_shoulder_massage",
            ],
        ),
    ];
    for (source, ids) in expected {
        for id in ids {
            let technique = catalogue
                .technique(id)
                .unwrap_or_else(|| panic!("missing technique {id}"));
            let file = catalogue
                .source(&technique.source)
                .and_then(|s| s.file.as_deref());
            assert_eq!(file, Some(source), "{id}");
        }
    }
}

#[test]
fn article_doses_are_kept() {
    use reliefmap::content::Dose;
    let catalogue = common::shipped();
    let first_dosed = |id: &str| {
        let technique = catalogue
            .technique(id)
            .unwrap_or_else(|| panic!("missing {id}"));
        technique
            .steps
            .iter()
            .find(|s| s.dose != Dose::Instruction)
            .map(|s| {
                (
                    s.dose.clone(),
                    s.per_side.clone().or(technique.per_side.clone()),
                )
            })
            .unwrap_or_else(|| panic!("{id} has no dosed step"))
    };
    let (dose, side) = first_dosed("ankle_rotations");
    assert!(
        matches!(
            dose,
            Dose::Reps {
                min: 10,
                max: 10,
                each_direction: true
            }
        ),
        "{dose:?}"
    );
    assert_eq!(side.as_deref(), Some("ankle"));
    let (dose, _) = first_dosed("heel_raises");
    assert!(
        matches!(
            dose,
            Dose::Sets {
                sets: 2,
                min_reps: 15,
                max_reps: 20,
                ..
            }
        ),
        "{dose:?}"
    );
    let (dose, side) = first_dosed("ankle_thumb_pressure");
    assert!(
        matches!(
            dose,
            Dose::Timed {
                min_secs: 180,
                max_secs: 300,
                ..
            }
        ),
        "{dose:?}"
    );
    assert!(side.is_some());
}

#[test]
fn conventional_steps_are_marked() {
    use reliefmap::content::StepsOrigin;
    let catalogue = common::shipped();
    for id in [
        "neck_self_massage",
        "headache_self_massage",
        "abdominal_self_massage",
    ] {
        assert_eq!(
            catalogue.technique(id).map(|t| t.steps_origin),
            Some(StepsOrigin::Conventional),
            "{id}"
        );
    }
}

#[test]
fn every_map_has_regions_and_links_resolve() {
    let catalogue = common::shipped();
    assert_eq!(
        catalogue
            .maps
            .iter()
            .map(|m| m.def.id.as_str())
            .collect::<Vec<_>>(),
        [
            "body_front",
            "body_back",
            "left_sole",
            "right_sole",
            "inner_edge"
        ]
    );
    for map in &catalogue.maps {
        assert!(
            catalogue.regions.iter().any(|r| r.map == map.def.id),
            "{} is empty",
            map.def.id
        );
    }
    let heel = catalogue
        .region("reflex_heel_left")
        .expect("left heel zone");
    assert!(heel.reflex_for.iter().any(|r| r == "lower_back"));
}

#[test]
fn red_flags_mark_emergencies() {
    use reliefmap::content::Urgency;
    let catalogue = common::shipped();
    let flags = &catalogue.safety.red_flags;
    assert!(
        flags
            .iter()
            .filter(|f| f.urgency == Urgency::Emergency)
            .count()
            >= 3
    );
    assert!(flags.iter().any(|f| f.urgency == Urgency::Urgent));
    assert!(catalogue.safety.contraindications.len() >= 10);
}

/// Every `.ron` file in `data/` and every drawing in `assets/maps/` is
/// embedded, and nothing else is.
#[test]
fn embedded_list_matches_data_folder() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let (mut files, errors) = content::read_dir(&root.join("data"));
    assert!(errors.is_empty(), "{errors:?}");
    let (art, errors) = content::read_dir(&root.join("assets"));
    assert!(errors.is_empty(), "{errors:?}");
    files.extend(art);
    let on_disk: BTreeSet<String> = files.iter().map(|f| f.rel_path.clone()).collect();
    let embedded: BTreeSet<String> = content::shipped_files()
        .into_iter()
        .map(|f| f.rel_path)
        .collect();
    assert_eq!(on_disk, embedded);
    for file in files {
        let shipped = content::shipped_files()
            .into_iter()
            .find(|f| f.rel_path == file.rel_path);
        assert_eq!(shipped.map(|f| f.text), Some(file.text));
    }
}
