//! The scheduler simulation: walks the horizon from one decision to the next (a due slot, a
//! manual cmdlet, an interval change), the way the sync engine's scheduler would, and records
//! each cycle with the rule that placed it.
//!
//! State is the scheduler's own: the pending due time (`NextSyncCycleStartTimeInUTC`), the
//! pending policy type and connector overrides, the customized interval. The due time is
//! computed when a cycle ends, which is why `Get-ADSyncScheduler` shows a past time while a
//! cycle runs. Time only moves forward and every step either consumes an input or emits an
//! output, so the walk is bounded by the inputs plus [`MAX_EVENTS`].

use chrono::TimeDelta;

use super::calendar::{BlockCause, Calendar, block_spans, flag};
use super::queries::DELTA_WINDOW;
use super::report::{
    ConnectorInfo, Cycle, CycleOutcome, Event, EventKind, PhsPause, PhsSegment, PhsState,
    Rejection, SchedulerState, ServerReport, SkipCause, Tail, Trigger, Warning, WarningKind,
};
use super::rules::Rule;
use super::scenario::{
    Build, CatchUp, Command, CountFrom, ManualCommand, ManualWhileDisabled, Overrun, PolicyType,
    ServerScenario,
};
use super::timing::{Plan, Timing};
use crate::engine::limits::MAX_EVENTS;
use crate::engine::order::sort_by_instant;
use crate::engine::time::{Instant, Period, Window};

mod anchor;
mod overrides;

pub(crate) use overrides::connector_index;

/// Simulates the server over the horizon. Expects a validated scenario.
pub fn simulate(server: &ServerScenario, horizon: &Window) -> ServerReport {
    let mut sim = Sim::new(server, horizon);
    sim.run();
    sim.finish()
}

/// What the scheduler will do next.
#[derive(Clone, Copy, Debug)]
struct Due {
    /// When the next cycle starts.
    at: Instant,
    /// Why then.
    rule: Rule,
    /// What kind of start it is.
    trigger: Trigger,
    /// The slot it serves (for a catch-up, the missed slot).
    slot: Instant,
}

impl Due {
    /// A slot of the schedule, started for `rule`: it serves itself.
    fn slot(at: Instant, rule: Rule) -> Self {
        Self {
            at,
            rule,
            trigger: Trigger::Scheduled,
            slot: at,
        }
    }
}

/// What starts a cycle.
#[derive(Clone, Copy, Debug)]
enum Start {
    /// Its slot came (scheduled, catch-up or overrun); the pending policy type applies.
    Slot(Due),
    /// `Start-ADSyncSyncCycle`, by index in the scenario's `manual` list.
    Manual {
        command: usize,
        policy: PolicyType,
        rule: Rule,
    },
}

/// Ceiling division of a length of time by an interval: how many slots start in it. In i64:
/// an anchor two centuries back is a lot of 30-minute slots.
fn slots_in(span: TimeDelta, every: Period) -> i64 {
    let (s, e) = (span.num_seconds().max(0), i64::from(every.secs()));
    (s + e - 1) / e
}

/// Whether a command typed at `typed` is in the minute of `start`: typed times are whole
/// minutes, while a cycle may start on a seconds value (a pasted `2:58:30 PM`, an interval
/// counted from a cycle's end). A stop typed at 14:58 means the cycle that starts at 14:58:30.
fn same_minute(typed: Instant, start: Instant) -> bool {
    typed <= start && start - typed < TimeDelta::minutes(1)
}

/// The last second of the minute `t` falls in: where a stop typed in that minute sorts, after
/// every start typed in it.
fn end_of_minute(t: Instant) -> Instant {
    let into = t.timestamp().rem_euclid(60);
    t + TimeDelta::seconds(59 - into)
}

/// `every` times `n`, as a delta.
fn times(every: Period, n: i64) -> TimeDelta {
    TimeDelta::seconds(i64::from(every.secs()) * n)
}

/// The connectors for which `f` holds, as bits.
fn bits(server: &ServerScenario, f: fn(&super::scenario::Connector) -> bool) -> u64 {
    server
        .connectors
        .iter()
        .enumerate()
        .filter(|(_, c)| f(c))
        .fold(0u64, |m, (i, _)| m | 1 << i)
}

