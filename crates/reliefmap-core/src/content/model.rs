//! Typed content: regions, techniques, steps and doses, safety and tips.
//!
//! These types are what `data/*.ron` deserializes into; `data/README.md`
//! documents each field for content authors. Ids are plain strings so that a
//! content file stays readable; the validator checks every reference.

use serde::{Deserialize, Serialize};

/// What a map shows, which decides how its regions read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MapKind {
    /// The body: regions are where you work or where it hurts.
    #[default]
    Body,
    /// A reflexology chart: zones the tradition pairs with body parts
    /// (`reflex_for`), never a treatment.
    ReflexChart,
}

/// One map: an SVG drawing (`svg`, a path in the content folder) and how it
/// is shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Map")]
pub struct MapDef {
    pub id: String,
    /// "Left sole": names the map for screen readers and lists.
    pub name: String,
    pub svg: String,
    #[serde(default)]
    pub kind: MapKind,
    /// Short title over the map ("Left"), if any.
    #[serde(default)]
    pub title: Option<String>,
    /// Letters in the top corners saying whose side is where: ("R", "L").
    #[serde(default)]
    pub side_letters: Option<(String, String)>,
}

/// A view: the maps shown together, with a caption that says how to read them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "View")]
pub struct ViewDef {
    pub id: String,
    /// The top bar's word for it ("Feet").
    pub name: String,
    pub caption: String,
    /// Map ids, left to right.
    pub maps: Vec<String>,
}

/// How the state file spells [`ViewChoice::List`]: the app's own view, so
/// no view in `maps.ron` or a pack may take this id.
pub const LIST_VIEW: &str = "list";

/// A view's id in `maps.ron` (or a pack's): "body_back", "feet".
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ViewId(String);

impl ViewId {
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What the top bar offers, in order: the content's views, then the list;
/// each with its name. Keys 1 to 9 follow this order.
pub fn view_choices(views: &[ViewDef]) -> Vec<(ViewChoice, &str)> {
    views
        .iter()
        .map(|v| (ViewChoice::map(v.id.as_str()), v.name.as_str()))
        .chain([(ViewChoice::List, "List")])
        .collect()
}

/// What the Map page shows: the plain list of every region, or a view.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ViewChoice {
    List,
    Map(ViewId),
}

impl ViewChoice {
    /// A view by its id.
    pub fn map(id: impl Into<String>) -> Self {
        Self::Map(ViewId::new(id))
    }

    /// As the state file keeps it.
    pub fn saved_name(&self) -> &str {
        match self {
            Self::List => LIST_VIEW,
            Self::Map(id) => id.as_str(),
        }
    }

    /// From the state file's spelling (not yet checked against the
    /// content: see `Catalogue::view_or_first`).
    pub fn from_saved_name(name: &str) -> Self {
        if name == LIST_VIEW {
            Self::List
        } else {
            Self::map(name)
        }
    }

    /// The view's id, for a map view.
    pub fn map_id(&self) -> Option<&ViewId> {
        match self {
            Self::List => None,
            Self::Map(id) => Some(id),
        }
    }
}

/// `maps.ron`: the views and the maps they show.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Maps {
    #[serde(default)]
    pub views: Vec<ViewDef>,
    #[serde(default)]
    pub maps: Vec<MapDef>,
}

/// The person's side a region belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    Left,
    Right,
    Centre,
}

/// A clickable area of a map. Its shape is the `<path>` (or `<g>`) with
/// the same id in the map's SVG; this says what it means.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: String,
    /// The map's id.
    pub map: String,
    pub side: Side,
    /// The name drawn on the map, when shorter than `name` ("Calf").
    #[serde(default)]
    pub label: Option<String>,
    /// What to say when no technique is listed here.
    #[serde(default)]
    pub note: Option<String>,
    /// For a foot reflex zone: what the traditional chart says it stands for
    /// ("lower back, pelvis and sciatic band").
    #[serde(default)]
    pub reflex_label: Option<String>,
    /// For a foot reflex zone: the body regions it corresponds to on the chart.
    #[serde(default)]
    pub reflex_for: Vec<String>,
    /// Set on areas where firm pressure is unsafe (front of the neck, knees).
    #[serde(default)]
    pub caution: Option<String>,
    /// The region lies over the spine itself (the back of the neck, the
    /// upper, middle and lower back as wholes, the sacrum). Hands may work
    /// here; a ball or roller works on its sides instead.
    #[serde(default)]
    pub spine: bool,
    /// Ids this region had before (a saved diary may still name them).
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// What sort of practice a technique is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TechniqueKind {
    Massage,
    Exercise,
    Stretch,
    ReflexPoint,
}

impl TechniqueKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Massage => "Massage",
            Self::Exercise => "Exercise",
            Self::Stretch => "Stretch",
            Self::ReflexPoint => "Reflex point",
        }
    }
}

/// Something a technique needs besides the person's own hands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Equipment {
    TennisBall,
    GolfBall,
    MassageBall,
    FoamRoller,
    Towel,
    Chair,
    Couch,
    Wall,
    Partner,
    OilOrLotion,
    Mat,
    HeatPack,
}

