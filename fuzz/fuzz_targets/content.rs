//! Any text as a techniques file, on top of the shipped content: the loader
//! answers with the content or with messages, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reliefmap::content::{self, ContentFile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files = content::shipped_files();
    files.push(ContentFile {
        rel_path: "techniques/fuzz.ron".to_owned(),
        display: "fuzz.ron".to_owned(),
        text: text.to_owned(),
    });
    std::hint::black_box(content::load(&files).is_ok());
});
