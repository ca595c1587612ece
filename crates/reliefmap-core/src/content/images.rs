//! Pictures a pack gives its steps (PNG or JPEG). Each is checked once when
//! the pack loads: inside the pack's folder, a regular file of at most
//! 8 MB, decodable, at most 4096 × 4096 pixels. A picture that fails is
//! dropped with a warning at its line and column; the step keeps its text
//! and drawn illustration, and nothing else of the pack is lost.

use std::io::Cursor;
use std::path::{Component, Path, PathBuf};

use super::files::{self, ContentFile, FileKind};
use super::parse::{Parsed, SourceText};
use super::{Diagnostic, validate};

/// Largest picture side accepted, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 4096;
/// Memory the decoder may use for one picture (a 4096² RGBA image is 64 MB).
const MAX_DECODE_BYTES: u64 = 80 * 1024 * 1024;

/// Checks every step's image; good ones get their full path, bad ones are
/// dropped. Returns one warning per dropped picture.
pub(super) fn check_images(
    files: &[ContentFile],
    sources: &[SourceText],
    parsed: &mut Parsed,
) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for item in &mut parsed.techniques {
        let Some(file) = files.get(item.file) else {
            continue;
        };
        let folder = folder_of(file);
        let mut dropped = Vec::new();
        for (i, step) in item.value.steps.iter_mut().enumerate() {
            let Some(rel) = step.image.take() else {
                continue;
            };
            match usable_image(&folder, &rel) {
                Ok(full) => step.image = Some(full.display().to_string()),
                Err(why) => dropped.push((i, format!(
                    "technique '{}' step {}: image '{rel}' {why}; the step shows its text and drawing only",
                    item.value.id,
                    i + 1
                ))),
            }
        }
        for (i, message) in dropped {
            let source = &sources[item.file];
            warnings.push(validate::step_field_diagnostic(
                source, item, i, "image", message,
            ));
        }
    }
    warnings
}

/// The folder a content file was read from (its pack or `--data` folder).
fn folder_of(file: &ContentFile) -> PathBuf {
    let display = Path::new(&file.display);
    let depth = Path::new(&file.rel_path).components().count();
    let mut folder = display.to_path_buf();
    for _ in 0..depth {
        folder.pop();
    }
    folder
}

/// The picture's full path, or why it cannot be used.
fn usable_image(folder: &Path, rel: &str) -> Result<PathBuf, String> {
    let rel_path = Path::new(rel);
    let lower = rel.to_ascii_lowercase();
    if rel.trim().is_empty() {
        return Err("is empty: give a file in the pack".to_owned());
    }
    if rel_path.is_absolute()
        || rel_path.components().any(|c| {
            matches!(
                c,
                Component::ParentDir | Component::Prefix(_) | Component::RootDir
            )
        })
    {
        return Err(
            "is outside the pack: give a path inside the pack's folder, without ..".to_owned(),
        );
    }
    if ![".png", ".jpg", ".jpeg"].iter().any(|e| lower.ends_with(e)) {
        return Err("is not a PNG or JPEG file (.png, .jpg, .jpeg)".to_owned());
    }
    let path = folder.join(rel_path);
    let (Ok(real_folder), Ok(real)) = (folder.canonicalize(), path.canonicalize()) else {
        return Err(format!("cannot be found at {}", path.display()));
    };
    if !real.starts_with(&real_folder) {
        return Err(
            "leads outside the pack through a link: copy the picture into the pack".to_owned(),
        );
    }
    let bytes = files::read_bytes(&real, FileKind::Image).map_err(|e| e.to_string())?;
    let reader = image::ImageReader::new(Cursor::new(&bytes))
        .with_guessed_format()
        .map_err(|e| format!("cannot be read: {e}"))?;
    let (width, height) = image::ImageReader::new(Cursor::new(&bytes))
        .with_guessed_format()
        .ok()
        .and_then(|r| r.into_dimensions().ok())
        .ok_or_else(|| "is not a PNG or JPEG picture that can be decoded".to_owned())?;
    if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE {
        return Err(format!(
            "is {width} × {height} pixels; at most {MAX_IMAGE_SIDE} × {MAX_IMAGE_SIDE}: scale it down"
        ));
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    let mut reader = reader;
    reader.limits(limits);
    reader
        .decode()
        .map_err(|e| format!("cannot be decoded ({e}): save it again as PNG or JPEG"))?;
    Ok(real)
}
