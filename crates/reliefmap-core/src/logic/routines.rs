//! Routines seen as one list: the built-in ones from the content and the
//! person's own from the state file; making, editing, exporting and
//! importing the person's own. Pure logic over [`Catalogue`] and
//! [`UserState`]; no egui.

use std::path::{Path, PathBuf};

use crate::content::files::{self, FileKind, ReadError};
use crate::content::{
    Catalogue, Diagnostic, MAX_ROUTINE_NAME_CHARS, MAX_ROUTINE_TECHNIQUES, ROUTINE_FILE_FORMAT,
    ROUTINE_FILE_SUFFIX, Routine, RoutineFile, RoutineId, TRANSITION_SECS_RANGE, TechniqueId,
    parse_routine_file,
};
use crate::logic::keys::ItemKey;
use crate::logic::store::{StoredRoutine, UserState};

/// Which routine: an index into [`Catalogue::routines`] (fixed while the
/// content is loaded), or one of [`UserState::routines`] by its key (which
/// stays put when a routine before it is deleted).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RoutineRef {
    BuiltIn(RoutineId),
    Mine(ItemKey),
}

/// The position of an own routine in [`UserState::routines`].
pub fn own_position(user: &UserState, key: ItemKey) -> Option<usize> {
    user.routines.iter().position(|r| r.key() == key)
}

/// An own routine by its key.
pub fn own(user: &UserState, key: ItemKey) -> Option<&StoredRoutine> {
    user.routines.iter().find(|r| r.key() == key)
}

/// An own routine by its key, to change.
pub fn own_mut(user: &mut UserState, key: ItemKey) -> Option<&mut StoredRoutine> {
    user.routines.iter_mut().find(|r| r.key() == key)
}

/// A routine as the screens and the player need it.
#[derive(Clone, Debug, PartialEq)]
pub struct RoutineInfo<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub summary: &'a str,
    /// Technique ids in order, including ids the content no longer has.
    pub technique_ids: &'a [String],
    pub transition_secs: u32,
    /// Article file name, for built-in routines.
    pub source: Option<&'a str>,
}

impl RoutineInfo<'_> {
    /// Catalogue indices of the techniques that exist, in order.
    pub fn techniques(&self, catalogue: &Catalogue) -> Vec<TechniqueId> {
        self.technique_ids
            .iter()
            .filter_map(|id| catalogue.technique_index(id))
            .collect()
    }

    /// Ids of techniques the loaded content does not have.
    pub fn missing<'b>(&'b self, catalogue: &'b Catalogue) -> impl Iterator<Item = &'b str> + 'b {
        self.technique_ids
            .iter()
            .filter(|id| catalogue.technique_index(id).is_none())
            .map(String::as_str)
    }
}

pub fn info<'a>(
    catalogue: &'a Catalogue,
    user: &'a UserState,
    routine: RoutineRef,
) -> Option<RoutineInfo<'a>> {
    match routine {
        RoutineRef::BuiltIn(i) => catalogue.routines.get(i).map(|r| RoutineInfo {
            id: &r.id,
            name: &r.name,
            summary: &r.summary,
            technique_ids: &r.techniques,
            transition_secs: r.transition_secs,
            source: Some(&r.source),
        }),
        // The state file may have been edited by hand: keep to the limits
        // that content and routine files are checked against.
        RoutineRef::Mine(key) => own(user, key).map(|r| RoutineInfo {
            id: &r.id,
            name: &r.name,
            summary: &r.summary,
            technique_ids: &r.techniques[..r.techniques.len().min(MAX_ROUTINE_TECHNIQUES)],
            transition_secs: r
                .transition_secs
                .clamp(*TRANSITION_SECS_RANGE.start(), *TRANSITION_SECS_RANGE.end()),
            source: None,
        }),
    }
}

/// How a routine is named on screen; a name typed away to nothing still
/// reads as something.
pub fn display_name(name: &str) -> &str {
    if name.trim().is_empty() {
        "Untitled routine"
    } else {
        name
    }
}

