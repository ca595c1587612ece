//! A technique's page: what it is for, where you work and what it may
//! ease, what you need, cautions, the steps with their doses (and whose
//! numbers they are), tips and the source.

use crate::content::TechniqueId;
use egui::{RichText, Ui};

use crate::content::{Dose, StepsOrigin, Technique, TechniqueKind};
use crate::logic::links;
use crate::logic::routines::{self, RoutineRef};
use crate::logic::session::Choices;
use crate::logic::text;
use crate::state::command::{Commands, FavouriteCommand, NavCommand, RoutineCommand, RunCommand};
use crate::state::nav::Page;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::big_button::{Size, big_button_ui};
use crate::ui::widgets::heading;
use crate::ui::widgets::{a11y, icons, illustration, map_canvas, marks};
use crate::ui::{Shared, keys};

pub fn technique_page_ui(
    ui: &mut Ui,
    shared: &Shared,
    index: TechniqueId,
    choices: &Choices,
    commands: &mut Commands,
) {
    let Some(technique) = shared.catalogue.techniques.get(index) else {
        return;
    };
    let palette = Palette::for_visuals(ui.visuals());
    if ui.button("Back to the map").clicked() {
        commands.push(NavCommand::Open(Page::Map));
    }
    // The name first, then Start: a screen reader reads the heading, and
    // the next Tab is Start.
    heading::page_heading_ui(ui, &technique.name);
    ui.label(&technique.summary);
    actions_ui(ui, shared, index, technique, commands);
    let area = egui::ScrollArea::vertical().auto_shrink([false, false]);
    a11y::scroll_ui(ui, area, "Technique", |ui| {
        ui.add_space(theme::SECTION_GAP);
        ui.horizontal_top(|ui| {
            first_picture_ui(ui, shared, technique);
            ui.vertical(|ui| map_canvas::mini_map_ui(ui, shared, technique));
        });
        facts_ui(ui, shared, index, technique);
        cautions_ui(ui, shared, technique, &palette);
        steps_ui(ui, shared, technique, choices, &palette, commands);
        tips_ui(ui, shared, technique);
        ui.add_space(theme::SECTION_GAP);
        heading::section_heading_ui(ui, "Source");
        marks::source_ui(ui, shared.catalogue, &technique.source, &palette);
        let origin = match technique.steps_origin {
            StepsOrigin::Article => {
                "The steps follow the article; steps marked \"added by the app\" and doses \
                     marked \"suggested\" are the app's."
            }
            StepsOrigin::Conventional => {
                "The article names this technique without giving steps; these are common, \
                     gentle steps written for the app, and their times are suggestions."
            }
        };
        ui.label(RichText::new(origin).color(palette.muted_text));
    });
}

/// Start (its key shown), the star and "Add to a routine".
fn actions_ui(
    ui: &mut Ui,
    shared: &Shared,
    index: TechniqueId,
    technique: &Technique,
    commands: &mut Commands,
) {
    ui.horizontal_wrapped(|ui| {
        let start = keys::button_label(keys::Action::Start);
        if big_button_ui(ui, &start, Size::Main, true)
            .on_hover_text("Guided step by step with a timer")
            .clicked()
        {
            commands.push(RunCommand::Start(index));
        }
        if icons::star_ui(ui, shared.is_favourite(index), &technique.name).clicked() {
            commands.push(FavouriteCommand::Toggle(index));
        }
        ui.menu_button("Add to a routine", |ui| {
            for r in &shared.user.routines {
                let routine = r.key();
                if ui.button(routines::display_name(&r.name)).clicked() {
                    commands.push(RoutineCommand::AddTo {
                        routine,
                        techniques: vec![index],
                    });
                    commands.push(NavCommand::OpenRoutine(RoutineRef::Mine(routine)));
                    ui.close();
                }
            }
            if ui.button("New routine with this technique").clicked() {
                commands.push(RoutineCommand::New(vec![index]));
                ui.close();
            }
        });
    });
}

