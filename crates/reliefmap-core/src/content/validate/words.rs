//! A step's words against its picture and its tools: the position and the
//! knees its words name are the ones its picture shows, an area it says to
//! work is drawn as worked, and no ball or roller is put on the spine.
//! Pose names are held against their own pictures the same way.
//!
//! The vocabulary is deliberately small and literal: each phrase below is
//! one a step would use, so a match is a claim the picture must keep.

use std::collections::HashMap;

use super::{Checker, Located, Seg};
use crate::content::figure::{Figure, Posture, solve_pose};
use crate::content::pose::{Area, Limb, PoseDef, View};
use crate::content::{Equipment, Step, Technique};

/// Phrases that put a ball or roller on the spine itself.
const ON_SPINE: &[&str] = &[
    "between your shoulder blades",
    "between the shoulder blades",
    "on your spine",
    "on the spine",
    "onto your spine",
    "onto the spine",
    "under your spine",
    "under the spine",
    "beneath your spine",
    "beneath the spine",
    "along your spine",
    "along the spine",
    "on your backbone",
    "on the backbone",
    "on your tailbone",
    "on the tailbone",
    "under the small of your back",
    "under the small of the back",
    "beneath the small of your back",
    "beneath the small of the back",
];

/// Words just before a phrase that turn it into a warning.
const NEGATIONS: &[&str] = &["not", "never", "off", "avoid", "avoiding", "beside"];

/// Equipment that presses on what it lies under.
pub(super) const TOOLS: [Equipment; 4] = [
    Equipment::TennisBall,
    Equipment::GolfBall,
    Equipment::MassageBall,
    Equipment::FoamRoller,
];

/// Whether a technique uses a ball or a roller.
pub(super) fn uses_tool(t: &Technique) -> bool {
    t.equipment
        .iter()
        .chain(&t.equipment_any)
        .any(|e| TOOLS.contains(e))
}

/// Lower-case words of a text, punctuation dropped ("mid-back" stays one).
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Where `phrase` (lower case, single spaces) starts in `words`, each time.
fn find_phrase(words: &[String], phrase: &str) -> Vec<usize> {
    let wanted: Vec<&str> = phrase.split(' ').collect();
    if wanted.is_empty() || words.len() < wanted.len() {
        return Vec::new();
    }
    (0..=words.len() - wanted.len())
        .filter(|&i| wanted.iter().enumerate().all(|(k, w)| words[i + k] == *w))
        .collect()
}

/// The first phrase that puts a tool on the spine, unless a negation just
/// before it makes it a warning ("never on the spine").
pub(super) fn spine_phrase(text: &str) -> Option<&'static str> {
    let words = words(text);
    ON_SPINE.iter().copied().find(|phrase| {
        find_phrase(&words, phrase).into_iter().any(|at| {
            let from = at.saturating_sub(3);
            !words[from..at]
                .iter()
                .any(|w| NEGATIONS.contains(&w.as_str()))
        })
    })
}

/// Whether the text names a ball or a roller (the ball of the foot is not one).
fn names_tool(text: &str) -> bool {
    let words = words(text);
    words.iter().enumerate().any(|(i, w)| {
        let ball = (w == "ball" || w == "balls")
            && !(words.get(i + 1).is_some_and(|n| n == "of")
                && words.get(i + 3).is_some_and(|n| n == "foot"));
        ball || w == "roller" || w == "tool"
    })
}

/// The postures a text names.
pub(super) fn postures_named(text: &str) -> Vec<Posture> {
    let words = words(text);
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let phrase = |p: &str| !find_phrase(&words, p).is_empty();
    let mut out = Vec::new();
    if has(&["lie", "lying", "lies"]) || phrase("face down") || phrase("face up") {
        out.push(Posture::Lying);
    }
    if has(&["sit", "sitting", "seated", "cross-legged"]) {
        out.push(Posture::Sitting);
    }
    if has(&["stand", "standing"]) {
        out.push(Posture::Standing);
    }
    if has(&["kneel", "kneeling"]) {
        out.push(Posture::Kneeling);
    }
    out
}

/// What the words say the knees do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Knees {
    /// "knees bent": both bend.
    BothBent,
    /// "knee a little bent": one at least bends.
    OneBent,
    /// "legs straight": both straight.
    BothStraight,
    /// "leg stretched out": one at least straight.
    OneStraight,
    /// "cross-legged": both fold deeply, thighs near level.
    Crossed,
}

