//! Reading content files: the built-in set (embedded in the binary) and a
//! folder given with `--data` (packs from the user's `content/` folder are
//! in [`super::packs`]).
//!
//! A content folder holds `regions.ron`, `safety.ron`, `tips.ron`,
//! `routines.ron`, `sources.ron` and any
//! number of `techniques/*.ron`. Every file is parsed item by item so that one
//! broken technique does not hide the problems of the others.

use std::path::Path;

use super::files::ContentFile;
use super::files::{self, ReadError};
use super::parse::{Parsed, SourceText, parse_list, parse_one, parse_svg};
use super::syntax::LineIndex;
use super::{Catalogue, Diagnostic, Map, Parts, Safety};
use super::{images, validate};

/// The built-in files, in load order. A test checks this list against `data/`.
const SHIPPED: &[(&str, &str)] = &[
    ("regions.ron", include_str!("../../../../data/regions.ron")),
    ("safety.ron", include_str!("../../../../data/safety.ron")),
    ("tips.ron", include_str!("../../../../data/tips.ron")),
    (
        "routines.ron",
        include_str!("../../../../data/routines.ron"),
    ),
    ("sources.ron", include_str!("../../../../data/sources.ron")),
    ("maps.ron", include_str!("../../../../data/maps.ron")),
    ("poses.ron", include_str!("../../../../data/poses.ron")),
    (
        "maps/body_front.svg",
        include_str!("../../../../assets/maps/body_front.svg"),
    ),
    (
        "maps/body_back.svg",
        include_str!("../../../../assets/maps/body_back.svg"),
    ),
    (
        "maps/left_sole.svg",
        include_str!("../../../../assets/maps/left_sole.svg"),
    ),
    (
        "maps/right_sole.svg",
        include_str!("../../../../assets/maps/right_sole.svg"),
    ),
    (
        "maps/inner_edge.svg",
        include_str!("../../../../assets/maps/inner_edge.svg"),
    ),
    (
        "techniques/000_ankle.ron",
        include_str!("../../../../data/techniques/000_ankle.ron"),
    ),
    (
        "techniques/001_feet.ron",
        include_str!("../../../../data/techniques/001_feet.ron"),
    ),
    (
        "techniques/002_self_massage.ron",
        include_str!("../../../../data/techniques/002_self_massage.ron"),
    ),
    (
        "techniques/003_buttocks.ron",
        include_str!("../../../../data/techniques/003_buttocks.ron"),
    ),
    (
        "techniques/004_back.ron",
        include_str!("../../../../data/techniques/004_back.ron"),
    ),
];

pub fn shipped_files() -> Vec<ContentFile> {
    SHIPPED
        .iter()
        .map(|(rel_path, text)| ContentFile {
            rel_path: (*rel_path).to_owned(),
            // The artwork lives in assets/, the rest in data/.
            display: if rel_path.ends_with(".svg") {
                format!("assets/{rel_path}")
            } else {
                format!("data/{rel_path}")
            },
            text: (*text).to_owned(),
        })
        .collect()
}

/// A content folder's files, with the built-in drawings it does not bring
/// itself: a folder of edited RON files (the repository's `data/`, or a
/// therapist's copy) keeps the shipped maps unless it redraws them.
pub fn with_builtin_art(mut files: Vec<ContentFile>) -> Vec<ContentFile> {
    for art in shipped_files()
        .into_iter()
        .filter(|f| f.rel_path.ends_with(".svg"))
    {
        if !files.iter().any(|f| f.rel_path == art.rel_path) {
            files.push(art);
        }
    }
    files
}

/// Most `.ron` files read from one content folder.
pub const MAX_CONTENT_FILES: usize = 500;

/// Reads a content folder. Unreadable files become diagnostics; the files
/// that could be read are returned with them. Every file goes through the
/// bounded reader: a `.ron` entry that is a pipe, a device or a loop of
/// links is reported, never opened.
pub fn read_dir(dir: &Path) -> (Vec<ContentFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    if !dir.is_dir() {
        diagnostics.push(Diagnostic::file(
            &dir.display().to_string(),
            "is not a folder; give the folder that holds regions.ron, safety.ron and techniques/",
        ));
        return (files, diagnostics);
    }
    let mut rel_paths = Vec::new();
    for (sub, ending) in [("", ".ron"), ("techniques", ".ron"), ("maps", ".svg")] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(ending) {
                rel_paths.push(if sub.is_empty() {
                    name
                } else {
                    format!("{sub}/{name}")
                });
            }
        }
    }
    rel_paths.sort_by_key(|p| (p.contains('/'), p.clone()));
    if rel_paths.len() > MAX_CONTENT_FILES {
        diagnostics.push(Diagnostic::file(
            &dir.display().to_string(),
            format!(
                "holds {} content files; at most {MAX_CONTENT_FILES} are read: merge some",
                rel_paths.len()
            ),
        ));
        rel_paths.truncate(MAX_CONTENT_FILES);
    }
    for rel_path in rel_paths {
        let path = dir.join(&rel_path);
        let display = path.display().to_string();
        match files::read_text(&path, files::FileKind::Content) {
            Ok(text) => files.push(ContentFile {
                rel_path,
                display,
                text,
            }),
            Err(err) => diagnostics.push(Diagnostic::file(&display, read_problem(&err))),
        }
    }
    (files, diagnostics)
}

/// What a [`ReadError`] means for a content file, after its name.
fn read_problem(err: &ReadError) -> String {
    match err {
        ReadError::NotAFile { what, .. } => {
            format!("is {what}, not a file; content files must be regular files, so it is skipped")
        }
        ReadError::TooLarge { limit, .. } => {
            format!("is larger than {limit}, the most a content file may be; split it")
        }
        ReadError::NotText { .. } => "is not UTF-8 text; save it as UTF-8 and try again".to_owned(),
        ReadError::NotFound { .. } => "disappeared while it was being read".to_owned(),
        ReadError::Io { source, .. } => format!("cannot be read: {source}"),
    }
}

