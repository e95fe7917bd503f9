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

/// The longest single period any setting may take (intervals, delays, thresholds).
pub const MAX_PERIOD: Period = Period::days(400);
