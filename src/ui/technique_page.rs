//! A technique's page: what it is for, where you work and what it helps,
//! what you need, cautions, tips and the steps with their doses.

use egui::{RichText, Ui};

use crate::app::{Command, ReliefApp};
use crate::content::StepsOrigin;
use crate::theme::{self, Palette};
use crate::ui::icons;

pub fn technique_page_ui(ui: &mut Ui, app: &ReliefApp, index: usize, commands: &mut Vec<Command>) {
    let catalogue = &app.catalogue;
    let Some(technique) = catalogue.techniques.get(index) else {
        return;
    };
    let palette = Palette::for_visuals(ui.visuals());
    ui.horizontal(|ui| {
        if ui.button("Back to the map").clicked() {
            commands.push(Command::Open(crate::app::Page::Map));
        }
        if icons::star_ui(ui, app.is_favourite(index), &technique.name).clicked() {
            commands.push(Command::ToggleFavourite(index));
        }
        let start = egui::Button::new(
            RichText::new("Start")
                .size(theme::BODY_TEXT_PT + 4.0)
                .strong(),
        )
        .min_size(egui::vec2(120.0, 36.0));
        if ui
            .add(start)
            .on_hover_text("Guided step by step with a timer")
            .clicked()
        {
            commands.push(Command::Start(index));
        }
        ui.menu_button("Add to a routine", |ui| {
            for (routine, r) in app.user.routines.iter().enumerate() {
                if ui.button(crate::routines::display_name(&r.name)).clicked() {
                    commands.push(Command::AddToRoutine {
                        routine,
                        techniques: vec![index],
                    });
                    commands.push(Command::OpenRoutine(crate::routines::RoutineRef::Mine(
                        routine,
                    )));
                    ui.close();
                }
            }
            if ui.button("New routine with this technique").clicked() {
                commands.push(Command::NewRoutine(vec![index]));
                ui.close();
            }
        });
    });
    ui.heading(&technique.name);
    ui.label(&technique.summary);
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.add_space(theme::SECTION_GAP);
        super::map_view::mini_map_ui(ui, app, technique);
        let names = |ids: &[String]| -> String {
            ids.iter().filter_map(|id| catalogue.region(id)).map(|r| r.name.as_str()).collect::<Vec<_>>().join(", ")
        };
        let chart: Vec<&str> = crate::links::chart_regions(catalogue, index)
            .into_iter()
            .filter_map(|i| catalogue.regions.get(i))
            .map(|r| r.name.as_str())
            .collect();
        egui::Grid::new("technique_facts").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
            ui.strong("Kind");
            ui.label(technique.kind.label());
            ui.end_row();
            ui.strong("Where you work");
            ui.label(names(&technique.works_on));
            ui.end_row();
            if !technique.may_ease.is_empty() {
                ui.strong("May ease");
                ui.label(names(&technique.may_ease))
                    .on_hover_text("The article says some people feel relief here.");
                ui.end_row();
            }
            if technique.kind == crate::content::TechniqueKind::ReflexPoint && !chart.is_empty() {
                ui.strong("On the reflex chart");
                ui.label(format!("{} (a traditional pairing, not a treatment)", chart.join(", ")));
                ui.end_row();
            }
            ui.strong("You need");
            ui.horizontal_wrapped(|ui| {
                for &e in technique.equipment.iter().chain(&technique.equipment_any) {
                    icons::equipment_icon_ui(ui, e);
                }
                ui.label(super::equipment_text(technique));
            });
            ui.end_row();
            ui.strong("Position");
            ui.label(technique.positions.iter().map(|p| p.label()).collect::<Vec<_>>().join(" or "));
            ui.end_row();
            ui.strong("Time needed");
            ui.label(super::time_needed_text(technique));
            ui.end_row();
        });

        let caution_areas = catalogue.caution_regions(technique);
        let area_cautions = catalogue.area_cautions(technique);
        if !technique.cautions.is_empty() || !caution_areas.is_empty() || !area_cautions.is_empty() {
            ui.add_space(theme::SECTION_GAP);
            ui.strong(RichText::new("Take care").color(palette.caution));
            for region in caution_areas {
                let note = region.caution.as_deref().unwrap_or_default();
                ui.colored_label(palette.caution, format!("This works near a caution area, {}: {note}", region.name.to_lowercase()));
            }
            for caution in &technique.cautions {
                ui.colored_label(palette.caution, format!("• {caution}"));
            }
            for area in area_cautions {
                ui.colored_label(palette.caution, format!("Before you work on {}:", area.name));
                for caution in &area.cautions {
                    ui.colored_label(palette.caution, format!("• {caution}"));
                }
            }
        }

        ui.add_space(theme::SECTION_GAP);
        ui.strong("Steps");
        if let Some(part) = &technique.per_side {
            ui.label(format!("Do all the steps on one {part}, then on the other."));
        }
        for (i, step) in technique.steps.iter().enumerate() {
            let dose = super::dose_text(&step.dose);
            let side = step.per_side.as_ref().map(|p| format!(", each {p}")).unwrap_or_default();
            ui.horizontal_wrapped(|ui| {
                ui.strong(format!("{}.", i + 1));
                ui.label(&step.text);
                if !dose.is_empty() {
                    ui.label(RichText::new(format!("{dose}{side}")).color(palette.accent));
                }
                super::dose_origin_ui(ui, step, &palette);
                if step.added {
                    ui.label(RichText::new("added by the app").size(theme::MARK_TEXT_PT).color(palette.muted_text))
                        .on_hover_text("The article does not have this step; the app adds it to keep you safe and comfortable.");
                }
            });
            if let crate::content::Dose::Timed { min_secs, max_secs, .. } = step.dose
                && min_secs < max_secs
            {
                let mut secs = app.choices.timed_secs_for(i, &step.dose);
                let slider = egui::Slider::new(&mut secs, min_secs..=max_secs)
                    .step_by(15.0)
                    .custom_formatter(|v, _| super::duration_text(v as u32))
                    .text(format!("Time for step {}", i + 1));
                if ui.add(slider).changed() {
                    commands.push(Command::ChooseDuration { step: i, secs });
                }
            }
        }

        let tips: Vec<_> = catalogue.tips.iter().filter(|t| t.techniques.contains(&technique.id)).collect();
        if !tips.is_empty() {
            ui.add_space(theme::SECTION_GAP);
            ui.strong("Tips");
            for tip in tips {
                ui.label(RichText::new(&tip.title).strong());
                ui.label(&tip.text);
            }
        }

        ui.add_space(theme::SECTION_GAP);
        ui.strong("Source");
        super::source_ui(ui, catalogue, &technique.source, &palette);
        let origin = match technique.steps_origin {
            StepsOrigin::Article => "The steps follow the article; steps marked \"added by the app\" and doses marked \"suggested\" are the app's.",
            StepsOrigin::Conventional => "The article names this technique without giving steps; these are common, gentle steps written for the app, and their times are suggestions.",
        };
        ui.label(RichText::new(origin).color(palette.muted_text));
    });
}
