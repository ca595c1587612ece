//! The diary for a doctor or therapist: the CSV opens in a spreadsheet
//! with the right columns, one row per run, names resolved and commas and
//! quotes kept; the printable summary says it is the person's own record,
//! lists what helps and the last 30 days, and escapes what it shows.

use crate::common;

use chrono::{FixedOffset, NaiveDate};
use reliefmap::logic::diary_export::{CSV_HEADER, diary_csv, summary_html, write_diary_csv};
use reliefmap::logic::store::{HistoryEntry, UserState};

fn state() -> UserState {
    let day = |d: i64| 1_763_800_000 - d * 86_400;
    UserState {
        history: vec![
            HistoryEntry {
                ended_unix_secs: day(1),
                technique: Some("arch_rolls".into()),
                active_secs: 240,
                steps_done: 2,
                pain_before: Some(6),
                pain_after: Some(3),
                region: Some("lower_back".into()),
                ..HistoryEntry::default()
            },
            HistoryEntry {
                ended_unix_secs: day(0),
                routine: Some("mine".into()),
                routine_name: Some("Feet, \"quick\" <script>".into()),
                active_secs: 600,
                steps_done: 5,
                ..HistoryEntry::default()
            },
        ],
        ..UserState::default()
    }
}

#[test]
fn the_csv_reads_back_with_the_right_columns() {
    let catalogue = common::shipped();
    let utc = FixedOffset::east_opt(0).unwrap();
    let text = diary_csv(&state(), &catalogue, utc).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][2], "Arch rolls");
    assert_eq!((&rows[0][3], &rows[0][4], &rows[0][5]), ("4.0", "6", "3"));
    assert_eq!(&rows[0][6], "Lower back");
    assert_eq!(&rows[1][2], "Feet, \"quick\" <script>");
    assert_eq!((&rows[1][4], &rows[1][5]), ("", ""));
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2025, 11, 22).unwrap();
    let path = write_diary_csv(dir.path(), &state(), &catalogue, today, utc).unwrap();
    assert!(path.ends_with("reliefmap-diary-2025-11-22.csv"));
}

#[test]
fn the_summary_is_an_own_record_and_escapes_names() {
    let catalogue = common::shipped();
    let utc = FixedOffset::east_opt(0).unwrap();
    let today = chrono::DateTime::from_timestamp(1_763_800_000, 0)
        .unwrap()
        .date_naive();
    let helps = vec!["Arch rolls: on average 3 points less pain after than before".to_owned()];
    let html = summary_html(&state(), &catalogue, &helps, today, utc);
    assert!(html.contains("This is my own record"));
    assert!(html.contains("It is not a medical assessment."));
    assert!(html.contains("Arch rolls: on average 3 points"));
    assert!(html.contains("6 → 3"));
    assert!(html.contains("&lt;script&gt;"));
    assert!(!html.contains("<script>"));
}
