//! Kills a saving child process at random moments: the state file always
//! parses and holds every change the child reported as saved. 200 kills in
//! `cargo test`; `RELIEFMAP_KILLS=1000 cargo test --release --test store_crash`
//! for the long run. The child is this test binary itself, running
//! [`store_stress_child`] (so no test helper ships in the app).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use reliefmap::logic::store::{STATE_FILE, Store, UserState};

/// Set in the child: the folder to save into.
const CHILD_DIR: &str = "RELIEFMAP_STORE_STRESS_DIR";

/// In the child only: saves one change after another, printing "saved N"
/// after each, until it is killed.
#[test]
fn store_stress_child() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let (store, mut state, notices) = Store::open(std::path::Path::new(&dir));
    assert!(notices.is_empty(), "{notices:?}");
    let mut out = std::io::stdout().lock();
    for n in 1..=100_000 {
        state.favourites.push(format!("technique_{n}"));
        store.save(&state).unwrap();
        writeln!(out, "saved {n}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn killed_saves_never_break_the_file() {
    let kills: u32 = std::env::var("RELIEFMAP_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let dir = tempfile::tempdir().unwrap();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut total_saved = 0;
    for round in 0..kills {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "store_stress_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_DIR, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(2_000 + seed % 25_000));
        child.kill().unwrap();
        child.wait().unwrap();
        let reported = BufReader::new(child.stdout.take().unwrap())
            .lines()
            .map_while(Result::ok)
            .filter_map(|l| {
                l.strip_prefix("saved ")
                    .and_then(|n| n.parse::<usize>().ok())
            })
            .max()
            .unwrap_or(0);
        let text = std::fs::read_to_string(dir.path().join(STATE_FILE)).unwrap_or_default();
        let state: UserState = if text.is_empty() && total_saved == 0 {
            UserState::default()
        } else {
            ron::from_str(&text)
                .unwrap_or_else(|e| panic!("round {round}: the file does not parse: {e}"))
        };
        assert!(
            state.favourites.len() >= total_saved + reported,
            "round {round}: {} changes in the file, {} reported saved",
            state.favourites.len(),
            total_saved + reported
        );
        total_saved = state.favourites.len();
    }
    let leftovers = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
        .count();
    assert_eq!(leftovers, 0, "no file was ever set aside");
    assert!(total_saved > 0, "the child saved something");
    eprintln!("{kills} kills, {total_saved} changes saved, file always parsed");
}