/// Every routine: built-in first, then the person's own.
pub fn all(catalogue: &Catalogue, user: &UserState) -> Vec<RoutineRef> {
    catalogue
        .routines
        .keys()
        .map(RoutineRef::BuiltIn)
        .chain(user.routines.iter().map(|r| RoutineRef::Mine(r.key())))
        .collect()
}

/// Estimated seconds for the whole routine at default doses, transitions
/// included: the same figure the player shows as time left at its start.
pub fn estimate_secs(
    catalogue: &Catalogue,
    techniques: &[TechniqueId],
    transition_secs: u32,
) -> u32 {
    let items: Vec<&crate::content::Technique> = techniques
        .iter()
        .filter_map(|&i| catalogue.techniques.get(i))
        .collect();
    crate::content::routine_estimated_secs(&items, transition_secs)
}

/// An id no built-in or own routine uses, nor any logged run (so the log
/// of a deleted routine is never mixed with a new one), based on `wanted`.
fn free_id(catalogue: &Catalogue, user: &UserState, wanted: &str) -> String {
    let diary = user.diary();
    let taken = |id: &str| {
        catalogue.routines.iter().any(|r| r.id == id)
            || user.routines.iter().any(|r| r.id == id)
            || diary.iter().any(|h| h.routine.as_deref() == Some(id))
    };
    let base = if wanted.trim().is_empty() {
        "my_routine"
    } else {
        wanted.trim()
    };
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}_{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_owned())
}

/// "My routine 3": the first such name not in use, within the length limit.
fn free_name(user: &UserState, base: &str) -> String {
    let taken = |name: &str| user.routines.iter().any(|r| r.name == name);
    let base: String = base.chars().take(MAX_ROUTINE_NAME_CHARS).collect();
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| {
            let suffix = format!(" {n}");
            let keep = MAX_ROUTINE_NAME_CHARS.saturating_sub(suffix.chars().count());
            format!("{}{suffix}", base.chars().take(keep).collect::<String>())
        })
        .find(|name| !taken(name))
        .unwrap_or(base)
}

/// Adds a new routine of the person's own and returns its index.
pub fn create(
    catalogue: &Catalogue,
    user: &mut UserState,
    name: Option<&str>,
    techniques: Vec<String>,
) -> ItemKey {
    let name = free_name(user, name.unwrap_or("My routine"));
    let id = free_id(catalogue, user, "my_routine");
    user.routines.push(StoredRoutine {
        id,
        name,
        techniques,
        ..StoredRoutine::default()
    });
    user.routines
        .last()
        .map_or_else(ItemKey::fresh, StoredRoutine::key)
}

/// A copy of any routine as the person's own, to change it.
pub fn copy(catalogue: &Catalogue, user: &mut UserState, routine: RoutineRef) -> Option<ItemKey> {
    let info = info(catalogue, user, routine)?;
    let name = free_name(user, &format!("{} (mine)", info.name));
    let copied = StoredRoutine {
        id: free_id(catalogue, user, &format!("{}_mine", info.id)),
        name,
        techniques: info.technique_ids.to_vec(),
        summary: info.summary.to_owned(),
        transition_secs: info.transition_secs,
        ..StoredRoutine::default()
    };
    let key = copied.key();
    user.routines.push(copied);
    Some(key)
}

/// Moves the item at `from` to `to` (both must be in range).
pub fn move_item<T>(list: &mut [T], from: usize, to: usize) -> bool {
    if from >= list.len() || to >= list.len() || from == to {
        return false;
    }
    if from < to {
        list[from..=to].rotate_left(1);
    } else {
        list[to..=from].rotate_right(1);
    }
    true
}

