//! Keys that name an item of the saved state (an own routine, a diary
//! entry) while the app runs. Positions shift when an item before it is
//! deleted or a past year moves to its archive file; a key does not, so
//! the page showing a routine or the run waiting for its pain rating keeps
//! hold of the right one.

use std::sync::atomic::{AtomicU64, Ordering};

static NEXT: AtomicU64 = AtomicU64::new(1);

/// Names one item for as long as the app runs: drawn fresh for every item
/// made or read (so a restored backup never matches a key held from
/// before), never reused, never saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemKey(u64);

impl ItemKey {
    pub fn fresh() -> Self {
        Self(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

/// An item's key as a field: not saved, and no part of the item's
/// equality or hash (two entries with the same contents are the same run
/// to a merge, whichever key each was read with).
#[derive(Clone, Copy, Debug)]
pub struct KeyField(ItemKey);

impl KeyField {
    pub fn get(self) -> ItemKey {
        self.0
    }
}

impl Default for KeyField {
    fn default() -> Self {
        Self(ItemKey::fresh())
    }
}

impl PartialEq for KeyField {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for KeyField {}

impl std::hash::Hash for KeyField {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_new_and_fields_compare_by_contents_only() {
        let (a, b) = (KeyField::default(), KeyField::default());
        assert_ne!(a.get(), b.get());
        assert_eq!(a, b);
        let copy = a;
        assert_eq!(copy.get(), a.get());
    }
}
