//! Techniques: texts, the regions they name, honest links (a reflex point
//! never claims relief), steps, and doses that say whose numbers they are.

use super::{Checker, Ids, Located, Seg};
use crate::content::{Dose, DoseOrigin, Region, Step, StepsOrigin, Technique, TechniqueKind};

/// Longest dose accepted anywhere (one hour).
pub const MAX_DOSE_SECS: u32 = 3600;
/// Most repetitions accepted for one count.
pub const MAX_REPS: u32 = 500;

/// Problems of one technique: where (a path into it) and what, without
/// the "technique 'id'" every message starts with.
type Problems<'a> = Vec<(Vec<Seg<'a>>, String)>;

pub(super) fn check_technique(
    check: &mut Checker,
    item: &Located<Technique>,
    regions: &Ids,
    all_regions: &[Located<Region>],
) {
    let t = &item.value;
    let mut problems = Problems::new();
    text_problems(t, &mut problems);
    link_problems(t, regions, all_regions, &mut problems);
    for (i, step) in t.steps.iter().enumerate() {
        step_problems(t, i, step, &mut problems);
    }
    check.report_all(item, &format!("technique '{}' ", t.id), problems);
}

/// Name, summary, source, positions, steps and sides are given.
fn text_problems<'a>(t: &'a Technique, out: &mut Problems<'a>) {
    for (field, text) in [
        ("name", &t.name),
        ("summary", &t.summary),
        ("source", &t.source),
    ] {
        if text.trim().is_empty() {
            out.push((vec![Seg::Field(field)], format!("has an empty {field}")));
        }
    }
    if t.positions.is_empty() {
        let message = "has no position; add Sitting, Lying or Standing";
        out.push((vec![Seg::Field("positions")], message.to_owned()));
    }
    if t.per_side.as_ref().is_some_and(|p| p.trim().is_empty()) {
        let message = "per_side names no body part";
        out.push((vec![Seg::Field("per_side")], message.to_owned()));
    }
    if t.steps.is_empty() {
        let message = "has no steps; add at least one Step";
        out.push((vec![Seg::Field("steps")], message.to_owned()));
    }
}

/// Regions named exist; a reflex point claims no relief; relief is named
/// on the body, never on a reflex zone.
fn link_problems<'a>(
    t: &'a Technique,
    regions: &Ids,
    all_regions: &[Located<Region>],
    out: &mut Problems<'a>,
) {
    if t.works_on.is_empty() {
        let message = "works_on no region; name at least one region where the hands or tool act";
        out.push((vec![Seg::Field("works_on")], message.to_owned()));
    }
    for (field, refs) in [("works_on", &t.works_on), ("may_ease", &t.may_ease)] {
        for bad in refs.iter().filter(|r| !regions.contains(r)) {
            let hint = regions.hint(bad);
            let message = format!("{field} unknown region '{bad}'{hint}");
            out.push((vec![Seg::Field(field), Seg::Str(bad)], message));
        }
    }
    if t.kind == TechniqueKind::ReflexPoint && !t.may_ease.is_empty() {
        let message = "is a reflex point and names may_ease; a reflex chart is a traditional \
                       correspondence, not relief: remove may_ease (the zones' reflex_for \
                       already link them to the body)";
        out.push((vec![Seg::Field("may_ease")], message.to_owned()));
    }
    let is_zone = |id: &str| {
        regions
            .get(id)
            .is_some_and(|i| all_regions[i].value.reflex_label.is_some())
    };
    if super::words::uses_tool(t) {
        let on_spine = |id: &str| regions.get(id).is_some_and(|i| all_regions[i].value.spine);
        for bad in t.works_on.iter().filter(|r| on_spine(r)) {
            let message = format!(
                "uses a ball or roller and works_on '{bad}', which lies over the spine; a ball \
                 goes on the muscle beside the spine and a roller across the back: name the \
                 sides (for example '{bad}_left' and '{bad}_right')"
            );
            out.push((vec![Seg::Field("works_on"), Seg::Str(bad)], message));
        }
    }
    for bad in t.may_ease.iter().filter(|r| is_zone(r)) {
        let message = format!(
            "may_ease names the reflex zone '{bad}'; name the body region where relief may be felt"
        );
        out.push((vec![Seg::Field("may_ease"), Seg::Str(bad)], message));
    }
}