/// A slot count for a report; spans are at most the 400-day horizon, so it always fits.
fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

struct Sim<'a> {
    server: &'a ServerScenario,
    horizon: Window,
    calendar: Calendar,
    timing: Timing,
    /// Manual commands in time order (starts before stops on ties, then input order), with
    /// their input index.
    manual: Vec<(usize, &'a ManualCommand)>,
    next_manual: usize,
    /// Interval changes in time order, with their input index.
    changes: Vec<(usize, Instant, Option<Period>)>,
    next_change: usize,
    /// Connector overrides in time order, with their input index (see [`overrides`]).
    overrides: Vec<(usize, Instant)>,
    next_override: usize,

    due: Due,
    /// The cause and first slot of a block that lasts to the horizon's end: nothing runs
    /// before it ends.
    blocked_tail: Option<(BlockCause, Instant)>,
    /// The last skipped or missed event, by index in `events`: when something re-sets the due
    /// time inside its stretch, the stretch ends there, so that no slot is reported twice.
    open_skip: Option<usize>,
    customized: Option<Period>,
    effective: Period,
    /// The instant the due time counts from (previous start or end, per parameter).
    basis: Instant,
    pending_initial: bool,
    pending_full_import: u64,
    pending_full_sync: u64,
    /// The end of the last completed cycle, for the 7-day rule.
    delta_reference: Instant,
    /// Where the 7-day rule started counting (the report's `delta_rule_since`).
    delta_rule_since: Instant,

    cycles: Vec<Cycle>,
    events: Vec<Event>,
    warnings: Vec<Warning>,
    timeline: Vec<SchedulerState>,
    truncated: bool,
}

impl<'a> Sim<'a> {
    fn new(server: &'a ServerScenario, horizon: &Window) -> Self {
        let settings = &server.scheduler;
        let timing = Timing::new(server);
        let customized = settings.customized_sync_cycle_interval;
        let effective = settings.effective(customized);

        // The first cycle the scheduler would run, for the anchor's tolerance.
        let first_plan = timing.plan(
            settings.next_sync_cycle_policy_type,
            bits(server, |c| c.full_import_required),
            bits(server, |c| c.full_sync_required),
            Calendar::new(server, horizon).staging_at(horizon.start()),
        );
        let first_len = TimeDelta::seconds(timing.length(&first_plan) as i64);
        let anchor = anchor::resolve(server, horizon, effective, first_len);
        let due = anchor.due;

        // Starts before stops at one instant (see `run`): starts first, then a stable sort by
        // instant keeps that order on ties, and input order among each.
        // Starts before stops in one minute (see `run`): a stop is placed at its minute's last
        // second, so every start typed in that minute comes first, whatever its second; starts
        // are listed first, so the stable sort keeps them first on a tie, then input order.
        let is_stop = |c: &ManualCommand| c.command == Command::Stop;
        let mut manual: Vec<(usize, &ManualCommand)> = server
            .manual
            .iter()
            .enumerate()
            .filter(|(_, c)| !is_stop(c))
            .chain(server.manual.iter().enumerate().filter(|(_, c)| is_stop(c)))
            .collect();
        sort_by_instant(&mut manual, |(_, c)| {
            if is_stop(c) {
                end_of_minute(c.at)
            } else {
                c.at
            }
        });
        let mut changes: Vec<(usize, Instant, Option<Period>)> = server
            .interval_changes
            .iter()
            .enumerate()
            .map(|(i, c)| (i, c.at, c.customized_sync_cycle_interval))
            .collect();
        sort_by_instant(&mut changes, |&(_, at, _)| at);

        let mut sim = Self {
            server,
            horizon: *horizon,
            calendar: Calendar::new(server, horizon),
            manual,
            next_manual: 0,
            changes,
            next_change: 0,
            overrides: overrides::in_order(server),
            next_override: 0,
            due,
            blocked_tail: None,
            open_skip: None,
            customized,
            effective,
            // The anchor was computed one interval after some earlier basis; assume that one.
            basis: due.at - effective.delta(),
            pending_initial: settings.next_sync_cycle_policy_type == PolicyType::Initial,
            pending_full_import: bits(server, |c| c.full_import_required),
            pending_full_sync: bits(server, |c| c.full_sync_required),
            delta_reference: anchor.delta_reference,
            delta_rule_since: anchor.delta_reference,
            timing,
            cycles: Vec::new(),
            events: Vec::new(),
            warnings: Vec::new(),
            timeline: Vec::new(),
            truncated: false,
        };
        sim.interval_warnings(horizon.start(), customized, effective);
        if let Some(w) = anchor.warning {
            sim.warn(w.at, w.rule, w.kind);
        }
        sim.record(horizon.start().min(due.at), anchor.shown);
        sim
    }