/// The content of an export: the routine and the person's favourites, both
/// without techniques the loaded content lacks (the receiver could not
/// import them).
pub fn export_file(
    catalogue: &Catalogue,
    user: &UserState,
    routine: RoutineRef,
) -> Option<RoutineFile> {
    let info = info(catalogue, user, routine)?;
    let loaded = |id: &&String| catalogue.technique_index(id).is_some();
    Some(RoutineFile {
        format: ROUTINE_FILE_FORMAT,
        routine: Routine {
            id: info.id.to_owned(),
            name: info.name.trim().to_owned(),
            summary: info.summary.to_owned(),
            techniques: info.technique_ids.iter().filter(loaded).cloned().collect(),
            transition_secs: info.transition_secs,
            source: info.source.unwrap_or_default().to_owned(),
        },
        favourites: user.favourites.iter().filter(loaded).cloned().collect(),
    })
}

/// "Home back routine" → "home-back-routine", the stem of its file name.
pub fn export_stem(name: &str) -> String {
    let slug: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "routine".to_owned()
    } else {
        slug
    }
}

/// Why a routine was not exported.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("That routine no longer exists.")]
    Gone,
    #[error("The routine could not be written as text: {0}")]
    Text(#[from] ron::Error),
    #[error("This routine cannot be exported yet: {0}.")]
    Invalid(String),
    #[error("Type the folder to save routine files in, above.")]
    NoFolder,
    #[error("Could not create the folder {path}: {source}")]
    CreateFolder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0} is a file, not a folder; choose a folder.")]
    NotAFolder(PathBuf),
    #[error("Could not write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Writes an export to a new file and returns where.
