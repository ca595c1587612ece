//! What Relief Map asks of the desktop, without egui: where data lives
//! ([`paths`]) and the sound of the cues ([`cues`]).

pub mod cues;
pub mod paths;
pub mod speech;
