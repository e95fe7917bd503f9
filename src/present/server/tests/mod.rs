//! Tests of the server view and answer, on small scenarios written as the JSON a user would
//! give, with the helpers they share: [`views`] (lanes, rows, tones, shades, warnings),
//! [`answers`] (the answer and the export-time sentence), [`words`] (every code has words in
//! both languages, typeset as each language wants).

use super::rules::rule_text;
use super::*;
use crate::engine::entra::{CycleOutcome, Rule};
use crate::engine::{Instant, Scenario};
use crate::present::grammar::{lower_first, thousands, utc};
use crate::present::{Answer, ShadeKind, Tone};
use chrono::TimeDelta;

mod answers;
mod views;
mod words;

fn t(s: &str) -> Instant {
    s.parse().unwrap()
}

fn fmt(t: Instant) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}

/// Simulates a server given as the `server` object of a scenario over `[start, end)`.
fn report(server: &str, start: &str, end: &str) -> ServerReport {
    let json = format!(
        r#"{{"version": 1, "horizon": {{"start": "{start}", "end": "{end}"}}, "server": {server}}}"#
    );
    Scenario::from_json(&json)
        .unwrap()
        .simulate()
        .unwrap()
        .server
        .unwrap()
}

fn lane_key<'a>(v: &'a View, row: &Row) -> &'a str {
    v.lanes.get(row.lane).map_or("?", |l| l.key)
}