/// A step has text, one way of doing sides, a sane dose and its origin.
fn step_problems<'a>(t: &'a Technique, i: usize, step: &'a Step, out: &mut Problems<'a>) {
    let n = i + 1;
    let at = |field: &'static str| vec![Seg::Field("steps"), Seg::Index(i), Seg::Field(field)];
    if step.text.trim().is_empty() {
        out.push((at("text"), format!("step {n} has no text")));
    }
    if let Some(part) = &step.per_side {
        if t.per_side.is_some() {
            let message = format!(
                "step {n} has per_side but the whole technique already runs per side; keep one"
            );
            out.push((at("per_side"), message));
        } else if part.trim().is_empty() {
            out.push((
                at("per_side"),
                format!("step {n} per_side names no body part"),
            ));
        }
    }
    if let Some(problem) = dose_problem(&step.dose) {
        out.push((at("dose"), format!("step {n}: {problem}")));
    }
    if let Some(problem) = origin_problem(t, step) {
        let field = if step.dose_origin == DoseOrigin::Unstated {
            "dose"
        } else {
            "dose_origin"
        };
        out.push((at(field), format!("step {n}: {problem}")));
    }
}

/// Every number must say whose it is: the article's or the app's.
pub(super) fn origin_problem(technique: &Technique, step: &Step) -> Option<String> {
    let has_note = step
        .dose_note
        .as_ref()
        .is_some_and(|n| !n.trim().is_empty());
    match (&step.dose, step.dose_origin) {
        (Dose::Instruction, DoseOrigin::Unstated) => None,
        (Dose::Instruction, _) => {
            Some("has a dose_origin but no dose; remove dose_origin".to_owned())
        }
        (_, DoseOrigin::Unstated) => Some(
            "has a dose but no dose_origin; add `dose_origin: Article` if the article gives \
                these numbers, or `dose_origin: App` if they were chosen for the app"
                .to_owned(),
        ),
        (_, DoseOrigin::Partly) if !has_note => Some(
            "dose_origin is Partly but there is no dose_note; say which numbers are the \
                article's and which the app's"
                .to_owned(),
        ),
        (_, DoseOrigin::Article | DoseOrigin::Partly)
            if technique.steps_origin == StepsOrigin::Conventional =>
        {
            Some(
                "the steps were written for the app (steps_origin: Conventional), so the dose \
                cannot come from the article; use `dose_origin: App`"
                    .to_owned(),
            )
        }
        _ => None,
    }
}

/// What is wrong with a dose, if anything.
pub fn dose_problem(dose: &Dose) -> Option<String> {
    let hour = MAX_DOSE_SECS;
    match *dose {
        Dose::Timed {
            min_secs,
            max_secs,
            default_secs,
        } => {
            if min_secs == 0 {
                Some("a timed dose needs min_secs above 0".to_owned())
            } else if min_secs > max_secs {
                Some(format!(
                    "min_secs {min_secs} is more than max_secs {max_secs}; swap them"
                ))
            } else if max_secs > hour {
                Some(format!("max_secs {max_secs} is over one hour ({hour} s)"))
            } else {
                default_secs
                    .filter(|d| !(min_secs..=max_secs).contains(d))
                    .map(|d| format!("default_secs {d} is outside {min_secs}–{max_secs}"))
            }
        }
        Dose::Reps { min, max, .. } => reps_problem("min", min, "max", max),
        Dose::Sets {
            sets,
            min_reps,
            max_reps,
            rest_secs,
        } => {
            if sets == 0 {
                Some("sets must be at least 1".to_owned())
            } else if sets > 20 {
                Some(format!("{sets} sets is more than 20"))
            } else if rest_secs > hour {
                Some(format!("rest_secs {rest_secs} is over one hour ({hour} s)"))
            } else {
                reps_problem("min_reps", min_reps, "max_reps", max_reps)
            }
        }
        Dose::Hold { secs, times } => {
            if secs == 0 || times == 0 {
                Some("a hold needs secs and times above 0".to_owned())
            } else if secs.saturating_mul(times) > hour {
                Some(format!(
                    "{times} holds of {secs} s is over one hour ({hour} s)"
                ))
            } else {
                None
            }
        }
        Dose::Instruction => None,
    }
}

pub(super) fn reps_problem(min_name: &str, min: u32, max_name: &str, max: u32) -> Option<String> {
    if min == 0 {
        Some(format!("{min_name} must be above 0"))
    } else if min > max {
        Some(format!(
            "{min_name} {min} is more than {max_name} {max}; swap them"
        ))
    } else if max > MAX_REPS {
        Some(format!(
            "{max_name} {max} is more than {MAX_REPS} repetitions"
        ))
    } else {
        None
    }
}
