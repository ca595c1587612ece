//! Every page and player state at every supported window size and text
//! size, checked through what screen readers see (AccessKit bounds):
//!
//! - every control lies inside the window, or inside a scroll view that
//!   lies inside the window (so scrolling reaches it);
//! - no text of the page runs under the side panel or off the window's
//!   right edge (elided text is cut to fit, so it passes);
//! - no two controls overlap where they show.
//!
//! A failure names the page, the window size, the text size and the
//! control or text.

use crate::common;
use reliefmap::content::RoutineId;
use reliefmap::content::TechniqueId;
use reliefmap::content::ViewChoice;

use std::time::Duration;

use egui::accesskit::Role;
use egui::{Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use reliefmap::app::{ReliefApp, Saved};
use reliefmap::logic::routines::RoutineRef;
use reliefmap::logic::session::FakeClock;
use reliefmap::logic::store::UserState;
use reliefmap::state::command::{Command, MapCommand, NavCommand, PlayerAction, RunCommand};
use reliefmap::state::nav::Page;

const SIZES: [(f32, f32); 3] = [(800.0, 600.0), (1280.0, 800.0), (1920.0, 1080.0)];
const TEXT_SIZES: [f32; 3] = [1.0, 1.5, 2.0];

/// Roles a person acts on.
const CONTROLS: &[Role] = &[
    Role::Button,
    Role::CheckBox,
    Role::RadioButton,
    Role::Slider,
    Role::SpinButton,
    Role::TextInput,
    Role::Link,
    Role::ComboBox,
    Role::Switch,
    Role::Tab,
    Role::MenuItem,
];

/// Text a person reads.
const TEXTS: &[Role] = &[Role::Label, Role::Heading];

type App = Harness<'static, ReliefApp>;

/// One state of the app to look at.
struct Case {
    name: &'static str,
    /// Runs recorded in the diary before the app opens.
    runs: usize,
    ask_pain: bool,
    setup: fn(&mut App),
}

fn apply(harness: &mut App, command: impl Into<Command>) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(command.into(), &ctx);
    harness.run_steps(3);
}

fn index(harness: &App, technique: &str) -> TechniqueId {
    harness
        .state()
        .library()
        .catalogue
        .technique_index(technique)
        .unwrap()
}

/// Starts a technique and presses Next until the phase is of the kind
/// `wanted` tells.
fn player_at(
    harness: &mut App,
    technique: &str,
    wanted: fn(&reliefmap::logic::session::PhaseKind) -> bool,
) {
    let i = index(harness, technique);
    apply(harness, RunCommand::AcknowledgeAndStart(i));
    for _ in 0..120 {
        let kind = harness
            .state()
            .run()
            .session
            .as_ref()
            .and_then(|s| s.current().map(|p| p.kind.clone()));
        match kind {
            Some(kind) if wanted(&kind) => return,
            // Counting a set's last repetition leads to its rest.
            Some(reliefmap::logic::session::PhaseKind::Reps { .. }) => {
                apply(harness, PlayerAction::CountRep)
            }
            Some(_) => apply(harness, PlayerAction::Next),
            None => break,
        }
    }
    panic!("{technique}: no such phase");
}

