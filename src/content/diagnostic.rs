//! One content problem, with where it is and what to do about it.

use std::fmt;

use super::syntax::TextPos;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the person knows it (`data/techniques/000_ankle.ron`).
    pub file: String,
    /// `None` for problems with a whole file (cannot be read, missing).
    pub pos: Option<TextPos>,
    pub message: String,
}

impl Diagnostic {
    pub fn at(file: &str, pos: TextPos, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            pos: Some(pos),
            message: message.into(),
        }
    }

    pub fn file(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            pos: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pos {
            Some(TextPos { line, col }) => {
                write!(f, "{}:{line}:{col}: {}", self.file, self.message)
            }
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}
