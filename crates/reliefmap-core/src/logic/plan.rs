//! A plan for today: from where it hurts, the minutes there are, what is at
//! hand and which positions are possible, an ordered list of techniques to
//! play as a routine. The same inputs and diary give the same plan (the
//! rotation is seeded by the date), so a plan can be tested and explained.
//!
//! The rules, in order: only what the equipment and positions allow (and,
//! on a flare-up day, no deep pressure); work on the chosen regions first,
//! then what an article says may ease them; what helped this person before
//! first, the rest rotated by day; never massage without movement, and
//! massage at most half the time; the total within ±10 % of the minutes, or
//! a plain sentence why not.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use crate::content::{
    Catalogue, DEFAULT_TRANSITION_SECS, Equipment, Position, RegionId, Technique, TechniqueId,
    TechniqueKind,
};
use crate::logic::history::{HelpsMe, RunOf, what_helps_me};
use crate::logic::store::HistoryEntry;

/// The minutes a plan can be asked for.
pub const PLAN_MINUTES: [u32; 5] = [5, 10, 15, 20, 30];
/// How far the plan's total may be from the minutes asked, in per cent.
pub const FIT_PERCENT: u32 = 10;
/// Tools that press deep (a ball under body weight among them): left out on
/// a flare-up day, when only the hands and easy movement are planned.
const DEEP_PRESSURE: [Equipment; 5] = [
    Equipment::TennisBall,
    Equipment::FoamRoller,
    Equipment::MassageBall,
    Equipment::GolfBall,
    Equipment::Partner,
];

/// What the person said today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRequest {
    /// Where it hurts, most important first.
    pub regions: Vec<RegionId>,
    pub minutes: u32,
    /// What is at hand (a floor, a bed and nothing else need no entry).
    pub equipment: BTreeSet<Equipment>,
    /// Positions possible today.
    pub positions: BTreeSet<Position>,
    /// A gentler plan: easy movement, no deep pressure.
    pub flare_up: bool,
    /// The day planned for: it seeds the rotation.
    pub day: NaiveDate,
}

/// One technique of the plan and why it is there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanItem {
    pub technique: TechniqueId,
    /// At its default doses, both sides.
    pub secs: u32,
    /// One line: "works on your lower back"; "helped you: …".
    pub why: String,
}

/// An ordered plan, played as a routine with `transition_secs` between.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub items: Vec<PlanItem>,
    pub transition_secs: u32,
    /// Why the plan does not fill the minutes (within ±10 %), if it does not.
    pub shortfall: Option<String>,
}

impl Plan {
    /// Everything the player counts: the techniques and the pauses between.
    pub fn total_secs(&self) -> u32 {
        let steps: u32 = self.items.iter().map(|i| i.secs).sum();
        let pauses = u32::try_from(self.items.len().saturating_sub(1)).unwrap_or(u32::MAX);
        steps.saturating_add(pauses.saturating_mul(self.transition_secs))
    }

    pub fn techniques(&self) -> Vec<TechniqueId> {
        self.items.iter().map(|i| i.technique).collect()
    }
}

/// Whether a technique gets the body moving (exercise or stretch).
pub fn is_movement(technique: &Technique) -> bool {
    matches!(
        technique.kind,
        TechniqueKind::Exercise | TechniqueKind::Stretch
    )
}

/// Whether what is at hand, the positions and the day allow a technique.
pub fn allowed(technique: &Technique, request: &PlanRequest) -> bool {
    let has = |e: &Equipment| request.equipment.contains(e);
    let tools = technique.equipment.iter().all(has)
        && (technique.equipment_any.is_empty() || technique.equipment_any.iter().any(has));
    let position = technique
        .positions
        .iter()
        .any(|p| request.positions.contains(p));
    let gentle = !request.flare_up
        || !technique
            .equipment
            .iter()
            .chain(&technique.equipment_any)
            .any(|e| DEEP_PRESSURE.contains(e));
    tools && position && gentle
}

/// How a candidate relates to the request: lower is nearer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Reach {
    WorksOn,
    MayEase,
}

struct Candidate<'a> {
    id: TechniqueId,
    technique: &'a Technique,
    reach: Reach,
    /// The region it was found for (its name goes in the reason).
    region: RegionId,
    helped: Option<&'a HelpsMe>,
    rotation: u64,
}

