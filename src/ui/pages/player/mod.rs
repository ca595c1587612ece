//! The guided player: the current step in large type, a countdown ring or
//! repetition counter, what comes next, and controls with their keys; then
//! the finish screen (`finish`).

mod controls;
mod finish;
mod header;
mod pain_before;
mod phase;

use header::{context_text, header_ui, next_text, transition_text};
use phase::phase_ui;

use crate::content::RegionId;
use std::time::Duration;

use egui::{Color32, RichText, Sense, Ui, Vec2, vec2};

use crate::content::Technique;
use crate::logic::illustration::motion_secs;
use crate::logic::session::{Phase, PhaseKind, Session, SideOf, Status};
use crate::state::command::Commands;
use crate::state::run::Run;
use crate::ui::Shared;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::{heading, illustration, marks};

/// The player: `selected` is the region chosen on the map (shown with the
/// pain rating, as where it hurt).
pub fn player_page_ui(
    ui: &mut Ui,
    shared: &Shared,
    run: &Run,
    selected: Option<RegionId>,
    now: Duration,
    commands: &mut Commands,
) {
    let Some(session) = &run.session else {
        ui.label("Nothing is running. Open a technique and press Start.");
        return;
    };
    let Some(technique) = shared.catalogue.techniques.get(session.technique()) else {
        return;
    };
    if session.status() == Status::Finished {
        let view = finish::Finished {
            shared,
            run,
            session,
            technique,
            selected,
            now,
        };
        finish::finish_ui(ui, &view, commands);
        return;
    }
    if run.asking_pain_before {
        let name = run.routine.as_ref().map_or(&technique.name, |r| &r.name);
        pain_before::pain_before_ui(ui, name, commands);
        return;
    }
    announcement_ui(ui, run.announcement.as_deref());
    let large = shared.user.settings.large_controls;
    let palette = Palette::for_visuals(ui.visuals());
    let fill = if run.flashing(now) {
        palette.flash
    } else {
        Color32::TRANSPARENT
    };
    let compact = ui.ctx().content_rect().height() < theme::COMPACT_WINDOW_HEIGHT;
    egui::Frame::new()
        .fill(fill)
        .inner_margin(if compact { 4.0 } else { 12.0 })
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            let view = View {
                shared,
                run,
                session,
                technique,
                now,
                palette,
            };
            docked_controls_ui(ui, session, large, commands, |ui, commands| {
                player_body_ui(ui, &view, commands);
            });
        });
}

/// The controls docked at the bottom, whatever the window and text size:
/// their room is kept first (as tall as they were last frame), and the
/// body gets what is left, clipped, so a long step or a small window
/// shrinks the picture and the timer, never pushes the controls away.
fn docked_controls_ui(
    ui: &mut Ui,
    session: &Session,
    large: bool,
    commands: &mut Commands,
    body_ui: impl FnOnce(&mut Ui, &mut Commands),
) {
    let id = ui.make_persistent_id("player_controls_height");
    let gap = ui.spacing().item_spacing.y;
    let large_size = large.then(|| controls::large_target_size(ui));
    let kept = ui
        .data(|d| d.get_temp::<f32>(id))
        .unwrap_or(theme::PLAYER_BUTTON_SIZE.y * 2.0)
        + large_size.map_or(0.0, |s| s.y + gap);
    let body = vec2(ui.available_width(), ui.available_height() - kept - gap);
    let body = egui::Rect::from_min_size(ui.cursor().min, body.max(Vec2::ZERO));
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(body));
    child.set_clip_rect(body.intersect(ui.clip_rect()));
    // In a very small window (800×600 at 200 % text) the body may still not
    // fit: it scrolls then, under the step's heading, and never covers the
    // controls.
    let area = egui::ScrollArea::vertical()
        .id_salt("player_body")
        .max_height(body.height())
        .auto_shrink([false, true]);
    crate::ui::widgets::a11y::scroll_ui(&mut child, area, "Step", |ui| body_ui(ui, commands));
    ui.advance_cursor_after_rect(body);
    ui.add_space(gap);
    let row = ui.scope(|ui| controls::controls_ui(ui, session, large, commands));
    let height = row.response.rect.height();
    if ui.data(|d| d.get_temp::<f32>(id)) != Some(height) {
        ui.data_mut(|d| d.insert_temp(id, height));
        ui.ctx().request_repaint();
    }
    if let Some(size) = large_size {
        controls::large_controls_ui(ui, session, size, commands);
    }
}

fn fallback_id() -> egui::Id {
    egui::Id::unique("reliefmap-player-focus-fallback")
}

/// Where the focus goes in the player when the control that had it went
/// away (Ready → a timed step): Pause, or on the finish screen "Do it
/// again". Remembered by the controls as they are drawn.
pub fn fallback_focus(ctx: &egui::Context) -> Option<egui::Id> {
    ctx.data(|d| d.get_temp::<egui::Id>(fallback_id()))
}

/// Makes `response` the player's focus fallback.
pub(super) fn set_fallback_focus(ui: &Ui, response: &egui::Response) {
    ui.data_mut(|d| d.insert_temp(fallback_id(), response.id));
}

/// The live region screen readers announce: the guide's last words (the
/// same the voice says), drawn as nothing: one point, its room given back.
fn announcement_ui(ui: &mut Ui, text: Option<&str>) {
    let (_, response) = ui.allocate_exact_size(Vec2::splat(1.0), Sense::hover());
    ui.add_space(-1.0 - ui.spacing().item_spacing.y);
    let text = text.unwrap_or_default().to_owned();
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Status);
        node.set_label(text.clone());
        node.set_live(egui::accesskit::Live::Polite);
    });
}

