//! What the person sees. Pages and panels read state through `&`
//! references and push [`Command`](crate::state::command::Command)s; only the
//! app changes state.
//!
//! - [`pages`]: one file per page of the central area;
//! - [`panels`]: the top bar, the side panel, banners, the help overlay;
//! - [`widgets`]: pieces several pages share (icons, rows, maps, buttons);
//! - [`keys`]: the one table of keyboard shortcuts;
//! - [`theme`]: colours and sizes.

pub mod keys;
pub mod pages;
pub mod panels;
pub mod theme;
pub mod widgets;

use crate::content::Catalogue;
use crate::content::TechniqueId;
use crate::logic::map::MapLayout;
use crate::logic::store::UserState;
use crate::state::caches::Caches;

/// What most pages read: the content, its caches and the saved state.
#[derive(Clone, Copy)]
pub struct Shared<'a> {
    pub catalogue: &'a Catalogue,
    pub layout: &'a MapLayout,
    pub caches: &'a Caches,
    pub user: &'a UserState,
}

impl Shared<'_> {
    pub fn is_favourite(&self, technique: TechniqueId) -> bool {
        self.caches.favourites.contains(&technique)
    }
}

/// Each page's own form state, kept between frames.
#[derive(Debug, Default)]
pub struct Forms {
    pub routines: pages::routines::RoutinesForm,
    pub history: pages::history::HistoryForm,
    pub data: pages::your_data::DataForm,
}
