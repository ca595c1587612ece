//! The pain diary worked out by calendar day: runs per day, minutes, days
//! active this week, the current streak, and "what helps me" from the
//! person's own ratings. Pure functions on [`HistoryEntry`] lists (owned,
//! or borrowed from the live and archived years); the time zone comes in as
//! a fixed offset so tests do not depend on the machine.

use std::borrow::Borrow;
use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate};

use crate::logic::store::HistoryEntry;

/// Fewest rated runs before a technique is ranked in "what helps me".
pub const MIN_RATED_RUNS: usize = 3;

/// The calendar day an entry ended on, in the given time zone.
pub fn local_date(entry: &HistoryEntry, offset: FixedOffset) -> Option<NaiveDate> {
    DateTime::from_timestamp(entry.ended_unix_secs, 0)
        .map(|utc| utc.with_timezone(&offset).date_naive())
}

/// One day of the diary.
#[derive(Clone, Debug, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    /// Indices into the history, oldest first.
    pub entries: Vec<usize>,
    pub minutes: f32,
}

/// Days with at least one run, newest first.
pub fn by_day<E: Borrow<HistoryEntry>>(history: &[E], offset: FixedOffset) -> Vec<Day> {
    let mut days: BTreeMap<NaiveDate, Day> = BTreeMap::new();
    for (index, entry) in history.iter().map(Borrow::borrow).enumerate() {
        let Some(date) = local_date(entry, offset) else {
            continue;
        };
        let day = days.entry(date).or_insert_with(|| Day {
            date,
            entries: Vec::new(),
            minutes: 0.0,
        });
        day.entries.push(index);
        day.minutes += entry.active_secs as f32 / 60.0;
    }
    days.into_values().rev().collect()
}

/// Days with a run in the week (Monday to Sunday) that holds `today`.
pub fn days_active_this_week<E: Borrow<HistoryEntry>>(
    history: &[E],
    today: NaiveDate,
    offset: FixedOffset,
) -> usize {
    active_in_week(&by_day(history, offset), today)
}

fn active_in_week(days: &[Day], today: NaiveDate) -> usize {
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    days.iter()
        .filter(|d| d.date >= monday && d.date <= today)
        .count()
}

/// Consecutive days with a run, ending today (or yesterday, so a streak is
/// not broken before today's run).
pub fn current_streak<E: Borrow<HistoryEntry>>(
    history: &[E],
    today: NaiveDate,
    offset: FixedOffset,
) -> u32 {
    streak_of(&by_day(history, offset), today)
}

/// The streak from days with runs, newest first.
fn streak_of(days: &[Day], today: NaiveDate) -> u32 {
    let days: Vec<NaiveDate> = days.iter().map(|d| d.date).collect();
    let mut expected = if days.first() == Some(&today) {
        today
    } else {
        today - Duration::days(1)
    };
    let mut streak = 0;
    for date in days.into_iter().filter(|d| *d <= today) {
        if date == expected {
            streak += 1;
            expected -= Duration::days(1);
        } else {
            break;
        }
    }
    streak
}

/// What a logged run played.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum RunOf {
    /// A technique id.
    Technique(String),
    /// A routine, with its name when it was last logged.
    Routine { id: String, name: String },
}

impl RunOf {
    pub fn of(entry: &HistoryEntry) -> Option<Self> {
        match (&entry.technique, &entry.routine) {
            (Some(technique), _) => Some(Self::Technique(technique.clone())),
            (None, Some(id)) => Some(Self::Routine {
                id: id.clone(),
                name: entry.routine_name.clone().unwrap_or_else(|| id.clone()),
            }),
            (None, None) => None,
        }
    }
}

/// Rated runs below which no verdict is given: a few good days prove
/// nothing (and pain that was high tends to come down anyway).
pub const MIN_RUNS_TO_TELL: usize = 6;

/// A technique's or routine's average pain drop in the person's own rated
/// runs, with how sure that is.
#[derive(Clone, Debug, PartialEq)]
pub struct HelpsMe {
    pub of: RunOf,
    pub rated_runs: usize,
    /// Before minus after, averaged (positive: less pain after).
    pub average_drop: f32,
    /// Where the average likely lies: a 95 % bootstrap interval.
    pub likely: (f32, f32),
    pub verdict: Verdict,
}

/// What the ratings say, honestly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Fewer than [`MIN_RUNS_TO_TELL`] rated runs.
    TooFew,
    /// The whole likely range is at least half a point of less pain.
    LessPain,
    /// The whole likely range is more pain.
    MorePain,
    /// The likely range holds no change.
    NoClearChange,
}

impl HelpsMe {
    /// Whether the person's own ratings say it helped.
    pub fn helps(&self) -> bool {
        self.verdict == Verdict::LessPain
    }
}

