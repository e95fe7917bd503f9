//! Upper bounds on what a scenario may ask for. They keep every simulation bounded in time and
//! memory whatever a user, a link or a pasted file supplies; inputs beyond them are rejected
//! with a [`crate::engine::Problem`] that names the limit.

use super::time::Period;

/// The longest horizon a scenario may cover: a little over a year, enough for a year of
/// Entra Connect cycles and for compliance and cleanup deadlines to show.
pub const MAX_HORIZON: Period = Period::days(400);

/// The most entries any one list in a scenario may hold (disruptions, manual syncs, connectors…).
pub const MAX_LIST_LEN: usize = 500;

/// The most events one simulation may emit. A scenario that would produce more is cut at this
/// point and the result says so (`truncated`), rather than growing without bound.
pub const MAX_EVENTS: usize = 200_000;

/// The earliest instant a scenario may mention (2000-01-01T00:00:00Z, as Unix seconds). With
/// [`LATEST_SECS`] it keeps all instant arithmetic far from chrono's range limits, where adding
/// a delta would panic.
pub const EARLIEST_SECS: i64 = 946_684_800;

/// The latest instant a scenario may mention (2200-01-01T00:00:00Z, as Unix seconds).
pub const LATEST_SECS: i64 = 7_258_118_400;

/// Whether `t` lies in the era scenarios may use: [`EARLIEST_SECS`] to [`LATEST_SECS`].
pub fn in_era(t: super::time::Instant) -> bool {
    (EARLIEST_SECS..=LATEST_SECS).contains(&t.timestamp())
}
