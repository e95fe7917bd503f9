//! The exports checked natively: RFC 5545 line rules and escaping, RFC 4180 quoting, and that
//! each file holds what the views hold.

use super::ics::{escape, fold_into};
use super::*;
use crate::engine::{Scenario, Simulation};
use crate::present::{self, Answer};
use crate::presets::Preset;

fn now() -> Instant {
    "2026-11-27T10:00:00Z".parse().unwrap()
}

fn simulate(preset: Preset, zone: DisplayZone) -> (Scenario, Simulation) {
    let mut scenario = preset.scenario(now());
    scenario.display_zone = zone;
    let sim = scenario.simulate().unwrap();
    (scenario, sim)
}

fn views(sim: &Simulation, lang: Lang) -> Vec<(System, View)> {
    [System::Device, System::Server]
        .into_iter()
        .filter_map(|s| present::view(sim, s, lang).map(|v| (s, v)))
        .collect()
}

fn parts(views: &[(System, View)]) -> Vec<Part<'_>> {
    views
        .iter()
        .map(|(system, view)| Part {
            system: *system,
            view,
        })
        .collect()
}

fn options<'a>(
    lang: Lang,
    zone: &'a DisplayZone,
    offset: &'a dyn Fn(Instant) -> i32,
) -> Options<'a> {
    Options {
        lang,
        zone,
        offset,
        stamp: now(),
        uid_seed: "scenario",
    }
}

/// Unfolds an iCalendar text into its logical lines.
fn unfold(ics: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for physical in ics.split("\r\n") {
        match physical.strip_prefix(' ') {
            Some(rest) => {
                if let Some(last) = lines.last_mut() {
                    last.push_str(rest);
                }
            }
            None => lines.push(physical.to_owned()),
        }
    }
    if lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_character() {
    for text in [
        "x".repeat(400),
        "同期".repeat(100),
        format!("a{}", "é🙂".repeat(60)),
    ] {
        let mut out = String::new();
        fold_into(&mut out, &format!("DESCRIPTION:{text}"));
        assert!(out.ends_with("\r\n"));
        for line in out.trim_end_matches("\r\n").split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert_eq!(unfold(&out), [format!("DESCRIPTION:{text}")]);
    }
}

#[test]
fn text_values_escape_what_rfc_5545_reserves() {
    assert_eq!(
        escape("a,b;c\\d\ne\r\nf\u{7}"),
        "a\\,b\\;c\\\\d\\ne\\nf".to_owned()
    );
}

#[test]
fn csv_fields_are_quoted_only_when_they_must_be() {
    assert_eq!(super::csv::quote("plain"), "plain");
    assert_eq!(super::csv::quote("a,b"), "\"a,b\"");
    assert_eq!(super::csv::quote("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(super::csv::quote("two\nlines"), "\"two\nlines\"");
    // A cell a spreadsheet would run as a formula stays text.
    assert_eq!(
        super::csv::quote("=HYPERLINK(\"x\")"),
        "\"'=HYPERLINK(\"\"x\"\")\""
    );
    assert_eq!(super::csv::quote("@SUM(A1)"), "'@SUM(A1)");
}

/// A minimal RFC 4180 reader for the tests: records of fields.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && record.is_empty(),
        "the text ends a record"
    );
    records
}

#[test]
fn the_calendar_holds_one_event_per_sync_in_utc() {
    for preset in Preset::ALL {
        let zone = DisplayZone::Browser;
        let (scenario, sim) = simulate(preset, zone.clone());
        let views = views(&sim, Lang::En);
        let parts = parts(&views);
        let offset = |_: Instant| 0;
        let ics = calendar(&parts, &options(Lang::En, &zone, &offset));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !ics.replace("\r\n", "").contains('\n'),
            "only CRLF line ends"
        );
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
        let lines = unfold(&ics);
        let expected: Vec<Instant> = views
            .iter()
            .flat_map(|(s, v)| {
                v.rows
                    .iter()
                    .filter(|r| is_calendar_event(*s, v, r))
                    .map(|r| r.at)
            })
            .collect();
        assert!(!expected.is_empty(), "{preset:?} predicts syncs");
        let starts: Vec<&String> = lines.iter().filter(|l| l.starts_with("DTSTART:")).collect();
        assert_eq!(starts.len(), expected.len(), "{preset:?}");
        assert_eq!(
            lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
            expected.len()
        );
        assert_eq!(
            starts[0].as_str(),
            format!("DTSTART:{}", expected[0].format("%Y%m%dT%H%M%SZ"))
        );
        assert!(lines.iter().any(|l| l == "DTSTAMP:20261127T100000Z"));
        assert!(!ics.contains("VTIMEZONE"));
        // Every event says its rule; identifiers are unique.
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.starts_with("DESCRIPTION:Rule: "))
                .count(),
            expected.len()
        );
        let uids: std::collections::HashSet<&String> =
            lines.iter().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), expected.len());
        // Deterministic: the same inputs make the same file.
        assert_eq!(ics, calendar(&parts, &options(Lang::En, &zone, &offset)));
        drop(scenario);
    }
}