/// Every page the walk looks at, in the states that stress its layout.
fn cases() -> Vec<Case> {
    [
        map_cases(),
        page_cases(),
        player_cases(),
        diary_and_other_cases(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The map views and the list.
fn map_cases() -> Vec<Case> {
    vec![
        plain("map, body front", |h| {
            apply(h, NavCommand::SetView(ViewChoice::map("body_front")))
        }),
        plain("map, body back, lower back chosen", |h| {
            apply(h, NavCommand::SetView(ViewChoice::map("body_back")));
            let lower = common::region(h, "lower_back_left");
            apply(h, MapCommand::Select(Some(lower)));
        }),
        plain("map, feet, heel zone chosen", |h| {
            apply(h, NavCommand::SetView(ViewChoice::map("feet")));
            let heel = common::region(h, "reflex_heel_left");
            apply(h, MapCommand::Select(Some(heel)));
        }),
        plain("map, inner edge", |h| {
            apply(h, NavCommand::SetView(ViewChoice::map("inner_edge")))
        }),
        plain("list", |h| apply(h, NavCommand::SetView(ViewChoice::List))),
    ]
}

/// A technique's pages before a run.
fn page_cases() -> Vec<Case> {
    vec![
        plain("technique page", |h| {
            let lower = common::region(h, "lower_back_left");
            apply(h, MapCommand::Select(Some(lower)));
            let i = index(h, "lower_back_self_massage");
            apply(h, NavCommand::OpenTechnique(i));
        }),
        plain("technique page, two small maps", |h| {
            let i = index(h, "ankle_thumb_pressure");
            apply(h, NavCommand::OpenTechnique(i));
        }),
        plain("safety gate", |h| {
            let i = index(h, "foam_rolling");
            apply(h, NavCommand::Open(Page::SafetyGate(i)));
        }),
    ]
}

/// The player in each kind of phase, and its ends.
fn player_cases() -> Vec<Case> {
    use reliefmap::logic::session::PhaseKind as K;
    vec![
        Case {
            name: "pain question",
            runs: 0,
            ask_pain: true,
            setup: |h| {
                let i = index(h, "lower_back_self_massage");
                apply(h, RunCommand::AcknowledgeAndStart(i));
            },
        },
        plain("player, timed step", |h| {
            player_at(h, "lower_back_self_massage", |k| {
                matches!(k, K::Timed { .. })
            })
        }),
        plain("player, repetitions", |h| {
            player_at(h, "ankle_rotations", |k| matches!(k, K::Reps { .. }))
        }),
        plain("player, rest between sets", |h| {
            player_at(h, "heel_raises", |k| matches!(k, K::Rest { .. }))
        }),
        plain("player, side switch", |h| {
            player_at(h, "calf_massage", |k| matches!(k, K::GetReady { .. }))
        }),
        plain("player, hold", |h| {
            player_at(h, "glute_trigger_point", |k| matches!(k, K::Hold { .. }))
        }),
        plain("player, between techniques", |h| {
            apply(
                h,
                RunCommand::AcknowledgeAndStartRoutine(RoutineRef::BuiltIn(RoutineId::from(1))),
            );
            for _ in 0..30 {
                let transition = h.state().run().session.as_ref().is_some_and(|s| {
                    matches!(s.current().map(|p| &p.kind), Some(K::Transition { .. }))
                });
                if transition {
                    return;
                }
                apply(h, PlayerAction::Next);
            }
        }),
        plain("player, finished", |h| {
            player_at(h, "ankle_rotations", |k| matches!(k, K::Reps { .. }));
            for _ in 0..10 {
                apply(h, PlayerAction::Next);
            }
        }),
        plain("player, stopped", |h| {
            player_at(h, "calf_massage", |k| matches!(k, K::GetReady { .. }));
            apply(h, PlayerAction::Stop);
        }),
    ]
}

/// Favourites, routines, History from empty to long, Settings, Safety, help.
fn diary_and_other_cases() -> Vec<Case> {
    vec![
        plain("favourites, empty", |h| {
            apply(h, NavCommand::Open(Page::Favourites))
        }),
        plain("favourites, three", |h| {
            for id in ["ankle_circles", "foam_rolling", "heel_reflex_point"] {
                let i = index(h, id);
                apply(h, reliefmap::state::command::FavouriteCommand::Toggle(i));
            }
            apply(h, NavCommand::Open(Page::Favourites));
        }),
        plain("routines", |h| {
            apply(
                h,
                NavCommand::OpenRoutine(RoutineRef::BuiltIn(RoutineId::from(0))),
            )
        }),
        plain("routine editor", |h| {
            let techniques = vec![index(h, "ankle_circles"), index(h, "foam_rolling")];
            apply(
                h,
                reliefmap::state::command::RoutineCommand::New(techniques),
            );
        }),
        history("history, no runs", 0),
        history("history, one run", 1),
        history("history, two runs", 2),
        history("history, 4,000 runs", 4_000),
        plain("settings", |h| apply(h, NavCommand::Open(Page::Settings))),
        plain("safety", |h| apply(h, NavCommand::Open(Page::Safety))),
        plain("help overlay", |h| apply(h, NavCommand::ShowHelp(true))),
    ]
}

/// A page with an empty diary and the pain question off.
fn plain(name: &'static str, setup: fn(&mut App)) -> Case {
    Case {
        name,
        runs: 0,
        ask_pain: false,
        setup,
    }
}

/// History with a diary of `runs` runs.
fn history(name: &'static str, runs: usize) -> Case {
    Case {
        name,
        runs,
        ask_pain: false,
        setup: |h| apply(h, NavCommand::Open(Page::History)),
    }
}

/// A diary of `runs` runs, a few a day, ending now.
fn diary(runs: usize) -> UserState {
    let ids: Vec<String> = common::shipped()
        .techniques
        .iter()
        .take(6)
        .map(|t| t.id.clone())
        .collect();
    let now = chrono::Utc::now().timestamp();
    let days = u32::try_from(runs.div_ceil(2)).unwrap();
    let mut history = reliefmap::logic::history::sample_history(&ids, days.max(1), now);
    history.truncate(runs);
    UserState {
        history,
        ..UserState::default()
    }
}

fn open(case: &Case, window: (f32, f32), text: f32) -> App {
    let mut state = diary(case.runs);
    state.settings.text_scale = text;
    state.settings.ask_pain_before = case.ask_pain;
    state.settings.reduce_motion = true;
    let saved = Saved {
        store: None,
        state,
        notices: Vec::new(),
        recovery_folder: None,
    };
    let points = vec2(window.0, window.1) / text;
    let mut harness = Harness::builder()
        .with_size(points)
        .with_max_steps(12)
        .build_eframe(move |cc| common::new_app(cc, common::shipped(), Vec::new(), saved));
    harness
        .state_mut()
        .set_clock(Box::new(FakeClock::default()));
    harness.run_steps(3);
    (case.setup)(&mut harness);
    // Let a page settle (its width, its scroll position) before looking.
    harness.run_steps(4);
    harness
}

/// The part of a node that shows: its rect, cut by the scroll views it is
/// in along the ways they scroll (what runs past the side of a list that
/// only scrolls up and down is not reachable, so it is kept, to be found
/// cut); `None` when it is scrolled out of sight.
fn shown_part<'a>(node: &impl NodeT<'a>, rect: Rect) -> Option<Rect> {
    let mut shown = rect;
    let mut parent = node.accesskit_node().parent();
    while let Some(p) = parent {
        if p.role() == Role::ScrollView {
            let b = p.bounding_box()?;
            let data = p.data();
            let across = data.scroll_x_max().unwrap_or(0.0) > 0.0;
            let down = data.scroll_y_max().unwrap_or(0.0) > 0.0;
            if across {
                shown.min.x = shown.min.x.max(b.x0 as f32);
                shown.max.x = shown.max.x.min(b.x1 as f32);
            }
            if down || !across {
                shown.min.y = shown.min.y.max(b.y0 as f32);
                shown.max.y = shown.max.y.min(b.y1 as f32);
            }
            if shown.width() <= 0.0 || shown.height() <= 0.0 {
                return None;
            }
        }
        parent = p.parent();
    }
    Some(shown)
}

/// The nearest scroll view around a node, as a rect in physical units.
fn scroll_view_of<'a>(node: &impl NodeT<'a>) -> Option<Rect> {
    let mut parent = node.accesskit_node().parent();
    while let Some(p) = parent {
        if p.role() == Role::ScrollView {
            let b = p.bounding_box()?;
            return Some(Rect::from_min_max(
                egui::pos2(b.x0 as f32, b.y0 as f32),
                egui::pos2(b.x1 as f32, b.y1 as f32),
            ));
        }
        parent = p.parent();
    }
    None
}

fn within(inner: Rect, outer: Rect) -> bool {
    outer.expand(1.0).contains_rect(inner)
}

fn named_region(harness: &App, name: &str) -> Option<Rect> {
    let ppp = harness.ctx.pixels_per_point();
    harness
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().label().as_deref() == Some(name))
        .and_then(|n| rect_of(&n, ppp))
}

