//! Intune device check-in simulation: when an Intune-managed device will next sync, and why.
//!
//! A [`DeviceScenario`] says what the device is (platform, enrollment, rule set) and what
//! happens to it (power, sleep, network, logons, manual and admin syncs, a disabled push
//! service). [`simulate`] turns it into a [`DeviceReport`]: every run, attempt and IME check-in
//! in order, each naming its lane, the [`Rule`] behind it (with its source) and its outcome.
//! [`DeviceReport::answers`] then answers "next sync", "last sync", "longest gap", compliance
//! and cleanup deadlines, and "nothing will sync, because …" for any "now".
//!
//! Modules, in the order data flows:
//! - [`scenario`]: the input types and their serde defaults;
//! - [`validate`]: what the types cannot rule out, reported by path;
//! - [`rules`]: lanes, rules and their sources, and the poll plan of each rule set;
//! - [`timeline`]: disruptions as sorted spans, asked about in time order;
//! - [`simulate`](mod@simulate): the event loop;
//! - [`report`]: events, outcomes and timings;
//! - [`queries`]: lookups in a report (the events at an instant, the catch-up of a missed
//!   run, the session a run joined);
//! - [`answers`]: the derived answers;
//! - [`import`]: the enrolment tasks exported from Task Scheduler, read into a rule set.
//!
//! Where the sources are silent (catch-up collapsing, network retries, coinciding runs, what a
//! disabled push service stops), the choice is a scenario parameter with a documented default
//! (`docs/scenario-device.md`), and the events cite [`crate::engine::source::PARAMETER_DEFAULT`]
//! or the inference they rest on.

mod answers;
mod import;
mod queries;
mod report;
mod rules;
mod scenario;
mod simulate;
mod timeline;
mod validate;

pub use answers::{Crossing, Deadline, DeviceAnswers, Gap, GapKind, NoSyncReason, SyncRef};
pub use import::{
    At, Encoding, EnrolmentTask, LocalClock, MAX_TASK_XML_BYTES, MAX_TASKS, Note as ImportNote,
    ProblemKind, TaskFound, TaskImport, TaskKnobs, XmlProblem, decode_text, import_task_xml,
    import_task_xml_files, looks_like_xml,
};
pub use report::{
    DeviceReport, Disruption, DisruptionKind, EndState, Event, Note, Outcome, Timing,
};
pub use rules::{Lane, MAINTENANCE_SPACING, PlannedSet, PollPlan, Rule, RuleInfo};
pub use scenario::{
    CoincidentRuns, CustomPoll, DeviceScenario, ExtraTrigger, ImeCadence, ImePowerOn, ImeSettings,
    MAX_EXTRA_TRIGGERS, ManualSync, ManualVia, MissedRuns, NoNetwork, Platform, PollSet, PollTask,
    PushChannel, PushServiceImpact, PushSettings, RepetitionEnd, RuleSet, RuleSetKind,
    SchedulerSettings, ServiceSettings, ThrottledRun, TimeOfDay,
};
pub use simulate::{PushFate, PushProbe, simulate};
pub use timeline::Down;
