//! Applying routine commands: making, changing, deleting and importing the
//! person's own routines.

use super::ReliefApp;
use crate::content::MAX_ROUTINE_TECHNIQUES;
use crate::logic::routines::{self, RoutineRef};
use crate::state::command::RoutineCommand;
use crate::state::nav::Page;

impl ReliefApp {
    pub(super) fn apply_routine(&mut self, command: RoutineCommand) {
        match command {
            RoutineCommand::New(techniques) => {
                let techniques = self.technique_ids(&techniques, MAX_ROUTINE_TECHNIQUES);
                let catalogue = &self.library.catalogue;
                let index = routines::create(catalogue, &mut self.user, None, techniques);
                self.saver.mark_dirty();
                self.show_own_routine(index);
            }
            RoutineCommand::Copy(routine) => {
                if let Some(index) =
                    routines::copy(&self.library.catalogue, &mut self.user, routine)
                {
                    self.saver.mark_dirty();
                    self.show_own_routine(index);
                }
            }
            RoutineCommand::AddTo {
                routine,
                techniques,
            } => self.add_to_routine(routine, &techniques),
            RoutineCommand::Rename { routine, name } => {
                if routine < self.user.routines.len() {
                    let name = name
                        .chars()
                        .take(crate::content::MAX_ROUTINE_NAME_CHARS)
                        .collect();
                    self.edit_user().routines[routine].name = name;
                }
            }
            RoutineCommand::Move { routine, from, to } => {
                if let Some(r) = self.user.routines.get_mut(routine)
                    && routines::move_item(&mut r.techniques, from, to)
                {
                    self.saver.mark_dirty();
                }
            }
            RoutineCommand::Remove { routine, position } => self.remove_from(routine, position),
            RoutineCommand::Delete(index) => self.delete_routine(index),
            RoutineCommand::Import(file) => {
                let imported = routines::import(&self.library.catalogue, &mut self.user, *file);
                self.saver.mark_dirty();
                self.refresh_favourites();
                self.show_own_routine(imported.routine);
            }
        }
        self.refresh_routines();
    }

    /// Ids of the techniques (indices) that exist, at most `room` of them.
    fn technique_ids(&self, techniques: &[usize], room: usize) -> Vec<String> {
        techniques
            .iter()
            .filter_map(|&i| self.library.catalogue.techniques.get(i))
            .map(|t| t.id.clone())
            .take(room)
            .collect()
    }

    fn add_to_routine(&mut self, routine: usize, techniques: &[usize]) {
        let Some(len) = self.user.routines.get(routine).map(|r| r.techniques.len()) else {
            return;
        };
        let added = self.technique_ids(techniques, MAX_ROUTINE_TECHNIQUES.saturating_sub(len));
        self.edit_user().routines[routine].techniques.extend(added);
    }

    fn remove_from(&mut self, routine: usize, position: usize) {
        if self
            .user
            .routines
            .get(routine)
            .is_some_and(|r| position < r.techniques.len())
        {
            self.edit_user().routines[routine]
                .techniques
                .remove(position);
        }
    }

    fn delete_routine(&mut self, index: usize) {
        if index >= self.user.routines.len() {
            return;
        }
        self.edit_user().routines.remove(index);
        self.forms.routines.confirm_delete = None;
        let shift = |r: Option<RoutineRef>| match r {
            Some(RoutineRef::Mine(i)) if i == index => None,
            Some(RoutineRef::Mine(i)) if i > index => Some(RoutineRef::Mine(i - 1)),
            other => other,
        };
        self.nav.selected_routine = shift(self.nav.selected_routine);
        // A run of that routine keeps playing; it is logged by name.
        if let Some(running) = &mut self.run.routine {
            running.routine = shift(running.routine);
        }
        // A gate for the deleted routine leads nowhere now.
        self.nav.retain(|page| match page {
            Page::RoutineGate(RoutineRef::Mine(i)) => i < index,
            _ => true,
        });
    }

    fn show_own_routine(&mut self, index: usize) {
        self.nav.selected_routine = Some(RoutineRef::Mine(index));
        self.forms.routines.confirm_delete = None;
        self.nav.open(Page::Routines);
    }
}
