//! The predicted syncs as an iCalendar file (RFC 5545): one `VEVENT` per sync (device) or sync
//! cycle (server), its summary in the export's language and its rule, reason and source in the
//! description.
//!
//! Times are UTC (`DTSTART:20261121T090000Z`) unless the scenario's display zone is a fixed
//! offset, which a `VTIMEZONE` with one `STANDARD` rule expresses exactly; the browser's zone
//! and named zones stay UTC, because their daylight saving rules are not ours to write. Lines
//! end in CRLF and are folded at 75 octets without splitting a character; text values escape
//! backslashes, semicolons, commas and line breaks.

use std::fmt::Write;

use chrono::FixedOffset;

use super::words::{PREDICTED, READ_AT, RULE, SOURCE, SUMMARY, calendar_name};
use super::{Options, Part, fixed_offset, fnv1a, is_calendar_event, system_key};
use crate::engine::Instant;
use crate::present::terms;

/// The longest line, in octets, before folding (CRLF not counted).
const FOLD_AT: usize = 75;

/// The `TZID` of a fixed-offset zone: `UTC+0900`. No colon, which a parameter value could
/// hold only in quotes (`DTSTART;TZID=...:` would end the parameter early).
fn tzid(offset: FixedOffset) -> String {
    format!("UTC{}", utc_offset(offset))
}

/// An offset as `TZOFFSETFROM`/`TZOFFSETTO` write it: `+0900`.
fn utc_offset(offset: FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let secs = secs.abs();
    format!("{sign}{:02}{:02}", secs / 3600, secs / 60 % 60)
}

/// The calendar of the predicted syncs in `parts`.
pub fn calendar(parts: &[Part<'_>], options: &Options<'_>) -> String {
    let lang = options.lang;
    // A zone with one fixed offset, other than UTC itself, gets its own VTIMEZONE.
    let zone = fixed_offset(options.zone).filter(|o| o.local_minus_utc() != 0);
    let only = match parts {
        [one] => Some(one.system),
        _ => None,
    };
    let seed = fnv1a(options.uid_seed);
    let mut out = String::new();
    let mut put = |name: &str, value: &str| fold_into(&mut out, &format!("{name}:{value}"));

    put("BEGIN", "VCALENDAR");
    put("VERSION", "2.0");
    put("PRODID", "-//Sync Planner//Sync Planner//EN");
    put("CALSCALE", "GREGORIAN");
    put("METHOD", "PUBLISH");
    put("X-WR-CALNAME", &escape(calendar_name(only).get(lang)));
    if let Some(offset) = zone {
        put("BEGIN", "VTIMEZONE");
        put("TZID", &tzid(offset));
        put("BEGIN", "STANDARD");
        put("DTSTART", "19700101T000000");
        put("TZOFFSETFROM", &utc_offset(offset));
        put("TZOFFSETTO", &utc_offset(offset));
        put("TZNAME", &tzid(offset));
        put("END", "STANDARD");
        put("END", "VTIMEZONE");
    }
    let stamp = utc_stamp(options.stamp);
    for part in parts {
        let view = part.view;
        for (index, row) in view.rows.iter().enumerate() {
            if !is_calendar_event(part.system, view, row) {
                continue;
            }
            let lane = view.lanes.get(row.lane);
            let lane_label = lane.map(|l| l.label.as_str()).unwrap_or_default();
            let title = terms::source_title(row.source).get(lang);
            let confidence = terms::confidence(row.source.confidence).get(lang);
            let mut description = vec![
                RULE.fill(lang, &[&row.rule]),
                row.why.clone(),
                SOURCE.fill(lang, &[title, row.source.as_of, confidence]),
            ];
            if let Some(url) = row.source.url {
                description.push(READ_AT.fill(lang, &[url]));
            }
            description.push(PREDICTED.get(lang).to_owned());
            let description: Vec<String> =
                description.into_iter().filter(|l| !l.is_empty()).collect();

            put("BEGIN", "VEVENT");
            put(
                "UID",
                &format!(
                    "{}-{}-{}-{index}-{seed:016x}@sync-planner.invalid",
                    system_key(part.system),
                    utc_stamp(row.at),
                    lane.map(|l| l.key).unwrap_or("lane"),
                ),
            );
            put("DTSTAMP", &stamp);
            let (start_name, start) = when("DTSTART", row.at, zone);
            put(&start_name, &start);
            if let Some(end) = row.end.filter(|e| *e > row.at) {
                let (end_name, end) = when("DTEND", end, zone);
                put(&end_name, &end);
            }
            put(
                "SUMMARY",
                &escape(&SUMMARY.fill(lang, &[&row.what, lane_label])),
            );
            put("DESCRIPTION", &escape(&description.join("\n")));
            put("CATEGORIES", &escape(lane_label));
            // A prediction does not make anyone busy.
            put("TRANSP", "TRANSPARENT");
            put("END", "VEVENT");
        }
    }
    put("END", "VCALENDAR");
    out
}

/// An instant as a UTC DATE-TIME: `20261121T090000Z`.
fn utc_stamp(t: Instant) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A DATE-TIME property's name and value: UTC, or local time with its `TZID` parameter.
fn when(name: &str, t: Instant, zone: Option<FixedOffset>) -> (String, String) {
    match zone {
        Some(offset) => (
            format!("{name};TZID={}", tzid(offset)),
            t.with_timezone(&offset).format("%Y%m%dT%H%M%S").to_string(),
        ),
        None => (name.to_owned(), utc_stamp(t)),
    }
}

/// A TEXT value escaped (RFC 5545 §3.3.11): `\` `;` `,` escaped with a backslash, line breaks
/// written `\n`, other control characters dropped (a content line may not hold them).
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded (RFC 5545 §3.1): no line longer than 75 octets before its
/// CRLF, each continuation starting with one space, and no UTF-8 character split.
pub(super) fn fold_into(out: &mut String, line: &str) {
    let mut room = FOLD_AT;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > room {
            out.push_str("\r\n ");
            // The leading space counts toward the next line's 75 octets.
            room = FOLD_AT - 1;
            used = 0;
        }
        out.push(c);
        used += len;
    }
    let _ = out.write_str("\r\n");
}