#[test]
fn the_next_sync_the_app_answers_is_in_the_calendar() {
    let zone = DisplayZone::Utc;
    let (_, sim) = simulate(Preset::FreshlyEnrolled, zone.clone());
    let fmt = |t: Instant| t.format("%Y%m%dT%H%M%SZ").to_string();
    let Some(Answer::Next { at, .. }) =
        present::answer(&sim, System::Device, now(), Lang::En, &fmt)
    else {
        panic!("a freshly enrolled device syncs next");
    };
    let views = views(&sim, Lang::En);
    let offset = |_: Instant| 0;
    let ics = calendar(&parts(&views), &options(Lang::En, &zone, &offset));
    assert!(unfold(&ics).contains(&format!("DTSTART:{}", fmt(at))));
}

#[test]
fn a_fixed_offset_zone_travels_as_a_vtimezone() {
    let zone: DisplayZone = "+09:00".parse().unwrap();
    let (_, sim) = simulate(Preset::IntervalThreeHours, zone.clone());
    let views = views(&sim, Lang::Ja);
    let offset = |_: Instant| fixed_offset_secs(&zone);
    let ics = calendar(&parts(&views), &options(Lang::Ja, &zone, &offset));
    let lines = unfold(&ics);
    for expected in [
        "BEGIN:VTIMEZONE",
        "TZID:UTC+0900",
        "TZOFFSETFROM:+0900",
        "TZOFFSETTO:+0900",
    ] {
        assert!(lines.iter().any(|l| l == expected), "{expected}");
    }
    let first = views[0]
        .1
        .rows
        .iter()
        .find(|r| is_calendar_event(System::Server, &views[0].1, r))
        .unwrap();
    let local = first
        .at
        .with_timezone(&fixed_offset(&zone).unwrap())
        .format("%Y%m%dT%H%M%S");
    assert!(
        lines
            .iter()
            .any(|l| *l == format!("DTSTART;TZID=UTC+0900:{local}"))
    );
    // A parameter value holds no colon: the value after the first colon is the date-time.
    for line in lines
        .iter()
        .filter(|l| l.starts_with("DTSTART") || l.starts_with("DTEND"))
    {
        let value = line.split_once(':').map(|(_, v)| v).unwrap_or_default();
        assert!(
            value.len() == 15
                && value.char_indices().all(|(i, c)| if i == 8 {
                    c == 'T'
                } else {
                    c.is_ascii_digit()
                }),
            "{line}"
        );
    }
    // Cycles last: each has an end. The summary is in Japanese.
    assert!(lines.iter().any(|l| l.starts_with("DTEND;TZID=UTC+0900:")));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("SUMMARY:") && l.contains('（'))
    );
}

#[test]
fn the_csv_has_a_header_and_one_record_per_event() {
    let zone: DisplayZone = "-05:30".parse().unwrap();
    let (_, sim) = simulate(Preset::OffOverWeekend, zone.clone());
    for lang in Lang::ALL {
        let views = views(&sim, lang);
        let offset = |_: Instant| fixed_offset_secs(&zone);
        let csv = events_csv(&parts(&views), &options(lang, &zone, &offset));
        let records = read_csv(&csv);
        let rows: usize = views.iter().map(|(_, v)| v.rows.len()).sum();
        assert_eq!(records.len(), rows + 1);
        assert!(records.iter().all(|r| r.len() == csv::Column::ALL.len()));
        // Machine columns are headed the same in both languages.
        assert_eq!(records[0][..3], ["system", "utc", "local"]);
        // No two headers differ only in case: PowerShell's Import-Csv, which ignores case,
        // refuses duplicate columns.
        let mut folded: Vec<String> = records[0].iter().map(|h| h.to_lowercase()).collect();
        folded.sort();
        folded.dedup();
        assert_eq!(folded.len(), records[0].len(), "{:?}", records[0]);
        let first = &views[0].1.rows[0];
        assert_eq!(records[1][0], "device");
        assert_eq!(
            records[1][1],
            first.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        );
        assert!(records[1][2].ends_with("-05:30"), "{}", records[1][2]);
        assert_eq!(records[1][9], first.what);
        assert_eq!(records[1][10], first.rule);
    }
    assert_eq!(
        read_csv(&events_csv(
            &parts(&views(&sim, Lang::Ja)),
            &options(Lang::Ja, &zone, &|_| 0)
        ))[0][8],
        "レーン"
    );
}

#[test]
fn the_json_lists_every_event_and_marks_the_calendar_ones() {
    let zone = DisplayZone::Utc;
    let (_, sim) = simulate(Preset::WizardOpenOvernight, zone.clone());
    let views = views(&sim, Lang::En);
    let parts = parts(&views);
    let offset = |_: Instant| 0;
    let options = options(Lang::En, &zone, &offset);
    let json: serde_json::Value = serde_json::from_str(&events_json(&parts, &options)).unwrap();
    let events = json["events"].as_array().unwrap();
    let rows: usize = views.iter().map(|(_, v)| v.rows.len()).sum();
    assert_eq!(events.len(), rows);
    assert_eq!(json["zone"], "UTC");
    let in_calendar = events.iter().filter(|e| e["calendar"] == true).count();
    let ics = calendar(&parts, &options);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), in_calendar);
    assert!(
        events
            .iter()
            .all(|e| e["utc"].as_str().is_some_and(|t| t.ends_with('Z')))
    );
    assert!(
        events
            .iter()
            .all(|e| ["high", "medium", "low"]
                .contains(&e["source"]["confidence"].as_str().unwrap()))
    );
}