/// The mean of `drops` and a 95 % interval for it from 1,000 bootstrap
/// resamples; deterministic (the same drops, the same interval).
pub fn bootstrap_interval(drops: &[f32]) -> (f32, f32) {
    let n = drops.len();
    if n == 0 {
        return (0.0, 0.0);
    }
    let mut state: u64 = 0x853c_49e6_748f_ea9b ^ (n as u64);
    let mut next = || {
        // xorshift64*: small, seeded, the same on every platform.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let mut means: Vec<f32> = (0..1000)
        .map(|_| {
            let sum: f32 = (0..n).map(|_| drops[(next() % n as u64) as usize]).sum();
            sum / n as f32
        })
        .collect();
    means.sort_by(f32::total_cmp);
    (means[25], means[974])
}

fn verdict(rated_runs: usize, (low, high): (f32, f32)) -> Verdict {
    if rated_runs < MIN_RUNS_TO_TELL {
        Verdict::TooFew
    } else if low >= 0.5 {
        Verdict::LessPain
    } else if high < 0.0 {
        Verdict::MorePain
    } else {
        Verdict::NoClearChange
    }
}

/// Techniques and routines with at least [`MIN_RATED_RUNS`] runs rated
/// before and after, largest average drop first.
pub fn what_helps_me<E: Borrow<HistoryEntry>>(history: &[E]) -> Vec<HelpsMe> {
    // Keyed by id; a routine's name is the one it had last.
    let mut drops: BTreeMap<(bool, &str), (RunOf, Vec<f32>)> = BTreeMap::new();
    for entry in history.iter().map(Borrow::borrow) {
        if let (Some(of), Some(before), Some(after)) =
            (RunOf::of(entry), entry.pain_before, entry.pain_after)
        {
            let key = match (&entry.technique, &entry.routine) {
                (Some(id), _) => (false, id.as_str()),
                (None, Some(id)) => (true, id.as_str()),
                (None, None) => continue,
            };
            let slot = drops.entry(key).or_insert_with(|| (of.clone(), Vec::new()));
            slot.0 = of;
            slot.1.push(f32::from(before) - f32::from(after));
        }
    }
    let mut ranked: Vec<HelpsMe> = drops
        .into_values()
        .filter(|(_, d)| d.len() >= MIN_RATED_RUNS)
        .map(|(of, d)| {
            let likely = bootstrap_interval(&d);
            HelpsMe {
                of,
                rated_runs: d.len(),
                average_drop: d.iter().sum::<f32>() / d.len() as f32,
                likely,
                verdict: verdict(d.len(), likely),
            }
        })
        .collect();
    ranked.sort_by(|a, b| {
        b.average_drop
            .total_cmp(&a.average_drop)
            .then_with(|| a.of.cmp(&b.of))
    });
    ranked
}

/// Whole days since 1970 of a date, for chart axes.
pub fn day_number(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce() - 719_163)
}

/// Everything the History page shows, worked out once per change of the
/// history (or of the day), never per frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// Days with runs, newest first.
    pub days: Vec<Day>,
    pub days_active_this_week: usize,
    pub streak: u32,
    /// (day number, rating) of every rated run.
    pub pain_before: Vec<[f64; 2]>,
    pub pain_after: Vec<[f64; 2]>,
    /// One point per day: the mean of that day's ratings, in day order.
    pub daily_before: Vec<[f64; 2]>,
    pub daily_after: Vec<[f64; 2]>,
    /// (day number, minutes), oldest first.
    pub minutes: Vec<[f64; 2]>,
    pub what_helps: Vec<HelpsMe>,
    pub runs: usize,
    /// The day the week and streak were counted for.
    pub today: Option<NaiveDate>,
}

impl Summary {
    pub fn new<E: Borrow<HistoryEntry>>(
        history: &[E],
        today: NaiveDate,
        offset: FixedOffset,
    ) -> Self {
        let days = by_day(history, offset);
        let point = |e: &HistoryEntry, value: Option<u8>| {
            let date = local_date(e, offset)?;
            Some([day_number(date), f64::from(value?)])
        };
        let pain_before: Vec<[f64; 2]> = history
            .iter()
            .map(Borrow::borrow)
            .filter_map(|e| point(e, e.pain_before))
            .collect();
        let pain_after: Vec<[f64; 2]> = history
            .iter()
            .map(Borrow::borrow)
            .filter_map(|e| point(e, e.pain_after))
            .collect();
        Self {
            days_active_this_week: active_in_week(&days, today),
            streak: streak_of(&days, today),
            daily_before: daily_average(&pain_before),
            daily_after: daily_average(&pain_after),
            minutes: days
                .iter()
                .rev()
                .map(|d| [day_number(d.date), f64::from(d.minutes)])
                .collect(),
            pain_before,
            pain_after,
            what_helps: what_helps_me(history),
            runs: history.len(),
            today: Some(today),
            days,
        }
    }
}

