//! `reliefmap`: opens the app, or checks content with `reliefmap check`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use reliefmap::content::{self, ContentFile, Diagnostic};

/// Relief Map: self-massage, exercises and stretches for everyday back pain,
/// found on a clickable body and foot-reflex map.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Cli {
    /// Load content from this folder instead of the built-in set
    /// (regions.ron, safety.ron, tips.ron, techniques/*.ron).
    #[arg(long, value_name = "DIR", global = true)]
    data: Option<PathBuf>,

    /// Keep favourites, history and settings in this folder instead of the
    /// platform data folder.
    #[arg(long, value_name = "DIR", global = true, env = "RELIEFMAP_STATE_DIR")]
    state_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Validate the content, print a one-line summary; exit 1 listing every problem.
    Check {
        /// Check this content pack against the built-in content (or
        /// --data), as the app loads it: the same messages as its banner.
        #[arg(long, value_name = "DIR")]
        pack: Option<PathBuf>,
    },
    /// Check a routine file against the content before handing it on; exit 1
    /// listing every problem.
    CheckRoutine {
        /// A *.reliefmap-routine.ron file.
        file: PathBuf,
    },
    /// Print a plan for today, as the Today page builds it from the saved
    /// diary (what helped you comes first).
    Plan {
        /// Minutes there are: 5, 10, 15, 20 or 30.
        #[arg(long, default_value_t = 10)]
        minutes: u32,
        /// Where it hurts: region ids, comma-separated (lower_back,neck_back).
        #[arg(long = "where", value_delimiter = ',', required = true)]
        regions: Vec<String>,
        /// What is at hand: tennis_ball, golf_ball, massage_ball, foam_roller,
        /// towel, chair, couch, wall, partner, oil_or_lotion, mat, heat_pack.
        #[arg(long, value_delimiter = ',')]
        have: Vec<String>,
        /// Positions possible (default all): floor, chair, standing.
        #[arg(long, value_delimiter = ',')]
        positions: Vec<String>,
        /// A flare-up today: no deep pressure.
        #[arg(long)]
        flare: bool,
        /// text (default) or ron.
        #[arg(long, default_value = "text")]
        format: String,
    },
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let base = match base_files(cli.data.as_deref()) {
        Ok(files) => files,
        Err(diagnostics) => return report(&diagnostics),
    };
    let state_dir = cli
        .state_dir
        .clone()
        .or_else(reliefmap::platform::paths::data_dir);
    match cli.command {
        Some(Command::Check { pack: None }) => check(&base),
        Some(Command::Check { pack: Some(dir) }) => check_pack(&base, &dir),
        Some(Command::CheckRoutine { file }) => check_routine(&base, &file),
        Some(Command::Plan {
            minutes,
            regions,
            have,
            positions,
            flare,
            format,
        }) => {
            let ask = PlanArgs {
                minutes,
                regions,
                have,
                positions,
                flare,
                ron: format == "ron",
            };
            plan(&base, state_dir.as_deref(), &ask)
        }
        None => run_app(base, state_dir.as_deref()),
    }
}

/// What `reliefmap plan` was asked.
struct PlanArgs {
    minutes: u32,
    regions: Vec<String>,
    have: Vec<String>,
    positions: Vec<String>,
    flare: bool,
    ron: bool,
}

