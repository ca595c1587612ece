//! What Relief Map asks of the desktop, without egui: where data lives
//! ([`paths`]), the sound of the cues ([`cues`]) and the voice
//! ([`speech`]).

pub mod cues;
pub mod paths;
pub mod speech;
