//! The diary handed to a doctor or therapist: a CSV of every run (date,
//! what, minutes, pain before and after, region) for a spreadsheet, and a
//! printable one-page summary (what helps me, the last 30 days) that says
//! it is the person's own record.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::content::Catalogue;
use crate::logic::backup::{BackupError, write_new};
use crate::logic::history;
use crate::logic::store::{HistoryEntry, UserState};

/// The CSV's columns, in order.
pub const CSV_HEADER: [&str; 7] = [
    "date",
    "time",
    "technique or routine",
    "minutes",
    "pain before",
    "pain after",
    "region",
];

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("could not write the diary: {0}")]
    Csv(#[from] csv::Error),
    #[error("{0}")]
    Write(#[from] BackupError),
}

/// What a run was: the technique's name, or the routine's as logged.
pub fn run_name(catalogue: &Catalogue, entry: &HistoryEntry) -> String {
    if let Some(name) = &entry.routine_name {
        return name.clone();
    }
    entry
        .technique
        .as_deref()
        .map(|id| {
            catalogue
                .technique(id)
                .map_or_else(|| id.to_owned(), |t| t.name.clone())
        })
        .unwrap_or_default()
}

fn region_name(catalogue: &Catalogue, entry: &HistoryEntry) -> String {
    entry
        .region
        .as_deref()
        .map(|id| {
            catalogue
                .region_index(id)
                .and_then(|i| catalogue.regions.get(i))
                .map_or_else(|| id.to_owned(), |r| r.name.clone())
        })
        .unwrap_or_default()
}

fn local(entry: &HistoryEntry, offset: FixedOffset) -> Option<DateTime<FixedOffset>> {
    DateTime::from_timestamp(entry.ended_unix_secs, 0).map(|t| t.with_timezone(&offset))
}

/// The whole diary (archived years included) as CSV, oldest first, times
/// in the given zone.
pub fn diary_csv(
    state: &UserState,
    catalogue: &Catalogue,
    offset: FixedOffset,
) -> Result<String, ExportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER)?;
    let mut entries = state.diary();
    entries.sort_by_key(|e| e.ended_unix_secs);
    for entry in entries {
        let when = local(entry, offset);
        let pain = |p: Option<u8>| p.map(|p| p.to_string()).unwrap_or_default();
        writer.write_record([
            when.map(|t| t.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            when.map(|t| t.format("%H:%M").to_string())
                .unwrap_or_default(),
            run_name(catalogue, entry),
            format!("{:.1}", entry.active_secs as f64 / 60.0),
            pain(entry.pain_before),
            pain(entry.pain_after),
            region_name(catalogue, entry),
        ])?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Writes the CSV as `reliefmap-diary-<date>.csv` in `folder`.
pub fn write_diary_csv(
    folder: &Path,
    state: &UserState,
    catalogue: &Catalogue,
    today: NaiveDate,
    offset: FixedOffset,
) -> Result<PathBuf, ExportError> {
    let text = diary_csv(state, catalogue, offset)?;
    Ok(write_new(
        folder,
        &format!("reliefmap-diary-{today}"),
        ".csv",
        text.as_bytes(),
    )?)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A printable page: the own-record note, what helps (`helps`, the lines
/// the History page shows), and the last 30 days by day.
pub fn summary_html(
    state: &UserState,
    catalogue: &Catalogue,
    helps: &[String],
    today: NaiveDate,
    offset: FixedOffset,
) -> String {
    let first = today - chrono::Duration::days(29);
    let diary = state.diary();
    let mut days = String::new();
    for day in history::by_day(&diary, offset)
        .iter()
        .filter(|d| d.date >= first && d.date <= today)
    {
        for &i in &day.entries {
            let Some(entry) = diary.get(i) else {
                continue;
            };
            let pain = match (entry.pain_before, entry.pain_after) {
                (Some(b), Some(a)) => format!("{b} → {a}"),
                (Some(b), None) => format!("{b} before"),
                (None, Some(a)) => format!("{a} after"),
                (None, None) => String::new(),
            };
            days.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{:.0}</td><td>{}</td><td>{}</td></tr>\n",
                day.date.format("%a %-d %b %Y"),
                escape(&run_name(catalogue, entry)),
                entry.active_secs as f64 / 60.0,
                escape(&pain),
                escape(&region_name(catalogue, entry)),
            ));
        }
    }
    if days.is_empty() {
        days.push_str("<tr><td colspan=\"5\">Nothing logged in these 30 days.</td></tr>\n");
    }
    let helps = if helps.is_empty() {
        "<p>Not enough rated runs yet to compare.</p>".to_owned()
    } else {
        let items: Vec<String> = helps
            .iter()
            .map(|l| format!("<li>{}</li>", escape(l)))
            .collect();
        format!("<ul>{}</ul>", items.join(""))
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>My Relief Map diary, {today}</title>\n<style>\
         @page {{ size: A4; margin: 15mm; }} body {{ font: 11pt sans-serif; color: #111; }}\
         h1 {{ font-size: 16pt; }} h2 {{ font-size: 13pt; margin-top: 1.2em; }}\
         table {{ border-collapse: collapse; width: 100%; }}\
         td, th {{ border-bottom: 1px solid #ccc; padding: 3px 6px; text-align: left; }}\
         .note {{ background: #f2f2f2; padding: 6px 10px; }}</style></head><body>\n\
         <h1>My Relief Map diary</h1>\n\
         <p class=\"note\">This is my own record, kept in the Relief Map app: what I did and how \
         I rated my pain (0 none, 10 worst). It is not a medical assessment.</p>\n\
         <p>{} runs logged in all; printed {today}.</p>\n\
         <h2>What helps me (my own ratings)</h2>\n{helps}\n\
         <h2>The last 30 days ({first} to {today})</h2>\n\
         <table><tr><th>Day</th><th>Technique or routine</th><th>Minutes</th>\
         <th>Pain before → after</th><th>Where</th></tr>\n{days}</table>\n</body></html>\n",
        diary.len()
    )
}

/// Writes the summary as `reliefmap-summary-<date>.html` (a browser prints
/// it) in `folder`.
pub fn write_summary(
    folder: &Path,
    state: &UserState,
    catalogue: &Catalogue,
    helps: &[String],
    today: NaiveDate,
    offset: FixedOffset,
) -> Result<PathBuf, ExportError> {
    let html = summary_html(state, catalogue, helps, today, offset);
    Ok(write_new(
        folder,
        &format!("reliefmap-summary-{today}"),
        ".html",
        html.as_bytes(),
    )?)
}
