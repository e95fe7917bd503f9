//! Sync Planner: predicts when an Intune-managed device or a Microsoft Entra Connect Sync server
//! will sync next, and explains which rule (and which source) produced each event.
//!
//! The crate has two halves. [`engine`] is pure Rust with no web dependency: deterministic
//! (the current time and random seeds are inputs), bounded whatever the input, and tested
//! natively. The `ui` module exists only on wasm32 and wires Leptos signals to the engine.
//!
//! # Rooms and arrows
//!
//! Each top-level module is a room; a room may import only from the rooms to its right, and
//! `tests/architecture.rs` fails when a module imports against these arrows or when any two
//! modules import each other (directly or round a longer loop). Test code may import anything.
//!
//! | room | holds | may import |
//! |---|---|---|
//! | [`engine`] | the schedule engines, scenarios, time, sources | nothing above it |
//! | [`present`] | reports in words: the text catalogue, grammar, views, answers | engine |
//! | [`chart`] | the timeline picture (SVG), zoom, hit-testing | engine, present |
//! | [`export`] | calendar (ICS), CSV and JSON files of a simulation's events | engine, present |
//! | [`presets`] | the preset stories | engine, present, chart, export |
//! | [`share`] | share links | engine, present, chart, export, presets |
//! | `cli` | the `simulate` command line (native only) | all of the above |
//! | `ui` | the Leptos interface (wasm32 only) | everything; nothing imports `ui` |
//!
//! `docs/architecture.md` is the map: what each room owns and where to change what.

pub mod chart;
pub mod engine;
pub mod export;
pub mod present;
pub mod presets;
pub mod share;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;