    /// Records what `Get-ADSyncScheduler` shows from `at` on.
    fn record(&mut self, at: Instant, next_start: Instant) {
        self.timeline.push(SchedulerState {
            at,
            next_start,
            policy: self.pending_policy(),
            customized: self.customized,
            effective: self.effective,
        });
    }

    /// `NextSyncCyclePolicyType`: the policy of the next scheduled cycle.
    fn pending_policy(&self) -> PolicyType {
        if self.pending_initial {
            PolicyType::Initial
        } else {
            PolicyType::Delta
        }
    }

    /// Whether another output fits under [`MAX_EVENTS`]; marks the report truncated if not.
    fn room(&mut self) -> bool {
        if self.cycles.len() + self.events.len() + self.warnings.len() >= MAX_EVENTS {
            self.truncated = true;
        }
        !self.truncated
    }

    fn event(&mut self, at: Instant, rule: Rule, kind: EventKind) {
        if self.room() {
            self.events.push(Event { at, rule, kind });
        }
    }

    fn warn(&mut self, at: Instant, rule: Rule, kind: WarningKind) {
        if self.room() {
            self.warnings.push(Warning { at, rule, kind });
        }
    }

    fn interval_warnings(&mut self, at: Instant, customized: Option<Period>, effective: Period) {
        let allowed = self.server.scheduler.allowed_sync_cycle_interval;
        if let Some(c) = customized.filter(|&c| c < allowed) {
            let kind = WarningKind::CustomizedIntervalBelowAllowed {
                customized: c,
                allowed,
                effective,
            };
            self.warn(at, Rule::IntervalClampedToAllowed, kind);
        }
        if effective > DELTA_WINDOW {
            let kind = WarningKind::IntervalLongerThanSevenDays { effective };
            self.warn(at, Rule::IntervalLongerThanSevenDays, kind);
        }
    }

    fn manual_at(&self) -> Option<Instant> {
        self.manual.get(self.next_manual).map(|(_, c)| c.at)
    }

    /// Whether the next manual command is `Stop-ADSyncSyncCycle`.
    fn stop_next(&self) -> bool {
        self.manual
            .get(self.next_manual)
            .is_some_and(|(_, c)| c.command == Command::Stop)
    }

    fn change_at(&self) -> Option<Instant> {
        self.changes.get(self.next_change).map(|c| c.1)
    }

    /// The walk: always take the earliest of the next interval change, the next manual command
    /// and the due slot. At one instant, as an admin typing them means it: settings first
    /// (interval changes here, connector overrides when the cycle plans), then starts (a manual
    /// start wins over a slot), then stops, so that a stop typed in the minute a cycle starts
    /// stops it.
    fn run(&mut self) {
        let end = self.horizon.end();
        while self.room() {
            let tc = self.change_at().unwrap_or(end);
            let tm = self.manual_at().unwrap_or(end);
            // Starts sort before stops in a minute, so a stop next means no manual start is
            // left in its minute; a slot due in that minute starts first and the stop meets it
            // running. Until then the stop waits, and what comes before the slot goes first.
            let stop_waits = self.stop_next() && same_minute(tm, self.due.at);
            let tm = if stop_waits { self.due.at } else { tm };
            let t = tc.min(tm).min(self.due.at);
            if t >= end {
                break;
            }
            if tc == t {
                self.apply_change(false);
            } else if tm == t && !stop_waits {
                self.manual_between_cycles();
            } else if let Some(block) = self.calendar.block_at(self.due.at) {
                self.skip(block.cause, block.until);
            } else {
                let due = self.due;
                self.run_cycle(due.at, Start::Slot(due));
            }
        }
    }

