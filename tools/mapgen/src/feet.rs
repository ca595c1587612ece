//! The soles seen from below and the inner edge of the foot, with the
//! zones of published reflexology charts and their guide lines.

use super::{
    Guide, K, Map, Region, c, curve, ellipse, k, middle, num, region, rounded_rect, smooth,
};

// --------------------------------------------------------------- the soles

/// Soles are 180 × 400, seen from below, toes up. Shapes are given for the
/// right sole (big toe on the left of the picture); the left sole mirrors
/// them.
const SOLE_W: f64 = 180.0;
const SOLE_H: f64 = 400.0;

/// The sole without its toes.
const SOLE: &[K] = &[
    k(22.0, 84.0),
    k(56.0, 78.0),
    k(94.0, 70.0),
    k(124.0, 76.0),
    k(148.0, 86.0),
    k(166.0, 100.0),
    k(170.0, 130.0),
    k(164.0, 176.0),
    k(159.0, 220.0),
    k(155.0, 262.0),
    k(151.0, 306.0),
    k(145.0, 346.0),
    k(128.0, 378.0),
    k(104.0, 392.0),
    k(78.0, 392.0),
    k(56.0, 380.0),
    k(42.0, 352.0),
    k(40.0, 312.0),
    k(48.0, 270.0),
    k(50.0, 232.0),
    k(38.0, 196.0),
    k(20.0, 160.0),
    k(10.0, 124.0),
    k(12.0, 98.0),
];

/// The toes: centre x, centre y, half width, half height.
const TOES: [(f64, f64, f64, f64); 5] = [
    (43.0, 44.0, 25.0, 36.0),
    (85.0, 36.0, 15.0, 28.0),
    (115.0, 43.0, 14.5, 27.0),
    (143.0, 56.0, 13.5, 26.0),
    (166.0, 74.0, 12.5, 25.0),
];

/// The tip of a toe (sinuses) or its base (eyes, ears): an oval in its
/// upper or lower half.
fn toe_part((x, y, w, h): (f64, f64, f64, f64), upper: bool) -> Vec<K> {
    let dy = if upper { -0.5 * h } else { 0.5 * h };
    ellipse(x, y + dy, w * 0.86, h * 0.45)
}

/// Which sole a shape goes on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Foot {
    Left,
    Right,
}

impl Foot {
    fn place(self, points: &[K]) -> Vec<K> {
        points
            .iter()
            .map(|p| K {
                x: match self {
                    Self::Right => p.x,
                    Self::Left => SOLE_W - p.x,
                },
                ..*p
            })
            .collect()
    }

    fn name(self) -> &'static str {
        match self {
            Self::Left => "left",
            Self::Right => "right",
        }
    }
}

/// A zone on one sole, from points given for the right sole.
fn zone(foot: Foot, id: &str, points: &[K]) -> Region {
    region(format!("{id}_{}", foot.name()), &foot.place(points))
}

/// A zone whose label points at `(x, y)` (right-sole coordinates): a zone
/// under others is named where it shows.
fn anchored(foot: Foot, region: Region, x: f64, y: f64) -> Region {
    let at = foot.place(&[k(x, y)]);
    Region {
        label: at.first().map_or(region.label, |p| (p.x, p.y)),
        ..region
    }
}

/// A zone made of several blobs (one per toe, say).
fn zone_parts(foot: Foot, id: &str, parts: &[Vec<K>]) -> Region {
    let placed: Vec<Vec<K>> = parts.iter().map(|p| foot.place(p)).collect();
    let d = placed
        .iter()
        .map(|p| smooth(p))
        .collect::<Vec<_>>()
        .join(" ");
    let all: Vec<K> = placed.concat();
    Region {
        id: format!("{id}_{}", foot.name()),
        d,
        label: middle(&all),
    }
}

/// The diaphragm, waist and heel lines, right sole.
const DIAPHRAGM_Y: f64 = 156.0;
const WAIST_Y: f64 = 228.0;
const HEEL_LINE_Y: f64 = 304.0;

