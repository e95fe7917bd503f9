//! The simulation: a discrete-event loop over everything that can start an MDM session or an
//! IME check-in, in time order.
//!
//! Each trigger (a time trigger's next run — a poll set, a further trigger of a set's task, the
//! CSP's 24-hour maintenance schedule —, a logon, a manual sync, an admin push, a pending
//! catch-up, the IME's timer) is a job in a priority queue ordered by (instant, lane, arrival).
//! A job never schedules anything earlier than itself, so events come out already sorted and
//! every question about the device's state is asked in time order (see [`Timeline`]).
//!
//! The rules applied to each run, in this order (the first that applies decides):
//! 1. device off or asleep: a scheduled run is *missed* and queued for a catch-up when
//!    StartWhenAvailable is on, else skipped; any other run is skipped;
//! 2. no network: skipped (scheduled runs may instead be retried when the network returns);
//! 3. dmwappushservice Disabled: blocked (every MDM session by default; pushes only, if chosen);
//! 4. another session already started at this very instant: merged into it (unless the
//!    coincident-runs choice is "separate");
//! 5. a maintenance run (a run of the plan's maintenance set, see
//!    [`PollPlan::maintenance_set`], or of a further trigger of its task, or of the CSP's
//!    maintenance schedule, or their late run when those use the allowance) less than
//!    6.5 h after the previous maintenance sync, when the limit is on: a check-in whose
//!    maintenance work may be skipped (default), or refused (the strict reading);
//! 6. otherwise: synced.
//!
//! Admin pushes first pass the push spacing and their platform's channel ([`push`]); a push
//! that reaches a reachable device then meets rules 3, 4 and 6 like any session.
//!
//! Scheduled runs of one poll set may carry a random delay; it is kept below one interval, so
//! a task's runs start in order.
//!
//! Bounded whatever the input: at most [`MAX_EVENTS`] events, a budget of loop turns, and
//! checked arithmetic wherever a value derived from input could overflow.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

use super::report::{DeviceReport, Event, Outcome, Timing};
use super::rules::{Lane, MAINTENANCE_SPACING, PlannedSet, PollPlan, Rule};
use super::scenario::{
    CoincidentRuns, DeviceScenario, ImePowerOn, MAX_EXTRA_TRIGGERS, ManualVia, MissedRuns,
    NoNetwork, PushServiceImpact, RepetitionEnd, ThrottledRun,
};
use super::timeline::{Down, Timeline, instant as inst, stronger_down};
use crate::engine::limits::MAX_EVENTS;
use crate::engine::rng::SplitMix64;
use crate::engine::span::close_all;
use crate::engine::time::{Delay, Window};
use ime::ImeCause;

/// Simulates the device over the horizon. Never panics and always ends, even on a scenario
/// that was not validated.
pub fn simulate(device: &DeviceScenario, horizon: &Window) -> DeviceReport {
    let mut engine = Engine::new(device, horizon);
    engine.run();
    engine.into_report()
}

/// Index of the pending-catch-up slot for each task that can miss runs.
const TASKS: [Lane; 5] = [
    Lane::Schedule1,
    Lane::Schedule2,
    Lane::Schedule3,
    Lane::Login,
    Lane::MaintenanceSchedule,
];

/// The catch-up slot of the Login Schedule.
const LOGIN_TASK: usize = 3;

/// What a queued job does when its instant comes.
#[derive(Clone, Copy, Debug)]
enum JobKind {
    /// Trigger `set`'s run number `index` is due (before any random delay).
    PollDue { set: u8, index: u64 },
    /// Trigger `set`'s run that was due at `due` starts (after its random delay).
    PollRun { set: u8, due: i64 },
    /// A user signs in.
    Logon,
    /// `manual_syncs[idx]`.
    Manual { idx: u32 },
    /// The admin presses Sync: `admin_syncs[idx]` is sent (or not, within the push spacing).
    PushSent { idx: u32 },
    /// `admin_syncs[idx]`'s push reaches the device.
    PushArrives { idx: u32 },
    /// A push held by its channel (or found by the AOSP agent's task poll) is delivered now;
    /// `rule` says which channel held it.
    PushDelivered { idx: u32, rule: Rule },
    /// The pending catch-up of task slot `task`.
    CatchUp { task: u8 },
    /// An IME check-in is due; `epoch` ties timer jobs to one service start.
    ImeDue { cause: ImeCause, epoch: u32 },
    /// An IME check-in due at `due` starts (after its random delay, or at wake).
    ImeRun {
        cause: ImeCause,
        due: i64,
        epoch: u32,
        woke: bool,
    },
}

