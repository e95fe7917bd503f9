//! Exports: a simulation's predicted syncs as an iCalendar file, and its events as CSV and
//! JSON, for people who keep their plans in a calendar or a spreadsheet.
//!
//! Everything here is pure and deterministic, like the engine: it reads the [`View`]s the
//! presenter already made (so the words are the ones the app shows), "now" (the calendar's
//! `DTSTAMP`) is an input, and local times come from an offset function passed in, because only
//! the browser knows named zones. The app and the `simulate` command line call the same
//! functions, so a file downloaded from one matches the file printed by the other.

mod csv;
mod ics;
mod json;
mod words;

pub use csv::events_csv;
pub use ics::calendar;
pub use json::events_json;

use chrono::{FixedOffset, Offset, SecondsFormat, Utc};

use crate::engine::{DisplayZone, Instant};
use crate::present::text::Lang;
use crate::present::{Row, System, Tone, View};

/// One system's events, as the presenter shows them.
#[derive(Clone, Copy)]
pub struct Part<'a> {
    /// Which system the view is about.
    pub system: System,
    /// Its lanes and rows, in the export's language.
    pub view: &'a View,
}

/// What every export needs besides the events.
pub struct Options<'a> {
    /// The language of the words people read (headers, summaries); machine columns and keys
    /// stay the same in both.
    pub lang: Lang,
    /// The scenario's display zone: a calendar keeps a fixed offset, and says which zone the
    /// local times are in.
    pub zone: &'a DisplayZone,
    /// Seconds east of UTC at an instant, in the display zone (the browser's `Intl` in the app;
    /// [`fixed_offset_secs`] natively).
    pub offset: &'a dyn Fn(Instant) -> i32,
    /// When the file is made: the calendar's `DTSTAMP`. An input, so exports are reproducible.
    pub stamp: Instant,
    /// Text that makes event identifiers unique to one scenario (its JSON); hashed, never
    /// written out.
    pub uid_seed: &'a str,
}

/// The offset of a zone that has one fixed offset (UTC, `+09:00`); `None` for the browser's
/// zone and named zones, whose offset changes with daylight saving time.
pub fn fixed_offset(zone: &DisplayZone) -> Option<FixedOffset> {
    match zone {
        DisplayZone::Utc => FixedOffset::east_opt(0),
        DisplayZone::Fixed(offset) => Some(*offset),
        DisplayZone::Browser | DisplayZone::Named(_) => None,
    }
}

/// Seconds east of UTC in `zone` when it is fixed, else 0 (UTC): the offset natively, where no
/// zone database exists. Local times then say `+00:00`, which is true of what they show.
pub fn fixed_offset_secs(zone: &DisplayZone) -> i32 {
    fixed_offset(zone).map_or(0, |o| o.local_minus_utc())
}

/// A stable key for a system, for machine columns.
pub const fn system_key(system: System) -> &'static str {
    match system {
        System::Device => "device",
        System::Server => "server",
    }
}

/// Whether a row is a sync that happens (or happened) and so belongs in a calendar: on a
/// device, every sync and catch-up; on a server, every sync cycle, scheduled or manual, even one
/// stopped part-way (it ran). Skips, refusals, logons, settings changes and warnings are not.
pub fn is_calendar_event(system: System, view: &View, row: &Row) -> bool {
    match system {
        System::Device => matches!(row.tone, Tone::Synced | Tone::CaughtUp),
        System::Server => {
            let lane = view.lanes.get(row.lane).map(|l| l.key);
            // A cycle row spans its run (it has an end, even a stopped one); a refused
            // `Start-ADSyncSyncCycle` shares the manual lane and the blocked tone but is an
            // instant: no cycle ran.
            matches!(lane, Some("cycle" | "manual"))
                && row.end.is_some()
                && matches!(row.tone, Tone::Synced | Tone::CaughtUp | Tone::Blocked)
        }
    }
}

/// An instant in ISO 8601 UTC, to the second: `2026-11-21T09:00:00Z`.
fn iso_utc(t: Instant) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// An instant in ISO 8601 at `offset` seconds east: `2026-11-21T18:00:00+09:00`. An offset
/// chrono cannot hold (beyond ±24 h, never from a real zone) falls back to UTC.
fn iso_local(t: Instant, offset: i32) -> String {
    let zone = FixedOffset::east_opt(offset).unwrap_or(Utc.fix());
    t.with_timezone(&zone)
        .to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// FNV-1a, 64 bits: a stable hash for event identifiers (std's hasher may change between
/// releases, which would change every UID).
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests;
