//! A cheap, deterministic cousin of the fuzz targets in `fuzz/`: every
//! shipped content file, a state file and a routine file, truncated, spliced
//! and bit-flipped, go through the loaders. Nothing may panic, and every
//! broken input must be refused with a message (or still load).

use crate::common;
use reliefmap::content::RoutineId;

use reliefmap::content::{self, ContentFile, RoutineFile, parse_routine_file};
use reliefmap::logic::store::{STATE_FILE, Store, UserState};

/// Mutations of each kind per file: with three kinds, 15 broken versions
/// of each file (255 content sets). Each set is a whole load of the
/// content; the fuzz targets in `fuzz/` go wider.
const ROUNDS: usize = 5;

/// xorshift64: the same "random" mutations on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Truncated, spliced with another text, and bit-flipped versions.
fn mutations(text: &str, other: &str, rng: &mut Rng) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for _ in 0..ROUNDS {
        let cut = rng.below(bytes.len());
        out.push(String::from_utf8_lossy(&bytes[..cut]).into_owned());

        let at = rng.below(bytes.len());
        let from = rng.below(other.len());
        let len = rng.below(200).min(other.len() - from);
        let mut spliced = bytes[..at].to_vec();
        spliced.extend_from_slice(&other.as_bytes()[from..from + len]);
        spliced.extend_from_slice(&bytes[at..]);
        out.push(String::from_utf8_lossy(&spliced).into_owned());

        let mut flipped = bytes.to_vec();
        for _ in 0..=rng.below(8) {
            let i = rng.below(flipped.len());
            flipped[i] ^= 1 << rng.below(8);
        }
        out.push(String::from_utf8_lossy(&flipped).into_owned());
    }
    out
}

#[test]
fn mutated_content_files_are_refused_or_load_never_panic() {
    let shipped = content::shipped_files();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut refused = 0;
    let mut total = 0;
    for (i, file) in shipped.iter().enumerate() {
        let other = &shipped[(i + 1) % shipped.len()].text;
        for text in mutations(&file.text, other, &mut rng) {
            let files: Vec<ContentFile> = common::shipped_with(&file.rel_path, &text);
            total += 1;
            if let Err(diagnostics) = content::load(&files) {
                assert!(!diagnostics.is_empty());
                let mut per_file = std::collections::HashMap::new();
                for d in &diagnostics {
                    *per_file.entry(d.file.clone()).or_insert(0) += 1;
                }
                // 100 listed per file, plus the "… and N more" lines.
                assert!(per_file.values().all(|&n| n <= 102), "{per_file:?}");
                refused += 1;
            }
        }
    }
    eprintln!("{total} mutated content sets, {refused} refused with messages");
    assert!(refused > total / 2);
}

#[test]
fn mutated_state_files_are_set_aside_or_read_never_panic() {
    let catalogue = common::shipped();
    let ids: Vec<String> = catalogue.techniques.iter().map(|t| t.id.clone()).collect();
    let state = UserState {
        favourites: ids[..3].to_vec(),
        history: reliefmap::logic::history::sample_history(&ids, 30, 1_790_000_000),
        ..UserState::default()
    };
    let text = ron::ser::to_string_pretty(&state, Default::default()).unwrap();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let dir = tempfile::tempdir().unwrap();
    for mutated in mutations(&text, &content::shipped_files()[0].text, &mut rng) {
        std::fs::write(dir.path().join(STATE_FILE), &mutated).unwrap();
        let (store, _, _) = Store::open(dir.path());
        drop(store);
        // Whatever happened, a state file or a set-aside copy is there.
        for entry in std::fs::read_dir(dir.path()).unwrap().flatten() {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
}

#[test]
fn mutated_routine_files_are_refused_or_read_never_panic() {
    let catalogue = common::shipped();
    let file = RoutineFile {
        format: 1,
        routine: catalogue.routines[RoutineId::from(0)].clone(),
        favourites: vec!["arch_rolls".into()],
    };
    let text = file.to_text().unwrap();
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for mutated in mutations(
        &text,
        &catalogue.routines[RoutineId::from(1)].name,
        &mut rng,
    ) {
        if let Err(diagnostics) = parse_routine_file("r.ron", &mutated, &catalogue) {
            assert!(!diagnostics.is_empty());
        }
    }
}