/// A job in the queue, ordered by (instant, lane rank, arrival).
#[derive(Clone, Copy, Debug)]
struct Job {
    at: i64,
    rank: u8,
    seq: u32,
    kind: JobKind,
}

impl PartialEq for Job {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Job {}
impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.at, self.rank, self.seq).cmp(&(other.at, other.rank, other.seq))
    }
}

/// Runs of one task waiting for a late start, and why they wait.
#[derive(Clone, Debug, Default)]
struct Pending {
    /// Event indices of the runs it stands for.
    runs: Vec<u32>,
    /// Set while a late start is planned: the rule that plans it, when the device became
    /// available (or the network returned), and the delay after that.
    plan: Option<(Rule, i64, Delay)>,
}

/// Why a scheduled run must wait.
#[derive(Clone, Copy, Debug)]
enum Wait {
    /// The device is down; StartWhenAvailable runs it after the catch-up delay.
    Down,
    /// No network; the retry policy runs it when the network returns.
    Network,
}

/// Where a run came from, as far as the outcome rules care.
#[derive(Clone, Copy, Debug)]
struct Run {
    lane: Lane,
    rule: Rule,
    timing: Timing,
    /// Whether it is a maintenance run (subject to the 6.5 h limit).
    maintenance: bool,
}

/// One time trigger of a task, laid out on the clock: a poll set, an extra trigger of a set's
/// task, or the CSP's maintenance schedule.
#[derive(Clone, Copy, Debug)]
struct Trigger {
    /// The task's catch-up slot (an index into [`TASKS`]).
    task: usize,
    lane: Lane,
    rule: Rule,
    /// When run 0 is due.
    start: i64,
    /// Seconds between runs (at least one).
    interval: i64,
    /// The last run's index (inclusive); `None`: indefinitely.
    last: Option<u64>,
    /// No run is due at or after this instant (the trigger's end boundary).
    end: Option<i64>,
    /// The most each run may start late.
    random_delay: Delay,
    /// Whether its runs are maintenance runs (the 6.5 h limit).
    maintenance: bool,
}

struct Engine<'a> {
    device: &'a DeviceScenario,
    horizon: Window,
    plan: PollPlan,
    h_start: i64,
    h_end: i64,
    enrolled: i64,
    /// Every time trigger: the poll sets that start, the CSP's maintenance schedule, the extra
    /// triggers; at most [`MAX_TRIGGERS`].
    triggers: Vec<Trigger>,
    down: Timeline<Down>,
    offline: Timeline<()>,
    push_off: Timeline<()>,
    queue: BinaryHeap<Reverse<Job>>,
    seq: u32,
    events: Vec<Event>,
    truncated: bool,
    pending: [Pending; 5],
    /// The last MDM session that synced: instant and lane (for merging).
    last_session: Option<(i64, Lane)>,
    /// The last maintenance sync (for the 6.5 h limit).
    last_maintenance: Option<i64>,
    task_rng: SplitMix64,
    ime_rng: SplitMix64,
    ime_epoch: u32,
    /// The wake instant an IME check-in already waits for (one is enough).
    ime_wake_pending: Option<i64>,
    ime_on: bool,
    /// For each admin sync: the previous push sent, when the push spacing keeps this one from
    /// being sent.
    push_limited: Vec<Option<i64>>,
}

