//! Content: typed data ([`model`]), reading it from the built-in set or a
//! folder ([`load`]) or user packs (`packs`, with [`quarantine`] for a pack
//! that stopped the app), and checking it ([`validate`]) with messages that
//! name the file, line and column. [`files`] is the one bounded way to read
//! any file a person hands the app (content, routines, state, backups).

mod diagnostic;
pub mod figure;
pub mod files;
pub mod geometry;
mod ids;
mod images;
mod load;
pub mod model;
mod packs;
mod parse;
pub mod pose;
pub mod quarantine;
mod routine_file;
pub mod svg;
mod svg_flatten;
pub mod syntax;
mod validate;

use std::collections::HashMap;

pub use diagnostic::{Diagnostic, problem_count};
pub use files::ContentFile;
pub use ids::{PerRegion, PerRoutine, PerTechnique, RegionId, RoutineId, TechniqueId};
pub use load::{load, read_dir, shipped_files, with_builtin_art};
pub use model::*;
pub use packs::{
    Pack, PackFolder, PackLoader, Refusal, RejectedPack, load_packs_guarded, load_with_packs,
    pack_folders, read_pack, read_packs,
};
pub use parse::parse_file;
pub use pose::{PoseDef, Show};
pub use routine_file::{ROUTINE_FILE_FORMAT, ROUTINE_FILE_SUFFIX, RoutineFile, parse_routine_file};
pub use svg::MapArt;
pub use validate::{
    MAX_ROUTINE_NAME_CHARS, MAX_ROUTINE_TECHNIQUES, TRANSITION_SECS_RANGE, minutes_in_name,
};

/// Seconds for techniques played back to back with `transition_secs` to get
/// ready between them, at their default doses: the routine's total before
/// Start, and what the player counts down from.
pub fn routine_estimated_secs(techniques: &[&Technique], transition_secs: u32) -> u32 {
    let steps: u32 = techniques.iter().map(|t| t.duration_secs()).sum();
    let pauses = u32::try_from(techniques.len().saturating_sub(1)).unwrap_or(u32::MAX);
    steps + pauses.saturating_mul(transition_secs)
}

/// A map: its definition and its parsed drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Map {
    pub def: MapDef,
    pub art: MapArt,
}

impl Map {
    pub fn is_chart(&self) -> bool {
        self.def.kind == MapKind::ReflexChart
    }

    /// Width divided by height of the drawing.
    pub fn aspect_ratio(&self) -> f32 {
        self.art.width / self.art.height.max(1.0)
    }
}

/// Validated content with lookups by id.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    pub regions: PerRegion<Region>,
    pub techniques: PerTechnique<Technique>,
    pub safety: Safety,
    pub tips: Vec<Tip>,
    pub routines: PerRoutine<Routine>,
    pub sources: Vec<Source>,
    pub views: Vec<ViewDef>,
    pub maps: Vec<Map>,
    /// Poses for the steps' illustrations, resolved.
    pub poses: Vec<PoseDef>,
    /// Problems that cost a step its picture but nothing else (an image
    /// file that is missing, too large or outside the pack).
    pub warnings: Vec<Diagnostic>,
    region_index: HashMap<String, RegionId>,
    pose_index: HashMap<String, usize>,
    technique_index: HashMap<String, TechniqueId>,
    /// Per region: the group it belongs to in its map's drawing.
    parents: PerRegion<Option<RegionId>>,
    /// Per region: the regions of its group.
    children: PerRegion<Vec<RegionId>>,
}

/// What a catalogue is built from, once checked.
pub(crate) struct Parts {
    pub regions: Vec<Region>,
    pub techniques: Vec<Technique>,
    pub safety: Safety,
    pub tips: Vec<Tip>,
    pub routines: Vec<Routine>,
    pub sources: Vec<Source>,
    pub views: Vec<ViewDef>,
    pub maps: Vec<Map>,
    pub poses: Vec<PoseDef>,
    pub warnings: Vec<Diagnostic>,
}

impl Catalogue {
    pub(crate) fn new(parts: Parts) -> Self {
        let regions: PerRegion<Region> = parts.regions.into();
        let techniques: PerTechnique<Technique> = parts.techniques.into();
        let mut region_index: HashMap<String, RegionId> = regions
            .iter_enumerated()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        // Old ids still found in saved files lead to the region's new id.
        for (i, region) in regions.iter_enumerated() {
            for alias in &region.aliases {
                region_index.entry(alias.clone()).or_insert(i);
            }
        }
        let technique_index = techniques
            .iter_enumerated()
            .map(|(i, t)| (t.id.clone(), i))
            .collect();
        let pose_index = parts
            .poses
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        let mut parents: PerRegion<Option<RegionId>> = vec![None; regions.len()].into();
        let mut children: PerRegion<Vec<RegionId>> = vec![Vec::new(); regions.len()].into();
        for art in parts.maps.iter().flat_map(|m| &m.art.regions) {
            if let (Some(&child), Some(parent)) = (
                region_index.get(&art.id),
                art.parent.as_ref().and_then(|p| region_index.get(p)),
            ) {
                parents[child] = Some(*parent);
                children[*parent].push(child);
            }
        }
        Self {
            regions,
            techniques,
            safety: parts.safety,
            tips: parts.tips,
            routines: parts.routines.into(),
            sources: parts.sources,
            views: parts.views,
            maps: parts.maps,
            poses: parts.poses,
            warnings: parts.warnings,
            region_index,
            pose_index,
            technique_index,
            parents,
            children,
        }
    }

