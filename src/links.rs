//! Which regions light up with a selection: reflex links between the foot
//! and the body, and the places that help the selection from elsewhere.

use std::collections::BTreeMap;

use crate::content::Catalogue;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// A foot zone and the body region it stands for on the reflexology chart.
    Reflex,
    /// A region where a technique is done that is meant to help the selection.
    HelpsFromHere,
}

/// Regions linked to `selected` (region indices), excluding itself.
pub fn linked_regions(catalogue: &Catalogue, selected: usize) -> BTreeMap<usize, LinkKind> {
    let mut links = BTreeMap::new();
    let Some(region) = catalogue.regions.get(selected) else {
        return links;
    };
    for target in &region.reflex_for {
        if let Some(i) = catalogue.region_index(target) {
            links.insert(i, LinkKind::Reflex);
        }
    }
    for (i, zone) in catalogue.regions.iter().enumerate() {
        if zone.reflex_for.contains(&region.id) {
            links.insert(i, LinkKind::Reflex);
        }
    }
    for technique in catalogue
        .techniques
        .iter()
        .filter(|t| t.helps.contains(&region.id))
    {
        for place in &technique.works_on {
            if let Some(i) = catalogue.region_index(place) {
                links.entry(i).or_insert(LinkKind::HelpsFromHere);
            }
        }
    }
    links.remove(&selected);
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::content::test_support::shipped;

    #[test]
    fn heel_zone_lights_the_lower_back_and_back() {
        let catalogue = shipped();
        let index = |id: &str| catalogue.region_index(id).unwrap_or(usize::MAX);
        let heel = linked_regions(&catalogue, index("reflex_heel_left"));
        assert_eq!(heel.get(&index("lower_back")), Some(&LinkKind::Reflex));

        let lower_back = linked_regions(&catalogue, index("lower_back"));
        assert_eq!(
            lower_back.get(&index("reflex_heel_left")),
            Some(&LinkKind::Reflex)
        );
        assert_eq!(
            lower_back.get(&index("reflex_spine_lower_right")),
            Some(&LinkKind::Reflex)
        );
        assert_eq!(
            lower_back.get(&index("ankle_left")),
            Some(&LinkKind::HelpsFromHere)
        );
        assert!(!lower_back.contains_key(&index("lower_back")));
    }
}
