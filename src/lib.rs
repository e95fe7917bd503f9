//! Sync Planner: predicts when an Intune-managed device or a Microsoft Entra Connect Sync server
//! will sync next, and explains which rule (and which source) produced each event.
//!
//! The crate has two halves. [`engine`] is pure Rust with no web dependency: deterministic
//! (the current time and random seeds are inputs), bounded whatever the input, and tested
//! natively. The `ui` module exists only on wasm32 and wires Leptos signals to the engine.

pub mod chart;
pub mod engine;
pub mod present;
pub mod presets;
pub mod share;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;