/// The whole-sole zone, then the forefoot's: toes, ball and shoulder.
fn toe_and_ball_zones(foot: Foot) -> Vec<Region> {
    vec![
        // Whole-sole region underneath the zones (for the foot exercises).
        anchored(foot, zone(foot, "sole", SOLE), 150.0, 330.0),
        zone(foot, "reflex_big_toe", &ellipse(43.0, 38.0, 20.0, 25.0)),
        // The centre of the big toe's pad, over the head zone.
        zone(foot, "reflex_pituitary", &ellipse(43.0, 46.0, 11.2, 11.2)),
        zone(
            foot,
            "reflex_big_toe_base",
            &[
                k(20.0, 66.0),
                k(42.0, 63.0),
                k(66.0, 66.0),
                k(66.0, 86.0),
                k(42.0, 90.0),
                k(20.0, 86.0),
            ],
        ),
        zone_parts(
            foot,
            "reflex_toes",
            &TOES[1..]
                .iter()
                .map(|&toe| toe_part(toe, true))
                .collect::<Vec<_>>(),
        ),
        zone_parts(
            foot,
            "reflex_eyes",
            &TOES[1..3]
                .iter()
                .map(|&toe| toe_part(toe, false))
                .collect::<Vec<_>>(),
        ),
        zone_parts(
            foot,
            "reflex_ears",
            &TOES[3..]
                .iter()
                .map(|&toe| toe_part(toe, false))
                .collect::<Vec<_>>(),
        ),
        anchored(
            foot,
            zone(
                foot,
                "reflex_ball",
                &[
                    k(20.0, 96.0),
                    k(60.0, 95.0),
                    k(100.0, 90.0),
                    k(128.0, 96.0),
                    k(133.0, 120.0),
                    k(128.0, 142.0),
                    k(70.0, 144.0),
                    k(26.0, 140.0),
                    k(16.0, 120.0),
                ],
            ),
            100.0,
            118.0,
        ),
        zone(foot, "reflex_shoulder", &ellipse(150.0, 124.0, 13.0, 17.0)),
    ]
}

/// The arch's zones, between the diaphragm and heel lines.
fn arch_zones(foot: Foot) -> Vec<Region> {
    vec![
        zone(
            foot,
            "reflex_solar_plexus",
            &ellipse(84.0, DIAPHRAGM_Y, 15.0, 11.0),
        ),
        anchored(
            foot,
            zone(
                foot,
                "reflex_upper_arch",
                &[
                    k(36.0, 170.0),
                    k(90.0, 170.0),
                    k(128.0, 166.0),
                    k(130.0, 222.0),
                    k(96.0, 224.0),
                    k(50.0, 224.0),
                    k(44.0, 196.0),
                ],
            ),
            42.0,
            198.0,
        ),
        zone(foot, "reflex_adrenal", &ellipse(60.0, 181.0, 12.0, 11.0)),
        zone(foot, "reflex_kidney", &ellipse(64.0, 211.0, 12.0, 16.0)),
        anchored(
            foot,
            zone(
                foot,
                "reflex_lower_arch",
                &[
                    k(52.0, 234.0),
                    k(100.0, 233.0),
                    k(130.0, 234.0),
                    k(130.0, 294.0),
                    k(100.0, 296.0),
                    k(50.0, 294.0),
                ],
            ),
            55.0,
            276.0,
        ),
        zone(
            foot,
            "reflex_colon_transverse",
            &[
                k(58.0, 237.0),
                k(126.0, 237.0),
                k(127.0, 259.0),
                k(92.0, 261.0),
                k(58.0, 259.0),
            ],
        ),
        zone(
            foot,
            "reflex_small_intestine",
            &ellipse(80.0, 279.0, 20.0, 13.0),
        ),
    ]
}

