//! Questions a reader asks of a finished report: which stretch of slots did not run at a given
//! slot (and why), the last cycle before an instant, where the 7-day delta rule counts from and
//! when it runs out.
//!
//! They live beside the report rather than in each reader so that the view, the answer and any
//! other reader search the report the same way, in bounded time (binary searches on the time
//! ordered lists, and a short bounded look back).

use super::report::{Cycle, Event, EventKind, ServerReport, SkipCause};
use crate::engine::time::{Instant, Period};

/// The 7-day delta rule's limit: a delta sync must run within this long of the last completed
/// cycle, or a full (initial) sync is needed.
pub const DELTA_WINDOW: Period = Period::days(7);

/// How far back [`ServerReport::last_block_before`] looks among events (events are in time
/// order, so the block that delayed a cycle is the last one or nearly; the bound keeps each
/// lookup constant-time).
const LOOKBACK: usize = 16;

/// Why a stretch of scheduled slots did not run: the skip causes plus a server outage (which
/// the report records as "missed" rather than "skipped").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// `SyncCycleEnabled` was false.
    Disabled,
    /// The scheduler was suspended (wizard open, upgrade).
    Suspended,
    /// The server (or its ADSync service) was down.
    Outage,
    /// The previous cycle was still running.
    Overrun,
}

impl From<SkipCause> for BlockKind {
    fn from(cause: SkipCause) -> Self {
        match cause {
            SkipCause::Disabled => Self::Disabled,
            SkipCause::Suspended => Self::Suspended,
            SkipCause::Overrun => Self::Overrun,
        }
    }
}

/// A stretch of scheduled slots that did not run, from a `skipped` or `missed` event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotBlock {
    /// Why.
    pub cause: BlockKind,
    /// The first slot that did not run.
    pub first_slot: Instant,
    /// When the scheduler could run again.
    pub until: Instant,
    /// How many slots fell in `[first_slot, until)`.
    pub slots: u32,
}

impl Event {
    /// The stretch of slots this event records as not run, if it is a skip or a miss.
    pub fn block(&self) -> Option<SlotBlock> {
        match self.kind {
            EventKind::Skipped {
                cause,
                first_slot,
                until,
                slots,
            } => Some(SlotBlock {
                cause: cause.into(),
                first_slot,
                until,
                slots,
            }),
            EventKind::Missed {
                first_slot,
                until,
                slots,
            } => Some(SlotBlock {
                cause: BlockKind::Outage,
                first_slot,
                until,
                slots,
            }),
            _ => None,
        }
    }
}

impl ServerReport {
    /// The skip or miss recorded at `slot` (a catch-up cycle's `slot` is the first one that did
    /// not run, so this names what it catches up on).
    pub fn block_at_slot(&self, slot: Instant) -> Option<SlotBlock> {
        let i = self.events.partition_point(|e| e.at < slot);
        self.events
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take_while(|e| e.at == slot)
            .find_map(Event::block)
    }

    /// The latest skip or miss recorded before `t` that ended by `t` (for a cycle that waited
    /// for the next slot after a block). Looks back a bounded number of events.
    pub fn last_block_before(&self, t: Instant) -> Option<SlotBlock> {
        let i = self.events.partition_point(|e| e.at < t);
        self.events
            .get(..i)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(LOOKBACK)
            .filter_map(Event::block)
            .find(|b| b.until <= t)
    }

    /// The first cycle that starts at or after `t`.
    pub fn first_cycle_from(&self, t: Instant) -> Option<&Cycle> {
        self.cycles
            .get(self.cycles.partition_point(|c| c.start < t))
    }

    /// The last cycle that started at or before `now` and had ended by then.
    pub fn last_cycle_before(&self, now: Instant) -> Option<&Cycle> {
        let i = self.cycles.partition_point(|c| c.start <= now);
        self.cycles
            .get(..i)
            .unwrap_or_default()
            .iter()
            .rev()
            .find(|c| c.end <= now)
    }

    /// When the last cycle that started before `t` and completed ended, if one did.
    pub fn last_completed(&self, t: Instant) -> Option<Instant> {
        let i = self.cycles.partition_point(|c| c.start < t);
        self.cycles
            .get(..i)
            .unwrap_or_default()
            .iter()
            .rev()
            .find(|c| c.outcome.is_completed())
            .map(|c| c.end)
    }

