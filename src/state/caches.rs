//! Every cache the pages read, in one place. Each group is rebuilt by one
//! function, called only when its inputs change (the selection or filter,
//! the favourites, the routines, the history or the day), never per frame.

use crate::content::{PerRegion, PerTechnique, RegionId, TechniqueId};
use std::collections::{BTreeMap, HashMap};

use chrono::{FixedOffset, NaiveDate};
use egui_plot::PlotPoint;

use crate::content::Catalogue;
use crate::logic::history::{self, RunOf, Summary};
use crate::logic::links::{self, LinkKind, RegionTechniques};
use crate::logic::routines::{self, RoutineRef};
use crate::logic::search::{self, Filter, SearchIndex};
use crate::logic::store::UserState;

/// A routine as its list row and page show it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoutineSummary {
    /// Estimated seconds at default doses, pauses included.
    pub secs: u32,
    /// Techniques the loaded content has.
    pub techniques: usize,
}

/// The History page's chart series, as the chart draws them (borrowed each
/// frame, never copied).
#[derive(Clone, Debug, Default)]
pub struct HistoryCharts {
    pub pain_before: Vec<PlotPoint>,
    pub pain_after: Vec<PlotPoint>,
    pub daily_before: Vec<PlotPoint>,
    pub daily_after: Vec<PlotPoint>,
    /// (day number, minutes), oldest first.
    pub minutes: Vec<PlotPoint>,
    /// Averages per week (at the week's middle), for spans where daily
    /// points would be a wall of dots: pain before, after, minutes per day.
    pub weekly_before: Vec<PlotPoint>,
    pub weekly_after: Vec<PlotPoint>,
    pub weekly_minutes: Vec<PlotPoint>,
}

impl HistoryCharts {
    /// The points from day number `first_day` on.
    pub fn since(points: &[PlotPoint], first_day: f64) -> &[PlotPoint] {
        &points[points.partition_point(|p| p.x < first_day)..]
    }

    fn new(summary: &Summary) -> Self {
        // Sorted by day, so a date range is a slice (found by bisection).
        let points = |v: &[[f64; 2]]| {
            let mut points: Vec<PlotPoint> = v.iter().map(|&[x, y]| PlotPoint::new(x, y)).collect();
            points.sort_by(|a, b| a.x.total_cmp(&b.x));
            points
        };
        Self {
            pain_before: points(&summary.pain_before),
            pain_after: points(&summary.pain_after),
            weekly_before: points(&history::weekly_average(&summary.daily_before, false)),
            weekly_after: points(&history::weekly_average(&summary.daily_after, false)),
            weekly_minutes: points(&history::weekly_average(&summary.minutes, true)),
            daily_before: points(&summary.daily_before),
            daily_after: points(&summary.daily_after),
            minutes: points(&summary.minutes),
        }
    }
}

/// One line of the History page's day list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryRow {
    Day(String),
    Run(String),
}

#[derive(Clone, Debug, Default)]
pub struct Caches {
    // From the selection and the filter.
    pub links: BTreeMap<RegionId, LinkKind>,
    /// "Linked on the reflex chart: Colon, Stomach (Left sole, Right sole)".
    pub chart_links_line: Option<String>,
    /// What the selected region offers.
    pub region_lists: RegionTechniques,
    /// Per technique: passes the filter.
    pub technique_matches: PerTechnique<bool>,
    /// Techniques that pass the filter, in catalogue order.
    pub results: Vec<TechniqueId>,
    /// Per region: some matching technique works on or may ease it.
    pub region_matches: PerRegion<bool>,

    // From the favourites.
    /// Favourite techniques (indices) in the person's order.
    pub favourites: Vec<TechniqueId>,
    /// Per region: a favourite technique works on it.
    pub favourite_regions: PerRegion<bool>,

    // From the routines.
    /// Built-in routines first, then the person's own.
    pub routine_refs: Vec<RoutineRef>,
    pub routines: HashMap<RoutineRef, RoutineSummary>,

    // From the history and the day.
    pub history: Summary,
    pub history_charts: HistoryCharts,
    pub history_rows: Vec<HistoryRow>,
    /// "Arch rolls: on average 1.5 points less pain after than before, …"
    pub what_helps_lines: Vec<String>,
}

impl Caches {
    /// Everything, from scratch (at start, and when the content changes).
    pub fn new(
        catalogue: &Catalogue,
        search: &SearchIndex,
        selected: Option<RegionId>,
        filter: &Filter,
        user: &UserState,
        today: (NaiveDate, FixedOffset),
    ) -> Self {
        let mut caches = Self::default();
        caches.refresh_selection(catalogue, search, selected, filter);
        caches.refresh_favourites(catalogue, user);
        caches.refresh_routines(catalogue, user);
        caches.refresh_history(catalogue, user, today);
        caches
    }

    pub fn refresh_selection(
        &mut self,
        catalogue: &Catalogue,
        search: &SearchIndex,
        selected: Option<RegionId>,
        filter: &Filter,
    ) {
        self.technique_matches = search.matching(catalogue, filter);
        self.results = self
            .technique_matches
            .iter_enumerated()
            .filter_map(|(i, m)| m.then_some(i))
            .collect();
        self.region_matches = search::regions_with_matches(catalogue, &self.technique_matches);
        self.links = selected
            .map(|s| links::linked_regions(catalogue, s))
            .unwrap_or_default();
        self.region_lists = selected
            .map(|s| links::region_techniques(catalogue, s))
            .unwrap_or_default();
        self.chart_links_line = crate::logic::text::chart_links(catalogue, &self.links);
    }

