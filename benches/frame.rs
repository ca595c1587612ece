//! Build and tessellate one frame of the busiest screens, headless: the Feet
//! view at 1280×800 with a zone selected, every name on the map and a search
//! active; and the player with its picture moving (goal for both ≤ 0.3 ms
//! median on a 2-core machine).

use criterion::{Criterion, criterion_group, criterion_main};
use reliefmap::app::ReliefApp;
use reliefmap::content::Catalogue;
use reliefmap::content::ViewChoice;
use reliefmap::logic::search::Filter;
use reliefmap::state::command::{MapCommand, NavCommand, PlayerAction, RunCommand};

fn busiest_app(ctx: &egui::Context) -> Option<ReliefApp> {
    let catalogue = Catalogue::shipped().ok()?;
    let heel = catalogue.region_index("reflex_heel_left")?;
    let mut app = ReliefApp::with_catalogue(catalogue, Vec::new());
    reliefmap::ui::theme::apply(ctx);
    app.apply(NavCommand::SetView(ViewChoice::map("feet")), ctx);
    app.apply(MapCommand::Select(Some(heel)), ctx);
    app.apply(
        MapCommand::SetFilter(Filter {
            query: "ball".into(),
            ..Filter::default()
        }),
        ctx,
    );
    Some(app)
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

fn bench_frame(c: &mut Criterion) {
    let ctx = egui::Context::default();
    let Some(mut app) = busiest_app(&ctx) else {
        eprintln!("shipped content failed to load");
        return;
    };
    // Warm up: fonts and layout caches are built on the first frames.
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.frame_ui(ui));
    }
    c.bench_function("frame_feet_selected_search_1280x800", |b| {
        b.iter(|| {
            let output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
            ctx.tessellate(output.shapes, output.pixels_per_point).len()
        })
    });
}

/// The player on a step whose picture moves (thumb circles round the
/// ankle), at 1280×800: every frame solves and draws the figure anew.
fn bench_player(c: &mut Criterion) {
    let ctx = egui::Context::default();
    let Some(catalogue) = Catalogue::shipped().ok() else {
        eprintln!("shipped content failed to load");
        return;
    };
    let Some(index) = catalogue.technique_index("ankle_thumb_pressure") else {
        return;
    };
    let mut app = ReliefApp::with_catalogue(catalogue, Vec::new());
    reliefmap::ui::theme::apply(&ctx);
    app.apply(RunCommand::AcknowledgeAndStart(index), &ctx);
    for _ in 0..2 {
        app.apply(RunCommand::Player(PlayerAction::Next), &ctx);
    }
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.frame_ui(ui));
    }
    c.bench_function("frame_player_moving_picture_1280x800", |b| {
        b.iter(|| {
            let output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
            ctx.tessellate(output.shapes, output.pixels_per_point).len()
        })
    });
}

criterion_group!(benches, bench_frame, bench_player);
criterion_main!(benches);