    /// `Set-ADSyncScheduler -CustomizedSyncCycleInterval`. From build 1.1.281 the new interval
    /// moves the pending due time at once (to one new interval after the basis, never into the
    /// past); before it, the due time stands and the next computed one uses the new interval.
    fn apply_change(&mut self, running: bool) {
        let (index, at, customized) = self.changes[self.next_change];
        self.next_change += 1;
        // Like every cmdlet of the module, it needs the ADSync service: refused while down.
        if self.calendar.flags_at(at) & flag::OUTAGE != 0 {
            let kind = EventKind::IntervalChangeRefused {
                change: index,
                customized,
            };
            return self.event(at, Rule::CmdletWhileDown, kind);
        }
        self.customized = customized;
        let effective = self.server.scheduler.effective(customized);
        let immediate = self.server.behaviour.build == Build::From1_1_281;
        let rule = if immediate {
            Rule::IntervalChangeImmediate
        } else {
            Rule::IntervalChangeAfterNextCycle
        };
        // One truth with the cmdlet: before 1.1.281 `CurrentlyEffectiveSyncCycleInterval` keeps
        // the old value until the next cycle ends, so the event says so and names the new one
        // as pending.
        let (shown_effective, pending) = if immediate || effective == self.effective {
            (effective, None)
        } else {
            (self.effective, Some(effective))
        };
        self.event(
            at,
            rule,
            EventKind::IntervalChanged {
                change: index,
                customized,
                effective: shown_effective,
                effective_after_next_cycle: pending,
            },
        );
        self.interval_warnings(at, customized, effective);
        if immediate {
            self.effective = effective;
        }
        // While a cycle runs, the due time is computed when it ends, with the new interval.
        let shown = if immediate && !running {
            self.close_open_skip(at);
            let next = (self.basis + effective.delta()).max(at);
            self.due = Due::slot(next, rule);
            self.blocked_tail = None;
            next
        } else {
            self.timeline.last().map_or(self.due.at, |s| s.next_start)
        };
        self.record(at, shown);
    }

    /// A manual command with no cycle running.
    fn manual_between_cycles(&mut self) {
        let (index, cmd) = self.manual[self.next_manual];
        self.next_manual += 1;
        let policy = match cmd.command {
            Command::Stop => {
                let kind = EventKind::StopIgnored { command: index };
                return self.event(cmd.at, Rule::StopWithoutCycle, kind);
            }
            Command::StartDelta => PolicyType::Delta,
            Command::StartInitial => PolicyType::Initial,
        };
        let flags = self.calendar.flags_at(cmd.at);
        let refuse_disabled =
            self.server.behaviour.manual_start_while_disabled == ManualWhileDisabled::Rejected;
        let refusal = if flags & flag::OUTAGE != 0 {
            Some((Rejection::ServerDown, Rule::ManualWhileDown))
        } else if flags & flag::SUSPENDED != 0 {
            Some((Rejection::Suspended, Rule::ManualWhileSuspended))
        } else if flags & flag::DISABLED != 0 && refuse_disabled {
            Some((Rejection::Disabled, Rule::ManualWhileDisabled))
        } else {
            None
        };
        if let Some((reason, rule)) = refusal {
            let kind = EventKind::ManualStartRejected {
                command: index,
                policy,
                reason,
                running_cycle: None,
            };
            return self.event(cmd.at, rule, kind);
        }
        // A manual cycle while disabled runs under the parameter, and says so.
        let rule = if flags & flag::DISABLED != 0 {
            Rule::ManualWhileDisabled
        } else {
            Rule::ManualStart
        };
        self.run_cycle(
            cmd.at,
            Start::Manual {
                command: index,
                policy,
                rule,
            },
        );
    }

