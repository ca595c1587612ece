//! `reliefmap check` and `--help` as a person runs them.

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

#[test]
fn check_pack_checks_a_pack_against_the_built_in_content() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good/techniques");
    std::fs::create_dir_all(&good).unwrap();
    let technique = |id: &str, region: &str| {
        format!(
            "[\n    Technique(id: \"{id}\", name: \"Test technique\", kind: Massage, summary: \
             \"A technique written for a test.\", works_on: [\"{region}\"], positions: [Sitting], \
             source: \"self_massage\", steps: [Step(text: \"Rub gently.\", dose: Timed(min_secs: \
             60, max_secs: 120), dose_origin: App)]),\n]"
        )
    };
    std::fs::write(
        good.join("a.ron"),
        technique("pack_heel_press", "heel_left"),
    )
    .unwrap();
    let output = reliefmap(&["check", "--pack", dir.path().join("good").to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.starts_with("ok: pack 'good' adds 0 regions and 1 techniques"),
        "{stdout}"
    );

    let bad = dir.path().join("bad/techniques");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(bad.join("a.ron"), technique("pack_broken", "heal_left")).unwrap();
    let output = reliefmap(&["check", "--pack", dir.path().join("bad").to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    // Only the pack's own problem, with its hint: none of the false ones
    // a pack checked alone gets (no regions, no safety file, sources).
    assert!(
        stderr.contains("unknown region 'heal_left' — did you mean 'heel_left'?"),
        "{stderr}"
    );
    assert!(stderr.contains("1 problem found"), "{stderr}");
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
}

#[test]
fn check_routine_counts_every_problem_listed_or_not() {
    let dir = tempfile::tempdir().unwrap();
    // Short ids, so the file stays within a routine file's 256 KB.
    let ids: Vec<String> = (0..28_000).map(|i| format!("\"x{i}\"")).collect();
    let file = dir.path().join("many.reliefmap-routine.ron");
    std::fs::write(
        &file,
        format!(
            "RoutineFile(format: 1, routine: Routine(id: \"r\", name: \"Many\", techniques: [{}]))",
            ids.join(",")
        ),
    )
    .unwrap();
    let output = reliefmap(&["check-routine", file.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    // 100 listed (28,000 unknown ids, and more than 30 techniques), then
    // "… and 27901 more", then the real total.
    let listed = stderr.lines().count() - 2;
    assert_eq!(listed, 100, "{stderr}");
    let more: usize = stderr
        .lines()
        .find_map(|l| l.split("… and ").nth(1)?.split(' ').next()?.parse().ok())
        .unwrap();
    assert_eq!(listed + more, 28_001);
    let total = stderr.lines().last().unwrap();
    assert!(total.starts_with("28001 problems found"), "{total}");
}
