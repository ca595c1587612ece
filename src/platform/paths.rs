//! Where Relief Map keeps user data on this platform.

use std::path::{Path, PathBuf};

/// The app's data folder (`~/.local/share/reliefmap` on Linux), if the
/// platform has a home folder.
pub fn data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "reliefmap").map(|dirs| dirs.data_dir().to_path_buf())
}

/// Extra content packs: each sub-folder of this is loaded on top of the
/// built-in content.
pub fn content_dir() -> Option<PathBuf> {
    data_dir().map(|dir| dir.join("content"))
}

/// Generated files that can be rebuilt (cue sounds).
pub fn cache_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "reliefmap").map(|dirs| dirs.cache_dir().to_path_buf())
}

/// Where routine files are exported to and looked for at first: the
/// Documents folder, else the home folder.
pub fn routine_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.document_dir()
            .map_or_else(|| dirs.home_dir().to_path_buf(), Path::to_path_buf),
    )
}
