//! The figure's proportions: the body map's canon (eight heads tall: crown,
//! chin, nipples, navel, crotch, knees, soles at the map's eighths) in frame
//! units, a head being ten. Lengths are fixed here, so every pose has the
//! same limbs; widths are half-widths at each end of a segment.

/// Head radius (the head is drawn as a circle a head tall).
pub const HEAD_R: f64 = 4.9;
/// Chin to the shoulder line.
pub const NECK_LEN: f64 = 3.4;
pub const NECK_R: f64 = 1.9;
/// Hip joints to the shoulder joints.
pub const TRUNK_LEN: f64 = 25.0;
/// Side view: pelvis and chest depth.
pub const PELVIS_R: f64 = 5.4;
pub const CHEST_R: f64 = 4.6;
/// Front view: half the distance between the hip joints and between the
/// shoulder joints, and the waist's half-width.
pub const HIP_HALF: f64 = 4.2;
pub const SHOULDER_HALF: f64 = 7.6;
pub const WAIST_HALF: f64 = 6.4;
pub const UPPER_ARM_LEN: f64 = 14.5;
pub const UPPER_ARM_R: (f64, f64) = (2.2, 1.8);
pub const FOREARM_LEN: f64 = 12.5;
pub const FOREARM_R: (f64, f64) = (1.8, 1.3);
/// Wrist to fingertips.
pub const HAND_LEN: f64 = 6.4;
pub const HAND_R: (f64, f64) = (1.5, 1.1);
pub const THIGH_LEN: f64 = 21.0;
pub const THIGH_R: (f64, f64) = (3.6, 2.5);
pub const SHIN_LEN: f64 = 19.0;
pub const SHIN_R: (f64, f64) = (2.5, 1.5);
/// Ankle to toe tip, and the ankle's height above the sole.
pub const FOOT_LEN: f64 = 9.0;
pub const FOOT_R: (f64, f64) = (1.6, 1.0);
pub const ANKLE_HEIGHT: f64 = 2.0;
/// The heel behind the ankle.
pub const HEEL_BACK: f64 = 2.0;
pub const HEEL_R: f64 = 1.7;
/// A foot seen from the front or above: its visible length.
pub const FOOT_FRONT_LEN: f64 = 4.5;

/// Radii of the props that sit on the body (frame units, at the figure's
/// scale: a tennis ball is about a third of a head across).
pub const TENNIS_BALL_R: f64 = 3.0;
pub const GOLF_BALL_R: f64 = 2.0;
pub const MASSAGE_BALL_R: f64 = 3.4;
pub const ROLLER_R: f64 = 3.4;
/// Half-length of a foam roller seen from above or from the front.
pub const ROLLER_HALF_LEN: f64 = 13.0;
/// Towel, heat pack and pillow: half-length and half-thickness.
pub const TOWEL_HALF: (f64, f64) = (7.0, 0.8);
pub const HEAT_PACK_HALF: (f64, f64) = (5.5, 1.4);
pub const PILLOW_HALF: (f64, f64) = (6.0, 2.0);
/// A partner's hand: palm radius.
pub const PARTNER_HAND_R: f64 = 1.8;
/// Chair and couch: seat half-width and seat height above the floor, used
/// when the pose has no floor.
pub const CHAIR_SEAT_HALF: f64 = 9.0;
pub const COUCH_SEAT_HALF: f64 = 16.0;
pub const DEFAULT_SEAT_HEIGHT: f64 = 22.0;
/// A hand's thickness: how far the palm's centre sits off the skin.
pub const HAND_THICKNESS: f64 = 1.2;

/// Which way (+1 right, -1 left) a couch's backrest stands from its seat:
/// behind someone sitting on it, and on the far side from someone lying in
/// front of it with their legs up.
pub fn couch_back_side(placed: &super::PlacedProp, hip: super::Point) -> f64 {
    let dx = placed.at.x - hip.x;
    if dx.abs() > COUCH_SEAT_HALF {
        dx.signum()
    } else {
        -placed.along.x.signum()
    }
}
