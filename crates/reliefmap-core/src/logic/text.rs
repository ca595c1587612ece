//! Texts and formats shared by several pages, so each reads the same
//! everywhere: durations, "about N min", doses, equipment, where a technique
//! is done, and the red-flag headings.

use crate::content::{Catalogue, Dose, Equipment, Technique, Urgency};

/// "45 s", "3 min", "2 min 30 s".
pub fn duration_text(secs: u32) -> String {
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// A duration as a person types it: "150" (seconds), "2:30", "2 min 30 s",
/// "3 min", "90 s", "2m30s"; `None` when it is not one.
pub fn parse_duration(text: &str) -> Option<u32> {
    let text = text.trim().to_lowercase();
    if let Some((m, s)) = text.split_once(':') {
        return Some(m.trim().parse::<u32>().ok()? * 60 + s.trim().parse::<u32>().ok()?);
    }
    if let Ok(secs) = text.parse::<u32>() {
        return Some(secs);
    }
    let mut total = 0u32;
    let mut number = String::new();
    let mut seen = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            number.push(c);
        } else if c.is_alphabetic() {
            let mut unit = String::from(c);
            while let Some(&n) = chars.peek().filter(|n| n.is_alphabetic()) {
                unit.push(n);
                chars.next();
            }
            let n: u32 = number.parse().ok()?;
            number.clear();
            total += match unit.as_str() {
                "m" | "min" | "mins" | "minute" | "minutes" => n * 60,
                "s" | "sec" | "secs" | "second" | "seconds" => n,
                _ => return None,
            };
            seen = true;
        } else if !c.is_whitespace() {
            return None;
        }
    }
    (seen && number.is_empty()).then_some(total)
}

/// "30 seconds", "1 minute", "2 minutes 30 seconds": for speech and
/// screen readers, which read "min" and "s" badly.
pub fn spoken_duration_text(secs: u32) -> String {
    let unit = |n: u32, one: &str, many: &str| count_text(n as usize, one, many);
    match (secs / 60, secs % 60) {
        (0, s) => unit(s, "second", "seconds"),
        (m, 0) => unit(m, "minute", "minutes"),
        (m, s) => format!(
            "{} {}",
            unit(m, "minute", "minutes"),
            unit(s, "second", "seconds")
        ),
    }
}

/// "about 3 minutes", the spoken form of [`time_needed_text`].
pub fn spoken_time_needed_text(technique: &Technique) -> String {
    let secs = technique.duration_secs();
    let rounded = if secs < 60 {
        secs
    } else {
        (secs + 30) / 60 * 60
    };
    format!("about {}", spoken_duration_text(rounded))
}

