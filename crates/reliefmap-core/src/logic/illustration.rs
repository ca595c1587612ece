//! A step's illustration over time: which key poses it moves through, the
//! figure at a moment (eased there and back, hands and balls circling),
//! the still with its faint end position and motion arrow, the side shown
//! (the right is the left mirrored), and its words for screen readers.

use std::f64::consts::TAU;

use crate::content::figure::{Blend, Figure, Point, Vec2, solve};
use crate::content::pose::{Area, PoseDef, Show};
use std::time::Duration;

use crate::content::{Catalogue, Step};
use crate::logic::session::{PhaseKind, Session, Status};

/// A step's illustration, resolved against the catalogue's poses.
#[derive(Clone, Debug)]
pub struct Illustration<'a> {
    pub show: &'a Show,
    pub keys: Vec<&'a PoseDef>,
    /// Drawn for the other side: the picture mirrored, the sides swapped.
    pub mirrored: bool,
}

/// How the motion is shown in a still.
#[derive(Clone, Debug, PartialEq)]
pub enum Arrow {
    /// Along these points; both ends have heads for a movement there and back.
    Path { points: Vec<Point>, both_ends: bool },
    /// Round this circle.
    Circle { centre: Point, radius: f64 },
}

/// What a still shows: the first position, the last one faintly, and the arrow.
#[derive(Clone, Debug)]
pub struct Still {
    pub figure: Figure,
    pub ghost: Option<Figure>,
    pub arrow: Option<Arrow>,
}

/// Smallest movement (frame units) worth an arrow.
const MIN_ARROW_LEN: f64 = 2.5;
/// Room kept around the figure when the picture is cropped to it.
const CROP_MARGIN: f64 = 5.0;

impl<'a> Illustration<'a> {
    /// The step's illustration, or `None` if it has none (or names a pose
    /// that is not there, which validation rules out).
    pub fn of(catalogue: &'a Catalogue, step: &'a Step, mirrored: bool) -> Option<Self> {
        let show = step.show.as_ref()?;
        let keys: Option<Vec<&PoseDef>> = show.poses.iter().map(|id| catalogue.pose(id)).collect();
        let keys = keys.filter(|k| !k.is_empty())?;
        Some(Self {
            show,
            keys,
            mirrored,
        })
    }

    /// Whether it moves (more than one key pose, or circles).
    pub fn moves(&self) -> bool {
        self.keys.len() > 1 || self.show.circle > 0.0
    }

    /// Seconds for one whole cycle: there and back through the key poses,
    /// or one circle.
    pub fn cycle_secs(&self) -> f64 {
        let secs = f64::from(self.show.secs);
        if self.keys.len() > 1 {
            2.0 * (self.keys.len() - 1) as f64 * secs
        } else {
            secs
        }
    }

    /// The figure `t` seconds into the movement.
    pub fn figure_at(&self, t_secs: f64) -> Figure {
        let secs = f64::from(self.show.secs).max(0.1);
        let (a, b, w) = if self.keys.len() > 1 {
            let moves = self.keys.len() - 1;
            let pos = (t_secs / secs).rem_euclid(2.0 * moves as f64);
            // There, then back.
            let along = if pos < moves as f64 {
                pos
            } else {
                2.0 * moves as f64 - pos
            };
            let i = (along.floor() as usize).min(moves - 1);
            (self.keys[i], self.keys[i + 1], ease(along - i as f64))
        } else {
            (self.keys[0], self.keys[0], 0.0)
        };
        let circle = if self.show.circle > 0.0 {
            let turn = TAU * t_secs / secs;
            Vec2::new(turn.cos(), turn.sin()) * f64::from(self.show.circle)
        } else {
            Vec2::ZERO
        };
        self.oriented(solve(&Blend { a, b, w, circle }).figure)
    }

    /// The figure at a key pose, unmoving.
    fn key_figure(&self, index: usize) -> Figure {
        let pose = self.keys[index.min(self.keys.len() - 1)];
        self.oriented(
            solve(&Blend {
                a: pose,
                b: pose,
                w: 0.0,
                circle: Vec2::ZERO,
            })
            .figure,
        )
    }

    fn oriented(&self, figure: Figure) -> Figure {
        if self.mirrored {
            figure.mirrored()
        } else {
            figure
        }
    }

    /// The still: the first key pose, the last faintly, and an arrow for
    /// what moves most (or round the circle drawn).
    pub fn still(&self) -> Still {
        let figure = self.key_figure(0);
        let last = self.keys.len() - 1;
        let ghost = (last > 0).then(|| self.key_figure(last));
        let arrow = if self.show.circle > 0.0 {
            circle_arrow(&figure, self.show, self.mirrored)
        } else if last > 0 {
            let keys: Vec<Figure> = (0..=last).map(|i| self.key_figure(i)).collect();
            path_arrow(&keys)
        } else {
            None
        };
        Still {
            figure,
            ghost,
            arrow,
        }
    }