/// The heel's zones and the outer edge with the limb joints along it.
fn heel_and_edge_zones(foot: Foot) -> Vec<Region> {
    vec![
        zone(foot, "reflex_bladder", &ellipse(56.0, 306.0, 12.0, 12.0)),
        anchored(
            foot,
            zone(
                foot,
                "reflex_heel",
                &[
                    k(48.0, 324.0),
                    k(96.0, 320.0),
                    k(138.0, 324.0),
                    k(140.0, 352.0),
                    k(124.0, 380.0),
                    k(96.0, 390.0),
                    k(66.0, 384.0),
                    k(49.0, 358.0),
                ],
            ),
            90.0,
            376.0,
        ),
        zone(
            foot,
            "reflex_sciatic",
            &[
                k(54.0, 332.0),
                k(84.0, 329.0),
                k(112.0, 332.0),
                k(112.0, 356.0),
                k(84.0, 354.0),
                k(54.0, 356.0),
            ],
        ),
        anchored(
            foot,
            zone(
                foot,
                "reflex_outer_edge",
                &[
                    k(134.0, 156.0),
                    k(160.0, 150.0),
                    k(162.0, 200.0),
                    k(156.0, 250.0),
                    k(152.0, 292.0),
                    k(134.0, 296.0),
                    k(132.0, 224.0),
                ],
            ),
            146.0,
            206.0,
        ),
        zone(foot, "reflex_arm", &ellipse(148.0, 182.0, 11.5, 17.0)),
        zone(foot, "reflex_elbow", &ellipse(145.0, 226.0, 11.5, 12.5)),
        zone(foot, "reflex_knee", &ellipse(142.0, 267.0, 11.5, 14.0)),
        zone(foot, "reflex_hip", &ellipse(128.0, 353.0, 11.5, 16.0)),
    ]
}

/// Organs that are on one foot only.
fn one_sided_zones(foot: Foot, out: &mut Vec<Region>) {
    match foot {
        Foot::Right => {
            out.push(zone(
                foot,
                "reflex_liver",
                &[
                    k(84.0, 172.0),
                    k(126.0, 170.0),
                    k(127.0, 218.0),
                    k(96.0, 218.0),
                    k(82.0, 196.0),
                ],
            ));
            out.push(zone(
                foot,
                "reflex_gallbladder",
                &ellipse(110.0, 200.0, 11.5, 11.5),
            ));
            out.push(zone(
                foot,
                "reflex_colon_ascending",
                &rounded_rect(103.0, 263.0, 127.0, 291.0, 5.0),
            ));
            out.push(zone(
                foot,
                "reflex_ileocecal",
                &ellipse(116.0, 303.0, 11.5, 11.0),
            ));
        }
        Foot::Left => {
            out.push(zone(
                foot,
                "reflex_heart",
                &ellipse(62.0, 124.0, 14.0, 13.0),
            ));
            out.push(zone(
                foot,
                "reflex_stomach",
                &ellipse(91.0, 192.0, 13.5, 13.0),
            ));
            out.push(zone(
                foot,
                "reflex_spleen",
                &ellipse(117.0, 197.0, 11.3, 14.0),
            ));
            out.push(zone(
                foot,
                "reflex_colon_descending",
                &rounded_rect(103.0, 263.0, 127.0, 291.0, 5.0),
            ));
            out.push(zone(
                foot,
                "reflex_sigmoid",
                &[
                    k(73.0, 298.0),
                    k(100.0, 295.0),
                    k(126.0, 297.0),
                    k(124.0, 314.0),
                    k(98.0, 320.0),
                    k(75.0, 318.0),
                ],
            ));
        }
    }
}

pub fn sole(foot: Foot) -> Map {
    let mut silhouette = vec![smooth(&foot.place(SOLE))];
    silhouette.extend(
        TOES.iter()
            .map(|&(x, y, w, h)| smooth(&foot.place(&ellipse(x, y, w, h)))),
    );
    let mut regions = toe_and_ball_zones(foot);
    regions.extend(arch_zones(foot));
    regions.extend(heel_and_edge_zones(foot));
    one_sided_zones(foot, &mut regions);
    let line = |id: &'static str, name: &'static str, y: f64, dip: f64| Guide {
        id,
        name,
        d: curve(&foot.place(&[k(8.0, y + dip), k(90.0, y), k(172.0, y + dip)])),
    };
    Map {
        file: match foot {
            Foot::Left => "left_sole.svg",
            Foot::Right => "right_sole.svg",
        },
        title: match foot {
            Foot::Left => "the left sole seen from below",
            Foot::Right => "the right sole seen from below",
        },
        width: SOLE_W,
        height: SOLE_H,
        silhouette,
        details: Vec::new(),
        guides: vec![
            line("guide-diaphragm", "Diaphragm line", DIAPHRAGM_Y, 4.0),
            line("guide-waist", "Waist line", WAIST_Y, 0.0),
            line("guide-heel", "Heel line", HEEL_LINE_Y, -2.0),
        ],
        regions,
        groups: Vec::new(),
    }
}

