//! The window opens at the size it had, whatever the text size: three
//! restarts at 150 % text keep 1280×800 (the size was saved in zoomed
//! points and restored as unzoomed ones, shrinking it by the text size at
//! every start).

use crate::common;

use egui::{Pos2, Rect, ViewportId, vec2};
use egui_kittest::Harness;
use reliefmap::app::{Saved, prefs};
use reliefmap::logic::store::UserState;

#[test]
fn three_restarts_at_150_percent_keep_the_size() {
    let mut state = UserState::default();
    state.settings.text_scale = 1.5;
    state.settings.window_size = Some((1280.0, 800.0));
    for restart in 1..=3 {
        // The window system opens the window at the saved size in logical
        // pixels; egui then counts it in points, zoomed by the text size.
        let [width, height] = prefs::window_size(state.settings.window_size);
        let points = vec2(width, height) / state.settings.text_scale();
        let saved = Saved {
            store: None,
            state: state.clone(),
            notices: Vec::new(),
            recovery_folder: None,
        };
        let mut harness = Harness::builder()
            .with_size(points)
            .build_eframe(move |cc| common::new_app(cc, common::shipped(), Vec::new(), saved));
        harness
            .input_mut()
            .viewports
            .entry(ViewportId::ROOT)
            .or_default()
            .inner_rect = Some(Rect::from_min_size(Pos2::ZERO, points));
        harness.run();
        assert_eq!(harness.ctx.zoom_factor(), 1.5);
        state = harness.state().user().clone();
        assert_eq!(
            state.settings.window_size,
            Some((1280.0, 800.0)),
            "after restart {restart}"
        );
    }
}
