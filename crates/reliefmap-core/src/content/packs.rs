//! Content packs: each sub-folder of the user's `content/` folder, laid out
//! like `data/`, loaded on top of the built-in content one at a time. A pack
//! with any problem is left out whole, with every message; a pack that
//! stopped the app while it was being loaded is not loaded again
//! ([`super::quarantine`]). The built-in content always loads.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use super::files::ContentFile;
use super::load::{load, read_dir};
use super::quarantine::Quarantine;
use super::{Catalogue, Diagnostic};

/// A pack folder found in the content folder, not read yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackFolder {
    pub name: String,
    pub path: PathBuf,
}

/// A set of extra content from the user's `content/` folder.
#[derive(Clone, Debug)]
pub struct Pack {
    pub name: String,
    pub files: Vec<ContentFile>,
    pub read_errors: Vec<Diagnostic>,
    /// Its folder, for the advice to check it.
    pub path: Option<PathBuf>,
}

/// Every entry of `content_dir` but plain files (a README beside the
/// packs), sorted by name. Nothing is read yet.
pub fn pack_folders(content_dir: &Path) -> Vec<PackFolder> {
    let Ok(entries) = std::fs::read_dir(content_dir) else {
        return Vec::new();
    };
    let mut folders: Vec<PackFolder> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|path| !std::fs::metadata(path).is_ok_and(|m| m.is_file()))
        .map(|path| PackFolder {
            name: path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            path,
        })
        .collect();
    folders.sort_by(|a, b| a.path.cmp(&b.path));
    folders
}

/// Reads one pack folder through the bounded reader; special entries (a
/// pipe, a device, a loop of links) become a pack with why it is skipped.
pub fn read_pack(folder: &PackFolder) -> Pack {
    let display = folder.path.display().to_string();
    let problem = |message: String| Pack {
        name: folder.name.clone(),
        files: Vec::new(),
        read_errors: vec![Diagnostic::file(&display, message)],
        path: Some(folder.path.clone()),
    };
    match std::fs::metadata(&folder.path) {
        Ok(meta) if meta.is_dir() => {
            let (files, read_errors) = read_dir(&folder.path);
            Pack {
                name: folder.name.clone(),
                files,
                read_errors,
                path: Some(folder.path.clone()),
            }
        }
        Ok(_) => problem(
            "is a special file (a pipe or a device), not a pack folder; it is skipped".to_owned(),
        ),
        Err(err) => problem(format!("cannot be opened ({err}); it is skipped")),
    }
}

/// Every sub-folder of `content_dir` is one pack with the layout of `data/`.
pub fn read_packs(content_dir: &Path) -> Vec<Pack> {
    pack_folders(content_dir).iter().map(read_pack).collect()
}

/// Why a pack was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// It has problems: every one is listed.
    Problems,
    /// Loading it stopped the app (a crash, an abort, a hang) the last time.
    StoppedTheApp,
}

/// A pack that was left out, with every problem found in it.
#[derive(Clone, Debug)]
pub struct RejectedPack {
    pub name: String,
    pub diagnostics: Vec<Diagnostic>,
    /// Its folder, for `reliefmap check --pack`.
    pub path: Option<PathBuf>,
    pub refusal: Refusal,
}

impl RejectedPack {
    /// The command that checks it against the built-in content.
    pub fn check_command(&self) -> String {
        let folder = self.path.as_ref().map_or_else(
            || "<the pack folder>".to_owned(),
            |p| p.display().to_string(),
        );
        format!("reliefmap check --pack '{folder}'")
    }
}

/// Loads packs one at a time on top of the base content.
pub struct PackLoader {
    catalogue: Catalogue,
    accepted: Vec<ContentFile>,
}

impl PackLoader {
    pub fn new(base: &[ContentFile]) -> Result<Self, Vec<Diagnostic>> {
        Ok(Self {
            catalogue: load(base)?,
            accepted: base.to_vec(),
        })
    }

    /// Adds `pack` if it is sound with what is loaded; else why not.
    pub fn add(&mut self, pack: &Pack) -> Result<(), RejectedPack> {
        let rejected = |diagnostics| RejectedPack {
            name: pack.name.clone(),
            diagnostics,
            path: pack.path.clone(),
            refusal: Refusal::Problems,
        };
        if !pack.read_errors.is_empty() {
            return Err(rejected(pack.read_errors.clone()));
        }
        let mut combined = self.accepted.clone();
        combined.extend(pack.files.iter().cloned());
        let catalogue = load(&combined).map_err(rejected)?;
        self.catalogue = catalogue;
        self.accepted = combined;
        Ok(())
    }

    /// The content loaded so far.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    pub fn finish(self) -> Catalogue {
        self.catalogue
    }
}

/// Loads the shipped (or `--data`) files and then each pack on top. A pack
/// with any problem is left out whole; its messages are returned with its name.
pub fn load_with_packs(
    base: &[ContentFile],
    packs: &[Pack],
) -> Result<(Catalogue, Vec<RejectedPack>), Vec<Diagnostic>> {
    let mut loader = PackLoader::new(base)?;
    let rejected = packs.iter().filter_map(|p| loader.add(p).err()).collect();
    Ok((loader.finish(), rejected))
}

/// Reads and loads each pack folder on top of `base`, marked in
/// `quarantine` while it is read and checked: a pack whose mark survived
/// the last start (it stopped the app) is skipped, unless its files changed
/// since. A panic while loading one is caught: that pack is left out, its
/// mark kept.
pub fn load_packs_guarded(
    base: &[ContentFile],
    folders: &[PackFolder],
    quarantine: Option<&Quarantine>,
) -> Result<(Catalogue, Vec<RejectedPack>), Vec<Diagnostic>> {
    let mut loader = PackLoader::new(base)?;
    let mut rejected = Vec::new();
    for folder in folders {
        if let Some(quarantine) = quarantine {
            if quarantine.stopped_last_time(folder) {
                rejected.push(stopped_the_app(folder));
                continue;
            }
            quarantine.mark(folder);
        }
        let added = catch_unwind(AssertUnwindSafe(|| loader.add(&read_pack(folder))));
        match added {
            Ok(result) => {
                if let Err(pack) = result {
                    rejected.push(pack);
                }
                if let Some(quarantine) = quarantine {
                    quarantine.clear(folder);
                }
            }
            Err(_) => rejected.push(RejectedPack {
                diagnostics: vec![Diagnostic::file(
                    &folder.path.display().to_string(),
                    "could not be loaded: reading it failed unexpectedly; it will not be loaded \
                     again until its files change",
                )],
                ..stopped_the_app(folder)
            }),
        }
    }
    Ok((loader.finish(), rejected))
}

fn stopped_the_app(folder: &PackFolder) -> RejectedPack {
    RejectedPack {
        name: folder.name.clone(),
        diagnostics: vec![Diagnostic::file(
            &folder.path.display().to_string(),
            "stopped Relief Map the last time it was loaded, so it is not loaded now; it is \
             tried again when its files change",
        )],
        path: Some(folder.path.clone()),
        refusal: Refusal::StoppedTheApp,
    }
}
