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
    /// Problems this line stands for without listing them ("… and 27,901
    /// more"); 0 for a problem of its own.
    pub unlisted: usize,
}

impl Diagnostic {
    pub fn at(file: &str, pos: TextPos, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            pos: Some(pos),
            message: message.into(),
            unlisted: 0,
        }
    }

    pub fn file(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            pos: None,
            message: message.into(),
            unlisted: 0,
        }
    }

    /// A line for `count` problems found but not listed, after those that are.
    pub fn unlisted(file: &str, count: usize, message: impl Into<String>) -> Self {
        Self {
            unlisted: count,
            ..Self::file(file, message)
        }
    }
}

/// How many problems `diagnostics` report: each listed one, and those a
/// "… and N more" line counts.
pub fn problem_count(diagnostics: &[Diagnostic]) -> usize {
    diagnostics
        .iter()
        .map(|d| if d.unlisted > 0 { d.unlisted } else { 1 })
        .sum()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlisted_problems_count() {
        let mut diagnostics: Vec<Diagnostic> = (0..100)
            .map(|_| Diagnostic::file("f", "unknown id"))
            .collect();
        diagnostics.push(Diagnostic::unlisted("f", 27_901, "… and 27901 more"));
        assert_eq!(problem_count(&diagnostics), 28_001);
    }
}
