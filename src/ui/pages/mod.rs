//! The pages of the central area, one file each.

pub mod favourites;
pub mod history;
pub mod map;
pub mod player;
pub mod region_list;
pub mod routines;
pub mod safety;
pub mod safety_gate;
pub mod settings;
pub mod technique;
pub mod your_data;
