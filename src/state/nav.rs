//! Where the person is: the page stack (Back pops), the map view, the
//! selected region and routine, the search and filters, the help overlay.

use crate::content::{RegionId, TechniqueId, ViewChoice};
use crate::logic::routines::RoutineRef;
use crate::logic::search::Filter;

/// What the central area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Map,
    Technique(TechniqueId),
    /// Cautions, contraindications and red flags before a first start.
    SafetyGate(TechniqueId),
    /// The guided run and its finish screen.
    Player,
    Safety,
    Favourites,
    /// Built-in and own routines; the one shown is [`Nav::selected_routine`].
    Routines,
    /// The safety gate for every technique of a routine.
    RoutineGate(RoutineRef),
    History,
    Settings,
}

impl Page {
    /// Pages reached from the top bar: opening one starts a new trail from
    /// the map, so Back always leads home.
    pub fn is_section(self) -> bool {
        matches!(
            self,
            Self::Safety | Self::Favourites | Self::Routines | Self::History | Self::Settings
        )
    }

    /// Pages that only lead into a run; the run replaces them on the stack.
    pub fn is_gate(self) -> bool {
        matches!(self, Self::SafetyGate(_) | Self::RoutineGate(_))
    }
}

/// Navigation state. The stack always holds the map at the bottom.
#[derive(Clone, Debug)]
pub struct Nav {
    stack: Vec<Page>,
    /// One number per page on the stack: each time a page is opened anew
    /// it gets a new one, and Back returns to the one it had. The page is
    /// drawn under it, so a new visit starts at its top and Back finds the
    /// scroll position it left.
    visits: Vec<u64>,
    next_visit: u64,
    /// The map view shown, or the list.
    pub view: ViewChoice,
    /// Index into the catalogue's regions.
    pub selected: Option<RegionId>,
    pub filter: Filter,
    pub show_help: bool,
    pub selected_routine: Option<RoutineRef>,
}

impl Default for Nav {
    fn default() -> Self {
        Self {
            stack: vec![Page::Map],
            visits: vec![0],
            next_visit: 1,
            view: ViewChoice::map(crate::logic::store::DEFAULT_VIEW),
            selected: None,
            filter: Filter::default(),
            show_help: false,
            selected_routine: None,
        }
    }
}

impl Nav {
    /// The page on screen.
    pub fn page(&self) -> Page {
        self.stack.last().copied().unwrap_or_default()
    }

    /// The visit of the page on screen (see [`Nav::visits`]).
    pub fn visit(&self) -> u64 {
        self.visits.last().copied().unwrap_or_default()
    }

    fn push(&mut self, page: Page) {
        self.stack.push(page);
        self.visits.push(self.next_visit);
        self.next_visit += 1;
    }

    fn truncate(&mut self, len: usize) {
        self.stack.truncate(len);
        self.visits.truncate(len);
    }

    /// The page Back leads to, if any.
    pub fn below(&self) -> Option<Page> {
        self.stack.len().checked_sub(2).map(|i| self.stack[i])
    }

    /// Shows `page`: a section starts a new trail from the map; a page
    /// already on screen stays; a run replaces the gate that led to it.
    pub fn open(&mut self, page: Page) {
        if page == self.page() {
            return;
        }
        if page == Page::Map {
            self.truncate(1);
        } else if page.is_section() {
            self.truncate(1);
            self.push(page);
        } else {
            if page == Page::Player && self.page().is_gate() {
                self.truncate(self.stack.len() - 1);
            }
            // Never the same page twice: go back to it instead.
            if let Some(at) = self.stack.iter().position(|p| *p == page) {
                self.truncate(at + 1);
            } else {
                self.push(page);
            }
        }
    }

    /// Goes back one page; false when already on the map.
    pub fn back(&mut self) -> bool {
        if self.stack.len() > 1 {
            self.truncate(self.stack.len() - 1);
            true
        } else {
            false
        }
    }

    /// Leaves pages that no longer make sense (a technique of a pack that
    /// went away, a deleted routine's gate).
    pub fn retain(&mut self, valid: impl Fn(Page) -> bool) {
        let kept: Vec<(Page, u64)> = self
            .stack
            .iter()
            .copied()
            .zip(self.visits.iter().copied())
            .filter(|(p, _)| *p == Page::Map || valid(*p))
            .collect();
        (self.stack, self.visits) = kept.into_iter().unzip();
        if self.stack.is_empty() {
            self.stack.push(Page::Map);
            self.visits.push(0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(index: usize) -> TechniqueId {
        TechniqueId::from(index)
    }

    #[test]
    fn back_retraces_the_trail_and_sections_start_from_the_map() {
        let mut nav = Nav::default();
        nav.open(Page::Technique(t(3)));
        nav.open(Page::SafetyGate(t(3)));
        nav.open(Page::Player);
        assert_eq!(
            nav.below(),
            Some(Page::Technique(t(3))),
            "the run replaced the gate"
        );
        assert!(nav.back());
        assert_eq!(nav.page(), Page::Technique(t(3)));
        nav.open(Page::Routines);
        nav.open(Page::Technique(t(5)));
        assert!(nav.back());
        assert_eq!(nav.page(), Page::Routines);
        assert!(nav.back());
        assert_eq!(nav.page(), Page::Map);
        assert!(!nav.back());
    }

    #[test]
    fn a_page_opened_anew_is_a_new_visit_and_back_returns_to_the_old_one() {
        let mut nav = Nav::default();
        nav.open(Page::Technique(t(1)));
        let first = nav.visit();
        nav.open(Page::SafetyGate(t(1)));
        assert_ne!(nav.visit(), first);
        assert!(nav.back());
        assert_eq!(nav.visit(), first);
        nav.open(Page::Map);
        nav.open(Page::Technique(t(1)));
        assert_ne!(nav.visit(), first, "opened anew, not returned to");
    }

    #[test]
    fn a_page_is_never_stacked_twice() {
        let mut nav = Nav::default();
        nav.open(Page::Technique(t(1)));
        nav.open(Page::Technique(t(2)));
        nav.open(Page::Technique(t(1)));
        assert_eq!(nav.below(), Some(Page::Map));
    }
}
