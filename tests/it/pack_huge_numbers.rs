//! A content pack whose hand drawing has a curve with control points at
//! 1e30 (which once flattened into billions of points and aborted the app
//! at every start): the window opens, the pack is refused with the place
//! and a clear message, the built-in content is all there, and checking
//! the pack from the command line says the same at once.

use crate::common;

use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use reliefmap::content;

const HUGE: &str = "M 50 150 C 1e30 -1e30 -1e30 1e30 135 150 L 100 205 Z";

#[test]
fn a_drawing_at_1e30_is_refused_and_the_window_opens() {
    let state = tempfile::tempdir().unwrap();
    let content_dir = tempfile::tempdir().unwrap();
    let pack = common::write_hand_pack(content_dir.path(), "hand", &common::hand_svg(HUGE));

    let started = Instant::now();
    let mut harness = common::app_harness_in(state.path());
    harness.state_mut().library_mut().load_packs_in_background(
        content::shipped_files(),
        content::pack_folders(content_dir.path()),
        None,
    );
    harness.run();
    // The window is up with the built-in content while the pack loads.
    harness.get_by_label("Body front");
    common::wait_for_packs(&mut harness);
    eprintln!("window up and the pack checked in {:?}", started.elapsed());

    harness.get_by_label_contains("Content pack 'hand' was not loaded: 1 problem to fix.");
    let catalogue = &harness.state().library().catalogue;
    assert!(
        catalogue.technique("palm_press").is_none(),
        "the pack is left out"
    );
    assert_eq!(
        catalogue.techniques.len(),
        common::shipped().techniques.len(),
        "the built-in content is all there"
    );
    common::click(&mut harness, "Details");
    harness.get_by_label_contains(
        "right_palm.svg:4:5: this SVG has the number 1e30 in its path data, far larger than the \
         drawing (viewBox 0 0 200 300)",
    );
    harness.get_by_label_contains(&format!("reliefmap check --pack '{}'", pack.display()));

    let check = std::process::Command::new(env!("CARGO_BIN_EXE_reliefmap"))
        .args(["check", "--pack", pack.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert_eq!(check.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("far larger than the drawing"), "{stderr}");
    assert!(stderr.contains("1 problem found"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(120));
}
