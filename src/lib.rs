//! Relief Map: a body and foot-reflex map of self-massage techniques,
//! exercises and stretches for everyday back pain.
//!
//! - [`content`]: typed content, loading and validation.
//! - [`geometry`]: pure polygon maths for the maps.
//! - [`paths`]: where user data lives.
//! - [`app`] and [`ui`]: the egui application.

pub mod app;
pub mod content;
pub mod cues;
pub mod geometry;
pub mod history;
pub mod links;
pub mod map;
pub mod paths;
pub mod routines;
pub mod search;
pub mod session;
pub mod store;
pub mod theme;
pub mod ui;