pub fn export_to(
    catalogue: &Catalogue,
    user: &UserState,
    routine: RoutineRef,
    dir: &Path,
) -> Result<PathBuf, ExportError> {
    let file = export_file(catalogue, user, routine).ok_or(ExportError::Gone)?;
    let text = file.to_text()?;
    // What is handed on must import: check it as the receiver will.
    if let Err(problems) = parse_routine_file("the routine", &text, catalogue) {
        let reasons: Vec<&str> = problems.iter().map(|d| d.message.as_str()).collect();
        return Err(ExportError::Invalid(reasons.join("; ")));
    }
    if dir.as_os_str().is_empty() {
        return Err(ExportError::NoFolder);
    }
    if !dir.exists() {
        // The default Documents folder may not exist yet.
        std::fs::create_dir_all(dir).map_err(|source| ExportError::CreateFolder {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    if !dir.is_dir() {
        return Err(ExportError::NotAFolder(dir.to_path_buf()));
    }
    // A new file, numbered if the name is taken: never over another file.
    let stem = export_stem(&file.routine.name);
    crate::storage::create_new(dir, &stem, ROUTINE_FILE_SUFFIX, text.as_bytes()).map_err(|source| {
        ExportError::Write {
            path: dir.join(format!("{stem}{ROUTINE_FILE_SUFFIX}")),
            source,
        }
    })
}

/// Routine files in `dir`, sorted (for the Routines page's list).
pub fn routine_files_in(dir: &Path) -> Vec<PathBuf> {
    crate::storage::files_ending_in(dir, ROUTINE_FILE_SUFFIX)
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The new routine's key in [`UserState::routines`].
    pub routine: ItemKey,
    pub name: String,
    pub techniques: usize,
    /// Favourites that were not already starred.
    pub new_favourites: usize,
}

/// Why nothing was imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read; the message says why and what to do.
    #[error("{0}")]
    Read(#[from] ReadError),
    /// The file was read but has problems, each with line and column.
    #[error("the file has {} to fix first", crate::logic::text::count_text(.0.len(), "problem", "problems"))]
    Invalid(Vec<Diagnostic>),
}

/// Reads and checks a routine file (at most 256 KB, a regular file only).
/// Nothing changes: the caller imports it with [`import`].
pub fn read_routine_file(catalogue: &Catalogue, path: &Path) -> Result<RoutineFile, ImportError> {
    let text = files::read_text(path, FileKind::Routine)?;
    parse_routine_file(&path.display().to_string(), &text, catalogue).map_err(ImportError::Invalid)
}

/// Reads, checks and adds a routine file. Nothing changes unless the whole
/// file is valid.
pub fn import_from(
    catalogue: &Catalogue,
    user: &mut UserState,
    path: &Path,
) -> Result<Imported, ImportError> {
    let file = read_routine_file(catalogue, path)?;
    Ok(import(catalogue, user, file))
}

/// How many of a file's favourites are not starred yet.
pub fn new_favourites(user: &UserState, file: &RoutineFile) -> usize {
    let mut seen: Vec<&String> = Vec::new();
    file.favourites
        .iter()
        .filter(|id| {
            let fresh = !user.favourites.contains(id) && !seen.contains(id);
            seen.push(id);
            fresh
        })
        .count()
}

/// Adds a checked routine file: the routine under a free id (and a free
/// name), and its favourites that are not starred yet.
pub fn import(catalogue: &Catalogue, user: &mut UserState, file: RoutineFile) -> Imported {
    let RoutineFile {
        routine,
        favourites,
        ..
    } = file;
    let name = free_name(user, routine.name.trim());
    let routine = StoredRoutine {
        id: free_id(catalogue, user, &routine.id),
        name: name.clone(),
        techniques: routine.techniques,
        summary: routine.summary,
        transition_secs: routine.transition_secs,
        ..StoredRoutine::default()
    };
    let key = routine.key();
    let techniques = routine.techniques.len();
    user.routines.push(routine);
    let mut new_favourites = 0;
    for id in favourites {
        if !user.favourites.contains(&id) {
            user.favourites.push(id);
            new_favourites += 1;
        }
    }
    Imported {
        routine: key,
        name,
        techniques,
        new_favourites,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::test_support;

    #[test]
    fn moving_keeps_every_item() {
        let mut list = vec!['a', 'b', 'c', 'd'];
        assert!(move_item(&mut list, 0, 2));
        assert_eq!(list, ['b', 'c', 'a', 'd']);
        assert!(move_item(&mut list, 3, 0));
        assert_eq!(list, ['d', 'b', 'c', 'a']);
        assert!(!move_item(&mut list, 1, 4));
        assert!(!move_item(&mut list, 1, 1));
    }

    #[test]
    fn ids_and_names_stay_unique() {
        let catalogue = test_support::shipped();
        let mut user = UserState::default();
        let a = create(&catalogue, &mut user, None, vec![]);
        let b = create(&catalogue, &mut user, None, vec![]);
        assert_eq!(own(&user, a).unwrap().name, "My routine");
        assert_eq!(own(&user, b).unwrap().name, "My routine 2");
        assert_ne!(own(&user, a).unwrap().id, own(&user, b).unwrap().id);
        let c = copy(
            &catalogue,
            &mut user,
            RoutineRef::BuiltIn(RoutineId::from(0)),
        )
        .unwrap();
        assert!(
            catalogue
                .routines
                .iter()
                .all(|r| r.id != own(&user, c).unwrap().id)
        );
        assert_eq!(
            own(&user, c).unwrap().techniques,
            catalogue.routines[RoutineId::from(0)].techniques
        );
    }

    #[test]
    fn export_then_import_adds_a_copy_and_favourites() {
        let catalogue = test_support::shipped();
        let mut therapist = UserState {
            favourites: vec!["arch_rolls".into(), "heel_raises".into()],
            ..UserState::default()
        };
        let mine = create(
            &catalogue,
            &mut therapist,
            Some("For Sam"),
            vec!["heel_raises".into(), "arch_rolls".into()],
        );
        let dir = tempfile::tempdir().unwrap();
        let first = export_to(&catalogue, &therapist, RoutineRef::Mine(mine), dir.path()).unwrap();
        let second = export_to(&catalogue, &therapist, RoutineRef::Mine(mine), dir.path()).unwrap();
        assert_ne!(first, second, "an export never overwrites a file");
        assert!(first.ends_with("for-sam.reliefmap-routine.ron"));

        let mut client = UserState {
            favourites: vec!["arch_rolls".into()],
            ..UserState::default()
        };
        let imported = import_from(&catalogue, &mut client, &first).unwrap();
        assert_eq!(imported.techniques, 2);
        assert_eq!(imported.new_favourites, 1);
        assert_eq!(client.routines[0].name, "For Sam");
        assert_eq!(client.favourites, ["arch_rolls", "heel_raises"]);
        let again = import_from(&catalogue, &mut client, &second).unwrap();
        assert_eq!(again.name, "For Sam 2");
        assert_ne!(client.routines[0].id, client.routines[1].id);
    }

    #[test]
    fn exports_leave_out_unloaded_techniques_and_refuse_a_blank_name() {
        let catalogue = test_support::shipped();
        let mut user = UserState {
            favourites: vec!["from_a_gone_pack".into(), "arch_rolls".into()],
            ..UserState::default()
        };
        let index = create(
            &catalogue,
            &mut user,
            None,
            vec!["arch_rolls".into(), "from_a_gone_pack".into()],
        );
        let file = export_file(&catalogue, &user, RoutineRef::Mine(index)).unwrap();
        assert_eq!(file.routine.techniques, ["arch_rolls"]);
        assert_eq!(file.favourites, ["arch_rolls"]);
        user.routines[0].name = "   ".into();
        let dir = tempfile::tempdir().unwrap();
        let err = export_to(&catalogue, &user, RoutineRef::Mine(index), dir.path()).unwrap_err();
        assert!(err.to_string().contains("empty name"), "{err}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_deleted_routine_id_is_not_reused_while_its_runs_are_logged() {
        let catalogue = test_support::shipped();
        let mut user = UserState::default();
        let first = create(&catalogue, &mut user, None, vec![]);
        let id = own(&user, first).unwrap().id.clone();
        user.history.push(crate::logic::store::HistoryEntry {
            routine: Some(id.clone()),
            ..Default::default()
        });
        user.routines.clear();
        let second = create(&catalogue, &mut user, None, vec![]);
        assert_ne!(own(&user, second).unwrap().id, id);
    }

    #[test]
    fn long_names_stay_within_the_limit_when_numbered() {
        let catalogue = test_support::shipped();
        let mut user = UserState::default();
        let long = "x".repeat(MAX_ROUTINE_NAME_CHARS);
        create(&catalogue, &mut user, Some(&long), vec![]);
        let second = create(&catalogue, &mut user, Some(&long), vec![]);
        assert_eq!(
            own(&user, second).unwrap().name.chars().count(),
            MAX_ROUTINE_NAME_CHARS
        );
        assert!(own(&user, second).unwrap().name.ends_with(" 2"));
    }

    #[test]
    fn export_folders_are_made_or_explained() {
        let catalogue = test_support::shipped();
        let user = UserState::default();
        let routine = RoutineRef::BuiltIn(RoutineId::from(0));
        let err = export_to(&catalogue, &user, routine, Path::new("")).unwrap_err();
        assert!(err.to_string().contains("Type the folder"), "{err}");
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("Documents");
        assert!(export_to(&catalogue, &user, routine, &new).is_ok());
        let file = dir.path().join("a-file");
        std::fs::write(&file, "x").unwrap();
        let err = export_to(&catalogue, &user, routine, &file).unwrap_err();
        assert!(err.to_string().contains("is a file, not a folder"), "{err}");
    }

    #[test]
    fn foot_routine_is_about_a_quarter_hour() {
        let catalogue = test_support::shipped();
        let index = catalogue
            .routines
            .position(|r| r.id == "foot_routine_15_min")
            .unwrap();
        let user = UserState::default();
        let info = info(&catalogue, &user, RoutineRef::BuiltIn(index)).unwrap();
        let secs = estimate_secs(
            &catalogue,
            &info.techniques(&catalogue),
            info.transition_secs,
        );
        assert!((12 * 60..=20 * 60).contains(&secs), "{secs} s");
    }
}
