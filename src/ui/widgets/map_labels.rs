//! Names on the maps: placed by [`crate::logic::labels`] (inside a region
//! when they fit, else in the margin with a leader line, never on top of
//! each other), and kept between frames until something they depend on
//! changes: the view's place on screen, the text size, the selection, the
//! hovered region, the links or the labels setting.

use crate::content::RegionId;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use egui::{Align2, Color32, CornerRadius, FontId, Id, Painter, Pos2, Rect, Shape, Stroke, pos2};

use crate::logic::labels::Box2;
use crate::logic::map_view::{self, ViewLabels, Wanted};
use crate::ui::Shared;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets::map_canvas::{self, Placed};

/// What decides where the labels go this frame.
pub struct LabelInputs<'a> {
    pub all: bool,
    pub selected: Option<RegionId>,
    pub hovered: Option<RegionId>,
    /// Boxes already taken (titles, side letters), in screen points.
    pub taken: &'a [Rect],
    pub area: Rect,
}

/// Whether a region's name is shown whatever the labels setting says.
fn is_required(shared: &Shared, inputs: &LabelInputs, region: RegionId) -> bool {
    inputs.selected == Some(region)
        || inputs.hovered == Some(region)
        || shared.caches.links.contains_key(&region)
}

fn to_box(r: Rect) -> Box2 {
    ((r.min.x, r.min.y), (r.max.x, r.max.y))
}

fn to_rect((min, max): Box2) -> Rect {
    Rect::from_min_max(pos2(min.0, min.1), pos2(max.0, max.1))
}

fn labels_id() -> Id {
    Id::unique("reliefmap-map-labels")
}

/// The names on the map as last drawn (for tests).
pub fn shown_labels(ctx: &egui::Context) -> Option<Arc<ViewLabels>> {
    ctx.data(|d| d.get_temp::<(u64, Arc<ViewLabels>)>(labels_id()))
        .map(|(_, labels)| labels)
}

/// The placement for these inputs, worked out again only when they change.
fn placement(
    painter: &Painter,
    shared: &Shared,
    placed: &[Placed],
    inputs: &LabelInputs,
) -> (u64, Arc<ViewLabels>) {
    let font = FontId::proportional(theme::MAP_LABEL_PT);
    let mut hasher = DefaultHasher::new();
    for m in placed {
        m.shapes.id.hash(&mut hasher);
        hash_rect(m.rect(), &mut hasher);
    }
    hash_rect(inputs.area, &mut hasher);
    for r in inputs.taken {
        hash_rect(*r, &mut hasher);
    }
    (inputs.all, inputs.selected, inputs.hovered).hash(&mut hasher);
    shared.caches.links.keys().for_each(|k| k.hash(&mut hasher));
    painter.pixels_per_point().to_bits().hash(&mut hasher);
    shared.catalogue.regions.len().hash(&mut hasher);
    let key = hasher.finish();
    let id = labels_id();
    let ctx = painter.ctx();
    if let Some((cached_key, labels)) = ctx.data(|d| d.get_temp::<(u64, Arc<ViewLabels>)>(id))
        && cached_key == key
    {
        return (key, labels);
    }
    let measure = |text: &str| {
        let size = painter
            .layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE)
            .size();
        (size.x + 2.0 * theme::MAP_LABEL_PADDING, size.y)
    };
    let guide_font = FontId::proportional(theme::GUIDE_TEXT_PT);
    let measure_guide = |text: &str| {
        painter
            .layout_no_wrap(text.to_owned(), guide_font.clone(), Color32::WHITE)
            .size()
            .into()
    };
    let required = |region: RegionId| is_required(shared, inputs, region);
    let on_screen: Vec<_> = placed.iter().map(Placed::on_screen).collect();
    let labels = Arc::new(map_view::view_labels(
        shared.catalogue,
        &on_screen,
        to_box(inputs.area),
        inputs.taken.iter().map(|&r| to_box(r)).collect(),
        &Wanted {
            all: inputs.all,
            required: &required,
            measure: &measure,
            measure_guide: &measure_guide,
        },
    ));
    ctx.data_mut(|d| d.insert_temp(id, (key, Arc::clone(&labels))));
    (key, labels)
}