    /// The built-in content. It is checked by the test suite, so an error here
    /// is a build defect; it is still returned rather than panicking.
    pub fn shipped() -> Result<Self, Vec<Diagnostic>> {
        load(&shipped_files())
    }

    pub fn region_index(&self, id: &str) -> Option<RegionId> {
        self.region_index.get(id).copied()
    }

    pub fn technique_index(&self, id: &str) -> Option<TechniqueId> {
        self.technique_index.get(id).copied()
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.region_index.get(id).map(|&i| &self.regions[i])
    }

    pub fn technique(&self, id: &str) -> Option<&Technique> {
        self.technique_index.get(id).map(|&i| &self.techniques[i])
    }

    pub fn pose(&self, id: &str) -> Option<&PoseDef> {
        self.pose_index.get(id).map(|&i| &self.poses[i])
    }

    pub fn routine(&self, id: &str) -> Option<&Routine> {
        self.routines.iter().find(|r| r.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn map(&self, id: &str) -> Option<&Map> {
        self.maps.iter().find(|m| m.def.id == id)
    }

    pub fn view(&self, id: &str) -> Option<&ViewDef> {
        self.views.iter().find(|v| v.id == id)
    }

    /// The view a choice names, if it is a map view this content has.
    pub fn chosen_view(&self, choice: &ViewChoice) -> Option<&ViewDef> {
        choice.map_id().and_then(|id| self.view(id.as_str()))
    }

    /// Whether the content can show a choice (the list it always can).
    pub fn can_show(&self, choice: &ViewChoice) -> bool {
        *choice == ViewChoice::List || self.chosen_view(choice).is_some()
    }

    /// The saved choice if the content can show it, else its first view
    /// (or the list, for content without maps): resolved once, at load.
    pub fn view_or_first(&self, saved_name: &str) -> ViewChoice {
        let choice = ViewChoice::from_saved_name(saved_name);
        if self.can_show(&choice) {
            choice
        } else {
            self.views
                .first()
                .map_or(ViewChoice::List, |v| ViewChoice::map(v.id.as_str()))
        }
    }

    /// Whether a region is a zone of a reflexology chart.
    pub fn is_chart_zone(&self, region: &Region) -> bool {
        self.map(&region.map).is_some_and(Map::is_chart)
    }

    /// The group a region belongs to (the lower back, for its left side).
    pub fn parent(&self, region: RegionId) -> Option<RegionId> {
        self.parents.get(region).copied().flatten()
    }

    /// The regions of a group.
    pub fn children(&self, region: RegionId) -> &[RegionId] {
        self.children.get(region).map_or(&[], Vec::as_slice)
    }

    /// A region with its group and the group's other regions: what is
    /// listed for it (work on the lower back is work on its left side).
    pub fn family(&self, region: RegionId) -> Vec<RegionId> {
        let mut family = vec![region];
        family.extend(self.parent(region));
        family.extend_from_slice(self.children(region));
        family
    }

    /// The regions a chart zone lies on (the whole sole under the zones):
    /// what works there works on the zone too. Empty for other regions.
    pub fn ground_regions(&self, region: RegionId) -> Vec<RegionId> {
        let Some(zone) = self.regions.get(region) else {
            return Vec::new();
        };
        if zone.reflex_for.is_empty() && zone.reflex_label.is_none() {
            return Vec::new();
        }
        self.regions
            .iter_enumerated()
            .filter(|(_, r)| {
                r.map == zone.map && r.reflex_for.is_empty() && r.reflex_label.is_none()
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Whether a region belongs to an area with its own cautions.
    pub fn in_area(&self, area: &AreaCaution, region: &Region) -> bool {
        area.maps.contains(&region.map) || area.regions.contains(&region.id)
    }

    /// Area cautions for the places a technique works on (the feet).
    pub fn area_cautions(&self, technique: &Technique) -> Vec<&AreaCaution> {
        self.safety
            .area_cautions
            .iter()
            .filter(|area| {
                technique
                    .works_on
                    .iter()
                    .filter_map(|id| self.region(id))
                    .any(|region| self.in_area(area, region))
            })
            .collect()
    }

    /// Regions a technique works on that carry a caution of their own
    /// (the front of the neck).
    pub fn caution_regions(&self, technique: &Technique) -> Vec<&Region> {
        technique
            .works_on
            .iter()
            .filter_map(|id| self.region(id))
            .filter(|r| r.caution.is_some())
            .collect()
    }

    pub fn step_count(&self) -> usize {
        self.techniques.iter().map(|t| t.steps.len()).sum()
    }

    /// One line for `reliefmap check`.
    pub fn summary(&self) -> String {
        format!(
            "{} regions, {} techniques, {} steps, {} tips, {} routines, {} red flags",
            self.regions.len(),
            self.techniques.len(),
            self.step_count(),
            self.tips.len(),
            self.routines.len(),
            self.safety.red_flags.len()
        )
    }
}

/// The shipped catalogue for unit tests, which may panic.
#[cfg(test)]
pub(crate) mod test_support {
    use super::Catalogue;

    pub fn shipped() -> Catalogue {
        match Catalogue::shipped() {
            Ok(catalogue) => catalogue,
            Err(diagnostics) => panic!("shipped content is invalid: {diagnostics:#?}"),
        }
    }
}
