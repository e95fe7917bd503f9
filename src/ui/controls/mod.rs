//! The controls: which system, which story (presets), the time zone and period, sharing, and
//! the device's or the server's own settings. Every control edits the draft scenario through
//! a small lens, so the chart and the answer follow at once and invalid input never reaches
//! the engine.

/// A lens (`lens` or `enum_select`) onto one setting of one part of the scenario (`device`
/// or `server`), if the scenario has that part: `part!(device: DeviceScenario, lens, p,
/// |d| d.enrolled_at, |d, v| d.enrolled_at = v)`. Defined before the modules that use it.
macro_rules! part {
    ($part:ident: $ty:ty, $lens:ident, $p:expr, |$d:ident| $get:expr, |$m:ident, $v:ident| $set:expr) => {
        $lens(
            $p,
            move |s| s.$part.as_ref().map(|$d: &$ty| $get),
            move |s, $v| {
                if let Some($m) = s.$part.as_mut() {
                    $set;
                }
            },
        )
    };
}

mod device;
mod edges;
mod fields;
mod overrides;
mod scenario;
mod server;
mod tasks;

use leptos::prelude::*;

use crate::engine::Scenario;
use crate::present::choices::{self, Choice};
use crate::present::text::Text;

use super::state::Planner;
pub use scenario::Controls;

/// A readable and writable view of one part of the draft scenario. Writing clears the event
/// selection, whose index would otherwise point at a different event after the recompute.
pub fn lens<T>(
    p: Planner,
    get: impl Fn(&Scenario) -> Option<T> + Send + Sync + 'static,
    set: impl Fn(&mut Scenario, T) + Send + Sync + 'static,
) -> (Signal<T>, Callback<T>)
where
    T: Clone + Default + Send + Sync + 'static,
{
    let read = Signal::derive(move || p.draft.with(|s| get(s)).unwrap_or_default());
    let write = Callback::new(move |v: T| {
        p.draft.update(|s| set(s, v));
        p.selected.set(None);
    });
    (read, write)
}

/// A lens onto an enum setting, by its serde name (the key a `<select>` uses).
pub fn enum_select<T: Choice>(
    p: Planner,
    get: impl Fn(&Scenario) -> Option<T> + Send + Sync + 'static,
    set: impl Fn(&mut Scenario, T) + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>) {
    let read = Signal::derive(move || {
        p.draft
            .with(|s| get(s))
            .map(|v| choices::key(&v))
            .unwrap_or_default()
    });
    let write = Callback::new(move |key: String| {
        if let Some(v) = choices::from_key::<T>(&key) {
            p.draft.update(|s| set(s, v));
            p.selected.set(None);
        }
    });
    (read, write)
}

/// The options of a select for an engine enum: (serde key, words), from the enum itself.
pub fn enum_options<T: Choice>() -> Vec<(String, Text)> {
    choices::options::<T>()
}
