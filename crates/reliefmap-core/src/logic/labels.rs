//! Where the names on a map go: inside their region when they fit there,
//! otherwise in the margin beside the map with a leader line back to the
//! region, and never on top of each other or of the map's titles. Pure
//! geometry in screen pixels (x right, y down), so it is tested without
//! drawing anything.

use crate::content::RegionId;
use crate::content::geometry::Point;

/// An axis-aligned box: (min, max).
pub type Box2 = (Point, Point);

/// Gap kept between two labels, in pixels.
pub const LABEL_GAP_PX: f32 = 2.0;

/// Which margin a label goes to when it does not fit in its region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Margin {
    Left,
    Right,
}

/// A label to place.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelRequest {
    /// The region it names.
    pub key: RegionId,
    /// The point in the region the label names.
    pub anchor: Point,
    /// Width and height of the text.
    pub size: (f32, f32),
    /// Always shown (selected, hovered, linked), even where that means a
    /// spot near the region rather than inside it or in a margin.
    pub required: bool,
    pub margin: Margin,
}

/// The space labels may use.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelSpace {
    /// Everything must stay inside this.
    pub bounds: Box2,
    /// The margin columns beside the maps: x from, x to.
    pub left: (f32, f32),
    pub right: (f32, f32),
    /// Boxes already taken (titles, side letters).
    pub taken: Vec<Box2>,
}

/// A placed label.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedLabel {
    pub key: RegionId,
    pub rect: Box2,
    /// From the region's anchor to the label, when the label is not in it.
    pub leader: Option<(Point, Point)>,
}

/// Places labels, required ones first and then in the order given (the
/// caller puts the more important first): each goes inside its region if
/// `fits_inside` says the box lies within it. The rest are stacked in their
/// margin column in the order of their anchors' heights, so leader lines
/// never cross; when a column is full the least important are left out,
/// and a required label that finds no room there goes to the free spot
/// nearest its region. Required labels are placed completely (inside, in
/// a margin or near) before any other takes room, so an optional name can
/// never crowd out the selected region's.
pub fn place_labels(
    requests: &[LabelRequest],
    space: &LabelSpace,
    fits_inside: impl Fn(&LabelRequest, Box2) -> bool,
) -> Vec<PlacedLabel> {
    let (required, optional): (Vec<&LabelRequest>, Vec<&LabelRequest>) =
        requests.iter().partition(|r| r.required);
    let mut taken = space.taken.clone();
    let mut placed = place_group(&required, space, &mut taken, &fits_inside);
    placed.extend(place_group(&optional, space, &mut taken, &fits_inside));
    placed
}

/// One pass of [`place_labels`] over requests of one importance: inside,
/// then the margin columns, then (required ones only) the nearest free spot.
fn place_group(
    order: &[&LabelRequest],
    space: &LabelSpace,
    taken: &mut Vec<Box2>,
    fits_inside: &impl Fn(&LabelRequest, Box2) -> bool,
) -> Vec<PlacedLabel> {
    let mut placed = Vec::new();
    let mut outside = Vec::new();
    for (rank, &request) in order.iter().enumerate() {
        match inside(request, space, taken, fits_inside) {
            Some(rect) => {
                taken.push(rect);
                placed.push(PlacedLabel {
                    key: request.key,
                    rect,
                    leader: None,
                });
            }
            None => outside.push((rank, request)),
        }
    }
    let mut homeless = Vec::new();
    for margin in [Margin::Left, Margin::Right] {
        let column: Vec<(usize, &LabelRequest)> = outside
            .iter()
            .filter(|(_, r)| r.margin == margin)
            .copied()
            .collect();
        let (stacked, left_out) = stack_column(column, margin, space, taken);
        for label in stacked {
            taken.push(label.rect);
            placed.push(label);
        }
        homeless.extend(left_out.into_iter().filter(|r| r.required));
    }
    for request in homeless {
        if let Some((rect, leader)) = near(request, space, taken) {
            taken.push(rect);
            placed.push(PlacedLabel {
                key: request.key,
                rect,
                leader,
            });
        }
    }
    placed
}

/// The x range of a margin column, if a label of width `w` fits in it, and
/// where such a label's box starts (against the map: short leaders).
fn column_x(margin: Margin, space: &LabelSpace, w: f32) -> Option<f32> {
    let (from, to) = match margin {
        Margin::Left => space.left,
        Margin::Right => space.right,
    };
    (to - from >= w).then_some(match margin {
        Margin::Left => to - w,
        Margin::Right => from,
    })
}

