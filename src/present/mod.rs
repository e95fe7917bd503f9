//! What people read: engine reports turned into lanes, rows, shaded spans and a one-sentence
//! answer, in Japanese or English.
//!
//! The engines speak in codes (a rule, an outcome, the instants involved) so that they stay
//! language-free; this module turns those codes into words. It is pure Rust, so every sentence
//! is tested natively, and the timeline, the event list and the answer in the UI all read the
//! same [`View`] whichever engine produced it. Time formatting is passed in as a function,
//! because the browser's `Intl` formats dates in the UI while tests use a fixed format.

pub mod change;
pub mod choices;
pub mod device;
pub mod fields;
pub mod grammar;
pub mod labels;
pub mod lengths;
pub mod list;
pub mod page_paths;
pub mod period;
pub mod places;
pub mod said;
pub mod server;
pub mod task_import;
pub mod terms;
pub mod text;

use crate::engine::source::Source;
use crate::engine::{Instant, Simulation, Window};
use text::Lang;

/// Which system a view or an answer is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum System {
    /// An Intune-managed device.
    Device,
    /// An Entra Connect Sync server.
    Server,
}

/// How an event went, which decides its colour and marker shape on the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tone {
    /// A sync or cycle that happened and completed.
    Synced,
    /// A run that was due but did not happen (device off, offline, scheduler disabled…).
    Skipped,
    /// A run made late, after one or more missed starts (catch-up).
    CaughtUp,
    /// A run that tried but was refused: push service disabled, "busy", throttled.
    Blocked,
    /// Something that happened and matters, without being a sync (logon, a manual stop).
    Info,
    /// A warning: the 7-day rule broken, an interval clamped, a compliance deadline.
    Warning,
}

impl Tone {
    /// Every tone, in legend order.
    pub const ALL: [Tone; 6] = [
        Tone::Synced,
        Tone::CaughtUp,
        Tone::Skipped,
        Tone::Blocked,
        Tone::Info,
        Tone::Warning,
    ];

    /// A stable key, for CSS classes and filters.
    pub const fn key(self) -> &'static str {
        match self {
            Tone::Synced => "synced",
            Tone::Skipped => "skipped",
            Tone::CaughtUp => "caught-up",
            Tone::Blocked => "blocked",
            Tone::Info => "info",
            Tone::Warning => "warning",
        }
    }
}

/// One lane of the timeline: one trigger source (Schedule #3, Login, Push, IME, Sync cycle…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    /// A stable key, for filters and tests.
    pub key: &'static str,
    /// The lane's name in the chosen language.
    pub label: String,
}

/// What sets a row apart from the plain runs of its lane, beyond its outcome: the chart marks
/// it and the event list never folds it into a run of plain ones, because it is what an admin
/// looks for ("when does the full sync run?", "when does it turn noncompliant?").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mark {
    /// A run like the others of its lane.
    #[default]
    Plain,
    /// A sync cycle that runs full steps (full import or full sync) on one or more connectors.
    FullSteps,
    /// A deadline: the date a device turns noncompliant or is hidden by a cleanup rule, or the
    /// 7-day rule runs out. It may lie after the simulated period.
    Deadline,
}

/// One event, ready to show in the timeline and the event list.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// When it happened (or was due).
    pub at: Instant,
    /// When it ended, for events with a duration (a sync cycle).
    pub end: Option<Instant>,
    /// Index into [`View::lanes`].
    pub lane: usize,
    /// How it went.
    pub tone: Tone,
    /// A short label: "Synced", "Skipped: device off", "Busy: a cycle was running".
    pub what: String,
    /// A sentence that says why, e.g. "missed: the device was off; caught up 10 min after boot
    /// (run as soon as possible after a missed start)".
    pub why: String,
    /// The rule that produced it, in words: "Schedule #3: every 8 hours".
    pub rule: String,
    /// The document (or inference) the rule rests on.
    pub source: &'static Source,
    /// What sets it apart from the plain runs of its lane, if anything.
    pub mark: Mark,
}

