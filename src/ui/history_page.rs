//! History: the runs logged, by day; days active this week and the streak;
//! charts of pain before and after and minutes per day; and "what helps me"
//! from the person's own ratings.

use chrono::{Datelike, Local, NaiveDate, Offset};
use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoints, Points};

use crate::app::ReliefApp;
use crate::history::{self, MIN_RATED_RUNS};
use crate::theme::{self, Palette};

/// Height of each chart in points.
const CHART_HEIGHT: f32 = 170.0;

fn day_label(date: NaiveDate) -> String {
    date.format("%a %-d %b %Y").to_string()
}

pub fn history_page_ui(ui: &mut Ui, app: &ReliefApp) {
    let palette = Palette::for_visuals(ui.visuals());
    let entries = &app.user.history;
    let offset = Local::now().offset().fix();
    let today = Local::now().date_naive();
    ui.heading("History");
    if entries.is_empty() {
        ui.label("Nothing logged yet. Every technique or routine you finish (or stop after a step) is logged here; you can rate your pain before and after on its last screen.");
        return;
    }
    let days = history::by_day(entries, offset);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(
                "This week: {} of 7 days active",
                history::days_active_this_week(entries, today, offset)
            ))
            .strong(),
        );
        ui.separator();
        let streak = history::current_streak(entries, today, offset);
        ui.label(
            RichText::new(format!(
                "Streak: {streak} day{}",
                if streak == 1 { "" } else { "s" }
            ))
            .strong(),
        );
        ui.separator();
        ui.label(format!(
            "{} runs logged on {} days",
            entries.len(),
            days.len()
        ));
    });
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            charts_ui(ui, app, &days, offset, &palette);
            ui.add_space(theme::SECTION_GAP);
            what_helps_ui(ui, app);
            ui.add_space(theme::SECTION_GAP);
            ui.strong("By day");
            for day in &days {
                ui.label(RichText::new(day_label(day.date)).strong());
                for &i in day.entries.iter().rev() {
                    let e = &entries[i];
                    let name = history::RunOf::of(e)
                        .map_or_else(|| "A run".to_owned(), |of| run_name(app, &of));
                    let mut line = format!(
                        "{name} · {}",
                        super::duration_text(u32::try_from(e.active_secs).unwrap_or(u32::MAX))
                    );
                    if let (Some(b), Some(a)) = (e.pain_before, e.pain_after) {
                        line.push_str(&format!(" · pain {b} before, {a} after"));
                    }
                    if let Some(region) =
                        e.region.as_deref().and_then(|id| app.catalogue.region(id))
                    {
                        line.push_str(&format!(" · {}", region.name));
                    }
                    ui.label(line);
                }
            }
        });
}

fn charts_ui(
    ui: &mut Ui,
    app: &ReliefApp,
    days: &[history::Day],
    offset: chrono::FixedOffset,
    palette: &Palette,
) {
    let entries = &app.user.history;
    let point = |e: &crate::store::HistoryEntry, value: Option<u8>| {
        let date = history::local_date(e, offset)?;
        Some([history::day_number(date), f64::from(value?)])
    };
    let before: Vec<[f64; 2]> = entries
        .iter()
        .filter_map(|e| point(e, e.pain_before))
        .collect();
    let after: Vec<[f64; 2]> = entries
        .iter()
        .filter_map(|e| point(e, e.pain_after))
        .collect();
    let date_axis = |mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>| {
        let day = mark.value.round() as i64;
        NaiveDate::from_num_days_from_ce_opt(i32::try_from(day + 719_163).unwrap_or(0))
            .map_or_else(String::new, |d| format!("{} {}", d.day(), d.format("%b")))
    };
    ui.strong("Pain before and after (0 none, 10 worst)");
    if before.is_empty() {
        ui.weak("No ratings yet: tick \"Rate my pain\" when you log a run.");
    } else {
        Plot::new("pain_chart")
            .height(CHART_HEIGHT)
            .legend(Legend::default())
            .include_y(0.0)
            .include_y(10.0)
            .allow_scroll(false)
            .x_axis_formatter(date_axis)
            .show(ui, |plot| {
                plot.line(
                    Line::new("Before", PlotPoints::from(daily_average(&before)))
                        .color(palette.caution)
                        .width(1.5),
                );
                plot.line(
                    Line::new("After", PlotPoints::from(daily_average(&after)))
                        .color(palette.accent)
                        .width(1.5),
                );
                plot.points(
                    Points::new("Before", PlotPoints::from(before))
                        .color(palette.caution)
                        .radius(3.5),
                );
                plot.points(
                    Points::new("After", PlotPoints::from(after))
                        .color(palette.accent)
                        .radius(3.5),
                );
            });
    }
    ui.strong("Minutes per day");
    let bars: Vec<Bar> = days
        .iter()
        .map(|d| Bar::new(history::day_number(d.date), f64::from(d.minutes)).width(0.7))
        .collect();
    Plot::new("minutes_chart")
        .height(CHART_HEIGHT * 0.8)
        .include_y(0.0)
        .allow_scroll(false)
        .x_axis_formatter(date_axis)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("Minutes", bars).color(palette.region_may_ease))
        });
}

/// One point per day: the mean of that day's ratings, in day order.
fn daily_average(points: &[[f64; 2]]) -> Vec<[f64; 2]> {
    let mut by_day: std::collections::BTreeMap<i64, (f64, f64)> = std::collections::BTreeMap::new();
    for [x, y] in points {
        let sum = by_day.entry(x.round() as i64).or_insert((0.0, 0.0));
        sum.0 += y;
        sum.1 += 1.0;
    }
    by_day
        .into_iter()
        .map(|(day, (sum, n))| [day as f64, sum / n])
        .collect()
}

fn what_helps_ui(ui: &mut Ui, app: &ReliefApp) {
    ui.strong("What helps me");
    let ranked = history::what_helps_me(&app.user.history);
    if ranked.is_empty() {
        ui.weak(format!(
            "Once a technique has {MIN_RATED_RUNS} runs with pain rated before and after, this lists how your own ratings changed."
        ));
        return;
    }
    ui.weak("From your own ratings only: a record of how you felt, not a medical finding.");
    for helps in ranked {
        let name = run_name(app, &helps.of);
        let change = if helps.average_drop > 0.05 {
            format!(
                "on average {:.1} points less pain after than before",
                helps.average_drop
            )
        } else if helps.average_drop < -0.05 {
            format!(
                "on average {:.1} points more pain after than before",
                -helps.average_drop
            )
        } else {
            "no change on average".to_owned()
        };
        ui.label(format!(
            "{name}: {change}, in your {} rated runs.",
            helps.rated_runs
        ));
    }
}

/// A technique's name, or a routine's current name (its logged name once
/// it is gone); ids of content that is no longer loaded are shown as they are.
fn run_name(app: &ReliefApp, of: &history::RunOf) -> String {
    match of {
        history::RunOf::Technique(id) => app
            .catalogue
            .technique(id)
            .map_or_else(|| id.clone(), |t| t.name.clone()),
        history::RunOf::Routine { id, name } => {
            let current = app
                .catalogue
                .routines
                .iter()
                .map(|r| (&r.id, &r.name))
                .chain(app.user.routines.iter().map(|r| (&r.id, &r.name)))
                .find(|(rid, _)| *rid == id)
                .map_or(name, |(_, n)| n);
            format!("Routine: {current}")
        }
    }
}