impl Equipment {
    pub const ALL: [Self; 12] = [
        Self::TennisBall,
        Self::GolfBall,
        Self::MassageBall,
        Self::FoamRoller,
        Self::Towel,
        Self::Chair,
        Self::Couch,
        Self::Wall,
        Self::Partner,
        Self::OilOrLotion,
        Self::Mat,
        Self::HeatPack,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::TennisBall => "Tennis ball",
            Self::GolfBall => "Golf ball",
            Self::MassageBall => "Massage ball",
            Self::FoamRoller => "Foam roller",
            Self::Towel => "Towel",
            Self::Chair => "Chair",
            Self::Couch => "Couch or sofa",
            Self::Wall => "Wall",
            Self::Partner => "A partner",
            Self::OilOrLotion => "Oil or lotion",
            Self::Mat => "Mat or carpet",
            Self::HeatPack => "Heat pack or warm towel",
        }
    }
}

/// Body position the technique is done in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Position {
    Sitting,
    Lying,
    Standing,
}

impl Position {
    pub fn label(self) -> &'static str {
        match self {
            Self::Sitting => "Sitting",
            Self::Lying => "Lying",
            Self::Standing => "Standing",
        }
    }
}

/// Whether a technique's steps come from its article or were written for the
/// app because the article names the technique without giving steps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepsOrigin {
    #[default]
    Article,
    Conventional,
}

/// How much of a step to do.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Dose {
    /// Keep going for a while; the person picks a duration in the range.
    Timed {
        min_secs: u32,
        max_secs: u32,
        /// Defaults to `min_secs`.
        #[serde(default)]
        default_secs: Option<u32>,
    },
    /// Repeat a movement; with `each_direction` the count is done once one
    /// way and once the other way.
    Reps {
        min: u32,
        max: u32,
        #[serde(default)]
        each_direction: bool,
    },
    /// Several sets of repetitions with a rest between sets.
    Sets {
        sets: u32,
        min_reps: u32,
        max_reps: u32,
        rest_secs: u32,
    },
    /// Press or stretch and hold still, `times` times.
    Hold {
        secs: u32,
        #[serde(default = "one")]
        times: u32,
    },
    /// A plain instruction with no count or time (get into position).
    Instruction,
}

fn one() -> u32 {
    1
}

/// Seconds one repetition is assumed to take when estimating time.
pub const SECS_PER_REP: u32 = 3;
/// Seconds of the "get ready" countdown before the other side.
pub const GET_READY_SECS: u32 = 5;
/// Seconds to let go between two holds.
pub const RELEASE_SECS: u32 = 3;
/// Seconds a plain instruction is assumed to take (the person presses Next).
pub const INSTRUCTION_ESTIMATE_SECS: u32 = 5;

impl Dose {
    /// Seconds the dose takes at its default choice: the same figure the
    /// player counts down from, so lists, routine totals and the player agree.
    pub fn estimated_secs(&self) -> u32 {
        match *self {
            Self::Timed {
                min_secs,
                default_secs,
                ..
            } => default_secs.unwrap_or(min_secs),
            Self::Reps {
                min,
                each_direction,
                ..
            } => min * SECS_PER_REP * if each_direction { 2 } else { 1 },
            Self::Sets {
                sets,
                min_reps,
                rest_secs,
                ..
            } => sets * min_reps * SECS_PER_REP + sets.saturating_sub(1) * rest_secs,
            Self::Hold { secs, times } => secs * times + times.saturating_sub(1) * RELEASE_SECS,
            Self::Instruction => INSTRUCTION_ESTIMATE_SECS,
        }
    }
}

/// Where a step's numbers (times, counts, sets, rests) come from. Every
/// dosed step must say, so that nothing the app chose reads as the article's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DoseOrigin {
    /// Not given in the file; only valid for a step without a dose (the
    /// validator rejects it on a dosed step).
    #[default]
    #[serde(skip)]
    Unstated,
    /// Every number is the article's.
    Article,
    /// The article gives no numbers for this step; the app suggests them.
    App,
    /// Some numbers are the article's and some the app's; `dose_note` says which.
    Partly,
}

/// One step of a technique.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub text: String,
    #[serde(default = "instruction")]
    pub dose: Dose,
    /// Required for every dose but `Instruction`.
    #[serde(default)]
    pub dose_origin: DoseOrigin,
    /// What the article says about the dose, or which part the app chose
    /// (required with `Partly`).
    #[serde(default)]
    pub dose_note: Option<String>,
    /// The step is the app's addition to an article's technique (a safe way
    /// to get up, a rest), not one of the article's own steps.
    #[serde(default)]
    pub added: bool,
    /// Do this step on the left, then on the right; names the body part
    /// ("foot", "ankle", "leg") for the switch cue.
    #[serde(default)]
    pub per_side: Option<String>,
    /// A short line to show or say while the step runs.
    #[serde(default)]
    pub cue: Option<String>,
    /// The step's illustration, drawn from poses (see `poses.ron`).
    #[serde(default)]
    pub show: Option<crate::content::pose::Show>,
    /// A picture file in the pack (PNG or JPEG), shown instead of or
    /// beside the drawn illustration. After loading: the checked file's
    /// full path, or `None` if it could not be used.
    #[serde(default)]
    pub image: Option<String>,
}

