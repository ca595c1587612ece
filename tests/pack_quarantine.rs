//! A pack whose loading stopped the app is not loaded again: the loader,
//! in a child process, is killed in the middle of a pack; at the next start
//! that pack is skipped with a banner that says why and how to check it,
//! the other packs and the built-in content load, and "Load it again at
//! next start" brings it back. The child is this test binary itself,
//! running [`pack_loader_child`].

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use reliefmap::content::quarantine::Quarantine;
use reliefmap::content::{self, Refusal};

/// Set in the child: the state folder and the content folder.
const CHILD_STATE: &str = "RELIEFMAP_PACK_CHILD_STATE";
const CHILD_CONTENT: &str = "RELIEFMAP_PACK_CHILD_CONTENT";

/// In the child only: loads the packs as the app does, over and over,
/// until it is killed.
#[test]
fn pack_loader_child() {
    let (Some(state), Some(content_dir)) = (
        std::env::var_os(CHILD_STATE),
        std::env::var_os(CHILD_CONTENT),
    ) else {
        return;
    };
    let quarantine = Quarantine::new(Path::new(&state));
    let folders = content::pack_folders(Path::new(&content_dir));
    loop {
        let loaded =
            content::load_packs_guarded(&content::shipped_files(), &folders, Some(&quarantine));
        assert!(loaded.is_ok());
    }
}

/// Starts the child and kills it while the pack `name` is marked as
/// loading (tried again if the child happened to be between packs).
fn kill_while_loading(state: &Path, content_dir: &Path, name: &str) {
    let mark = state.join("packs-loading").join(format!("{name}.loading"));
    for _ in 0..20 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "pack_loader_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_STATE, state)
            .env(CHILD_CONTENT, content_dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        while !mark.exists() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        if mark.exists() {
            return;
        }
    }
    panic!("the child was never caught loading '{name}'");
}

#[test]
fn a_pack_killed_mid_load_is_quarantined_at_the_next_start() {
    let state = tempfile::tempdir().unwrap();
    let content_dir = tempfile::tempdir().unwrap();
    let pack = common::write_technique_pack(content_dir.path(), "heavy", "pack_heel_press");
    common::write_technique_pack(content_dir.path(), "light", "pack_toe_press");
    kill_while_loading(state.path(), content_dir.path(), "heavy");

    // The next start.
    let start = |state: &Path| {
        let mut harness = common::app_harness_in(state);
        harness.state_mut().library_mut().load_packs_in_background(
            content::shipped_files(),
            content::pack_folders(content_dir.path()),
            Some(Quarantine::new(state)),
        );
        common::wait_for_packs(&mut harness);
        harness
    };
    let mut harness = start(state.path());
    harness.get_by_label(
        "Content pack 'heavy' was not loaded: loading it stopped Relief Map last time.",
    );
    let rejected = &harness.state().notices().rejected_packs;
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert_eq!(rejected[0].refusal, Refusal::StoppedTheApp);
    let catalogue = &harness.state().library().catalogue;
    assert!(catalogue.technique("pack_heel_press").is_none(), "skipped");
    assert!(
        catalogue.technique("pack_toe_press").is_some(),
        "the other pack loads"
    );
    assert!(
        catalogue.technique("arch_rolls").is_some(),
        "the built-in content loads"
    );
    common::click(&mut harness, "Details");
    harness.get_by_label_contains(&format!("reliefmap check --pack '{}'", pack.display()));

    // Still skipped at the start after, until the person asks.
    drop(harness);
    let mut harness = start(state.path());
    harness.get_by_label_contains("Content pack 'heavy' was not loaded");
    common::click(&mut harness, "Load it again at next start");
    drop(harness);
    let harness = start(state.path());
    assert!(harness.state().notices().rejected_packs.is_empty());
    assert!(
        harness
            .state()
            .library()
            .catalogue
            .technique("pack_heel_press")
            .is_some()
    );
}
