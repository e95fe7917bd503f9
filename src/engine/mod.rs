//! The schedule engine: given a scenario (an Intune device, an Entra Connect Sync server, or
//! both) it produces the ordered events that will happen and the answers people ask for.
//!
//! Pure by design: no web or UI dependency, no clock and no randomness inside. "Now" and random
//! seeds are inputs, so the same scenario always gives the same result, natively and in WASM.
//! Every input is validated into types that cannot hold impossible values (a zero interval, a
//! window that ends before it starts), and every loop is bounded by [`limits`].

pub mod entra;
pub mod error;
pub mod intune;
mod json_path;
pub mod limits;
pub mod rng;
pub mod scenario;
pub mod source;
pub mod time;
pub mod zone;

pub use error::{Problem, ScenarioError};
pub use scenario::Scenario;
pub use time::{Delay, Instant, Period, Window};