/// Builds today's plan. Pure: the same catalogue, diary and request give
/// the same plan.
pub fn build(catalogue: &Catalogue, history: &[HistoryEntry], request: &PlanRequest) -> Plan {
    let helps = what_helps_me(history);
    let mut candidates = candidates(catalogue, &helps, request);
    candidates.sort_by(|a, b| {
        let drop = |c: &Candidate| c.helped.filter(|h| h.helps()).map(|h| h.average_drop);
        a.reach
            .cmp(&b.reach)
            .then_with(|| drop(b).unwrap_or(0.0).total_cmp(&drop(a).unwrap_or(0.0)))
            .then_with(|| a.rotation.cmp(&b.rotation))
    });
    let budget = request.minutes * 60 * (100 + FIT_PERCENT) / 100;
    let floor = request.minutes * 60 * (100 - FIT_PERCENT) / 100;
    let mut plan = Plan {
        items: Vec::new(),
        transition_secs: DEFAULT_TRANSITION_SECS,
        shortfall: None,
    };
    // One movement first, so massage never goes alone; then in order of
    // reach and what helped, massage taking at most half the time (the
    // guidance puts exercise first and massage only alongside it).
    let Some(first) = candidates
        .iter()
        .find(|c| is_movement(c.technique) && c.technique.duration_secs() <= budget)
    else {
        plan.shortfall = shortfall(catalogue, request, &plan, floor);
        return plan;
    };
    plan.items.push(item(catalogue, first));
    let mut massage_secs = 0;
    for candidate in &candidates {
        if plan.items.iter().any(|i| i.technique == candidate.id) {
            continue;
        }
        let secs = candidate.technique.duration_secs();
        let massage = !is_movement(candidate.technique);
        if massage && massage_secs + secs > budget / 2 {
            continue;
        }
        if plan.total_secs() + plan.transition_secs + secs <= budget {
            plan.items.push(item(catalogue, candidate));
            if massage {
                massage_secs += secs;
            }
        }
    }
    order_for_playing(catalogue, &mut plan);
    plan.shortfall = shortfall(catalogue, request, &plan, floor);
    plan
}

/// Every allowed technique that works on or may ease a chosen region (or
/// its group), once, at its nearest reach.
fn candidates<'a>(
    catalogue: &'a Catalogue,
    helps: &'a [HelpsMe],
    request: &PlanRequest,
) -> Vec<Candidate<'a>> {
    let seed = u64::try_from(request.day.num_days_from_ce()).unwrap_or(0);
    let mut out: Vec<Candidate> = Vec::new();
    for &region in &request.regions {
        let ids: BTreeSet<&str> = catalogue
            .family(region)
            .into_iter()
            .filter_map(|r| catalogue.regions.get(r))
            .map(|r| r.id.as_str())
            .collect();
        for (id, technique) in catalogue.techniques.iter_enumerated() {
            let reach = if technique.works_on.iter().any(|r| ids.contains(r.as_str())) {
                Reach::WorksOn
            } else if technique.may_ease.iter().any(|r| ids.contains(r.as_str())) {
                Reach::MayEase
            } else {
                continue;
            };
            if !allowed(technique, request) || out.iter().any(|c| c.id == id) {
                continue;
            }
            let helped = helps
                .iter()
                .find(|h| matches!(&h.of, RunOf::Technique(t) if *t == technique.id));
            out.push(Candidate {
                id,
                technique,
                reach,
                region,
                helped,
                rotation: rotation(seed, &technique.id),
            });
        }
    }
    out
}

