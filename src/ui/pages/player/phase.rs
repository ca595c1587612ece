//! The timer or the counter: the countdown ring, the clock, the pace and
//! the repetition count, with the button that moves on.

use std::time::Duration;

use egui::{Align2, FontId, RichText, Sense, Stroke, Ui, Vec2, WidgetInfo, vec2};

use crate::logic::session::{Phase, PhaseKind, Session};
use crate::logic::text::clock_text;
use crate::state::command::{Commands, PlayerAction, RunCommand};
use crate::ui::keys::{self, Action};
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::big_button::{Size, big_button_ui};

/// The timer or the counter, in at most `room` points of height.
pub(super) fn phase_ui(
    ui: &mut Ui,
    session: &Session,
    phase: &Phase,
    now: Duration,
    room: f32,
    palette: &Palette,
    commands: &mut Commands,
) {
    let next = Action::Player(PlayerAction::Next);
    match phase.kind {
        PhaseKind::Instruction => {
            let label = keys::labelled("Ready: next step", next);
            if big_button_ui(ui, &label, Size::Player, true).clicked() {
                commands.push(PlayerAction::Next);
            }
        }
        PhaseKind::Reps { target } => {
            let count_pt = (room * 0.55).clamp(theme::PLAYER_STEP_MIN_PT, theme::PLAYER_COUNT_PT);
            ui.horizontal_wrapped(|ui| {
                let count = format!("{} of {target}", session.reps_done());
                let label = ui.label(RichText::new(&count).size(count_pt).strong());
                label.widget_info(|| {
                    WidgetInfo::labeled(egui::Role::Label, true, format!("{count} repetitions"))
                });
                ui.add_space(24.0);
                if session.pace_secs().is_none() {
                    let space = Action::Player(PlayerAction::CountOrPause);
                    let label = keys::labelled("Count one", space);
                    if big_button_ui(ui, &label, Size::Count, true).clicked() {
                        commands.push(PlayerAction::CountRep);
                    }
                }
            });
            pace_ui(ui, session, commands);
        }
        PhaseKind::Timed { .. }
        | PhaseKind::Rest { .. }
        | PhaseKind::Hold { .. }
        | PhaseKind::Release { .. }
        | PhaseKind::GetReady { .. }
        | PhaseKind::Transition { .. } => {
            timer_ui(ui, session, phase, now, room, palette, commands)
        }
    }
}

/// The countdown ring (as large as `room` allows, a clock when that is too
/// small for a ring), with "Start now" between techniques or ±30 s beside a
/// timed step.
fn timer_ui(
    ui: &mut Ui,
    session: &Session,
    phase: &Phase,
    now: Duration,
    room: f32,
    palette: &Palette,
    commands: &mut Commands,
) {
    let next = Action::Player(PlayerAction::Next);
    let ring = room.min(theme::RING_SIZE);
    ui.horizontal_wrapped(|ui| {
        let lead = if ring >= theme::RING_MIN_SIZE {
            countdown_ring_ui(ui, session, now, ring, palette);
            ring * 0.3
        } else {
            clock_ui(ui, session, now, room);
            0.0
        };
        if matches!(phase.kind, PhaseKind::Transition { .. }) {
            ui.vertical(|ui| {
                ui.add_space(lead);
                let label = keys::labelled("Start now", next);
                if big_button_ui(ui, &label, Size::Player, true).clicked() {
                    commands.push(PlayerAction::Next);
                }
            });
        } else if session.is_adjustable() {
            let adjust = |ui: &mut Ui, commands: &mut Commands| {
                for action in [PlayerAction::AdjustSecs(30), PlayerAction::AdjustSecs(-30)] {
                    if ui
                        .button(keys::button_label(Action::Player(action)))
                        .clicked()
                    {
                        commands.push(action);
                    }
                }
            };
            // Beside a ring, one under the other; beside the figures, in line.
            if lead > 0.0 {
                ui.vertical(|ui| {
                    ui.add_space(lead);
                    adjust(ui, commands);
                });
            } else {
                adjust(ui, commands);
            }
        }
    });
}

fn pace_ui(ui: &mut Ui, session: &Session, commands: &mut Commands) {
    ui.horizontal(|ui| {
        let mut on = session.pace_secs().is_some();
        let mut secs = session.pace_secs().unwrap_or(3);
        let toggled = ui
            .checkbox(&mut on, "Pace: count for me, one every")
            .changed();
        let changed = ui
            .add_enabled(
                on,
                egui::DragValue::new(&mut secs).range(1..=10).suffix(" s"),
            )
            .changed();
        if toggled || changed {
            commands.push(RunCommand::SetPace(on.then_some(secs)));
        }
    });
}

/// The time left as large figures, where a ring would not fit.
fn clock_ui(ui: &mut Ui, session: &Session, now: Duration, room: f32) {
    let left = session
        .phase_remaining(now)
        .map_or(0, |d| d.as_secs_f32().ceil() as u64);
    let text = clock_text(left);
    let pt = (room * 0.7).clamp(theme::PLAYER_STEP_MIN_PT, theme::PLAYER_COUNT_PT);
    let label = ui.label(RichText::new(&text).size(pt).strong());
    label.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, format!("{text} left")));
}

/// A ring `size` points across that empties as the phase runs, with the
/// time left inside.
fn countdown_ring_ui(ui: &mut Ui, session: &Session, now: Duration, size: f32, palette: &Palette) {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    let left = session
        .phase_remaining(now)
        .map_or(0, |d| d.as_secs_f32().ceil() as u64);
    let text = clock_text(left);
    // A label, not a progress bar: it changes every second and has no
    // range a screen reader could read; the prompts say "10 seconds left".
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, format!("{text} left")));
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter();
    let centre = rect.center();
    let stroke = theme::RING_STROKE_WIDTH * size / theme::RING_SIZE;
    let radius = rect.width() / 2.0 - stroke;
    painter.circle_stroke(centre, radius, Stroke::new(stroke, palette.region_fill));
    let fraction = 1.0 - session.phase_progress(now).unwrap_or(0.0);
    if fraction > 0.0 {
        let steps = ((96.0 * fraction).ceil() as usize).max(1);
        let points: Vec<_> = (0..=steps)
            .map(|i| {
                let angle = -std::f32::consts::FRAC_PI_2
                    + std::f32::consts::TAU * fraction * i as f32 / steps as f32;
                centre + vec2(angle.cos(), angle.sin()) * radius
            })
            .collect();
        painter.add(egui::Shape::line(
            points,
            Stroke::new(stroke, palette.accent),
        ));
    }
    painter.text(
        centre,
        Align2::CENTER_CENTER,
        text,
        FontId::proportional(theme::PLAYER_COUNT_PT * 0.8 * size / theme::RING_SIZE),
        ui.visuals().strong_text_color(),
    );
}
