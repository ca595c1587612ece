//! The body seen from the front and from behind: one figure, eight heads
//! tall (crown 8, chin 110, nipples 208, navel 300, crotch 410, knees 600,
//! soles 792), drawn a little sturdier than life so that every region, the
//! forearm and the ankle too, holds a 24 px circle at 800×600.
//!
//! Shapes are given as the right half (offsets from the centre line x = 170)
//! and mirrored; a region on the person's left lies on the viewer's right
//! in the front view and on the viewer's left in the back view.

use super::{Group, K, Map, Region, c, curve, ellipse, k, region, smooth};

const BODY_W: f64 = 340.0;
const BODY_H: f64 = 800.0;
const MID: f64 = 170.0;

#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Front,
    Back,
}

/// Places a half-shape on the viewer's right (`true`) or left.
fn place(points: &[K], viewer_right: bool) -> Vec<K> {
    points
        .iter()
        .map(|p| K {
            x: if viewer_right { MID + p.x } else { MID - p.x },
            ..*p
        })
        .collect()
}

/// A shape symmetric about the centre line, from its right half given top
/// to bottom (the first and last points lie on the centre line).
fn symmetric(half: &[K]) -> Vec<K> {
    let mut points = place(half, true);
    let inner = &half[1..half.len() - 1];
    points.extend(place(inner, false).into_iter().rev());
    points
}

/// The figure's outline, right half, crown to crotch: head, neck, the
/// slope of the shoulder, the arm down to the fingertips and back up to
/// the armpit, the side of the torso, the leg down to the toes and back up
/// the inner leg.
const FIGURE_HALF: &[K] = &[
    k(0.0, 8.0),
    k(28.0, 13.0),
    k(42.0, 36.0),
    k(45.0, 62.0),
    k(41.0, 88.0),
    k(31.0, 104.0),
    k(22.0, 112.0),
    k(36.0, 122.0),
    k(38.0, 138.0),
    k(70.0, 148.0),
    k(100.0, 156.0),
    k(120.0, 168.0),
    k(137.0, 194.0),
    k(141.0, 236.0),
    k(145.0, 296.0),
    k(152.0, 344.0),
    k(155.0, 400.0),
    k(163.0, 440.0),
    k(161.0, 474.0),
    k(150.0, 490.0),
    k(124.0, 488.0),
    k(116.0, 444.0),
    k(112.0, 400.0),
    k(104.0, 346.0),
    k(96.0, 298.0),
    k(90.0, 250.0),
    c(80.0, 212.0),
    k(73.0, 246.0),
    k(66.0, 292.0),
    k(82.0, 340.0),
    k(94.0, 380.0),
    k(95.0, 420.0),
    k(90.0, 470.0),
    k(80.0, 540.0),
    k(70.0, 600.0),
    k(72.0, 650.0),
    k(61.0, 702.0),
    k(57.0, 734.0),
    k(60.0, 770.0),
    k(50.0, 792.0),
    k(10.0, 792.0),
    k(4.0, 770.0),
    k(8.0, 734.0),
    k(11.0, 690.0),
    k(11.0, 640.0),
    k(10.0, 600.0),
    k(6.0, 520.0),
    k(4.0, 450.0),
    c(0.0, 414.0),
];

fn figure() -> String {
    smooth(&symmetric(FIGURE_HALF))
}

/// A region on the person's own side; `half` is given with positive
/// offsets and placed for the view.
fn sided(view: View, id: &str, side: &str, half: &[K]) -> Region {
    let viewer_right = matches!((view, side), (View::Front, "left") | (View::Back, "right"));
    region(format!("{id}_{side}"), &place(half, viewer_right))
}

/// Both sides of a paired region.
fn pair(view: View, id: &str, half: &[K]) -> [Region; 2] {
    [
        sided(view, id, "left", half),
        sided(view, id, "right", half),
    ]
}

/// The head, the same shape front and back.
const HEAD: &[K] = &[
    k(0.0, 15.0),
    k(26.0, 20.0),
    k(37.0, 40.0),
    k(39.0, 62.0),
    k(35.0, 86.0),
    k(25.0, 100.0),
    k(0.0, 107.0),
];

/// The arms: front (shoulder cap, upper arm, forearm, palm) or back
/// (upper arm with the back of the shoulder, elbow, forearm, back of hand).
fn arm_regions(view: View, out: &mut Vec<Region>) {
    upper_arm_regions(view, out);
    lower_arm_regions(view, out);
}

