//! Saving never makes the window wait: dragging the volume slider for two
//! seconds writes the state file at most five times, always from the saver
//! thread; and a window resized then closed keeps its size.

use crate::common;

use std::sync::{Arc, Mutex};
use std::thread::ThreadId;
use std::time::Duration;

use egui_kittest::kittest::Queryable;
use reliefmap::logic::session::FakeClock;
use reliefmap::logic::store::{StateWriter, StoreError, UserState};

/// Records each write: the volume written and the thread that wrote it.
#[derive(Clone, Default)]
struct Counting(Arc<Mutex<Vec<(f32, ThreadId)>>>);

impl StateWriter for Counting {
    fn write(&mut self, state: &UserState) -> Result<(), StoreError> {
        self.0
            .lock()
            .unwrap()
            .push((state.settings.volume, std::thread::current().id()));
        Ok(())
    }
}

#[test]
fn dragging_a_slider_for_two_seconds_writes_at_most_five_times_off_the_ui_thread() {
    let mut harness = common::app_harness(1280.0, 800.0);
    let clock = FakeClock::default();
    harness.state_mut().set_clock(Box::new(clock.clone()));
    let writes = Counting::default();
    let ctx = harness.ctx.clone();
    harness.state_mut().save_with(writes.clone(), &ctx);
    common::click(&mut harness, "Settings");

    let slider = harness.get_by_label("Volume").rect();
    let (left, right, y) = (slider.left() + 2.0, slider.right() - 2.0, slider.center().y);
    harness.hover_at(egui::pos2(left, y));
    harness.drag_at(egui::pos2(left, y));
    harness.step();
    // 2 s at 60 frames a second, the pointer moving all the time.
    let frames = 120;
    for frame in 0..=frames {
        let x = left + (right - left) * frame as f32 / frames as f32;
        harness.hover_at(egui::pos2(x, y));
        clock.advance(Duration::from_millis(1000 / 60));
        harness.step();
    }
    harness.drop_at(egui::pos2(right, y));
    harness.step();
    let volume = harness.state().user().settings.volume;
    assert!(volume > 0.9, "the slider moved: {volume}");
    // Let the last snapshot reach the writer thread.
    harness.state_mut().flush_saves();

    let writes = writes.0.lock().unwrap().clone();
    let ui = std::thread::current().id();
    assert!(
        writes.iter().all(|(_, thread)| *thread != ui),
        "no write on the UI thread"
    );
    // The drag: ≤ 5 writes in 2 s, plus the one that flushed its end.
    assert!(writes.len() <= 6, "{} writes: {writes:?}", writes.len());
    assert!(
        writes.len() - 1 <= 5,
        "{} writes during the drag",
        writes.len() - 1
    );
    assert_eq!(
        writes.last().map(|w| w.0),
        Some(volume),
        "the last value is saved"
    );
    eprintln!("{} writes for 2 s of dragging", writes.len());
}

#[test]
fn a_resized_window_keeps_its_size_after_closing() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness_in(dir.path());
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .inner_rect = Some(egui::Rect::from_min_size(
        egui::Pos2::ZERO,
        egui::vec2(1111.0, 777.0),
    ));
    harness.run();
    // Closing: the app goes; what was not written yet is written on the way.
    drop(harness);
    let (_, state, notices) = reliefmap::logic::store::Store::open(dir.path());
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.settings.window_size, Some((1111.0, 777.0)));
}
