//! Any text as a routine file handed to the app.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use reliefmap::content::{Catalogue, parse_routine_file};

/// The shipped content, loaded once for all runs.
static CATALOGUE: LazyLock<Option<Catalogue>> = LazyLock::new(|| Catalogue::shipped().ok());

fuzz_target!(|data: &[u8]| {
    let (Ok(text), Some(catalogue)) = (std::str::from_utf8(data), CATALOGUE.as_ref()) else {
        return;
    };
    std::hint::black_box(parse_routine_file("fuzz.ron", text, catalogue).is_ok());
});
