//! An Entra Connect Sync server's simulation in words: lanes, rows, shaded spans, warnings and
//! the one-sentence answer, in Japanese and English.
//!
//! The engine (`crate::engine::entra`) reports codes and instants so that it stays free of
//! language; this module is the only place that phrases them, so the timeline, the event list
//! and the answer all say the same thing. Every sentence is a [`Text`](crate::present::text::Text)
//! holding both languages side by side (with numbered holes for values), so that the two
//! cannot drift apart; the names of engine codes are in [`terms`] and [`rules`].
//!
//! The parts follow the view: [`lanes`] (lanes, row drafts, shades), [`cycles`] (cycle rows),
//! [`events`] (cmdlets, skipped and missed slots, interval changes), [`phs`] (password hash
//! sync), [`warnings`], and [`answer`] (the answer, the export-time sentence with its caveat,
//! and what `Get-ADSyncScheduler` prints now).
//!
//! Choices a reader of the code should know:
//!
//! - **Lanes** (only those with rows are shown, in this order): `cycle` (scheduled, catch-up and
//!   late cycles, plus the slots skipped or missed), `manual` (`Start-ADSyncSyncCycle` cycles,
//!   refusals, `Stop-ADSyncSyncCycle`), `settings` (`Set-ADSyncScheduler` interval changes),
//!   `phs` (password hash sync, one row per running or paused stretch, never one per 2-minute
//!   run) and `warnings`.
//! - **Tones**: a completed cycle is `Synced`; a catch-up cycle and a cycle started late because
//!   its predecessor overran are `CaughtUp`; skipped and missed slots are `Skipped`; a refused
//!   `Start-ADSyncSyncCycle` is `Blocked`; a cycle that did not complete (stopped by
//!   `Stop-ADSyncSyncCycle` or cut off by an outage) is `Blocked` too, because its later changes
//!   did not reach Entra ID and a reader filtering on "did not finish" should find it; the stop
//!   command itself, an ignored stop and interval changes are `Info`; warnings are `Warning`.
//!   Password hash sync: running stretches are `Synced`, paused ones `Skipped`, "not enabled"
//!   is `Info`.
//! - **Times in rows**: `view` has no time formatter (the contract keeps it zone-free), so row
//!   sentences speak in lengths relative to the row ("45 min later") and, where a date is the
//!   point (the 7-day rule), in UTC with the zone named, as `NextSyncCycleStartTimeInUTC` does.
//!   The answer gets a formatter and uses the reader's zone.

mod answer;
mod blocker;
mod cycles;
mod events;
mod lanes;
mod overrides;
mod phs;
mod rules;
mod terms;
mod warnings;

#[cfg(test)]
mod tests;

use self::lanes::LaneId;
use super::{Row, View};
use crate::engine::entra::ServerReport;
use crate::engine::sort_by_instant;
use crate::present::text::Lang;

pub use self::answer::{answer, export_sentence, scheduler_output_text};

/// Lanes, rows, shades and warnings for the timeline and the event list.
pub fn view(report: &ServerReport, lang: Lang) -> View {
    let mut drafts: Vec<(LaneId, Row)> = Vec::new();
    cycles::cycle_rows(report, lang, &mut drafts);
    events::event_rows(report, lang, &mut drafts);
    phs::phs_rows(report, lang, &mut drafts);
    warnings::warning_rows(report, lang, &mut drafts);
    // Stable: rows at one instant keep the order above (cycle before the refusal it caused).
    sort_by_instant(&mut drafts, |(_, row)| row.at);

    let used: Vec<LaneId> = LaneId::ALL
        .into_iter()
        .filter(|id| drafts.iter().any(|(lane, _)| lane == id))
        .collect();
    let lanes = used
        .iter()
        .map(|id| super::Lane {
            key: id.key(),
            label: id.label().get(lang).to_owned(),
        })
        .collect();
    let rows = drafts
        .into_iter()
        .map(|(id, mut row)| {
            row.lane = used.iter().position(|u| *u == id).unwrap_or(0);
            row
        })
        .collect();
    View {
        lanes,
        rows,
        shades: lanes::shades(report, lang),
        warnings: warnings::warning_sentences(report, lang),
        truncated: report.truncated,
    }
}