/// A node's rect in points, if it has one.
fn rect_of<'a>(node: &impl NodeT<'a>, ppp: f32) -> Option<Rect> {
    let b = node.accesskit_node().bounding_box()?;
    Some(Rect::from_min_max(
        egui::pos2(b.x0 as f32 / ppp, b.y0 as f32 / ppp),
        egui::pos2(b.x1 as f32 / ppp, b.y1 as f32 / ppp),
    ))
}

/// Whether a node lies inside the region named `name` (in the tree).
fn within_named(node: &egui_kittest::Node<'_>, name: &str) -> bool {
    let mut parent = node.accesskit_node().parent();
    while let Some(p) = parent {
        if p.label().as_deref() == Some(name) {
            return true;
        }
        parent = p.parent();
    }
    false
}

fn describe(node: &egui_kittest::Node<'_>) -> String {
    let a = node.accesskit_node();
    format!(
        "{:?} \"{}\"",
        a.role(),
        a.label().or_else(|| a.value()).unwrap_or_default()
    )
}

/// Everything wrong with one state, each a line naming where.
fn problems(harness: &App, at: &str) -> Vec<String> {
    let ppp = harness.ctx.pixels_per_point();
    let window = harness.ctx.content_rect();
    let physical = |r: Rect| Rect::from_min_max(r.min * ppp, r.max * ppp);
    let logical = |r: Rect| Rect::from_min_max(r.min / ppp, r.max / ppp);
    let side_panel = named_region(harness, "Selection and techniques");
    // A dialog covers the rest: only its own controls count.
    let dialog = harness
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().role() == Role::Dialog);
    let in_dialog =
        |node: &egui_kittest::Node<'_>| dialog.as_ref().is_none_or(|d| is_inside(node, d));
    let mut out = Vec::new();
    let mut shown_controls: Vec<(String, Rect, Option<String>)> = Vec::new();
    for node in harness.root().children_recursive() {
        let a = node.accesskit_node();
        let role = a.role();
        let Some(rect) = rect_of(&node, ppp) else {
            continue;
        };
        if !in_dialog(&node) {
            continue;
        }
        if CONTROLS.contains(&role) {
            match scroll_view_of(&node).map(logical) {
                Some(view) if !within(view, window) => {
                    out.push(format!(
                        "{at}: {} is in a scroll view that is off the window",
                        describe(&node)
                    ));
                }
                Some(_) => {}
                None if !within(rect, window) => {
                    out.push(format!(
                        "{at}: {} at {rect:?} is outside the window {window:?}",
                        describe(&node)
                    ));
                }
                None => {}
            }
            if let Some(shown) = shown_part(&node, physical(rect)).map(logical) {
                shown_controls.push((describe(&node), shown, map_group(&node)));
            }
        }
        if TEXTS.contains(&role) {
            let Some(shown) = shown_part(&node, physical(rect)).map(logical) else {
                continue;
            };
            if shown.right() > window.right() + 1.0 {
                out.push(format!(
                    "{at}: {} runs off the window's right edge ({} > {})",
                    describe(&node),
                    shown.right(),
                    window.right()
                ));
            }
            if let (true, Some(panel)) = (within_named(&node, "Page"), side_panel)
                && shown.intersects(panel.shrink(2.0))
                && !panel.contains_rect(rect)
            {
                out.push(format!(
                    "{at}: {} runs under the side panel ({:?} meets {:?})",
                    describe(&node),
                    shown,
                    panel
                ));
            }
        }
    }
    out.extend(overlaps(at, &shown_controls));
    out
}

