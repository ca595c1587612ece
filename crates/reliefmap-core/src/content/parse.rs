//! Turning a content file's text into typed values that remember where
//! they were read from: a top-level list is read item by item, so one broken
//! technique does not hide the problems of the others, and every `ron`
//! error becomes a message at the file's line and column.

use serde::de::DeserializeOwned;

use super::pose::Pose;
use super::svg::{self, MapArt};
use super::syntax::{self, LineIndex, Node, NodeKind, SyntaxError, TextPos};
use super::{Diagnostic, Maps, Region, Routine, Safety, Source, Technique, Tip};

/// A value together with where it was read from, for validation messages.
pub struct Located<T> {
    pub value: T,
    pub file: usize,
    /// `None` when the file could only be read whole by `ron`.
    pub node: Option<Node>,
}

/// A file's text with its line index, for turning byte offsets into positions.
pub struct SourceText<'a> {
    pub display: &'a str,
    pub text: &'a str,
    pub lines: LineIndex,
}

impl SourceText<'_> {
    pub fn pos(&self, byte: usize) -> TextPos {
        self.lines.pos(self.text, byte)
    }
}

/// Everything read from a set of files, before cross-checking.
#[derive(Default)]
pub struct Parsed {
    pub regions: Vec<Located<Region>>,
    pub techniques: Vec<Located<Technique>>,
    pub tips: Vec<Located<Tip>>,
    pub safety: Vec<Located<Safety>>,
    pub routines: Vec<Located<Routine>>,
    pub sources: Vec<Located<Source>>,
    pub maps: Vec<Located<Maps>>,
    pub poses: Vec<Located<Pose>>,
    /// Map drawings, by their path in the content folder.
    pub svgs: Vec<SvgFile>,
}

/// A map's SVG file, read (its problems are already diagnostics).
pub struct SvgFile {
    pub file: usize,
    pub rel_path: String,
    pub art: Option<MapArt>,
}

/// Reads a map's SVG; its problems become messages at their line and column.
pub fn parse_svg(
    file: usize,
    rel_path: &str,
    source: &SourceText,
    out: &mut Vec<SvgFile>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let art = match svg::parse_map(source.text) {
        Ok(art) => Some(art),
        Err(problems) => {
            diagnostics.extend(problems.into_iter().map(|p| {
                let message = if p.message.starts_with("is ")
                    || p.message.starts_with("has ")
                    || p.message.starts_with("needs ")
                {
                    format!("this SVG {}", p.message)
                } else {
                    p.message
                };
                Diagnostic::at(source.display, p.pos, message)
            }));
            None
        }
    };
    out.push(SvgFile {
        file,
        rel_path: rel_path.to_owned(),
        art,
    });
}

/// Reads a top-level list item by item.
pub fn parse_list<T: DeserializeOwned>(
    file: usize,
    source: &SourceText,
    out: &mut Vec<Located<T>>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let document = match syntax::parse(source.text) {
        Ok(doc) => Some(doc),
        Err(SyntaxError::TooDeep { at }) => {
            diagnostics.push(too_deep(source, at));
            return;
        }
        Err(SyntaxError::Malformed) => None,
    }
    .filter(|doc| {
        matches!(doc.root.kind, NodeKind::Seq { .. })
            && source.text[doc.root.start..].starts_with('[')
    });
    let Some(document) = document else {
        // Not splittable: let ron find and describe the first problem.
        match ron::from_str::<Vec<T>>(source.text) {
            Ok(values) => out.extend(values.into_iter().map(|value| Located {
                value,
                file,
                node: None,
            })),
            Err(err) => diagnostics.push(ron_diagnostic(source, 0, "", &err)),
        }
        return;
    };
    parse_items(file, source, document, out, diagnostics);
}