    pub fn refresh_favourites(&mut self, catalogue: &Catalogue, user: &UserState) {
        self.favourites = user
            .favourites
            .iter()
            .filter_map(|id| catalogue.technique_index(id))
            .collect();
        let mut marked: PerRegion<bool> = vec![false; catalogue.regions.len()].into();
        for technique in self
            .favourites
            .iter()
            .filter_map(|&i| catalogue.techniques.get(i))
        {
            for region in technique
                .works_on
                .iter()
                .filter_map(|id| catalogue.region_index(id))
            {
                marked[region] = true;
            }
        }
        self.favourite_regions = marked;
    }

    pub fn refresh_routines(&mut self, catalogue: &Catalogue, user: &UserState) {
        self.routine_refs = routines::all(catalogue, user);
        self.routines = self
            .routine_refs
            .iter()
            .filter_map(|&r| {
                let info = routines::info(catalogue, user, r)?;
                let techniques = info.techniques(catalogue);
                let secs = routines::estimate_secs(catalogue, &techniques, info.transition_secs);
                Some((
                    r,
                    RoutineSummary {
                        secs,
                        techniques: techniques.len(),
                    },
                ))
            })
            .collect();
    }

    pub fn refresh_history(
        &mut self,
        catalogue: &Catalogue,
        user: &UserState,
        (today, offset): (NaiveDate, FixedOffset),
    ) {
        // The whole diary read so far: archived years, then the live ones.
        let diary = user.diary();
        self.history = Summary::new(&diary, today, offset);
        self.history_charts = HistoryCharts::new(&self.history);
        let name = |of: &RunOf| run_name(catalogue, user, of);
        self.history_rows = self
            .history
            .days
            .iter()
            .flat_map(|day| {
                let header = HistoryRow::Day(day.date.format("%a %-d %b %Y").to_string());
                let runs = day
                    .entries
                    .iter()
                    .rev()
                    .filter_map(|&i| diary.get(i).copied())
                    .map(|e| HistoryRow::Run(run_line(catalogue, e, &name)));
                std::iter::once(header).chain(runs)
            })
            .collect();
        self.what_helps_lines = self
            .history
            .what_helps
            .iter()
            .map(|helps| what_helps_line(&name(&helps.of), helps))
            .collect();
    }

    /// The day changed since the history was worked out (past midnight).
    pub fn history_is_stale(&self, today: NaiveDate) -> bool {
        self.history.today != Some(today)
    }
}

/// "Arch rolls · 5 min · pain 6 before, 3 after · Lower back"
fn run_line(
    catalogue: &Catalogue,
    e: &crate::logic::store::HistoryEntry,
    name: &dyn Fn(&RunOf) -> String,
) -> String {
    let title = RunOf::of(e).map_or_else(|| "A run".to_owned(), |of| name(&of));
    let mut line = format!(
        "{title} · {}",
        crate::logic::text::duration_text(u32::try_from(e.active_secs).unwrap_or(u32::MAX))
    );
    if let (Some(b), Some(a)) = (e.pain_before, e.pain_after) {
        line.push_str(&format!(" · pain {b} before, {a} after"));
    }
    if let Some(region) = e.region.as_deref().and_then(|id| catalogue.region(id)) {
        line.push_str(&format!(" · {}", region.name));
    }
    line
}

fn what_helps_line(name: &str, helps: &history::HelpsMe) -> String {
    use crate::logic::history::{MIN_RUNS_TO_TELL, Verdict};
    let runs = helps.rated_runs;
    let (low, high) = helps.likely;
    match helps.verdict {
        Verdict::TooFew => {
            format!("{name}: too few rated runs to tell ({runs} of the {MIN_RUNS_TO_TELL} needed).")
        }
        Verdict::LessPain => format!(
            "{name}: on average {:.1} points less pain after than before (likely {low:.1} to \
             {high:.1}), in {runs} rated runs.",
            helps.average_drop
        ),
        Verdict::MorePain => format!(
            "{name}: on average {:.1} points more pain after than before (likely {:.1} to \
             {:.1}), in {runs} rated runs.",
            -helps.average_drop, -high, -low
        ),
        Verdict::NoClearChange => format!(
            "{name}: no clear change (the drop in pain is likely between {low:+.1} and \
             {high:+.1} points), in {runs} rated runs."
        ),
    }
}

/// A technique's name, or a routine's current name (its logged name once
/// it is gone); ids of content that is no longer loaded are shown as they are.
pub fn run_name(catalogue: &Catalogue, user: &UserState, of: &RunOf) -> String {
    match of {
        RunOf::Technique(id) => catalogue
            .technique(id)
            .map_or_else(|| id.clone(), |t| t.name.clone()),
        RunOf::Routine { id, name } => {
            let current = catalogue
                .routines
                .iter()
                .map(|r| (&r.id, &r.name))
                .chain(user.routines.iter().map(|r| (&r.id, &r.name)))
                .find(|(rid, _)| *rid == id)
                .map_or(name, |(_, n)| n);
            format!("Routine: {current}")
        }
    }
}