/// Parses and validates a whole set of files; all problems are reported
/// together.
pub fn load(files: &[ContentFile]) -> Result<Catalogue, Vec<Diagnostic>> {
    let sources: Vec<SourceText> = files
        .iter()
        .map(|f| SourceText {
            display: &f.display,
            text: &f.text,
            lines: LineIndex::new(&f.text),
        })
        .collect();
    let (mut parsed, mut diagnostics) = parse_files(files, &sources);
    validate::validate(&sources, &parsed, &mut diagnostics);
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    let warnings = images::check_images(files, &sources, &mut parsed);
    Ok(into_catalogue(parsed, warnings))
}

/// Reads every file by its kind; problems of all files come back together.
fn parse_files(files: &[ContentFile], sources: &[SourceText]) -> (Parsed, Vec<Diagnostic>) {
    let mut parsed = Parsed::default();
    let mut diagnostics = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let source = &sources[index];
        match file_kind(&file.rel_path) {
            Some(FileKind::Regions) => {
                parse_list(index, source, &mut parsed.regions, &mut diagnostics)
            }
            Some(FileKind::Techniques) => {
                parse_list(index, source, &mut parsed.techniques, &mut diagnostics)
            }
            Some(FileKind::Tips) => parse_list(index, source, &mut parsed.tips, &mut diagnostics),
            Some(FileKind::Routines) => {
                parse_list(index, source, &mut parsed.routines, &mut diagnostics)
            }
            Some(FileKind::Sources) => {
                parse_list(index, source, &mut parsed.sources, &mut diagnostics)
            }
            Some(FileKind::Safety) => {
                parse_one(index, source, &mut parsed.safety, &mut diagnostics)
            }
            Some(FileKind::Maps) => parse_one(index, source, &mut parsed.maps, &mut diagnostics),
            Some(FileKind::Poses) => parse_list(index, source, &mut parsed.poses, &mut diagnostics),
            Some(FileKind::Svg) => parse_svg(
                index,
                &file.rel_path,
                source,
                &mut parsed.svgs,
                &mut diagnostics,
            ),
            None => diagnostics.push(Diagnostic::file(
                &file.display,
                "is not a content file: expected regions.ron, safety.ron, tips.ron, \
                    routines.ron, sources.ron, maps.ron, poses.ron, techniques/*.ron or maps/*.svg",
            )),
        }
    }
    for (kind, name) in [
        (FileKind::Regions, "regions.ron"),
        (FileKind::Safety, "safety.ron"),
        (FileKind::Maps, "maps.ron"),
    ] {
        if !files.iter().any(|f| file_kind(&f.rel_path) == Some(kind)) {
            let folder = files.first().map_or("content", |f| f.display.as_str());
            diagnostics.push(Diagnostic::file(
                folder,
                format!(
                    "the content set has no {name}; a content folder needs regions.ron, \
                    safety.ron, maps.ron and techniques/*.ron"
                ),
            ));
        }
    }
    (parsed, diagnostics)
}

/// The checked items, with the safety and map parts of several files merged.
fn into_catalogue(parsed: Parsed, warnings: Vec<Diagnostic>) -> Catalogue {
    let values: Vec<&crate::content::pose::Pose> = parsed.poses.iter().map(|p| &p.value).collect();
    let poses = crate::content::pose::resolve_all(&values)
        .into_iter()
        .flatten()
        .collect();
    let mut safety = Safety::default();
    for part in parsed.safety {
        safety.general.extend(part.value.general);
        safety
            .contraindications
            .extend(part.value.contraindications);
        safety.red_flags.extend(part.value.red_flags);
        safety.area_cautions.extend(part.value.area_cautions);
    }
    let mut views = Vec::new();
    let mut maps = Vec::new();
    for part in parsed.maps {
        views.extend(part.value.views);
        for def in part.value.maps {
            let art = parsed
                .svgs
                .iter()
                .find(|s| s.rel_path == def.svg)
                .and_then(|s| s.art.clone())
                .unwrap_or_default();
            maps.push(Map { def, art });
        }
    }
    Catalogue::new(Parts {
        regions: parsed.regions.into_iter().map(|l| l.value).collect(),
        techniques: parsed.techniques.into_iter().map(|l| l.value).collect(),
        safety,
        tips: parsed.tips.into_iter().map(|l| l.value).collect(),
        routines: parsed.routines.into_iter().map(|l| l.value).collect(),
        sources: parsed.sources.into_iter().map(|l| l.value).collect(),
        views,
        maps,
        poses,
        warnings,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FileKind {
    Regions,
    Safety,
    Tips,
    Routines,
    Sources,
    Maps,
    Poses,
    Svg,
    Techniques,
}

fn file_kind(rel_path: &str) -> Option<FileKind> {
    match rel_path {
        "regions.ron" => Some(FileKind::Regions),
        "safety.ron" => Some(FileKind::Safety),
        "tips.ron" => Some(FileKind::Tips),
        "routines.ron" => Some(FileKind::Routines),
        "sources.ron" => Some(FileKind::Sources),
        "maps.ron" => Some(FileKind::Maps),
        "poses.ron" => Some(FileKind::Poses),
        p if p.starts_with("maps/") && p.ends_with(".svg") => Some(FileKind::Svg),
        p if p.starts_with("techniques/") && p.ends_with(".ron") => Some(FileKind::Techniques),
        _ => None,
    }
}
