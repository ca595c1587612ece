//! Large controls: Next and Pause each cover at least a quarter of the
//! window, at 1280×800 and 800×600, and they and every key still work.

use crate::common;

use egui_kittest::kittest::Queryable;
use reliefmap::logic::session::Status;

#[test]
fn next_and_pause_are_a_quarter_of_the_window_each() {
    for (width, height) in [(1280.0, 800.0), (800.0, 600.0)] {
        let mut harness = common::app_harness(width, height);
        harness.state_mut().edit_user().settings.large_controls = true;
        common::start_past_gate(&mut harness, "heel_raises");
        for label in ["Pause (P)", "Next (N)"] {
            let rect = harness.get_by_label(label).rect();
            assert!(
                rect.area() >= 0.25 * width * height,
                "{label} at {width}×{height} is {rect:?}"
            );
        }
        harness.get_by_label("Next (N)").click();
        harness.run_steps(2);
        assert_eq!(
            harness
                .state()
                .run()
                .session
                .as_ref()
                .unwrap()
                .current_index(),
            1
        );
        harness.key_press(egui::Key::P);
        harness.run_steps(2);
        assert_eq!(
            harness.state().run().session.as_ref().unwrap().status(),
            Status::Paused
        );
        harness.get_by_label("Resume (P)").click();
        harness.run_steps(2);
        assert_eq!(
            harness.state().run().session.as_ref().unwrap().status(),
            Status::Running
        );
    }
}