impl<'a> Engine<'a> {
    fn new(device: &'a DeviceScenario, horizon: &Window) -> Self {
        let plan = PollPlan::new(device.platform, &device.rule_set);
        // A span not yet fixed lasts to the horizon's end, which bounds the work.
        let until = horizon.end();
        let down = Timeline::new(
            &[
                (&close_all(&device.power_off, until), Down::Off),
                (&device.sleep, Down::Asleep),
            ],
            stronger_down,
        );
        let offline = Timeline::new(&[(&close_all(&device.offline, until), ())], |_, _| ());
        let push_off = Timeline::new(
            &[(&close_all(&device.push_service_disabled, until), ())],
            |_, _| (),
        );
        // Two independent streams, so that changing one lane's random delay leaves the other's
        // draws alone.
        let mut root = SplitMix64::new(device.seed);
        let task_rng = SplitMix64::new(root.next_u64());
        let ime_rng = SplitMix64::new(root.next_u64());
        let enrolled = device.enrolled_at.timestamp();
        let triggers = triggers(device, &plan, enrolled);
        Self {
            device,
            horizon: *horizon,
            plan,
            h_start: horizon.start().timestamp(),
            h_end: horizon.end().timestamp(),
            enrolled,
            triggers,
            down,
            offline,
            push_off,
            queue: BinaryHeap::new(),
            seq: 0,
            events: Vec::new(),
            truncated: false,
            pending: Default::default(),
            last_session: None,
            last_maintenance: None,
            task_rng,
            ime_rng,
            ime_epoch: 0,
            ime_wake_pending: None,
            ime_on: device.platform.is_windows() && device.ime.enabled,
            push_limited: push::push_limits(device),
        }
    }

    /// Queues a job, unless it falls outside the horizon.
    fn push(&mut self, at: i64, rank_of: Lane, kind: JobKind) {
        if at < self.h_start || at >= self.h_end {
            return;
        }
        self.seq = self.seq.wrapping_add(1);
        self.queue.push(Reverse(Job {
            at,
            rank: rank_of.rank(),
            seq: self.seq,
            kind,
        }));
    }

    /// Records an event; false once the event limit is reached.
    fn emit(&mut self, at: i64, run: Run, outcome: Outcome, reason: Option<Rule>) -> bool {
        if self.events.len() >= MAX_EVENTS {
            self.truncated = true;
            return false;
        }
        let event = Event {
            at: inst(at),
            lane: run.lane,
            rule: run.rule,
            outcome,
            reason,
            timing: run.timing,
        };
        self.events.push(event);
        true
    }

    fn run(&mut self) {
        self.seed_jobs();
        let d = self.device;
        // Every job either emits an event or leads to one a bounded number of steps later;
        // the budget only guards against a mistake turning into a hang.
        let lists = d.logons.len() + d.manual_syncs.len() + d.admin_syncs.len();
        let spans = self.down.spans().len() + self.offline.spans().len();
        let mut budget = 4 * MAX_EVENTS + 8 * (lists + spans) + 64;
        while let Some(Reverse(job)) = self.queue.pop() {
            if self.truncated {
                break;
            }
            if budget == 0 {
                self.truncated = true;
                break;
            }
            budget -= 1;
            let t = job.at;
            match job.kind {
                JobKind::PollDue { set, index } => self.poll_due(t, set, index),
                JobKind::PollRun { set, due } => self.poll_run(t, set, due),
                JobKind::Logon => self.logon(t),
                JobKind::Manual { idx } => self.manual(t, idx),
                JobKind::PushSent { idx } => self.push_sent(t, idx),
                JobKind::PushArrives { idx } => self.push_arrives(t, idx),
                JobKind::PushDelivered { idx, rule } => self.deliver_push(t, idx, Some(rule)),
                JobKind::CatchUp { task } => self.catch_up(t, task),
                JobKind::ImeDue { cause, epoch } => self.ime_due(t, cause, epoch),
                JobKind::ImeRun {
                    cause,
                    due,
                    epoch,
                    woke,
                } => self.ime_run(t, cause, due, epoch, woke),
            }
        }
    }

