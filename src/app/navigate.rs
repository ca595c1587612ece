//! Applying navigation, map and favourite commands.

use super::ReliefApp;
use crate::state::command::{FavouriteCommand, MapCommand, NavCommand};
use crate::state::nav::Page;

impl ReliefApp {
    pub(super) fn apply_nav(&mut self, command: NavCommand, ctx: &egui::Context) {
        match command {
            NavCommand::SetView(view) => {
                if !self.library.catalogue.can_show(&view) {
                    return;
                }
                self.nav.open(Page::Map);
                if self.user.settings.last_view != view.saved_name() {
                    self.edit_user().settings.last_view = view.saved_name().to_owned();
                }
                if self.nav.view != view {
                    let name = self
                        .library
                        .catalogue
                        .chosen_view(&view)
                        .map_or("List", |v| v.name.as_str())
                        .to_owned();
                    self.announcer.say(name);
                }
                self.nav.view = view;
            }
            NavCommand::Open(page) => {
                if page == Page::Routines && self.nav.page() != Page::Routines {
                    self.scan_routine_folder();
                }
                self.forms.routines.confirm_delete = None;
                if page == Page::History {
                    // "This week" and the streak move on at midnight.
                    self.refresh_history_if_new_day();
                }
                if page == Page::Settings {
                    let folder = std::path::Path::new(self.forms.routines.folder.trim());
                    self.forms.data.backups = crate::logic::backup::backups_in(folder);
                }
                if page == Page::Settings {
                    // Asked of the engine once, when first needed, on a
                    // worker: listing thousands of voices takes seconds.
                    let ctx = ctx.clone();
                    self.voices.start(move || ctx.request_repaint());
                }
                self.nav.open(page);
            }
            NavCommand::OpenTechnique(index) => {
                if self.library.catalogue.techniques.get(index).is_some() {
                    if self.nav.page() != Page::Technique(index) {
                        self.run.choices = Default::default();
                    }
                    self.nav.open(Page::Technique(index));
                }
            }
            NavCommand::OpenRoutine(routine) => {
                if self.nav.page() != Page::Routines {
                    self.scan_routine_folder();
                }
                self.nav.selected_routine = Some(routine);
                self.forms.routines.confirm_delete = None;
                self.nav.open(Page::Routines);
            }
            NavCommand::ShowHelp(show) => self.nav.show_help = show,
            NavCommand::Back => self.back(ctx),
        }
    }

    /// Escape: the innermost thing that can close, closes.
    fn back(&mut self, ctx: &egui::Context) {
        if self.nav.show_help {
            self.nav.show_help = false;
        } else if self.stop_if_playing(ctx) {
            // The finish screen shows what was done.
        } else if self.nav.page() == Page::Routines && self.forms.routines.cancel() {
            // A question on the page was dismissed.
        } else if self.nav.back() {
            self.forms.routines.confirm_delete = None;
        } else if self.nav.selected.is_some() {
            self.nav.selected = None;
            self.refresh_selection();
        }
    }

    pub(super) fn apply_map(&mut self, command: MapCommand) {
        match command {
            MapCommand::Select(region) => {
                let catalogue = &self.library.catalogue;
                self.nav.selected = region.filter(|&r| catalogue.regions.get(r).is_some());
                self.nav.open(Page::Map);
                // Say what appeared, not just "pressed".
                if let Some(r) = self.nav.selected {
                    let lists = crate::logic::links::region_techniques(catalogue, r);
                    let words = crate::logic::text::selection_text(
                        &catalogue.regions[r].name,
                        lists.work_here.len(),
                        lists.may_ease.len(),
                        lists.reflex_chart.len(),
                    );
                    self.announcer.say(words);
                }
            }
            MapCommand::SetFilter(filter) => self.nav.filter = filter,
        }
        self.refresh_selection();
    }

    pub(super) fn apply_favourite(&mut self, command: FavouriteCommand) {
        let catalogue = &self.library.catalogue;
        match command {
            FavouriteCommand::Toggle(index) => {
                let Some(id) = catalogue.techniques.get(index).map(|t| t.id.clone()) else {
                    return;
                };
                let favourites = &mut self.edit_user().favourites;
                if let Some(at) = favourites.iter().position(|f| *f == id) {
                    favourites.remove(at);
                } else {
                    favourites.push(id);
                }
            }
            FavouriteCommand::Move { from, to } => {
                let shown = &self.caches.favourites;
                let (Some(&a), Some(&b)) = (shown.get(from), shown.get(to)) else {
                    return;
                };
                let (a, b) = (
                    catalogue.techniques[a].id.clone(),
                    catalogue.techniques[b].id.clone(),
                );
                let pos = |id: &String| self.user.favourites.iter().position(|f| f == id);
                if let (Some(pa), Some(pb)) = (pos(&a), pos(&b))
                    && pa != pb
                {
                    self.edit_user().favourites.swap(pa, pb);
                }
            }
        }
        self.refresh_favourites();
    }
}
