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
//! Curves are flattened to polygons (kurbo) in the SVG's own units, with
//! the work bounded first ([`super::svg_flatten`]); every element keeps its
//! line and column for messages.

use kurbo::{Affine, Point as KPoint};

use super::geometry::Point;
use super::svg_flatten::{Budget, MAX_VIEW_BOX_SIDE, MIN_VIEW_BOX_SIDE, flatten, to_point};
use super::syntax::TextPos;

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
        width: width as f32,
        height: height as f32,
        ..MapArt::default()
    };
    let budget = &mut Budget::new(width, height);
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
        art.silhouette = shapes_in(&doc, g, budget, &mut problems)
            .into_iter()
            .flat_map(|(polygons, _)| polygons)
            .collect();
    }
    if let Some(g) = group("details") {
        art.details = shapes_in(&doc, g, budget, &mut problems)
            .into_iter()
            .flat_map(|(polygons, _)| polygons)
            .collect();
    }
    if let Some(g) = group("guides") {
        art.guides = guides_in(&doc, g, budget, &mut problems);
    }
    let mut regions_found = Regions {
        doc: &doc,
        budget,
        out: &mut art.regions,
        problems: &mut problems,
    };
    regions_found.read(regions, None);
    if problems.is_empty() {
        Ok(art)
    } else {
        Err(problems)
    }
}

/// The drawing's size from `viewBox` (the coordinates paths use), within
/// sizes that drawing software gives and the app can scale.
fn view_box(
    doc: &roxmltree::Document,
    root: roxmltree::Node,
    problems: &mut Vec<SvgProblem>,
) -> (f64, f64) {
    let parsed = root
        .attribute("viewBox")
        .and_then(|v| v.parse::<svgtypes::ViewBox>().ok());
    let sides = MIN_VIEW_BOX_SIDE..=MAX_VIEW_BOX_SIDE;
    match parsed {
        Some(vb)
            if vb.x == 0.0 && vb.y == 0.0 && sides.contains(&vb.w) && sides.contains(&vb.h) =>
        {
            (vb.w, vb.h)
        }
        Some(vb) if vb.x == 0.0 && vb.y == 0.0 && vb.w > 0.0 && vb.h > 0.0 => {
            problems.push(problem(
                doc,
                root,
                format!(
                    "has a viewBox of {} by {}; its width and height must be between \
                     {MIN_VIEW_BOX_SIDE} and {MAX_VIEW_BOX_SIDE} units",
                    vb.w, vb.h
                ),
            ));
            (1.0, 1.0)
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

/// Every `<path>` (and basic shape given as a path) below `group`, flattened.
fn shapes_in(
    doc: &roxmltree::Document,
    group: roxmltree::Node,
    budget: &mut Budget,
    problems: &mut Vec<SvgProblem>,
) -> Vec<(Vec<Vec<Point>>, Vec<usize>)> {
    group
        .descendants()
        .filter(|n| n.has_tag_name("path"))
        .filter_map(|n| {
            let d = n.attribute("d").unwrap_or_default();
            match flatten(d, transform_of(n), budget) {
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
    budget: &mut Budget,
    problems: &mut Vec<SvgProblem>,
) -> Vec<GuideArt> {
    group
        .children()
        .filter(|n| n.has_tag_name("path"))
        .filter_map(|n| {
            let d = n.attribute("d").unwrap_or_default();
            match flatten(d, transform_of(n), budget) {
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

/// The label anchor given on an element, in drawing coordinates; one far
/// outside the drawing is refused like a path's point.
fn label_of(node: roxmltree::Node, budget: &Budget) -> Result<Option<Point>, String> {
    let coordinate = |name: &str| node.attribute(name).and_then(|v| v.parse::<f64>().ok());
    let (Some(x), Some(y)) = (coordinate("data-label-x"), coordinate("data-label-y")) else {
        return Ok(None);
    };
    let p = budget.check(transform_of(node) * KPoint::new(x, y), "its label")?;
    Ok(Some(to_point(p)))
}

/// Reads the regions group: paths, and groups of paths.
struct Regions<'d, 'i, 'o> {
    doc: &'d roxmltree::Document<'i>,
    budget: &'o mut Budget,
    out: &'o mut Vec<RegionArt>,
    problems: &'o mut Vec<SvgProblem>,
}

impl Regions<'_, '_, '_> {
    fn problem(&mut self, node: roxmltree::Node, message: String) {
        self.problems.push(problem(self.doc, node, message));
    }

    fn read(&mut self, group: roxmltree::Node, parent: Option<&str>) {
        for node in group.children().filter(roxmltree::Node::is_element) {
            let Some(id) = node.attribute("id") else {
                self.problem(
                    node,
                    "is in the regions group but has no id; give it the region's id from \
                     regions.ron"
                        .to_owned(),
                );
                continue;
            };
            if node.has_tag_name("g") {
                self.group(node, id, parent);
            } else if node.has_tag_name("path") {
                self.path(node, id, parent);
            } else {
                self.problem(
                    node,
                    format!(
                        "'{id}' is a <{}>; regions must be <path> elements (Inkscape: Path > \
                         Object to Path)",
                        node.tag_name().name()
                    ),
                );
            }
        }
    }

    /// A region made of the paths inside it. Its outline is its paths'
    /// (nested groups' paths once), counted against the drawing's points.
    fn group(&mut self, node: roxmltree::Node, id: &str, parent: Option<&str>) {
        let start = self.out.len();
        self.read(node, Some(id));
        let polygons: Vec<Vec<Point>> = self.out[start..]
            .iter()
            .filter(|r| !r.is_group)
            .flat_map(|r| r.polygons.iter().cloned())
            .collect();
        let points: usize = polygons.iter().map(Vec::len).sum();
        if !self.budget.spend(points) {
            self.problem(
                node,
                "brings the drawing past its most points, counting each group's paths again; \
                 simplify the drawing"
                    .to_owned(),
            );
            return;
        }
        self.push(node, id, parent, polygons, Vec::new(), true);
    }

    fn path(&mut self, node: roxmltree::Node, id: &str, parent: Option<&str>) {
        let d = node.attribute("d").unwrap_or_default();
        match flatten(d, transform_of(node), self.budget) {
            Ok((polygons, open_subpaths)) => {
                self.push(node, id, parent, polygons, open_subpaths, false);
            }
            Err(message) => self.problem(node, message),
        }
    }

    fn push(
        &mut self,
        node: roxmltree::Node,
        id: &str,
        parent: Option<&str>,
        polygons: Vec<Vec<Point>>,
        open_subpaths: Vec<usize>,
        is_group: bool,
    ) {
        let label = match label_of(node, self.budget) {
            Ok(label) => label,
            Err(message) => {
                self.problem(node, message);
                return;
            }
        };
        let pos = problem(self.doc, node, String::new()).pos;
        self.out.push(RegionArt {
            id: id.to_owned(),
            polygons,
            label,
            parent: parent.map(str::to_owned),
            is_group,
            pos,
            open_subpaths,
        });
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