    /// Queues what is known from the start: each poll set's first run in the horizon, the
    /// listed logons and syncs, and the IME's service starts.
    fn seed_jobs(&mut self) {
        for set in 0..self.triggers.len() {
            let set = set as u8;
            if let Some(index) = self.first_index(set)
                && let Some(at) = self.due_of(set, index)
            {
                let lane = self.triggers[usize::from(set)].lane;
                self.push(at, lane, JobKind::PollDue { set, index });
            }
        }
        let d = self.device;
        for t in &d.logons {
            self.push(t.timestamp(), Lane::Login, JobKind::Logon);
        }
        for (i, m) in d.manual_syncs.iter().enumerate() {
            let lane = manual_lane(m.via);
            // Nothing to sync before the device is enrolled.
            if m.at.timestamp() >= self.enrolled {
                self.push(m.at.timestamp(), lane, JobKind::Manual { idx: i as u32 });
            }
        }
        for (i, t) in d.admin_syncs.iter().enumerate() {
            if t.timestamp() >= self.enrolled {
                self.push(
                    t.timestamp(),
                    Lane::Push,
                    JobKind::PushSent { idx: i as u32 },
                );
            }
        }
        if self.ime_on {
            if self.enrolled >= self.h_start {
                let epoch = 0;
                self.push(
                    self.enrolled,
                    Lane::Ime,
                    JobKind::ImeDue {
                        cause: ImeCause::ServiceStart,
                        epoch,
                    },
                );
            } else {
                // Enrolled before the horizon: continue the timer's grid from enrollment.
                let cadence = i64::from(self.ime_cadence().secs());
                let k = ceil_div(self.h_start - self.enrolled, cadence);
                if let Some(at) = k
                    .checked_mul(cadence)
                    .and_then(|x| x.checked_add(self.enrolled))
                {
                    self.push(
                        at,
                        Lane::Ime,
                        JobKind::ImeDue {
                            cause: ImeCause::Periodic,
                            epoch: 0,
                        },
                    );
                }
            }
            // A full boot restarts the IME service, which checks in; a resume does not (the
            // timer goes on, and what fell due while off runs at power-on: see `ime`).
            let restarts = self.device.ime.power_on == ImePowerOn::ServiceStart;
            let boots: Vec<i64> = self
                .down
                .spans()
                .iter()
                .filter(|s| restarts && s.kind == Down::Off && s.end > self.enrolled)
                .map(|s| s.end)
                .collect();
            for b in boots {
                self.push(
                    b,
                    Lane::Ime,
                    JobKind::ImeDue {
                        cause: ImeCause::ServiceStart,
                        epoch: 0,
                    },
                );
            }
        }
    }

    fn logon(&mut self, t: i64) {
        // Before enrollment there is no Login Schedule task and no IME.
        if t < self.enrolled {
            return;
        }
        if let Some(rule) = self.plan.on_login {
            let run = Run {
                lane: Lane::Login,
                rule,
                timing: Timing::OnTime,
                maintenance: false,
            };
            self.scheduled_run(t, LOGIN_TASK, run);
        }
        if self.ime_on {
            self.push(
                t,
                Lane::Ime,
                JobKind::ImeDue {
                    cause: ImeCause::SignIn,
                    epoch: 0,
                },
            );
        }
    }

    fn manual(&mut self, t: i64, idx: u32) {
        let Some(m) = self.device.manual_syncs.get(idx as usize) else {
            return;
        };
        let (lane, rule) = match m.via {
            ManualVia::Settings => (Lane::ManualSettings, Rule::ManualSyncSettings),
            ManualVia::CompanyPortal => (Lane::ManualCompanyPortal, Rule::ManualSyncCompanyPortal),
        };
        let run = Run {
            lane,
            rule,
            timing: Timing::OnTime,
            maintenance: false,
        };
        if let Some((outcome, reason)) = self.unreachable(t, None) {
            self.emit(t, run, outcome, reason);
        } else {
            self.session(t, run);
        }
        if m.via == ManualVia::CompanyPortal && self.ime_on {
            self.push(
                t,
                Lane::Ime,
                JobKind::ImeDue {
                    cause: ImeCause::CompanyPortal,
                    epoch: 0,
                },
            );
        }
    }

    /// The outcome for a run that is not a scheduled task run, when the device cannot be
    /// reached: off, asleep or offline.
    fn unreachable(&mut self, t: i64, reason: Option<Rule>) -> Option<(Outcome, Option<Rule>)> {
        if let Some(span) = self.down.at(t) {
            let outcome = match span.kind {
                Down::Off => Outcome::SkippedOff,
                Down::Asleep => Outcome::SkippedAsleep,
            };
            return Some((outcome, reason));
        }
        self.offline
            .at(t)
            .map(|_| (Outcome::SkippedOffline { retried_at: None }, reason))
    }

    /// Whether task slot `task`'s runs are maintenance runs: the plan's maintenance set, or the
    /// CSP's maintenance schedule.
    fn is_maintenance_task(&self, task: usize) -> bool {
        TASKS.get(task) == Some(&Lane::MaintenanceSchedule)
            || (task < 3 && self.plan.maintenance_set() == Some(task))
    }

