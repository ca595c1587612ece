//! Content: typed data ([`model`]), reading it from the built-in set, a folder
//! or user packs ([`load`]), and checking it ([`validate`]) with messages that
//! name the file, line and column.

mod diagnostic;
mod load;
pub mod model;
mod routine_file;
pub mod syntax;
mod validate;

use std::collections::HashMap;

pub use diagnostic::Diagnostic;
pub use load::{
    ContentFile, Pack, RejectedPack, load, load_with_packs, read_dir, read_packs, shipped_files,
};
pub use model::*;
pub use routine_file::{
    MAX_ROUTINE_FILE_BYTES, ROUTINE_FILE_FORMAT, ROUTINE_FILE_SUFFIX, RoutineFile,
    parse_routine_file,
};
pub use validate::{MAX_ROUTINE_NAME_CHARS, MAX_ROUTINE_TECHNIQUES, TRANSITION_SECS_RANGE};

/// Validated content with lookups by id.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    pub regions: Vec<Region>,
    pub techniques: Vec<Technique>,
    pub safety: Safety,
    pub tips: Vec<Tip>,
    pub routines: Vec<Routine>,
    region_index: HashMap<String, usize>,
    technique_index: HashMap<String, usize>,
}

impl Catalogue {
    fn new(
        regions: Vec<Region>,
        techniques: Vec<Technique>,
        safety: Safety,
        tips: Vec<Tip>,
        routines: Vec<Routine>,
    ) -> Self {
        let region_index = regions
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let technique_index = techniques
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.clone(), i))
            .collect();
        Self {
            regions,
            techniques,
            safety,
            tips,
            routines,
            region_index,
            technique_index,
        }
    }

    /// The built-in content. It is checked by the test suite, so an error here
    /// is a build defect; it is still returned rather than panicking.
    pub fn shipped() -> Result<Self, Vec<Diagnostic>> {
        load(&shipped_files())
    }

    pub fn region_index(&self, id: &str) -> Option<usize> {
        self.region_index.get(id).copied()
    }

    pub fn technique_index(&self, id: &str) -> Option<usize> {
        self.technique_index.get(id).copied()
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.region_index.get(id).map(|&i| &self.regions[i])
    }

    pub fn technique(&self, id: &str) -> Option<&Technique> {
        self.technique_index.get(id).map(|&i| &self.techniques[i])
    }

    pub fn routine(&self, id: &str) -> Option<&Routine> {
        self.routines.iter().find(|r| r.id == id)
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
