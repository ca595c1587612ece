//! How regions relate, kept apart so that nothing reads stronger than its
//! evidence:
//!
//! - **works on**: where the hands or the tool act (a technique's `works_on`);
//! - **may ease**: where an article says relief may be felt, when that is
//!   elsewhere (ankle massage and the lower back);
//! - **linked on the reflex chart**: a foot zone and the body part the
//!   traditional chart pairs it with. A correspondence, never relief.

use std::collections::BTreeMap;

use crate::content::{Catalogue, RegionId, TechniqueId, TechniqueKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// A foot zone and the body region it stands for on the reflexology chart.
    Reflex,
    /// A region where a technique is done that an article says may ease the
    /// selection.
    MayEase,
}

/// Regions linked to `selected` (region indices), excluding itself and its
/// group: a side of the lower back is linked through the lower back too.
pub fn linked_regions(catalogue: &Catalogue, selected: RegionId) -> BTreeMap<RegionId, LinkKind> {
    let mut links = BTreeMap::new();
    let family = catalogue.family(selected);
    let ids: Vec<&str> = family
        .iter()
        .filter_map(|&i| catalogue.regions.get(i))
        .map(|r| r.id.as_str())
        .collect();
    for region in family.iter().filter_map(|&i| catalogue.regions.get(i)) {
        for target in &region.reflex_for {
            if let Some(i) = catalogue.region_index(target) {
                links.insert(i, LinkKind::Reflex);
            }
        }
    }
    for (i, zone) in catalogue.regions.iter_enumerated() {
        if zone.reflex_for.iter().any(|t| ids.contains(&t.as_str())) {
            links.insert(i, LinkKind::Reflex);
        }
    }
    for technique in catalogue
        .techniques
        .iter()
        .filter(|t| t.may_ease.iter().any(|r| ids.contains(&r.as_str())))
    {
        for place in &technique.works_on {
            if let Some(i) = catalogue.region_index(place) {
                links.entry(i).or_insert(LinkKind::MayEase);
            }
        }
    }
    for member in family {
        links.remove(&member);
    }
    links
}

/// What a region offers, in three lists of technique indices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegionTechniques {
    /// Techniques done on this region.
    pub work_here: Vec<TechniqueId>,
    /// Techniques done elsewhere that an article says may ease it.
    pub may_ease: Vec<TechniqueId>,
    /// Reflex-point techniques on a foot zone the chart pairs with it (or,
    /// for a foot zone, on the body part it stands for: none today).
    pub reflex_chart: Vec<TechniqueId>,
    /// The chart zones paired with the region (region indices): where the
    /// rows of `reflex_chart` are done for it.
    pub chart_zones: Vec<RegionId>,
}

/// The techniques listed for a region; each technique appears once, in the
/// first list that applies.
pub fn region_techniques(catalogue: &Catalogue, region: RegionId) -> RegionTechniques {
    let mut lists = RegionTechniques::default();
    if catalogue.regions.get(region).is_none() {
        return lists;
    }
    // A side of the lower back offers what the lower back offers, and the
    // lower back what either side does; a chart zone offers what works the
    // whole sole it lies on.
    let ids: Vec<&str> = catalogue
        .family(region)
        .into_iter()
        .chain(catalogue.ground_regions(region))
        .filter_map(|i| catalogue.regions.get(i))
        .map(|r| r.id.as_str())
        .collect();
    let touches = |list: &[String]| list.iter().any(|r| ids.contains(&r.as_str()));
    let chart_zones: Vec<&str> = catalogue
        .regions
        .iter()
        .filter(|zone| touches(&zone.reflex_for))
        .map(|zone| zone.id.as_str())
        .collect();
    for (i, t) in catalogue.techniques.iter_enumerated() {
        if touches(&t.works_on) {
            lists.work_here.push(i);
        } else if touches(&t.may_ease) {
            lists.may_ease.push(i);
        } else if t.kind == TechniqueKind::ReflexPoint
            && t.works_on.iter().any(|w| chart_zones.contains(&w.as_str()))
        {
            lists.reflex_chart.push(i);
        }
    }
    lists.chart_zones = chart_zones
        .iter()
        .filter_map(|id| catalogue.region_index(id))
        .collect();
    lists
}

/// Where a chart technique is done, as the chart pairs it with the
/// selection: only the zones of `zones` it works on, each name once with
/// its maps ("Pelvis, low back (left sole, right sole)"), never every zone
/// it touches.
pub fn chart_place_text(
    catalogue: &Catalogue,
    technique: TechniqueId,
    zones: &[RegionId],
) -> String {
    let Some(t) = catalogue.techniques.get(technique) else {
        return String::new();
    };
    let mut places: Vec<(&str, Vec<String>)> = Vec::new();
    for zone in t
        .works_on
        .iter()
        .filter_map(|id| catalogue.region_index(id))
        .filter(|i| zones.contains(i))
        .filter_map(|i| catalogue.regions.get(i))
    {
        let short = zone.label.as_deref().unwrap_or(&zone.name);
        let map = catalogue
            .map(&zone.map)
            .map_or(zone.map.clone(), |m| m.def.name.to_lowercase());
        match places.iter_mut().find(|(name, _)| *name == short) {
            Some((_, maps)) if !maps.contains(&map) => maps.push(map),
            Some(_) => {}
            None => places.push((short, vec![map])),
        }
    }
    places
        .iter()
        .take(2)
        .map(|(name, maps)| format!("{name} ({})", maps.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Body regions the chart pairs with the zones a technique works on.
pub fn chart_regions(catalogue: &Catalogue, technique: TechniqueId) -> Vec<RegionId> {
    let mut out = Vec::new();
    let Some(t) = catalogue.techniques.get(technique) else {
        return out;
    };
    for zone in t.works_on.iter().filter_map(|id| catalogue.region(id)) {
        for target in zone
            .reflex_for
            .iter()
            .filter_map(|id| catalogue.region_index(id))
        {
            if !out.contains(&target) {
                out.push(target);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::content::test_support::shipped;

    #[test]
    fn heel_zone_lights_the_lower_back_and_back() {
        let catalogue = shipped();
        let index = |id: &str| catalogue.region_index(id).expect("a shipped region");
        let heel = linked_regions(&catalogue, index("reflex_heel_left"));
        assert_eq!(heel.get(&index("lower_back")), Some(&LinkKind::Reflex));

        let lower_back = linked_regions(&catalogue, index("lower_back"));
        assert_eq!(
            lower_back.get(&index("reflex_heel_left")),
            Some(&LinkKind::Reflex)
        );
        assert_eq!(
            lower_back.get(&index("reflex_spine_lumbar")),
            Some(&LinkKind::Reflex)
        );
        assert_eq!(
            lower_back.get(&index("ankle_left")),
            Some(&LinkKind::MayEase)
        );
        assert!(!lower_back.contains_key(&index("lower_back")));
    }

    #[test]
    fn reflex_techniques_are_chart_links_never_relief() {
        let catalogue = shipped();
        let lower_back = catalogue.region_index("lower_back").expect("shipped");
        let lists = region_techniques(&catalogue, lower_back);
        let heel = catalogue
            .technique_index("heel_reflex_point")
            .expect("shipped");
        assert!(lists.reflex_chart.contains(&heel));
        assert!(!lists.may_ease.contains(&heel));
        for &i in &lists.may_ease {
            assert_ne!(catalogue.techniques[i].kind, TechniqueKind::ReflexPoint);
        }
    }
}
