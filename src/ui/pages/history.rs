//! History: the runs logged, by day; days active this week and the streak;
//! charts of pain before and after and minutes per day; and "what helps me"
//! from the person's own ratings. Everything here is read from the cache,
//! built once per change of the history; the day list draws only the rows
//! on screen, so ten years of runs cost no more than one week.

use chrono::NaiveDate;
use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoints, Points};

use crate::logic::history::{self, MIN_RATED_RUNS};
use crate::state::caches::{HistoryCharts, HistoryRow};
use crate::ui::Shared;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::{a11y, heading};

/// Height of each chart in points.
const CHART_HEIGHT: f32 = 170.0;

/// How far back the charts look.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ChartRange {
    FourWeeks,
    #[default]
    ThreeMonths,
    Year,
    All,
}

impl ChartRange {
    pub const ALL: [Self; 4] = [Self::FourWeeks, Self::ThreeMonths, Self::Year, Self::All];

    fn label(self) -> &'static str {
        match self {
            Self::FourWeeks => "4 weeks",
            Self::ThreeMonths => "3 months",
            Self::Year => "A year",
            Self::All => "All",
        }
    }

    fn days(self) -> Option<i64> {
        match self {
            Self::FourWeeks => Some(28),
            Self::ThreeMonths => Some(91),
            Self::Year => Some(365),
            Self::All => None,
        }
    }
}

/// The page's own state: the charts' range.
#[derive(Debug, Default)]
pub struct HistoryForm {
    pub range: ChartRange,
}

pub fn history_page_ui(ui: &mut Ui, shared: &Shared, form: &mut HistoryForm) {
    let palette = Palette::for_visuals(ui.visuals());
    let summary = &shared.caches.history;
    heading::page_heading_ui(ui, "History");
    if !shared.user.archive.is_complete() {
        // Older years are read in the background; the page fills in then.
        ui.weak("Reading the older years of your diary…");
    }
    if summary.runs == 0 {
        ui.label(
            "Nothing logged yet. Every technique or routine you finish (or stop after a step) \
             is logged here, with your pain before and after when you rate it.",
        );
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(
                "This week: {} of 7 days active",
                summary.days_active_this_week
            ))
            .strong(),
        );
        ui.separator();
        let streak = summary.streak;
        let plural = if streak == 1 { "" } else { "s" };
        ui.label(RichText::new(format!("Streak: {streak} day{plural}")).strong());
        ui.separator();
        ui.label(format!(
            "{} runs logged on {} days",
            summary.runs,
            summary.days.len()
        ));
    });
    let rows = &shared.caches.history_rows;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let area = egui::ScrollArea::vertical().auto_shrink([false, false]);
    a11y::scroll_viewport_ui(ui, area, "History", |ui, viewport| {
        range_ui(ui, form);
        charts_ui(ui, shared, form.range, &palette);
        ui.add_space(theme::SECTION_GAP);
        what_helps_ui(ui, shared);
        ui.add_space(theme::SECTION_GAP);
        heading::section_heading_ui(ui, "By day");
        day_rows_ui(ui, rows, row_height, viewport);
    });
}

/// Only the rows inside the viewport are laid out; the rest is space.
fn day_rows_ui(ui: &mut Ui, rows: &[HistoryRow], row_height: f32, viewport: egui::Rect) {
    let top = ui.cursor().top() - ui.min_rect().top();
    let first = ((viewport.top() - top) / row_height).floor().max(0.0) as usize;
    let visible = (viewport.height() / row_height).ceil() as usize + 2;
    let first = first.min(rows.len());
    let last = (first + visible).min(rows.len());
    ui.add_space(first as f32 * row_height);
    for row in &rows[first..last] {
        let rect = ui.allocate_exact_size(
            egui::vec2(ui.available_width(), row_height),
            egui::Sense::hover(),
        );
        let text = match row {
            HistoryRow::Day(day) => RichText::new(day).strong(),
            HistoryRow::Run(line) => RichText::new(line),
        };
        let layout = egui::Layout::left_to_right(egui::Align::Center);
        ui.put(rect.0, |ui: &mut Ui| {
            ui.with_layout(layout, |ui| ui.add(egui::Label::new(text).truncate()))
                .inner
        });
    }
    ui.add_space((rows.len() - last) as f32 * row_height);
}

/// The range switch for the charts.
fn range_ui(ui: &mut Ui, form: &mut HistoryForm) {
    ui.horizontal(|ui| {
        ui.label("Show");
        for range in ChartRange::ALL {
            ui.selectable_value(&mut form.range, range, range.label());
        }
    });
}

