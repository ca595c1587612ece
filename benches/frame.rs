//! Build and tessellate one frame of the busiest screen, headless: the Feet
//! view at 1280×800 with a zone selected, every name on the map and a search
//! active (goal ≤ 0.3 ms median on a 2-core machine).

use criterion::{Criterion, criterion_group, criterion_main};
use reliefmap::app::ReliefApp;
use reliefmap::content::Catalogue;
use reliefmap::logic::search::Filter;
use reliefmap::state::command::{MapCommand, NavCommand};

fn busiest_app(ctx: &egui::Context) -> Option<ReliefApp> {
    let catalogue = Catalogue::shipped().ok()?;
    let heel = catalogue.region_index("reflex_heel_left")?;
    let mut app = ReliefApp::with_catalogue(catalogue, Vec::new());
    reliefmap::ui::theme::apply(ctx);
    app.apply(NavCommand::SetView("feet".to_owned()), ctx);
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

criterion_group!(benches, bench_frame);
criterion_main!(benches);
