//! What a given `NextSyncCycleStartTimeInUTC` means at the horizon start, which is the moment
//! the scenario's `Get-ADSyncScheduler` output describes.
//!
//! The scheduler computes its next due time when a cycle ends and shows a past time only while
//! a cycle runs, so a true value lies within one interval (plus a cycle) of that moment:
//!
//! - **absent**: the first cycle starts with the horizon (`anchor`);
//! - **ahead**: the first cycle starts then (`anchor`); more than a day *and* more than one
//!   interval plus a cycle ahead, a warning says so (`next_start_far_ahead`), blaming a day/month
//!   swap only when the swapped date fits the horizon start (else the output describes a later
//!   moment than the horizon start);
//! - **less than one interval plus a cycle old**: a cycle was running or has just run; the
//!   schedule is carried forward on its grid (`anchor_projected`);
//! - **older**: the scheduler has not started a cycle since then, or (when the swapped date
//!   fits the horizon start) the date was read with day and month swapped. A warning says which
//!   (`next_start_stale`), the cycle is overdue and follows the catch-up parameter (at once:
//!   `anchor_overdue`; next slot: `anchor_projected`), and the 7-day rule counts from the value.

use chrono::TimeDelta;

use super::{Due, slots_in, times};
use crate::engine::entra::report::{Trigger, Warning, WarningKind};
use crate::engine::entra::rules::Rule;
use crate::engine::entra::scenario::{CatchUp, ServerScenario};
use crate::engine::time::{Instant, Period, Window};

/// The shortest lead that counts as "far ahead", whatever the interval: a pasted value from
/// later the same day (a horizon that starts at midnight) is not a misreading.
const FAR_AHEAD_MIN: TimeDelta = TimeDelta::days(1);

/// The scheduler's first due time and what the given value implies.
pub(super) struct Resolved {
    /// When the first cycle is due, and why.
    pub due: Due,
    /// What `NextSyncCycleStartTimeInUTC` shows at the horizon start.
    pub shown: Instant,
    /// Where the 7-day rule starts counting.
    pub delta_reference: Instant,
    /// A warning about the value, if it is stale or far ahead.
    pub warning: Option<Warning>,
}

/// Reads the scenario's anchor against the horizon. `effective` is the interval in effect at
/// the horizon start, `cycle` the length of the first cycle the scheduler would run.
pub(super) fn resolve(
    server: &ServerScenario,
    horizon: &Window,
    effective: Period,
    cycle: TimeDelta,
) -> Resolved {
    let start = horizon.start();
    let given_reference = server.last_cycle_end.unwrap_or(start);
    let plain = |due: Due| Resolved {
        due,
        shown: due.at,
        delta_reference: given_reference,
        warning: None,
    };
    let Some(anchor) = server.scheduler.next_sync_cycle_start_time_in_utc else {
        return plain(Due::slot(start, Rule::Anchor));
    };
    // One interval plus a cycle: a value this close is a running or just-finished cycle's.
    let tolerance = effective.delta() + cycle;
    let ahead = tolerance.max(FAR_AHEAD_MIN);
    // A swap is the cause only when the swapped reading fits the horizon start.
    let swapped =
        day_month_swapped(anchor).filter(|&s| s >= start - tolerance && s <= start + ahead);
    if anchor >= start {
        let mut resolved = plain(Due::slot(anchor, Rule::Anchor));
        if anchor - start > ahead {
            resolved.warning = Some(Warning {
                at: start,
                rule: Rule::NextStartFarAhead,
                kind: WarningKind::NextStartFarAhead {
                    next_start: anchor,
                    swapped,
                },
            });
        }
        return resolved;
    }
    let age = start - anchor;
    let missed = slots_in(age, effective);
    let projected = Due::slot(anchor + times(effective, missed), Rule::AnchorProjected);
    if age < tolerance {
        return plain(projected);
    }
    let warning = Warning {
        at: start,
        rule: Rule::NextStartStale,
        kind: WarningKind::NextStartStale {
            next_start: anchor,
            slots_missed: u32::try_from(missed).unwrap_or(u32::MAX),
            swapped,
        },
    };
    let (due, shown) = match server.behaviour.catch_up {
        // The due time is in the past: the scheduler runs the overdue cycle as soon as it can,
        // and until then the cmdlet keeps showing the old value.
        CatchUp::AtOnce => {
            let due = Due {
                at: start + server.behaviour.catch_up_delay.delta(),
                rule: Rule::AnchorOverdue,
                trigger: Trigger::CatchUp,
                slot: anchor,
            };
            (due, anchor)
        }
        CatchUp::NextSlot => (projected, projected.at),
    };
    Resolved {
        due,
        shown,
        // No cycle started since the value, so none completed since: the rule counts from it
        // (or from an earlier `last_cycle_end`, when one is given).
        delta_reference: given_reference.min(anchor),
        warning: Some(warning),
    }
}

/// The same instant with day and month exchanged (`12/7` read as `7/12`), when that is another
/// valid date: how a pasted date read in the wrong culture goes wrong.
fn day_month_swapped(t: Instant) -> Option<Instant> {
    use chrono::{Datelike, NaiveDate};
    let (day, month) = (t.day(), t.month());
    if day == month {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(t.year(), day, month)?;
    Some(date.and_time(t.time()).and_utc())
}
