//! Ten years of heavy use: twenty runs a day (73,040 logged runs). Past
//! years are archived beside the state file, so start-up reads only the
//! live diary (goal ≤ 150 ms); a star click's save, on the saver thread,
//! writes only the live file (goal ≤ 100 ms); a frame of the History page
//! at its default range, the whole diary read, costs ≤ 1 ms. Also: reading
//! the archived years (in the background after start-up), the snapshot the
//! saver is handed, rebuilding the History summary after a run, and the
//! whole diary charted.

use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use reliefmap::app::{ReliefApp, Saved};
use reliefmap::content::Catalogue;
use reliefmap::logic::archive::{self, archive_old_years};
use reliefmap::logic::store::{HistoryEntry, Store, UserState, unix_now};
use reliefmap::state::command::{FavouriteCommand, NavCommand};
use reliefmap::state::nav::Page;
use reliefmap::ui::pages::history::ChartRange;

const TEN_YEARS_DAYS: i64 = 3_652;
const RUNS_A_DAY: i64 = 20;

/// Twenty runs a day for ten years, ending now; most rated.
fn ten_years(catalogue: &Catalogue) -> Vec<HistoryEntry> {
    let ids: Vec<&str> = catalogue
        .techniques
        .iter()
        .take(8)
        .map(|t| t.id.as_str())
        .collect();
    let now = unix_now();
    let mut seed: u64 = 0x5DEE_CE66_D1CE_4E5B;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut history = Vec::new();
    for day in (0..TEN_YEARS_DAYS).rev() {
        for run in 0..RUNS_A_DAY {
            let before = 3 + (next() % 6) as u8;
            let rated = next() % 3 != 0;
            history.push(HistoryEntry {
                ended_unix_secs: now - day * 86_400 - run * 1_800 - 600,
                technique: Some(ids[(next() % ids.len() as u64) as usize].to_owned()),
                active_secs: 120 + next() % 600,
                steps_done: 3,
                pain_before: rated.then_some(before),
                pain_after: rated.then_some(before.saturating_sub((next() % 4) as u8)),
                region: Some("lower_back".to_owned()),
                ..HistoryEntry::default()
            });
        }
    }
    history
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

fn file_kb(path: &std::path::Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len()) / 1024
}

/// Writes the diary as the app leaves it: past years archived.
fn write_state(dir: &std::path::Path, history: Vec<HistoryEntry>) -> Option<()> {
    let this_year = archive::year_of(history.last()?)?;
    let mut state = UserState {
        history,
        ..UserState::default()
    };
    archive_old_years(&mut state, this_year);
    let (store, _, _) = Store::open(dir);
    if let Err(err) = store.save(&state) {
        eprintln!("{err}");
        return None;
    }
    let archived: u64 = archive::years_in(dir)
        .iter()
        .map(|y| file_kb(&dir.join(archive::file_name(*y))))
        .sum();
    eprintln!(
        "{} runs: {} live in state.ron ({} KB), {} in {} archive files ({} KB)",
        state.diary().len(),
        state.history.len(),
        file_kb(&dir.join("state.ron")),
        state.archive.len(),
        archive::years_in(dir).len(),
        archived
    );
    Some(())
}

fn bench_history(c: &mut Criterion) {
    let Ok(catalogue) = Catalogue::shipped() else {
        eprintln!("shipped content failed to load");
        return;
    };
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    if write_state(dir.path(), ten_years(&catalogue)).is_none() {
        return;
    }
    bench_store(c, dir.path());
    bench_app(c, catalogue, dir.path());
}

/// Reading and writing ten years of diary, as start-up and the saver do.
fn bench_store(c: &mut Criterion, dir: &Path) {
    let mut slow = c.benchmark_group("diary_ten_years_20_a_day");
    slow.sample_size(20)
        .measurement_time(Duration::from_secs(8));
    slow.bench_function("startup_read_state", |b| {
        b.iter(|| {
            let (store, read, _) = Store::open(dir);
            drop(store);
            read.history.len()
        })
    });
    let years: Vec<i32> = archive::years_in(dir).into_iter().collect();
    slow.bench_function("read_archived_years_in_background", |b| {
        b.iter(|| {
            years
                .iter()
                .filter_map(|&y| archive::read_year(dir, y, false).ok())
                .map(|e| e.len())
                .sum::<usize>()
        })
    });

    let (store, mut state, _) = Store::open(dir);
    for year in years.clone() {
        if let Ok(entries) = archive::read_year(dir, year, false) {
            state.archive.add_read(year, entries);
        }
    }
    slow.bench_function("star_click_save_on_saver_thread", |b| {
        b.iter(|| {
            if state.favourites.pop().is_none() {
                state.favourites.push("arch_rolls".to_owned());
            }
            store.save(&state).is_ok()
        })
    });
    drop(store);
    slow.finish();
}

/// The app's frames and caches with ten years of diary loaded.
fn bench_app(c: &mut Criterion, catalogue: Catalogue, dir: &Path) {
    let ctx = egui::Context::default();
    let mut app = ReliefApp::with_catalogue(catalogue, Vec::new());
    reliefmap::ui::theme::apply(&ctx);
    let saved = Saved::open_with_cache(Some(dir), None);
    app.load(saved, &ctx);
    app.ensure_diary_read();
    eprintln!("the app holds {} runs", app.user().diary().len());
    app.apply(NavCommand::Open(Page::History), &ctx);
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.frame_ui(ui));
    }
    c.bench_function("frame_history_ten_years_20_a_day_1280x800", |b| {
        b.iter(|| {
            let output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
            ctx.tessellate(output.shapes, output.pixels_per_point).len()
        })
    });

    app.forms_mut().history.range = ChartRange::All;
    c.bench_function("frame_history_ten_years_20_a_day_all_range_1280x800", |b| {
        b.iter(|| {
            let output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
            ctx.tessellate(output.shapes, output.pixels_per_point).len()
        })
    });

    c.bench_function("snapshot_for_saver_ten_years_20_a_day", |b| {
        b.iter(|| app.user().clone().history.len())
    });

    let today = chrono::Local::now();
    let when = (today.date_naive(), *today.offset());
    let mut group = c.benchmark_group("diary_ten_years_20_a_day_summary");
    group.sample_size(20);
    let mut caches = app.caches().clone();
    group.bench_function("history_summary_rebuilt_after_a_run", |b| {
        b.iter(|| {
            caches.refresh_history(&app.library().catalogue, app.user(), when);
            caches.history.runs
        })
    });
    group.finish();

    app.apply(NavCommand::Open(Page::Map), &ctx);
    let technique = app
        .library()
        .catalogue
        .technique_index("arch_rolls")
        .unwrap_or(reliefmap::content::TechniqueId::from(0));
    c.bench_function("frame_with_star_click_ten_years_20_a_day", |b| {
        b.iter(|| {
            app.apply(FavouriteCommand::Toggle(technique), &ctx);
            let output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
            output.shapes.len()
        })
    });
}

criterion_group!(benches, bench_history);
criterion_main!(benches);
