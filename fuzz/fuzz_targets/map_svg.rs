//! Any text as a map drawing (`maps/*.svg` in a content pack): read with
//! its work bounded (points near the view box, a tolerance from its size,
//! caps on points), then the checks the loader runs on each outline. It
//! answers with the drawing or with messages, never a panic, a hang or a
//! huge allocation. Run with the dictionary of huge and tiny numbers:
//! `-dict=map_svg.dict -rss_limit_mb=2048`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reliefmap::content::{geometry, svg};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(art) = svg::parse_map(text) else {
        return;
    };
    for polygon in art.regions.iter().flat_map(|r| &r.polygons) {
        std::hint::black_box(geometry::self_crossing(polygon));
        std::hint::black_box(geometry::area(polygon));
        std::hint::black_box(geometry::holds_circle(polygon, 4.0));
    }
});
