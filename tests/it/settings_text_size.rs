//! Text size: set in Settings, applied to the whole window (the map's
//! names and the player scale with it) and remembered in the state file;
//! the data folder is shown.

use crate::common;

use egui_kittest::kittest::Queryable;
use reliefmap::state::command::{NavCommand, PrefsCommand};
use reliefmap::state::nav::Page;

#[test]
fn text_size_is_applied_and_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness_in(dir.path());
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(NavCommand::Open(Page::Settings), &ctx);
    harness.run();
    harness.get_by_label("Open the folder");
    harness.get_by_label_contains(&dir.path().display().to_string());
    let mut settings = harness.state().user().settings.clone();
    settings.text_scale = 1.5;
    harness
        .state_mut()
        .apply(PrefsCommand::SetSettings(settings), &ctx);
    harness.run();
    assert!((ctx.zoom_factor() - 1.5).abs() < 1e-6);
    harness.state_mut().flush_saves();
    drop(harness);

    let harness = common::app_harness_in(dir.path());
    assert!((harness.ctx.zoom_factor() - 1.5).abs() < 1e-6);
    // A nonsense value in the file is brought back into range.
    let mut settings = harness.state().user().settings.clone();
    settings.text_scale = f32::NAN;
    assert!((settings.text_scale() - 1.0).abs() < 1e-6);
    settings.text_scale = 9.0;
    assert!((settings.text_scale() - 2.0).abs() < 1e-6);
}

/// The field beside the slider shows per cent and takes per cent: typing
/// 150 gives 150 %, not 200 % (it used to read 150 as a factor, clamped).
#[test]
fn typing_150_in_the_text_size_field_gives_150_percent() {
    let mut harness = common::app_harness(1280.0, 800.0);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(NavCommand::Open(Page::Settings), &ctx);
    harness.run();
    let field = harness.get_by_value("100 %");
    field.click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    // Typed text goes to the focused field, now the text size's.
    field_text(&harness).type_text("150");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(
        (ctx.zoom_factor() - 1.5).abs() < 1e-6,
        "zoom {}",
        ctx.zoom_factor()
    );
    harness.get_by_value("150 %");
}

fn field_text<'a>(
    harness: &'a egui_kittest::Harness<'static, reliefmap::app::ReliefApp>,
) -> egui_kittest::Node<'a> {
    harness
        .get_all_by_value("100")
        .next()
        .unwrap_or_else(|| harness.get_by_label("Text size"))
}
