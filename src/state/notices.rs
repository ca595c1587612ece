//! What the person should know about the files behind the app: content
//! packs left out (with why), saved data set aside, a folder that cannot be
//! used. Save errors come from the saver itself.

use crate::content::RejectedPack;

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
}
