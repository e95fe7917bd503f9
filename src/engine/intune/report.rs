//! What a simulation produces: ordered events, each with its lane, the rule that produced it,
//! its outcome (with the rule that decided it) and its timing, plus the plan the device
//! followed and notes about the scenario as a whole.
//!
//! Events carry codes and instants, never prose: the UI builds the sentence in Japanese or
//! English from the codes and the data (the missed instants, the delay, the previous sync).

use serde::Serialize;

use super::rules::{Lane, PollPlan, Rule, RuleInfo};
use super::scenario::{Platform, PushServiceImpact, TimeOfDay};
use super::timeline::Down;
use crate::engine::time::{Delay, Instant, Window};

/// One run, attempt or check-in on the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Event {
    /// When it happened (after any delay).
    pub at: Instant,
    /// Which trigger it came from.
    pub lane: Lane,
    /// The rule that produced the run.
    pub rule: Rule,
    /// What came of it.
    pub outcome: Outcome,
    /// The rule that decided a non-synced outcome (absent when it synced, or when nothing more
    /// than the outcome itself needs saying, e.g. a manual sync while offline).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Rule>,
    /// Why it happened when it did.
    pub timing: Timing,
}

impl Event {
    /// Whether this is an MDM session that reached the service: a sync.
    pub fn is_sync(&self) -> bool {
        self.lane.is_mdm() && self.outcome.reached_service()
    }
}

/// What came of a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Outcome {
    /// The session ran (for the IME lane: the IME checked in).
    Synced,
    /// Nothing ran: the device was off, and the run will not be caught up.
    SkippedOff,
    /// Nothing ran: the device was asleep, and the run will not be caught up.
    SkippedAsleep,
    /// Nothing ran: no network.
    SkippedOffline {
        /// When the run was retried (the retry is its own event), if the policy retries and
        /// the retry falls inside the horizon.
        #[serde(skip_serializing_if = "Option::is_none")]
        retried_at: Option<Instant>,
    },
    /// The start was missed (device off or asleep) and queued for a catch-up run.
    Missed {
        /// Whether the device was off or asleep.
        state: Down,
        /// When the catch-up ran (the catch-up is its own event); absent if it falls after
        /// the horizon.
        #[serde(skip_serializing_if = "Option::is_none")]
        caught_up_at: Option<Instant>,
    },
    /// The session could not start: dmwappushservice was Disabled.
    BlockedPushService,
    /// A maintenance run less than 6.5 h after the previous maintenance sync, with the lenient
    /// reading of the limit (the default): the session runs and counts as a sync, but the
    /// service may skip its maintenance work.
    SyncedMaintenanceLimited {
        /// The previous maintenance sync.
        previous: Instant,
        /// The first instant the service would do maintenance again (previous + 6.5 h).
        allowed_from: Instant,
    },
    /// A maintenance run less than 6.5 h after the previous one, with the strict reading of the
    /// limit (`throttled_run: refused`): refused by the service, nothing delivered.
    Throttled {
        /// The previous maintenance sync.
        previous: Instant,
        /// The first instant the service would accept another (previous + 6.5 h).
        allowed_from: Instant,
    },
    /// An admin's Sync that Intune did not send: less than the push spacing after the previous
    /// push to this device.
    PushRateLimited {
        /// The previous push sent to the device.
        previous: Instant,
        /// The first instant another push would be sent.
        allowed_from: Instant,
    },
    /// An admin's push whose delivery falls after the horizon: pending, not lost.
    PendingPastHorizon {
        /// The earliest instant it can reach the device (at or after the horizon's end).
        earliest: Instant,
    },
    /// Another run started a session at this very instant; this one is part of it.
    Merged {
        /// The lane of the run whose session this one joined.
        into: Lane,
    },
}

impl Outcome {
    /// Whether the run reached the service: it synced, possibly without maintenance work.
    pub fn reached_service(&self) -> bool {
        matches!(self, Self::Synced | Self::SyncedMaintenanceLimited { .. })
    }
}

