//! Cross-checks of parsed content: unique ids, references that resolve, sane
//! doses and drawable outlines. Every problem becomes one [`Diagnostic`] at
//! the place in the file where it can be fixed.

use std::collections::{HashMap, HashSet};

use super::load::{Located, Parsed, SourceText};
use super::syntax::Node;
use super::{
    Catalogue, Diagnostic, Dose, DoseOrigin, Region, Routine, RoutineFile, StepsOrigin, Technique,
    TechniqueKind,
};
use crate::geometry;

/// Longest dose accepted anywhere (one hour).
pub const MAX_DOSE_SECS: u32 = 3600;
/// Most repetitions accepted for one count.
pub const MAX_REPS: u32 = 500;
/// Most techniques in one routine.
pub const MAX_ROUTINE_TECHNIQUES: usize = 30;
/// Accepted seconds between two techniques of a routine.
pub const TRANSITION_SECS_RANGE: std::ops::RangeInclusive<u32> = 3..=120;
/// Longest routine name.
pub const MAX_ROUTINE_NAME_CHARS: usize = 60;

/// One step of a path into a value: a struct field, a list item, or the first
/// string equal to the given text.
#[derive(Clone, Copy)]
enum Seg<'a> {
    Field(&'a str),
    Index(usize),
    Str(&'a str),
}

struct Checker<'a> {
    sources: &'a [SourceText<'a>],
    out: &'a mut Vec<Diagnostic>,
}

impl Checker<'_> {
    /// Reports `message` at the deepest place `path` reaches in `item`.
    fn report<T>(&mut self, item: &Located<T>, path: &[Seg], message: String) {
        let source = &self.sources[item.file];
        let Some(node) = &item.node else {
            self.out.push(Diagnostic::file(source.display, message));
            return;
        };
        let byte = locate(node, path);
        self.out
            .push(Diagnostic::at(source.display, source.pos(byte), message));
    }
}

fn locate(node: &Node, path: &[Seg]) -> usize {
    let mut current = node;
    let mut byte = node.start;
    for seg in path {
        let next = match seg {
            Seg::Field(name) => current.field_entry(name).map(|(at, child)| {
                byte = at;
                child
            }),
            Seg::Index(i) => current.item(*i),
            Seg::Str(text) => current.find_str(text),
        };
        let Some(next) = next else { break };
        if !matches!(seg, Seg::Field(_)) {
            byte = next.start;
        }
        current = next;
    }
    byte
}

