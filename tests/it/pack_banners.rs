//! Pack banners take one line each, with their problems on request, and
//! can be dismissed; at the next start they are back while the problems
//! remain. The total counts every problem, listed or not.

use crate::common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reliefmap::app::{ReliefApp, Saved};
use reliefmap::content::{Diagnostic, Refusal, RejectedPack};

fn rejected(name: &str, problems: usize) -> RejectedPack {
    let mut diagnostics: Vec<Diagnostic> = (0..problems.min(100))
        .map(|i| {
            Diagnostic::file(
                &format!("{name}/techniques/a.ron"),
                format!("problem number {i}"),
            )
        })
        .collect();
    if problems > 100 {
        diagnostics.push(Diagnostic::unlisted(
            &format!("{name}/techniques/a.ron"),
            problems - 100,
            format!("… and {} more problems in this file", problems - 100),
        ));
    }
    RejectedPack {
        name: name.to_owned(),
        diagnostics,
        path: Some(format!("/packs/{name}").into()),
        refusal: Refusal::Problems,
    }
}

fn start() -> Harness<'static, ReliefApp> {
    let packs = vec![rejected("first", 3), rejected("second", 28_000)];
    let mut harness = common::app_with(
        egui::vec2(1280.0, 800.0),
        common::shipped(),
        packs,
        Saved::in_memory,
    );
    harness.run();
    harness
}

#[test]
fn one_line_each_details_on_request_dismissed_until_the_next_start() {
    let mut harness = start();
    let first = harness.get_by_label("Content pack 'first' was not loaded: 3 problems to fix.");
    let line = first.rect().height();
    harness.get_by_label("Content pack 'second' was not loaded: 28000 problems to fix.");
    assert!(line < 30.0, "one line: {line}");
    assert!(
        harness
            .query_by_label_contains("problem number 0")
            .is_none(),
        "details only on request"
    );
    // Both banners together take two lines and their buttons.
    let heading = harness.get_by_label("Body front").rect().bottom();
    let page = harness
        .get_all_by_label("Dismiss")
        .last()
        .unwrap()
        .rect()
        .bottom();
    assert!(page - heading < 90.0, "{}", page - heading);

    harness.get_all_by_label("Details").next().unwrap().click();
    harness.run();
    harness.get_by_label("first/techniques/a.ron: problem number 0");
    harness.get_by_label_contains("reliefmap check --pack '/packs/first'");
    common::click(&mut harness, "Hide details");
    assert!(
        harness
            .query_by_label_contains("problem number 0")
            .is_none()
    );

    harness.get_all_by_label("Dismiss").next().unwrap().click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Content pack 'first'")
            .is_none()
    );
    harness.get_by_label_contains("Content pack 'second'");

    drop(harness);
    let harness = start();
    harness.get_by_label_contains("Content pack 'first' was not loaded");
}
