//! Map artwork: reading a map's SVG file into what the app draws and
//! hit-tests, parsed once at start.
//!
//! The file's layout (see `tools/mapgen`, and it opens in Inkscape):
//! - `<g id="silhouette">`: closed shapes drawn under everything;
//! - `<g id="details">`: decorative lines;
//! - `<g id="guides">`: named guide lines (`id` and `data-name`);
//! - `<g id="regions">`: one `<path id="…">` per region, with its label
//!   anchor in `data-label-x` / `data-label-y`; a `<g id="…">` in it is a
//!   region made of the paths inside it (both sides of the lower back).
//!
//! Curves are flattened to polygons (kurbo) in the SVG's own units; every
//! element keeps its line and column for messages.

use kurbo::{Affine, BezPath, PathEl, Point as KPoint};

use super::geometry::Point;
use super::syntax::TextPos;

/// How finely curves are flattened, in SVG units (a body map is 800 tall).
const TOLERANCE: f64 = 0.25;

/// A region's shape in its map's SVG.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionArt {
    pub id: String,
    /// Closed polygons in SVG units; a group's are its children's.
    pub polygons: Vec<Vec<Point>>,
    /// Where the label points, if the file says.
    pub label: Option<Point>,
    /// The group this path belongs to.
    pub parent: Option<String>,
    /// A group: drawn and hit through its children.
    pub is_group: bool,
    pub pos: TextPos,
    /// Subpaths not closed with `Z`, by index (reported by the validator).
    pub open_subpaths: Vec<usize>,
}

/// A named guide line (the diaphragm line of a reflex chart).
#[derive(Clone, Debug, PartialEq)]
pub struct GuideArt {
    pub id: String,
    pub name: String,
    pub points: Vec<Point>,
}

/// Everything drawn for one map, in SVG units.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapArt {
    pub width: f32,
    pub height: f32,
    pub silhouette: Vec<Vec<Point>>,
    pub details: Vec<Vec<Point>>,
    pub guides: Vec<GuideArt>,
    pub regions: Vec<RegionArt>,
}

/// A problem in an SVG file, where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SvgProblem {
    pub pos: TextPos,
    pub message: String,
}

fn problem(doc: &roxmltree::Document, node: roxmltree::Node, message: String) -> SvgProblem {
    let p = doc.text_pos_at(node.range().start);
    SvgProblem {
        pos: TextPos {
            line: p.row as usize,
            col: p.col as usize,
        },
        message,
    }
}

/// Reads a map's SVG. Problems that stop it from being drawn come back with
/// their line and column; the rest are for the validator.
pub fn parse_map(text: &str) -> Result<MapArt, Vec<SvgProblem>> {
    let doc = match roxmltree::Document::parse(text) {
        Ok(doc) => doc,
        Err(err) => {
            let p = err.pos();
            return Err(vec![SvgProblem {
                pos: TextPos {
                    line: p.row as usize,
                    col: p.col as usize,
                },
                message: format!("is not valid SVG: {err}"),
            }]);
        }
    };
    let root = doc.root_element();
    let mut problems = Vec::new();
    let (width, height) = view_box(&doc, root, &mut problems);
    let mut art = MapArt {
        width,
        height,
        ..MapArt::default()
    };
    let group = |id: &str| {
        root.descendants()
            .find(|n| n.has_tag_name("g") && n.attribute("id") == Some(id))
    };
    let Some(regions) = group("regions") else {
        problems.push(problem(
            &doc,
            root,
            "has no <g id=\"regions\">; put one <path id=\"…\"> per region in it".to_owned(),
        ));
        return Err(problems);
    };
    if let Some(g) = group("silhouette") {
        art.silhouette = shapes_in(&doc, g, &mut problems)
            .into_iter()
            .flat_map(|(polygons, _)| polygons)
            .collect();
    }
    if let Some(g) = group("details") {
        art.details = shapes_in(&doc, g, &mut problems)
            .into_iter()
            .flat_map(|(polygons, _)| polygons)
            .collect();
    }
    if let Some(g) = group("guides") {
        art.guides = guides_in(&doc, g, &mut problems);
    }
    regions_in(&doc, regions, None, &mut art.regions, &mut problems);
    if problems.is_empty() {
        Ok(art)
    } else {
        Err(problems)
    }
}

