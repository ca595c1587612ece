//! Pixel snapshots of every view in both themes at 1280×800 and 800×600,
//! rendered by wgpu on the CPU (Mesa lavapipe). Run with
//! `cargo test --features snapshots`; accept changes with `UPDATE_SNAPSHOTS=1`.

#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reliefmap::app::ReliefApp;
use reliefmap::logic::session::FakeClock;
use reliefmap::state::command::{PlayerAction, RunCommand};

fn harness(width: f32, height: f32, theme: egui::Theme) -> Harness<'static, ReliefApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .wgpu()
        .build_eframe(|cc| {
            common::new_app(
                cc,
                common::shipped(),
                Vec::new(),
                reliefmap::app::Saved::in_memory(),
            )
        });
    harness.ctx.set_theme(theme);
    // The player pictured mid-run, not on the pain question.
    harness.state_mut().edit_user().settings.ask_pain_before = false;
    harness.run();
    harness
}

fn views(width: f32, height: f32, theme: egui::Theme, name: &str) {
    let mut harness = harness(width, height, theme);
    harness.get_by_label("Body front").click();
    harness.run();
    harness.snapshot(format!("body_front_{name}"));

    harness.get_by_label("Body back").click();
    harness.run();
    harness
        .get_by_label("Lower back, left side")
        .click_accesskit();
    harness.run();
    harness.snapshot(format!("body_back_lower_back_{name}"));

    harness.get_by_label("Feet").click();
    harness.run();
    harness.snapshot(format!("feet_lower_back_{name}"));

    harness.get_by_label("Inner edge").click();
    harness.run();
    harness.snapshot(format!("inner_edge_lower_back_{name}"));

    harness.get_by_label("List").click();
    harness.run();
    harness.snapshot(format!("list_{name}"));

    // A fixed folder name so the picture does not depend on this machine.
    harness.state_mut().forms_mut().routines.folder = "/routines".into();
    harness.get_by_label("Routines").click();
    harness.run();
    harness.snapshot(format!("routines_{name}"));

    // The player on a moving step, the clock held still.
    let clock = FakeClock::default();
    harness.state_mut().set_clock(Box::new(clock.clone()));
    let index = common::shipped()
        .technique_index("ankle_thumb_pressure")
        .unwrap();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(RunCommand::AcknowledgeAndStart(index), &ctx);
    for _ in 0..2 {
        harness
            .state_mut()
            .apply(RunCommand::Player(PlayerAction::Next), &ctx);
    }
    harness.run();
    harness.snapshot(format!("player_flash_{name}"));
    clock.advance(std::time::Duration::from_secs(3));
    harness.run();
    harness.snapshot(format!("player_{name}"));
}

#[test]
fn views_dark_1280x800() {
    views(1280.0, 800.0, egui::Theme::Dark, "dark_1280x800");
}

#[test]
fn views_light_1280x800() {
    views(1280.0, 800.0, egui::Theme::Light, "light_1280x800");
}

#[test]
fn views_dark_800x600() {
    views(800.0, 600.0, egui::Theme::Dark, "dark_800x600");
}

#[test]
fn views_light_800x600() {
    views(800.0, 600.0, egui::Theme::Light, "light_800x600");
}

/// The technique page and the player (mid-run, on a moving step) with
/// large text: the window `window` pixels, the text at `text` × 100 %.
fn large_text(window: (f32, f32), text: f32, theme: egui::Theme, name: &str) {
    let mut state = reliefmap::logic::store::UserState::default();
    state.settings.text_scale = text;
    state.settings.ask_pain_before = false;
    let saved = reliefmap::app::Saved {
        store: None,
        state,
        notices: Vec::new(),
        recovery_folder: None,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(window.0, window.1) / text)
        .wgpu()
        .build_eframe(move |cc| common::new_app(cc, common::shipped(), Vec::new(), saved));
    harness.ctx.set_theme(theme);
    let clock = FakeClock::default();
    harness.state_mut().set_clock(Box::new(clock.clone()));
    harness.run();
    let index = common::shipped()
        .technique_index("ankle_thumb_pressure")
        .unwrap();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        reliefmap::state::command::NavCommand::OpenTechnique(index),
        &ctx,
    );
    harness.run();
    harness.snapshot(format!("technique_{name}"));
    harness
        .state_mut()
        .apply(RunCommand::AcknowledgeAndStart(index), &ctx);
    for _ in 0..2 {
        harness
            .state_mut()
            .apply(RunCommand::Player(PlayerAction::Next), &ctx);
    }
    clock.advance(std::time::Duration::from_secs(3));
    harness.run();
    harness.snapshot(format!("player_{name}"));
}

#[test]
fn large_text_dark_1280x800_150() {
    large_text((1280.0, 800.0), 1.5, egui::Theme::Dark, "dark_1280x800_150");
}

#[test]
fn large_text_light_1280x800_150() {
    large_text(
        (1280.0, 800.0),
        1.5,
        egui::Theme::Light,
        "light_1280x800_150",
    );
}

#[test]
fn large_text_dark_1280x800_200() {
    large_text((1280.0, 800.0), 2.0, egui::Theme::Dark, "dark_1280x800_200");
}

#[test]
fn large_text_light_1280x800_200() {
    large_text(
        (1280.0, 800.0),
        2.0,
        egui::Theme::Light,
        "light_1280x800_200",
    );
}

#[test]
fn large_text_dark_800x600_200() {
    large_text((800.0, 600.0), 2.0, egui::Theme::Dark, "dark_800x600_200");
}

#[test]
fn large_text_light_800x600_200() {
    large_text((800.0, 600.0), 2.0, egui::Theme::Light, "light_800x600_200");
}