/// Kind, where you work, what it may ease, the chart link, what you need,
/// position and time.
fn facts_ui(ui: &mut Ui, shared: &Shared, index: TechniqueId, technique: &Technique) {
    let catalogue = shared.catalogue;
    let names = |ids: &[String]| -> String {
        ids.iter()
            .filter_map(|id| catalogue.region(id))
            .map(|r| r.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let chart: Vec<&str> = links::chart_regions(catalogue, index)
        .into_iter()
        .filter_map(|i| catalogue.regions.get(i))
        .map(|r| r.name.as_str())
        .collect();
    // Values wrap within the page (never under the side panel).
    let width = ui.available_width();
    egui::Grid::new("technique_facts")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .max_col_width(width * 0.7)
        .show(ui, |ui| {
            let row = |ui: &mut Ui, title: &str, value: String| {
                ui.strong(title);
                ui.add(egui::Label::new(value).wrap());
                ui.end_row();
            };
            row(ui, "Kind", technique.kind.label().to_owned());
            row(ui, "Where you work", names(&technique.works_on));
            if !technique.may_ease.is_empty() {
                row(ui, "May ease", names(&technique.may_ease));
            }
            if technique.kind == TechniqueKind::ReflexPoint && !chart.is_empty() {
                let pairing = format!(
                    "{} (a traditional pairing, not a treatment)",
                    chart.join(", ")
                );
                row(ui, "On the reflex chart", pairing);
            }
            heading::section_heading_ui(ui, "You need");
            ui.horizontal_wrapped(|ui| {
                for &e in technique.equipment.iter().chain(&technique.equipment_any) {
                    icons::equipment_icon_ui(ui, e);
                }
                ui.label(text::equipment_text(technique));
            });
            ui.end_row();
            row(ui, "Position", text::positions_text(technique));
            row(ui, "Time needed", text::time_needed_text(technique));
        });
}

/// The technique's cautions, those of the areas it works on, and of the
/// caution regions it touches.
fn cautions_ui(ui: &mut Ui, shared: &Shared, technique: &Technique, palette: &Palette) {
    let catalogue = shared.catalogue;
    let caution_regions = catalogue.caution_regions(technique);
    let areas = catalogue.area_cautions(technique);
    if technique.cautions.is_empty() && caution_regions.is_empty() && areas.is_empty() {
        return;
    }
    ui.add_space(theme::SECTION_GAP);
    heading::section_heading_ui(ui, RichText::new("Take care").color(palette.caution));
    for region in caution_regions {
        let note = region.caution.as_deref().unwrap_or_default();
        let name = region.name.to_lowercase();
        ui.colored_label(
            palette.caution,
            format!("This works near a caution area, {name}: {note}"),
        );
    }
    for caution in &technique.cautions {
        ui.colored_label(palette.caution, format!("• {caution}"));
    }
    for area in areas {
        ui.colored_label(
            palette.caution,
            format!("Before you work on {}:", area.name),
        );
        for caution in &area.cautions {
            ui.colored_label(palette.caution, format!("• {caution}"));
        }
    }
}

/// The steps with their doses, marks, and a time slider for timed ones.
fn steps_ui(
    ui: &mut Ui,
    shared: &Shared,
    technique: &Technique,
    choices: &Choices,
    palette: &Palette,
    commands: &mut Commands,
) {
    ui.add_space(theme::SECTION_GAP);
    heading::section_heading_ui(ui, "Steps");
    if let Some(part) = &technique.per_side {
        ui.label(format!(
            "Do all the steps on one {part}, then on the other."
        ));
    }
    for (i, step) in technique.steps.iter().enumerate() {
        let dose = text::dose_text(&step.dose);
        let side = step
            .per_side
            .as_ref()
            .map(|p| format!(", each {p}"))
            .unwrap_or_default();
        ui.add_space(4.0);
        ui.horizontal_top(|ui| {
            let width = theme::STEP_PICTURE_WIDTH;
            if illustration::step_picture_ui(ui, shared.catalogue, step, false, width, None)
                .is_none()
            {
                ui.add_space(width + ui.spacing().item_spacing.x);
            }
            ui.vertical(|ui| {
                // Each step one Tab stop a screen reader reads whole.
                let spoken = format!(
                    "Step {} of {}: {} {dose}{side}",
                    i + 1,
                    technique.steps.len(),
                    step.text
                );
                a11y::readable_ui(ui, spoken.trim_end(), |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(format!("{}.", i + 1));
                        ui.label(&step.text);
                        if !dose.is_empty() {
                            ui.label(RichText::new(format!("{dose}{side}")).color(palette.accent));
                        }
                        marks::dose_origin_ui(ui, step, palette);
                        if step.added {
                            marks::added_step_ui(ui, palette);
                        }
                    })
                });
                if let Dose::Timed {
                    min_secs, max_secs, ..
                } = step.dose
                    && min_secs < max_secs
                {
                    let mut secs = choices.timed_secs_for(i, &step.dose);
                    // Named with its unit for screen readers; the field
                    // takes "150", "2:30" or "2 min 30 s".
                    let slider = egui::Slider::new(&mut secs, min_secs..=max_secs)
                        .step_by(15.0)
                        .custom_formatter(|v, _| text::duration_text(v as u32))
                        .custom_parser(|t| text::parse_duration(t).map(f64::from))
                        .text(format!("Time for step {}, in seconds", i + 1));
                    if ui.add(slider).changed() {
                        commands.push(RunCommand::ChooseDuration { step: i, secs });
                    }
                }
            });
        });
    }
}

/// The first step's picture, large: what the technique looks like.
fn first_picture_ui(ui: &mut Ui, shared: &Shared, technique: &Technique) {
    let Some(step) = technique.steps.first() else {
        return;
    };
    let width = theme::TECHNIQUE_PICTURE_WIDTH.min(ui.available_width() * 0.5);
    if illustration::step_picture_ui(ui, shared.catalogue, step, false, width, None).is_some() {
        ui.add_space(theme::SECTION_GAP);
    }
}

fn tips_ui(ui: &mut Ui, shared: &Shared, technique: &Technique) {
    let mut tips = shared
        .catalogue
        .tips
        .iter()
        .filter(|t| t.techniques.contains(&technique.id))
        .peekable();
    if tips.peek().is_none() {
        return;
    }
    ui.add_space(theme::SECTION_GAP);
    heading::section_heading_ui(ui, "Tips");
    for tip in tips {
        ui.label(RichText::new(&tip.title).strong());
        ui.label(&tip.text);
    }
}
