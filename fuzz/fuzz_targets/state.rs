//! Any bytes as the saved state file: read, or set aside with a message.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reliefmap::logic::store::{STATE_FILE, Store};

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("reliefmap-fuzz-{}", std::process::id()));
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    if std::fs::write(dir.join(STATE_FILE), data).is_err() {
        return;
    }
    std::hint::black_box(Store::open(&dir));
    // Start clean: the file may have been set aside.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            std::hint::black_box(std::fs::remove_file(entry.path()).is_ok());
        }
    }
});