    /// The part of the frame to show: every key pose, with a margin, so
    /// the picture does not jump while it moves.
    pub fn crop(&self) -> (Point, Point) {
        let mut min = Point::new(f64::MAX, f64::MAX);
        let mut max = Point::new(f64::MIN, f64::MIN);
        for i in 0..self.keys.len() {
            let (lo, hi) = self.key_figure(i).bounds();
            min = Point::new(min.x.min(lo.x), min.y.min(lo.y));
            max = Point::new(max.x.max(hi.x), max.y.max(hi.y));
        }
        let margin = CROP_MARGIN + f64::from(self.show.circle);
        (
            Point::new(min.x - margin, min.y - margin),
            Point::new(max.x + margin, max.y + margin),
        )
    }

    /// The areas worked, on the side shown.
    pub fn work(&self) -> Vec<Area> {
        self.show
            .work
            .iter()
            .map(|a| if self.mirrored { a.mirrored() } else { *a })
            .collect()
    }

    /// Words for people who cannot see it: "Lying on your back, knees
    /// bent, ball under the left side of the lower back".
    pub fn alt_text(&self) -> String {
        let (side, other) = if self.mirrored {
            ("right", "left")
        } else {
            ("left", "right")
        };
        let mut text = self.keys[0].name.clone();
        let last = self.keys[self.keys.len() - 1];
        if self.keys.len() > 1 && last.name != self.keys[0].name {
            text.push_str(", then ");
            text.push_str(&lowercase_first(&last.name));
            text.push_str(", and back");
        }
        let detail = match &self.show.detail {
            Some(detail) => detail.clone(),
            None if !self.show.work.is_empty() => {
                let areas: Vec<String> = self.work().iter().map(|a| a.words()).collect();
                format!("working on the {}", areas.join(" and the "))
            }
            None => String::new(),
        };
        if !detail.is_empty() {
            text.push_str("; ");
            text.push_str(&detail.replace("{side}", side).replace("{other}", other));
        }
        text
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}

/// Smooth start and stop between two key poses.
fn ease(x: f64) -> f64 {
    let x = x.clamp(0.0, 1.0);
    x * x * (3.0 - 2.0 * x)
}

/// An arrow along the point that moves most through the key poses.
fn path_arrow(keys: &[Figure]) -> Option<Arrow> {
    let tracks: Vec<Vec<Point>> = keys.iter().map(Figure::moving_points).collect();
    let count = tracks.iter().map(Vec::len).min()?;
    let (best, length) = (0..count)
        .map(|i| {
            let length: f64 = tracks.windows(2).map(|w| w[0][i].distance(w[1][i])).sum();
            (i, length)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    (length >= MIN_ARROW_LEN).then(|| Arrow::Path {
        points: tracks.iter().map(|t| t[best]).collect(),
        both_ends: true,
    })
}

/// A circle round the first hand or ball placed on the body.
fn circle_arrow(figure: &Figure, show: &Show, mirrored: bool) -> Option<Arrow> {
    let radius = f64::from(show.circle) + 1.5;
    // The worked area is where the circling happens.
    let area = show
        .work
        .first()
        .map(|a| if mirrored { a.mirrored() } else { *a })?;
    let centre = figure.area_spans(area).first().map(|s| s.a.midpoint(s.b))?;
    Some(Arrow::Circle { centre, radius })
}

/// Seconds into the picture's movement, or `None` for a still one: while
/// paused, with reduce motion on, or when the step's picture does not
/// move. Counted in active time, so a pause freezes it where it is; with
/// the pace on, one movement takes one counted repetition.
pub fn motion_secs(
    catalogue: &Catalogue,
    reduce_motion: bool,
    session: &Session,
    now: Duration,
) -> Option<f64> {
    if reduce_motion || session.status() != Status::Running {
        return None;
    }
    let phase = session.current()?;
    let technique = catalogue.techniques.get(session.technique())?;
    let step = technique.steps.get(phase.step)?;
    if !step_moves(catalogue, step) {
        return None;
    }
    let t = session.active_time(now).as_secs_f64();
    let paced = matches!(phase.kind, PhaseKind::Reps { .. })
        .then(|| session.pace_secs())
        .flatten();
    let cycle = step
        .show
        .as_ref()
        .and_then(|_| Illustration::of(catalogue, step, false))
        .map_or(1.0, |i| i.cycle_secs());
    Some(match paced {
        Some(pace) => t * cycle / f64::from(pace.max(1)),
        None => t,
    })
}

/// Whether a step has a drawn picture that moves (a pack's image file
/// never does).
pub fn step_moves(catalogue: &Catalogue, step: &Step) -> bool {
    step.image.is_none() && Illustration::of(catalogue, step, false).is_some_and(|i| i.moves())
}