/// Deserializes each item of a split list on its own.
fn parse_items<T: DeserializeOwned>(
    file: usize,
    source: &SourceText,
    document: syntax::Document,
    out: &mut Vec<Located<T>>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let syntax::Document { attributes, root } = document;
    let NodeKind::Seq { items } = root.kind else {
        return;
    };
    let mut unread = 0;
    for node in items {
        if unread >= MAX_UNREAD_LISTED {
            // Past the cap the items are only counted, never parsed.
            unread += 1;
            continue;
        }
        let item_text = &source.text[node.start..node.end];
        let result = if attributes.is_empty() {
            ron::from_str::<T>(item_text)
        } else {
            ron::from_str::<T>(&format!("{attributes}{item_text}"))
        };
        match result {
            Ok(value) => out.push(Located {
                value,
                file,
                node: Some(node),
            }),
            Err(err) => {
                unread += 1;
                diagnostics.push(ron_diagnostic(source, node.start, &attributes, &err));
            }
        }
    }
    if unread > MAX_UNREAD_LISTED {
        let more = unread - MAX_UNREAD_LISTED;
        diagnostics.push(Diagnostic::unlisted(
            source.display,
            more,
            format!("… and {more} more items that could not be read; fix the ones above first"),
        ));
    }
}

/// Most unreadable items listed per file: after that they are counted, not
/// parsed, so a broken file of any size answers at once.
const MAX_UNREAD_LISTED: usize = 100;

fn too_deep(source: &SourceText, at: usize) -> Diagnostic {
    Diagnostic::at(
        source.display,
        source.pos(at),
        format!(
            "brackets are nested deeper than {} levels here; content never needs that many",
            syntax::MAX_DEPTH
        ),
    )
}

/// Reads a file holding a single value.
pub fn parse_one<T: DeserializeOwned>(
    file: usize,
    source: &SourceText,
    out: &mut Vec<Located<T>>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    match ron::from_str::<T>(source.text) {
        Ok(value) => out.push(Located {
            value,
            file,
            node: syntax::parse(source.text).ok().map(|doc| doc.root),
        }),
        Err(err) => diagnostics.push(ron_diagnostic(source, 0, "", &err)),
    }
}

/// Reads a file holding one value of a type defined elsewhere (a backup):
/// the value, or its syntax problem at line:column.
pub fn parse_file<T: DeserializeOwned>(display: &str, text: &str) -> Result<T, Diagnostic> {
    let source = SourceText {
        display,
        text,
        lines: LineIndex::new(text),
    };
    ron::from_str::<T>(text).map_err(|err| ron_diagnostic(&source, 0, "", &err))
}

/// Turns a `ron` error inside the text starting at `offset` (parsed with
/// `attributes` in front of it) into a message at the file's position. The
/// position is moved past white space so it points at the offending token.
fn ron_diagnostic(
    source: &SourceText,
    offset: usize,
    attributes: &str,
    err: &ron::error::SpannedError,
) -> Diagnostic {
    let parsed_len = source.text.len() - offset + attributes.len();
    let in_parsed = byte_of(
        source.text,
        offset,
        attributes,
        err.span.start.line,
        err.span.start.col,
    )
    .min(parsed_len);
    let mut byte = (offset + in_parsed.saturating_sub(attributes.len())).min(source.text.len());
    while source.text[byte..].starts_with(char::is_whitespace) {
        byte += source.text[byte..].chars().next().map_or(1, char::len_utf8);
    }
    Diagnostic::at(
        source.display,
        source.pos(byte),
        explain_ron_error(&err.code),
    )
}

/// Byte offset of a 1-based line and column (in characters) in the text
/// `attributes` followed by `text[offset..]`.
fn byte_of(text: &str, offset: usize, attributes: &str, line: usize, col: usize) -> usize {
    let mut byte = 0;
    let mut current = (1, 1);
    for c in attributes.chars().chain(text[offset..].chars()) {
        if current.0 >= line && current.1 >= col || current.0 > line {
            break;
        }
        if c == '\n' {
            current = (current.0 + 1, 1);
        } else {
            current.1 += 1;
        }
        byte += c.len_utf8();
    }
    byte
}

/// `ron`'s wording plus what to do, for the errors people make most.
fn explain_ron_error(code: &ron::Error) -> String {
    let text = code.to_string();
    match code {
        ron::Error::NoSuchStructField { .. } => {
            format!("{text}; check the spelling against data/README.md")
        }
        ron::Error::MissingStructField { .. } => format!("{text}; add it (see data/README.md)"),
        ron::Error::Eof => {
            "the file ends too early: a bracket or quote is probably not closed".to_owned()
        }
        ron::Error::ExceededRecursionLimit => {
            "brackets are nested too deeply here; content never needs that many".to_owned()
        }
        ron::Error::ExpectedString | ron::Error::ExpectedStringEnd => {
            format!("{text}; text must be in double quotes")
        }
        _ => text,
    }
}