/// Builds and prints a plan; unknown names are refused with the known ones.
fn plan(base: &[ContentFile], state_dir: Option<&std::path::Path>, ask: &PlanArgs) -> ExitCode {
    use reliefmap::logic::plan;
    let catalogue = match content::load(base) {
        Ok(catalogue) => catalogue,
        Err(diagnostics) => return report(&diagnostics),
    };
    let mut regions = Vec::new();
    for id in &ask.regions {
        match catalogue.region_index(id) {
            Some(region) => regions.push(region),
            None => {
                eprintln!("--where {id}: no such region (see the region ids in data/regions.ron)");
                return ExitCode::FAILURE;
            }
        }
    }
    let mut equipment = std::collections::BTreeSet::new();
    for name in ask.have.iter().filter(|n| !n.is_empty()) {
        match plan::equipment_named(name) {
            Some(e) => equipment.insert(e),
            None => {
                eprintln!("--have {name}: unknown; see `reliefmap plan --help` for the names");
                return ExitCode::FAILURE;
            }
        };
    }
    let mut positions = std::collections::BTreeSet::new();
    for name in ask.positions.iter().filter(|n| !n.is_empty()) {
        match plan::position_named(name) {
            Some(p) => positions.insert(p),
            None => {
                eprintln!("--positions {name}: unknown; use floor, chair or standing");
                return ExitCode::FAILURE;
            }
        };
    }
    if positions.is_empty() {
        positions = [
            content::Position::Sitting,
            content::Position::Lying,
            content::Position::Standing,
        ]
        .into();
    }
    if !plan::PLAN_MINUTES.contains(&ask.minutes) {
        eprintln!("--minutes {}: choose 5, 10, 15, 20 or 30", ask.minutes);
        return ExitCode::FAILURE;
    }
    // The live diary (recent years) is what the plan learns from.
    let history = state_dir
        .and_then(reliefmap::logic::store::Store::read_only)
        .map(|state| state.history)
        .unwrap_or_default();
    let request = plan::PlanRequest {
        regions,
        minutes: ask.minutes,
        equipment,
        positions,
        flare_up: ask.flare,
        day: chrono::Local::now().date_naive(),
    };
    let built = plan::build(&catalogue, &history, &request);
    if ask.ron {
        let file = plan::PlanFile::new(&catalogue, &built);
        match ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default()) {
            Ok(text) => println!("{text}"),
            Err(err) => {
                eprintln!("could not write the plan: {err}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        print!("{}", plan::plan_text(&catalogue, &built));
    }
    ExitCode::SUCCESS
}

/// The built-in files, or the `--data` folder's.
fn base_files(data: Option<&std::path::Path>) -> Result<Vec<ContentFile>, Vec<Diagnostic>> {
    let Some(dir) = data else {
        return Ok(content::shipped_files());
    };
    let (files, errors) = content::read_dir(dir);
    if errors.is_empty() {
        Ok(content::with_builtin_art(files))
    } else {
        Err(errors)
    }
}

fn check(base: &[ContentFile]) -> ExitCode {
    match content::load(base) {
        Ok(catalogue) => {
            for warning in &catalogue.warnings {
                eprintln!("warning: {warning}");
            }
            println!("ok: {}", catalogue.summary());
            ExitCode::SUCCESS
        }
        Err(diagnostics) => report(&diagnostics),
    }
}

/// Checks one pack on top of the base content, as the app loads it.
fn check_pack(base: &[ContentFile], dir: &std::path::Path) -> ExitCode {
    let folder = content::PackFolder {
        name: dir.file_name().map_or_else(
            || dir.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
        path: dir.to_path_buf(),
    };
    if !dir.is_dir() {
        eprintln!(
            "{}: is not a folder; give the pack's folder (it holds techniques/, maps/ or regions.ron)",
            dir.display()
        );
        return ExitCode::FAILURE;
    }
    let mut loader = match content::PackLoader::new(base) {
        Ok(loader) => loader,
        Err(diagnostics) => return report(&diagnostics),
    };
    let before = loader_summary(&loader);
    match loader.add(&content::read_pack(&folder)) {
        Ok(()) => {
            let catalogue = loader.finish();
            for warning in catalogue.warnings.iter().skip(before.1) {
                eprintln!("warning: {warning}");
            }
            println!(
                "ok: pack '{}' adds {} regions and {} techniques; with it: {}",
                folder.name,
                catalogue.regions.len() - before.0.regions,
                catalogue.techniques.len() - before.0.techniques,
                catalogue.summary()
            );
            ExitCode::SUCCESS
        }
        Err(rejected) => report(&rejected.diagnostics),
    }
}

/// Counts of the base content, to say what a pack adds.
struct Counts {
    regions: usize,
    techniques: usize,
}

fn loader_summary(loader: &content::PackLoader) -> (Counts, usize) {
    let catalogue = loader.catalogue();
    (
        Counts {
            regions: catalogue.regions.len(),
            techniques: catalogue.techniques.len(),
        },
        catalogue.warnings.len(),
    )
}

/// Checks against the content the app would load, packs included.
fn check_routine(base: &[ContentFile], file: &std::path::Path) -> ExitCode {
    let packs = reliefmap::platform::paths::content_dir()
        .map(|dir| content::read_packs(&dir))
        .unwrap_or_default();
    let catalogue = match content::load_with_packs(base, &packs) {
        Ok((catalogue, _)) => catalogue,
        Err(diagnostics) => return report(&diagnostics),
    };
    let mut scratch = reliefmap::logic::store::UserState::default();
    match reliefmap::logic::routines::import_from(&catalogue, &mut scratch, file) {
        Ok(imported) => {
            println!(
                "ok: '{}', {} techniques, {} favourites",
                imported.name,
                imported.techniques,
                scratch.favourites.len()
            );
            ExitCode::SUCCESS
        }
        Err(reliefmap::logic::routines::ImportError::Read(err)) => {
            eprintln!("{err}");
            ExitCode::FAILURE
        }
        Err(reliefmap::logic::routines::ImportError::Invalid(diagnostics)) => report(&diagnostics),
    }
}

/// Every message, then the real number of problems (those counted in a
/// "… and N more" line included).
fn report(diagnostics: &[Diagnostic]) -> ExitCode {
    for diagnostic in diagnostics {
        eprintln!("{diagnostic}");
    }
    let count = content::problem_count(diagnostics);
    eprintln!(
        "{count} problem{} found; fix {} and check again (field reference: data/README.md)",
        if count == 1 { "" } else { "s" },
        if count == 1 { "it" } else { "them" }
    );
    ExitCode::FAILURE
}

fn run_app(base: Vec<ContentFile>, state_dir: Option<&std::path::Path>) -> ExitCode {
    // The base content is checked now (it is small and built in, or the
    // person's --data folder); packs load in the background once the
    // window is open.
    let catalogue = match content::load(&base) {
        Ok(catalogue) => catalogue,
        Err(diagnostics) => return report(&diagnostics),
    };
    // Only listed here: each pack is read and checked in the background.
    let packs = reliefmap::platform::paths::content_dir()
        .map(|dir| content::pack_folders(&dir))
        .unwrap_or_default();
    let saved = reliefmap::app::Saved::open(state_dir);
    for notice in &saved.notices {
        log::warn!("{notice}");
    }
    match reliefmap::app::run_window(base, catalogue, packs, saved) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("Relief Map could not open its window: {err}");
            ExitCode::FAILURE
        }
    }
}
