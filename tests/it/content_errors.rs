//! Each kind of bad content gives a clear message at the right line and
//! column, all problems of a load are reported together, and nothing panics.

use crate::common;

use common::{ONE_STEP, load_errors, pos_of, shipped_with, technique};

const FILE: &str = "techniques/zz_test.ron";
const SHOWN: &str = "data/techniques/zz_test.ron";

fn list(items: &[String]) -> String {
    format!("[\n{}]\n", items.concat())
}

#[test]
fn syntax_error_names_line_and_column() {
    let text = list(&[
        technique("broken", r#""calf_left""#, ONE_STEP).replace("name: \"Test", "name: Test")
    ]);
    let errors = load_errors(&shipped_with(FILE, &text));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let at = pos_of(&text, "Test technique");
    assert!(
        errors[0].starts_with(&format!("{SHOWN}:{at}: ")),
        "{}",
        errors[0]
    );
}

#[test]
fn unclosed_file_is_reported_not_panicked() {
    let text = list(&[technique("open", r#""calf_left""#, ONE_STEP)]);
    let cut = &text[..text.len() - 10];
    let errors = load_errors(&shipped_with(FILE, cut));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with(SHOWN), "{}", errors[0]);
}

#[test]
fn unknown_field_names_the_field() {
    let text = list(&[technique("typo", r#""calf_left""#, ONE_STEP)
        .replace("positions:", "colour: Red,\n        positions:")]);
    let errors = load_errors(&shipped_with(FILE, &text));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let at = pos_of(&text, "colour");
    assert!(
        errors[0].starts_with(&format!("{SHOWN}:{at}: ")),
        "{}",
        errors[0]
    );
    assert!(errors[0].contains("`colour`"), "{}", errors[0]);
}

#[test]
fn unknown_region_suggests_the_closest() {
    let text = list(&[technique("calf_massage_2", r#""calve""#, ONE_STEP)]);
    let errors = load_errors(&shipped_with(FILE, &text));
    let at = pos_of(&text, "\"calve\"");
    assert_eq!(
        errors,
        vec![format!(
            "{SHOWN}:{at}: technique 'calf_massage_2' works_on unknown region 'calve' — did you mean 'calf_left'?"
        )]
    );
}

#[test]
fn duplicate_id_points_at_both() {
    let text = list(&[technique("ankle_circles", r#""ankle_left""#, ONE_STEP)]);
    let errors = load_errors(&shipped_with(FILE, &text));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let at = pos_of(&text, "\"ankle_circles\"");
    assert!(
        errors[0].starts_with(&format!(
            "{SHOWN}:{at}: duplicate technique id 'ankle_circles'"
        )),
        "{}",
        errors[0]
    );
    assert!(
        errors[0].contains("first defined at data/techniques/000_ankle.ron:"),
        "{}",
        errors[0]
    );
}

#[test]
fn zero_and_reversed_doses_are_rejected() {
    let zero = r#"Step(text: "Rub.", dose: Timed(min_secs: 0, max_secs: 60), dose_origin: App)"#;
    let reversed = r#"Step(text: "Set up."), Step(text: "Circle.", dose: Reps(min: 20, max: 10), dose_origin: App)"#;
    let text = list(&[
        technique("zero", r#""calf_left""#, zero),
        technique("reversed", r#""calf_left""#, reversed),
    ]);
    let errors = load_errors(&shipped_with(FILE, &text));
    assert_eq!(errors.len(), 2, "every problem is reported: {errors:#?}");
    let zero_at = pos_of(&text, "dose: Timed(min_secs: 0");
    assert_eq!(
        errors[0],
        format!("{SHOWN}:{zero_at}: technique 'zero' step 1: a timed dose needs min_secs above 0")
    );
    let reversed_at = pos_of(&text, "dose: Reps");
    assert_eq!(
        errors[1],
        format!(
            "{SHOWN}:{reversed_at}: technique 'reversed' step 2: min 20 is more than max 10; swap them"
        )
    );
}

#[test]
fn over_an_hour_is_rejected() {
    let long = r#"Step(text: "Hold.", dose: Hold(secs: 600, times: 7), dose_origin: App)"#;
    let errors = load_errors(&shipped_with(
        FILE,
        &list(&[technique("long", r#""calf_left""#, long)]),
    ));
    assert!(errors[0].contains("over one hour"), "{errors:#?}");
}

#[test]
fn empty_steps_and_regions_are_rejected() {
    let text = list(&[technique("empty", "", "")]);
    let errors = load_errors(&shipped_with(FILE, &text));
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_eq!(
        errors[0],
        format!(
            "{SHOWN}:{}: technique 'empty' works_on no region; name at least one region where the hands or tool act",
            pos_of(&text, "works_on")
        )
    );
    assert_eq!(
        errors[1],
        format!(
            "{SHOWN}:{}: technique 'empty' has no steps; add at least one Step",
            pos_of(&text, "steps")
        )
    );
}

#[test]
fn problems_in_several_files_are_reported_together() {
    let mut files = shipped_with(FILE, &list(&[technique("a", r#""nowhere""#, ONE_STEP)]));
    files.push(reliefmap::content::ContentFile {
        rel_path: "tips.ron".into(),
        display: "data/tips.ron".into(),
        text: "[ Tip(id: \"t\", title: \"T\", text: \"x\", techniques: [\"no_such\"], source: \"self_massage\") ]".into(),
    });
    files.retain(|f| f.rel_path != "tips.ron" || f.text.contains("no_such"));
    let errors = load_errors(&files);
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn a_broken_item_does_not_hide_the_next_ones() {
    let broken =
        technique("broken", r#""calf_left""#, ONE_STEP).replace("kind: Massage", "kind: Massaj");
    let unknown = technique("unknown", r#""calve""#, ONE_STEP);
    let errors = load_errors(&shipped_with(FILE, &list(&[broken, unknown])));
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors[0].contains("Massaj"), "{}", errors[0]);
    assert!(errors[1].contains("'calve'"), "{}", errors[1]);
}

#[test]
fn mangled_content_never_panics() {
    for file in reliefmap::content::shipped_files() {
        let text = &file.text;
        let cuts = (0..text.len())
            .step_by(101)
            .filter(|&i| text.is_char_boundary(i));
        for cut in cuts {
            for mangled in [
                text[..cut].to_owned(),
                format!("{}){}", &text[..cut], &text[cut..]),
            ] {
                let one = reliefmap::content::ContentFile {
                    text: mangled,
                    ..file.clone()
                };
                let _ = reliefmap::content::load(&[one]);
            }
        }
    }
    for junk in [
        "",
        "[",
        "]",
        "[[[[",
        "\"",
        "r#\"",
        "/*",
        "[Technique(",
        "(",
        "{:}",
        "[1, 2]",
        "[\"\\u{zzz}\"]",
    ] {
        let _ = reliefmap::content::load(&shipped_with(FILE, junk));
    }
}

#[test]
fn empty_content_set_reports_missing_files() {
    let errors = load_errors(&[]);
    assert!(
        errors.iter().any(|e| e.contains("no regions.ron")),
        "{errors:#?}"
    );
}