fn instruction() -> Dose {
    Dose::Instruction
}

/// A massage, exercise, stretch or reflex point.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Technique {
    pub id: String,
    pub name: String,
    pub kind: TechniqueKind,
    pub summary: String,
    /// Where the hands or the tool act.
    pub works_on: Vec<String>,
    /// Where the article says relief may be felt, when that is elsewhere.
    /// Never a reflex-chart link: those come from the zones' `reflex_for`.
    #[serde(default, alias = "helps")]
    pub may_ease: Vec<String>,
    /// Everything listed is needed.
    #[serde(default)]
    pub equipment: Vec<Equipment>,
    /// Any one of these will do (a tennis ball or a foam roller).
    #[serde(default)]
    pub equipment_any: Vec<Equipment>,
    pub positions: Vec<Position>,
    #[serde(default)]
    pub cautions: Vec<String>,
    /// Id of the [`Source`] the facts come from.
    pub source: String,
    #[serde(default)]
    pub steps_origin: StepsOrigin,
    /// Run the whole technique on the left, then the right; names the body
    /// part for the switch cue. Use this or `Step::per_side`, not both.
    #[serde(default)]
    pub per_side: Option<String>,
    pub steps: Vec<Step>,
}

impl Technique {
    /// Time needed at the default doses, both sides and the switch between
    /// them included: what the player shows as time left when it starts.
    pub fn duration_secs(&self) -> u32 {
        let steps: u32 = self
            .steps
            .iter()
            .map(|step| {
                let once = step.dose.estimated_secs();
                if step.per_side.is_some() {
                    once * 2 + GET_READY_SECS
                } else {
                    once
                }
            })
            .sum();
        if self.per_side.is_some() {
            steps * 2 + GET_READY_SECS
        } else {
            steps
        }
    }
}

/// How soon a red flag needs a doctor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Urgency {
    /// Call the emergency number or go to an emergency department now.
    Emergency,
    /// Get an urgent appointment today.
    Urgent,
    /// Book an appointment with a doctor.
    Appointment,
}

/// A sign that the pain may need medical care rather than self-massage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlag {
    pub id: String,
    /// The sign only ("Pain, weakness, numbness or tingling in both
    /// legs"): the heading of its urgency says what to do, once.
    pub text: String,
    /// Why it matters or what else to do, shown on the Safety page only.
    #[serde(default)]
    pub detail: Option<String>,
    pub urgency: Urgency,
    /// Id of the [`Source`].
    pub source: String,
}

/// A condition in which massage needs a doctor's go-ahead first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contraindication {
    pub id: String,
    pub name: String,
    pub detail: String,
    pub source: String,
}

/// Cautions for every technique that works on a part of the body (the
/// feet), kept once here instead of repeated in each technique.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaCaution {
    pub id: String,
    /// "your feet": completes "Before you work on …".
    pub name: String,
    /// Every region on these maps (ids) belongs to the area.
    #[serde(default)]
    pub maps: Vec<String>,
    /// Further region ids that belong to the area.
    #[serde(default)]
    pub regions: Vec<String>,
    pub cautions: Vec<String>,
    pub source: String,
}

/// General safety content, shown before a first start and on the Safety screen.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Safety {
    /// Rules that apply to every technique (start light, stop at sharp pain).
    pub general: Vec<String>,
    pub contraindications: Vec<Contraindication>,
    pub red_flags: Vec<RedFlag>,
    #[serde(default)]
    pub area_cautions: Vec<AreaCaution>,
}

/// Where facts come from: one of the articles, or national guidance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// What `source` fields name, e.g. "ankle_massage".
    pub id: String,
    /// The article's title as the person sees it.
    pub title: String,
    /// One line on what it covers.
    pub covers: String,
    /// The article's file name in the sources folder, for traceability.
    #[serde(default)]
    pub file: Option<String>,
    /// Where guidance can be read.
    #[serde(default)]
    pub url: Option<String>,
}

/// Advice linked to the techniques or regions it belongs to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tip {
    pub id: String,
    pub title: String,
    pub text: String,
    #[serde(default)]
    pub techniques: Vec<String>,
    #[serde(default)]
    pub regions: Vec<String>,
    pub source: String,
}

/// Seconds between two techniques of a routine, to change position.
pub const DEFAULT_TRANSITION_SECS: u32 = 10;

fn default_transition_secs() -> u32 {
    DEFAULT_TRANSITION_SECS
}

/// Techniques played back to back, built in from an article or brought by a
/// routine file. A person's own routines are stored in the state file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Routine {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub summary: String,
    /// Technique ids, in playing order.
    pub techniques: Vec<String>,
    /// Seconds to get ready between two techniques.
    #[serde(default = "default_transition_secs")]
    pub transition_secs: u32,
    /// Id of the [`Source`] the routine follows (required in `data/`, may be
    /// empty in a routine file).
    #[serde(default)]
    pub source: String,
}
