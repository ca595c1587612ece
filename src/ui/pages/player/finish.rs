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

/// Optional pain ratings for the log, 0 (none) to 10 (worst).
fn pain_ui(
    ui: &mut Ui,
    shared: &Shared,
    (before, after): (Option<u8>, Option<u8>),
    selected: Option<RegionId>,
    commands: &mut Commands,
) {
    let mut rated = after.is_some();
    if ui
        .checkbox(
            &mut rated,
            "Rate my pain now, for the diary (0 none, 10 worst)",
        )
        .changed()
    {
        // The rating given before the run stays as it was.
        let value = if rated {
            (before.or(Some(5)), Some(before.unwrap_or(5)))
        } else {
            (before, None)
        };
        commands.push(RunCommand::SetPain {
            before: value.0,
            after: value.1,
        });
    }
    if rated {
        let (mut b, mut a) = (before.unwrap_or(5), after.unwrap_or(5));
        let changed = ui
            .add(egui::Slider::new(&mut b, 0..=10).text("Pain before"))
            .changed()
            | ui.add(egui::Slider::new(&mut a, 0..=10).text("Pain after"))
                .changed();
        if changed {
            commands.push(RunCommand::SetPain {
                before: Some(b),
                after: Some(a),
            });
        }
    }
    if let Some(region) = selected.and_then(|r| shared.catalogue.regions.get(r)) {
        ui.weak(format!(
            "Where it hurt: {} (the region selected on the map)",
            region.name
        ));
    }
}