/// The drawing's size from `viewBox` (the coordinates paths use).
fn view_box(
    doc: &roxmltree::Document,
    root: roxmltree::Node,
    problems: &mut Vec<SvgProblem>,
) -> (f32, f32) {
    let parsed = root
        .attribute("viewBox")
        .and_then(|v| v.parse::<svgtypes::ViewBox>().ok());
    match parsed {
        Some(vb) if vb.x == 0.0 && vb.y == 0.0 && vb.w > 0.0 && vb.h > 0.0 => {
            (vb.w as f32, vb.h as f32)
        }
        _ => {
            problems.push(problem(
                doc,
                root,
                "needs viewBox=\"0 0 WIDTH HEIGHT\" (the coordinates its paths use)".to_owned(),
            ));
            (1.0, 1.0)
        }
    }
}

/// The transform from an element's coordinates to the drawing's.
fn transform_of(node: roxmltree::Node) -> Affine {
    node.ancestors()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .filter_map(|n| n.attribute("transform"))
        .filter_map(|t| t.parse::<svgtypes::Transform>().ok())
        .fold(Affine::IDENTITY, |acc, t| {
            acc * Affine::new([t.a, t.b, t.c, t.d, t.e, t.f])
        })
}

/// A path's `d` as curves, and which subpaths were left open (no `Z`).
fn bez_path(d: &str) -> Result<(BezPath, Vec<usize>), String> {
    let mut path = BezPath::new();
    let mut subpath_open = false;
    let mut open = Vec::new();
    let mut subpath = 0usize;
    for segment in svgtypes::SimplifyingPathParser::from(d) {
        let segment = segment.map_err(|err| format!("has path data that cannot be read: {err}"))?;
        match segment {
            svgtypes::SimplePathSegment::MoveTo { x, y } => {
                if subpath_open {
                    open.push(subpath);
                }
                if !path.elements().is_empty() {
                    subpath += 1;
                }
                path.move_to((x, y));
                subpath_open = true;
            }
            svgtypes::SimplePathSegment::LineTo { x, y } => path.line_to((x, y)),
            svgtypes::SimplePathSegment::CurveTo {
                x1,
                y1,
                x2,
                y2,
                x,
                y,
            } => path.curve_to((x1, y1), (x2, y2), (x, y)),
            svgtypes::SimplePathSegment::Quadratic { x1, y1, x, y } => {
                path.quad_to((x1, y1), (x, y));
            }
            svgtypes::SimplePathSegment::ClosePath => {
                path.close_path();
                subpath_open = false;
            }
        }
    }
    if subpath_open {
        open.push(subpath);
    }
    Ok((path, open))
}

/// A path's `d` as polylines (closed ones end where they began), and which
/// subpaths were left open.
fn flatten(d: &str, transform: Affine) -> Result<(Vec<Vec<Point>>, Vec<usize>), String> {
    let (path, open) = bez_path(d)?;
    let path = transform * path;
    let mut polylines: Vec<Vec<Point>> = Vec::new();
    kurbo::flatten(path.elements().iter().copied(), TOLERANCE, |el| match el {
        PathEl::MoveTo(p) => polylines.push(vec![to_point(p)]),
        PathEl::LineTo(p) => {
            // Curves meeting end to end give the same point twice: one is
            // enough (a zero-length edge would read as the outline
            // touching itself).
            let p = to_point(p);
            if let Some(line) = polylines.last_mut()
                && line
                    .last()
                    .is_none_or(|q| (q.0 - p.0).abs() + (q.1 - p.1).abs() > 1e-3)
            {
                line.push(p);
            }
        }
        PathEl::ClosePath => {
            if let Some(line) = polylines.last_mut()
                && line.len() > 1
                && line.first() == line.last()
            {
                line.pop();
            }
        }
        _ => {}
    });
    Ok((polylines, open))
}

fn to_point(p: KPoint) -> Point {
    (p.x as f32, p.y as f32)
}

/// Every `<path>` (and basic shape given as a path) below `group`, flattened.
fn shapes_in(
    doc: &roxmltree::Document,
    group: roxmltree::Node,
    problems: &mut Vec<SvgProblem>,
) -> Vec<(Vec<Vec<Point>>, Vec<usize>)> {
    group
        .descendants()
        .filter(|n| n.has_tag_name("path"))
        .filter_map(|n| {
            let d = n.attribute("d").unwrap_or_default();
            match flatten(d, transform_of(n)) {
                Ok(shape) => Some(shape),
                Err(message) => {
                    problems.push(problem(doc, n, message));
                    None
                }
            }
        })
        .collect()
}

fn guides_in(
    doc: &roxmltree::Document,
    group: roxmltree::Node,
    problems: &mut Vec<SvgProblem>,
) -> Vec<GuideArt> {
    group
        .children()
        .filter(|n| n.has_tag_name("path"))
        .filter_map(|n| {
            let d = n.attribute("d").unwrap_or_default();
            match flatten(d, transform_of(n)) {
                Ok((lines, _)) => Some(GuideArt {
                    id: n.attribute("id").unwrap_or_default().to_owned(),
                    name: n.attribute("data-name").unwrap_or_default().to_owned(),
                    points: lines.into_iter().flatten().collect(),
                }),
                Err(message) => {
                    problems.push(problem(doc, n, message));
                    None
                }
            }
        })
        .collect()
}