    /// The due slot falls in a block: record the slots that do not run and decide when the
    /// scheduler starts again.
    fn skip(&mut self, cause: BlockCause, until: Instant) {
        let d = self.due.at;
        let slots = slots_in(until - d, self.effective);
        let skipped = |cause| EventKind::Skipped {
            cause,
            first_slot: d,
            until,
            slots: count(slots),
        };
        let (rule, kind) = match cause {
            BlockCause::Outage => {
                let missed = EventKind::Missed {
                    first_slot: d,
                    until,
                    slots: count(slots),
                };
                (Rule::MissedOutage, missed)
            }
            BlockCause::Disabled => (Rule::SkippedDisabled, skipped(SkipCause::Disabled)),
            BlockCause::Suspended => (Rule::SkippedSuspended, skipped(SkipCause::Suspended)),
        };
        self.event(d, rule, kind);
        self.open_skip = self.events.len().checked_sub(1);
        self.due = match self.server.behaviour.catch_up {
            CatchUp::AtOnce => Due {
                at: until + self.server.behaviour.catch_up_delay.delta(),
                rule: Rule::CatchUpAtOnce,
                trigger: Trigger::CatchUp,
                slot: d,
            },
            CatchUp::NextSlot => {
                let at = d + times(self.effective, slots);
                // The scheduler moved on: its next start shows the new slot.
                self.record(d, at);
                Due::slot(at, Rule::CatchUpNextSlot)
            }
        };
        self.blocked_tail = (until >= self.horizon.end()).then_some((cause, d));
    }

    /// Ends the open skipped or missed stretch at `at` when `at` falls inside it: the due time
    /// is re-set there (a re-basing manual cycle, an interval change), so the slots after `at`
    /// belong to whatever the new due time meets. Recounts its slots.
    fn close_open_skip(&mut self, at: Instant) {
        let every = self.effective;
        let Some(event) = self.open_skip.and_then(|i| self.events.get_mut(i)) else {
            return;
        };
        if let EventKind::Skipped {
            first_slot,
            until,
            slots,
            ..
        }
        | EventKind::Missed {
            first_slot,
            until,
            slots,
        } = &mut event.kind
            && *first_slot < at
            && at < *until
        {
            *until = at;
            *slots = count(slots_in(at - *first_slot, every));
        }
        self.open_skip = None;
    }

    /// Runs one cycle from `start`, handling what happens while it runs, then computes the next
    /// due time.
    fn run_cycle(&mut self, start: Instant, how: Start) {
        let (trigger, rule, policy, command, slot) = match how {
            Start::Slot(due) => (
                due.trigger,
                due.rule,
                self.pending_policy(),
                None,
                Some(due.slot),
            ),
            Start::Manual {
                command,
                policy,
                rule,
            } => (Trigger::Manual, rule, policy, Some(command), None),
        };
        let staging = self.calendar.staging_at(start);
        self.apply_overrides_until(start, Some(self.cycles.len() as u32));
        let plan = self.timing.plan(
            policy,
            self.pending_full_import,
            self.pending_full_sync,
            staging,
        );
        let natural_end = start + TimeDelta::seconds(self.timing.length(&plan) as i64);
        let index = self.cycles.len() as u32;

        let mut end = natural_end;
        let mut outcome = CycleOutcome::Completed;
        if let Some(down) = self.calendar.outage_start_between(start, natural_end) {
            end = down;
            outcome = CycleOutcome::Interrupted {
                rule: Rule::OutageInterrupts,
            };
        }
        let interval = self.effective;
        self.during_cycle(index, &plan, start, &mut end, &mut outcome);

        if self.room() {
            self.cycles.push(Cycle {
                index,
                start,
                end,
                policy,
                trigger,
                rule,
                slot,
                command,
                staging,
                interval,
                outcome,
                plan,
            });
        }

        if outcome.is_completed() {
            self.check_delta_window(start, Some((index, policy)));
            self.delta_reference = end;
            if policy == PolicyType::Initial {
                self.pending_initial = false;
            }
            // Full steps that ran clear their connector overrides.
            self.pending_full_import &= !plan.full_import;
            self.pending_full_sync &= !plan.full_sync;
        }

        // Before 1.1.281 a changed interval takes effect here, after the next cycle.
        self.effective = self.server.scheduler.effective(self.customized);
        let behaviour = &self.server.behaviour;
        let rebase = trigger != Trigger::Manual || behaviour.manual_cycle_rebases;
        if rebase {
            // A manual cycle inside a skipped stretch re-bases the schedule: the stretch ends
            // where it started, and what is still blocked after it is a new stretch.
            self.close_open_skip(start);
            self.basis = match behaviour.next_start_counted_from {
                CountFrom::CycleStart => start,
                CountFrom::CycleEnd => end,
            };
            let at = self.basis + self.effective.delta();
            let rule = match (trigger, behaviour.next_start_counted_from) {
                (Trigger::Manual, _) => Rule::ManualRebase,
                (_, CountFrom::CycleStart) => Rule::IntervalFromStart,
                (_, CountFrom::CycleEnd) => Rule::IntervalFromEnd,
            };
            self.due = Due::slot(at, rule);
            self.blocked_tail = None;
        }
        let mut shown = self.due.at;
        if self.due.at < end {
            match behaviour.overrun {
                Overrun::StartAtOnce => {
                    self.due.at = end;
                    self.due.rule = Rule::OverrunStartAtOnce;
                    self.due.trigger = Trigger::Overrun;
                }
                Overrun::SkipToNextSlot => {
                    let first = self.due.at;
                    let slots = slots_in(end - first, self.effective);
                    let kind = EventKind::Skipped {
                        cause: SkipCause::Overrun,
                        first_slot: first,
                        until: end,
                        slots: count(slots),
                    };
                    self.event(first, Rule::OverrunSkipToNextSlot, kind);
                    let at = first + times(self.effective, slots);
                    self.due = Due::slot(at, Rule::OverrunSkipToNextSlot);
                    shown = at;
                }
            }
        }
        self.record(end, shown);
    }

