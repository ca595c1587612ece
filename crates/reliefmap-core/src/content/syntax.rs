//! A small, forgiving RON syntax tree that remembers where every value is.
//!
//! `ron` reports positions for syntax and type errors, but once a value is
//! deserialized its position is gone. Validation errors ("unknown region
//! 'calve'") must still point at a line and column, so the loader also builds
//! this tree and looks values up in it by path. It is also used to split a
//! top-level list into items, so that one broken item does not hide the errors
//! in the others.

/// Line and column (both 1-based, column in characters) of a place in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TextPos {
    pub line: usize,
    pub col: usize,
}

/// Maps byte offsets to line and column. Columns count characters; to stay
/// fast on one huge line, the character count is kept every
/// [`CHECKPOINT_BYTES`], so a lookup never counts more than that many bytes.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// (byte offset, characters before it), every few kilobytes.
    checkpoints: Vec<(usize, usize)>,
}

/// Bytes between two character-count checkpoints.
const CHECKPOINT_BYTES: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut checkpoints = vec![(0, 0)];
        let mut next = CHECKPOINT_BYTES;
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            if byte >= next {
                checkpoints.push((byte, chars));
                next = byte + CHECKPOINT_BYTES;
            }
        }
        Self {
            line_starts,
            checkpoints,
        }
    }

    /// Characters before `byte` (which must be on a character boundary).
    fn chars_before(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(text.len());
        let at = self.checkpoints.partition_point(|&(b, _)| b <= byte) - 1;
        let (from, count) = self.checkpoints[at];
        count + text.get(from..byte).map_or(0, |s| s.chars().count())
    }

    pub fn pos(&self, text: &str, byte: usize) -> TextPos {
        let line = self.line_starts.partition_point(|&start| start <= byte) - 1;
        let start = self.line_starts[line];
        let col = self.chars_before(text, byte) - self.chars_before(text, start) + 1;
        TextPos {
            line: line + 1,
            col,
        }
    }
}

/// One value of the tree with its byte span in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub start: usize,
    pub end: usize,
    pub kind: NodeKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind {
    /// A string literal, unescaped.
    Str(String),
    /// A number, `true`, a unit enum variant or anything else without parts.
    Atom(String),
    /// `Name(field: value, …)` or `(field: value, …)`; each field keeps the
    /// byte offset of its name.
    Struct { fields: Vec<(String, usize, Node)> },
    /// `Name(a, b)` or `(a, b)` or `[a, b]` or `{k: v}` (maps keep keys and
    /// values as consecutive items).
    Seq { items: Vec<Node> },
}

impl Node {
    /// The value of a struct field.
    pub fn field(&self, name: &str) -> Option<&Node> {
        self.field_entry(name).map(|(_, node)| node)
    }

    /// Byte offset of a field's name and its value.
    pub fn field_entry(&self, name: &str) -> Option<(usize, &Node)> {
        match &self.kind {
            NodeKind::Struct { fields } => fields
                .iter()
                .find(|(field, _, _)| field == name)
                .map(|(_, at, node)| (*at, node)),
            _ => None,
        }
    }

    /// Items of a list, or the single item of `Some(x)`.
    pub fn items(&self) -> &[Node] {
        match &self.kind {
            NodeKind::Seq { items } => items,
            _ => &[],
        }
    }

    pub fn item(&self, index: usize) -> Option<&Node> {
        self.items().get(index)
    }

    /// The first string literal in this value equal to `text`.
    pub fn find_str(&self, text: &str) -> Option<&Node> {
        match &self.kind {
            NodeKind::Str(s) if s == text => Some(self),
            NodeKind::Str(_) | NodeKind::Atom(_) => None,
            NodeKind::Struct { fields } => fields.iter().find_map(|(_, _, n)| n.find_str(text)),
            NodeKind::Seq { items } => items.iter().find_map(|n| n.find_str(text)),
        }
    }
}

/// A parsed file: its `#![enable(..)]` attributes and its top value.
#[derive(Clone, Debug)]
pub struct Document {
    /// Source text of the leading attributes, to prepend when an item is
    /// deserialized on its own.
    pub attributes: String,
    pub root: Node,
}

