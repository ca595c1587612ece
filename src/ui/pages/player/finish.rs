//! The player's finish screen: what was done, whether it is in the
//! history, and the optional pain ratings.

use crate::content::RegionId;
use std::time::Duration;

use egui::{RichText, Ui};

use crate::content::Technique;
use crate::logic::session::Session;
use crate::logic::text::{FINISHED_TEXT, clock_text};
use crate::state::command::{Commands, NavCommand, PlayerAction, RunCommand};
use crate::state::nav::Page;
use crate::state::run::Run;
use crate::ui::Shared;
use crate::ui::theme;

/// What the finish screen shows: the run, its log entry, where it hurt.
pub(super) struct Finished<'a> {
    pub(super) shared: &'a Shared<'a>,
    pub(super) run: &'a Run,
    pub(super) session: &'a Session,
    pub(super) technique: &'a Technique,
    pub(super) selected: Option<RegionId>,
    pub(super) now: Duration,
}

pub(super) fn finish_ui(ui: &mut Ui, view: &Finished, commands: &mut Commands) {
    let area = egui::ScrollArea::vertical().auto_shrink([false, true]);
    crate::ui::widgets::a11y::scroll_ui(ui, area, "Finished", |ui| {
        finish_body_ui(ui, view, commands);
    });
}

fn finish_body_ui(ui: &mut Ui, view: &Finished, commands: &mut Commands) {
    let Finished {
        shared,
        run,
        session,
        technique,
        selected,
        now,
    } = *view;
    // The heading says what happened and takes the focus, so a screen
    // reader reads it as the screen appears.
    let title = if session.was_stopped() {
        crate::logic::text::stopped_text(session.steps_done(), session.steps_total())
    } else {
        FINISHED_TEXT.to_owned()
    };
    crate::ui::widgets::heading::focus_heading_ui(
        ui,
        RichText::new(title).size(theme::PLAYER_STEP_PT).strong(),
        1,
    );
    let routine = run.routine.as_ref();
    let name = routine.map_or(technique.name.as_str(), |r| r.name.as_str());
    ui.label(RichText::new(name).size(theme::HEADING_PT));
    ui.label(format!(
        "Time: {}",
        clock_text(session.active_time(now).as_secs())
    ));
    if routine.is_some() {
        ui.label(format!(
            "Techniques done: {} of {}",
            session.techniques_done(),
            session.items().len()
        ));
    }
    let sides = if session.has_sides() {
        " (each side counts)"
    } else {
        ""
    };
    ui.label(format!(
        "Steps done: {} of {}{sides}",
        session.steps_done(),
        session.steps_total()
    ));
    ui.add_space(theme::SECTION_GAP);
    if run.logged.is_some() {
        ui.label("Saved in your history.");
        pain_ui(ui, shared, run.pain, selected, commands);
    } else {
        ui.label("Not logged: it was stopped before the first step was done.");
    }
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal(|ui| {
        let again = ui.button("Do it again");
        super::set_fallback_focus(ui, &again);
        if again.clicked() {
            commands.push(PlayerAction::Restart);
        }
        if let Some(routine) = routine {
            if ui.button("Back to routines").clicked() {
                commands.push(match routine.routine {
                    Some(r) => NavCommand::OpenRoutine(r),
                    None => NavCommand::Open(Page::Routines),
                });
            }
        } else if ui.button("Back to the map").clicked() {
            commands.push(NavCommand::Open(Page::Map));
        }
    });
}

/// "How is your pain now?" as prominent as the question before the run:
/// the same eleven targets and number keys; the rating before can be
/// changed below.
fn pain_ui(
    ui: &mut Ui,
    shared: &Shared,
    (before, after): (Option<u8>, Option<u8>),
    selected: Option<RegionId>,
    commands: &mut Commands,
) {
    crate::ui::widgets::heading::heading_ui(
        ui,
        RichText::new("How is your pain now?")
            .size(theme::HEADING_PT)
            .strong(),
        2,
    );
    let scale = "0 is no pain, 10 the worst you can imagine: it goes in your diary beside the \
                 rating before. A number key works too (1 then 0 for 10).";
    crate::ui::widgets::a11y::readable_ui(ui, scale, |ui| {
        ui.label(scale);
    });
    if let Some(pain) = super::pain_before::pain_scale_ui(ui, after) {
        commands.push(RunCommand::SetPain {
            before,
            after: Some(pain),
        });
    }
    let before_text = before.map_or_else(
        || "Before the run: not rated".to_owned(),
        |b| format!("Before the run: {b}"),
    );
    ui.collapsing(before_text, |ui| {
        let mut b = before.unwrap_or(5);
        if ui
            .add(egui::Slider::new(&mut b, 0..=10).text("Pain before"))
            .changed()
        {
            commands.push(RunCommand::SetPain {
                before: Some(b),
                after,
            });
        }
    });
    if let Some(region) = selected.and_then(|r| shared.catalogue.regions.get(r)) {
        ui.weak(format!(
            "Where it hurt: {} (the region selected on the map)",
            region.name
        ));
    }
}
