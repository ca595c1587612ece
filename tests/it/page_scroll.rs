//! A page opened anew starts at its top; Back returns to where it was left.

use crate::common;

use egui_kittest::kittest::Queryable;
use reliefmap::state::command::NavCommand;
use reliefmap::state::nav::Page;

fn heading_top(harness: &egui_kittest::Harness<'static, reliefmap::app::ReliefApp>) -> f32 {
    harness.get_by_label("Steps").rect().top()
}

#[test]
fn a_page_opened_anew_starts_at_its_top_and_back_returns_to_the_place() {
    let mut harness = common::app_harness(1280.0, 800.0);
    let ctx = harness.ctx.clone();
    let catalogue = harness.state().library().catalogue.clone();
    let open = |harness: &mut egui_kittest::Harness<'static, reliefmap::app::ReliefApp>,
                id: &str| {
        let i = catalogue.technique_index(id).unwrap();
        let ctx = harness.ctx.clone();
        harness
            .state_mut()
            .apply(NavCommand::OpenTechnique(i), &ctx);
        harness.run();
    };
    // Where each page's "Steps" heading is when it opens, not scrolled.
    open(&mut harness, "calf_massage");
    let calf_top = heading_top(&harness);
    harness.state_mut().apply(NavCommand::Open(Page::Map), &ctx);
    harness.run();
    open(&mut harness, "foam_rolling");
    let top = heading_top(&harness);
    // Scroll the page down with the wheel over it.
    harness.hover_at(egui::pos2(300.0, 500.0));
    for _ in 0..6 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -120.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        harness.run();
    }
    let scrolled = heading_top(&harness);
    assert!(
        scrolled < top - 100.0,
        "the page scrolled ({top} → {scrolled})"
    );

    // Another technique opened anew: at its top.
    harness
        .state_mut()
        .apply(NavCommand::Open(Page::Safety), &ctx);
    harness.run();
    open(&mut harness, "calf_massage");
    assert!(
        (heading_top(&harness) - calf_top).abs() < 1.0,
        "a new page starts at its top"
    );
    // The same technique opened anew later: at its top too.
    harness.state_mut().apply(NavCommand::Open(Page::Map), &ctx);
    harness.run();
    open(&mut harness, "foam_rolling");
    assert!((heading_top(&harness) - top).abs() < 1.0);

    // Scrolled, then a page on top of it, then Back: where it was.
    for _ in 0..6 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -120.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        harness.run();
    }
    let left_at = heading_top(&harness);
    let i = catalogue.technique_index("foam_rolling").unwrap();
    harness
        .state_mut()
        .apply(NavCommand::Open(Page::SafetyGate(i)), &ctx);
    harness.run();
    harness.state_mut().apply(NavCommand::Back, &ctx);
    harness.run();
    assert!(
        (heading_top(&harness) - left_at).abs() < 5.0,
        "Back returns to the place"
    );
}