/// The shoulder cap (front only) and the upper arm, which starts lower in
/// front to leave room for the cap.
fn upper_arm_regions(view: View, out: &mut Vec<Region>) {
    let upper_top = match view {
        View::Front => {
            out.extend(pair(
                view,
                "shoulder",
                &[
                    k(98.0, 160.0),
                    k(120.0, 168.0),
                    k(132.0, 190.0),
                    k(136.0, 222.0),
                    k(126.0, 236.0),
                    k(104.0, 232.0),
                    k(92.0, 208.0),
                    k(90.0, 180.0),
                ],
            ));
            240.0
        }
        View::Back => 176.0,
    };
    let upper = match view {
        View::Front => "upper_arm_front",
        View::Back => "upper_arm_back",
    };
    let upper_bottom = if view == View::Back { 272.0 } else { 294.0 };
    out.extend(pair(
        view,
        upper,
        &[
            k(94.0, upper_top + 2.0),
            k(118.0, upper_top - 2.0),
            k(137.0, upper_top + 10.0),
            k(140.0, upper_bottom - 12.0),
            k(124.0, upper_bottom),
            k(100.0, upper_bottom - 4.0),
            k(93.0, (upper_top + upper_bottom) / 2.0),
        ],
    ));
}

/// The elbow (back only), the forearm below it and the hand.
fn lower_arm_regions(view: View, out: &mut Vec<Region>) {
    let (lower, hand) = match view {
        View::Front => ("forearm_front", "hand_palm"),
        View::Back => ("forearm_back", "hand_back"),
    };
    let forearm_top = if view == View::Back {
        out.extend(pair(
            view,
            "elbow",
            &[
                k(98.0, 280.0),
                k(122.0, 276.0),
                k(142.0, 284.0),
                k(145.0, 304.0),
                k(130.0, 322.0),
                k(106.0, 322.0),
                k(97.0, 302.0),
            ],
        ));
        330.0
    } else {
        302.0
    };
    out.extend(pair(
        view,
        lower,
        &[
            k(99.0, forearm_top + 2.0),
            k(124.0, forearm_top - 2.0),
            k(145.0, forearm_top + 4.0),
            k(150.0, 350.0),
            k(151.0, 380.0),
            k(140.0, 396.0),
            k(118.0, 396.0),
            k(109.0, 372.0),
            k(103.0, 340.0),
        ],
    ));
    out.extend(pair(
        view,
        hand,
        &[
            k(116.0, 406.0),
            k(140.0, 402.0),
            k(156.0, 414.0),
            k(160.0, 446.0),
            k(153.0, 476.0),
            k(134.0, 484.0),
            k(122.0, 470.0),
            k(117.0, 440.0),
        ],
    ));
}

/// The head, neck, chest, abdomen and hips seen from the front.
fn front_trunk_regions(out: &mut Vec<Region>) {
    let v = View::Front;
    out.extend([
        region("head_front", &symmetric(HEAD)),
        region(
            "neck_front",
            &symmetric(&[
                k(0.0, 113.0),
                k(22.0, 114.0),
                k(31.0, 124.0),
                k(34.0, 142.0),
                k(22.0, 157.0),
                k(0.0, 160.0),
            ]),
        ),
    ]);
    out.extend(pair(
        v,
        "chest",
        &[
            k(6.0, 162.0),
            k(40.0, 160.0),
            k(70.0, 166.0),
            k(78.0, 188.0),
            k(75.0, 216.0),
            k(58.0, 234.0),
            k(30.0, 238.0),
            k(8.0, 234.0),
            k(4.0, 200.0),
        ],
    ));
    out.push(region(
        "abdomen",
        &symmetric(&[
            k(0.0, 244.0),
            k(30.0, 242.0),
            k(56.0, 252.0),
            k(60.0, 284.0),
            k(52.0, 316.0),
            k(34.0, 340.0),
            k(0.0, 350.0),
        ]),
    ));
    out.extend(pair(
        v,
        "hip",
        &[
            k(62.0, 314.0),
            k(78.0, 330.0),
            k(88.0, 358.0),
            k(88.0, 386.0),
            k(70.0, 396.0),
            k(50.0, 386.0),
            k(42.0, 360.0),
            k(48.0, 336.0),
        ],
    ));
}