/// Whether `node` lies inside `ancestor` in the AccessKit tree.
fn is_inside(node: &egui_kittest::Node<'_>, ancestor: &egui_kittest::Node<'_>) -> bool {
    let target = ancestor.accesskit_node().id();
    let mut parent = node.accesskit_node().parent();
    while let Some(p) = parent {
        if p.id() == target {
            return true;
        }
        parent = p.parent();
    }
    false
}

/// The map a region belongs to. Map regions may lie on one another (a zone
/// on the sole): they are one group, left out of the overlap check between
/// themselves.
fn map_group(node: &egui_kittest::Node<'_>) -> Option<String> {
    let mut parent = node.accesskit_node().parent();
    while let Some(p) = parent {
        if p.role() == Role::Group
            && let Some(label) = p.label().filter(|l| l.ends_with(" map"))
        {
            return Some(label.to_string());
        }
        parent = p.parent();
    }
    None
}

/// Controls whose shown parts overlap (neither holding the other).
fn overlaps(at: &str, shown_controls: &[(String, Rect, Option<String>)]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, (a, ra, ga)) in shown_controls.iter().enumerate() {
        for (b, rb, gb) in &shown_controls[i + 1..] {
            if ga.is_some() && ga == gb {
                continue;
            }
            let overlap = ra.intersect(*rb);
            let nested = ra.contains_rect(*rb) || rb.contains_rect(*ra);
            if overlap.width() > 1.0 && overlap.height() > 1.0 && !nested {
                out.push(format!("{at}: {a} and {b} overlap at {overlap:?}"));
            }
        }
    }
    out
}

#[test]
fn every_page_holds_at_every_size_and_text_size() {
    let mut failures = Vec::new();
    let only = std::env::var("LAYOUT_CASE").ok();
    for case in cases() {
        if only.as_deref().is_some_and(|o| !case.name.contains(o)) {
            continue;
        }
        for &window in &SIZES {
            for &text in &TEXT_SIZES {
                let harness = open(&case, window, text);
                let at = format!(
                    "{} at {}×{}, {:.0} % text",
                    case.name,
                    window.0,
                    window.1,
                    text * 100.0
                );
                failures.extend(problems(&harness, &at));
                drop(harness);
                let _ = Duration::ZERO;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
