//! Relief Map's core: everything that runs without a window, so the
//! compiler keeps it free of egui (it is not a dependency of this crate).
//!
//! - [`content`]: typed content, loading and validation with messages that
//!   name the file, line and column.
//! - [`logic`]: maps, links, search, the session timer, routines, history,
//!   the state file and its saver.
//! - [`storage`]: the one crash-safe writer of every file the app writes
//!   (the one bounded reader is [`content::files`]).

pub mod content;
pub mod logic;
pub mod storage;