/// The thighs seen from the front: outer (IT band), inner and front.
fn front_thigh_regions(out: &mut Vec<Region>) {
    let v = View::Front;
    out.extend(pair(
        v,
        "it_band",
        &[
            k(58.0, 401.0),
            k(91.0, 401.0),
            k(95.0, 432.0),
            k(88.0, 482.0),
            k(78.0, 540.0),
            k(70.0, 572.0),
            k(66.0, 540.0),
            k(68.0, 490.0),
            k(55.0, 452.0),
            k(50.0, 424.0),
        ],
    ));
    out.extend(pair(
        v,
        "inner_thigh",
        &[
            k(4.0, 420.0),
            k(30.0, 414.0),
            k(46.0, 436.0),
            k(42.0, 468.0),
            k(26.0, 500.0),
            k(12.0, 520.0),
            k(6.0, 490.0),
            k(4.0, 456.0),
        ],
    ));
    out.extend(pair(
        v,
        "thigh_front",
        &[
            k(50.0, 458.0),
            k(61.0, 478.0),
            k(64.0, 516.0),
            k(60.0, 556.0),
            k(46.0, 572.0),
            k(26.0, 566.0),
            k(18.0, 540.0),
            k(30.0, 508.0),
            k(42.0, 482.0),
        ],
    ));
}

/// The knees, shins, ankles and tops of the feet.
fn front_lower_leg_regions(out: &mut Vec<Region>) {
    let v = View::Front;
    out.extend(pair(v, "knee", &ellipse(40.0, 600.0, 25.0, 23.0)));
    out.extend(pair(
        v,
        "shin",
        &[
            k(16.0, 630.0),
            k(42.0, 628.0),
            k(66.0, 632.0),
            k(66.0, 660.0),
            k(56.0, 692.0),
            k(34.0, 696.0),
            k(16.0, 690.0),
            k(14.0, 660.0),
        ],
    ));
    out.extend(pair(
        v,
        "ankle",
        &[
            k(12.0, 700.0),
            k(34.0, 699.0),
            k(57.0, 702.0),
            k(55.0, 722.0),
            c(54.0, 742.0),
            c(10.0, 742.0),
            k(10.0, 722.0),
        ],
    ));
    out.extend(pair(
        v,
        "foot_top",
        &[
            c(9.0, 747.0),
            c(56.0, 747.0),
            k(58.0, 770.0),
            k(48.0, 788.0),
            k(30.0, 790.0),
            k(12.0, 788.0),
            k(6.0, 770.0),
        ],
    ));
}

pub fn body_front() -> Map {
    let mut regions = Vec::new();
    front_trunk_regions(&mut regions);
    front_thigh_regions(&mut regions);
    front_lower_leg_regions(&mut regions);
    arm_regions(View::Front, &mut regions);
    let details = vec![
        // Collarbones.
        curve(&[
            k(MID - 12.0, 156.0),
            k(MID - 40.0, 152.0),
            k(MID - 78.0, 158.0),
        ]),
        curve(&[
            k(MID + 12.0, 156.0),
            k(MID + 40.0, 152.0),
            k(MID + 78.0, 158.0),
        ]),
        // Navel.
        smooth(&ellipse(MID, 300.0, 2.5, 3.5)),
    ];
    Map {
        file: "body_front.svg",
        title: "the body seen from the front",
        width: BODY_W,
        height: BODY_H,
        silhouette: vec![figure()],
        details,
        guides: Vec::new(),
        regions,
        groups: Vec::new(),
    }
}

/// The back's bands either side of the spine, each a group of its two
/// sides (so one-sided work shows its side; the group is both).
fn back_groups() -> Vec<Group> {
    let v = View::Back;
    let neck = [
        c(3.0, 114.0),
        k(24.0, 115.0),
        k(36.0, 128.0),
        k(60.0, 144.0),
        k(92.0, 156.0),
        k(92.0, 172.0),
        k(60.0, 182.0),
        k(30.0, 184.0),
        c(3.0, 184.0),
    ];
    let upper = [
        c(4.0, 190.0),
        k(40.0, 188.0),
        k(68.0, 192.0),
        k(77.0, 214.0),
        k(72.0, 242.0),
        k(38.0, 250.0),
        c(4.0, 248.0),
    ];
    let middle = [
        c(4.0, 255.0),
        k(64.0, 254.0),
        k(70.0, 270.0),
        k(64.0, 296.0),
        k(34.0, 302.0),
        c(4.0, 301.0),
    ];
    let lower = [
        c(4.0, 307.0),
        k(58.0, 306.0),
        k(70.0, 322.0),
        k(62.0, 344.0),
        k(32.0, 354.0),
        c(4.0, 352.0),
    ];
    [
        ("neck_back", &neck[..], 150.0),
        ("upper_back", &upper[..], 220.0),
        ("mid_back", &middle[..], 278.0),
        ("lower_back", &lower[..], 330.0),
    ]
    .iter()
    .map(|(id, shape, label_y)| {
        let child = if *id == "neck_back" { "neck_side" } else { id };
        Group {
            id,
            label: (MID, *label_y),
            children: pair(v, child, shape).into(),
        }
    })
    .collect()
}

