//! Above the step: which technique and step, the side and set, what the
//! clock says and what comes next.

use std::time::Duration;

use egui::{RichText, Ui, WidgetInfo};

use crate::content::Technique;
use crate::logic::session::{Phase, PhaseKind, Session, Status};
use crate::logic::text::{self, clock_text};
use crate::state::run::Run;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::heading;

pub(super) fn header_ui(
    ui: &mut Ui,
    run: &Run,
    session: &Session,
    technique: &Technique,
    now: Duration,
    palette: &Palette,
) {
    let step = session.current().map_or(0, |p| p.step) + 1;
    let left = u64::from(session.remaining_secs(now));
    let active = session.active_time(now).as_secs();
    if let Some(routine) = &run.routine {
        ui.label(
            RichText::new(format!(
                "{} · technique {} of {}",
                routine.name,
                session.current_item() + 1,
                session.items().len()
            ))
            .size(theme::BODY_TEXT_PT + 2.0)
            .color(palette.accent),
        );
    }
    let in_transition = matches!(
        session.current().map(|p| &p.kind),
        Some(PhaseKind::Transition { .. })
    );
    let compact = ui.ctx().content_rect().height() < theme::COMPACT_WINDOW_HEIGHT;
    ui.horizontal_wrapped(|ui| {
        let name = RichText::new(&technique.name);
        let name = if compact {
            name.strong()
        } else {
            name.heading()
        };
        heading::heading_ui(ui, name, 1);
        if !in_transition {
            ui.label(RichText::new(format!("Step {step} of {}", technique.steps.len())).strong());
        }
        ui.label(
            RichText::new(format!("About {} left", clock_text(left))).color(palette.muted_text),
        );
        if session.status() == Status::Paused {
            ui.label(RichText::new("Paused").strong().color(palette.caution));
        }
    });
    let progress = active as f32 / (active + left).max(1) as f32;
    let response = ui.add(
        egui::ProgressBar::new(progress)
            .desired_height(8.0)
            .fill(palette.accent),
    );
    // For screen readers: steps, with a real range, so the value means
    // something ("step 3 of 6") and changes only when a step does (the
    // drawn bar follows the time).
    let (done, total) = (session.steps_done(), session.steps_total().max(1));
    let at = (done + 1).min(total);
    let name = format!("Progress: step {at} of {total}");
    response.widget_info(|| {
        let mut info = WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &name);
        info.value = Some(done as f64);
        info
    });
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(total as f64);
    });
}

/// "Left ankle · Set 1 of 2 · Other direction"
pub(super) fn context_text(phase: &Phase) -> String {
    let mut parts = Vec::new();
    if let (Some(side), Some(part)) = (phase.side, &phase.body_part)
        && !matches!(phase.kind, PhaseKind::GetReady { .. })
    {
        let side = side.label();
        let mut side = side.to_owned();
        side[..1].make_ascii_uppercase();
        parts.push(format!("{side} {part}"));
    }
    if let Some((k, n)) = phase.set {
        parts.push(format!("Set {k} of {n}"));
    }
    if let Some((k, _)) = phase.direction {
        parts.push(if k == 1 {
            "One direction".to_owned()
        } else {
            "Now the other direction".to_owned()
        });
    }
    if let Some((k, n)) = phase.hold {
        parts.push(format!("Hold {k} of {n}"));
    }
    parts.join(" · ")
}

/// "Technique 2 of 5 · You need: a tennis ball · Sitting"
pub(super) fn transition_text(session: &Session, technique: &Technique) -> String {
    let mut parts = vec![format!(
        "Technique {} of {}: get ready",
        session.current_item() + 1,
        session.items().len()
    )];
    parts.push(format!("You need: {}", text::equipment_text(technique)));
    let positions: Vec<&str> = technique.positions.iter().map(|p| p.label()).collect();
    if !positions.is_empty() {
        parts.push(positions.join(" or "));
    }
    parts.join(" · ")
}

pub(super) fn next_text(session: &Session, technique: &Technique) -> String {
    let current = session.current_index();
    let Some(next) = session.phases().get(current + 1) else {
        return "finish".to_owned();
    };
    match &next.kind {
        PhaseKind::Transition { secs } => format!(
            "{} to get ready for the next technique",
            text::duration_text(*secs)
        ),
        PhaseKind::GetReady { .. } => format!(
            "switch to the right {}",
            next.body_part.as_deref().unwrap_or("side")
        ),
        PhaseKind::Rest { secs } => format!("rest {}", text::duration_text(*secs)),
        PhaseKind::Release { .. } => "release".to_owned(),
        PhaseKind::Hold { .. } if session.current().map(|p| p.step) == Some(next.step) => {
            "hold again".to_owned()
        }
        PhaseKind::Reps { .. } if next.direction == Some((2, 2)) => {
            "the other direction".to_owned()
        }
        PhaseKind::Reps { .. }
            if next.set.is_some() && session.current().map(|p| p.step) == Some(next.step) =>
        {
            let (k, n) = next.set.unwrap_or((1, 1));
            format!("set {k} of {n}")
        }
        _ => technique
            .steps
            .get(next.step)
            .map_or_else(String::new, |s| s.text.clone()),
    }
}
