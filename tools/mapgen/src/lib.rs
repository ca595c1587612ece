//! Relief Map's map artwork, as code: the body seen from the front and the
//! back, both soles, and the inner edge of the foot. Every shape is a few key
//! points joined by a smooth closed curve (Catmull-Rom, written as cubic
//! Béziers), mirrored for the other side, so left and right always match and
//! front and back share one figure.
//!
//! The output is plain SVG that opens and edits cleanly in Inkscape:
//! `<g id="silhouette">` and `<g id="details">` are decoration,
//! `<g id="guides">` holds named guide lines (`data-name`), and
//! `<g id="regions">` holds one `<path id="…">` per clickable region, with
//! its label anchor in `data-label-x` / `data-label-y`.
//!
//! The body follows an eight-heads canon: the head is one eighth of the
//! figure, the chin at 1, the nipples at 2, the navel at 3, the crotch at 4,
//! the knees at 6, the soles at 8.

use std::fmt::Write;

mod body;
mod feet;

/// A key point of an outline; `corner` keeps a sharp turn there.
#[derive(Clone, Copy, Debug)]
struct K {
    x: f64,
    y: f64,
    corner: bool,
}

const fn k(x: f64, y: f64) -> K {
    K {
        x,
        y,
        corner: false,
    }
}

const fn c(x: f64, y: f64) -> K {
    K { x, y, corner: true }
}

fn num(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map_or(s.clone(), str::to_owned)
}

/// A closed smooth curve through the points.
fn smooth(points: &[K]) -> String {
    let n = points.len();
    let mut d = format!("M {} {}", num(points[0].x), num(points[0].y));
    for i in 0..n {
        let p0 = points[(i + n - 1) % n];
        let p1 = points[i];
        let p2 = points[(i + 1) % n];
        let p3 = points[(i + 2) % n];
        // Catmull-Rom tangents, flattened at corners.
        let (t1x, t1y) = if p1.corner {
            (0.0, 0.0)
        } else {
            ((p2.x - p0.x) / 6.0, (p2.y - p0.y) / 6.0)
        };
        let (t2x, t2y) = if p2.corner {
            (0.0, 0.0)
        } else {
            ((p3.x - p1.x) / 6.0, (p3.y - p1.y) / 6.0)
        };
        let _ = write!(
            d,
            " C {} {} {} {} {} {}",
            num(p1.x + t1x),
            num(p1.y + t1y),
            num(p2.x - t2x),
            num(p2.y - t2y),
            num(p2.x),
            num(p2.y)
        );
    }
    d.push_str(" Z");
    d
}

/// An open smooth curve (decoration and guide lines).
fn curve(points: &[K]) -> String {
    let n = points.len();
    let mut d = format!("M {} {}", num(points[0].x), num(points[0].y));
    for i in 0..n - 1 {
        let p0 = points[i.saturating_sub(1)];
        let p1 = points[i];
        let p2 = points[i + 1];
        let p3 = points[(i + 2).min(n - 1)];
        let _ = write!(
            d,
            " C {} {} {} {} {} {}",
            num(p1.x + (p2.x - p0.x) / 6.0),
            num(p1.y + (p2.y - p0.y) / 6.0),
            num(p2.x - (p3.x - p1.x) / 6.0),
            num(p2.y - (p3.y - p1.y) / 6.0),
            num(p2.x),
            num(p2.y)
        );
    }
    d
}

/// An ellipse as a smooth closed curve.
fn ellipse(cx: f64, cy: f64, rx: f64, ry: f64) -> Vec<K> {
    (0..12)
        .map(|i| {
            let a = f64::from(i) * std::f64::consts::TAU / 12.0;
            k(cx + rx * a.cos(), cy + ry * a.sin())
        })
        .collect()
}

/// A rectangle with rounded corners, as a smooth closed curve.
fn rounded_rect(x0: f64, y0: f64, x1: f64, y1: f64, r: f64) -> Vec<K> {
    vec![
        k(x0 + r, y0),
        k(x1 - r, y0),
        k(x1, y0 + r),
        k(x1, y1 - r),
        k(x1 - r, y1),
        k(x0 + r, y1),
        k(x0, y1 - r),
        k(x0, y0 + r),
    ]
}

