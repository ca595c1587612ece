//! Map artwork at start-up: parse the shipped SVG files, flatten their
//! curves and triangulate every region (goal ≤ 15 ms on a 2-core machine).
//! And a single hostile path (huge control points, a transform that blows
//! it up, thousands of curves): refused or stopped at its cap, goal ≤ 50 ms
//! and ≤ 20 MB whatever its numbers. The peak memory of each is measured in
//! a child process of its own (its peak resident size, Linux).

use std::process::Command;

use criterion::Criterion;
use reliefmap::content::{self, Catalogue, svg};
use reliefmap::logic::map::MapLayout;

/// Set in a child: the hostile case to parse once, printing its peak.
const CHILD_CASE: &str = "RELIEFMAP_BENCH_MAP_CASE";

/// A drawing with one path of `d` (and `transform`) among its regions.
fn drawing_with(d: &str, transform: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 340 800\">\n\
         <g id=\"regions\"><path id=\"x\" transform=\"{transform}\" d=\"{d}\"/></g>\n</svg>"
    )
}

/// The hostile paths, by name.
fn cases() -> Vec<(&'static str, String)> {
    let curves = |n| "C 340 0 0 800 340 800 C 0 800 340 0 0 0 ".repeat(n);
    vec![
        (
            "curve_1e18",
            drawing_with("M 10 10 C 1e18 -1e18 -1e18 1e18 20 20 Z", ""),
        ),
        (
            "curve_1e24",
            drawing_with("M 10 10 C 1e24 -1e24 -1e24 1e24 20 20 Z", ""),
        ),
        (
            "curve_1e30",
            drawing_with("M 10 10 C 1e30 -1e30 -1e30 1e30 20 20 Z", ""),
        ),
        (
            "curve_1e308",
            drawing_with("M 10 10 C 1e308 -1e308 -1e308 1e308 20 20 Z", ""),
        ),
        (
            "scale_1e30",
            drawing_with("M 1 1 C 2 0 0 2 3 3 Z", "scale(1e30)"),
        ),
        (
            "tiny_1e-30",
            drawing_with("M 1e-30 1e-30 C 1e-30 0 0 1e-30 3e-30 3e-30 Z", ""),
        ),
        (
            "arc_radius_1e38",
            drawing_with("M 100 100 A 50 50 0 0 1 1e38 100", ""),
        ),
        (
            "two_thousand_curves",
            drawing_with(&format!("M 0 0 {}Z", curves(1_000)), ""),
        ),
        (
            "forty_thousand_curves",
            drawing_with(&format!("M 0 0 {}Z", curves(20_000)), ""),
        ),
    ]
}

/// Peak resident size of this process so far, in KB (Linux).
fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn bench_maps(c: &mut Criterion) {
    let Ok(catalogue) = Catalogue::shipped() else {
        eprintln!("shipped content failed to load");
        return;
    };
    let drawings: Vec<String> = content::shipped_files()
        .into_iter()
        .filter(|f| f.rel_path.ends_with(".svg"))
        .map(|f| f.text)
        .collect();
    c.bench_function("maps_parse_flatten_tessellate", |b| {
        b.iter(|| {
            let parsed = drawings
                .iter()
                .filter_map(|text| svg::parse_map(text).ok())
                .count();
            let layout = MapLayout::new(&catalogue);
            (parsed, layout.maps().len())
        })
    });
    c.bench_function("maps_tessellate_only", |b| {
        b.iter(|| MapLayout::new(&catalogue).maps().len())
    });
    for (name, text) in cases() {
        c.bench_function(&format!("map_hostile_path_{name}"), |b| {
            b.iter(|| svg::parse_map(&text).is_ok())
        });
    }
}

/// Each hostile case once in a child of its own: its peak memory above a
/// child that parses nothing.
fn peak_memory() {
    let Ok(me) = std::env::current_exe() else {
        return;
    };
    let run = |case: &str| -> Option<u64> {
        let output = Command::new(&me).env(CHILD_CASE, case).output().ok()?;
        String::from_utf8_lossy(&output.stdout).trim().parse().ok()
    };
    let Some(baseline) = run("none") else {
        eprintln!("peak memory: not measured here (no /proc)");
        return;
    };
    for (name, _) in cases() {
        if let Some(peak) = run(name) {
            eprintln!(
                "map_hostile_path_{name}: peak memory {} KB above a child that parses nothing",
                peak.saturating_sub(baseline)
            );
        }
    }
}

fn main() {
    if let Ok(case) = std::env::var(CHILD_CASE) {
        if let Some((_, text)) = cases().into_iter().find(|(name, _)| *name == case) {
            std::hint::black_box(svg::parse_map(&text).is_ok());
        }
        println!("{}", peak_kb().unwrap_or(0));
        return;
    }
    peak_memory();
    let mut criterion = Criterion::default().configure_from_args();
    bench_maps(&mut criterion);
    criterion.final_summary();
}