// ------------------------------------------------------- the inner edge

/// The inner edge of the foot is 400 × 170, toes to the left, heel to the
/// right; the spine line runs along the sole's edge.
const INNER_W: f64 = 400.0;
const INNER_H: f64 = 170.0;

/// The foot seen from its inner side: the big toe on the left, the ball
/// and heel on the ground, the arch raised between them, the ankle and
/// the start of the leg above the heel.
const INNER_FOOT: &[K] = &[
    k(8.0, 128.0),
    k(16.0, 106.0),
    k(40.0, 97.0),
    k(66.0, 100.0),
    k(86.0, 97.0),
    k(120.0, 88.0),
    k(170.0, 76.0),
    k(222.0, 56.0),
    k(250.0, 36.0),
    c(256.0, 6.0),
    c(328.0, 6.0),
    k(332.0, 46.0),
    k(350.0, 84.0),
    k(376.0, 108.0),
    k(386.0, 134.0),
    k(372.0, 156.0),
    k(330.0, 162.0),
    k(290.0, 156.0),
    k(240.0, 142.0),
    k(180.0, 140.0),
    k(130.0, 152.0),
    k(90.0, 160.0),
    k(50.0, 156.0),
    k(20.0, 150.0),
];

/// The spine band's lower edge at `x`: just inside the sole's edge, which
/// rises along the arch.
fn spine_bottom(x: f64) -> f64 {
    let edge = [
        (10.0, 140.0),
        (50.0, 152.0),
        (90.0, 155.0),
        (130.0, 148.0),
        (180.0, 136.0),
        (240.0, 138.0),
        (290.0, 151.0),
        (330.0, 156.0),
        (380.0, 148.0),
    ];
    let i = edge
        .iter()
        .rposition(|&(ex, _)| ex <= x)
        .unwrap_or(0)
        .min(edge.len() - 2);
    let ((x0, y0), (x1, y1)) = (edge[i], edge[i + 1]);
    y0 + (y1 - y0) * ((x - x0) / (x1 - x0)).clamp(0.0, 1.0) - 4.0
}

/// The spine band's upper edge at `x`, a band's width above the lower.
fn spine_top(x: f64) -> f64 {
    spine_bottom(x) - 32.0
}

/// The spine band along the sole's edge between `x0` and `x1`, cut at the
/// guide lines.
fn spine_band(x0: f64, x1: f64) -> Vec<K> {
    let xm = (x0 + x1) / 2.0;
    vec![
        k(x0, spine_top(x0)),
        k(xm, spine_top(xm)),
        k(x1, spine_top(x1)),
        c(x1, spine_bottom(x1)),
        k(xm, spine_bottom(xm)),
        c(x0, spine_bottom(x0)),
    ]
}

pub fn inner_edge() -> Map {
    let zones = [
        ("reflex_spine_cervical", 24.0, 94.0),
        ("reflex_spine_thoracic", 100.0, 194.0),
        ("reflex_spine_lumbar", 200.0, 284.0),
        ("reflex_spine_sacrum", 290.0, 370.0),
    ];
    let regions = zones
        .iter()
        .map(|&(id, x0, x1)| region(id, &spine_band(x0, x1)))
        .collect();
    let guide = |id: &'static str, name: &'static str, x: f64| Guide {
        id,
        name,
        d: format!(
            "M {} {} L {} {}",
            num(x),
            num(spine_top(x) - 24.0),
            num(x),
            num(spine_bottom(x) + 6.0)
        ),
    };
    Map {
        file: "inner_edge.svg",
        title: "the inner edge of the foot",
        width: INNER_W,
        height: INNER_H,
        silhouette: vec![smooth(INNER_FOOT)],
        details: vec![
            // The ankle bone and the big toe's nail.
            smooth(&ellipse(300.0, 60.0, 11.0, 10.0)),
            curve(&[k(22.0, 102.0), k(34.0, 98.0), k(46.0, 100.0)]),
        ],
        guides: vec![
            guide("guide-diaphragm", "Diaphragm line", 97.0),
            guide("guide-waist", "Waist line", 197.0),
            guide("guide-heel", "Heel line", 287.0),
        ],
        regions,
        groups: Vec::new(),
    }
}
