//! Cross-checks of parsed content: unique ids, references that resolve,
//! honest doses and links, drawable outlines. Every problem becomes one
//! [`Diagnostic`] at the place in the file where it can be fixed.
//!
//! One file per kind of content: [`regions`], [`techniques`] (steps, doses
//! and their origins), [`routines`] (also routine files) and [`safety`]
//! (sources, red flags, area cautions); [`words`] holds a step's words
//! against its picture and its tools.

mod maps;
mod poses;
mod regions;
mod routines;
mod safety;
mod techniques;
mod words;

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::Diagnostic;
use super::parse::{Located, Parsed, SourceText};
use super::syntax::Node;

pub(super) use routines::validate_routine_file;
pub use routines::{
    MAX_ROUTINE_NAME_CHARS, MAX_ROUTINE_TECHNIQUES, TRANSITION_SECS_RANGE, minutes_in_name,
};

/// One step of a path into a value: a struct field, a list item, or the first
/// string equal to the given text.
#[derive(Clone, Copy)]
enum Seg<'a> {
    Field(&'a str),
    Index(usize),
    Str(&'a str),
}

/// Most problems listed per file; the rest are counted ("… and 19,990
/// more"), so a file with 200,000 mistakes answers in well under a second.
pub const MAX_MESSAGES_PER_FILE: usize = 100;
/// Most "did you mean" suggestions worked out in one check (each compares
/// the id with every known one).
const MAX_HINTS: usize = 1_000;

struct Checker<'a> {
    sources: &'a [SourceText<'a>],
    out: &'a mut Vec<Diagnostic>,
    /// Problems found per file, listed or not.
    counts: Vec<usize>,
}

impl<'a> Checker<'a> {
    fn new(sources: &'a [SourceText<'a>], out: &'a mut Vec<Diagnostic>) -> Self {
        Self {
            counts: vec![0; sources.len()],
            sources,
            out,
        }
    }

    /// Whether another problem in this file would still be listed.
    fn listing(&self, file: usize) -> bool {
        self.counts.get(file).copied().unwrap_or(0) < MAX_MESSAGES_PER_FILE
    }

    /// Adds a ready diagnostic for `file`, within the file's cap.
    fn out_push(&mut self, file: usize, diagnostic: Diagnostic) {
        let listing = self.listing(file);
        if let Some(count) = self.counts.get_mut(file) {
            *count += 1;
        }
        if listing {
            self.out.push(diagnostic);
        }
    }

    /// Reports `message` at the deepest place `path` reaches in `item`.
    fn report<T>(&mut self, item: &Located<T>, path: &[Seg], message: String) {
        let listing = self.listing(item.file);
        if let Some(count) = self.counts.get_mut(item.file) {
            *count += 1;
        }
        if !listing {
            return;
        }
        let source = &self.sources[item.file];
        let Some(node) = &item.node else {
            self.out.push(Diagnostic::file(source.display, message));
            return;
        };
        let byte = locate(node, path);
        self.out
            .push(Diagnostic::at(source.display, source.pos(byte), message));
    }

    /// Reports an item's problems in the order they appear in the file,
    /// each message after `prefix` ("technique 'calf_massage' ").
    fn report_all<'p, T>(
        &mut self,
        item: &Located<T>,
        prefix: &str,
        mut problems: Vec<(Vec<Seg<'p>>, String)>,
    ) {
        // Sorting finds every problem's place: only while they are listed.
        if let Some(node) = &item.node
            && problems.len() <= MAX_MESSAGES_PER_FILE
        {
            problems.sort_by_key(|(path, _)| locate(node, path));
        }
        for (path, message) in problems {
            self.report(item, &path, format!("{prefix}{message}"));
        }
    }

    /// "… and 19,990 more problems in this file" for each file past the cap.
    fn finish(self) {
        for (file, &count) in self.counts.iter().enumerate() {
            if count > MAX_MESSAGES_PER_FILE {
                let more = count - MAX_MESSAGES_PER_FILE;
                self.out.push(Diagnostic::unlisted(
                    self.sources[file].display,
                    more,
                    format!("… and {more} more problems in this file; fix the ones above first"),
                ));
            }
        }
    }
}

