//! Search and filters over techniques: case- and accent-insensitive words
//! matched against names, regions, equipment and step texts, plus equipment
//! owned, position and time.

use std::collections::BTreeSet;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::content::{Catalogue, Equipment, PerRegion, PerTechnique, Position, Technique};

/// Lower-case, accents removed: "Épaule" → "epaule".
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// What the person narrowed the lists to.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Filter {
    pub query: String,
    /// When set, only techniques doable with `owned` are shown.
    pub only_owned: bool,
    pub owned: BTreeSet<Equipment>,
    pub position: Option<Position>,
    pub max_minutes: Option<u32>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty()
            || self.only_owned
            || self.position.is_some()
            || self.max_minutes.is_some()
    }

    fn allows(&self, technique: &Technique) -> bool {
        let equipment_ok = !self.only_owned
            || (technique.equipment.iter().all(|e| self.owned.contains(e))
                && (technique.equipment_any.is_empty()
                    || technique
                        .equipment_any
                        .iter()
                        .any(|e| self.owned.contains(e))));
        let position_ok = self
            .position
            .is_none_or(|p| technique.positions.contains(&p));
        let time_ok = self
            .max_minutes
            .is_none_or(|m| technique.duration_secs() <= m * 60);
        equipment_ok && position_ok && time_ok
    }
}

/// Folded text of every technique, built once.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    haystacks: Vec<String>,
}

impl SearchIndex {
    pub fn new(catalogue: &Catalogue) -> Self {
        let haystacks = catalogue
            .techniques
            .iter()
            .map(|t| {
                let mut text = format!("{} {} {} ", t.name, t.summary, t.kind.label());
                for id in t.works_on.iter().chain(&t.may_ease) {
                    if let Some(region) = catalogue.region(id) {
                        text.push_str(&region.name);
                        text.push(' ');
                    }
                }
                for e in t.equipment.iter().chain(&t.equipment_any) {
                    text.push_str(e.label());
                    text.push(' ');
                }
                for p in &t.positions {
                    text.push_str(p.label());
                    text.push(' ');
                }
                for step in &t.steps {
                    text.push_str(&step.text);
                    text.push(' ');
                }
                fold(&text)
            })
            .collect();
        Self { haystacks }
    }

    /// For each technique, whether it passes the filter.
    pub fn matching(&self, catalogue: &Catalogue, filter: &Filter) -> PerTechnique<bool> {
        let words: Vec<String> = fold(&filter.query)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        catalogue
            .techniques
            .iter()
            .zip(&self.haystacks)
            .map(|(t, hay)| filter.allows(t) && words.iter().all(|w| hay.contains(w.as_str())))
            .collect()
    }
}

/// For each region, whether any matching technique works on or may ease it.
pub fn regions_with_matches(
    catalogue: &Catalogue,
    matches: &PerTechnique<bool>,
) -> PerRegion<bool> {
    let mut has: PerRegion<bool> = vec![false; catalogue.regions.len()].into();
    for (technique, _) in catalogue
        .techniques
        .iter()
        .zip(matches)
        .filter(|(_, m)| **m)
    {
        for id in technique.works_on.iter().chain(&technique.may_ease) {
            if let Some(i) = catalogue.region_index(id) {
                has[i] = true;
            }
        }
    }
    has
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::content::test_support::shipped;

    fn names(catalogue: &Catalogue, matches: &PerTechnique<bool>) -> Vec<String> {
        catalogue
            .techniques
            .iter()
            .zip(matches)
            .filter(|(_, m)| **m)
            .map(|(t, _)| t.id.clone())
            .collect()
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Épaule ÄNKLE"), "epaule ankle");
    }

    #[test]
    fn query_matches_names_regions_equipment_and_steps() {
        let catalogue = shipped();
        let index = SearchIndex::new(&catalogue);
        let find = |q: &str| {
            let filter = Filter {
                query: q.into(),
                ..Filter::default()
            };
            names(&catalogue, &index.matching(&catalogue, &filter))
        };
        assert!(find("ANKLE ROTATIONS").contains(&"ankle_rotations".to_owned()));
        assert!(find("ánkle").contains(&"ankle_circles".to_owned()));
        assert!(find("towel").contains(&"toe_curls_towel".to_owned()));
        assert!(find("golf ball").contains(&"ball_rolling_wall".to_owned()));
        assert!(find("xyzzy").is_empty());
        assert_eq!(find("").len(), catalogue.techniques.len());
    }

    #[test]
    fn filters_narrow() {
        let catalogue = shipped();
        let index = SearchIndex::new(&catalogue);
        let all = catalogue.techniques.len();
        let count = |f: Filter| {
            index
                .matching(&catalogue, &f)
                .iter()
                .filter(|m| **m)
                .count()
        };
        let hands_only = count(Filter {
            only_owned: true,
            ..Filter::default()
        });
        assert!(hands_only > 0 && hands_only < all);
        let with_ball = count(Filter {
            only_owned: true,
            owned: [Equipment::TennisBall].into(),
            ..Filter::default()
        });
        assert!(with_ball > hands_only);
        let standing = count(Filter {
            position: Some(Position::Standing),
            ..Filter::default()
        });
        assert!(standing > 0 && standing < all);
        let short = count(Filter {
            max_minutes: Some(3),
            ..Filter::default()
        });
        assert!(short > 0 && short < all);
    }
}