/// Why a run happened when it did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Timing {
    /// At its due instant.
    OnTime,
    /// A random delay (Task Scheduler RandomDelay, or the IME's delay) moved it.
    RandomDelay {
        /// When it was due.
        due: Instant,
        /// How much later it ran.
        delay: Delay,
    },
    /// An admin push, delivered after the delivery delay.
    Delivered {
        /// When the admin pressed Sync.
        sent: Instant,
        /// The delivery delay.
        delay: Delay,
    },
    /// A late run standing for earlier runs that were missed or skipped for want of network.
    CatchUp {
        /// The lane of the runs it stands for.
        for_lane: Lane,
        /// The first of those runs.
        first_due: Instant,
        /// The last of those runs.
        last_due: Instant,
        /// How many runs it stands for.
        count: u32,
        /// When the device became available (or the network returned).
        resumed_at: Instant,
        /// How long after that it ran.
        delay: Delay,
    },
    /// An IME check-in that fell due while the device slept, run when it woke.
    AfterWake {
        /// When it was due.
        due: Instant,
    },
}

/// Something to say about the scenario as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// Linux: Microsoft documents no refresh schedule. With the documented rule set the device
    /// has no scheduled polls; only manual and admin syncs (and a custom rule set) run.
    UndocumentedPlatform,
    /// Outside Windows, catch-up and network behaviour follow the Windows Task Scheduler model
    /// by assumption.
    TaskSchedulerModelAssumed,
    /// The rule set given is meant for another platform (only possible unvalidated).
    RuleSetForOtherPlatform,
}

/// What kind of disruption a [`Disruption`] is: the scenario's four lists of windows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DisruptionKind {
    /// Shut down or hibernating (`power_off`).
    PoweredOff,
    /// Asleep (`sleep`).
    Asleep,
    /// No network (`offline`).
    Offline,
    /// dmwappushservice Disabled (`push_service_disabled`).
    PushServiceDisabled,
}

/// A span of the horizon when something kept the device from running or syncing, as the
/// scenario gave it (clipped to the horizon). Carried so that readers of the report (the
/// timeline's shaded spans, the push-service warning) need not keep the scenario around.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Disruption {
    /// What it was.
    pub kind: DisruptionKind,
    /// When, inside the horizon. An open span ends at the horizon's end here.
    pub window: Window,
    /// Not yet fixed: the scenario gave no end ("until further notice").
    pub open: bool,
}

/// The device's condition in the horizon's last second: what keeps it from syncing "until the
/// end". Kept for the answers, not serialized. (It lives here, beside the report that holds
/// it, so that the report does not depend on the answers module that reads it.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EndState {
    /// Off or asleep at the end.
    pub down: Option<Down>,
    /// Offline at the end.
    pub offline: bool,
    /// dmwappushservice Disabled at the end, with every session blocked.
    pub push_blocks_all: bool,
}

/// Everything the simulation of one device produced.
#[derive(Clone, Debug, Serialize)]
pub struct DeviceReport {
    /// The span simulated.
    pub horizon: Window,
    /// The device's platform: it decides how the poll sets are named (Windows tasks or
    /// what they do).
    pub platform: Platform,
    /// When the device enrolled.
    pub enrolled_at: Instant,
    /// The poll schedule the device followed.
    pub plan: PollPlan,
    /// When the maintenance window opens each day, when the plan has the CSP's maintenance
    /// schedule (`scheduler.maintenance_window`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintenance_window: Option<TimeOfDay>,
    /// Events in order of instant; at one instant, in lane order (see [`Lane`]), then in the
    /// order they arose.
    pub events: Vec<Event>,
    /// Whether the simulation stopped at [`crate::engine::limits::MAX_EVENTS`] events.
    pub truncated: bool,
    /// Remarks about the scenario as a whole.
    pub notes: Vec<Note>,
    /// Power-off, sleep, offline and push-service-disabled spans, clipped to the horizon, in
    /// order of start (then kind, then end).
    pub disruptions: Vec<Disruption>,
    /// What a Disabled dmwappushservice stopped in this simulation.
    pub push_service_impact: PushServiceImpact,
    /// Every rule the events cite, with its source, in order of first use.
    pub rules: Vec<RuleInfo>,
    /// Compliance status validity period, in days, as simulated.
    pub compliance_validity_days: u32,
    /// Device cleanup threshold, in days, as simulated.
    pub cleanup_after_days: u32,
    /// What holds the device in the horizon's last second (for the answers).
    #[serde(skip)]
    pub end_state: EndState,
}

impl DeviceReport {
    /// The MDM syncs, in order.
    pub fn syncs(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|e| e.is_sync())
    }
}
