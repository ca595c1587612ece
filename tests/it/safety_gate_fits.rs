//! The page before a first start reads on one screen: at 1280×800 and 100 %
//! text, for every technique, its own cautions, the emergency and same-day
//! signs, the conditions to ask about and the start button all show
//! without scrolling.

use crate::common;

use egui_kittest::kittest::Queryable;
use reliefmap::state::command::NavCommand;
use reliefmap::state::nav::Page;

#[test]
fn every_techniques_safety_page_fits_one_screen() {
    let (width, height) = (1280.0, 800.0);
    let mut harness = common::app_harness(width, height);
    let ids: Vec<_> = harness
        .state()
        .library()
        .catalogue
        .techniques
        .keys()
        .collect();
    for index in ids {
        let name = harness.state().library().catalogue.techniques[index]
            .name
            .clone();
        let ctx = harness.ctx.clone();
        harness
            .state_mut()
            .apply(NavCommand::Open(Page::SafetyGate(index)), &ctx);
        harness.run();
        let button = harness.get_by_label("I understand, start").rect();
        let last = common::text_rect(&harness, "stays under Safety in the top bar");
        let ask = common::text_rect(&harness, "Broken or cracked bones");
        let emergency = common::text_rect(&harness, "Call the emergency number now");
        // The scroll area ends above the buttons: all of it shows above them.
        for (what, rect) in [("the last line", last), ("the conditions", ask)] {
            assert!(
                rect.bottom() <= button.top(),
                "{name}: {what} ends at {} below the buttons at {}",
                rect.bottom(),
                button.top()
            );
        }
        assert!(
            emergency.top() < height / 4.0,
            "{name}: emergency signs start low"
        );
        assert!(
            button.bottom() <= height,
            "{name}: the start button is off the window"
        );
    }
}
