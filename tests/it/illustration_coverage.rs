//! Every shipped step is illustrated, every illustration can be drawn at
//! every moment of its movement, limbs keep their length, and the right
//! side is the left one mirrored, with its words saying so.

use crate::common;

use reliefmap::content::figure::{Blend, Figure, Vec2, canon, solve};
use reliefmap::content::pose::{FRAME_W, Limb};
use reliefmap::logic::illustration::Illustration;

#[test]
fn every_shipped_step_has_an_illustration() {
    let catalogue = common::shipped();
    let mut missing = Vec::new();
    for technique in &catalogue.techniques {
        for (i, step) in technique.steps.iter().enumerate() {
            if Illustration::of(&catalogue, step, false).is_none() {
                missing.push(format!("{} step {}", technique.id, i + 1));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "steps without an illustration: {missing:#?}"
    );
    assert_eq!(catalogue.step_count(), 132);
}

fn lengths(figure: &Figure, limb: Limb) -> [f64; 4] {
    let leg = figure.leg(limb);
    let arm = figure.arm(limb);
    [
        leg.hip.distance(leg.knee),
        leg.knee.distance(leg.ankle),
        arm.shoulder.distance(arm.elbow),
        arm.elbow.distance(arm.wrist),
    ]
}

#[test]
fn limbs_keep_their_length_through_every_movement() {
    let catalogue = common::shipped();
    let canon = [
        canon::THIGH_LEN,
        canon::SHIN_LEN,
        canon::UPPER_ARM_LEN,
        canon::FOREARM_LEN,
    ];
    for technique in &catalogue.techniques {
        for step in &technique.steps {
            let ill = Illustration::of(&catalogue, step, false).unwrap();
            for pair in ill.keys.windows(2).chain(std::iter::once(&ill.keys[..1])) {
                let (a, b) = (pair[0], *pair.last().unwrap());
                for k in 0..=10 {
                    let w = f64::from(k) / 10.0;
                    let solved = solve(&Blend {
                        a,
                        b,
                        w,
                        circle: Vec2::ZERO,
                    });
                    assert!(
                        solved.problems.is_empty(),
                        "{} at {w}: {:?}",
                        technique.id,
                        solved.problems
                    );
                    for limb in [Limb::Left, Limb::Right] {
                        for (got, want) in lengths(&solved.figure, limb).iter().zip(canon) {
                            assert!(
                                (got - want).abs() < 1e-6,
                                "{}: {got} vs {want}",
                                technique.id
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_right_side_is_the_left_mirrored() {
    let catalogue = common::shipped();
    let technique = catalogue.technique("ankle_thumb_pressure").unwrap();
    let step = &technique.steps[2];
    let left = Illustration::of(&catalogue, step, false).unwrap();
    let right = Illustration::of(&catalogue, step, true).unwrap();
    let (l, r) = (left.still().figure, right.still().figure);
    let w = f64::from(FRAME_W);
    // The worked (left) ankle on one is the right ankle on the other, at
    // the mirrored place.
    let la = l.leg(Limb::Left).ankle;
    let ra = r.leg(Limb::Right).ankle;
    assert!((la.x - (w - ra.x)).abs() < 1e-9 && (la.y - ra.y).abs() < 1e-9);
    assert_eq!(r.near, l.near.map(Limb::other));
    assert!(
        left.alt_text().contains("left ankle"),
        "{}",
        left.alt_text()
    );
    assert!(
        right.alt_text().contains("right ankle"),
        "{}",
        right.alt_text()
    );
    assert_eq!(
        right.work(),
        vec![reliefmap::content::pose::Area::Ankle(Limb::Right)]
    );
}

#[test]
fn stills_show_an_arrow_for_every_movement() {
    let catalogue = common::shipped();
    for technique in &catalogue.techniques {
        for (i, step) in technique.steps.iter().enumerate() {
            let ill = Illustration::of(&catalogue, step, false).unwrap();
            if ill.moves() {
                assert!(
                    ill.still().arrow.is_some(),
                    "{} step {} moves but its still has no arrow",
                    technique.id,
                    i + 1
                );
            }
        }
    }
}

#[test]
fn every_illustration_has_words() {
    let catalogue = common::shipped();
    let ill = Illustration::of(
        &catalogue,
        &catalogue.technique("lying_tennis_ball_back").unwrap().steps[2],
        false,
    )
    .unwrap();
    assert_eq!(
        ill.alt_text(),
        "Lying on your back, knees bent, a ball under the lower back; resting on a ball under \
         the left side of the lower back"
    );
    for technique in &catalogue.techniques {
        for step in &technique.steps {
            let text = Illustration::of(&catalogue, step, false)
                .unwrap()
                .alt_text();
            assert!(text.len() > 10 && !text.contains('{'), "{text}");
        }
    }
}