    /// The catch-up rule for the platform: Task Scheduler's on Windows, an assumption elsewhere.
    fn catch_up_rule(&self) -> Rule {
        if self.device.platform.is_windows() {
            Rule::CatchUpStartWhenAvailable
        } else {
            Rule::CatchUpAssumed
        }
    }

    /// A Task Scheduler reason, which only Windows can cite.
    fn task_reason(&self, rule: Rule) -> Option<Rule> {
        self.device.platform.is_windows().then_some(rule)
    }

    /// A run of a scheduled task (a poll set or the logon poll) in slot `task`.
    fn scheduled_run(&mut self, t: i64, task: usize, run: Run) {
        let sched = self.device.scheduler;
        if let Some(span) = self.down.at(t) {
            if sched.start_when_available {
                let outcome = Outcome::Missed {
                    state: span.kind,
                    caught_up_at: None,
                };
                let reason = Some(self.catch_up_rule());
                if self.emit(t, run, outcome, reason) {
                    self.wait(t, task, Wait::Down);
                }
            } else {
                let outcome = match span.kind {
                    Down::Off => Outcome::SkippedOff,
                    Down::Asleep => Outcome::SkippedAsleep,
                };
                let reason = self.task_reason(Rule::NoWakeToRun);
                self.emit(t, run, outcome, reason);
            }
            return;
        }
        if self.offline.at(t).is_some() {
            let reason = self.task_reason(Rule::RunOnlyIfNetworkAvailable);
            let outcome = Outcome::SkippedOffline { retried_at: None };
            if self.emit(t, run, outcome, reason) && sched.no_network == NoNetwork::RetryWhenOnline
            {
                self.wait(t, task, Wait::Network);
            }
            return;
        }
        self.session(t, run);
    }

    /// Adds the event just emitted to its task's pending runs, and plans the late start if none
    /// is planned yet.
    fn wait(&mut self, t: i64, task: usize, why: Wait) {
        let idx = (self.events.len() - 1) as u32;
        self.pending[task].runs.push(idx);
        if self.pending[task].plan.is_none() {
            self.plan_late_start(t, task, why);
        }
    }

    /// Plans when task `task`'s pending runs start late.
    fn plan_late_start(&mut self, t: i64, task: usize, why: Wait) {
        let (rule, resumed, delay) = match why {
            Wait::Down => (
                self.catch_up_rule(),
                self.down.free_from(t),
                self.device.scheduler.catch_up_delay,
            ),
            Wait::Network => (Rule::NetworkRetry, self.offline.free_from(t), Delay::ZERO),
        };
        self.pending[task].plan = Some((rule, resumed, delay));
        // Beyond the horizon nothing is queued, but the plan stays so later runs join it.
        let at = resumed.saturating_add(i64::from(delay.secs()));
        self.push(at, Lane::CatchUp, JobKind::CatchUp { task: task as u8 });
    }

    /// Task `task`'s planned late start has come.
    fn catch_up(&mut self, t: i64, task: u8) {
        let task = usize::from(task);
        let Some((rule, resumed, delay)) = self.pending[task].plan else {
            return;
        };
        let sched = self.device.scheduler;
        if let Some(span) = self.down.at(t) {
            if sched.start_when_available {
                // Down again before it could run: it waits for the next time the device is up.
                self.plan_late_start(t, task, Wait::Down);
            } else {
                // A network retry that finds the device down, with nothing to catch it up.
                let outcome = match span.kind {
                    Down::Off => Outcome::SkippedOff,
                    Down::Asleep => Outcome::SkippedAsleep,
                };
                let reason = self.task_reason(Rule::NoWakeToRun);
                self.fire(t, task, (rule, resumed, delay), Some((outcome, reason)));
            }
            return;
        }
        if self.offline.at(t).is_some() {
            if sched.no_network == NoNetwork::RetryWhenOnline {
                self.plan_late_start(t, task, Wait::Network);
            } else {
                let reason = self.task_reason(Rule::RunOnlyIfNetworkAvailable);
                let outcome = Outcome::SkippedOffline { retried_at: None };
                self.fire(t, task, (rule, resumed, delay), Some((outcome, reason)));
            }
            return;
        }
        self.fire(t, task, (rule, resumed, delay), None);
    }

