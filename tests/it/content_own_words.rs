//! Every sentence in `data/` is written in the app's own words: none shares
//! a run of 7 or more consecutive words with the source articles in
//! `../shared/sources/`. A source's title quotes its article on purpose and
//! is left out. A clone without that folder skips the check.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Words per run that may not be shared with an article.
const RUN: usize = 7;

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace(['’', '‘'], "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn runs(words: &[String]) -> impl Iterator<Item = &[String]> {
    words.windows(RUN)
}

/// String literals and comments of a RON file, and every line of Markdown:
/// the places sentences live.
fn sentences(path: &Path, text: &str) -> Vec<(usize, String)> {
    if path.extension().is_some_and(|e| e == "md") {
        return text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.to_owned()))
            .collect();
    }
    let mut out = Vec::new();
    let titles = path.file_name().is_some_and(|n| n == "sources.ron");
    for (i, line) in text.lines().enumerate() {
        if titles && line.trim_start().starts_with("title:") {
            continue;
        }
        let mut rest = line;
        if let Some(at) = rest.find("//") {
            out.push((i + 1, rest[at + 2..].to_owned()));
            rest = &rest[..at];
        }
        let mut parts = rest.split('"');
        parts.next();
        while let (Some(inside), _) = (parts.next(), parts.next()) {
            out.push((i + 1, inside.to_owned()));
        }
    }
    out
}

fn files(dir: &Path, ext: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path, ext));
        } else if path
            .extension()
            .is_some_and(|e| ext.iter().any(|x| e == *x))
        {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn no_sentence_repeats_an_article_word_for_word() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = root.join("../shared/sources");
    let articles = files(&sources, &["txt"]);
    if articles.is_empty() {
        eprintln!(
            "skipped: {} holds no articles, so the own-words check cannot run in this clone",
            sources.display()
        );
        return;
    }
    let mut shared: HashSet<Vec<String>> = HashSet::new();
    for article in &articles {
        let text = std::fs::read_to_string(article).unwrap_or_default();
        shared.extend(runs(&words(&text)).map(<[String]>::to_vec));
    }
    let mut copied = Vec::new();
    for file in files(&root.join("data"), &["ron", "md"]) {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for (line, sentence) in sentences(&file, &text) {
            if let Some(run) = runs(&words(&sentence)).find(|r| shared.contains(*r)) {
                copied.push(format!(
                    "{}:{line}: \"{}\"",
                    file.strip_prefix(root).unwrap_or(&file).display(),
                    run.join(" ")
                ));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "these runs of {RUN} words repeat an article; write them in your own words:\n{}",
        copied.join("\n")
    );
}

#[test]
fn the_check_would_catch_a_copied_sentence() {
    let article = words("Stop if you feel any sharp or sudden pain during the massage.");
    let shared: HashSet<Vec<String>> = runs(&article).map(<[String]>::to_vec).collect();
    let copied = words("Tip: stop if you feel any sharp or sudden pain.");
    assert!(runs(&copied).any(|r| shared.contains(r)));
    let own = words("A sudden or sharp pain means stop at once.");
    assert!(!runs(&own).any(|r| shared.contains(r)));
}
