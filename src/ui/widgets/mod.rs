//! Pieces several pages share.

pub mod a11y;
pub mod announcer;
pub mod big_button;
pub mod figure_paint;
pub mod heading;
pub mod icons;
pub mod illustration;
pub mod map_canvas;
pub mod map_labels;
pub mod marks;
pub mod shape_points;
pub mod technique_row;
