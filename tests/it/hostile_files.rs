//! Hostile files never hang the app or eat the machine: a named pipe or an
//! endless device as a routine file or as `state.ron` is refused at once
//! (and the state set aside, never deleted); a 100,000-point outline and
//! 200,000 unknown ids on one line get a short report; deep nesting says
//! so; a hostile pack never keeps the window from opening.

use crate::common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use reliefmap::logic::store::{OpenNotice, STATE_FILE, Store};

/// Runs `f` on its own thread and fails if it takes longer than `limit`
/// (a hang would otherwise hang the test run).
fn within<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || sender.send(f()));
    match receiver.recv_timeout(limit) {
        Ok(value) => value,
        Err(_) => panic!("did not answer within {limit:?}: it hangs"),
    }
}

/// Makes a named pipe, or says why the test cannot.
fn mkfifo(path: &Path) -> bool {
    match Command::new("mkfifo").arg(path).status() {
        Ok(status) if status.success() => true,
        _ => {
            common::skip("mkfifo is not available here");
            false
        }
    }
}

/// `reliefmap ARGS`, killed if it runs longer than `limit`.
fn reliefmap_within(args: &[&str], limit: Duration) -> (bool, String, Duration) {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_reliefmap"))
        .args(args)
        .env("RELIEFMAP_STATE_DIR", std::env::temp_dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let output = child.wait_with_output().unwrap();
            let text = String::from_utf8_lossy(&output.stdout).into_owned()
                + &String::from_utf8_lossy(&output.stderr);
            return (status.success(), text, started.elapsed());
        }
        if started.elapsed() > limit {
            child.kill().unwrap();
            panic!("reliefmap {args:?} still ran after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn a_pipe_as_routine_file_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.reliefmap-routine.ron");
    if !mkfifo(&fifo) {
        return;
    }
    let (ok, text, took) = reliefmap_within(
        &["check-routine", fifo.to_str().unwrap()],
        Duration::from_secs(5),
    );
    assert!(!ok);
    assert!(text.contains("is a named pipe, not a file"), "{text}");
    eprintln!("check-routine on a pipe: {took:?}");

    // The same through the app's import.
    let mut harness = common::app_harness(1280.0, 800.0);
    let ctx = harness.ctx.clone();
    harness.state_mut().import_routine_file(&fifo, &ctx);
    harness.run();
    harness.get_by_label_contains("is a named pipe, not a file");
}

#[test]
fn an_endless_device_as_routine_file_is_refused_at_once() {
    if !Path::new("/dev/zero").exists() {
        common::skip("no /dev/zero here");
        return;
    }
    let (ok, text, took) =
        reliefmap_within(&["check-routine", "/dev/zero"], Duration::from_secs(5));
    assert!(!ok);
    assert!(text.contains("/dev/zero is a device, not a file"), "{text}");
    eprintln!("check-routine on /dev/zero: {took:?}");
}

fn assert_set_aside(dir: &Path) {
    let (store, state, notices) = within(Duration::from_secs(5), {
        let dir = dir.to_path_buf();
        move || Store::open(&dir)
    });
    assert_eq!(state, Default::default());
    assert!(
        matches!(notices.first(), Some(OpenNotice::SetAside { .. })),
        "{notices:?}"
    );
    let kept: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1, "the odd file is kept, not deleted");
    // And the app saves normally afterwards.
    store.save(&Default::default()).unwrap();
    assert!(dir.join(STATE_FILE).is_file());
}

#[test]
fn a_pipe_or_an_endless_device_as_state_file_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    if mkfifo(&dir.path().join(STATE_FILE)) {
        assert_set_aside(dir.path());
    }
    #[cfg(unix)]
    {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("/dev/zero", dir.path().join(STATE_FILE)).unwrap();
        assert_set_aside(dir.path());
    }
}

/// A content folder: the shipped files with `rel_path` replaced by `text`.
fn content_dir_with(rel_path: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in common::shipped_with(rel_path, text) {
        let path = dir.path().join(&file.rel_path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &file.text).unwrap();
    }
    dir
}

