//! The loaded content and what is built from it once: the catalogue, the
//! map shapes and the search index. Content packs are read and checked on a
//! background thread, each marked while it loads (a pack that stopped the
//! app is skipped next time), so a huge or hostile pack can never keep the
//! window from opening; they join the catalogue when ready (their items
//! come after the built-in ones, so every index the person is using stays
//! valid).

use std::sync::mpsc::Receiver;

use crate::content::quarantine::Quarantine;
use crate::content::{self, Catalogue, ContentFile, PackFolder, RejectedPack};
use crate::logic::map::MapLayout;
use crate::logic::search::SearchIndex;

pub struct Library {
    pub catalogue: Catalogue,
    pub layout: MapLayout,
    pub search: SearchIndex,
    /// Packs still being read and checked.
    pending: Option<Receiver<PacksLoaded>>,
    /// Where packs are marked while they load (none for a second window).
    quarantine: Option<Quarantine>,
}

/// The outcome of loading the packs on top of the base content.
pub struct PacksLoaded {
    pub catalogue: Catalogue,
    pub rejected: Vec<RejectedPack>,
}

impl Library {
    pub fn new(catalogue: Catalogue) -> Self {
        Self {
            layout: MapLayout::new(&catalogue),
            search: SearchIndex::new(&catalogue),
            catalogue,
            pending: None,
            quarantine: None,
        }
    }

    /// Reads and checks the packs in `folders` on top of `base` on a
    /// background thread, each marked in `quarantine` while it loads.
    pub fn load_packs_in_background(
        &mut self,
        base: Vec<ContentFile>,
        folders: Vec<PackFolder>,
        quarantine: Option<Quarantine>,
    ) {
        let (sender, receiver) = std::sync::mpsc::channel();
        self.quarantine = quarantine.clone();
        let spawned = std::thread::Builder::new()
            .name("reliefmap-packs".to_owned())
            .spawn(move || {
                let loaded = content::load_packs_guarded(&base, &folders, quarantine.as_ref());
                if let Ok((catalogue, rejected)) = loaded {
                    // The window may have closed meanwhile: nothing to do.
                    if sender
                        .send(PacksLoaded {
                            catalogue,
                            rejected,
                        })
                        .is_err()
                    {
                        log::debug!("content packs loaded after the window closed");
                    }
                }
            });
        match spawned {
            Ok(_) => self.pending = Some(receiver),
            Err(err) => log::warn!("content packs were not loaded: {err}"),
        }
    }

    pub fn packs_pending(&self) -> bool {
        self.pending.is_some()
    }

    /// The window closes: a pack still loading (for less than the time
    /// taken as a hang) did not stop the app.
    pub fn closing(&self) {
        if self.pending.is_some()
            && let Some(quarantine) = &self.quarantine
        {
            quarantine.clear_recent();
        }
    }

    /// Loads a pack that stopped the app again at the next start.
    pub fn retry_pack(&self, name: &str) {
        if let Some(quarantine) = &self.quarantine {
            quarantine.release(name);
        }
    }

    /// The packs, once they are ready.
    pub fn take_loaded_packs(&mut self) -> Option<PacksLoaded> {
        let receiver = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(loaded) => {
                self.pending = None;
                Some(loaded)
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.pending = None;
                None
            }
        }
    }

    /// Replaces the content (packs added): shapes and index are rebuilt.
    pub fn replace(&mut self, catalogue: Catalogue) {
        *self = Self {
            pending: self.pending.take(),
            quarantine: self.quarantine.take(),
            ..Self::new(catalogue)
        };
    }
}
