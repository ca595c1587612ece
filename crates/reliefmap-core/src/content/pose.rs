//! Poses and step illustrations as content: `poses.ron` names the
//! positions a figure can take (reused across steps), and a step's `show`
//! says which pose or poses illustrate it, what is worked and how it moves.
//!
//! Angles are in degrees and always read as for a figure facing right in a
//! side view (the mirror is computed): `trunk` 90 is upright, 180 lying on
//! the back with the head to the left, 0 lying face down with the head to
//! the right. Limb angles are relative to the parent segment: hip and
//! shoulder 0 hang along the trunk and 90 point forward; knee and elbow 0
//! are straight. In front, back and top views the same numbers read in the
//! picture's plane: hip and shoulder open outward, knee and elbow fold.
//! Coordinates are frame units: the frame is [`FRAME_W`] × [`FRAME_H`] with
//! y down, and the figure is eight heads of ten units tall.

use serde::{Deserialize, Serialize};

/// The frame every pose is drawn in, in units (a head is ten units).
pub const FRAME_W: f32 = 160.0;
pub const FRAME_H: f32 = 120.0;

/// Where the figure is seen from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum View {
    /// In profile; the limbs on the near side are drawn in front.
    Side,
    /// Facing the viewer: the person's right is on the viewer's left.
    Front,
    /// From behind.
    Back,
    /// From above, lying face up.
    Top,
}

/// The person's left or right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Limb {
    Left,
    Right,
}

impl Limb {
    pub fn other(self) -> Self {
        match self {
            Self::Left => Self::Right,
            Self::Right => Self::Left,
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Self::Left => "left",
            Self::Right => "right",
        }
    }
}

/// Which way a side view faces on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Facing {
    #[default]
    Right,
    Left,
}

/// A named place on the body: what a step works on, where a hand rests or
/// a ball presses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Area {
    Head,
    Temples,
    SkullBase,
    Neck,
    /// One side of the neck, behind the ear.
    NeckSide(Limb),
    UpperBack,
    MidBack,
    LowerBack,
    Sacrum,
    Belly,
    Shoulder(Limb),
    Chest(Limb),
    Glute(Limb),
    Hip(Limb),
    OuterThigh(Limb),
    Thigh(Limb),
    InnerThigh(Limb),
    Hamstring(Limb),
    Knee(Limb),
    Calf(Limb),
    Shin(Limb),
    Ankle(Limb),
    Foot(Limb),
    FootTop(Limb),
    Sole(Limb),
    Heel(Limb),
    Arch(Limb),
    BallOfFoot(Limb),
    Toes(Limb),
    InnerEdge(Limb),
    OuterEdge(Limb),
    /// A hand of the figure (a resting place for the other hand or a prop).
    Hand(Limb),
}

impl Area {
    /// The limb it belongs to, for areas on one side.
    pub fn limb(self) -> Option<Limb> {
        match self {
            Self::Shoulder(l)
            | Self::Chest(l)
            | Self::Glute(l)
            | Self::Hip(l)
            | Self::OuterThigh(l)
            | Self::Thigh(l)
            | Self::InnerThigh(l)
            | Self::Hamstring(l)
            | Self::Knee(l)
            | Self::Calf(l)
            | Self::Shin(l)
            | Self::Ankle(l)
            | Self::Foot(l)
            | Self::FootTop(l)
            | Self::Sole(l)
            | Self::Heel(l)
            | Self::Arch(l)
            | Self::BallOfFoot(l)
            | Self::Toes(l)
            | Self::InnerEdge(l)
            | Self::OuterEdge(l)
            | Self::NeckSide(l)
            | Self::Hand(l) => Some(l),
            _ => None,
        }
    }

    /// Whether the area is on a foot (hands hold it rather than lie on it).
    pub fn on_foot(self) -> bool {
        matches!(
            self,
            Self::Foot(_)
                | Self::FootTop(_)
                | Self::Sole(_)
                | Self::Heel(_)
                | Self::Arch(_)
                | Self::BallOfFoot(_)
                | Self::Toes(_)
                | Self::InnerEdge(_)
                | Self::OuterEdge(_)
        )
    }