/// Why a text could not be split into values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxError {
    /// Brackets open deeper than [`MAX_DEPTH`], at this byte.
    TooDeep { at: usize },
    /// Not well-formed: the caller lets `ron` find and describe the problem.
    Malformed,
}

/// Parses `text` into a tree that remembers where each value is.
pub fn parse(text: &str) -> Result<Document, SyntaxError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        too_deep_at: None,
    };
    let document = parse_document(&mut parser);
    match (document, parser.too_deep_at) {
        (_, Some(at)) => Err(SyntaxError::TooDeep { at }),
        (Some(document), None) => Ok(document),
        (None, None) => Err(SyntaxError::Malformed),
    }
}

fn parse_document(parser: &mut Parser) -> Option<Document> {
    let text = parser.text;
    parser.skip_trivia();
    // Only the attributes themselves, on one line: comments between them
    // and the value would swallow the item they are put before.
    let mut attributes = String::new();
    while parser.peek() == Some(b'#') {
        let start = parser.at;
        parser.at += 1;
        while parser.peek() != Some(b']') {
            parser.peek()?;
            parser.at += 1;
        }
        parser.at += 1;
        attributes.push_str(&text[start..parser.at].replace('\n', " "));
        attributes.push(' ');
        parser.skip_trivia();
    }
    let root = parser.value(0)?;
    parser.skip_trivia();
    (parser.at == text.len()).then_some(Document { attributes, root })
}