/// The label anchor given on an element, in drawing coordinates.
fn label_of(node: roxmltree::Node) -> Option<Point> {
    let x: f64 = node.attribute("data-label-x")?.parse().ok()?;
    let y: f64 = node.attribute("data-label-y")?.parse().ok()?;
    let p = transform_of(node) * KPoint::new(x, y);
    Some(to_point(p))
}

/// Regions below `group`: paths, and groups of paths.
fn regions_in(
    doc: &roxmltree::Document,
    group: roxmltree::Node,
    parent: Option<&str>,
    out: &mut Vec<RegionArt>,
    problems: &mut Vec<SvgProblem>,
) {
    for node in group.children().filter(roxmltree::Node::is_element) {
        let Some(id) = node.attribute("id") else {
            problems.push(problem(
                doc,
                node,
                "is in the regions group but has no id; give it the region's id from regions.ron"
                    .to_owned(),
            ));
            continue;
        };
        let pos = problem(doc, node, String::new()).pos;
        if node.has_tag_name("g") {
            let start = out.len();
            regions_in(doc, node, Some(id), out, problems);
            let polygons = out[start..]
                .iter()
                .flat_map(|r| r.polygons.iter().cloned())
                .collect();
            out.push(RegionArt {
                id: id.to_owned(),
                polygons,
                label: label_of(node),
                parent: parent.map(str::to_owned),
                is_group: true,
                pos,
                open_subpaths: Vec::new(),
            });
        } else if node.has_tag_name("path") {
            let d = node.attribute("d").unwrap_or_default();
            match flatten(d, transform_of(node)) {
                Ok((polygons, open_subpaths)) => out.push(RegionArt {
                    id: id.to_owned(),
                    polygons,
                    label: label_of(node),
                    parent: parent.map(str::to_owned),
                    is_group: false,
                    pos,
                    open_subpaths,
                }),
                Err(message) => problems.push(problem(doc, node, message)),
            }
        } else {
            problems.push(problem(
                doc,
                node,
                format!(
                    "'{id}' is a <{}>; regions must be <path> elements (Inkscape: Path > Object to Path)",
                    node.tag_name().name()
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 200">
  <g id="silhouette"><path d="M 0 0 L 100 0 L 100 200 Z"/></g>
  <g id="regions" transform="translate(10 0)">
    <path id="a" data-label-x="5" data-label-y="5" d="M 0 0 C 10 0 10 10 0 10 Z"/>
    <g id="both">
      <path id="b_left" d="M 20 20 L 30 20 L 30 30 Z"/>
      <path id="b_right" d="M 40 20 L 50 20 L 50 30"/>
    </g>
  </g>
</svg>"#;

    #[test]
    fn reads_regions_groups_labels_and_transforms() {
        let art = parse_map(SVG).unwrap();
        assert_eq!((art.width, art.height), (100.0, 200.0));
        assert_eq!(art.silhouette.len(), 1);
        let a = &art.regions[0];
        assert_eq!(a.id, "a");
        assert_eq!(a.label, Some((15.0, 5.0)), "the group's transform applies");
        assert!(a.polygons[0].len() > 4, "the curve is flattened");
        assert!(a.polygons[0].iter().all(|p| p.0 >= 10.0));
        let right = art.regions.iter().find(|r| r.id == "b_right").unwrap();
        assert_eq!(right.parent.as_deref(), Some("both"));
        assert_eq!(right.open_subpaths, [0], "no Z: open");
        let both = art.regions.iter().find(|r| r.id == "both").unwrap();
        assert!(both.is_group);
        assert_eq!(both.polygons.len(), 2);
        assert_eq!(both.pos, TextPos { line: 5, col: 5 });
    }

    #[test]
    fn broken_files_say_where() {
        let err = parse_map("<svg viewBox=\"0 0 10 10\"><g id=\"regions\"><path d=\"M 0 0\"/></g>")
            .unwrap_err();
        assert_eq!(err.len(), 1);
        assert!(err[0].message.contains("not valid SVG"));
        let err = parse_map(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n<g id=\"regions\">\n  <rect id=\"x\"/>\n</g></svg>",
        )
        .unwrap_err();
        assert_eq!(err[0].pos, TextPos { line: 3, col: 3 });
        assert!(err[0].message.contains("must be <path>"));
    }
}