/// Two scenarios between them exercise nearly every rule the engine has.
fn rich_reports() -> Vec<ServerReport> {
    let defaults = report(
        r#"{
          "scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-01T00:12:00Z",
                        "customized_sync_cycle_interval": "00:10:00"},
          "behaviour": {"manual_start_while_disabled": "rejected"},
          "connectors": [
            {"name": "corp.contoso.com", "kind": "ad", "full_sync_required": true},
            {"name": "contoso.onmicrosoft.com - AAD", "kind": "entra_id"}
          ],
          "last_cycle_end": "2026-11-01T00:00:00Z",
          "interval_changes": [{"at": "2026-11-01T09:00:00Z", "customized_sync_cycle_interval": "01:00:00"}],
          "disabled_spans": [{"start": "2026-11-02T00:00:00Z", "end": "2026-11-10T00:00:00Z"}],
          "suspended_spans": [{"start": "2026-11-01T01:00:00Z", "end": "2026-11-01T01:45:00Z"}],
          "staging_spans": [{"start": "2026-11-01T04:00:00Z", "end": "2026-11-01T05:00:00Z"}],
          "outages": [{"start": "2026-11-01T06:30:45Z", "end": "2026-11-01T07:10:00Z"}],
          "connector_overrides": [
            {"at": "2026-11-01T08:00:00Z", "connector": "corp.contoso.com", "full_import_required": true, "full_sync_required": true},
            {"at": "2026-11-01T08:01:00Z", "connector": "contoso.onmicrosoft.com - AAD", "full_sync_required": false},
            {"at": "2026-11-11T23:59:00Z", "connector": "corp.contoso.com", "full_sync_required": true}
          ],
          "durations": {"per_cycle": {"delta": "PT2M", "initial": "PT90M"}},
          "manual": [
            {"at": "2026-11-01T01:10:00Z", "command": "start_delta"},
            {"at": "2026-11-01T03:04:00Z", "command": "start_initial"},
            {"at": "2026-11-01T03:05:00Z", "command": "start_delta"},
            {"at": "2026-11-01T03:20:00Z", "command": "stop"},
            {"at": "2026-11-01T03:30:00Z", "command": "stop"},
            {"at": "2026-11-01T06:50:00Z", "command": "start_delta"},
            {"at": "2026-11-03T00:00:00Z", "command": "start_delta"},
            {"at": "2026-11-10T01:00:00Z", "command": "start_initial"}
          ]
        }"#,
        "2026-11-01T00:00:00Z",
        "2026-11-12T00:00:00Z",
    );
    let others = report(
        r#"{
          "scheduler": {"next_sync_cycle_start_time_in_utc": "2026-10-30T00:07:00Z"},
          "behaviour": {"build": "before_1_1_281", "next_start_counted_from": "cycle_end",
                        "overrun": "skip_to_next_slot", "catch_up": "next_slot"},
          "durations": {"per_cycle": {"delta": "PT45M"}},
          "password_hash_sync": {"enabled": false},
          "interval_changes": [
            {"at": "2026-11-01T02:00:00Z", "customized_sync_cycle_interval": "8.00:00:00"},
            {"at": "2026-11-01T02:01:00Z", "customized_sync_cycle_interval": null}
          ],
          "suspended_spans": [{"start": "2026-11-01T05:00:00Z", "end": "2026-11-01T07:00:00Z"}],
          "manual": [
            {"at": "2026-11-01T04:00:00Z", "command": "start_delta"},
            {"at": "2026-11-01T04:10:00Z", "command": "stop"},
            {"at": "2026-11-01T04:10:01Z", "command": "stop"},
            {"at": "2026-11-01T05:30:00Z", "command": "start_delta"}
          ]
        }"#,
        "2026-11-01T00:00:00Z",
        "2026-11-02T00:00:00Z",
    );
    let down = report(
        r#"{"behaviour": {"overrun": "skip_to_next_slot"},
            "durations": {"per_cycle": {"delta": "PT45M"}},
            "outages": [{"start": "2026-11-01T01:20:00Z", "end": "2026-11-01T01:40:00Z"}],
            "manual": [{"at": "2026-11-01T01:30:00Z", "command": "start_delta"}]}"#,
        "2026-11-01T00:00:00Z",
        "2026-11-01T02:00:00Z",
    );
    // A NextSyncCycleStartTimeInUTC 12 days old (overdue, run at once) and one two days
    // ahead (day and month swapped?).
    let stale = report(
        r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-10-20T00:00:00Z"},
            "outages": [{"start": "2026-11-01T00:40:00Z", "end": "2026-11-01T00:50:00Z"}]}"#,
        "2026-11-01T00:00:00Z",
        "2026-11-01T02:00:00Z",
    );
    let ahead = report(
        r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-03T00:00:00Z"},
            "staging_spans": [{"start": "2026-11-03T00:00:00Z", "end": "2026-11-03T01:00:00Z"}]}"#,
        "2026-11-01T00:00:00Z",
        "2026-11-04T00:00:00Z",
    );
    vec![defaults, others, down, stale, ahead]
}

/// Every rule named anywhere in a report: cycles, outcomes, steps, events, warnings, lanes.
fn rules_in(r: &ServerReport) -> Vec<Rule> {
    let mut out: Vec<Rule> = Vec::new();
    for c in &r.cycles {
        out.push(c.rule);
        match c.outcome {
            CycleOutcome::Stopped { rule, .. } | CycleOutcome::Interrupted { rule } => {
                out.push(rule)
            }
            CycleOutcome::Completed => {}
        }
        out.extend(r.steps(c).map(|s| s.rule));
    }
    out.extend(r.events.iter().map(|e| e.rule));
    out.extend(r.warnings.iter().map(|w| w.rule));
    out.extend(r.password_hash_sync.iter().map(|s| s.rule));
    out.sort_by_key(|r| r.code());
    out.dedup();
    out
}

fn is_japanese_char(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}' | '\u{3000}'..='\u{303f}')
}

/// Half-width parentheses need a space against Japanese text ("無効 (SyncCycleEnabled)
/// だった"); full-width ones need none.
fn typeset(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(2).all(|w| {
        let kana_or_kanji =
            |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}');
        !(kana_or_kanji(w[0]) && w[1] == '(' || w[0] == ')' && kana_or_kanji(w[1]))
    })
}

fn is_japanese(s: &str) -> bool {
    s.chars().any(is_japanese_char)
}