fn hash_rect(r: Rect, hasher: &mut impl Hasher) {
    for v in [r.min.x, r.min.y, r.max.x, r.max.y] {
        v.to_bits().hash(hasher);
    }
}

/// Draws the labels; `fill_of` gives a region's fill colour, so a name
/// inside it is drawn in a colour that reads on it. Returns how many names
/// found no room.
pub fn labels_ui(
    painter: &Painter,
    shared: &Shared,
    placed: &[Placed],
    inputs: &LabelInputs,
    palette: &Palette,
    fill_of: &dyn Fn(RegionId) -> Color32,
) -> usize {
    let (placement_key, labels) = placement(painter, shared, placed, inputs);
    // Names inside a region take a colour that reads on its fill.
    let colors: Vec<Color32> = labels
        .regions
        .iter()
        .map(|label| match label.leader {
            None => text_on(fill_of(label.key), palette),
            Some(_) if inputs.selected == Some(label.key) || inputs.hovered == Some(label.key) => {
                palette.label_strong
            }
            Some(_) => palette.label_text,
        })
        .collect();
    let mut hasher = DefaultHasher::new();
    (
        placement_key,
        &colors,
        painter.ctx().fonts(|f| f.font_image_size()),
    )
        .hash(&mut hasher);
    map_canvas::cached_drawing_ui(
        painter,
        labels_id().with("drawing"),
        hasher.finish(),
        || label_shapes(painter, shared, &labels, &colors, palette),
    );
    labels.hidden
}

/// The guide names, then each region's name with its leader line and
/// backing when it sits outside the region.
fn label_shapes(
    painter: &Painter,
    shared: &Shared,
    labels: &ViewLabels,
    colors: &[Color32],
    palette: &Palette,
) -> Vec<Shape> {
    let mut out = Vec::new();
    let font = FontId::proportional(theme::MAP_LABEL_PT);
    let guide_font = FontId::proportional(theme::GUIDE_TEXT_PT);
    let text = |out: &mut Vec<Shape>, at: Pos2, words: &str, font: &FontId, color: Color32| {
        let galley = painter.layout_no_wrap(words.to_owned(), font.clone(), color);
        let corner = Align2::CENTER_CENTER.anchor_size(at, galley.size()).min;
        out.push(Shape::galley(corner, galley, color));
    };
    for (name, rect) in &labels.guides {
        text(
            &mut out,
            to_rect(*rect).center(),
            name,
            &guide_font,
            palette.guide,
        );
    }
    let leader = Stroke::new(theme::LEADER_STROKE_WIDTH, palette.leader);
    for (label, &color) in labels.regions.iter().zip(colors) {
        let Some(region) = shared.catalogue.regions.get(label.key) else {
            continue;
        };
        let rect = to_rect(label.rect);
        if let Some((from, to)) = label.leader {
            let from = pos2(from.0, from.1);
            out.push(Shape::line_segment([from, pos2(to.0, to.1)], leader));
            out.push(Shape::circle_filled(
                from,
                theme::LEADER_DOT_RADIUS,
                palette.leader,
            ));
            out.push(Shape::rect_filled(
                rect,
                CornerRadius::same(3),
                palette.label_bg,
            ));
        }
        text(
            &mut out,
            rect.center(),
            map_view::map_label(region),
            &font,
            color,
        );
    }
    out
}

/// Dark text on light fills, light text on dark ones.
fn text_on(fill: Color32, palette: &Palette) -> Color32 {
    let [r, g, b, _] = fill.to_array();
    let luma = 0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b);
    if luma > 140.0 {
        palette.label_on_light
    } else {
        palette.label_on_dark
    }
}