/// Stacks a column's labels top to bottom in the order of their anchors,
/// each as near its anchor as the ones above allow, then pulled up from the
/// bottom edge if they ran over it. Returns the placed labels and the
/// requests left out (least important first to go).
fn stack_column<'a>(
    mut members: Vec<(usize, &'a LabelRequest)>,
    margin: Margin,
    space: &LabelSpace,
    taken: &[Box2],
) -> (Vec<PlacedLabel>, Vec<&'a LabelRequest>) {
    let mut left_out = Vec::new();
    members.retain(|(_, r)| {
        let fits = column_x(margin, space, r.size.0).is_some();
        if !fits {
            left_out.push(*r);
        }
        fits
    });
    members.sort_by(|a, b| a.1.anchor.1.total_cmp(&b.1.anchor.1));
    loop {
        if let Some(ys) = stack_heights(&members, margin, space, taken) {
            let placed = members
                .iter()
                .zip(ys)
                .filter_map(|((_, r), y)| {
                    let x = column_x(margin, space, r.size.0)?;
                    let rect = ((x, y), (x + r.size.0, y + r.size.1));
                    let end = match margin {
                        Margin::Left => (rect.1.0, y + r.size.1 / 2.0),
                        Margin::Right => (rect.0.0, y + r.size.1 / 2.0),
                    };
                    Some(PlacedLabel {
                        key: r.key,
                        rect,
                        leader: Some((r.anchor, end)),
                    })
                })
                .collect();
            return (placed, left_out);
        }
        // Too many: the least important goes (required ones last of all).
        let Some(drop) = members
            .iter()
            .enumerate()
            .max_by_key(|(_, (rank, r))| (!r.required, *rank))
            .map(|(i, _)| i)
        else {
            return (Vec::new(), left_out);
        };
        left_out.push(members.remove(drop).1);
    }
}

/// Heights for a column's labels in order, or `None` if they do not all fit
/// between the bounds and around the taken boxes.
fn stack_heights(
    members: &[(usize, &LabelRequest)],
    margin: Margin,
    space: &LabelSpace,
    taken: &[Box2],
) -> Option<Vec<f32>> {
    let gap = LABEL_GAP_PX + 0.01;
    let (top, bottom) = (space.bounds.0.1, space.bounds.1.1);
    let boxed = |i: usize, y: f32| -> Option<Box2> {
        let (_, r) = members[i];
        let x = column_x(margin, space, r.size.0)?;
        Some(((x, y), (x + r.size.0, y + r.size.1)))
    };
    let blocker = |rect: Box2| taken.iter().find(|&&t| overlaps(rect, t)).copied();
    // Down: each at its wish, or just below the one above, or below a
    // taken box.
    let mut ys = Vec::with_capacity(members.len());
    let mut cursor = top;
    for (i, (_, r)) in members.iter().enumerate() {
        let mut y = (r.anchor.1 - r.size.1 / 2.0).max(cursor);
        while let Some(t) = blocker(boxed(i, y)?) {
            y = t.1.1 + gap;
        }
        ys.push(y);
        cursor = y + r.size.1 + gap;
    }
    // Up: whatever ran over the bottom edge is pulled back, pushing the ones
    // above it up in turn.
    let mut limit = bottom;
    for i in (0..members.len()).rev() {
        let h = members[i].1.size.1;
        if ys[i] + h > limit {
            ys[i] = limit - h;
        }
        limit = ys[i] - gap;
    }
    let fits = ys
        .iter()
        .enumerate()
        .all(|(i, &y)| y >= top && boxed(i, y).is_some_and(|rect| blocker(rect).is_none()));
    fits.then_some(ys)
}

fn centred_on((x, y): Point, (w, h): (f32, f32)) -> Box2 {
    ((x - w / 2.0, y - h / 2.0), (x + w / 2.0, y + h / 2.0))
}

/// Whether two boxes overlap or come closer than the gap.
pub fn overlaps(a: Box2, b: Box2) -> bool {
    a.0.0 < b.1.0 + LABEL_GAP_PX
        && b.0.0 < a.1.0 + LABEL_GAP_PX
        && a.0.1 < b.1.1 + LABEL_GAP_PX
        && b.0.1 < a.1.1 + LABEL_GAP_PX
}

pub(crate) fn within(inner: Box2, outer: Box2) -> bool {
    inner.0.0 >= outer.0.0
        && inner.0.1 >= outer.0.1
        && inner.1.0 <= outer.1.0
        && inner.1.1 <= outer.1.1
}

fn free(rect: Box2, space: &LabelSpace, taken: &[Box2]) -> bool {
    within(rect, space.bounds) && !taken.iter().any(|&t| overlaps(rect, t))
}

