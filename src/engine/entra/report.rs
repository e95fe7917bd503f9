//! What simulating a server produces: cycles (with their steps rebuilt on demand), events that
//! are not cycles (refused or ignored cmdlets, skipped and missed slots, interval changes),
//! warnings, the password hash sync lane, and how the schedule continues past the horizon.
//!
//! Everything here is data for the UI to phrase: codes and the values a sentence needs, never
//! prose.

use serde::{Serialize, Serializer};

use super::calendar::{BlockCause, BlockSpan, Calendar, flag};
use super::rules::Rule;
use super::scenario::{ConnectorKind, PolicyType, SchedulerSettings};
use super::timing::{Plan, Step, StepStatus, Timing};
use crate::engine::time::{Instant, Period, Window};

/// A server's simulated cycles and everything around them.
#[derive(Clone, Debug)]
pub struct ServerReport {
    /// The simulated span.
    pub horizon: Window,
    /// The connectors, in the scenario's order; steps refer to them by index.
    pub connectors: Vec<ConnectorInfo>,
    /// Cycles in start order; they never overlap.
    pub cycles: Vec<Cycle>,
    /// What happened besides cycles, in time order.
    pub events: Vec<Event>,
    /// What needs attention, in time order.
    pub warnings: Vec<Warning>,
    /// The password hash sync lane: running and paused segments covering the horizon.
    pub password_hash_sync: Vec<PhsSegment>,
    /// How the schedule goes on after the last simulated cycle.
    pub tail: Tail,
    /// Whether the simulation stopped at [`crate::engine::limits::MAX_EVENTS`].
    pub truncated: bool,
    /// Where the 7-day delta rule starts counting: the scenario's `last_cycle_end`, or the
    /// horizon start.
    pub delta_rule_since: Instant,
    /// The disabled, suspended and down spans the scenario gave, clipped to the horizon, with
    /// whether each is not yet fixed (for the answer's "down since …, not yet back").
    pub blocks: Vec<BlockSpan>,
    /// The settings the simulation started from (for `Get-ADSyncScheduler` answers).
    pub(crate) settings: SchedulerSettings,
    pub(crate) timing: Timing,
    pub(crate) calendar: Calendar,
    /// The scheduler's visible state over time, in time order.
    pub(crate) timeline: Vec<SchedulerState>,
}

/// A connector as the report names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConnectorInfo {
    /// Its name.
    pub name: String,
    /// AD or Entra ID.
    pub kind: ConnectorKind,
}

/// One sync cycle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cycle {
    /// Its position in [`ServerReport::cycles`].
    pub index: u32,
    /// When it started.
    pub start: Instant,
    /// When it ended (completed, stopped or interrupted); never before `start`.
    pub end: Instant,
    /// Delta or initial.
    pub policy: PolicyType,
    /// What started it.
    pub trigger: Trigger,
    /// Why it started at this instant.
    pub rule: Rule,
    /// The scheduled slot it served: its own start, or the missed slot it catches up on.
    /// Absent for manual cycles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slot: Option<Instant>,
    /// The manual command that started it, by index in the scenario's `manual` list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<usize>,
    /// Whether it ran in staging mode (exports suppressed).
    pub staging: bool,
    /// The effective interval when it started.
    pub interval: Period,
    /// How it ended.
    pub outcome: CycleOutcome,
    #[serde(skip)]
    pub(crate) plan: Plan,
}

/// What started a cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    /// Its slot on the schedule came.
    Scheduled,
    /// `Start-ADSyncSyncCycle`.
    Manual,
    /// A slot missed while blocked, run when the block ended.
    CatchUp,
    /// Its slot passed while the previous cycle ran; it starts when that one ends.
    Overrun,
}

/// How a cycle ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CycleOutcome {
    /// Every step ran.
    Completed,
    /// `Stop-ADSyncSyncCycle` ended it.
    Stopped {
        /// The stop command, by index in the scenario's `manual` list.
        command: usize,
        /// When the stop was asked for (the cycle may end later, before build 1.1.281).
        requested_at: Instant,
        /// `stop_cycle` or `stop_finishes_step`.
        rule: Rule,
    },
    /// The server went down.
    Interrupted {
        /// `outage_interrupts`.
        rule: Rule,
    },
}

impl CycleOutcome {
    /// Whether the cycle ran every step.
    pub fn is_completed(&self) -> bool {
        matches!(self, Self::Completed)
    }

