//! The schedule engine: given a scenario (an Intune device, an Entra Connect Sync server, or
//! both) it produces the ordered events that will happen and the answers people ask for.
//!
//! Pure by design: no web or UI dependency, no clock and no randomness inside. "Now" and random
//! seeds are inputs, so the same scenario always gives the same result, natively and in WASM.
//! Every input is validated into types that cannot hold impossible values (a zero interval, a
//! window that ends before it starts), and every loop is bounded by [`limits`].

pub mod chain;
pub mod entra;
pub mod intune;
pub mod source;

mod change;
mod error;
mod extent;
mod json_path;
mod json_read;
mod limits;
mod order;
mod rng;
mod scenario;
mod span;
mod time;
mod zone;

// The engine's surface, one path per item: everything the rest of the crate may use from the
// shared modules is named here. The two systems are façades of their own (`intune`, `entra`),
// `chain` is the change forecast that joins them (used qualified: `chain::ChangeReport`),
// and `source` is a catalogue of documents, named by path (`source::LEARN_POLICY_REFRESH`).
pub use change::{
    Change, ChangeKind, ChangeOrigin, ChangeRange, DEFAULT_SEED, MAX_CHANGE_RANGE, MAX_RETRIES,
};
pub use error::{Because, Bound, NameProblem, Problem, ReadProblem, ScenarioError};
pub use extent::{Mention, RECENT_ENROLMENT, ROOM_AFTER, ROOM_BEFORE, Widening};
pub use limits::{EARLIEST_SECS, LATEST_SECS, MAX_EVENTS, MAX_HORIZON, MAX_LIST_LEN, in_era};
pub use order::sort_by_instant;
pub use rng::SplitMix64;
pub use scenario::{
    MAX_SCENARIO_BYTES, OLDEST_READABLE_VERSION, OpensOn, SCENARIO_VERSION, Scenario, Simulation,
};
pub use span::{Span, close_all, first_free};
pub use time::{Delay, DurationError, Instant, Period, Window, WindowError};
pub use zone::{DisplayZone, ZoneError};