/// Deep nesting is refused rather than risking the stack on hostile input.
pub const MAX_DEPTH: usize = 64;

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// Where nesting first went deeper than [`MAX_DEPTH`].
    too_deep_at: Option<usize>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_trivia(&mut self) {
        loop {
            match (self.peek(), self.bytes.get(self.at + 1)) {
                (Some(b), _) if b.is_ascii_whitespace() => self.at += 1,
                (Some(b'/'), Some(b'/')) => {
                    while self.peek().is_some_and(|b| b != b'\n') {
                        self.at += 1;
                    }
                }
                (Some(b'/'), Some(b'*')) => {
                    let mut depth = 0usize;
                    while self.at < self.bytes.len() {
                        if self.bytes[self.at..].starts_with(b"/*") {
                            depth += 1;
                            self.at += 2;
                        } else if self.bytes[self.at..].starts_with(b"*/") {
                            depth -= 1;
                            self.at += 2;
                            if depth == 0 {
                                break;
                            }
                        } else {
                            self.at += 1;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            self.too_deep_at.get_or_insert(self.at);
            return None;
        }
        self.skip_trivia();
        let start = self.at;
        let kind = match self.peek()? {
            b'"' => NodeKind::Str(self.string()?),
            b'r' if matches!(self.bytes.get(self.at + 1), Some(b'"' | b'#')) => {
                NodeKind::Str(self.raw_string()?)
            }
            b'(' => self.group(b')', depth)?,
            b'[' => self.group(b']', depth)?,
            b'{' => self.group(b'}', depth)?,
            _ => {
                let word = self.word()?;
                self.skip_trivia();
                if self.peek() == Some(b'(') {
                    self.group(b')', depth)?
                } else {
                    NodeKind::Atom(word)
                }
            }
        };
        Some(Node {
            start,
            end: self.at,
            kind,
        })
    }

    fn word(&mut self) -> Option<String> {
        let start = self.at;
        while self.peek().is_some_and(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'+' | b'-' | b'\'') || b >= 0x80
        }) {
            self.at += 1;
        }
        (self.at > start).then(|| self.text[start..self.at].to_owned())
    }

    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = self.text.get(self.at..)?;
            let c = rest.chars().next()?;
            self.at += c.len_utf8();
            match c {
                '"' => return Some(out),
                '\\' => {
                    let escaped = self.text.get(self.at..)?.chars().next()?;
                    self.at += escaped.len_utf8();
                    out.push(match escaped {
                        'n' => '\n',
                        't' => '\t',
                        other => other,
                    });
                }
                c => out.push(c),
            }
        }
    }

    fn raw_string(&mut self) -> Option<String> {
        self.at += 1;
        let hashes = self.bytes[self.at..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        self.at += hashes;
        if self.peek()? != b'"' {
            return None;
        }
        self.at += 1;
        let closing = format!("\"{}", "#".repeat(hashes));
        let end = self.text[self.at..].find(&closing)? + self.at;
        let out = self.text[self.at..end].to_owned();
        self.at = end + closing.len();
        Some(out)
    }

    /// Contents of `( … )`, `[ … ]` or `{ … }`, the opening bracket at `self.at`.
    fn group(&mut self, close: u8, depth: usize) -> Option<NodeKind> {
        self.at += 1;
        let mut fields = Vec::new();
        let mut items = Vec::new();
        loop {
            self.skip_trivia();
            if self.peek()? == close {
                self.at += 1;
                break;
            }
            let field_start = self.at;
            if close == b')' && self.is_field_name_ahead() {
                let name = self.word()?;
                self.skip_trivia();
                self.at += 1; // ':'
                fields.push((name, field_start, self.value(depth + 1)?));
            } else {
                items.push(self.value(depth + 1)?);
                self.skip_trivia();
                if close == b'}' && self.peek() == Some(b':') {
                    self.at += 1;
                    items.push(self.value(depth + 1)?);
                }
            }
            self.skip_trivia();
            match self.peek()? {
                b',' => self.at += 1,
                b if b == close => {}
                _ => return None,
            }
        }
        Some(if fields.is_empty() {
            NodeKind::Seq { items }
        } else if items.is_empty() {
            NodeKind::Struct { fields }
        } else {
            return None;
        })
    }

    /// Whether an identifier followed by `:` comes next.
    fn is_field_name_ahead(&self) -> bool {
        let mut probe = Parser {
            text: self.text,
            bytes: self.bytes,
            at: self.at,
            too_deep_at: None,
        };
        if !probe
            .peek()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        {
            return false;
        }
        if probe.word().is_none() {
            return false;
        }
        probe.skip_trivia();
        probe.peek() == Some(b':')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_fields_items_and_positions() {
        let text =
            "// c\n[\n  T(id: \"a\", list: [\"x\", \"y\"], opt: Some(\"z\")),\n  T(id: \"b\"),\n]";
        let doc = parse(text).unwrap();
        assert_eq!(doc.root.items().len(), 2);
        let first = &doc.root.items()[0];
        let y = first.field("list").unwrap().item(1).unwrap();
        let index = LineIndex::new(text);
        assert_eq!(index.pos(text, y.start), TextPos { line: 3, col: 26 });
        assert_eq!(
            first.field("opt").unwrap().item(0).unwrap().kind,
            NodeKind::Str("z".into())
        );
        assert_eq!(
            &text[doc.root.items()[1].start..doc.root.items()[1].end],
            "T(id: \"b\")"
        );
    }

    #[test]
    fn columns_count_characters_on_long_lines() {
        let text = format!("{}é{}x", "a".repeat(10_000), "b".repeat(9_000));
        let index = LineIndex::new(&text);
        let x = text.len() - 1;
        assert_eq!(
            index.pos(&text, x),
            TextPos {
                line: 1,
                col: 19_002
            }
        );
        let multi = "ab\ncé\nxyz";
        let index = LineIndex::new(multi);
        assert_eq!(index.pos(multi, 8), TextPos { line: 3, col: 2 });
    }

    #[test]
    fn refuses_broken_and_deep_input() {
        assert_eq!(parse("[T(id: \"a\"").err(), Some(SyntaxError::Malformed));
        assert!(parse("[T(id: \"a\")] extra").is_err());
        assert!(matches!(
            parse(&"[".repeat(10_000)),
            Err(SyntaxError::TooDeep { at: 65 })
        ));
        assert!(parse("").is_err());
    }

    #[test]
    fn reads_attributes_tuples_and_raw_strings() {
        let doc = parse("#![enable(implicit_some)]\n[(0.1, 0.2), r#\"raw \"q\"\"#]").unwrap();
        assert_eq!(doc.attributes.trim(), "#![enable(implicit_some)]");
        assert_eq!(doc.root.items()[0].items().len(), 2);
        assert_eq!(doc.root.items()[1].kind, NodeKind::Str("raw \"q\"".into()));
    }
}