    /// How the last step of a cycle that did not complete ended.
    fn cut(&self) -> Option<StepStatus> {
        match self {
            Self::Completed => None,
            Self::Stopped { .. } => Some(StepStatus::Stopped),
            Self::Interrupted { .. } => Some(StepStatus::Interrupted),
        }
    }
}

/// Something that happened on the server besides a cycle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Event {
    /// When.
    pub at: Instant,
    /// Why.
    pub rule: Rule,
    /// What, with the data a sentence needs.
    #[serde(flatten)]
    pub kind: EventKind,
}

/// The kinds of [`Event`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    /// `Start-ADSyncSyncCycle` did not start a cycle.
    ManualStartRejected {
        /// The command, by index in the scenario's `manual` list.
        command: usize,
        /// The policy type it asked for.
        policy: PolicyType,
        /// Why it was refused.
        reason: Rejection,
        /// The cycle that was running, when the answer was "busy".
        #[serde(skip_serializing_if = "Option::is_none")]
        running_cycle: Option<u32>,
    },
    /// `Stop-ADSyncSyncCycle` found nothing to stop (or the cycle was already stopping).
    StopIgnored {
        /// The command, by index in the scenario's `manual` list.
        command: usize,
    },
    /// Scheduled slots that did not run while the scheduler was disabled or suspended, or
    /// that a long cycle covered.
    Skipped {
        /// Why.
        cause: SkipCause,
        /// The first slot that did not run.
        first_slot: Instant,
        /// When the scheduler could run again.
        until: Instant,
        /// How many slots of the effective interval fell in `[first_slot, until)`.
        slots: u32,
    },
    /// Scheduled slots that did not run because the server was down.
    Missed {
        /// The first slot that did not run.
        first_slot: Instant,
        /// When the server came back.
        until: Instant,
        /// How many slots of the effective interval fell in `[first_slot, until)`.
        slots: u32,
    },
    /// `Set-ADSyncSchedulerConnectorOverride` ran at an instant.
    OverrideSet {
        /// The command, by index in the scenario's `connector_overrides` list.
        change: usize,
        /// The connector, by index in [`ServerReport::connectors`].
        connector: usize,
        /// `-FullImportRequired`, if given.
        #[serde(skip_serializing_if = "Option::is_none")]
        full_import: Option<bool>,
        /// `-FullSyncRequired`, if given.
        #[serde(skip_serializing_if = "Option::is_none")]
        full_sync: Option<bool>,
        /// The cycle whose plan it changed (the first to start at or after it), if any; absent
        /// when a later override changed every switch it gave before that cycle started.
        #[serde(skip_serializing_if = "Option::is_none")]
        applies_to: Option<u32>,
        /// The later override (by index in `connector_overrides`) that changed every switch
        /// this one gave before any cycle planned with it: this one applies to no cycle.
        #[serde(skip_serializing_if = "Option::is_none")]
        superseded_by: Option<usize>,
    },
    /// `Set-ADSyncSchedulerConnectorOverride` could not run: the server (or its ADSync service)
    /// was down, so nothing changed (`cmdlet_while_down`).
    OverrideRefused {
        /// The command, by index in the scenario's `connector_overrides` list.
        change: usize,
        /// The connector it named, by index in [`ServerReport::connectors`].
        connector: usize,
    },
    /// `Set-ADSyncScheduler -CustomizedSyncCycleInterval` could not run: the server (or its
    /// ADSync service) was down, so the interval stayed as it was (`cmdlet_while_down`).
    IntervalChangeRefused {
        /// The change, by index in the scenario's `interval_changes` list.
        change: usize,
        /// The customized interval it asked for (absent: clear it).
        #[serde(skip_serializing_if = "Option::is_none")]
        customized: Option<Period>,
    },
    /// `Set-ADSyncScheduler -CustomizedSyncCycleInterval` ran.
    IntervalChanged {
        /// The change, by index in the scenario's `interval_changes` list.
        change: usize,
        /// The new customized interval (absent: cleared).
        #[serde(skip_serializing_if = "Option::is_none")]
        customized: Option<Period>,
        /// `CurrentlyEffectiveSyncCycleInterval` right after the change, as the cmdlet shows
        /// it: from build 1.1.281 the new interval (the larger of the customized and the
        /// allowed one); before it, still the old one.
        effective: Period,
        /// Before build 1.1.281: the new interval, which becomes effective when the next (or
        /// the running) cycle ends. Absent when the change is effective at once or changes
        /// nothing.
        #[serde(skip_serializing_if = "Option::is_none")]
        effective_after_next_cycle: Option<Period>,
    },
}