/// "2:05", for clocks and countdowns.
pub fn clock_text(secs: u64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// "45 s" under a minute, else whole minutes: "15 min".
pub fn minutes_text(secs: u32) -> String {
    if secs < 60 {
        duration_text(secs)
    } else {
        format!("{} min", (secs + 30) / 60)
    }
}

/// "about 8 min": a technique's time needed at its default doses.
pub fn time_needed_text(technique: &Technique) -> String {
    format!("about {}", minutes_text(technique.duration_secs()))
}

/// "1 technique", "3 techniques".
pub fn count_text(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "3–5 min", "10 each direction", "2 sets × 15–20, rest 30 s" for a dose.
pub fn dose_text(dose: &Dose) -> String {
    match *dose {
        Dose::Timed {
            min_secs, max_secs, ..
        } => range_text(min_secs, max_secs, duration_text),
        Dose::Reps {
            min,
            max,
            each_direction,
        } => {
            let count = range_text(min, max, |n| n.to_string());
            if each_direction {
                format!("{count} each direction")
            } else {
                format!("{count} times")
            }
        }
        Dose::Sets {
            sets,
            min_reps,
            max_reps,
            rest_secs,
        } => format!(
            "{sets} sets × {}, rest {}",
            range_text(min_reps, max_reps, |n| n.to_string()),
            duration_text(rest_secs)
        ),
        Dose::Hold { secs, times } if times > 1 => {
            format!("hold {} × {times}", duration_text(secs))
        }
        Dose::Hold { secs, .. } => format!("hold {}", duration_text(secs)),
        Dose::Instruction => String::new(),
    }
}

fn range_text(min: u32, max: u32, show: impl Fn(u32) -> String) -> String {
    if min == max {
        show(min)
    } else {
        format!("{}–{}", show(min), show(max))
    }
}

/// "Towel, Chair", "Tennis ball or Foam roller", "Just your hands".
pub fn equipment_text(technique: &Technique) -> String {
    let mut parts: Vec<String> = technique
        .equipment
        .iter()
        .map(|e| e.label().to_owned())
        .collect();
    if !technique.equipment_any.is_empty() {
        let any: Vec<&str> = technique
            .equipment_any
            .iter()
            .map(|e| Equipment::label(*e))
            .collect();
        parts.push(any.join(" or "));
    }
    if parts.is_empty() {
        "Just your hands".to_owned()
    } else {
        parts.join(", ")
    }
}

/// "Sitting or Lying".
pub fn positions_text(technique: &Technique) -> String {
    technique
        .positions
        .iter()
        .map(|p| p.label())
        .collect::<Vec<_>>()
        .join(" or ")
}

/// Where a technique is done, short: "Ankle", "Heel and Achilles, Sole".
pub fn place_text(catalogue: &Catalogue, technique: &Technique) -> String {
    let regions: Vec<_> = technique
        .works_on
        .iter()
        .filter_map(|id| catalogue.region(id))
        .collect();
    // Places on the body (the sole is one), not the chart's pairings.
    let body: Vec<_> = regions.iter().filter(|r| r.reflex_for.is_empty()).collect();
    let chosen: Vec<&str> = if body.is_empty() {
        regions.iter().map(|r| r.name.as_str()).collect()
    } else {
        body.iter().map(|r| r.name.as_str()).collect()
    };
    let mut places: Vec<String> = Vec::new();
    for name in chosen {
        let name = name
            .replace(" (left sole)", "")
            .replace(" (right sole)", "");
        let short: Vec<&str> = name
            .split(' ')
            .filter(|w| !w.eq_ignore_ascii_case("left") && !w.eq_ignore_ascii_case("right"))
            .collect();
        let short = short.join(" ");
        let mut chars = short.chars();
        let capitalised = chars
            .next()
            .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
            .unwrap_or_default();
        if !places.contains(&capitalised) {
            places.push(capitalised);
        }
    }
    places.truncate(2);
    places.join(", ")
}

/// "Lower back, left side: 8 techniques work here, 14 may ease it." What
/// a screen reader says when a region is chosen.
pub fn selection_text(name: &str, work_here: usize, may_ease: usize, chart: usize) -> String {
    let verb = if work_here == 1 { "works" } else { "work" };
    let mut parts = vec![format!(
        "{} {verb} here",
        count_text(work_here, "technique", "techniques")
    )];
    if may_ease > 0 {
        parts.push(format!("{may_ease} may ease it"));
    }
    if chart > 0 {
        parts.push(format!("{chart} on the reflex chart"));
    }
    format!("{name}: {}.", parts.join(", "))
}

/// The last words of a whole run: the voice says them and the finish
/// screen's heading shows them.
pub const FINISHED_TEXT: &str = "Well done. That is the end.";

/// "Stopped after 3 of 5 steps." (or "Stopped before the first step was
/// done."): what the finish screen and a screen reader say.
pub fn stopped_text(done: usize, total: usize) -> String {
    if done == 0 {
        "Stopped before the first step was done.".to_owned()
    } else {
        format!("Stopped after {done} of {total} steps.")
    }
}

/// The heading over the red flags of one urgency, the same on the safety
/// gate and the Safety page.
pub fn urgency_heading(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Emergency => {
            "Call the emergency number now, or go to an emergency department, and do not \
                massage, if you have:"
        }
        Urgency::Urgent => {
            "Get medical help today (an urgent appointment, or your urgent advice line such \
                as NHS 111) if you have:"
        }
        Urgency::Appointment => "See a doctor soon if you have:",
    }
}

/// The regions linked on the reflex chart, short: their names on the map,
/// each once, then the maps they are on. "Linked on the reflex chart: Colon,
/// Stomach, Liver (Left sole, Right sole)"; `None` when there are none.
pub fn chart_links(
    catalogue: &Catalogue,
    links: &std::collections::BTreeMap<crate::content::RegionId, crate::logic::links::LinkKind>,
) -> Option<String> {
    let mut names: Vec<&str> = Vec::new();
    let mut maps: Vec<&str> = Vec::new();
    let linked = links
        .iter()
        .filter(|(_, kind)| **kind == crate::logic::links::LinkKind::Reflex)
        .filter_map(|(&i, _)| catalogue.regions.get(i));
    for region in linked {
        let name = region.label.as_deref().unwrap_or(&region.name);
        if !names.contains(&name) {
            names.push(name);
        }
        let map = catalogue
            .map(&region.map)
            .map_or(region.map.as_str(), |m| m.def.name.as_str());
        if !maps.contains(&map) {
            maps.push(map);
        }
    }
    (!names.is_empty()).then(|| {
        format!(
            "Linked on the reflex chart: {} ({})",
            names.join(", "),
            maps.join(", ")
        )
    })
}

/// Under a map too small for all its names.
pub fn hidden_names(count: usize) -> String {
    let names = if count == 1 { "name does" } else { "names do" };
    format!("{count} {names} not fit: widen the window, or point at a region")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_read_as_people_type_them() {
        assert_eq!(parse_duration("150"), Some(150));
        assert_eq!(parse_duration("2:30"), Some(150));
        assert_eq!(parse_duration("2 min 30 s"), Some(150));
        assert_eq!(parse_duration("3 min"), Some(180));
        assert_eq!(parse_duration("2m30s"), Some(150));
        assert_eq!(parse_duration("soon"), None);
        assert_eq!(parse_duration("2 min 30"), None);
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration_text(45), "45 s");
        assert_eq!(duration_text(180), "3 min");
        assert_eq!(duration_text(150), "2 min 30 s");
        assert_eq!(minutes_text(45), "45 s");
        assert_eq!(minutes_text(15 * 60 + 10), "15 min");
        assert_eq!(clock_text(125), "2:05");
        assert_eq!(count_text(1, "technique", "techniques"), "1 technique");
    }
}