const BOTH_BENT: &[&str] = &[
    "knees bent",
    "bent knees",
    "knees raised",
    "knees up",
    "knees in toward your chest",
    "knees to your chest",
    "hug your knees",
];
/// "knee a little bent" is left out: a soft knee is neither.
const ONE_BENT: &[&str] = &["knee bent", "bent knee"];
const BOTH_STRAIGHT: &[&str] = &["legs straight", "straight legs", "legs stretched out"];
const ONE_STRAIGHT: &[&str] = &[
    "leg straight",
    "straight leg",
    "leg stretched out",
    "stretch one leg out",
];
const CROSSED: &[&str] = &["cross-legged", "legs crossed", "crossed legs"];

pub(super) fn knees_named(text: &str) -> Vec<Knees> {
    let words = words(text);
    let any = |list: &[&str]| list.iter().any(|p| !find_phrase(&words, p).is_empty());
    [
        (CROSSED, Knees::Crossed),
        (BOTH_BENT, Knees::BothBent),
        (ONE_BENT, Knees::OneBent),
        (BOTH_STRAIGHT, Knees::BothStraight),
        (ONE_STRAIGHT, Knees::OneStraight),
    ]
    .into_iter()
    .filter(|(list, _)| any(list))
    .map(|(_, knees)| knees)
    .collect()
}

/// Below this a knee reads as straight, above [`BENT_DEGREES`] as bent.
const STRAIGHT_DEGREES: f64 = 20.0;
const BENT_DEGREES: f64 = 35.0;
const CROSSED_DEGREES: f64 = 100.0;
/// Cross-legged thighs lie near level; knees up with feet flat do not.
const CROSSED_THIGH_DEGREES: f64 = 35.0;

/// What the picture's knees do against the words, or why not.
pub(super) fn knees_problem(figure: &Figure, knees: Knees) -> Option<String> {
    // A front or back view hides how far a knee bends.
    if !matches!(figure.view, View::Side | View::Top) {
        return None;
    }
    let bends = [Limb::Left, Limb::Right].map(|l| figure.knee_bend_degrees(l));
    let (bent, straight) = (
        bends.iter().filter(|&&b| b >= BENT_DEGREES).count(),
        bends.iter().filter(|&&b| b < STRAIGHT_DEGREES).count(),
    );
    let shown = |bends: [f64; 2]| {
        let thighs = [Limb::Left, Limb::Right].map(|l| figure.thigh_from_level_degrees(l));
        format!(
            "knees bend {:.0}° and {:.0}° with the thighs {:.0}° and {:.0}° from level",
            bends[0], bends[1], thighs[0], thighs[1]
        )
    };
    let fails = match knees {
        Knees::BothBent => bent < 2,
        Knees::OneBent => bent < 1,
        Knees::BothStraight => straight < 2,
        Knees::OneStraight => straight < 1,
        Knees::Crossed => {
            bends.iter().any(|&b| b < CROSSED_DEGREES)
                || [Limb::Left, Limb::Right]
                    .iter()
                    .any(|&l| figure.thigh_from_level_degrees(l) > CROSSED_THIGH_DEGREES)
        }
    };
    fails.then(|| {
        let said = match knees {
            Knees::BothBent => "both knees bent",
            Knees::OneBent => "a bent knee",
            Knees::BothStraight => "both legs straight",
            Knees::OneStraight => "a straight leg",
            Knees::Crossed => "legs crossed, knees folded",
        };
        format!("{said}, but its picture's {}", shown(bends))
    })
}

/// Areas a text says to work, each with the areas that count as showing it.
const AREA_WORDS: &[(&str, &[AreaKind])] = &[
    ("outer edge", &[AreaKind::OuterEdge]),
    ("inner edge", &[AreaKind::InnerEdge]),
    ("heel", &[AreaKind::Heel, AreaKind::Sole, AreaKind::Foot]),
    ("arch", &[AreaKind::Arch, AreaKind::Sole, AreaKind::Foot]),
    ("ball of the foot", &[AreaKind::BallOfFoot, AreaKind::Sole]),
    ("toes", &[AreaKind::Toes, AreaKind::Foot]),
    (
        "sole",
        &[
            AreaKind::Sole,
            AreaKind::Arch,
            AreaKind::Heel,
            AreaKind::Foot,
        ],
    ),
    ("calf", &[AreaKind::Calf]),
    ("shin", &[AreaKind::Shin]),
    ("thigh", &[AreaKind::Thigh, AreaKind::Hamstring]),
    ("buttock", &[AreaKind::Glute]),
    ("buttocks", &[AreaKind::Glute]),
    ("sacrum", &[AreaKind::Sacrum]),
    ("lower back", &[AreaKind::LowerBack]),
    ("mid-back", &[AreaKind::MidBack]),
    ("upper back", &[AreaKind::UpperBack]),
    ("temples", &[AreaKind::Temples]),
    ("base of the skull", &[AreaKind::SkullBase]),
    ("side of the neck", &[AreaKind::NeckSide]),
    ("back of your neck", &[AreaKind::Neck]),
    ("belly", &[AreaKind::Belly]),
];