/// The closest known id, if one is close enough to be a likely typo.
fn suggestion<'a>(bad: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    known
        .map(|candidate| (strsim::jaro_winkler(bad, candidate), candidate))
        .filter(|(score, _)| *score >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

fn did_you_mean(bad: &str, known: &HashMap<&str, usize>) -> String {
    let mut sorted: Vec<&str> = known.keys().copied().collect();
    sorted.sort_unstable();
    match suggestion(bad, sorted.into_iter()) {
        Some(close) => format!(" — did you mean '{close}'?"),
        None => String::new(),
    }
}

pub(super) fn validate(sources: &[SourceText], parsed: &Parsed, out: &mut Vec<Diagnostic>) {
    let mut check = Checker { sources, out };
    let regions = unique_ids(&mut check, "region", &parsed.regions, |r| &r.id);
    let techniques = unique_ids(&mut check, "technique", &parsed.techniques, |t| &t.id);
    unique_ids(&mut check, "tip", &parsed.tips, |t| &t.id);
    let sources = unique_ids(&mut check, "source", &parsed.sources, |s| &s.id);
    safety_ids(&mut check, parsed);
    for source in &parsed.sources {
        check_source(&mut check, source);
    }
    check_safety_refs(&mut check, parsed, &regions, &sources);

    for region in &parsed.regions {
        check_region(&mut check, region, &regions, &parsed.regions);
    }
    for technique in &parsed.techniques {
        check_technique(&mut check, technique, &regions, &parsed.regions);
        check_source_ref(&mut check, technique, &technique.value.source, &sources);
    }
    for tip in &parsed.tips {
        let id = &tip.value.id;
        check_source_ref(&mut check, tip, &tip.value.source, &sources);
        for (field, refs, known, what) in [
            (
                "techniques",
                &tip.value.techniques,
                &techniques,
                "technique",
            ),
            ("regions", &tip.value.regions, &regions, "region"),
        ] {
            for bad in refs.iter().filter(|r| !known.contains_key(r.as_str())) {
                let hint = did_you_mean(bad, known);
                check.report(
                    tip,
                    &[Seg::Field(field), Seg::Str(bad)],
                    format!("tip '{id}' names unknown {what} '{bad}'{hint}"),
                );
            }
        }
    }
    unique_ids(&mut check, "routine", &parsed.routines, |r| &r.id);
    for routine in &parsed.routines {
        check_routine(&mut check, routine, &[], |r| r, &techniques);
        if routine.value.source.trim().is_empty() {
            check.report(
                routine,
                &[Seg::Field("source")],
                format!(
                    "routine '{}' has an empty source; name the source it follows (an id from sources.ron)",
                    routine.value.id
                ),
            );
        } else {
            check_source_ref(&mut check, routine, &routine.value.source, &sources);
        }
        check_routine_minutes(&mut check, routine, &parsed.techniques, &techniques);
    }
    check_coverage(&mut check, parsed);
}

/// Checks a routine file against the loaded techniques.
pub(super) fn validate_routine_file(
    source: &SourceText,
    file: &Located<RoutineFile>,
    catalogue: &Catalogue,
    out: &mut Vec<Diagnostic>,
) {
    let mut check = Checker {
        sources: std::slice::from_ref(source),
        out,
    };
    let f = &file.value;
    if f.format > super::ROUTINE_FILE_FORMAT {
        check.report(
            file,
            &[Seg::Field("format")],
            format!(
                "this routine file has format {}, made by a newer Relief Map; update the app to import it",
                f.format
            ),
        );
        return;
    }
    if f.format == 0 {
        check.report(
            file,
            &[Seg::Field("format")],
            format!("format must be {}", super::ROUTINE_FILE_FORMAT),
        );
    }
    let techniques: HashMap<&str, usize> = catalogue
        .techniques
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    if f.routine.id.trim().is_empty() {
        check.report(
            file,
            &[Seg::Field("routine"), Seg::Field("id")],
            "routine id is empty; give it a short id like 'morning_feet'".to_owned(),
        );
    }
    check_routine(
        &mut check,
        file,
        &[Seg::Field("routine")],
        |f| &f.routine,
        &techniques,
    );
    for (index, bad) in f
        .favourites
        .iter()
        .enumerate()
        .filter(|(_, t)| !techniques.contains_key(t.as_str()))
    {
        let hint = did_you_mean(bad, &techniques);
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
fn check_routine<T>(
    check: &mut Checker,
    item: &Located<T>,
    prefix: &[Seg],
    routine_of: impl Fn(&T) -> &Routine,
    techniques: &HashMap<&str, usize>,
) {
    let r = routine_of(&item.value);
    let id = &r.id;
    let path = |tail: &[Seg<'static>]| -> Vec<Seg> { prefix.iter().chain(tail).copied().collect() };
    let at = |field: &'static str| path(&[Seg::Field(field)]);
    if r.name.trim().is_empty() {
        check.report(
            item,
            &at("name"),
            format!("routine '{id}' has an empty name; give it a short name people will recognise"),
        );
    } else if r.name.chars().count() > MAX_ROUTINE_NAME_CHARS {
        check.report(
            item,
            &at("name"),
            format!("routine '{id}' has a name longer than {MAX_ROUTINE_NAME_CHARS} characters; shorten it"),
        );
    }
    if r.techniques.is_empty() {
        check.report(
            item,
            &at("techniques"),
            format!("routine '{id}' has no techniques; list at least one technique id"),
        );
    } else if r.techniques.len() > MAX_ROUTINE_TECHNIQUES {
        check.report(
            item,
            &at("techniques"),
            format!(
                "routine '{id}' has {} techniques; at most {MAX_ROUTINE_TECHNIQUES} are allowed",
                r.techniques.len()
            ),
        );
    }
    for (index, bad) in r
        .techniques
        .iter()
        .enumerate()
        .filter(|(_, t)| !techniques.contains_key(t.as_str()))
    {
        let hint = did_you_mean(bad, techniques);
        check.report(
            item,
            &path(&[Seg::Field("techniques"), Seg::Index(index)]),
            format!("routine '{id}' names unknown technique '{bad}'{hint}"),
        );
    }
    if !TRANSITION_SECS_RANGE.contains(&r.transition_secs) {
        check.report(
            item,
            &at("transition_secs"),
            format!(
                "routine '{id}' has transition_secs {}; use {} to {} seconds",
                r.transition_secs,
                TRANSITION_SECS_RANGE.start(),
                TRANSITION_SECS_RANGE.end()
            ),
        );
    }
}

/// Reports duplicates and returns the index of each id's first definition.
fn unique_ids<'a, T>(
    check: &mut Checker,
    what: &str,
    items: &'a [Located<T>],
    id: impl Fn(&T) -> &String,
) -> HashMap<&'a str, usize> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (index, item) in items.iter().enumerate() {
        let this = id(&item.value);
        let path = [Seg::Field("id"), Seg::Str(this)];
        if this.trim().is_empty() {
            check.report(
                item,
                &path,
                format!("{what} id is empty; give it a short unique id like 'lower_back'"),
            );
        } else if let Some(&first) = seen.get(this.as_str()) {
            let first_item = &items[first];
            let source = &check.sources[first_item.file];
            let at = first_item
                .node
                .as_ref()
                .map(|n| source.pos(n.start))
                .map_or_else(
                    || source.display.to_owned(),
                    |p| format!("{}:{}:{}", source.display, p.line, p.col),
                );
            check.report(
                item,
                &path,
                format!("duplicate {what} id '{this}' (first defined at {at}); ids must be unique"),
            );
        } else {
            seen.insert(this, index);
        }
    }
    seen
}

fn safety_ids(check: &mut Checker, parsed: &Parsed) {
    let mut seen = HashSet::new();
    for part in &parsed.safety {
        let lists = [
            (
                "contraindications",
                part.value
                    .contraindications
                    .iter()
                    .map(|c| &c.id)
                    .collect::<Vec<_>>(),
            ),
            (
                "red_flags",
                part.value.red_flags.iter().map(|r| &r.id).collect(),
            ),
        ];
        for (field, ids) in lists {
            for (i, id) in ids.into_iter().enumerate() {
                if !seen.insert(id.clone()) {
                    check.report(
                        part,
                        &[Seg::Field(field), Seg::Index(i), Seg::Field("id")],
                        format!("duplicate safety id '{id}'; ids must be unique"),
                    );
                }
            }
        }
    }
}

fn check_region(
    check: &mut Checker,
    item: &Located<Region>,
    ids: &HashMap<&str, usize>,
    all: &[Located<Region>],
) {
    let region = &item.value;
    let id = &region.id;
    if region.name.trim().is_empty() {
        check.report(
            item,
            &[Seg::Field("name")],
            format!("region '{id}' has an empty name"),
        );
    }
    let outline = &region.outline;
    let at_outline = [Seg::Field("outline")];
    if outline.len() < 3 {
        check.report(
            item,
            &at_outline,
            format!(
                "region '{id}' outline has {} points; a shape needs at least 3",
                outline.len()
            ),
        );
    } else if let Some(i) = outline
        .iter()
        .position(|&(x, y)| !(0.0..=1.0).contains(&x) || !(0.0..=1.0).contains(&y))
    {
        let (x, y) = outline[i];
        check.report(
            item,
            &[Seg::Field("outline"), Seg::Index(i)],
            format!("region '{id}' point ({x}, {y}) lies outside the map; coordinates run from 0.0 to 1.0"),
        );
    } else if let Some((a, b)) = geometry::self_crossing(outline) {
        check.report(
            item,
            &[Seg::Field("outline"), Seg::Index(b)],
            format!(
                "region '{id}' outline crosses itself (edge from point {} meets edge from point {}); reorder the points around the shape",
                a + 1,
                b + 1
            ),
        );
    } else if geometry::area(outline) < 1e-4 {
        check.report(
            item,
            &at_outline,
            format!("region '{id}' outline encloses almost no area"),
        );
    }

    if !region.reflex_for.is_empty() && !region.map.is_foot() {
        check.report(
            item,
            &[Seg::Field("reflex_for")],
            format!(
                "region '{id}' is on the {} map; only foot reflex zones have reflex_for",
                region.map.label()
            ),
        );
    }
    for target in &region.reflex_for {
        let path = [Seg::Field("reflex_for"), Seg::Str(target)];
        match ids.get(target.as_str()) {
            None => {
                let hint = did_you_mean(target, ids);
                check.report(item, &path, format!("region '{id}' reflex_for names unknown region '{target}'{hint}"));
            }
            Some(&i) if all[i].value.map.is_foot() => check.report(
                item,
                &path,
                format!("region '{id}' reflex_for names '{target}', which is a foot zone; name body regions"),
            ),
            Some(_) => {}
        }
    }
}

fn check_technique(
    check: &mut Checker,
    item: &Located<Technique>,
    regions: &HashMap<&str, usize>,
    all_regions: &[Located<Region>],
) {
    let t = &item.value;
    let id = &t.id;
    for (field, text) in [
        ("name", &t.name),
        ("summary", &t.summary),
        ("source", &t.source),
    ] {
        if text.trim().is_empty() {
            check.report(
                item,
                &[Seg::Field(field)],
                format!("technique '{id}' has an empty {field}"),
            );
        }
    }
    if t.works_on.is_empty() {
        check.report(
            item,
            &[Seg::Field("works_on")],
            format!("technique '{id}' works_on no region; name at least one region where the hands or tool act"),
        );
    }
    for (field, refs) in [("works_on", &t.works_on), ("may_ease", &t.may_ease)] {
        for bad in refs.iter().filter(|r| !regions.contains_key(r.as_str())) {
            let hint = did_you_mean(bad, regions);
            check.report(
                item,
                &[Seg::Field(field), Seg::Str(bad)],
                format!("technique '{id}' {field} unknown region '{bad}'{hint}"),
            );
        }
    }
    if t.kind == TechniqueKind::ReflexPoint && !t.may_ease.is_empty() {
        check.report(
            item,
            &[Seg::Field("may_ease")],
            format!(
                "technique '{id}' is a reflex point and names may_ease; a reflex chart is a traditional correspondence, not relief: remove may_ease (the zones' reflex_for already link them to the body)"
            ),
        );
    }
    for bad in t.may_ease.iter().filter(|r| {
        regions.get(r.as_str()).is_some_and(|&i| {
            all_regions[i].value.map.is_foot() && all_regions[i].value.reflex_label.is_some()
        })
    }) {
        check.report(
            item,
            &[Seg::Field("may_ease"), Seg::Str(bad)],
            format!("technique '{id}' may_ease names the reflex zone '{bad}'; name the body region where relief may be felt"),
        );
    }
    if t.positions.is_empty() {
        check.report(
            item,
            &[Seg::Field("positions")],
            format!("technique '{id}' has no position; add Sitting, Lying or Standing"),
        );
    }
    if t.per_side.as_ref().is_some_and(|p| p.trim().is_empty()) {
        check.report(
            item,
            &[Seg::Field("per_side")],
            format!("technique '{id}' per_side names no body part"),
        );
    }
    if t.steps.is_empty() {
        check.report(
            item,
            &[Seg::Field("steps")],
            format!("technique '{id}' has no steps; add at least one Step"),
        );
    }
    for (i, step) in t.steps.iter().enumerate() {
        let n = i + 1;
        if step.text.trim().is_empty() {
            check.report(
                item,
                &[Seg::Field("steps"), Seg::Index(i), Seg::Field("text")],
                format!("technique '{id}' step {n} has no text"),
            );
        }
        if let Some(part) = &step.per_side {
            let path = [Seg::Field("steps"), Seg::Index(i), Seg::Field("per_side")];
            if t.per_side.is_some() {
                check.report(
                    item,
                    &path,
                    format!("technique '{id}' step {n} has per_side but the whole technique already runs per side; keep one"),
                );
            } else if part.trim().is_empty() {
                check.report(
                    item,
                    &path,
                    format!("technique '{id}' step {n} per_side names no body part"),
                );
            }
        }
        if let Some(problem) = dose_problem(&step.dose) {
            check.report(
                item,
                &[Seg::Field("steps"), Seg::Index(i), Seg::Field("dose")],
                format!("technique '{id}' step {n}: {problem}"),
            );
        }
        if let Some(problem) = origin_problem(t, step) {
            let field = if step.dose_origin != DoseOrigin::Unstated {
                "dose_origin"
            } else {
                "dose"
            };
            check.report(
                item,
                &[Seg::Field("steps"), Seg::Index(i), Seg::Field(field)],
                format!("technique '{id}' step {n}: {problem}"),
            );
        }
    }
}

/// Every number must say whose it is: the article's or the app's.
fn origin_problem(technique: &Technique, step: &super::Step) -> Option<String> {
    let has_note = step
        .dose_note
        .as_ref()
        .is_some_and(|n| !n.trim().is_empty());
    match (&step.dose, step.dose_origin) {
        (Dose::Instruction, DoseOrigin::Unstated) => None,
        (Dose::Instruction, _) => Some(
            "has a dose_origin but no dose; remove dose_origin".to_owned(),
        ),
        (_, DoseOrigin::Unstated) => Some(
            "has a dose but no dose_origin; add `dose_origin: Article` if the article gives these numbers, or `dose_origin: App` if they were chosen for the app".to_owned(),
        ),
        (_, DoseOrigin::Partly) if !has_note => Some(
            "dose_origin is Partly but there is no dose_note; say which numbers are the article's and which the app's".to_owned(),
        ),
        (_, DoseOrigin::Article | DoseOrigin::Partly)
            if technique.steps_origin == StepsOrigin::Conventional =>
        {
            Some("the steps were written for the app (steps_origin: Conventional), so the dose cannot come from the article; use `dose_origin: App`".to_owned())
        }
        _ => None,
    }
}

fn check_source(check: &mut Checker, item: &Located<super::Source>) {
    let source = &item.value;
    for (field, text) in [("title", &source.title), ("covers", &source.covers)] {
        if text.trim().is_empty() {
            check.report(
                item,
                &[Seg::Field(field)],
                format!("source '{}' has an empty {field}", source.id),
            );
        }
    }
}

/// A `source` field names a known source.
fn check_source_ref<T>(
    check: &mut Checker,
    item: &Located<T>,
    source: &str,
    sources: &HashMap<&str, usize>,
) {
    if !sources.contains_key(source) {
        let hint = did_you_mean(source, sources);
        check.report(
            item,
            &[Seg::Field("source")],
            format!("source '{source}' is not in sources.ron{hint}; add a Source with this id or name an existing one"),
        );
    }
}

/// Sources of contraindications, red flags and area cautions, and the
/// regions the area cautions name.
fn check_safety_refs(
    check: &mut Checker,
    parsed: &Parsed,
    regions: &HashMap<&str, usize>,
    sources: &HashMap<&str, usize>,
) {
    for part in &parsed.safety {
        let safety = &part.value;
        let cited = safety
            .contraindications
            .iter()
            .map(|c| ("contraindications", &c.source))
            .chain(safety.red_flags.iter().map(|r| ("red_flags", &r.source)));
        let mut index: HashMap<&str, usize> = HashMap::new();
        for (field, source) in cited {
            let i = index.entry(field).or_default();
            if !sources.contains_key(source.as_str()) {
                let hint = did_you_mean(source, sources);
                check.report(
                    part,
                    &[Seg::Field(field), Seg::Index(*i), Seg::Field("source")],
                    format!("source '{source}' is not in sources.ron{hint}"),
                );
            }
            *i += 1;
        }
        for (i, area) in safety.area_cautions.iter().enumerate() {
            let at = |tail: &[Seg<'static>]| -> Vec<Seg<'static>> {
                [Seg::Field("area_cautions"), Seg::Index(i)]
                    .into_iter()
                    .chain(tail.iter().copied())
                    .collect()
            };
            if !sources.contains_key(area.source.as_str()) {
                check.report(
                    part,
                    &at(&[Seg::Field("source")]),
                    format!("source '{}' is not in sources.ron", area.source),
                );
            }
            if area.cautions.is_empty() {
                check.report(
                    part,
                    &at(&[Seg::Field("cautions")]),
                    format!("area caution '{}' lists no cautions", area.id),
                );
            }
            if area.maps.is_empty() && area.regions.is_empty() {
                check.report(
                    part,
                    &at(&[Seg::Field("id")]),
                    format!(
                        "area caution '{}' names no maps and no regions, so it applies nowhere",
                        area.id
                    ),
                );
            }
            for (r, bad) in area
                .regions
                .iter()
                .enumerate()
                .filter(|(_, id)| !regions.contains_key(id.as_str()))
            {
                let hint = did_you_mean(bad, regions);
                check.report(
                    part,
                    &at(&[Seg::Field("regions"), Seg::Index(r)]),
                    format!(
                        "area caution '{}' names unknown region '{bad}'{hint}",
                        area.id
                    ),
                );
            }
        }
    }
}

/// A routine whose name gives its length ("Foot routine, about 16 minutes")
/// must take that long at its default doses, give or take 5 %.
fn check_routine_minutes(
    check: &mut Checker,
    item: &Located<Routine>,
    all: &[Located<Technique>],
    techniques: &HashMap<&str, usize>,
) {
    let r = &item.value;
    let Some(named) = minutes_in_name(&r.name) else {
        return;
    };
    let ids: Vec<&Technique> = r
        .techniques
        .iter()
        .filter_map(|id| techniques.get(id.as_str()).map(|&i| &all[i].value))
        .collect();
    if ids.len() != r.techniques.len() {
        return;
    }
    let secs = super::routine_estimated_secs(&ids, r.transition_secs);
    let named_secs = named * 60;
    if secs.abs_diff(named_secs) * 20 > named_secs {
        check.report(
            item,
            &[Seg::Field("name")],
            format!(
                "routine '{}' is named for {named} minutes but takes about {} min {} s at its default doses; change the name or the doses",
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

fn reps_problem(min_name: &str, min: u32, max_name: &str, max: u32) -> Option<String> {
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

/// Every region must lead somewhere: at least one technique works on it or
/// may ease it. A caution area (the front of the neck) may have none: it is
/// there to say where not to press.
fn check_coverage(check: &mut Checker, parsed: &Parsed) {
    let mut covered: HashSet<&str> = HashSet::new();
    for t in &parsed.techniques {
        covered.extend(t.value.works_on.iter().map(String::as_str));
        covered.extend(t.value.may_ease.iter().map(String::as_str));
    }
    for region in &parsed.regions {
        let id = region.value.id.as_str();
        if !covered.contains(id) && region.value.caution.is_none() {
            let map = region.value.map;
            let what = if map.is_foot() {
                "foot zone"
            } else {
                "body region"
            };
            check.report(
                region,
                &[Seg::Field("id"), Seg::Str(id)],
                format!(
                    "{what} '{id}' has no technique; add it to a technique's works_on or may_ease, or remove it from the {} map",
                    map.label()
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_ids_only() {
        let ids = ["calf_left", "calf_right", "lower_back", "ankle_left"];
        assert_eq!(suggestion("calve", ids.iter().copied()), Some("calf_left"));
        assert_eq!(
            suggestion("lowerback", ids.iter().copied()),
            Some("lower_back")
        );
        assert_eq!(suggestion("zzz", ids.iter().copied()), None);
    }

    #[test]
    fn dose_rules() {
        let timed = |min_secs, max_secs| Dose::Timed {
            min_secs,
            max_secs,
            default_secs: None,
        };
        assert!(dose_problem(&timed(0, 10)).is_some());
        assert!(dose_problem(&timed(20, 10)).is_some());
        assert!(dose_problem(&timed(10, 4000)).is_some());
        assert!(dose_problem(&timed(180, 300)).is_none());
        assert!(dose_problem(&Dose::Hold { secs: 30, times: 0 }).is_some());
        assert!(
            dose_problem(&Dose::Sets {
                sets: 2,
                min_reps: 15,
                max_reps: 20,
                rest_secs: 30
            })
            .is_none()
        );
    }
}