/// Day labels on the charts' axis: "14 Apr", or "Apr 2024" when the
/// visible span passes a year.
fn date_label(mark: egui_plot::GridMark, range: &std::ops::RangeInclusive<f64>) -> String {
    let day = mark.value.round() as i64;
    let Some(date) =
        NaiveDate::from_num_days_from_ce_opt(i32::try_from(day + 719_163).unwrap_or(0))
    else {
        return String::new();
    };
    if range.end() - range.start() > 365.0 {
        date.format("%b %Y").to_string()
    } else {
        date.format("%-d %b").to_string()
    }
}

/// Pain before and after in the pain chart: weekly lines, or daily lines
/// with each rating as a dot.
fn pain_series<'a>(
    plot: &mut egui_plot::PlotUi<'a>,
    charts: &'a HistoryCharts,
    first_day: f64,
    by_week: bool,
    palette: &Palette,
) {
    let since = |points: &'a [egui_plot::PlotPoint]| HistoryCharts::since(points, first_day);
    let (before, after) = if by_week {
        (&charts.weekly_before, &charts.weekly_after)
    } else {
        (&charts.daily_before, &charts.daily_after)
    };
    plot.line(
        Line::new("Before", PlotPoints::Borrowed(since(before)))
            .color(palette.caution)
            .width(1.5),
    );
    plot.line(
        Line::new("After", PlotPoints::Borrowed(since(after)))
            .color(palette.accent)
            .width(1.5),
    );
    if by_week {
        return;
    }
    plot.points(
        Points::new("Before", PlotPoints::Borrowed(since(&charts.pain_before)))
            .color(palette.caution)
            .radius(3.5),
    );
    plot.points(
        Points::new("After", PlotPoints::Borrowed(since(&charts.pain_after)))
            .color(palette.accent)
            .radius(3.5),
    );
}

fn charts_ui(ui: &mut Ui, shared: &Shared, range: ChartRange, palette: &Palette) {
    let charts = &shared.caches.history_charts;
    let first_day = match (range.days(), shared.caches.history.today) {
        (Some(days), Some(today)) => history::day_number(today) - days as f64 + 1.0,
        _ => f64::MIN,
    };
    let since = |points| HistoryCharts::since(points, first_day);
    // The whole range on the axis, not just the days with runs: one run is
    // a narrow bar on its day, and "4 weeks" and "3 months" differ.
    let first_run = charts.minutes.first().map(|p| p.x);
    let span = shared.caches.history.today.map(|today| {
        let start = if range.days().is_some() {
            first_day
        } else {
            first_run.unwrap_or(first_day)
        };
        (start - 0.5, history::day_number(today) + 0.5)
    });
    let with_span = |plot: Plot<'static>| match span {
        Some((from, to)) => plot.include_x(from).include_x(to),
        None => plot,
    };
    // Past a few months, daily points are a wall of dots: weekly averages.
    let by_week = matches!(range, ChartRange::Year | ChartRange::All);
    let title = if by_week {
        "Pain before and after, weekly averages (0 none, 10 worst)"
    } else {
        "Pain before and after (0 none, 10 worst)"
    };
    heading::section_heading_ui(ui, title);
    if since(&charts.pain_before).is_empty() {
        ui.weak(
            "No ratings in this time: rate your pain before a run (asked at the start, see Settings) and on \
             its last screen.",
        );
    } else {
        with_span(Plot::new(("pain_chart", range)))
            .height(CHART_HEIGHT)
            .legend(Legend::default())
            .include_y(0.0)
            .include_y(10.0)
            .allow_scroll(false)
            .x_axis_formatter(date_label)
            .show(ui, |plot| {
                pain_series(plot, charts, first_day, by_week, palette)
            });
    }
    let (title, points, width) = if by_week {
        (
            "Minutes per day, weekly averages",
            &charts.weekly_minutes,
            5.0,
        )
    } else {
        ("Minutes per day", &charts.minutes, 0.7)
    };
    heading::section_heading_ui(ui, title);
    let bars: Vec<Bar> = since(points)
        .iter()
        .map(|p| Bar::new(p.x, p.y).width(width))
        .collect();
    with_span(Plot::new(("minutes_chart", range)))
        .height(CHART_HEIGHT * 0.8)
        .include_y(0.0)
        .allow_scroll(false)
        .x_axis_formatter(date_label)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("Minutes", bars).color(palette.region_may_ease));
        });
}

fn what_helps_ui(ui: &mut Ui, shared: &Shared) {
    heading::section_heading_ui(ui, "What helps me");
    let lines = &shared.caches.what_helps_lines;
    if lines.is_empty() {
        ui.weak(format!(
            "Once a technique has {MIN_RATED_RUNS} runs with pain rated before and after, this \
             lists how your own ratings changed."
        ));
        return;
    }
    ui.weak("From your own ratings only: a record of how you felt, not a medical finding.");
    for line in lines {
        ui.label(line);
    }
}
