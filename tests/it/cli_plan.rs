//! `reliefmap plan` as a script or a therapist runs it: the plan from the
//! saved diary, read without touching the state folder; bad names refused
//! with what to type instead.

use std::process::Command;

fn reliefmap(state: &std::path::Path, args: &[&str]) -> std::process::Output {
    match Command::new(env!("CARGO_BIN_EXE_reliefmap"))
        .arg("--state-dir")
        .arg(state)
        .args(args)
        .output()
    {
        Ok(output) => output,
        Err(err) => panic!("could not run reliefmap: {err}"),
    }
}

#[test]
fn a_plan_prints_with_its_reasons_and_as_ron() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let ask = [
        "plan",
        "--minutes",
        "10",
        "--where",
        "lower_back",
        "--have",
        "tennis_ball,chair",
    ];
    let output = reliefmap(&state, &ask);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}");
    assert!(text.starts_with("1. "), "{text}");
    assert!(text.contains("works on your lower back"), "{text}");
    assert!(text.contains("In all about"), "{text}");
    assert!(!state.exists(), "a look at the plan makes no state folder");

    let mut ron = ask.to_vec();
    ron.extend(["--format", "ron"]);
    let output = reliefmap(&state, &ron);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && text.contains("total_secs"),
        "{text}"
    );
}

#[test]
fn unknown_names_are_refused_with_what_to_type() {
    let dir = tempfile::tempdir().unwrap();
    for (args, expected) in [
        (vec!["plan", "--where", "lower_bak"], "no such region"),
        (
            vec!["plan", "--where", "lower_back", "--have", "kettlebell"],
            "unknown",
        ),
        (
            vec!["plan", "--where", "lower_back", "--minutes", "7"],
            "choose 5, 10, 15, 20 or 30",
        ),
    ] {
        let output = reliefmap(dir.path(), &args);
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{args:?}");
        assert!(err.contains(expected), "{args:?}: {err}");
    }
}
