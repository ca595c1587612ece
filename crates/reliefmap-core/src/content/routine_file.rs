//! Routine files: one routine (and optionally a list of favourites) that a
//! person exports and hands on, for example from a therapist to a client.
//! Reading one is checked like content: every problem is reported with
//! line:column, and the caller imports nothing unless the file is clean.

use serde::{Deserialize, Serialize};

use super::parse::{Located, SourceText, parse_one};
use super::syntax::LineIndex;
use super::{Catalogue, Diagnostic, Routine, validate};

/// Format number written into routine files.
pub const ROUTINE_FILE_FORMAT: u32 = 1;
/// File name ending for exported routines.
pub const ROUTINE_FILE_SUFFIX: &str = ".reliefmap-routine.ron";

/// What a routine file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoutineFile {
    pub format: u32,
    pub routine: Routine,
    /// Technique ids to add to the receiver's favourites.
    #[serde(default)]
    pub favourites: Vec<String>,
}

impl RoutineFile {
    /// The file's text: a short comment saying what it is, then the value.
    pub fn to_text(&self) -> Result<String, ron::Error> {
        let config = ron::ser::PrettyConfig::new()
            .struct_names(true)
            .indentor("    ".to_owned());
        let body = ron::ser::to_string_pretty(self, config)?;
        Ok(format!(
            "// A Relief Map routine. Import it in the app: Routines, Import.\n{body}\n"
        ))
    }
}

/// Reads and checks a routine file against the loaded techniques.
pub fn parse_routine_file(
    display: &str,
    text: &str,
    catalogue: &Catalogue,
) -> Result<RoutineFile, Vec<Diagnostic>> {
    let source = SourceText {
        display,
        text,
        lines: LineIndex::new(text),
    };
    let mut parsed: Vec<Located<RoutineFile>> = Vec::new();
    let mut diagnostics = Vec::new();
    parse_one(0, &source, &mut parsed, &mut diagnostics);
    if let Some(file) = parsed.first() {
        validate::validate_routine_file(&source, file, catalogue, &mut diagnostics);
    }
    match (parsed.pop(), diagnostics.is_empty()) {
        (Some(file), true) => Ok(file.value),
        _ => Err(diagnostics),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::test_support;

    #[test]
    fn exported_text_reads_back() {
        let catalogue = test_support::shipped();
        let file = RoutineFile {
            format: ROUTINE_FILE_FORMAT,
            routine: Routine {
                id: "mine".into(),
                name: "Morning \"feet\"".into(),
                summary: String::new(),
                techniques: vec!["arch_rolls".into(), "heel_raises".into()],
                transition_secs: 10,
                source: String::new(),
            },
            favourites: vec!["arch_rolls".into()],
        };
        let text = file.to_text().unwrap();
        assert_eq!(parse_routine_file("x", &text, &catalogue), Ok(file));
    }

    #[test]
    fn problems_point_at_their_place() {
        let catalogue = test_support::shipped();
        let text = concat!(
            "RoutineFile(\n",
            "    format: 1,\n",
            "    routine: Routine(\n",
            "        id: \"r\",\n",
            "        name: \"\",\n",
            "        techniques: [\"arch_rolls\", \"arch_rols\"],\n",
            "        transition_secs: 500,\n",
            "    ),\n",
            "    favourites: [\"heel_raise\"],\n",
            ")\n",
        );
        let messages: Vec<String> = parse_routine_file("r.ron", text, &catalogue)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(messages.len(), 4, "{messages:#?}");
        assert!(messages[0].starts_with("r.ron:5:9: routine 'r' has an empty name"));
        assert!(messages[1].starts_with(
            "r.ron:6:36: routine 'r' names unknown technique \
            'arch_rols' — did you mean 'arch_rolls'?"
        ));
        assert!(messages[2].starts_with("r.ron:7:9: routine 'r' has transition_secs 500"));
        assert!(messages[3].starts_with(
            "r.ron:9:18: favourites names unknown technique \
            'heel_raise' — did you mean 'heel_raises'?"
        ));
    }

    #[test]
    fn newer_format_is_refused() {
        let catalogue = test_support::shipped();
        let text = "RoutineFile(format: 2, routine: Routine(id: \"r\", name: \"R\", techniques: \
            [\"arch_rolls\"]))";
        let errors = parse_routine_file("r.ron", text, &catalogue).unwrap_err();
        assert!(
            errors[0].to_string().contains("newer Relief Map"),
            "{errors:?}"
        );
    }
}