/// What the player's body reads, for one frame.
struct View<'a> {
    shared: &'a Shared<'a>,
    run: &'a Run,
    session: &'a Session,
    technique: &'a Technique,
    now: Duration,
    palette: Palette,
}

/// Everything of the player but its controls: the header, the step in
/// large type, then the timer or counter with the picture beside it, sized
/// to the room that is left (the picture goes first, then the ring shrinks
/// to a clock).
fn player_body_ui(ui: &mut Ui, view: &View, commands: &mut Commands) {
    let View {
        shared,
        run,
        session,
        technique,
        now,
        palette,
    } = *view;
    let palette = &palette;
    let large = shared.user.settings.large_controls;
    let step_pt = step_text_pt(ui.available_height());
    header_ui(ui, run, session, technique, now, palette);
    let Some(phase) = session.current() else {
        return;
    };
    let Some(step) = technique.steps.get(phase.step) else {
        return;
    };
    ui.add_space(theme::SECTION_GAP / 2.0);
    step_text_ui(ui, session, technique, phase, step, step_pt, palette);
    ui.add_space(theme::SECTION_GAP / 2.0);
    let next_line = ui.text_style_height(&egui::TextStyle::Body) * 1.4;
    let room = vec2(
        ui.available_width(),
        (ui.available_height() - next_line - theme::SECTION_GAP).max(0.0),
    );
    let has_picture = step.image.is_some() || step.show.is_some();
    let width = picture_width(room, large);
    let phase_width = if has_picture && width >= theme::PLAYER_PICTURE_MIN_WIDTH {
        room.x - width - theme::SECTION_GAP
    } else {
        room.x
    };
    let steps_ui = |ui: &mut Ui, commands: &mut Commands| {
        phase_ui(
            ui,
            session,
            phase,
            now,
            room.y.min(phase_width),
            palette,
            commands,
        );
        ui.add_space(theme::SECTION_GAP / 2.0);
        ui.label(
            RichText::new(format!("Next: {}", next_text(session, technique)))
                .size(theme::BODY_TEXT_PT + 2.0)
                .color(palette.muted_text),
        );
    };
    if has_picture && width >= theme::PLAYER_PICTURE_MIN_WIDTH {
        ui.horizontal_top(|ui| {
            let reduce = shared.user.settings.reduce_motion;
            let moving = motion_secs(shared.catalogue, reduce, session, now);
            let mirrored = phase.side == Some(SideOf::Right);
            illustration::step_picture_ui(ui, shared.catalogue, step, mirrored, width, moving);
            ui.add_space(theme::SECTION_GAP);
            ui.vertical(|ui| {
                ui.set_max_width(phase_width);
                steps_ui(ui, commands);
            });
        });
    } else {
        steps_ui(ui, commands);
    }
}

/// The step's type size: as designed in a roomy window, smaller in a small
/// one so the step still fits above the timer and the controls.
fn step_text_pt(body_height: f32) -> f32 {
    (body_height / 12.0).clamp(theme::PLAYER_STEP_MIN_PT, theme::PLAYER_STEP_PT)
}

/// The picture's width in `room` beside the timer: as large as the room's
/// height allows, at most the player's largest; smaller than the smallest
/// is left out.
fn picture_width(room: Vec2, large: bool) -> f32 {
    let share = if large { 0.45 } else { 0.55 };
    (room.x * share)
        .min(room.y / illustration::ASPECT)
        .min(theme::PLAYER_PICTURE_MAX_WIDTH)
}

/// The current step in large type, its context (side, set, direction),
/// whose numbers these are, and its cue.
fn step_text_ui(
    ui: &mut Ui,
    session: &Session,
    technique: &Technique,
    phase: &Phase,
    step: &crate::content::Step,
    step_pt: f32,
    palette: &Palette,
) {
    let transition = matches!(phase.kind, PhaseKind::Transition { .. });
    let headline = match &phase.kind {
        PhaseKind::GetReady { .. } => format!(
            "Switch to the right {}",
            phase.body_part.as_deref().unwrap_or("side")
        ),
        PhaseKind::Rest { .. } => "Rest".to_owned(),
        PhaseKind::Transition { .. } => format!("Next: {}", technique.name),
        PhaseKind::Release { .. } => "Release and breathe".to_owned(),
        _ => step.text.clone(),
    };
    // The step takes the focus when the player opens, so the first step
    // is read; later steps are announced (see `announcement_ui`).
    heading::focus_heading_ui(ui, RichText::new(headline).size(step_pt).strong(), 2);
    let context = if transition {
        transition_text(session, technique)
    } else {
        context_text(phase)
    };
    ui.horizontal_wrapped(|ui| {
        if !context.is_empty() {
            ui.label(
                RichText::new(context)
                    .size(theme::BODY_TEXT_PT + 4.0)
                    .color(palette.accent),
            );
        }
        // Whose numbers these are, for the step's own phases.
        let own_phase = !matches!(
            phase.kind,
            PhaseKind::Transition { .. } | PhaseKind::GetReady { .. } | PhaseKind::Instruction
        );
        if own_phase {
            marks::dose_origin_ui(ui, step, palette);
        }
    });
    if transition {
        ui.label(&technique.summary);
    } else if let Some(cue) = &step.cue {
        ui.label(RichText::new(cue).italics());
    }
}
