//! The events as JSON: one object per event with the same fields as the CSV, plus which events
//! a calendar export holds, so a script can check one against the other.

use serde::Serialize;

use super::{Options, Part, is_calendar_event, iso_local, iso_utc, system_key};
use crate::engine::source::Confidence;
use crate::present::terms;

/// The file: what it is about, then the events in time order per system.
#[derive(Serialize)]
struct File<'a> {
    /// The export's language (`en`, `ja`).
    lang: &'static str,
    /// The scenario's display zone, as the scenario writes it.
    zone: String,
    /// Whether any system's simulation stopped at its event limit.
    truncated: bool,
    events: Vec<Event<'a>>,
}

/// One event.
#[derive(Serialize)]
struct Event<'a> {
    system: &'static str,
    utc: String,
    local: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_utc: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_local: Option<String>,
    lane: &'static str,
    lane_name: &'a str,
    outcome: &'static str,
    /// Whether the calendar export has this event.
    calendar: bool,
    event: &'a str,
    rule: &'a str,
    why: &'a str,
    source: Source,
}

/// The source an event rests on.
#[derive(Serialize)]
struct Source {
    id: &'static str,
    title: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'static str>,
    as_of: &'static str,
    /// `high` (Microsoft documentation), `medium` (community observation) or `low` (inference).
    confidence: &'static str,
}

/// A stable key for how sure a source is.
const fn confidence_key(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    }
}

/// The events of `parts` as pretty-printed JSON.
pub fn events_json(parts: &[Part<'_>], options: &Options<'_>) -> String {
    let lang = options.lang;
    let local = |t| iso_local(t, (options.offset)(t));
    let events = parts
        .iter()
        .flat_map(|part| {
            let view = part.view;
            view.rows.iter().map(move |row| (part.system, view, row))
        })
        .map(|(system, view, row)| {
            let lane = view.lanes.get(row.lane);
            Event {
                system: system_key(system),
                utc: iso_utc(row.at),
                local: local(row.at),
                end_utc: row.end.map(iso_utc),
                end_local: row.end.map(local),
                lane: lane.map(|l| l.key).unwrap_or_default(),
                lane_name: lane.map(|l| l.label.as_str()).unwrap_or_default(),
                outcome: row.tone.key(),
                calendar: is_calendar_event(system, view, row),
                event: &row.what,
                rule: &row.rule,
                why: &row.why,
                source: Source {
                    id: row.source.id,
                    title: terms::source_title(row.source).get(lang),
                    url: row.source.url,
                    as_of: row.source.as_of,
                    confidence: confidence_key(row.source.confidence),
                },
            }
        })
        .collect();
    let file = File {
        lang: lang.tag(),
        zone: options.zone.to_string(),
        truncated: parts.iter().any(|p| p.view.truncated),
        events,
    };
    // Serializing plain data to a String cannot fail.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}
