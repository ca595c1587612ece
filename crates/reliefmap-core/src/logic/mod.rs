//! The rules, and the files the app keeps, shared by the app and the
//! command line: no egui here (the crate has none), so every rule can be
//! tested and benchmarked without a window. Most modules are pure; those
//! that keep files (store, saver, archive, recovery, backup, diary_export,
//! routines' export and import) decide what goes where, and do every read
//! through [`crate::content::files`] and every write through
//! [`crate::storage`]. [`keys`] names saved items while the app runs.
//!
//! - [`map`]: the maps' region shapes, ready to draw and hit-test.
//! - [`map_view`], [`labels`]: a view's maps on screen and the names on
//!   them, placed so that they never overlap.
//! - [`links`], [`search`]: how regions relate, and finding techniques.
//! - [`session`]: the guided timer for a technique or a routine.
//! - [`plan`]: a plan for today from where it hurts, the time and what is at
//!   hand.
//! - [`routines`]: built-in and own routines, export and import.
//! - [`history`]: the diary by day, streaks, what helps me.
//! - [`backup`], [`diary_export`]: the whole state to a file and back; the
//!   diary as CSV and a printable summary for a doctor or therapist.
//! - [`store`], [`saver`]: the state file and the thread that writes it;
//!   [`archive`]: older diary years in files of their own beside it;
//!   [`recovery`]: a copy of what could not be saved when the app closed.
//! - [`illustration`]: a step's picture over time, its still and its words.
//! - [`prompts`]: what the guide says aloud and announces, and when.
//! - [`text`]: texts and formats shared by several pages.

pub mod archive;
pub mod backup;
pub mod diary_export;
pub mod history;
pub mod illustration;
pub mod keys;
pub mod labels;
pub mod links;
pub mod map;
pub mod map_view;
pub mod plan;
pub mod prompts;
pub mod recovery;
pub mod routines;
pub mod saver;
pub mod search;
pub mod session;
pub mod store;
pub mod text;