/// Why `Start-ADSyncSyncCycle` did not start a cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rejection {
    /// A cycle was running ("... AAD is busy.").
    Busy,
    /// The scheduler was suspended.
    Suspended,
    /// The server was down.
    ServerDown,
    /// `SyncCycleEnabled` was false (only with `manual_start_while_disabled: rejected`).
    Disabled,
}

/// Why scheduled slots were skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipCause {
    /// `SyncCycleEnabled` was false.
    Disabled,
    /// The scheduler was suspended.
    Suspended,
    /// A cycle outlasted the interval (with `overrun: skip_to_next_slot`).
    Overrun,
}

/// Something that needs attention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// When it applies.
    pub at: Instant,
    /// Which rule it rests on.
    pub rule: Rule,
    /// What, with the data a sentence needs.
    #[serde(flatten)]
    pub kind: WarningKind,
}

/// The kinds of [`Warning`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WarningKind {
    /// More than 7 days pass between the end of one completed cycle and the start of the next:
    /// a full sync becomes necessary.
    DeltaWindowExceeded {
        /// When the last completed cycle ended.
        last_sync_end: Instant,
        /// Seven days later: when the next delta sync was due at the latest.
        deadline: Instant,
        /// The next completed cycle, if one falls in the horizon.
        #[serde(skip_serializing_if = "Option::is_none")]
        next_cycle: Option<u32>,
        /// When it started.
        #[serde(skip_serializing_if = "Option::is_none")]
        next_start: Option<Instant>,
        /// Whether that cycle was a full (initial) one, which is the remedy.
        next_is_full: bool,
    },
    /// A customized interval below the allowed one: the allowed one is used.
    CustomizedIntervalBelowAllowed {
        /// What was asked for.
        customized: Period,
        /// The service's minimum.
        allowed: Period,
        /// What is used.
        effective: Period,
    },
    /// An effective interval longer than 7 days breaks the delta rule on every cycle.
    IntervalLongerThanSevenDays {
        /// The effective interval.
        effective: Period,
    },
    /// `NextSyncCycleStartTimeInUTC` lies more than one interval plus a cycle before the
    /// horizon start: the scheduler has not started a cycle since then. The cycle it names is
    /// treated as overdue (parameter `catch_up`) and the 7-day rule counts from it.
    NextStartStale {
        /// The value given.
        next_start: Instant,
        /// How many slots of the effective interval passed since it, to the horizon start.
        slots_missed: u32,
        /// The value with day and month exchanged, when that date fits the horizon start (as
        /// for [`WarningKind::NextStartFarAhead`]): then the likely cause is the date's order,
        /// not a scheduler that stopped.
        #[serde(skip_serializing_if = "Option::is_none")]
        swapped: Option<Instant>,
    },
    /// `NextSyncCycleStartTimeInUTC` lies far after the horizon start (more than a day and
    /// more than one interval plus a cycle): either its date was read with day and month
    /// swapped (then `swapped` is the other reading, which fits the horizon start), or the
    /// output describes a later moment than the horizon start. Nothing runs before it.
    NextStartFarAhead {
        /// The value given.
        next_start: Instant,
        /// The value with day and month exchanged, when that is a date lying within one
        /// interval plus a cycle of the horizon start (or within a day after it): the likely
        /// intended reading. `None`: a swap does not explain the value.
        #[serde(skip_serializing_if = "Option::is_none")]
        swapped: Option<Instant>,
    },
}

/// A stretch of the password hash sync lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PhsSegment {
    /// Its start.
    pub start: Instant,
    /// Its end.
    pub end: Instant,
    /// Why it runs or pauses.
    pub rule: Rule,
    /// Running or paused.
    #[serde(flatten)]
    pub state: PhsState,
}

/// Whether password hash sync runs in a segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum PhsState {
    /// Runs at `start`, `start + every`, … before `end`: `runs` times in all.
    Running {
        /// The spacing of runs.
        every: Period,
        /// How many runs the segment holds.
        runs: u32,
    },
    /// Does not run.
    Paused {
        /// Why.
        cause: PhsPause,
    },
}

/// Why password hash sync does not run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhsPause {
    /// It is not configured on this server.
    NotEnabled,
    /// Staging mode.
    Staging,
    /// The server is down.
    Outage,
}