    /// Commands and interval changes that fall while the cycle runs, in time order: a start is
    /// refused as busy, a stop ends the cycle (before 1.1.281, at the end of the step under way).
    /// A stop typed at the cycle's start instant stops it, even a cycle that takes no time.
    fn during_cycle(
        &mut self,
        index: u32,
        plan: &Plan,
        start: Instant,
        end: &mut Instant,
        outcome: &mut CycleOutcome,
    ) {
        loop {
            let stop_next = self.stop_next();
            let tm = self
                .manual_at()
                .filter(|&t| t < *end || (stop_next && same_minute(t, start)));
            let tc = self.change_at().filter(|&t| t < *end);
            match (tc, tm) {
                (Some(c), m) if m.is_none_or(|m| c <= m) => self.apply_change(true),
                (_, Some(_)) => {
                    let (i, cmd) = self.manual[self.next_manual];
                    self.next_manual += 1;
                    let policy = match cmd.command {
                        Command::StartDelta => PolicyType::Delta,
                        Command::StartInitial => PolicyType::Initial,
                        Command::Stop => {
                            if matches!(outcome, CycleOutcome::Stopped { .. }) {
                                // Already stopping (before 1.1.281): nothing more to do.
                                let kind = EventKind::StopIgnored { command: i };
                                self.event(cmd.at, Rule::StopFinishesStep, kind);
                                continue;
                            }
                            // A stop typed in the minute before the cycle's start second acts at
                            // the start: a cycle never ends before it began.
                            let at = cmd.at.max(start);
                            let (cut, rule) = match self.server.behaviour.build {
                                Build::From1_1_281 => (at, Rule::StopCycle),
                                Build::Before1_1_281 => (
                                    self.timing.step_end_after(plan, start, at),
                                    Rule::StopFinishesStep,
                                ),
                            };
                            // An outage that comes before the stop takes effect ends the cycle
                            // first; it stays interrupted.
                            if cut <= *end {
                                *end = cut;
                                *outcome = CycleOutcome::Stopped {
                                    command: i,
                                    requested_at: cmd.at,
                                    rule,
                                };
                            }
                            continue;
                        }
                    };
                    let kind = EventKind::ManualStartRejected {
                        command: i,
                        policy,
                        reason: Rejection::Busy,
                        running_cycle: Some(index),
                    };
                    self.event(cmd.at, Rule::ManualBusy, kind);
                }
                _ => break,
            }
        }
    }

    /// The 7-day delta rule, checked when a cycle completes (`next` is it) or at the horizon's
    /// end (`next` is `None`, `start` the horizon's end).
    fn check_delta_window(&mut self, start: Instant, next: Option<(u32, PolicyType)>) {
        let last = self.delta_reference;
        let deadline = last + DELTA_WINDOW.delta();
        if start > deadline {
            let kind = WarningKind::DeltaWindowExceeded {
                last_sync_end: last,
                deadline,
                next_cycle: next.map(|n| n.0),
                next_start: next.map(|_| start),
                next_is_full: next.is_some_and(|n| n.1 == PolicyType::Initial),
            };
            self.warn(deadline, Rule::DeltaWithinSevenDays, kind);
        }
    }

