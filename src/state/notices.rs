//! What the person should know about the files behind the app: content
//! packs left out (with why), saved data set aside, a folder that cannot be
//! used, a copy of changes that could not be saved. Save errors come from
//! the saver itself. Each banner has a key; a dismissed one stays hidden
//! until the next start (and comes back then while the problem is there).

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::content::RejectedPack;

/// Keys of the banners that are not a pack's.
pub const OPENING_KEY: &str = "opening";
pub const PICTURES_KEY: &str = "pictures";
pub const RECOVERY_KEY: &str = "recovery";

/// The banner key of a content pack.
pub fn pack_key(name: &str) -> String {
    format!("pack:{name}")
}

#[derive(Clone, Debug, Default)]
pub struct Notices {
    /// Content packs that were left out, with every problem found.
    pub rejected_packs: Vec<RejectedPack>,
    /// Problems opening the state file, shown until dismissed.
    pub opening: Vec<String>,
    /// Content packs are still being read in the background.
    pub packs_loading: bool,
    /// Pictures in packs that could not be used (those steps keep their
    /// text and drawing).
    pub picture_problems: Vec<crate::content::Diagnostic>,
    /// A copy of changes that could not be saved when the app last closed.
    pub recovery: Option<PathBuf>,
    /// Banners hidden until the next start, by key.
    pub dismissed: BTreeSet<String>,
}

impl Notices {
    pub fn shows(&self, key: &str) -> bool {
        !self.dismissed.contains(key)
    }
}
