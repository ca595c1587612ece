//! Regions: names, outlines that can be drawn and hit, reflex links.

use std::collections::HashSet;

use super::{Checker, Ids, Located, Seg};
use crate::content::Region;

/// Most points a shape may have once its curves are flattened. Checking
/// that an outline does not cross itself compares every pair of edges, so a
/// hostile file with 100,000 points is refused before that check.
pub const MAX_OUTLINE_POINTS: usize = 2_000;

type Problems<'a> = Vec<(Vec<Seg<'a>>, String)>;

pub(super) fn check_region(
    check: &mut Checker,
    item: &Located<Region>,
    ids: &Ids,
    all: &[Located<Region>],
    charts: &HashSet<&str>,
) {
    let region = &item.value;
    let mut problems = Problems::new();
    if region.name.trim().is_empty() {
        problems.push((vec![Seg::Field("name")], "has an empty name".to_owned()));
    }
    reflex_problems(region, ids, all, charts, &mut problems);
    for alias in region.aliases.iter().filter(|a| ids.contains(a)) {
        let message = format!(
            "has the alias '{alias}', which is the id of a region; an alias is an old id no \
             region has any more"
        );
        problems.push((vec![Seg::Field("aliases"), Seg::Str(alias)], message));
    }
    check.report_all(item, &format!("region '{}' ", region.id), problems);
}

/// Only chart zones link to the body, and only to body regions that exist.
fn reflex_problems<'a>(
    region: &'a Region,
    ids: &Ids,
    all: &[Located<Region>],
    charts: &HashSet<&str>,
    out: &mut Problems<'a>,
) {
    if !region.reflex_for.is_empty() && !charts.contains(region.map.as_str()) {
        let message = format!(
            "is on the map '{}', which is not a reflex chart; only chart zones have reflex_for",
            region.map
        );
        out.push((vec![Seg::Field("reflex_for")], message));
    }
    for target in &region.reflex_for {
        let path = vec![Seg::Field("reflex_for"), Seg::Str(target)];
        match ids.get(target) {
            None => {
                let hint = ids.hint(target);
                let message = format!("reflex_for names unknown region '{target}'{hint}");
                out.push((path, message));
            }
            Some(i) if charts.contains(all[i].value.map.as_str()) => {
                let message = format!(
                    "reflex_for names '{target}', which is a chart zone; name body regions"
                );
                out.push((path, message));
            }
            Some(_) => {}
        }
    }
}

/// A chart zone has one name: its label on the map is the start of the
/// name the panel and screen readers use ("Hip" and "Hip: outer side of
/// the heel (left sole)").
pub(super) fn check_zone_names(
    check: &mut Checker,
    all: &[Located<Region>],
    charts: &HashSet<&str>,
) {
    let plain = |text: &str| -> String {
        text.to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    for item in all {
        let zone = &item.value;
        let Some(label) = &zone.label else { continue };
        if !charts.contains(zone.map.as_str()) || plain(&zone.name).starts_with(&plain(label)) {
            continue;
        }
        check.report(
            item,
            &[Seg::Field("label")],
            format!(
                "region '{}' is labelled \"{label}\" on the map but named \"{}\" in lists; give \
                 a chart zone one name: start the name with the label (\"{label}: …\")",
                zone.id, zone.name
            ),
        );
    }
}

/// Organs a chart draws on one foot only are named on that foot only: a
/// left-sole zone may not say "liver" when the liver's zone is on the right.
/// The feet are the chart maps shown together in one view.
pub(super) fn check_chart_organs(
    check: &mut Checker,
    all: &[Located<Region>],
    charts: &HashSet<&str>,
    views: &[&crate::content::ViewDef],
) {
    for view in views {
        let maps: Vec<&str> = view
            .maps
            .iter()
            .map(String::as_str)
            .filter(|m| charts.contains(m))
            .collect();
        if maps.len() >= 2 {
            check_pair_organs(check, all, &maps);
        }
    }
}

fn plain_words(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn check_pair_organs(check: &mut Checker, all: &[Located<Region>], maps: &[&str]) {
    use crate::content::Side;
    let zones: Vec<&Located<Region>> = all
        .iter()
        .filter(|r| maps.contains(&r.value.map.as_str()))
        .filter(|r| matches!(r.value.side, Side::Left | Side::Right))
        .collect();
    let label_of = |r: &Region| plain_words(r.label.as_deref().unwrap_or(&r.name));
    let sides_of = |organ: &str| -> Vec<Side> {
        let mut sides: Vec<Side> = Vec::new();
        for z in zones.iter().filter(|z| label_of(&z.value) == organ) {
            if !sides.contains(&z.value.side) {
                sides.push(z.value.side);
            }
        }
        sides
    };
    let one_sided: Vec<(String, Side)> = zones
        .iter()
        .map(|z| label_of(&z.value))
        .filter_map(|organ| match sides_of(&organ)[..] {
            [side] => Some((organ, side)),
            _ => None,
        })
        .collect();
    for item in zones {
        let zone = &item.value;
        let fields = [
            ("name", Some(zone.name.as_str())),
            ("label", zone.label.as_deref()),
            ("reflex_label", zone.reflex_label.as_deref()),
        ];
        for (field, text) in fields {
            let Some(text) = text else { continue };
            let joined = format!(" {} ", plain_words(text));
            let wrong = one_sided
                .iter()
                .find(|(organ, side)| *side != zone.side && joined.contains(&format!(" {organ} ")));
            if let Some((organ, side)) = wrong {
                check.report(
                    item,
                    &[Seg::Field(field)],
                    format!(
                        "region '{}' names the {organ}, which the chart places on the {} foot \
                         only; name what this foot's zone stands for",
                        zone.id,
                        if *side == Side::Left { "left" } else { "right" }
                    ),
                );
                break;
            }
        }
    }
}
