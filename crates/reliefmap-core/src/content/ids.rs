//! Typed handles for what the catalogue holds. Content names things by
//! string id; those are resolved once, when the catalogue is built, into
//! these indexes, so the rest of the app can neither mix a region up with a
//! technique nor hold an id that names nothing.

use typed_index_collections::TiVec;

macro_rules! index_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(usize);

        impl From<usize> for $name {
            fn from(index: usize) -> Self {
                Self(index)
            }
        }

        impl From<$name> for usize {
            fn from(id: $name) -> Self {
                id.0
            }
        }
    };
}

index_id!(
    /// A region of a map (the lower back, the left heel's zone).
    RegionId
);
index_id!(
    /// A technique (a massage, exercise or stretch).
    TechniqueId
);

index_id!(
    /// A routine of the content (the articles' routines; the person's own
    /// are named by their key, see `logic::keys`).
    RoutineId
);

/// Per-region values, indexed by [`RegionId`].
pub type PerRegion<T> = TiVec<RegionId, T>;
/// Per-technique values, indexed by [`TechniqueId`].
pub type PerTechnique<T> = TiVec<TechniqueId, T>;
/// The content's routines, indexed by [`RoutineId`].
pub type PerRoutine<T> = TiVec<RoutineId, T>;