/// What a shaded span on the timeline stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShadeKind {
    /// Device powered off.
    Off,
    /// Device asleep or hibernating.
    Sleep,
    /// No network.
    Offline,
    /// dmwappushservice disabled.
    PushDisabled,
    /// Server down.
    Outage,
    /// Scheduler suspended (wizard open, upgrade).
    Suspended,
    /// Sync cycles disabled (SyncCycleEnabled = false).
    Disabled,
    /// Staging mode: exports suppressed.
    Staging,
}

impl ShadeKind {
    /// A stable key, for CSS classes.
    pub const fn key(self) -> &'static str {
        match self {
            ShadeKind::Off => "off",
            ShadeKind::Sleep => "sleep",
            ShadeKind::Offline => "offline",
            ShadeKind::PushDisabled => "push-disabled",
            ShadeKind::Outage => "outage",
            ShadeKind::Suspended => "suspended",
            ShadeKind::Disabled => "disabled",
            ShadeKind::Staging => "staging",
        }
    }
}

/// A span shaded behind the lanes.
#[derive(Clone, Debug, PartialEq)]
pub struct Shade {
    /// When.
    pub window: Window,
    /// What it stands for.
    pub kind: ShadeKind,
    /// Its name in the chosen language ("Powered off", "電源オフ").
    pub label: String,
}

/// Everything the timeline and the event list show for one simulated system.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// The lanes, top to bottom.
    pub lanes: Vec<Lane>,
    /// The events, in time order.
    pub rows: Vec<Row>,
    /// Shaded spans, in time order.
    pub shades: Vec<Shade>,
    /// Warnings to show above the timeline (7-day rule, clamped interval, undocumented platform).
    pub warnings: Vec<String>,
    /// Whether the engine stopped at its event limit.
    pub truncated: bool,
}

/// The one-sentence answer at the top of the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Something will sync: when, by which rule.
    Next {
        /// When. The UI formats it and counts down to it.
        at: Instant,
        /// What will run, in words: "Schedule #3, every 8 hours".
        by: String,
        /// A second sentence, if useful: the last sync, the longest gap.
        detail: Option<String>,
    },
    /// Nothing will sync within the horizon.
    Never {
        /// Why, in words: "the push service (dmwappushservice) is disabled: no MDM session starts".
        why: String,
        /// What follows and when: "the device turns noncompliant on Dec 21".
        consequence: Option<String>,
    },
}

/// The timeline and event-list contents for `system` in a simulation, in `lang`; `None` when
/// the simulation holds no such system. The one entry the UI calls, whichever system is shown.
pub fn view(sim: &Simulation, system: System, lang: Lang) -> Option<View> {
    match system {
        System::Device => sim.device.as_ref().map(|r| device::view(r, lang)),
        System::Server => sim.server.as_ref().map(|r| server::view(r, lang)),
    }
}

/// The one-sentence answer for `system` at `now`, in `lang`, with instants formatted by `fmt`;
/// `None` when the simulation holds no such system.
pub fn answer(
    sim: &Simulation,
    system: System,
    now: Instant,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> Option<Answer> {
    match system {
        System::Device => sim
            .device
            .as_ref()
            .map(|r| device::answer(r, now, lang, fmt)),
        System::Server => sim
            .server
            .as_ref()
            .map(|r| server::answer(r, now, lang, fmt)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::Preset;

    #[test]
    fn one_entry_answers_for_the_system_the_simulation_holds() {
        let now: Instant = "2026-11-27T10:00:00Z".parse().unwrap();
        let fmt = |t: Instant| t.to_rfc3339();
        let device = Preset::FreshlyEnrolled.scenario(now).simulate().unwrap();
        let server = Preset::WizardOpenOvernight
            .scenario(now)
            .simulate()
            .unwrap();
        for lang in Lang::ALL {
            let v = view(&device, System::Device, lang).unwrap();
            assert!(!v.rows.is_empty() && !v.lanes.is_empty());
            assert!(view(&device, System::Server, lang).is_none());
            assert!(answer(&device, System::Device, now, lang, &fmt).is_some());
            assert!(view(&server, System::Server, lang).is_some());
            assert!(answer(&server, System::Device, now, lang, &fmt).is_none());
        }
    }
}