    /// Emits the catch-up run(s) of task `task` at `t` with the given outcome (or the session
    /// rules' outcome), and points the runs they stand for at them.
    fn fire(
        &mut self,
        t: i64,
        task: usize,
        plan: (Rule, i64, Delay),
        fixed: Option<(Outcome, Option<Rule>)>,
    ) {
        let (rule, resumed, delay) = plan;
        let runs = std::mem::take(&mut self.pending[task].runs);
        self.pending[task].plan = None;
        let lane = TASKS[task];
        // A late run of the maintenance set uses the allowance unless the parameter says not.
        let maintenance =
            self.device.service.late_run_uses_allowance && self.is_maintenance_task(task);
        let at_of = |events: &[Event], i: u32| events.get(i as usize).map(|e| e.at);
        let groups: Vec<&[u32]> = match self.device.scheduler.missed_runs {
            MissedRuns::Collapse => vec![&runs[..]],
            MissedRuns::EachLate => runs.chunks(1).collect(),
        };
        for group in groups {
            let (Some(&first), Some(&last)) = (group.first(), group.last()) else {
                continue;
            };
            let (Some(first_due), Some(last_due)) =
                (at_of(&self.events, first), at_of(&self.events, last))
            else {
                continue;
            };
            let timing = Timing::CatchUp {
                for_lane: lane,
                first_due,
                last_due,
                count: group.len() as u32,
                resumed_at: inst(resumed),
                delay,
            };
            let run = Run {
                lane: Lane::CatchUp,
                rule,
                timing,
                maintenance,
            };
            let emitted = match fixed {
                Some((outcome, reason)) => self.emit(t, run, outcome, reason),
                None => self.session(t, run),
            };
            if !emitted {
                break;
            }
        }
        // The runs it stood for now say when they were caught up or retried.
        let when = Some(inst(t));
        for i in &runs {
            if let Some(e) = self.events.get_mut(*i as usize) {
                match &mut e.outcome {
                    Outcome::Missed { caught_up_at, .. } => *caught_up_at = when,
                    Outcome::SkippedOffline { retried_at } => *retried_at = when,
                    _ => {}
                }
            }
        }
        // Give the buffer back, so the next catch-up of this task does not allocate.
        let mut runs = runs;
        runs.clear();
        self.pending[task].runs = runs;
    }

    /// A run that reached the point of starting an MDM session: the push service, the
    /// maintenance limit and coinciding sessions decide. Returns false at the event limit.
    fn session(&mut self, t: i64, run: Run) -> bool {
        let d = self.device;
        if self.push_off.at(t).is_some()
            && (run.lane == Lane::Push || d.push_service_impact == PushServiceImpact::AllSessions)
        {
            let reason = match d.push_service_impact {
                PushServiceImpact::AllSessions => Rule::PushServiceDisabled,
                PushServiceImpact::PushOnly => Rule::PushServiceDisabledPushOnly,
            };
            return self.emit(t, run, Outcome::BlockedPushService, Some(reason));
        }
        // A run at the instant a session already started is part of that session; a
        // maintenance run that joins it makes it a maintenance sync.
        if d.scheduler.coincident_runs == CoincidentRuns::Merge
            && let Some((_, into)) = self.last_session.filter(|(at, _)| *at == t)
        {
            if run.maintenance {
                self.last_maintenance = Some(t);
            }
            let outcome = Outcome::Merged { into };
            return self.emit(t, run, outcome, Some(Rule::CoincidentRunsMerged));
        }
        let spacing = i64::from(MAINTENANCE_SPACING.secs());
        if run.maintenance
            && d.service.maintenance_limit
            && let Some(previous) = self.last_maintenance.filter(|p| t - p < spacing)
        {
            let (previous, allowed_from) = (inst(previous), inst(previous + spacing));
            return match d.service.throttled_run {
                // The device still contacts the service: a session that counts as a sync, but
                // not as a maintenance sync (the allowance still runs from `previous`).
                ThrottledRun::CheckIn => {
                    self.last_session = Some((t, run.lane));
                    let outcome = Outcome::SyncedMaintenanceLimited {
                        previous,
                        allowed_from,
                    };
                    self.emit(t, run, outcome, Some(Rule::MaintenanceSyncLimit))
                }
                ThrottledRun::Refused => {
                    let outcome = Outcome::Throttled {
                        previous,
                        allowed_from,
                    };
                    self.emit(t, run, outcome, Some(Rule::MaintenanceSyncLimitRefused))
                }
            };
        }
        if run.maintenance {
            self.last_maintenance = Some(t);
        }
        self.last_session = Some((t, run.lane));
        self.emit(t, run, Outcome::Synced, None)
    }
}