/// One point per day: the mean of that day's values, in day order.
fn daily_average(points: &[[f64; 2]]) -> Vec<[f64; 2]> {
    let mut by_day: BTreeMap<i64, (f64, f64)> = BTreeMap::new();
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

/// Daily points (day number, value) averaged per week, at the week's
/// middle, in day order: over the days with a value, or (`per_day`) over
/// all 7 days, as for minutes where a day without runs counts as 0. The
/// History charts show these past three months, where daily points would
/// be a wall of dots.
pub fn weekly_average(points: &[[f64; 2]], per_day: bool) -> Vec<[f64; 2]> {
    let mut weeks: BTreeMap<i64, (f64, f64)> = BTreeMap::new();
    for [x, y] in points {
        let week = weeks.entry((x / 7.0).floor() as i64).or_insert((0.0, 0.0));
        week.0 += y;
        week.1 += 1.0;
    }
    weeks
        .into_iter()
        .map(|(week, (sum, count))| {
            let days = if per_day { 7.0 } else { count };
            [week as f64 * 7.0 + 3.5, sum / days]
        })
        .collect()
}

#[cfg(any(test, feature = "test-support"))]
/// Generated history for trying the views: `days` days ending at
/// `end_unix_secs`, one or two runs on most days, pain ratings on some.
pub fn sample_history(techniques: &[String], days: u32, end_unix_secs: i64) -> Vec<HistoryEntry> {
    let mut seed: u64 = 0x5DEE_CE66_D1CE_4E5B;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut history = Vec::new();
    if techniques.is_empty() {
        return history;
    }
    for day in (0..days).rev() {
        if next() % 5 == 0 {
            continue;
        }
        for run in 0..(1 + (next() % 2) as i64) {
            let technique = techniques[(next() % techniques.len() as u64) as usize].clone();
            let rated = next() % 3 != 0;
            let before = 3 + (next() % 6) as u8;
            let drop = (next() % 4) as u8;
            history.push(HistoryEntry {
                ended_unix_secs: end_unix_secs - i64::from(day) * 86_400 - run * 3_600 - 3_600,
                technique: Some(technique),
                routine: None,
                routine_name: None,
                active_secs: 120 + next() % 600,
                steps_done: 2,
                pain_before: rated.then_some(before),
                pain_after: rated.then_some(before.saturating_sub(drop)),
                region: Some("lower_back".to_owned()),
                ..Default::default()
            });
        }
    }
    history
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;

    fn utc() -> FixedOffset {
        FixedOffset::east_opt(0).unwrap_or_else(|| unreachable!())
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn run(date: NaiveDate, technique: &str, pain: Option<(u8, u8)>) -> HistoryEntry {
        HistoryEntry {
            ended_unix_secs: (date - date_1970()).num_days() * DAY + 10 * 3_600,
            technique: Some(technique.to_owned()),
            active_secs: 300,
            pain_before: pain.map(|p| p.0),
            pain_after: pain.map(|p| p.1),
            ..HistoryEntry::default()
        }
    }

    fn date_1970() -> NaiveDate {
        date(1970, 1, 1)
    }

    #[test]
    fn days_week_and_streak() {
        // Thursday 2026-11-19; runs on Mon, Tue, Wed, Thu and the Sunday before.
        let today = date(2026, 11, 19);
        let history: Vec<_> = [
            date(2026, 11, 15),
            date(2026, 11, 16),
            date(2026, 11, 17),
            date(2026, 11, 18),
            date(2026, 11, 19),
            date(2026, 11, 19),
        ]
        .into_iter()
        .map(|d| run(d, "arch_rolls", None))
        .collect();
        let days = by_day(&history, utc());
        assert_eq!(days.len(), 5);
        assert_eq!(days[0].date, today, "newest first");
        assert_eq!(days[0].entries.len(), 2);
        assert!((days[0].minutes - 10.0).abs() < 1e-3);
        assert_eq!(days_active_this_week(&history, today, utc()), 4);
        assert_eq!(current_streak(&history, today, utc()), 5);
        assert_eq!(
            current_streak(&history, date(2026, 11, 20), utc()),
            5,
            "not broken before today's run"
        );
        assert_eq!(current_streak(&history, date(2026, 11, 22), utc()), 0);
    }

    #[test]
    fn time_zone_moves_late_runs_to_the_next_day() {
        let entry = HistoryEntry {
            ended_unix_secs: 23 * 3_600,
            ..HistoryEntry::default()
        };
        let plus_two = FixedOffset::east_opt(2 * 3_600).unwrap_or_else(|| unreachable!());
        assert_eq!(local_date(&entry, utc()), Some(date(1970, 1, 1)));
        assert_eq!(local_date(&entry, plus_two), Some(date(1970, 1, 2)));
    }

    #[test]
    fn routines_are_ranked_under_their_last_name() {
        let d = date(2026, 11, 1);
        let routine = |name: &str, before, after| HistoryEntry {
            technique: None,
            routine: Some("my_routine".into()),
            routine_name: Some(name.into()),
            ..run(d, "x", Some((before, after)))
        };
        let history = vec![
            routine("Evening", 6, 3),
            routine("Evening", 6, 4),
            routine("Evening feet", 6, 5),
        ];
        let ranked = what_helps_me(&history);
        assert_eq!(ranked.len(), 1);
        assert_eq!(
            ranked[0].of,
            RunOf::Routine {
                id: "my_routine".into(),
                name: "Evening feet".into()
            }
        );
        assert!((ranked[0].average_drop - 2.0).abs() < 1e-6);
    }

    #[test]
    fn what_helps_needs_three_rated_runs() {
        let d = date(2026, 11, 1);
        let history = vec![
            run(d, "a", Some((6, 3))),
            run(d, "a", Some((5, 3))),
            run(d, "a", Some((7, 3))),
            run(d, "b", Some((6, 5))),
            run(d, "b", Some((6, 5))),
            run(d, "b", None),
            run(d, "c", Some((4, 4))),
            run(d, "c", Some((4, 5))),
            run(d, "c", Some((4, 4))),
        ];
        let ranked = what_helps_me(&history);
        assert_eq!(
            ranked.iter().map(|h| h.of.clone()).collect::<Vec<_>>(),
            vec![RunOf::Technique("a".into()), RunOf::Technique("c".into())]
        );
        assert!((ranked[0].average_drop - 3.0).abs() < 1e-5);
        assert_eq!(ranked[0].rated_runs, 3);
        assert!(
            ranked[1].average_drop < 0.0,
            "a rise in pain is shown as it is"
        );
    }

    #[test]
    fn weekly_averages_pain_over_rated_days_and_minutes_over_the_week() {
        // Days 7..=13 are one week: two rated days, three days with minutes.
        let pain = weekly_average(&[[9.0, 6.0], [7.0, 4.0]], false);
        assert_eq!(pain, [[10.5, 5.0]]);
        let minutes = weekly_average(&[[7.0, 7.0], [8.0, 7.0], [13.0, 7.0], [14.0, 14.0]], true);
        assert_eq!(minutes, [[10.5, 3.0], [17.5, 2.0]]);
    }

    #[test]
    fn sample_history_spans_the_days() {
        let history = sample_history(&["a".to_owned(), "b".to_owned()], 28, 1_790_000_000);
        let days = by_day(&history, utc());
        assert!(days.len() >= 15 && days.len() <= 28, "{}", days.len());
        assert!(!what_helps_me(&history).is_empty());
    }

    /// A run of `technique` rated before and after.
    fn rated(technique: &str, before: u8, after: u8) -> HistoryEntry {
        HistoryEntry {
            technique: Some(technique.to_owned()),
            pain_before: Some(before),
            pain_after: Some(after),
            ..HistoryEntry::default()
        }
    }

    /// Seeded noise: -1, 0 or +1 points, and a pain before of 3 to 8.
    fn noisy(seed: u64, runs: usize, effect: i16) -> Vec<HistoryEntry> {
        let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as i16
        };
        (0..runs)
            .map(|_| {
                let before = 3 + next().rem_euclid(6);
                let noise = next().rem_euclid(3) - 1;
                let after = (before - effect + noise).clamp(0, 10);
                rated("t", before as u8, after as u8)
            })
            .collect()
    }

    #[test]
    fn where_nothing_works_helps_is_rarely_said() {
        let seeds = 200;
        let said = (0..seeds)
            .filter(|&seed| {
                what_helps_me(&noisy(seed, 12, 0))
                    .first()
                    .is_some_and(HelpsMe::helps)
            })
            .count();
        assert!(
            said * 100 <= 5 * seeds as usize,
            "said helps {said} times of {seeds}"
        );
    }

    #[test]
    fn a_two_point_drop_is_found_within_twelve_runs() {
        let seeds = 200;
        let found = (0..seeds)
            .filter(|&seed| {
                what_helps_me(&noisy(seed, 12, 2))
                    .first()
                    .is_some_and(HelpsMe::helps)
            })
            .count();
        assert!(
            found * 100 >= 80 * seeds as usize,
            "found {found} times of {seeds}"
        );
    }

    #[test]
    fn below_six_runs_there_is_no_verdict() {
        let history: Vec<HistoryEntry> = (0..5).map(|_| rated("t", 8, 2)).collect();
        let ranked = what_helps_me(&history);
        assert_eq!(ranked[0].verdict, Verdict::TooFew);
        assert!(!ranked[0].helps());
    }
}
