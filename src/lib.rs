//! Relief Map: a body and foot-reflex map of self-massage techniques,
//! exercises and stretches for everyday back pain.
//!
//! - [`content`]: typed content, loading and validation (no egui).
//! - [`logic`]: maps, links, search, the session timer, routines, history,
//!   the state file and its saver (no egui).
//! - [`platform`]: data folders and cue sounds (no egui).
//! - [`state`]: the app's state as pages read it, and the commands they return.
//! - [`ui`]: pages, panels and widgets; they read state and return commands.
//! - [`app`]: the eframe app: it holds the state, draws the frame from
//!   [`ui`] and applies the commands.
//!
//! Each layer uses only those listed before it. [`content`] and [`logic`]
//! live in the `reliefmap-core` crate, which has no egui dependency.

pub use reliefmap_core::{content, logic};

pub mod app;
pub mod platform;
pub mod state;
pub mod ui;