/// Words just before an area that make it a landmark, not the work.
const LANDMARK: &[&str] = &[
    "from", "to", "toward", "towards", "above", "below", "across", "beside", "behind", "past",
    "opposite", "other", "under", "beneath", "over", "off", "near", "on", "onto",
];

/// The text up to its first alternative (", or …"): a picture shows one way
/// of doing a step, so words after "or" are not held against it.
fn first_way(text: &str) -> &str {
    [", or ", "; or ", " (or "]
        .iter()
        .filter_map(|sep| text.find(sep))
        .min()
        .map_or(text, |at| &text[..at])
}

/// An [`Area`] without its side, for matching words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AreaKind {
    OuterEdge,
    InnerEdge,
    Heel,
    Arch,
    BallOfFoot,
    Toes,
    Sole,
    Foot,
    Calf,
    Shin,
    Thigh,
    Hamstring,
    Glute,
    Sacrum,
    LowerBack,
    MidBack,
    UpperBack,
    Temples,
    SkullBase,
    Neck,
    NeckSide,
    Belly,
    Other,
}

fn kind(area: Area) -> AreaKind {
    match area {
        Area::OuterEdge(_) => AreaKind::OuterEdge,
        Area::InnerEdge(_) => AreaKind::InnerEdge,
        Area::Heel(_) => AreaKind::Heel,
        Area::Arch(_) => AreaKind::Arch,
        Area::BallOfFoot(_) => AreaKind::BallOfFoot,
        Area::Toes(_) => AreaKind::Toes,
        Area::Sole(_) => AreaKind::Sole,
        Area::Foot(_) => AreaKind::Foot,
        Area::Calf(_) => AreaKind::Calf,
        Area::Shin(_) => AreaKind::Shin,
        Area::Thigh(_) | Area::InnerThigh(_) | Area::OuterThigh(_) => AreaKind::Thigh,
        Area::Hamstring(_) => AreaKind::Hamstring,
        Area::Glute(_) => AreaKind::Glute,
        Area::Sacrum => AreaKind::Sacrum,
        Area::LowerBack => AreaKind::LowerBack,
        Area::MidBack => AreaKind::MidBack,
        Area::UpperBack => AreaKind::UpperBack,
        Area::Temples => AreaKind::Temples,
        Area::SkullBase => AreaKind::SkullBase,
        Area::Neck => AreaKind::Neck,
        Area::NeckSide(_) => AreaKind::NeckSide,
        Area::Belly => AreaKind::Belly,
        _ => AreaKind::Other,
    }
}

/// The areas a text says to work that `work` does not draw.
fn areas_missing(text: &str, work: &[Area]) -> Vec<&'static str> {
    let words = words(text);
    let drawn: Vec<AreaKind> = work.iter().map(|a| kind(*a)).collect();
    AREA_WORDS
        .iter()
        .filter(|(phrase, shown_by)| {
            let len = phrase.split(' ').count();
            let worked = find_phrase(&words, phrase).into_iter().any(|at| {
                // "from the heel", "across the other thigh": a landmark;
                // "heel to toes": the bounds of a stroke.
                let landmark = words[at.saturating_sub(3)..at]
                    .iter()
                    .any(|w| LANDMARK.contains(&w.as_str()));
                let bound = words.get(at + len).is_some_and(|w| w == "to");
                !(landmark || bound)
            });
            worked && !shown_by.iter().any(|k| drawn.contains(k))
        })
        .map(|(phrase, _)| *phrase)
        .collect()
}

/// The problems of one technique's words, each at the field to fix.
pub(super) fn check_words(
    check: &mut Checker,
    item: &Located<Technique>,
    poses: &HashMap<&str, PoseDef>,
) {
    let t = &item.value;
    let mut problems = Vec::new();
    for (i, step) in t.steps.iter().enumerate() {
        step_problems(t, i, step, poses, &mut problems);
    }
    check.report_all(item, &format!("technique '{}' ", t.id), problems);
}

