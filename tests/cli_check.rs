//! `reliefmap check` and `--help` as a person runs them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn reliefmap(args: &[&str]) -> std::process::Output {
    match Command::new(env!("CARGO_BIN_EXE_reliefmap"))
        .args(args)
        .output()
    {
        Ok(output) => output,
        Err(err) => panic!("could not run reliefmap: {err}"),
    }
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to.join("techniques")).unwrap();
    for sub in ["", "techniques"] {
        for entry in std::fs::read_dir(from.join(sub)).unwrap().flatten() {
            if entry.path().is_file() {
                std::fs::copy(entry.path(), to.join(sub).join(entry.file_name())).unwrap();
            }
        }
    }
}

#[test]
fn check_passes_on_shipped_content() {
    let output = reliefmap(&["check"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.starts_with("ok: ")
            && stdout.contains("regions")
            && stdout.contains("techniques")
            && stdout.contains("steps"),
        "{stdout}"
    );
    assert_eq!(stdout.lines().count(), 1);
}

#[test]
fn check_fails_with_every_message_on_a_broken_folder() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
        dir.path(),
    );
    let ankle = dir.path().join("techniques/000_ankle.ron");
    let text = std::fs::read_to_string(&ankle).unwrap();
    let broken = text
        .replacen("\"ankle_left\"", "\"ankel_left\"", 1)
        .replacen("min_secs: 180", "min_secs: 0", 1);
    std::fs::write(&ankle, broken).unwrap();

    let output = reliefmap(&["check", "--data", dir.path().to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("000_ankle.ron:"), "{stderr}");
    assert!(
        stderr.contains("unknown region 'ankel_left' — did you mean 'ankle_left'?"),
        "{stderr}"
    );
    assert!(stderr.contains("min_secs above 0"), "{stderr}");
}

#[test]
fn check_fails_clearly_on_a_missing_folder() {
    let output = reliefmap(&["check", "--data", "/no/such/folder"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.contains("/no/such/folder: is not a folder"),
        "{stderr}"
    );
}

#[test]
fn help_lists_commands_and_options() {
    let output = reliefmap(&["--help"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    assert!(
        stdout.contains("check") && stdout.contains("--data"),
        "{stdout}"
    );
}

#[test]
fn check_routine_reports_problems_with_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.reliefmap-routine.ron");
    std::fs::write(
        &good,
        r#"RoutineFile(format: 1, routine: Routine(id: "r", name: "Feet", techniques: ["arch_rolls", "heel_raises"]))"#,
    )
    .unwrap();
    let output = reliefmap(&["check-routine", good.to_str().unwrap()]);
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("ok: 'Feet', 2 techniques"));

    let bad = dir.path().join("bad.reliefmap-routine.ron");
    std::fs::write(
        &bad,
        "RoutineFile(\n    format: 1,\n    routine: Routine(id: \"r\", name: \"Feet\", techniques: [\"arch_role\"]),\n)\n",
    )
    .unwrap();
    let output = reliefmap(&["check-routine", bad.to_str().unwrap()]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!(
            "{}:3:58: routine 'r' names unknown technique 'arch_role' — did you mean 'arch_rolls'?",
            bad.display()
        )),
        "{stderr}"
    );
}
