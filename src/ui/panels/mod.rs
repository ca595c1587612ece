//! The panels around the page: the top bar, the side panel with the
//! selection's lists, banners and the help overlay.

pub mod banner;
pub mod help;
pub mod side_panel;
pub mod top_bar;