fn inside(
    request: &LabelRequest,
    space: &LabelSpace,
    taken: &[Box2],
    fits_inside: &impl Fn(&LabelRequest, Box2) -> bool,
) -> Option<Box2> {
    let rect = centred_on(request.anchor, request.size);
    (free(rect, space, taken) && fits_inside(request, rect)).then_some(rect)
}

/// Of the heights where a box of height `h` could sit (the wanted one, and
/// just above or below each taken box), the free one nearest `wanted`.
fn nearest_free_y(
    wanted: f32,
    h: f32,
    taken: &[Box2],
    is_free: impl Fn(f32) -> bool,
) -> Option<f32> {
    let gap = LABEL_GAP_PX + 0.01;
    std::iter::once(wanted)
        .chain(taken.iter().flat_map(|t| [t.1.1 + gap, t.0.1 - gap - h]))
        .filter(|&y| is_free(y))
        .min_by(|a, b| (a - wanted).abs().total_cmp(&(b - wanted).abs()))
}

/// A free spot near the anchor, for a label that must be shown.
fn near(
    request: &LabelRequest,
    space: &LabelSpace,
    taken: &[Box2],
) -> Option<(Box2, Option<(Point, Point)>)> {
    let (w, h) = request.size;
    let (bx, by) = (space.bounds.0, space.bounds.1);
    let x = (request.anchor.0 - w / 2.0).clamp(bx.0, (by.0 - w).max(bx.0));
    let rect_at = |y: f32| ((x, y), (x + w, y + h));
    let y = nearest_free_y(request.anchor.1 - h / 2.0, h, taken, |y| {
        free(rect_at(y), space, taken)
    })?;
    let rect = rect_at(y);
    let middle = (x + w / 2.0, y + h / 2.0);
    let end = if middle.1 < request.anchor.1 {
        (middle.0, rect.1.1)
    } else {
        (middle.0, rect.0.1)
    };
    Some((rect, Some((request.anchor, end))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(key: usize, anchor: Point, required: bool, margin: Margin) -> LabelRequest {
        LabelRequest {
            key: RegionId::from(key),
            anchor,
            size: (60.0, 16.0),
            required,
            margin,
        }
    }

    fn space() -> LabelSpace {
        LabelSpace {
            bounds: ((0.0, 0.0), (400.0, 300.0)),
            left: (0.0, 100.0),
            right: (300.0, 400.0),
            taken: vec![((0.0, 0.0), (20.0, 20.0))],
        }
    }

    #[test]
    fn fits_inside_first_then_margin_with_a_leader() {
        let requests = [
            request(0, (200.0, 100.0), false, Margin::Left),
            request(1, (200.0, 104.0), false, Margin::Left),
        ];
        let placed = place_labels(&requests, &space(), |_, _| true);
        assert_eq!(placed.len(), 2);
        assert_eq!(placed[0].leader, None, "the first fits where it points");
        let Some((from, to)) = placed[1].leader else {
            panic!("the second moves to the margin")
        };
        assert_eq!(from, (200.0, 104.0));
        assert_eq!(to.0, 100.0, "the leader ends at the column's inner edge");
        assert!(!overlaps(placed[0].rect, placed[1].rect));
    }

    #[test]
    fn required_labels_come_first_and_others_may_be_left_out() {
        let mut space = space();
        space.left = (0.0, 10.0);
        space.right = (390.0, 400.0);
        let requests = [
            request(0, (200.0, 100.0), false, Margin::Left),
            request(1, (200.0, 100.0), true, Margin::Left),
        ];
        let placed = place_labels(&requests, &space, |_, _| true);
        assert_eq!(placed.len(), 1, "no room for the optional one");
        assert_eq!(placed[0].key, RegionId::from(1));
        let placed = place_labels(&requests[1..], &space, |_, _| false);
        assert_eq!(placed.len(), 1, "a required label finds a spot near");
        assert!(placed[0].leader.is_some());
    }

    #[test]
    fn never_leaves_the_bounds_or_covers_taken_boxes() {
        let requests: Vec<LabelRequest> = (0..40)
            .map(|i| request(i, (5.0, 5.0 + i as f32 * 3.0), true, Margin::Left))
            .collect();
        let space = space();
        let placed = place_labels(&requests, &space, |_, _| true);
        for (i, a) in placed.iter().enumerate() {
            assert!(within(a.rect, space.bounds));
            assert!(!space.taken.iter().any(|&t| overlaps(a.rect, t)));
            for b in &placed[i + 1..] {
                assert!(!overlaps(a.rect, b.rect));
            }
        }
    }
}
