//! Applying routine commands: making, changing, deleting and importing the
//! person's own routines.

use super::ReliefApp;
use crate::content::MAX_ROUTINE_TECHNIQUES;
use crate::content::TechniqueId;
use crate::logic::keys::ItemKey;
use crate::logic::routines::{self, RoutineRef};
use crate::logic::text::count_text;
use crate::state::command::RoutineCommand;
use crate::state::nav::Page;
use crate::ui::pages::routines::RoutineMessage;
use routines::ImportError;
use std::path::{Path, PathBuf};

impl ReliefApp {
    pub(super) fn apply_routine(&mut self, command: RoutineCommand) {
        match command {
            RoutineCommand::New(techniques) => {
                let techniques = self.technique_ids(&techniques, MAX_ROUTINE_TECHNIQUES);
                let catalogue = &self.library.catalogue;
                let key = routines::create(catalogue, self.user.edit(), None, techniques);
                self.show_own_routine(key);
            }
            RoutineCommand::Copy(routine) => {
                if let Some(key) =
                    routines::copy(&self.library.catalogue, self.user.edit(), routine)
                {
                    self.show_own_routine(key);
                }
            }
            RoutineCommand::AddTo {
                routine,
                techniques,
            } => self.add_to_routine(routine, &techniques),
            RoutineCommand::Rename { routine, name } => {
                if routines::own(&self.user, routine).is_some() {
                    let name = name
                        .chars()
                        .take(crate::content::MAX_ROUTINE_NAME_CHARS)
                        .collect();
                    if let Some(r) = routines::own_mut(self.edit_user(), routine) {
                        r.name = name;
                    }
                }
            }
            RoutineCommand::Move { routine, from, to } => {
                if routines::own(&self.user, routine).is_some()
                    && let Some(r) = routines::own_mut(self.edit_user(), routine)
                {
                    routines::move_item(&mut r.techniques, from, to);
                }
            }
            RoutineCommand::Remove { routine, position } => self.remove_from(routine, position),
            RoutineCommand::Delete(index) => self.delete_routine(index),
            RoutineCommand::Scan => self.scan_routine_folder(),
            RoutineCommand::ImportFile(path) => self.import_file(&path),
            RoutineCommand::Export(routine) => self.export(routine),
        }
        self.refresh_routines();
    }

    /// Ids of the techniques (indices) that exist, at most `room` of them.
    fn technique_ids(&self, techniques: &[TechniqueId], room: usize) -> Vec<String> {
        techniques
            .iter()
            .filter_map(|&i| self.library.catalogue.techniques.get(i))
            .map(|t| t.id.clone())
            .take(room)
            .collect()
    }

    fn add_to_routine(&mut self, routine: ItemKey, techniques: &[TechniqueId]) {
        let Some(len) = routines::own(&self.user, routine).map(|r| r.techniques.len()) else {
            return;
        };
        let added = self.technique_ids(techniques, MAX_ROUTINE_TECHNIQUES.saturating_sub(len));
        if let Some(r) = routines::own_mut(self.edit_user(), routine) {
            r.techniques.extend(added);
        }
    }

    fn remove_from(&mut self, routine: ItemKey, position: usize) {
        if routines::own(&self.user, routine).is_some_and(|r| position < r.techniques.len())
            && let Some(r) = routines::own_mut(self.edit_user(), routine)
        {
            r.techniques.remove(position);
        }
    }

    fn delete_routine(&mut self, key: ItemKey) {
        let Some(index) = routines::own_position(&self.user, key) else {
            return;
        };
        self.edit_user().routines.remove(index);
        self.forms.routines.confirm_delete = None;
        let deleted = RoutineRef::Mine(key);
        if self.nav.selected_routine == Some(deleted) {
            self.nav.selected_routine = None;
        }
        // A run of that routine keeps playing; it is logged by name.
        if let Some(running) = &mut self.run.routine
            && running.routine == Some(deleted)
        {
            running.routine = None;
        }
        // A gate for the deleted routine leads nowhere now.
        self.nav.retain(|page| page != Page::RoutineGate(deleted));
    }

    /// Lists the routine files in the sharing folder (on opening the page,
    /// on asking, after an export; never per frame).
    pub(super) fn scan_routine_folder(&mut self) {
        let folder = PathBuf::from(self.forms.routines.folder.trim());
        self.forms.routines.files = routines::routine_files_in(&folder);
    }

    /// Reads and checks a routine file: a good one is added with the
    /// favourites it brings; a bad one adds nothing, and the Routines page
    /// shows why (file, line:column, what to fix).
    fn import_file(&mut self, path: &Path) {
        let catalogue = &self.library.catalogue;
        let message = match routines::read_routine_file(catalogue, path) {
            Ok(file) => {
                let favourites = match routines::new_favourites(&self.user, &file) {
                    0 => String::new(),
                    n => format!(" and {}", count_text(n, "new favourite", "new favourites")),
                };
                let message = format!(
                    "Imported '{}' with {}{favourites}.",
                    file.routine.name.trim(),
                    count_text(file.routine.techniques.len(), "technique", "techniques")
                );
                let imported = routines::import(catalogue, self.user.edit(), file);
                self.refresh_favourites();
                self.show_own_routine(imported.routine);
                RoutineMessage::Done(message)
            }
            Err(ImportError::Read(err)) => {
                RoutineMessage::Problems("Nothing was imported.".to_owned(), vec![err.to_string()])
            }
            Err(ImportError::Invalid(diagnostics)) => {
                let headline = format!(
                    "Nothing was imported: {}.",
                    ImportError::Invalid(diagnostics.clone())
                );
                let lines = diagnostics.iter().map(ToString::to_string).collect();
                RoutineMessage::Problems(headline, lines)
            }
        };
        self.forms.routines.message = Some(message);
        self.nav.open(Page::Routines);
    }

    /// Writes the routine file to the sharing folder and says where, or why
    /// not.
    fn export(&mut self, routine: RoutineRef) {
        let folder = PathBuf::from(self.forms.routines.folder.trim());
        let written = routines::export_to(&self.library.catalogue, &self.user, routine, &folder);
        self.forms.routines.message = Some(match written {
            Ok(path) => RoutineMessage::Done(format!(
                "Saved to {}. Hand this file on; it holds the routine and your favourites.",
                path.display()
            )),
            Err(err) => {
                RoutineMessage::Problems("Nothing was exported.".to_owned(), vec![err.to_string()])
            }
        });
        self.scan_routine_folder();
    }

    fn show_own_routine(&mut self, key: ItemKey) {
        self.nav.selected_routine = Some(RoutineRef::Mine(key));
        self.forms.routines.confirm_delete = None;
        self.nav.open(Page::Routines);
    }
}
