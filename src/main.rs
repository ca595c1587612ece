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
    Check,
    /// Check a routine file against the content before handing it on; exit 1
    /// listing every problem.
    CheckRoutine {
        /// A *.reliefmap-routine.ron file.
        file: PathBuf,
    },
    /// Saves `count` changes one by one, printing "saved N" after each
    /// (used by the crash test, which kills this process at random moments).
    #[command(hide = true)]
    SampleHistory {
        #[arg(long, default_value_t = 28)]
        days: u32,
    },
    /// Saves `count` changes one by one (crash test helper).
    #[command(hide = true)]
    StoreStress {
        #[arg(long, default_value_t = 100_000)]
        count: u32,
    },
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let base = match base_files(cli.data.as_deref()) {
        Ok(files) => files,
        Err(diagnostics) => return report(&diagnostics),
    };
    let state_dir = cli.state_dir.clone().or_else(reliefmap::paths::data_dir);
    match cli.command {
        Some(Command::Check) => check(&base),
        Some(Command::CheckRoutine { file }) => check_routine(&base, &file),
        Some(Command::StoreStress { count }) => store_stress(state_dir, count),
        Some(Command::SampleHistory { days }) => sample_history(&base, state_dir, days),
        None => run_app(&base, state_dir.as_deref()),
    }
}

/// The built-in files, or the `--data` folder's.
fn base_files(data: Option<&std::path::Path>) -> Result<Vec<ContentFile>, Vec<Diagnostic>> {
    let Some(dir) = data else {
        return Ok(content::shipped_files());
    };
    let (files, errors) = content::read_dir(dir);
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

fn check(base: &[ContentFile]) -> ExitCode {
    match content::load(base) {
        Ok(catalogue) => {
            println!("ok: {}", catalogue.summary());
            ExitCode::SUCCESS
        }
        Err(diagnostics) => report(&diagnostics),
    }
}

/// Checks against the content the app would load, packs included.
fn check_routine(base: &[ContentFile], file: &std::path::Path) -> ExitCode {
    let packs = reliefmap::paths::content_dir()
        .map(|dir| content::read_packs(&dir))
        .unwrap_or_default();
    let catalogue = match content::load_with_packs(base, &packs) {
        Ok((catalogue, _)) => catalogue,
        Err(diagnostics) => return report(&diagnostics),
    };
    let mut scratch = reliefmap::store::UserState::default();
    match reliefmap::routines::import_from(&catalogue, &mut scratch, file) {
        Ok(imported) => {
            println!(
                "ok: '{}', {} techniques, {} favourites",
                imported.name,
                imported.techniques,
                scratch.favourites.len()
            );
            ExitCode::SUCCESS
        }
        Err(reliefmap::routines::ImportError::Read(message)) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
        Err(reliefmap::routines::ImportError::Invalid(diagnostics)) => report(&diagnostics),
    }
}

/// Adds generated weeks of runs to the state, to try the History view.
fn sample_history(base: &[ContentFile], state_dir: Option<PathBuf>, days: u32) -> ExitCode {
    let (Some(dir), Ok(catalogue)) = (state_dir, content::load(base)) else {
        eprintln!("needs --state-dir DIR and valid content");
        return ExitCode::FAILURE;
    };
    let (store, mut state, notices) = reliefmap::store::Store::open(&dir);
    if let Some(notice) = notices.first() {
        eprintln!("{}", notice.message());
        return ExitCode::FAILURE;
    }
    let ids: Vec<String> = catalogue
        .techniques
        .iter()
        .take(8)
        .map(|t| t.id.clone())
        .collect();
    let mut runs = reliefmap::history::sample_history(&ids, days, reliefmap::store::unix_now());
    // Every fifth run played a built-in routine instead.
    if let Some(routine) = catalogue.routines.first() {
        for run in runs.iter_mut().step_by(5) {
            run.technique = None;
            run.routine = Some(routine.id.clone());
            run.routine_name = Some(routine.name.clone());
            run.active_secs = run.active_secs.max(900);
        }
    }
    state.history.extend(runs);
    match store.save(&state) {
        Ok(()) => {
            println!("{} runs in {}", state.history.len(), store.path().display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{err}");
            ExitCode::FAILURE
        }
    }
}

fn store_stress(state_dir: Option<PathBuf>, count: u32) -> ExitCode {
    use std::io::Write;
    let Some(dir) = state_dir else {
        eprintln!("no state folder: pass --state-dir DIR");
        return ExitCode::FAILURE;
    };
    let (store, mut state, notices) = reliefmap::store::Store::open(&dir);
    if !notices.is_empty() {
        eprintln!(
            "{}",
            notices
                .iter()
                .map(|n| n.message())
                .collect::<Vec<_>>()
                .join("\n")
        );
        return ExitCode::FAILURE;
    }
    let mut out = std::io::stdout().lock();
    for n in 1..=count {
        state.favourites.push(format!("technique_{n}"));
        if let Err(err) = store.save(&state) {
            eprintln!("{err}");
            return ExitCode::FAILURE;
        }
        if writeln!(out, "saved {n}")
            .and_then(|()| out.flush())
            .is_err()
        {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn report(diagnostics: &[Diagnostic]) -> ExitCode {
    for diagnostic in diagnostics {
        eprintln!("{diagnostic}");
    }
    eprintln!(
        "{} problem{} found; fix {} and check again (field reference: data/README.md)",
        diagnostics.len(),
        if diagnostics.len() == 1 { "" } else { "s" },
        if diagnostics.len() == 1 { "it" } else { "them" }
    );
    ExitCode::FAILURE
}

fn run_app(base: &[ContentFile], state_dir: Option<&std::path::Path>) -> ExitCode {
    let packs = reliefmap::paths::content_dir()
        .map(|dir| content::read_packs(&dir))
        .unwrap_or_default();
    let (catalogue, rejected) = match content::load_with_packs(base, &packs) {
        Ok(loaded) => loaded,
        Err(diagnostics) => return report(&diagnostics),
    };
    for pack in &rejected {
        log::warn!("content pack '{}' was left out:", pack.name);
        for diagnostic in &pack.diagnostics {
            log::warn!("  {diagnostic}");
        }
    }
    let saved = reliefmap::app::Saved::open(state_dir);
    for notice in &saved.notices {
        log::warn!("{notice}");
    }
    match reliefmap::app::run(catalogue, rejected, saved) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("Relief Map could not open its window: {err}");
            ExitCode::FAILURE
        }
    }
}
