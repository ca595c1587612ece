//! Routines, built in or in a routine file: a name, 1 to 30 techniques that
//! exist, a sane pause, and a length in the name that matches the total.

use std::cell::Cell;
use std::rc::Rc;

use super::{Checker, Ids, Located, MAX_HINTS, Seg, SourceText};
use crate::content::{Catalogue, Diagnostic, Routine, RoutineFile, Technique};

/// Most techniques in one routine.
pub const MAX_ROUTINE_TECHNIQUES: usize = 30;
/// Accepted seconds between two techniques of a routine.
pub const TRANSITION_SECS_RANGE: std::ops::RangeInclusive<u32> = 3..=120;
/// Longest routine name.
pub const MAX_ROUTINE_NAME_CHARS: usize = 60;

/// Checks a routine file against the loaded techniques.
pub(in crate::content) fn validate_routine_file(
    source: &SourceText,
    file: &Located<RoutineFile>,
    catalogue: &Catalogue,
    out: &mut Vec<Diagnostic>,
) {
    let mut check = Checker::new(std::slice::from_ref(source), out);
    check_routine_file(&mut check, file, catalogue);
    check.finish();
}

fn check_routine_file(check: &mut Checker, file: &Located<RoutineFile>, catalogue: &Catalogue) {
    let f = &file.value;
    if f.format > crate::content::ROUTINE_FILE_FORMAT {
        check.report(
            file,
            &[Seg::Field("format")],
            format!(
                "this routine file has format {}, made by a newer Relief Map; update the app to \
                    import it",
                f.format
            ),
        );
        return;
    }
    if f.format == 0 {
        check.report(
            file,
            &[Seg::Field("format")],
            format!("format must be {}", crate::content::ROUTINE_FILE_FORMAT),
        );
    }
    let techniques = Ids::new(
        catalogue
            .techniques
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), i))
            .collect(),
        &Rc::new(Cell::new(MAX_HINTS)),
    );
    if f.routine.id.trim().is_empty() {
        check.report(
            file,
            &[Seg::Field("routine"), Seg::Field("id")],
            "routine id is empty; give it a short id like 'morning_feet'".to_owned(),
        );
    }
    check_routine(
        check,
        file,
        &[Seg::Field("routine")],
        |f| &f.routine,
        &techniques,
    );
    for (index, bad) in f
        .favourites
        .iter()
        .enumerate()
        .filter(|(_, t)| !techniques.contains(t))
    {
        let hint = techniques.hint(bad);
        check.report(
            file,
            &[Seg::Field("favourites"), Seg::Index(index)],
            format!("favourites names unknown technique '{bad}'{hint}"),
        );
    }
}

/// Checks a routine found at `prefix` inside `item`: a name, 1 to
/// [`MAX_ROUTINE_TECHNIQUES`] techniques that all exist, and a sane pause
/// between them.
pub(super) fn check_routine<T>(
    check: &mut Checker,
    item: &Located<T>,
    prefix: &[Seg],
    routine_of: impl Fn(&T) -> &Routine,
    techniques: &Ids,
) {
    let r = routine_of(&item.value);
    for (tail, message) in routine_problems(r, techniques) {
        let path: Vec<Seg> = prefix.iter().chain(&tail).copied().collect();
        check.report(item, &path, format!("routine '{}' {message}", r.id));
    }
}

/// What is wrong with a routine, each with its place inside the routine.
fn routine_problems<'a>(r: &'a Routine, techniques: &Ids) -> Vec<(Vec<Seg<'a>>, String)> {
    let mut out = Vec::new();
    let at = |field: &'static str| vec![Seg::Field(field)];
    if r.name.trim().is_empty() {
        let message = "has an empty name; give it a short name people will recognise";
        out.push((at("name"), message.to_owned()));
    } else if r.name.chars().count() > MAX_ROUTINE_NAME_CHARS {
        let message =
            format!("has a name longer than {MAX_ROUTINE_NAME_CHARS} characters; shorten it");
        out.push((at("name"), message));
    }
    let count = r.techniques.len();
    if count == 0 {
        let message = "has no techniques; list at least one technique id";
        out.push((at("techniques"), message.to_owned()));
    } else if count > MAX_ROUTINE_TECHNIQUES {
        let message =
            format!("has {count} techniques; at most {MAX_ROUTINE_TECHNIQUES} are allowed");
        out.push((at("techniques"), message));
    }
    for (index, bad) in r
        .techniques
        .iter()
        .enumerate()
        .filter(|(_, t)| !techniques.contains(t))
    {
        let hint = techniques.hint(bad);
        let path = vec![Seg::Field("techniques"), Seg::Index(index)];
        out.push((path, format!("names unknown technique '{bad}'{hint}")));
    }
    if !TRANSITION_SECS_RANGE.contains(&r.transition_secs) {
        let message = format!(
            "has transition_secs {}; use {} to {} seconds",
            r.transition_secs,
            TRANSITION_SECS_RANGE.start(),
            TRANSITION_SECS_RANGE.end()
        );
        out.push((at("transition_secs"), message));
    }
    out
}

/// A routine whose name gives its length ("Foot routine, about 16 minutes")
/// must take that long at its default doses, give or take 5 %.
pub(super) fn check_routine_minutes(
    check: &mut Checker,
    item: &Located<Routine>,
    all: &[Located<Technique>],
    techniques: &Ids,
) {
    let r = &item.value;
    let Some(named) = minutes_in_name(&r.name) else {
        return;
    };
    let ids: Vec<&Technique> = r
        .techniques
        .iter()
        .filter_map(|id| techniques.get(id).map(|i| &all[i].value))
        .collect();
    if ids.len() != r.techniques.len() {
        return;
    }
    let secs = crate::content::routine_estimated_secs(&ids, r.transition_secs);
    let named_secs = named * 60;
    if secs.abs_diff(named_secs) * 20 > named_secs {
        check.report(
            item,
            &[Seg::Field("name")],
            format!(
                "routine '{}' is named for {named} minutes but takes about {} min {} s at its \
                    default doses; change the name or the doses",
                r.id,
                secs / 60,
                secs % 60
            ),
        );
    }
}

/// 15 from "15-minute feet", "Feet in 15 min" or "about 15 minutes".
pub fn minutes_in_name(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    let at = lower.find("-minute").or_else(|| lower.find(" min"))?;
    let digits: String = lower[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().ok()
}