    /// The same area on the other side of the body.
    pub fn mirrored(self) -> Self {
        let m = |l: Limb| l.other();
        match self {
            Self::Shoulder(l) => Self::Shoulder(m(l)),
            Self::Chest(l) => Self::Chest(m(l)),
            Self::Glute(l) => Self::Glute(m(l)),
            Self::Hip(l) => Self::Hip(m(l)),
            Self::OuterThigh(l) => Self::OuterThigh(m(l)),
            Self::Thigh(l) => Self::Thigh(m(l)),
            Self::InnerThigh(l) => Self::InnerThigh(m(l)),
            Self::Hamstring(l) => Self::Hamstring(m(l)),
            Self::Knee(l) => Self::Knee(m(l)),
            Self::Calf(l) => Self::Calf(m(l)),
            Self::Shin(l) => Self::Shin(m(l)),
            Self::Ankle(l) => Self::Ankle(m(l)),
            Self::Foot(l) => Self::Foot(m(l)),
            Self::FootTop(l) => Self::FootTop(m(l)),
            Self::Sole(l) => Self::Sole(m(l)),
            Self::Heel(l) => Self::Heel(m(l)),
            Self::Arch(l) => Self::Arch(m(l)),
            Self::BallOfFoot(l) => Self::BallOfFoot(m(l)),
            Self::Toes(l) => Self::Toes(m(l)),
            Self::InnerEdge(l) => Self::InnerEdge(m(l)),
            Self::OuterEdge(l) => Self::OuterEdge(m(l)),
            Self::NeckSide(l) => Self::NeckSide(m(l)),
            Self::Hand(l) => Self::Hand(m(l)),
            other => other,
        }
    }

    /// Words for the text alternative: "left ankle", "lower back".
    pub fn words(self) -> String {
        let pattern = match self {
            Self::Head => "head",
            Self::Temples => "temples",
            Self::SkullBase => "base of the skull",
            Self::Neck => "neck",
            Self::UpperBack => "upper back",
            Self::MidBack => "middle of the back",
            Self::LowerBack => "lower back",
            Self::Sacrum => "base of the spine",
            Self::Belly => "belly",
            Self::Shoulder(_) => "{l} shoulder",
            Self::Chest(_) => "{l} side of the chest",
            Self::Glute(_) => "{l} buttock",
            Self::Hip(_) => "{l} hip",
            Self::OuterThigh(_) => "outside of the {l} thigh",
            Self::Thigh(_) => "front of the {l} thigh",
            Self::InnerThigh(_) => "inside of the {l} thigh",
            Self::Hamstring(_) => "back of the {l} thigh",
            Self::Knee(_) => "{l} knee",
            Self::Calf(_) => "{l} calf",
            Self::Shin(_) => "{l} shin",
            Self::Ankle(_) => "{l} ankle",
            Self::Foot(_) => "{l} foot",
            Self::FootTop(_) => "top of the {l} foot",
            Self::Sole(_) => "{l} sole",
            Self::Heel(_) => "{l} heel",
            Self::Arch(_) => "arch of the {l} foot",
            Self::BallOfFoot(_) => "ball of the {l} foot",
            Self::Toes(_) => "{l} toes",
            Self::InnerEdge(_) => "inner edge of the {l} foot",
            Self::OuterEdge(_) => "outer edge of the {l} foot",
            Self::NeckSide(_) => "{l} side of the neck",
            Self::Hand(_) => "{l} hand",
        };
        pattern.replace("{l}", self.limb().map_or("", Limb::word))
    }
}

/// A point in the frame: fixed, on the floor, or on the body.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Place {
    /// Frame units, y down.
    At(f32, f32),
    /// On the pose's floor line at this x.
    Floor(f32),
    /// Touching the area's surface: under the lower back when lying on it,
    /// under the sole, on the front of the thighs.
    On(Area),
}