/// How the schedule continues after the simulated cycles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Tail {
    /// The next cycle is due after the horizon.
    NextDue {
        /// When.
        at: Instant,
        /// Why then.
        rule: Rule,
    },
    /// The scheduler stays blocked until the end of the horizon: nothing will sync in it. The
    /// cause is the one that holds at the horizon's end.
    Blocked {
        /// Why.
        cause: BlockCause,
        /// When what blocks at the horizon's end began (the horizon start for a whole-horizon
        /// switch): "down since 01:01", not the first slot it cost.
        since: Instant,
        /// The rule that explains the block.
        rule: Rule,
    },
    /// The simulation stopped at the event limit; nothing is known past it.
    Truncated,
}

/// The scheduler's visible state from `at` on (until the next entry).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SchedulerState {
    pub at: Instant,
    /// What `NextSyncCycleStartTimeInUTC` shows.
    pub next_start: Instant,
    /// What `NextSyncCyclePolicyType` shows.
    pub policy: PolicyType,
    /// `CustomizedSyncCycleInterval`.
    pub customized: Option<Period>,
    /// `CurrentlyEffectiveSyncCycleInterval`.
    pub effective: Period,
}

/// A condition that holds over part of the horizon and that the timeline shades.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// `SyncCycleEnabled` is False.
    Disabled,
    /// `SchedulerSuspended` is True (wizard open, upgrade).
    Suspended,
    /// The server is down.
    Outage,
    /// `StagingModeEnabled` is True: exports suppressed.
    Staging,
}

impl Condition {
    /// Every condition.
    pub const ALL: [Condition; 4] = [
        Condition::Disabled,
        Condition::Suspended,
        Condition::Outage,
        Condition::Staging,
    ];

    fn flag(self) -> u8 {
        match self {
            Condition::Disabled => flag::DISABLED,
            Condition::Suspended => flag::SUSPENDED,
            Condition::Outage => flag::OUTAGE,
            Condition::Staging => flag::STAGING,
        }
    }
}

impl ServerReport {
    /// The maximal spans in which `condition` holds, spans and whole-horizon switches alike,
    /// in time order.
    pub fn condition_spans(&self, condition: Condition) -> Vec<Window> {
        self.calendar
            .spans_with(condition.flag())
            .into_iter()
            .filter_map(|(start, end, _)| Window::new(start, end).ok())
            .collect()
    }

    /// The run profile steps of a cycle, in the order they ran.
    pub fn steps<'a>(&'a self, cycle: &'a Cycle) -> impl Iterator<Item = Step> + 'a {
        self.timing
            .steps(&cycle.plan, cycle.start, cycle.end, cycle.outcome.cut())
    }

    /// When the cycle's export to Entra ID ended, if it ran to its end (not in staging mode,
    /// not cut short before it).
    pub fn entra_export_end(&self, cycle: &Cycle) -> Option<Instant> {
        if cycle.plan.staging {
            return None;
        }
        let end = self.timing.entra_export_end(&cycle.plan, cycle.start);
        (cycle.outcome.is_completed() || end <= cycle.end).then_some(end)
    }
}

impl Serialize for ServerReport {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        /// The public fields, with each cycle's steps written out.
        #[derive(Serialize)]
        struct View<'a> {
            horizon: &'a Window,
            connectors: &'a [ConnectorInfo],
            cycles: Cycles<'a>,
            events: &'a [Event],
            warnings: &'a [Warning],
            password_hash_sync: &'a [PhsSegment],
            tail: &'a Tail,
            delta_rule_since: Instant,
            truncated: bool,
        }
        View {
            horizon: &self.horizon,
            connectors: &self.connectors,
            cycles: Cycles(self),
            events: &self.events,
            warnings: &self.warnings,
            password_hash_sync: &self.password_hash_sync,
            tail: &self.tail,
            delta_rule_since: self.delta_rule_since,
            truncated: self.truncated,
        }
        .serialize(ser)
    }
}

/// The cycles with their steps, rebuilt while writing so that no step list is ever stored.
struct Cycles<'a>(&'a ServerReport);

impl Serialize for Cycles<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct WithSteps<'a> {
            #[serde(flatten)]
            cycle: &'a Cycle,
            steps: Steps<'a>,
        }
        let report = self.0;
        ser.collect_seq(report.cycles.iter().map(|cycle| WithSteps {
            cycle,
            steps: Steps(report, cycle),
        }))
    }
}

/// One cycle's steps, written as a list.
struct Steps<'a>(&'a ServerReport, &'a Cycle);

impl Serialize for Steps<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.collect_seq(self.0.steps(self.1))
    }
}
