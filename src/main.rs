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

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Validate the content, print a one-line summary; exit 1 listing every problem.
    Check,
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let base = match base_files(cli.data.as_deref()) {
        Ok(files) => files,
        Err(diagnostics) => return report(&diagnostics),
    };
    match cli.command {
        Some(Command::Check) => check(&base),
        None => run_app(&base),
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

fn report(diagnostics: &[Diagnostic]) -> ExitCode {
    for diagnostic in diagnostics {
        eprintln!("{diagnostic}");
    }
    eprintln!(
        "{} problem{} found; fix them and run `reliefmap check` again (field reference: data/README.md)",
        diagnostics.len(),
        if diagnostics.len() == 1 { "" } else { "s" }
    );
    ExitCode::FAILURE
}

fn run_app(base: &[ContentFile]) -> ExitCode {
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
    match reliefmap::app::run(catalogue, rejected) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("Relief Map could not open its window: {err}");
            ExitCode::FAILURE
        }
    }
}
