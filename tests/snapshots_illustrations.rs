//! The contact sheet: every shipped step's illustration as a still, one
//! row per technique, in both themes; and one row for the README. Rendered
//! by wgpu on the CPU (Mesa lavapipe). Run with `cargo test --features
//! snapshots`; accept changes with `UPDATE_SNAPSHOTS=1`.

#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::Harness;
use reliefmap::content::Catalogue;
use reliefmap::logic::illustration::Illustration;
use reliefmap::ui::widgets::illustration::{ASPECT, illustration_ui};

/// Width of one picture on the sheet.
const CELL: f32 = 150.0;
const COLUMNS: usize = 8;

/// Techniques per sheet: a sheet stays small enough for the CPU renderer
/// to draw well within its time limit on a busy machine.
const PER_SHEET: usize = 16;

/// Which techniques a sheet shows: one by id, or one page of them.
#[derive(Clone, Copy)]
enum Only {
    Technique(&'static str),
    Page(usize),
}

impl Only {
    fn shows(self, index: usize, id: &str) -> bool {
        match self {
            Self::Technique(only) => only == id,
            Self::Page(page) => index / PER_SHEET == page,
        }
    }
}

fn sheet_ui(ui: &mut egui::Ui, catalogue: &Catalogue, only: Only) {
    ui.spacing_mut().item_spacing = egui::vec2(6.0, 4.0);
    for (index, technique) in catalogue.techniques.iter().enumerate() {
        if !only.shows(index, &technique.id) {
            continue;
        }
        if matches!(only, Only::Page(_)) {
            ui.label(egui::RichText::new(&technique.name).size(13.0).strong());
        }
        for row in technique.steps.chunks(COLUMNS).enumerate() {
            let (r, steps) = row;
            ui.horizontal(|ui| {
                for (i, step) in steps.iter().enumerate() {
                    ui.vertical(|ui| {
                        ui.set_width(CELL);
                        match Illustration::of(catalogue, step, false) {
                            Some(ill) => {
                                illustration_ui(ui, &ill, CELL, None);
                            }
                            None => {
                                ui.allocate_space(egui::vec2(CELL, CELL * ASPECT));
                            }
                        }
                        ui.label(
                            egui::RichText::new(format!("{}", r * COLUMNS + i + 1)).size(11.0),
                        );
                    });
                }
            });
        }
    }
}

fn render(theme: egui::Theme, only: Only, name: &str) -> egui_kittest::SnapshotResult {
    let catalogue = common::shipped();
    let shown: Vec<_> = catalogue
        .techniques
        .iter()
        .enumerate()
        .filter(|(i, t)| only.shows(*i, &t.id))
        .map(|(_, t)| t)
        .collect();
    let rows: usize = shown.iter().map(|t| t.steps.len().div_ceil(COLUMNS)).sum();
    let titles = match only {
        Only::Technique(_) => 0.0,
        Only::Page(_) => 20.0 * shown.len() as f32,
    };
    let height = rows as f32 * (CELL * ASPECT + 22.0) + titles + 16.0;
    let width = COLUMNS as f32 * (CELL + 6.0) + 16.0;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .wgpu()
        .build_ui(move |ui| {
            egui::CentralPanel::default().show(ui, |ui| sheet_ui(ui, &catalogue, only));
        });
    harness.ctx.set_theme(theme);
    harness.run();
    harness.try_snapshot(name)
}

/// Every sheet of a theme, one after another.
fn contact_sheets(theme: egui::Theme, name: &str) {
    let pages = common::shipped().techniques.len().div_ceil(PER_SHEET);
    let mut results = egui_kittest::SnapshotResults::new();
    for page in 0..pages {
        results.add(render(
            theme,
            Only::Page(page),
            &format!("{name}_{}", page + 1),
        ));
    }
}

#[test]
fn contact_sheet_dark() {
    contact_sheets(egui::Theme::Dark, "illustrations_dark");
}

#[test]
fn contact_sheet_light() {
    contact_sheets(egui::Theme::Light, "illustrations_light");
}

/// A closer look while drawing poses: `REVIEW=ankle_circles,lying_twist
/// cargo test --features snapshots --test snapshots_illustrations review
/// -- --ignored` writes `tests/snapshots/review.new.png` (never committed).
#[test]
#[ignore = "a drawing tool, not a check: REVIEW=<step ids> ... -- --ignored review"]
fn review() {
    let Ok(ids) = std::env::var("REVIEW") else {
        panic!("set REVIEW to the step ids to draw, e.g. REVIEW=ankle_circles");
    };
    let ids: &'static str = Box::leak(ids.into_boxed_str());
    let catalogue = common::shipped();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1300.0, 1400.0))
        .wgpu()
        .build_ui(move |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for technique in catalogue
                    .techniques
                    .iter()
                    .filter(|t| ids.split(',').any(|i| i == t.id))
                {
                    ui.label(&technique.name);
                    ui.horizontal_wrapped(|ui| {
                        for step in &technique.steps {
                            if let Some(ill) = Illustration::of(&catalogue, step, false) {
                                illustration_ui(ui, &ill, 300.0, None);
                            }
                        }
                    });
                }
            });
        });
    harness.ctx.set_theme(egui::Theme::Dark);
    harness.run();
    let _ = harness.try_snapshot("review");
}

#[test]
fn readme_row() {
    render(
        egui::Theme::Light,
        Only::Technique("foam_rolling"),
        "illustrations_row",
    )
    .unwrap();
}

/// Watching the movements: `MOTION_REVIEW=1 cargo test --features
/// snapshots --test snapshots_illustrations motion_review -- --ignored`
/// writes every
/// moving step as five frames across one cycle, 20 steps to a sheet,
/// to `tests/snapshots/motion_review_N.new.png` (never committed).
#[test]
#[ignore = "a drawing tool, not a check: MOTION_REVIEW=1 ... -- --ignored motion_review"]
fn motion_review() {
    const FRAMES: usize = 5;
    const SIZE: f32 = 130.0;
    let catalogue = common::shipped();
    let moving: Vec<(String, Illustration)> = catalogue
        .techniques
        .iter()
        .flat_map(|t| {
            let catalogue = &catalogue;
            t.steps.iter().enumerate().filter_map(move |(i, step)| {
                let ill = Illustration::of(catalogue, step, false)?;
                ill.moves()
                    .then(|| (format!("{} · {}", t.name, i + 1), ill))
            })
        })
        .collect();
    eprintln!("{} moving steps", moving.len());
    for (page, chunk) in moving.chunks(20).enumerate() {
        let chunk: Vec<(String, Illustration)> = chunk.to_vec();
        let height = chunk.len() as f32 * (SIZE * ASPECT + 8.0) + 16.0;
        let mut harness = Harness::builder()
            .with_size(egui::vec2(300.0 + FRAMES as f32 * (SIZE + 8.0), height))
            .wgpu()
            .build_ui(move |ui| {
                egui::CentralPanel::default().show(ui, |ui| {
                    for (name, ill) in &chunk {
                        ui.horizontal(|ui| {
                            ui.add_sized([250.0, SIZE * ASPECT], egui::Label::new(name).wrap());
                            let cycle = ill.cycle_secs();
                            for f in 0..FRAMES {
                                let t = cycle * f as f64 / FRAMES as f64;
                                illustration_ui(ui, ill, SIZE, Some(t));
                            }
                        });
                    }
                });
            });
        harness.ctx.set_theme(egui::Theme::Dark);
        harness.run();
        let _ = harness.try_snapshot(format!("motion_review_{page}"));
    }
}
