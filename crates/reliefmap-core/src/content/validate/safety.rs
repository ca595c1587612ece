//! Sources and safety: unique safety ids, every `source` naming a known
//! source, area cautions naming known regions.

use std::collections::HashSet;

use super::{Checker, Ids, Located, Parsed, Seg};
use crate::content::{AreaCaution, Source};

pub(super) fn safety_ids(check: &mut Checker, parsed: &Parsed) {
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

pub(super) fn check_source(check: &mut Checker, item: &Located<Source>) {
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
pub(super) fn check_source_ref<T>(
    check: &mut Checker,
    item: &Located<T>,
    source: &str,
    sources: &Ids,
) {
    if !sources.contains(source) {
        let hint = sources.hint(source);
        check.report(
            item,
            &[Seg::Field("source")],
            format!(
                "source '{source}' is not in sources.ron{hint}; add a Source with this id or \
                name an existing one"
            ),
        );
    }
}

/// Sources of contraindications, red flags and area cautions, and the
/// regions the area cautions name.
pub(super) fn check_safety_refs(
    check: &mut Checker,
    parsed: &Parsed,
    regions: &Ids,
    sources: &Ids,
) {
    for part in &parsed.safety {
        let safety = &part.value;
        let cited = safety
            .contraindications
            .iter()
            .enumerate()
            .map(|(i, c)| ("contraindications", i, &c.source))
            .chain(
                safety
                    .red_flags
                    .iter()
                    .enumerate()
                    .map(|(i, r)| ("red_flags", i, &r.source)),
            );
        for (field, i, source) in cited {
            if !sources.contains(source) {
                let hint = sources.hint(source);
                check.report(
                    part,
                    &[Seg::Field(field), Seg::Index(i), Seg::Field("source")],
                    format!("source '{source}' is not in sources.ron{hint}"),
                );
            }
        }
        for (i, area) in safety.area_cautions.iter().enumerate() {
            for (tail, message) in area_problems(area, regions, sources) {
                let path: Vec<Seg> = [Seg::Field("area_cautions"), Seg::Index(i)]
                    .into_iter()
                    .chain(tail)
                    .collect();
                check.report(part, &path, format!("area caution '{}' {message}", area.id));
            }
        }
    }
}

/// What is wrong with an area caution, each with its place inside it.
fn area_problems<'a>(
    area: &'a AreaCaution,
    regions: &Ids,
    sources: &Ids,
) -> Vec<(Vec<Seg<'a>>, String)> {
    let mut out = Vec::new();
    if !sources.contains(&area.source) {
        let message = format!(
            "names source '{}', which is not in sources.ron",
            area.source
        );
        out.push((vec![Seg::Field("source")], message));
    }
    if area.cautions.is_empty() {
        out.push((vec![Seg::Field("cautions")], "lists no cautions".to_owned()));
    }
    if area.maps.is_empty() && area.regions.is_empty() {
        let message = "names no maps and no regions, so it applies nowhere";
        out.push((vec![Seg::Field("id")], message.to_owned()));
    }
    for (r, bad) in area
        .regions
        .iter()
        .enumerate()
        .filter(|(_, id)| !regions.contains(id))
    {
        let hint = regions.hint(bad);
        let path = vec![Seg::Field("regions"), Seg::Index(r)];
        out.push((path, format!("names unknown region '{bad}'{hint}")));
    }
    out
}

/// Words in a red flag that say what to do: the heading of its urgency
/// says that, once, so the list stays short enough to read.
const ACTION_WORDS: &[&str] = &[
    "emergency number",
    "emergency department",
    "call 999",
    "a&e",
    "urgent appointment",
    "book an appointment",
    "see a doctor",
    "see a gp",
    "appointment with",
];

/// A red flag names the sign only.
pub(super) fn check_red_flag_words(check: &mut Checker, parsed: &Parsed) {
    for part in &parsed.safety {
        for (i, flag) in part.value.red_flags.iter().enumerate() {
            let text = flag.text.to_lowercase();
            if let Some(action) = ACTION_WORDS.iter().find(|a| text.contains(*a)) {
                check.report(
                    part,
                    &[Seg::Field("red_flags"), Seg::Index(i), Seg::Field("text")],
                    format!(
                        "red flag '{}' says what to do (\"{action}\"), which the heading of its \
                         urgency already says; give the sign only, and put anything more in \
                         detail",
                        flag.id
                    ),
                );
            }
        }
    }
}

/// Places that need a caution of their own, found by what a region is
/// called, and the word its area caution must contain.
const NEEDS_CAUTION: &[(&[&str], &str, &str)] = &[
    (
        &["sacrum", "buttock", "belly", "abdomen", "tummy"],
        "pregnan",
        "pregnancy",
    ),
    (
        &["calf", "calves", "thigh", "hamstring", "shin", "knee"],
        "clot",
        "a possible blood clot",
    ),
];

/// Every body region where pregnancy or a leg clot matters is covered by an
/// area caution that says so, so each technique there shows it.
pub(super) fn check_area_coverage(check: &mut Checker, parsed: &Parsed, charts: &HashSet<&str>) {
    let areas: Vec<&AreaCaution> = parsed
        .safety
        .iter()
        .flat_map(|p| &p.value.area_cautions)
        .collect();
    for item in &parsed.regions {
        let region = &item.value;
        if charts.contains(region.map.as_str()) {
            continue;
        }
        let name = region.name.to_lowercase();
        let words: Vec<&str> = name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for (triggers, needle, what) in NEEDS_CAUTION {
            if !words.iter().any(|w| triggers.contains(w)) {
                continue;
            }
            let covered = areas.iter().any(|area| {
                (area.maps.contains(&region.map) || area.regions.contains(&region.id))
                    && area
                        .cautions
                        .iter()
                        .any(|c| c.to_lowercase().contains(needle))
            });
            if !covered {
                check.report(
                    item,
                    &[Seg::Field("name")],
                    format!(
                        "region '{}' ({}) needs the caution about {what}, but no area caution in \
                         safety.ron that mentions it covers the region; add '{}' to that area \
                         caution's regions",
                        region.id, region.name, region.id
                    ),
                );
            }
        }
    }
}