type Problems<'a> = Vec<(Vec<Seg<'a>>, String)>;

fn step_problems<'a>(
    t: &Technique,
    i: usize,
    step: &'a Step,
    poses: &HashMap<&str, PoseDef>,
    out: &mut Problems<'a>,
) {
    let n = i + 1;
    let at = |field: &'static str| vec![Seg::Field("steps"), Seg::Index(i), Seg::Field(field)];
    let texts = [Some(step.text.as_str()), step.cue.as_deref()]
        .into_iter()
        .chain([step.show.as_ref().and_then(|s| s.detail.as_deref())])
        .flatten();
    let tool = uses_tool(t) || names_tool(&step.text);
    for text in texts {
        if let Some(phrase) = spine_phrase(text).filter(|_| tool) {
            out.push((
                at("text"),
                format!(
                    "step {n} puts a ball or roller \"{phrase}\": that is the spine itself. A \
                     ball goes on the muscle beside the spine, a roller across the back"
                ),
            ));
            break;
        }
    }
    let Some(show) = &step.show else { return };
    let keys: Vec<(&PoseDef, Figure)> = show
        .poses
        .iter()
        .filter_map(|id| poses.get(id.as_str()))
        .map(|def| (def, solve_pose(def).figure))
        .collect();
    let Some((first_def, first)) = keys.first() else {
        return;
    };
    let named = postures_named(&step.text);
    if !named.is_empty() && !keys.iter().any(|(_, f)| named.contains(&f.posture())) {
        let said: Vec<&str> = named.iter().map(|p| p.word()).collect();
        out.push((
            at("text"),
            format!(
                "step {n} says {}, but its picture ('{}') shows {}; pick a pose that matches",
                said.join(" or "),
                first_def.id,
                first.posture().word()
            ),
        ));
    }
    for knees in knees_named(first_way(&step.text)) {
        if let Some(problem) = knees_problem(first, knees) {
            out.push((
                at("text"),
                format!("step {n} says {problem} ('{}')", first_def.id),
            ));
        }
    }
    if !show.work.is_empty() {
        for missing in areas_missing(first_way(&step.text), &show.work) {
            out.push((
                at("show"),
                format!(
                    "step {n} says to work the {missing}, but its picture's work does not show \
                     it; add the area to work"
                ),
            ));
        }
    }
}

/// A pose's name against its own picture: the position and knees it names.
pub(super) fn pose_name_problems(def: &PoseDef, figure: &Figure) -> Vec<String> {
    let mut out = Vec::new();
    let named = postures_named(&def.name);
    if !named.is_empty() && !named.contains(&figure.posture()) {
        let said: Vec<&str> = named.iter().map(|p| p.word()).collect();
        out.push(format!(
            "is named \"{}\" ({}), but its picture shows {}",
            def.name,
            said.join(" or "),
            figure.posture().word()
        ));
    }
    for knees in knees_named(&def.name) {
        if let Some(problem) = knees_problem(figure, knees) {
            out.push(format!("is named with {problem}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spine_phrases_and_their_negations() {
        assert_eq!(
            spine_phrase("Lean back onto it so it sits between your shoulder blades."),
            Some("between your shoulder blades")
        );
        assert_eq!(
            spine_phrase("Keep the ball beside the spine, never on the spine."),
            None
        );
        assert_eq!(spine_phrase("A ball on the muscle beside the spine."), None);
        assert_eq!(
            spine_phrase("Slide the ball beneath the small of your back."),
            Some("beneath the small of your back")
        );
    }

    #[test]
    fn postures_and_knees_in_words() {
        assert_eq!(
            postures_named("On your own, stand or lie on your side."),
            vec![Posture::Lying, Posture::Standing]
        );
        assert_eq!(postures_named("Rest your hands in your lap."), vec![]);
        assert_eq!(
            knees_named("Lie face up, knees bent."),
            vec![Knees::BothBent]
        );
        assert_eq!(
            knees_named("Sit cross-legged on the floor."),
            vec![Knees::Crossed]
        );
        assert_eq!(
            knees_named("Sit with one leg out in front, knee a little bent."),
            vec![]
        );
    }

    #[test]
    fn a_landmark_is_not_the_work() {
        let calf = [Area::Calf(Limb::Left)];
        assert!(areas_missing("Roll the calf from ankle to knee.", &calf).is_empty());
        let inner = [Area::InnerEdge(Limb::Left)];
        assert_eq!(
            areas_missing("Slide along the inner edge, then the outer edge.", &inner),
            vec!["outer edge"]
        );
    }
}
