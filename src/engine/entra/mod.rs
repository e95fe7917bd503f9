//! The Microsoft Entra Connect Sync scheduler: when the sync engine runs its next cycle, what
//! each cycle does, and when an on-premises change reaches Entra ID.
//!
//! ```
//! use sync_planner::engine::entra::{self, ServerScenario};
//! use sync_planner::engine::Window;
//!
//! let horizon = Window::new(
//!     "2026-11-21T10:00:00Z".parse().unwrap(),
//!     "2026-11-21T12:00:00Z".parse().unwrap(),
//! ).unwrap();
//! let server: ServerScenario = serde_json::from_str(
//!     r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T10:04:00Z"}}"#,
//! ).unwrap();
//! server.validate(&horizon).unwrap();
//! let report = entra::simulate(&server, &horizon);
//! let starts: Vec<String> = report.cycles.iter().map(|c| c.start.format("%H:%M").to_string()).collect();
//! assert_eq!(starts, ["10:04", "10:34", "11:04", "11:34"]);
//! let answers = report.answers("2026-11-21T10:40:00Z".parse().unwrap());
//! assert_eq!(answers.next_cycle.unwrap().start.format("%H:%M").to_string(), "11:04");
//! ```
//!
//! The modules follow the data: [`scenario`] (what the user says, serde), `validate` (what
//! types cannot say), `calendar` and [`timing`] (resolved inputs), `simulate` (the walk),
//! [`report`] (what it produced), [`queries`] (searches a reader makes of it), [`answers`] (questions at a given "now"), [`rules`] (why, with
//! sources), and [`import`] (pasted `Get-ADSyncScheduler` output).

mod answers;
mod calendar;
mod import;
mod queries;
mod report;
mod rules;
mod scenario;
mod simulate;
mod timing;
mod validate;

pub use answers::{
    ExportCaveat, ExportTime, NextCycle, NoCycleCause, NoNextCycle, RunHistory, SchedulerOutput,
    SchedulerView, ServerAnswers, timespan,
};
pub use calendar::{BlockCause, BlockSpan};
pub use import::{
    Clock, DateOrder, DateReading, DayMonthOrder, ImportResult, LineProblem, Note, OrderBasis,
    PendingChange, parse_get_adsyncscheduler, parse_get_adsyncscheduler_at,
    parse_get_adsyncscheduler_with,
};
pub use queries::{BlockKind, DELTA_WINDOW, SlotBlock};
pub use report::{
    Condition, ConnectorInfo, Cycle, CycleOutcome, Event, EventKind, PhsPause, PhsSegment,
    PhsState, Rejection, ServerReport, SkipCause, Tail, Trigger, Warning, WarningKind,
};
pub use rules::Rule;
pub use scenario::{
    Behaviour, Build, CatchUp, Command, Connector, ConnectorKind, ConnectorOverride, CountFrom,
    CycleDurations, Durations, DurationsKind, IntervalChange, ManualCommand, ManualWhileDisabled,
    Overrun, PasswordHashSync, PolicyType, SchedulerSettings, ServerScenario,
    StepDurationOverrides, StepDurations,
};
pub use simulate::simulate;
pub use timing::{MAX_CONNECTORS, RunProfile, Step, StepStatus};