/// Known ids of one kind, with a shared budget of "did you mean" hints.
struct Ids<'a> {
    index: HashMap<&'a str, usize>,
    sorted: Vec<&'a str>,
    hints_left: Rc<Cell<usize>>,
}

impl<'a> Ids<'a> {
    fn new(index: HashMap<&'a str, usize>, hints_left: &Rc<Cell<usize>>) -> Self {
        let mut sorted: Vec<&str> = index.keys().copied().collect();
        sorted.sort_unstable();
        Self {
            index,
            sorted,
            hints_left: Rc::clone(hints_left),
        }
    }

    fn contains(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    fn get(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// " — did you mean 'calf_left'?" when a known id is close, while the
    /// budget lasts.
    fn hint(&self, bad: &str) -> String {
        let left = self.hints_left.get();
        if left == 0 {
            return String::new();
        }
        self.hints_left.set(left - 1);
        match suggestion(bad, self.sorted.iter().copied()) {
            Some(close) => format!(" — did you mean '{close}'?"),
            None => String::new(),
        }
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

pub(super) fn validate(sources: &[SourceText], parsed: &Parsed, out: &mut Vec<Diagnostic>) {
    let mut check = Checker::new(sources, out);
    let hints = Rc::new(Cell::new(MAX_HINTS));
    let regions = Ids::new(
        unique_ids(&mut check, "region", &parsed.regions, |r| &r.id),
        &hints,
    );
    let techniques = Ids::new(
        unique_ids(&mut check, "technique", &parsed.techniques, |t| &t.id),
        &hints,
    );
    unique_ids(&mut check, "tip", &parsed.tips, |t| &t.id);
    let source_ids = Ids::new(
        unique_ids(&mut check, "source", &parsed.sources, |s| &s.id),
        &hints,
    );
    let charts: HashSet<&str> = parsed
        .maps
        .iter()
        .flat_map(|part| &part.value.maps)
        .filter(|m| m.kind == crate::content::MapKind::ReflexChart)
        .map(|m| m.id.as_str())
        .collect();
    safety::safety_ids(&mut check, parsed);
    for source in &parsed.sources {
        safety::check_source(&mut check, source);
    }
    safety::check_safety_refs(&mut check, parsed, &regions, &source_ids);
    safety::check_red_flag_words(&mut check, parsed);
    safety::check_area_coverage(&mut check, parsed, &charts);

    for region in &parsed.regions {
        regions::check_region(&mut check, region, &regions, &parsed.regions, &charts);
    }
    regions::check_zone_names(&mut check, &parsed.regions, &charts);
    let views: Vec<&crate::content::ViewDef> = parsed
        .maps
        .iter()
        .flat_map(|part| &part.value.views)
        .collect();
    regions::check_chart_organs(&mut check, &parsed.regions, &charts, &views);
    for technique in &parsed.techniques {
        techniques::check_technique(&mut check, technique, &regions, &parsed.regions);
        safety::check_source_ref(&mut check, technique, &technique.value.source, &source_ids);
    }
    check_tips(&mut check, parsed, &techniques, &regions, &source_ids);
    let pose_ids = Ids::new(
        unique_ids(&mut check, "pose", &parsed.poses, |p| &p.id),
        &hints,
    );
    let poses = poses::check_poses(&mut check, &parsed.poses);
    poses::check_shows(&mut check, &parsed.techniques, &poses, &pose_ids);
    for technique in &parsed.techniques {
        words::check_words(&mut check, technique, &poses);
    }
    unique_ids(&mut check, "routine", &parsed.routines, |r| &r.id);
    check_routines(&mut check, parsed, &techniques, &source_ids);
    maps::check_maps(&mut check, parsed);
    maps::check_art(&mut check, sources, parsed, &regions);
    check_coverage(&mut check, parsed, &charts);
    check.finish();
}

/// Tips name their source, and techniques and regions that exist.
fn check_tips(
    check: &mut Checker,
    parsed: &Parsed,
    techniques: &Ids,
    regions: &Ids,
    sources: &Ids,
) {
    for tip in &parsed.tips {
        let id = &tip.value.id;
        safety::check_source_ref(check, tip, &tip.value.source, sources);
        for (field, refs, known, what) in [
            ("techniques", &tip.value.techniques, techniques, "technique"),
            ("regions", &tip.value.regions, regions, "region"),
        ] {
            for bad in refs.iter().filter(|r| !known.contains(r)) {
                let hint = known.hint(bad);
                check.report(
                    tip,
                    &[Seg::Field(field), Seg::Str(bad)],
                    format!("tip '{id}' names unknown {what} '{bad}'{hint}"),
                );
            }
        }
    }
}

/// Built-in routines: valid, with a source, and as long as their name says.
fn check_routines(check: &mut Checker, parsed: &Parsed, techniques: &Ids, sources: &Ids) {
    for routine in &parsed.routines {
        routines::check_routine(check, routine, &[], |r| r, techniques);
        if routine.value.source.trim().is_empty() {
            check.report(
                routine,
                &[Seg::Field("source")],
                format!(
                    "routine '{}' has an empty source; name the source it follows (an id from \
                        sources.ron)",
                    routine.value.id
                ),
            );
        } else {
            safety::check_source_ref(check, routine, &routine.value.source, sources);
        }
        routines::check_routine_minutes(check, routine, &parsed.techniques, techniques);
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

/// Every region must lead somewhere: at least one technique works on it or
/// may ease it. A caution area (the front of the neck) may have none: it is
/// there to say where not to press.
fn check_coverage(check: &mut Checker, parsed: &Parsed, charts: &HashSet<&str>) {
    let mut covered: HashSet<&str> = HashSet::new();
    for t in &parsed.techniques {
        covered.extend(t.value.works_on.iter().map(String::as_str));
        covered.extend(t.value.may_ease.iter().map(String::as_str));
    }
    for zone in &parsed.regions {
        covered.extend(zone.value.reflex_for.iter().map(String::as_str));
    }
    // A region of a group is covered by the group, and the group by them.
    let groups: Vec<(&str, &str)> = parsed
        .svgs
        .iter()
        .filter_map(|s| s.art.as_ref())
        .flat_map(|art| &art.regions)
        .filter_map(|r| r.parent.as_deref().map(|p| (r.id.as_str(), p)))
        .collect();
    let related = |id: &str| {
        groups
            .iter()
            .filter(|(child, parent)| *child == id || *parent == id)
            .any(|(child, parent)| covered.contains(child) || covered.contains(parent))
    };
    for region in &parsed.regions {
        let r = &region.value;
        let id = r.id.as_str();
        // A chart zone leads to the body part it stands for.
        let explained = r.caution.is_some() || r.note.is_some() || !r.reflex_for.is_empty();
        if covered.contains(id) || related(id) || explained {
            continue;
        }
        let what = if charts.contains(r.map.as_str()) {
            "chart zone"
        } else {
            "body region"
        };
        check.report(
            region,
            &[Seg::Field("id"), Seg::Str(id)],
            format!(
                "{what} '{id}' leads nowhere; add it to a technique's works_on or may_ease, \
                 link a chart zone to it, or give it a note saying why nothing is listed"
            ),
        );
    }
}

/// Where a step's field is, for problems found after validation (an
/// image that cannot be used).
pub(super) fn step_field_diagnostic(
    source: &SourceText,
    item: &Located<crate::content::Technique>,
    step: usize,
    field: &str,
    message: String,
) -> Diagnostic {
    match &item.node {
        Some(node) => {
            let path = [Seg::Field("steps"), Seg::Index(step), Seg::Field(field)];
            Diagnostic::at(source.display, source.pos(locate(node, &path)), message)
        }
        None => Diagnostic::file(source.display, message),
    }
}

#[cfg(test)]
mod tests {
    use super::techniques::dose_problem;
    use super::*;
    use crate::content::Dose;

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
