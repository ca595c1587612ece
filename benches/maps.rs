//! Map artwork at start-up: parse the shipped SVG files, flatten their
//! curves and triangulate every region (goal ≤ 15 ms on a 2-core machine).

use criterion::{Criterion, criterion_group, criterion_main};
use reliefmap::content::{self, Catalogue, svg};
use reliefmap::logic::map::MapLayout;

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
}

criterion_group!(benches, bench_maps);
criterion_main!(benches);
