//! Parse + validate speed: the shipped content, and a generated catalogue of
//! 10,000 techniques (goals: ≤ 2 ms and ≤ 200 ms on a 2-core machine).

use criterion::{Criterion, criterion_group, criterion_main};
use reliefmap::content::{self, ContentFile};

/// The shipped files plus `count` generated techniques that use real regions.
fn generated(count: usize) -> Vec<ContentFile> {
    let mut files = content::shipped_files();
    let regions = [
        "lower_back",
        "calf_left",
        "ankle_right",
        "reflex_heel_left",
        "glute_right",
    ];
    let mut text = String::from("[\n");
    for i in 0..count {
        let region = regions[i % regions.len()];
        text.push_str(&format!(
            r#"    Technique(
        id: "generated_{i}",
        name: "Generated technique {i}",
        kind: Massage,
        summary: "A generated technique for measuring load time.",
        works_on: ["{region}"],
        may_ease: ["lower_back"],
        equipment_any: [TennisBall, FoamRoller],
        positions: [Sitting, Lying],
        cautions: ["Start light."],
        source: "self_massage",
        steps: [
            Step(text: "Get into position."),
            Step(text: "Circle slowly.", dose: Timed(min_secs: 60, max_secs: 180), dose_origin: App, per_side: Some("foot")),
            Step(text: "Rotate.", dose: Reps(min: 10, max: 10, each_direction: true), dose_origin: App, cue: Some("Other way")),
        ],
    ),
"#
        ));
    }
    text.push_str("]\n");
    files.push(ContentFile {
        rel_path: "techniques/generated.ron".into(),
        display: "generated.ron".into(),
        text,
    });
    files
}

fn bench_content(c: &mut Criterion) {
    let shipped = content::shipped_files();
    c.bench_function("parse_validate_shipped", |b| {
        b.iter(|| content::load(&shipped).map(|c| c.techniques.len()))
    });
    let big = generated(10_000);
    assert!(
        content::load(&big).is_ok(),
        "generated content must be valid"
    );
    let mut group = c.benchmark_group("large");
    group.sample_size(10);
    group.bench_function("parse_validate_10k_techniques", |b| {
        b.iter(|| content::load(&big).map(|c| c.techniques.len()))
    });
    // Hostile content: answered at once with a short report.
    let outline = hundred_thousand_point_outline();
    group.bench_function("check_100k_point_outline", |b| {
        b.iter(|| content::load(&outline).map_err(|d| d.len()))
    });
    let unknown = two_hundred_thousand_unknown_ids();
    group.bench_function("check_200k_unknown_ids_one_line", |b| {
        b.iter(|| content::load(&unknown).map_err(|d| d.len()))
    });
    group.finish();
}

/// The shipped files with one region of 100,000 points.
fn hundred_thousand_point_outline() -> Vec<ContentFile> {
    let mut files = content::shipped_files();
    let points: Vec<String> = (0..100_000)
        .map(|i| {
            let a = i as f32 / 100_000.0 * std::f32::consts::TAU;
            format!("({:.5}, {:.5})", 0.5 + 0.3 * a.cos(), 0.5 + 0.3 * a.sin())
        })
        .collect();
    if let Some(regions) = files.iter_mut().find(|f| f.rel_path == "regions.ron")
        && let Some(end) = regions.text.rfind(']')
    {
        regions.text = format!(
            "{}    Region(id: \"huge\", name: \"Huge\", map: BodyBack, side: Centre, \
             caution: Some(\"x\"), outline: [{}]),\n]\n",
            &regions.text[..end],
            points.join(", ")
        );
    }
    files
}

/// The shipped files and a technique naming 200,000 unknown regions on one line.
fn two_hundred_thousand_unknown_ids() -> Vec<ContentFile> {
    let mut files = content::shipped_files();
    let ids: Vec<String> = (0..200_000).map(|i| format!("\"nowhere_{i}\"")).collect();
    files.push(ContentFile {
        rel_path: "techniques/many.ron".into(),
        display: "many.ron".into(),
        text: format!(
            "[Technique(id: \"many\", name: \"Many\", kind: Massage, summary: \"s\", \
             works_on: [{}], positions: [Sitting], source: \"self_massage\", \
             steps: [Step(text: \"Rub.\")])]",
            ids.join(", ")
        ),
    });
    files
}

criterion_group!(benches, bench_content);
criterion_main!(benches);