/// The most time triggers a device has: three poll sets, the CSP's maintenance schedule and
/// the extra triggers (validation allows [`MAX_EXTRA_TRIGGERS`]; more are ignored here).
const MAX_TRIGGERS: usize = 4 + MAX_EXTRA_TRIGGERS;

/// Lays every time trigger of the plan out on the clock. Set 1 starts at enrollment and each
/// later set where the previous enabled set's span ends, unless a set gives its own start
/// (then the next set is chained after it); a set that repeats indefinitely ends the chain
/// (DMClient CSP). Extra triggers start at their own starts; the CSP's maintenance schedule at
/// the first maintenance window at or after enrollment.
fn triggers(device: &DeviceScenario, plan: &PollPlan, enrolled: i64) -> Vec<Trigger> {
    let scheduler = device.scheduler;
    let maintenance_set = plan.maintenance_set();
    let last = |count: u32| match (count, scheduler.repetition_end) {
        (0, _) => None,
        (n, RepetitionEnd::Inclusive) => Some(u64::from(n)),
        (n, RepetitionEnd::Exclusive) => Some(u64::from(n) - 1),
    };
    let after = |d: Delay| enrolled.checked_add(i64::from(d.secs()));
    let laid = |set: &PlannedSet, task: usize, start: i64, maintenance: bool| Trigger {
        task,
        lane: set.lane,
        rule: set.rule,
        start,
        interval: i64::from(set.interval.secs()).max(1),
        last: last(set.count),
        end: set.ends_after.and_then(after),
        random_delay: set.random_delay.unwrap_or(scheduler.random_delay),
        maintenance,
    };
    let mut out = Vec::new();
    let mut chain = Some(enrolled);
    for (i, set) in plan.sets.iter().enumerate() {
        let Some(set) = set else { continue };
        let start = match set.starts_after {
            Some(d) => after(d),
            None => chain,
        };
        chain = match set.count {
            0 => None,
            n => start.and_then(|s| s.checked_add(i64::from(set.interval.secs()) * i64::from(n))),
        };
        // A set chained after one that repeats indefinitely never starts.
        if let Some(start) = start {
            out.push(laid(set, i, start, maintenance_set == Some(i)));
        }
    }
    if let Some(set) = &plan.maintenance_schedule {
        // The first window opening at or after enrollment.
        let window = device.scheduler.maintenance_window.utc_secs();
        let day = enrolled.div_euclid(86_400) * 86_400 + window;
        let start = if day >= enrolled { day } else { day + 86_400 };
        out.push(laid(set, TASKS.len() - 1, start, true));
    }
    for set in &plan.extra {
        if out.len() >= MAX_TRIGGERS {
            break;
        }
        let Some(task) = TASKS.iter().position(|l| *l == set.lane) else {
            continue;
        };
        if let Some(start) = set.starts_after.and_then(after) {
            out.push(laid(set, task, start, maintenance_set == Some(task)));
        }
    }
    out
}

/// The lane a manual sync appears in.
fn manual_lane(via: ManualVia) -> Lane {
    match via {
        ManualVia::Settings => Lane::ManualSettings,
        ManualVia::CompanyPortal => Lane::ManualCompanyPortal,
    }
}

/// `a / b` rounded up, for `a >= 0` and `b > 0` far from `i64`'s limits (instants and periods).
fn ceil_div(a: i64, b: i64) -> i64 {
    a / b + i64::from(a % b != 0)
}

/// On time, or moved by a random delay.
fn delayed(t: i64, due: i64) -> Timing {
    match u32::try_from(t - due).ok().and_then(Delay::from_secs) {
        Some(delay) if delay != Delay::ZERO => Timing::RandomDelay {
            due: inst(due),
            delay,
        },
        _ => Timing::OnTime,
    }
}

mod ime;
mod poll;
mod push;

pub use push::{PushFate, PushProbe};
mod report;
#[cfg(test)]
mod tests;