    /// Where the 7-day rule counts from for a cycle starting at `t`: the last completed
    /// cycle's end, else the report's own starting point ([`ServerReport::delta_rule_since`]).
    pub fn last_completed_end(&self, t: Instant) -> Instant {
        self.last_completed(t).unwrap_or(self.delta_rule_since)
    }

    /// The 7-day deadline for a cycle starting at `t`: [`DELTA_WINDOW`] after
    /// [`ServerReport::last_completed_end`]. `None` only if that date is out of range.
    pub fn delta_deadline(&self, t: Instant) -> Option<Instant> {
        self.last_completed_end(t)
            .checked_add_signed(DELTA_WINDOW.delta())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Window;
    use crate::engine::entra::{ServerScenario, simulate};

    fn t(s: &str) -> Instant {
        s.parse().unwrap()
    }

    fn run(json: &str, from: &str, to: &str) -> ServerReport {
        let horizon = Window::new(t(from), t(to)).unwrap();
        let server: ServerScenario = serde_json::from_str(json).unwrap();
        server.validate(&horizon).unwrap();
        simulate(&server, &horizon)
    }

    /// Cycles at 10:00 and 10:30; the server is down 10:50–11:10, so the 11:00 slot is
    /// missed and caught up at 11:10.
    fn outage() -> ServerReport {
        run(
            r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T10:00:00Z"},
                "outages": [{"start": "2026-11-21T10:50:00Z", "end": "2026-11-21T11:10:00Z"}]}"#,
            "2026-11-21T09:50:00Z",
            "2026-11-21T12:00:00Z",
        )
    }

    #[test]
    fn a_missed_slot_is_found_at_its_slot_and_before_later_instants() {
        let r = outage();
        let block = r.block_at_slot(t("2026-11-21T11:00:00Z")).unwrap();
        assert_eq!(block.cause, BlockKind::Outage);
        assert_eq!(block.first_slot, t("2026-11-21T11:00:00Z"));
        assert_eq!(block.until, t("2026-11-21T11:10:00Z"));
        assert_eq!(block.slots, 1);
        assert_eq!(r.block_at_slot(t("2026-11-21T10:30:00Z")), None);
        assert_eq!(r.last_block_before(t("2026-11-21T11:30:00Z")), Some(block));
        // Not yet ended at 11:05, and nothing before it.
        assert_eq!(r.last_block_before(t("2026-11-21T11:05:00Z")), None);
    }

    #[test]
    fn skips_carry_their_cause() {
        let r = run(
            r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T10:00:00Z"},
                "suspended_spans": [{"start": "2026-11-21T10:20:00Z", "end": "2026-11-21T11:15:00Z"}]}"#,
            "2026-11-21T09:50:00Z",
            "2026-11-21T12:00:00Z",
        );
        let block = r.block_at_slot(t("2026-11-21T10:30:00Z")).unwrap();
        assert_eq!(block.cause, BlockKind::Suspended);
        assert_eq!(block.slots, 2);
        assert_eq!(block.until, t("2026-11-21T11:15:00Z"));
    }

    #[test]
    fn last_cycles_and_the_seven_day_deadline() {
        let r = outage();
        // 10:30 has ended by 10:40; the 10:00 one is not the last.
        let last = r.last_cycle_before(t("2026-11-21T10:40:00Z")).unwrap();
        assert_eq!(last.start, t("2026-11-21T10:30:00Z"));
        // At 10:31 the 10:30 cycle is still running: the last one ended is 10:00's.
        let last = r.last_cycle_before(t("2026-11-21T10:31:00Z")).unwrap();
        assert_eq!(last.start, t("2026-11-21T10:00:00Z"));
        assert_eq!(r.last_cycle_before(t("2026-11-21T09:55:00Z")), None);

        let first = r.first_cycle_from(t("2026-11-21T11:01:00Z")).unwrap();
        assert_eq!(first.start, t("2026-11-21T11:10:00Z"));

        let end = r.last_completed(t("2026-11-21T10:40:00Z")).unwrap();
        assert_eq!(end, r.cycles[1].end);
        assert_eq!(r.last_completed(t("2026-11-21T10:00:00Z")), None);
        assert_eq!(
            r.last_completed_end(t("2026-11-21T10:00:00Z")),
            r.delta_rule_since
        );
        assert_eq!(
            r.delta_deadline(t("2026-11-21T10:40:00Z")),
            Some(end + DELTA_WINDOW.delta())
        );
        assert_eq!(DELTA_WINDOW, Period::days(7));
    }
}
