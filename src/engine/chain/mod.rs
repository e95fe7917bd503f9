//! The change forecast: when a change the admin made (a policy assigned, a user added to a
//! group, an attribute edited on-premises) lands on the device, as a range.
//!
//! It exists because neither engine answers the admin's most frequent question alone: the
//! server engine knows when Entra Connect exports a change, the device engine when the device
//! checks in. This module joins them, stage by stage (`../shared/docs/change-chain.md`):
//! export by Entra Connect → group processing → Intune's notification (through the device
//! engine's own push and channel rules, [`crate::engine::intune::PushProbe`]) → the MDM
//! check-in that picks it up → for apps, the IME check-in. The sources give several of these
//! timings only as ranges; they are parameters of the change, sampled with a seeded generator,
//! so the same scenario and seed give the same forecast on every machine.
//!
//! Modules: [`rules`] (the stages, their rules and sources), [`report`] (what the forecast
//! holds and its queries), [`forecast`] (the sampling).

mod forecast;
mod report;
mod rules;

pub use forecast::{SAMPLES, forecast};
pub use report::{ChangeReport, Landing, NoLanding, StageSpan};
pub use rules::{ChainRule, Stage, StageRule};