#[test]
fn a_hundred_thousand_point_outline_is_refused_quickly() {
    let shipped = |rel_path: &str| {
        reliefmap::content::shipped_files()
            .into_iter()
            .find(|f| f.rel_path == rel_path)
            .map(|f| f.text)
            .unwrap()
    };
    let points: Vec<String> = (0..100_000)
        .map(|i| {
            let a = i as f32 / 100_000.0 * std::f32::consts::TAU;
            format!(
                "{:.3} {:.3}",
                170.0 + 100.0 * a.cos(),
                400.0 + 100.0 * a.sin()
            )
        })
        .collect();
    let svg = shipped("maps/body_back.svg").replacen(
        "</g>\n  <g id=\"details\"",
        &format!(
            "  <path id=\"huge\" d=\"M {} Z\"/>\n  </g>\n  <g id=\"details\"",
            points.join(" L ")
        ),
        1,
    );
    let regions = shipped("regions.ron");
    let end = regions.rfind(']').unwrap();
    let regions = format!(
        "{}    Region(id: \"huge\", name: \"Huge\", map: \"body_back\", side: Centre, caution: Some(\"x\")),\n]\n",
        &regions[..end]
    );
    let dir = content_dir_with("regions.ron", &regions);
    std::fs::write(dir.path().join("maps/body_back.svg"), svg).unwrap();
    let (ok, report, took) = reliefmap_within(
        &["check", "--data", dir.path().to_str().unwrap()],
        Duration::from_secs(20),
    );
    assert!(!ok);
    assert!(
        report.contains("has more than 8000 segments in its path data; simplify it"),
        "{report}"
    );
    assert!(report.lines().count() < 10, "{report}");
    eprintln!("check with a 100,000-point outline: {took:?}");
}

#[test]
fn two_hundred_thousand_unknown_ids_get_a_short_report() {
    let ids: Vec<String> = (0..200_000).map(|i| format!("\"nowhere_{i}\"")).collect();
    let text = format!(
        "[\n{}]\n",
        common::technique("many", &ids.join(", "), common::ONE_STEP)
    );
    let dir = content_dir_with("techniques/zz_many.ron", &text);
    let (ok, report, took) = reliefmap_within(
        &["check", "--data", dir.path().to_str().unwrap()],
        Duration::from_secs(20),
    );
    assert!(!ok);
    let lines = report.lines().count();
    assert!(lines <= 105, "{lines} lines");
    assert!(
        report.contains("… and 199900 more problems in this file"),
        "{}",
        report.lines().rev().take(3).collect::<Vec<_>>().join("\n")
    );
    eprintln!("check with 200,000 unknown ids on one line: {took:?}, {lines} lines");
}

#[test]
fn deep_nesting_says_so_with_its_place() {
    let text = format!("[{}{}]", "[".repeat(100), "]".repeat(100));
    let errors = common::load_errors(&common::shipped_with("techniques/zz_deep.ron", &text));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(
            "data/techniques/zz_deep.ron:1:66: brackets are nested deeper than 64 levels"
        ),
        "{}",
        errors[0]
    );
}

#[test]
fn a_hostile_pack_never_keeps_the_window_from_opening() {
    let state = tempfile::tempdir().unwrap();
    if !mkfifo(&state.path().join(STATE_FILE)) {
        return;
    }
    let content = tempfile::tempdir().unwrap();
    let pack = content.path().join("hostile");
    std::fs::create_dir(&pack).unwrap();
    let regions = format!(
        "[{}]",
        (0..20_000)
            .map(|i| format!("Region(id: \"r{i}\", name: \"R\", map: \"body_back\", side: Centre)"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    std::fs::write(pack.join("regions.ron"), regions).unwrap();
    if mkfifo(&pack.join("tips.ron")) {
        let packs = within(Duration::from_secs(5), {
            let content = content.path().to_path_buf();
            move || reliefmap::content::read_packs(&content)
        });
        let started = Instant::now();
        assert_eq!(packs.len(), 1);
        let mut harness = common::app_harness_in(state.path());
        harness.state_mut().library_mut().load_packs_in_background(
            reliefmap::content::shipped_files(),
            reliefmap::content::pack_folders(content.path()),
            None,
        );
        harness.run();
        eprintln!(
            "window built with a hostile pack loading: {:?}",
            started.elapsed()
        );
        harness.get_by_label_contains("could not be read");
        // The pack's problems arrive and are listed; nothing else is lost.
        let deadline = Instant::now() + Duration::from_secs(20);
        while harness.state().library().packs_pending() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
            harness.run();
        }
        harness.get_by_label_contains("Content pack 'hostile' was not loaded");
        // Its problems are one click away.
        harness.get_all_by_label("Details").next().unwrap().click();
        harness.run();
        assert!(
            harness
                .query_all_by_label_contains("tips.ron: is a named pipe, not a file")
                .count()
                >= 1
        );
    }
}