/// A clickable region: its id, path data and where its label points.
struct Region {
    id: String,
    d: String,
    label: (f64, f64),
}

/// A named guide line drawn faintly on a chart.
struct Guide {
    id: &'static str,
    name: &'static str,
    d: String,
}

/// Regions that belong together (both sides of the lower back): the group
/// is a region too, for techniques that work on both.
struct Group {
    id: &'static str,
    label: (f64, f64),
    children: Vec<Region>,
}

struct Map {
    file: &'static str,
    title: &'static str,
    width: f64,
    height: f64,
    silhouette: Vec<String>,
    details: Vec<String>,
    guides: Vec<Guide>,
    regions: Vec<Region>,
    groups: Vec<Group>,
}

fn region_line(s: &mut String, indent: &str, r: &Region) {
    let _ = writeln!(
        s,
        "{indent}<path id=\"{}\" data-label-x=\"{}\" data-label-y=\"{}\" d=\"{}\"/>",
        r.id,
        num(r.label.0),
        num(r.label.1),
        r.d
    );
}

impl Map {
    fn render(&self) -> String {
        let mut s = String::new();
        let (w, h) = (num(self.width), num(self.height));
        let _ = writeln!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">"
        );
        let _ = writeln!(s, "  <title>Relief Map: {}</title>", self.title);
        s.push_str(
            "  <!-- Generated by tools/mapgen: edit the shapes there, then run it (see its main.rs). -->\n",
        );
        s.push_str(
            "  <g id=\"silhouette\" fill=\"#d9dee4\" stroke=\"#aeb8c3\" stroke-width=\"1.5\">\n",
        );
        for d in &self.silhouette {
            let _ = writeln!(s, "    <path d=\"{d}\"/>");
        }
        s.push_str("  </g>\n");
        s.push_str("  <g id=\"regions\" fill=\"#b9c4d0\" stroke=\"#ffffff\" stroke-width=\"1\">\n");
        for r in &self.regions {
            region_line(&mut s, "    ", r);
        }
        for g in &self.groups {
            let _ = writeln!(
                s,
                "    <g id=\"{}\" data-label-x=\"{}\" data-label-y=\"{}\">",
                g.id,
                num(g.label.0),
                num(g.label.1)
            );
            for r in &g.children {
                region_line(&mut s, "      ", r);
            }
            s.push_str("    </g>\n");
        }
        s.push_str("  </g>\n");
        s.push_str("  <g id=\"details\" fill=\"none\" stroke=\"#7d8a97\" stroke-width=\"1\" stroke-linecap=\"round\" opacity=\"0.6\">\n");
        for d in &self.details {
            let _ = writeln!(s, "    <path d=\"{d}\"/>");
        }
        s.push_str("  </g>\n");
        if !self.guides.is_empty() {
            s.push_str("  <g id=\"guides\" fill=\"none\" stroke=\"#5a6b7d\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\">\n");
            for g in &self.guides {
                let _ = writeln!(
                    s,
                    "    <path id=\"{}\" data-name=\"{}\" d=\"{}\"/>",
                    g.id, g.name, g.d
                );
            }
            s.push_str("  </g>\n");
        }
        s.push_str("</svg>\n");
        s
    }
}

/// Centroid of the key points: the default label anchor.
fn middle(points: &[K]) -> (f64, f64) {
    let n = points.len() as f64;
    (
        points.iter().map(|p| p.x).sum::<f64>() / n,
        points.iter().map(|p| p.y).sum::<f64>() / n,
    )
}

fn region(id: impl Into<String>, points: &[K]) -> Region {
    Region {
        id: id.into(),
        d: smooth(points),
        label: middle(points),
    }
}

/// Every map file: its name and its SVG text.
pub fn generate() -> Vec<(&'static str, String)> {
    [
        body::body_front(),
        body::body_back(),
        feet::sole(feet::Foot::Left),
        feet::sole(feet::Foot::Right),
        feet::inner_edge(),
    ]
    .iter()
    .map(|m| (m.file, m.render()))
    .collect()
}