/// A number that orders the techniques differently each day.
fn rotation(seed: u64, id: &str) -> u64 {
    // FNV-1a over the id, mixed with the day: stable across runs and
    // platforms (std's hasher is not).
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for byte in id.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

fn item(catalogue: &Catalogue, candidate: &Candidate) -> PlanItem {
    let place = catalogue
        .regions
        .get(candidate.region)
        .map_or("that area".to_owned(), |r| r.name.to_lowercase());
    let why = match (candidate.helped, candidate.reach) {
        (Some(h), _) if h.helps() => format!(
            "helped you: on average {:.1} points less pain, {} runs",
            h.average_drop, h.rated_runs
        ),
        (_, Reach::WorksOn) => format!("works on your {place}"),
        (_, Reach::MayEase) => format!("an article says it may ease your {place}"),
    };
    PlanItem {
        technique: candidate.id,
        secs: candidate.technique.duration_secs(),
        why,
    }
}

/// Warm up before pressing: movement first, then massage, then the rest of
/// the movement (a stretch to end on), each group in the order picked.
fn order_for_playing(catalogue: &Catalogue, plan: &mut Plan) {
    let kind = |i: &PlanItem| catalogue.techniques.get(i.technique).map(|t| t.kind);
    let rank = |i: &PlanItem| match kind(i) {
        Some(TechniqueKind::Exercise) => 0,
        Some(TechniqueKind::Massage | TechniqueKind::ReflexPoint) => 1,
        Some(TechniqueKind::Stretch) | None => 2,
    };
    plan.items.sort_by_key(rank);
}

fn shortfall(
    catalogue: &Catalogue,
    request: &PlanRequest,
    plan: &Plan,
    floor: u32,
) -> Option<String> {
    if plan.total_secs() >= floor && !plan.items.is_empty() {
        return None;
    }
    let names: Vec<String> = request
        .regions
        .iter()
        .filter_map(|&r| catalogue.regions.get(r))
        .map(|r| r.name.to_lowercase())
        .collect();
    let place = if names.is_empty() {
        "anywhere (choose where it hurts)".to_owned()
    } else {
        names.join(", ")
    };
    Some(if plan.items.is_empty() {
        format!(
            "Nothing fits: no exercise or stretch for {place} can be done with what you have \
             and the positions you chose, and massage is planned only alongside movement."
        )
    } else {
        let minutes = plan.total_secs().div_ceil(60);
        format!(
            "Only about {minutes} min fit: that is all there is for {place} with what you have \
             and the positions you chose. Adding equipment or a position gives more to choose from."
        )
    })
}

/// A piece of equipment by its snake-case name ("tennis_ball").
pub fn equipment_named(name: &str) -> Option<Equipment> {
    Equipment::ALL
        .into_iter()
        .find(|e| snake_case(&format!("{e:?}")) == name.trim())
}

/// A position by name: "sitting" or "chair", "lying" or "floor",
/// "standing".
pub fn position_named(name: &str) -> Option<Position> {
    match name.trim() {
        "sitting" | "chair" => Some(Position::Sitting),
        "lying" | "floor" => Some(Position::Lying),
        "standing" => Some(Position::Standing),
        _ => None,
    }
}

fn snake_case(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The plan as text: one line a technique with its time and reason, the
/// total, and the shortfall if any.
pub fn plan_text(catalogue: &Catalogue, plan: &Plan) -> String {
    let mut out = String::new();
    for (n, item) in plan.items.iter().enumerate() {
        let name = catalogue
            .techniques
            .get(item.technique)
            .map_or("?", |t| t.name.as_str());
        out.push_str(&format!(
            "{}. {name}, {}: {}\n",
            n + 1,
            crate::logic::text::duration_text(item.secs),
            item.why
        ));
    }
    if !plan.items.is_empty() {
        out.push_str(&format!(
            "In all about {} with {} s to get ready between techniques.\n",
            crate::logic::text::duration_text(plan.total_secs()),
            plan.transition_secs
        ));
    }
    if let Some(why) = &plan.shortfall {
        out.push_str(why);
        out.push('\n');
    }
    out
}

/// The plan as a script reads it (`reliefmap plan --format ron`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PlanFile {
    pub items: Vec<PlanFileItem>,
    pub total_secs: u32,
    pub transition_secs: u32,
    pub shortfall: Option<String>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PlanFileItem {
    pub technique: String,
    pub secs: u32,
    pub why: String,
}

impl PlanFile {
    pub fn new(catalogue: &Catalogue, plan: &Plan) -> Self {
        Self {
            items: plan
                .items
                .iter()
                .filter_map(|i| {
                    Some(PlanFileItem {
                        technique: catalogue.techniques.get(i.technique)?.id.clone(),
                        secs: i.secs,
                        why: i.why.clone(),
                    })
                })
                .collect(),
            total_secs: plan.total_secs(),
            transition_secs: plan.transition_secs,
            shortfall: plan.shortfall.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::test_support::shipped;
    use proptest::prelude::*;

    /// Loaded once for the property test's many cases.
    fn catalogue() -> &'static Catalogue {
        static CATALOGUE: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
        CATALOGUE.get_or_init(shipped)
    }

    fn request(catalogue: &Catalogue, regions: &[&str], minutes: u32) -> PlanRequest {
        PlanRequest {
            regions: regions
                .iter()
                .filter_map(|r| catalogue.region_index(r))
                .collect(),
            minutes,
            equipment: [Equipment::TennisBall, Equipment::Chair].into(),
            positions: [Position::Sitting, Position::Lying, Position::Standing].into(),
            flare_up: false,
            day: NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default(),
        }
    }

    fn check_rules(catalogue: &Catalogue, request: &PlanRequest, plan: &Plan) {
        let techniques: Vec<&Technique> = plan
            .items
            .iter()
            .map(|i| &catalogue.techniques[i.technique])
            .collect();
        for t in &techniques {
            assert!(allowed(t, request), "{} is not allowed", t.id);
        }
        if techniques.iter().any(|t| !is_movement(t)) {
            assert!(techniques.iter().any(|t| is_movement(t)), "massage alone");
        }
        let budget = request.minutes * 60 * (100 + FIT_PERCENT) / 100;
        assert!(
            plan.total_secs() <= budget,
            "{} s over {budget}",
            plan.total_secs()
        );
        let floor = request.minutes * 60 * (100 - FIT_PERCENT) / 100;
        assert!(
            plan.total_secs() >= floor || plan.shortfall.is_some(),
            "short without saying why"
        );
        let unique: BTreeSet<TechniqueId> = plan.techniques().into_iter().collect();
        assert_eq!(unique.len(), plan.items.len(), "a technique twice");
    }

    #[test]
    fn lower_back_ten_minutes_with_a_ball_and_a_chair() {
        let catalogue = shipped();
        let req = request(&catalogue, &["lower_back"], 10);
        let plan = build(&catalogue, &[], &req);
        check_rules(&catalogue, &req, &plan);
        assert!(!plan.items.is_empty());
        assert_eq!(
            plan,
            build(&catalogue, &[], &req),
            "the same inputs, the same plan"
        );
    }

    #[test]
    fn what_helped_comes_first_and_says_so() {
        let catalogue = shipped();
        let req = request(&catalogue, &["lower_back"], 10);
        let plain = build(&catalogue, &[], &req);
        let Some(last) = plain.items.last() else {
            panic!("a plan")
        };
        let id = catalogue.techniques[last.technique].id.clone();
        let history: Vec<HistoryEntry> = (0..6)
            .map(|i| HistoryEntry {
                ended_unix_secs: i,
                technique: Some(id.clone()),
                pain_before: Some(6),
                pain_after: Some(4),
                ..HistoryEntry::default()
            })
            .collect();
        let plan = build(&catalogue, &history, &req);
        let helped = plan
            .items
            .iter()
            .find(|i| i.technique == last.technique)
            .unwrap_or_else(|| panic!("what helped stays in the plan"));
        assert!(
            helped.why.starts_with("helped you: on average 2.0 points"),
            "{}",
            helped.why
        );
    }

    #[test]
    fn nothing_at_hand_and_no_position_says_why() {
        let catalogue = shipped();
        let mut req = request(&catalogue, &["neck_back"], 5);
        req.positions.clear();
        let plan = build(&catalogue, &[], &req);
        assert!(plan.items.is_empty());
        assert!(plan.shortfall.is_some());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn every_plan_keeps_the_rules(
            region in 0usize..200,
            minutes in prop::sample::select(PLAN_MINUTES.to_vec()),
            tools in prop::collection::btree_set(0usize..12, 0..5),
            positions in prop::collection::btree_set(0usize..3, 0..3),
            flare_up in any::<bool>(),
            day in 0u32..400,
        ) {
            let catalogue = catalogue();
            let all = [
                Equipment::TennisBall, Equipment::GolfBall, Equipment::MassageBall,
                Equipment::FoamRoller, Equipment::Towel, Equipment::Chair, Equipment::Couch,
                Equipment::Wall, Equipment::Partner, Equipment::OilOrLotion, Equipment::Mat,
                Equipment::HeatPack,
            ];
            let places = [Position::Sitting, Position::Lying, Position::Standing];
            let req = PlanRequest {
                regions: vec![RegionId::from(region % catalogue.regions.len())],
                minutes,
                equipment: tools.iter().map(|&i| all[i]).collect(),
                positions: positions.iter().map(|&i| places[i]).collect(),
                flare_up,
                day: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default()
                    + chrono::Days::new(u64::from(day)),
            };
            let plan = build(catalogue, &[], &req);
            check_rules(catalogue, &req, &plan);
        }
    }
}