    /// The password hash sync lane: running wherever the server is up and not staging.
    fn phs_lane(&self) -> Vec<PhsSegment> {
        let (hs, he) = (self.horizon.start(), self.horizon.end());
        let phs = self.server.password_hash_sync;
        if !phs.enabled {
            let state = PhsState::Paused {
                cause: PhsPause::NotEnabled,
            };
            return vec![PhsSegment {
                start: hs,
                end: he,
                rule: Rule::PhsNotEnabled,
                state,
            }];
        }
        let mut lane = Vec::new();
        let mut cursor = hs;
        let running = |lane: &mut Vec<PhsSegment>, a: Instant, b: Instant| {
            if a < b {
                let runs = count(slots_in(b - a, phs.every));
                let state = PhsState::Running {
                    every: phs.every,
                    runs,
                };
                lane.push(PhsSegment {
                    start: a,
                    end: b,
                    rule: Rule::PasswordHashSync,
                    state,
                });
            }
        };
        for (a, b, flags) in self.calendar.spans_with(flag::OUTAGE | flag::STAGING) {
            running(&mut lane, cursor, a);
            let (rule, cause) = if flags & flag::OUTAGE != 0 {
                (Rule::PhsPausedOutage, PhsPause::Outage)
            } else {
                (Rule::PhsPausedStaging, PhsPause::Staging)
            };
            let state = PhsState::Paused { cause };
            match lane.last_mut() {
                // Touching stretches with one cause (an outage with and without staging) are one.
                Some(last) if last.end == a && last.state == state => last.end = b,
                _ => lane.push(PhsSegment {
                    start: a,
                    end: b,
                    rule,
                    state,
                }),
            }
            cursor = b;
        }
        running(&mut lane, cursor, he);
        lane
    }

    fn finish(mut self) -> ServerReport {
        // Overrides after the last cycle are still set: the report lists them.
        self.apply_overrides_until(self.horizon.end(), None);
        let tail = if self.truncated {
            Tail::Truncated
        } else if let Some((cause, first_slot)) = self.blocked_tail {
            // What blocks at the horizon's last instant, and since when it has: the answer
            // says "down since 01:01", not the first slot that did not run.
            let last = (self.horizon.end() - TimeDelta::seconds(1)).max(self.horizon.start());
            let (cause, since) = self
                .calendar
                .blocked_since(last)
                .unwrap_or((cause, first_slot));
            let rule = match cause {
                BlockCause::Outage => Rule::MissedOutage,
                BlockCause::Disabled => Rule::SkippedDisabled,
                BlockCause::Suspended => Rule::SkippedSuspended,
            };
            Tail::Blocked { cause, since, rule }
        } else {
            Tail::NextDue {
                at: self.due.at,
                rule: self.due.rule,
            }
        };
        if !self.truncated {
            self.check_delta_window(self.horizon.end(), None);
        }
        // Outputs are produced nearly in order; a stable sort puts the few exceptions (a skip
        // recorded at its first slot, a warning dated at its deadline) in place.
        sort_by_instant(&mut self.events, |e| e.at);
        sort_by_instant(&mut self.warnings, |w| w.at);
        ServerReport {
            horizon: self.horizon,
            connectors: self
                .server
                .connectors
                .iter()
                .map(|c| ConnectorInfo {
                    name: c.name.clone(),
                    kind: c.kind,
                })
                .collect(),
            password_hash_sync: self.phs_lane(),
            cycles: self.cycles,
            events: self.events,
            warnings: self.warnings,
            tail,
            truncated: self.truncated,
            blocks: block_spans(self.server, &self.horizon),
            settings: self.server.scheduler.clone(),
            delta_rule_since: self.delta_rule_since,
            timing: self.timing,
            calendar: self.calendar,
            timeline: self.timeline,
        }
    }
}

#[cfg(test)]
mod tests;
