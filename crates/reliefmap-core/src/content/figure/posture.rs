//! What a solved figure shows in words a step would use: lying, sitting,
//! standing or kneeling, and how far each knee bends. `check` holds a
//! step's words ("lie on your back, knees bent") against these.

use super::{Figure, LegGeom, Limb, Vec2, View, canon};

/// The body's position, as a step's words name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Posture {
    Lying,
    Sitting,
    Standing,
    Kneeling,
}

impl Posture {
    pub fn word(self) -> &'static str {
        match self {
            Self::Lying => "lying",
            Self::Sitting => "sitting",
            Self::Standing => "standing",
            Self::Kneeling => "kneeling",
        }
    }
}

/// A trunk this close to level (degrees) is lying down.
const LYING_WITHIN_DEGREES: f64 = 40.0;
/// A thigh this close to level (degrees) is sitting on it.
const SEATED_THIGH_DEGREES: f64 = 45.0;
/// In a front or back view, a thigh drawn shorter than this share of its
/// length points at the viewer: sitting.
const FORESHORTENED_SHARE: f64 = 0.6;
/// A knee this close to the floor line (units) with a level shin kneels.
const KNEE_ON_FLOOR: f64 = 5.0;
const LEVEL_SHIN_DEGREES: f64 = 35.0;
const STEEP_THIGH_DEGREES: f64 = 50.0;

/// How far a direction is from level, 0 to 90 degrees.
fn from_level(v: Vec2) -> f64 {
    v.y.abs().atan2(v.x.abs()).to_degrees()
}

impl Figure {
    /// The position the picture shows.
    pub fn posture(&self) -> Posture {
        if self.view == View::Top || from_level(self.trunk_dir) < LYING_WITHIN_DEGREES {
            return Posture::Lying;
        }
        // Kneeling: the knee on the floor under a steep thigh (a leg
        // stretched out along the floor has a level thigh: sitting).
        let kneels = |leg: &LegGeom| {
            self.floor_y.is_some_and(|floor| {
                leg.knee.y + canon::SHIN_R.0 >= floor - KNEE_ON_FLOOR
                    && from_level(leg.ankle - leg.knee) < LEVEL_SHIN_DEGREES
                    && from_level(leg.knee - leg.hip) >= STEEP_THIGH_DEGREES
            })
        };
        if self.legs.iter().any(kneels) {
            return Posture::Kneeling;
        }
        let seated = |leg: &LegGeom| {
            let thigh = leg.knee - leg.hip;
            // From the front a seated thigh points at the viewer, or out
            // to the side when the legs are crossed.
            match self.view {
                View::Side => from_level(thigh) < SEATED_THIGH_DEGREES,
                _ => {
                    thigh.hypot() < canon::THIGH_LEN * FORESHORTENED_SHARE
                        || from_level(thigh) < SEATED_THIGH_DEGREES
                }
            }
        };
        // One level thigh is enough: the other leg may be crossed over it.
        if self.legs.iter().any(seated) {
            Posture::Sitting
        } else {
            Posture::Standing
        }
    }

    /// How far a knee bends as drawn: 0 straight, 90 a right angle.
    pub fn knee_bend_degrees(&self, limb: Limb) -> f64 {
        let leg = self.leg(limb);
        let thigh = leg.knee - leg.hip;
        let shin = leg.ankle - leg.knee;
        let (a, b) = (thigh.hypot(), shin.hypot());
        if a < 1e-6 || b < 1e-6 {
            // Foreshortened to a point: the picture cannot tell; call it bent.
            return 90.0;
        }
        let cos = (thigh.dot(shin) / (a * b)).clamp(-1.0, 1.0);
        cos.acos().to_degrees()
    }

    /// How far a thigh points away from level, 0 to 90 degrees.
    pub fn thigh_from_level_degrees(&self, limb: Limb) -> f64 {
        let leg = self.leg(limb);
        from_level(leg.knee - leg.hip)
    }
}
