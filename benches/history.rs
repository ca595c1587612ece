//! Ten years of daily use (about 4,400 logged runs): reading the state file
//! at start-up (goal ≤ 30 ms), building a frame of the History page (goal
//! ≤ 1 ms at its default range, and with all ten years charted), the
//! snapshot the saver is handed (at most twice a second), and a frame in
//! which a star is clicked, which must not wait for the disk (the write
//! happens on the saver thread).

use criterion::{Criterion, criterion_group, criterion_main};
use reliefmap::app::{ReliefApp, Saved};
use reliefmap::content::Catalogue;
use reliefmap::logic::history::sample_history;
use reliefmap::logic::store::{Store, UserState, unix_now};
use reliefmap::state::command::{FavouriteCommand, NavCommand};
use reliefmap::state::nav::Page;
use reliefmap::ui::pages::history::ChartRange;

const TEN_YEARS_DAYS: u32 = 3_652;

fn ten_years(catalogue: &Catalogue) -> UserState {
    let ids: Vec<String> = catalogue
        .techniques
        .iter()
        .take(8)
        .map(|t| t.id.clone())
        .collect();
    UserState {
        history: sample_history(&ids, TEN_YEARS_DAYS, unix_now()),
        ..UserState::default()
    }
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    }
}

fn bench_history(c: &mut Criterion) {
    let Ok(catalogue) = Catalogue::shipped() else {
        eprintln!("shipped content failed to load");
        return;
    };
    let state = ten_years(&catalogue);
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    {
        let (store, _, _) = Store::open(dir.path());
        if let Err(err) = store.save(&state) {
            eprintln!("{err}");
            return;
        }
    }
    let bytes = std::fs::metadata(dir.path().join("state.ron")).map_or(0, |m| m.len());
    eprintln!(
        "{} runs, state file {} KB",
        state.history.len(),
        bytes / 1024
    );
    c.bench_function("startup_read_state_ten_years", |b| {
        b.iter(|| {
            let (store, read, _) = Store::open(dir.path());
            drop(store);
            read.history.len()
        })
    });

    let ctx = egui::Context::default();
    let mut app = ReliefApp::with_catalogue(catalogue, Vec::new());
    reliefmap::ui::theme::apply(&ctx);
    let (store, read, notices) = Store::open(dir.path());
    app.load(
        Saved {
            store: Some(store),
            state: read,
            notices: notices.iter().map(|n| n.message()).collect(),
        },
        &ctx,
    );
    app.apply(NavCommand::Open(Page::History), &ctx);
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.frame_ui(ui));
    }
    c.bench_function("frame_history_ten_years_1280x800", |b| {
        b.iter(|| {
            let output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
            ctx.tessellate(output.shapes, output.pixels_per_point).len()
        })
    });

    app.forms.history.range = ChartRange::All;
    c.bench_function("frame_history_ten_years_all_range_1280x800", |b| {
        b.iter(|| {
            let output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
            ctx.tessellate(output.shapes, output.pixels_per_point).len()
        })
    });

    c.bench_function("snapshot_for_saver_ten_years", |b| {
        b.iter(|| app.user.clone().history.len())
    });

    app.apply(NavCommand::Open(Page::Map), &ctx);
    let technique = app
        .library
        .catalogue
        .technique_index("arch_rolls")
        .unwrap_or(0);
    c.bench_function("frame_with_star_click_ten_years", |b| {
        b.iter(|| {
            app.apply(FavouriteCommand::Toggle(technique), &ctx);
            let output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
            output.shapes.len()
        })
    });
}

criterion_group!(benches, bench_history);
criterion_main!(benches);