/// A leg: joint angles, or the foot placed and the knee solved.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum LegPose {
    Leg {
        hip: f32,
        knee: f32,
        #[serde(default)]
        ankle: f32,
    },
    /// The ankle goes here (on the floor: the foot flat on it).
    FootAt(Place),
}

/// An arm: joint angles, or the hand placed and the elbow solved.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum ArmPose {
    Arm {
        shoulder: f32,
        elbow: f32,
        #[serde(default)]
        wrist: f32,
    },
    /// The palm rests here.
    HandAt(Place),
}

/// Things in the picture besides the figure.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Prop {
    /// The floor line at this height.
    Floor(f32),
    /// A mat on the floor from one x to another.
    Mat(f32, f32),
    /// A wall at this x.
    Wall(f32),
    /// A chair: the middle of the seat's top; its back is behind the figure.
    Chair(f32, f32),
    /// A couch or sofa: the middle of the seat's top.
    Couch(f32, f32),
    TennisBall(Place),
    GolfBall(Place),
    MassageBall(Place),
    FoamRoller(Place),
    Towel(Place),
    HeatPack(Place),
    Pillow(Place),
    /// A partner's two hands, reaching in from above.
    PartnerHands(Place),
}

impl Prop {
    /// Where a movable prop is, if it is one.
    pub fn place(&self) -> Option<Place> {
        match *self {
            Self::TennisBall(p)
            | Self::GolfBall(p)
            | Self::MassageBall(p)
            | Self::FoamRoller(p)
            | Self::Towel(p)
            | Self::HeatPack(p)
            | Self::Pillow(p)
            | Self::PartnerHands(p) => Some(p),
            _ => None,
        }
    }
}

/// One pose of `poses.ron`. A pose `like` another takes every field it does
/// not give from that one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pose {
    pub id: String,
    /// Words for the text alternative: "Lying on your back, knees bent".
    pub name: String,
    #[serde(default)]
    pub like: Option<String>,
    #[serde(default)]
    pub view: Option<View>,
    #[serde(default)]
    pub facing: Option<Facing>,
    /// The hip joints' midpoint, in frame units.
    #[serde(default)]
    pub hip: Option<(f32, f32)>,
    #[serde(default)]
    pub trunk: Option<f32>,
    /// Head bend: forward (chin down) is positive.
    #[serde(default)]
    pub neck: Option<f32>,
    #[serde(default)]
    pub left_leg: Option<LegPose>,
    #[serde(default)]
    pub right_leg: Option<LegPose>,
    #[serde(default)]
    pub left_arm: Option<ArmPose>,
    #[serde(default)]
    pub right_arm: Option<ArmPose>,
    #[serde(default)]
    pub props: Option<Vec<Prop>>,
}

/// A pose with everything resolved (its `like` chain followed).
#[derive(Clone, Debug, PartialEq)]
pub struct PoseDef {
    pub id: String,
    pub name: String,
    pub view: View,
    pub facing: Facing,
    pub hip: (f32, f32),
    pub trunk: f32,
    pub neck: f32,
    pub legs: [LegPose; 2],
    pub arms: [ArmPose; 2],
    pub props: Vec<Prop>,
}

impl PoseDef {
    pub fn leg(&self, limb: Limb) -> LegPose {
        self.legs[limb as usize]
    }

    pub fn arm(&self, limb: Limb) -> ArmPose {
        self.arms[limb as usize]
    }

    /// The floor line's height, if the pose has a floor.
    pub fn floor_y(&self) -> Option<f32> {
        self.props.iter().find_map(|p| match p {
            Prop::Floor(y) => Some(*y),
            _ => None,
        })
    }
}