/// The back of the head, the sacrum, the sides of the hips and the glutes.
fn back_head_and_hip_regions(out: &mut Vec<Region>) {
    let v = View::Back;
    out.extend([
        region("head_back", &symmetric(HEAD)),
        region(
            "sacrum",
            &symmetric(&[
                k(0.0, 358.0),
                k(22.0, 360.0),
                k(27.0, 376.0),
                k(22.0, 396.0),
                k(10.0, 412.0),
                k(0.0, 416.0),
            ]),
        ),
    ]);
    out.extend(pair(
        v,
        "hip_side",
        &[
            k(36.0, 360.0),
            k(66.0, 350.0),
            k(86.0, 356.0),
            k(94.0, 380.0),
            k(86.0, 398.0),
            k(56.0, 400.0),
            k(36.0, 392.0),
            k(32.0, 374.0),
        ],
    ));
    out.extend(pair(
        v,
        "glute",
        &[
            k(6.0, 428.0),
            k(26.0, 410.0),
            k(56.0, 406.0),
            k(86.0, 408.0),
            k(93.0, 436.0),
            k(82.0, 468.0),
            k(44.0, 476.0),
            k(10.0, 468.0),
        ],
    ));
}

/// The legs from behind: hamstrings, backs of the knees, calves and heels.
fn back_leg_regions(out: &mut Vec<Region>) {
    let v = View::Back;
    out.extend(pair(
        v,
        "hamstring",
        &[
            k(8.0, 484.0),
            k(44.0, 482.0),
            k(84.0, 486.0),
            k(80.0, 530.0),
            k(70.0, 576.0),
            k(40.0, 586.0),
            k(14.0, 578.0),
            k(8.0, 536.0),
        ],
    ));
    out.extend(pair(
        v,
        "knee_back",
        &[
            k(14.0, 592.0),
            k(40.0, 590.0),
            k(66.0, 592.0),
            k(66.0, 618.0),
            k(52.0, 638.0),
            k(26.0, 640.0),
            k(13.0, 618.0),
        ],
    ));
    out.extend(pair(
        v,
        "calf",
        &[
            k(14.0, 648.0),
            k(40.0, 644.0),
            k(68.0, 650.0),
            k(66.0, 684.0),
            k(56.0, 716.0),
            k(38.0, 728.0),
            k(18.0, 720.0),
            k(12.0, 684.0),
        ],
    ));
    out.extend(pair(
        v,
        "heel",
        &[
            k(10.0, 738.0),
            k(32.0, 735.0),
            k(55.0, 738.0),
            k(58.0, 766.0),
            k(48.0, 788.0),
            k(14.0, 789.0),
            k(6.0, 766.0),
        ],
    ));
}

pub fn body_back() -> Map {
    let mut regions = Vec::new();
    back_head_and_hip_regions(&mut regions);
    back_leg_regions(&mut regions);
    arm_regions(View::Back, &mut regions);
    let details = vec![
        // The spine, as a row of short dashes between the bands.
        format!(
            "M {MID} 186 L {MID} 190 M {MID} 250 L {MID} 255 M {MID} 302 L {MID} 306 M {MID} 352 L {MID} 357"
        ),
        // Shoulder blades.
        curve(&[
            k(MID - 22.0, 198.0),
            k(MID - 48.0, 194.0),
            k(MID - 58.0, 216.0),
            k(MID - 36.0, 240.0),
        ]),
        curve(&[
            k(MID + 22.0, 198.0),
            k(MID + 48.0, 194.0),
            k(MID + 58.0, 216.0),
            k(MID + 36.0, 240.0),
        ]),
    ];
    Map {
        file: "body_back.svg",
        title: "the body seen from behind",
        width: BODY_W,
        height: BODY_H,
        silhouette: vec![figure()],
        details,
        guides: Vec::new(),
        regions,
        groups: back_groups(),
    }
}