/// A step's illustration: a pose, or key poses the figure moves through,
/// what is worked, and the words for people who cannot see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Show {
    /// Pose ids: one for a still, two or more for a movement (played there
    /// and back).
    pub poses: Vec<String>,
    /// Where the step works, drawn in the map's "where you work" colour.
    #[serde(default)]
    pub work: Vec<Area>,
    /// Seconds from one key pose to the next.
    #[serde(default = "default_move_secs")]
    pub secs: f32,
    /// Small circles of this radius (frame units) by the hands and balls
    /// placed on the body: circling fingertips, a kneading ball.
    #[serde(default)]
    pub circle: f32,
    /// Words added to the pose's name in the text alternative: "ball under
    /// the {side} side of the lower back"; `{side}` is the side in use.
    #[serde(default)]
    pub detail: Option<String>,
}

fn default_move_secs() -> f32 {
    DEFAULT_MOVE_SECS
}

/// Seconds from one key pose to the next unless a step says otherwise.
pub const DEFAULT_MOVE_SECS: f32 = 2.0;
/// Most key poses one step may move through.
pub const MAX_KEY_POSES: usize = 6;
/// Fastest and slowest move between two key poses, in seconds.
pub const MOVE_SECS_RANGE: std::ops::RangeInclusive<f32> = 0.5..=10.0;
/// Largest circle a hand or ball may draw, in frame units.
pub const MAX_CIRCLE: f32 = 6.0;

/// Why a pose could not be resolved, and the field to fix.
#[derive(Clone, Debug, PartialEq)]
pub struct ResolveError {
    pub field: &'static str,
    pub message: String,
}

/// Longest chain of `like` followed before giving up.
const MAX_LIKE_DEPTH: usize = 16;

/// Every pose with its `like` chain followed; poses are looked up by id
/// among `poses` (the first with an id wins; duplicates are reported
/// elsewhere).
pub fn resolve_all(poses: &[&Pose]) -> Vec<Result<PoseDef, ResolveError>> {
    let by_id: std::collections::HashMap<&str, &Pose> =
        poses.iter().rev().map(|p| (p.id.as_str(), *p)).collect();
    poses.iter().map(|p| resolve(p, &by_id)).collect()
}

fn resolve(
    pose: &Pose,
    by_id: &std::collections::HashMap<&str, &Pose>,
) -> Result<PoseDef, ResolveError> {
    let mut chain = vec![pose];
    let mut current = pose;
    while let Some(like) = &current.like {
        let Some(next) = by_id.get(like.as_str()) else {
            return Err(ResolveError {
                field: "like",
                message: format!("is like '{like}', which is no pose"),
            });
        };
        if chain.iter().any(|p| p.id == next.id) || chain.len() >= MAX_LIKE_DEPTH {
            return Err(ResolveError {
                field: "like",
                message: "is like a pose that is (in the end) like it: break the circle".to_owned(),
            });
        }
        chain.push(next);
        current = next;
    }
    // The nearest pose in the chain that gives a field wins.
    macro_rules! pick {
        ($field:ident) => {
            chain.iter().find_map(|p| p.$field.clone())
        };
    }
    let missing = |field: &'static str| ResolveError {
        field,
        message: format!("gives no {field}, and no pose it is like does; add {field}"),
    };
    let still_arm = ArmPose::Arm {
        shoulder: 0.0,
        elbow: 0.0,
        wrist: 0.0,
    };
    let still_leg = LegPose::Leg {
        hip: 0.0,
        knee: 0.0,
        ankle: 0.0,
    };
    Ok(PoseDef {
        id: pose.id.clone(),
        name: pose.name.clone(),
        view: pick!(view).ok_or_else(|| missing("view"))?,
        facing: pick!(facing).unwrap_or_default(),
        hip: pick!(hip).ok_or_else(|| missing("hip"))?,
        trunk: pick!(trunk).ok_or_else(|| missing("trunk"))?,
        neck: pick!(neck).unwrap_or(0.0),
        legs: [
            pick!(left_leg).unwrap_or(still_leg),
            pick!(right_leg).unwrap_or(still_leg),
        ],
        arms: [
            pick!(left_arm).unwrap_or(still_arm),
            pick!(right_arm).unwrap_or(still_arm),
        ],
        props: pick!(props).unwrap_or_default(),
    })
}
