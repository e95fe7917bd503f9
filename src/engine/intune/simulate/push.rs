//! Admin pushes: how an admin's Sync reaches the device on its platform's channel.
//!
//! Intune sends at most one push per device in `push.min_spacing`; the push then travels on
//! the platform's channel, and what the channel does with a device that is off, asleep or
//! offline differs: WNS drops it, APNs keeps the last one for a while, FCM keeps it up to its
//! time to live, AOSP has no push at all (the agent polls for tasks). A delivery that falls
//! after the horizon is reported as pending, not dropped. `docs/scenario-device.md` gives the
//! sources.

use super::{Engine, JobKind, Run, ceil_div};
use crate::engine::intune::report::{Outcome, Timing};
use crate::engine::intune::rules::{Lane, Rule};
use crate::engine::intune::scenario::{DeviceScenario, PushChannel, PushServiceImpact};
use crate::engine::intune::timeline::{Down, instant as inst};
use crate::engine::time::{Delay, Instant};

impl Engine<'_> {
    /// An admin's push as a run: sent at `sent`, reaching the device `delay` later.
    fn push_run(&self, idx: u32, at: i64) -> Option<Run> {
        let sent = *self.device.admin_syncs.get(idx as usize)?;
        let secs = u32::try_from(at.saturating_sub(sent.timestamp()).max(0)).unwrap_or(u32::MAX);
        let delay = Delay::from_secs(secs).unwrap_or(Delay::from_secs(MAX_DELAY_SECS)?);
        Some(Run {
            lane: Lane::Push,
            rule: Rule::AdminSyncPush,
            timing: Timing::Delivered { sent, delay },
            maintenance: false,
        })
    }

    /// The admin presses Sync: Intune sends the push (unless the spacing holds it back), on the
    /// platform's channel.
    pub(super) fn push_sent(&mut self, t: i64, idx: u32) {
        let Some(run) = self.push_run(idx, t) else {
            return;
        };
        let d = self.device;
        if let Some(previous) = self.push_limited.get(idx as usize).copied().flatten() {
            let spacing = i64::from(d.push.min_spacing.secs());
            let outcome = Outcome::PushRateLimited {
                previous: inst(previous),
                allowed_from: inst(previous.saturating_add(spacing)),
            };
            self.emit(t, run, outcome, Some(Rule::PushRateLimit));
            return;
        }
        let (arrival, rule) = match d.platform.push_channel() {
            // No push: the agent finds the Sync at its next task poll while the device is up.
            PushChannel::AospTaskPoll => (self.aosp_pickup(t), Some(Rule::PushAospTaskPoll)),
            _ => (
                t.saturating_add(i64::from(d.push_delivery_delay.secs())),
                None,
            ),
        };
        if arrival >= self.h_end {
            // Still on its way when the horizon ends: pending, not lost.
            let outcome = Outcome::PendingPastHorizon {
                earliest: inst(arrival),
            };
            self.emit(t, run, outcome, rule);
        } else if let Some(rule) = rule {
            if arrival == t {
                self.deliver_push(t, idx, Some(rule));
            } else {
                self.push(arrival, Lane::Push, JobKind::PushDelivered { idx, rule });
            }
        } else if arrival == t {
            self.push_arrives(t, idx);
        } else {
            self.push(arrival, Lane::Push, JobKind::PushArrives { idx });
        }
    }

    /// A push reaches the device's channel: delivered, dropped, or held until the device is
    /// reachable, as the channel does.
    pub(super) fn push_arrives(&mut self, t: i64, idx: u32) {
        let Some(run) = self.push_run(idx, t) else {
            return;
        };
        let sent = run_sent(&run).unwrap_or(t);
        match self.route_arrival(sent, t, Some(idx)) {
            Route::Deliver { at, held_by } if at == t => self.deliver_push(t, idx, held_by),
            Route::Deliver { at, held_by } => {
                let rule = held_by.unwrap_or(Rule::AdminSyncPush);
                self.push(at, Lane::Push, JobKind::PushDelivered { idx, rule });
            }
            Route::Lost { outcome, rule } => {
                self.emit(t, run, outcome, rule);
            }
            Route::Pending { earliest, rule } => {
                let outcome = Outcome::PendingPastHorizon {
                    earliest: inst(earliest),
                };
                self.emit(t, run, outcome, Some(rule));
            }
        }
    }

    /// Where a push sent at `sent` that reaches the device's channel at `t` goes: one decision
    /// for the admin's pushes (`idx`, the admin sync it is) and for a change's notification
    /// (`None`), so both follow the same channel rules.
    pub(super) fn route_arrival(&mut self, sent: i64, t: i64, idx: Option<u32>) -> Route {
        let channel = self.device.platform.push_channel();
        let (keep, rule) = match channel {
            PushChannel::Wns => {
                // WNS does not queue for an offline device: a device that was unreachable at
                // any point on the push's way loses it.
                return match self.first_unreachable(sent, t) {
                    Some(outcome) => Route::Lost {
                        outcome,
                        rule: Some(Rule::PushWnsDropsOffline),
                    },
                    None => Route::Deliver {
                        at: t,
                        held_by: None,
                    },
                };
            }
            PushChannel::Unspecified | PushChannel::AospTaskPoll => {
                return match self.unreachable(t, Some(Rule::PushNeedsReachableDevice)) {
                    Some((outcome, rule)) => Route::Lost { outcome, rule },
                    None => Route::Deliver {
                        at: t,
                        held_by: None,
                    },
                };
            }
            PushChannel::Apns => (self.device.push.apns_keeps_for, Rule::PushApnsKeepsLast),
            PushChannel::Fcm => (self.device.push.fcm_keeps_for, Rule::PushFcmKeeps),
        };
        let Some((outcome, _)) = self.unreachable(t, None) else {
            return Route::Deliver {
                at: t,
                held_by: None,
            };
        };
        // The channel holds it until the device is reachable, if that comes in time and (APNs)
        // no later notification replaces it.
        let back = self.next_reachable(t);
        let expires = t.saturating_add(i64::from(keep.secs()));
        let replaced = channel == PushChannel::Apns && self.replaced_before(idx, t, back);
        if replaced || back > expires {
            Route::Lost {
                outcome,
                rule: Some(rule),
            }
        } else if back >= self.h_end {
            Route::Pending {
                earliest: back,
                rule,
            }
        } else {
            Route::Deliver {
                at: back,
                held_by: Some(rule),
            }
        }
    }

    /// A push reaches a reachable device: the session rules decide. `rule` names the channel
    /// that held it (or the AOSP task poll), cited on the sync.
    pub(super) fn deliver_push(&mut self, t: i64, idx: u32, rule: Option<Rule>) {
        let Some(run) = self.push_run(idx, t) else {
            return;
        };
        if self.session(t, run)
            && let Some(e) = self.events.last_mut()
            && e.outcome.reached_service()
            && rule.is_some()
        {
            e.reason = rule;
        }
    }

    /// The first moment in `[from, to]` when the device is off, asleep or offline, as the
    /// outcome of a push lost then.
    fn first_unreachable(&mut self, from: i64, to: i64) -> Option<Outcome> {
        if let Some((outcome, _)) = self.unreachable(from, None) {
            return Some(outcome);
        }
        let down = self.down.spans();
        let i = down.partition_point(|s| s.start <= from);
        let down = down.get(i).filter(|s| s.start <= to).map(|s| {
            let outcome = match s.kind {
                Down::Off => Outcome::SkippedOff,
                Down::Asleep => Outcome::SkippedAsleep,
            };
            (s.start, outcome)
        });
        let offline = self.offline.spans();
        let i = offline.partition_point(|s| s.start <= from);
        let offline = offline
            .get(i)
            .filter(|s| s.start <= to)
            .map(|s| (s.start, Outcome::SkippedOffline { retried_at: None }));
        match (down, offline) {
            (Some(a), Some(b)) => Some(if a.0 <= b.0 { a.1 } else { b.1 }),
            (a, b) => a.or(b).map(|x| x.1),
        }
    }

    /// The first instant at or after `t` when the device is up and online (at most the end of
    /// the last span, which lies inside the horizon once validated).
    fn next_reachable(&mut self, t: i64) -> i64 {
        let mut x = t;
        // Each turn passes at least one span, so this many turns always suffice.
        for _ in 0..=(self.down.spans().len() + self.offline.spans().len()) {
            let up = self.down.free_from(x);
            let online = self.offline.free_from(up);
            if online == x {
                return x;
            }
            x = online;
        }
        x
    }

    /// AOSP: the first task poll (every `aosp_task_poll` from enrollment) at or after `t` at
    /// which the device is up and online.
    fn aosp_pickup(&mut self, t: i64) -> i64 {
        let step = i64::from(self.device.push.aosp_task_poll.secs());
        let grid = |x: i64, enrolled: i64| {
            let k = ceil_div(x.saturating_sub(enrolled).max(0), step);
            k.checked_mul(step)
                .and_then(|o| o.checked_add(enrolled))
                .unwrap_or(i64::MAX)
        };
        let mut g = grid(t, self.enrolled);
        for _ in 0..=(self.down.spans().len() + self.offline.spans().len() + 1) {
            if g >= self.h_end {
                return g;
            }
            let x = self.next_reachable(g);
            if x == g {
                return g;
            }
            g = grid(x, self.enrolled);
        }
        g
    }

    /// APNs keeps only the last notification: whether another push that Intune sends reaches
    /// the channel at or after `arrival` and before the device is back at `back`.
    fn replaced_before(&self, idx: Option<u32>, arrival: i64, back: i64) -> bool {
        let d = self.device;
        let delay = i64::from(d.push_delivery_delay.secs());
        d.admin_syncs.iter().enumerate().any(|(j, sent)| {
            let j_arrival = sent.timestamp().saturating_add(delay);
            // A change's notification (no index) is replaced by any admin push that reaches
            // the channel after it.
            let later = match idx {
                Some(idx) => j as u32 != idx && (j_arrival, j as u32) > (arrival, idx),
                None => j_arrival > arrival,
            };
            later
                && sent.timestamp() >= self.enrolled
                && self.push_limited.get(j).is_some_and(Option::is_none)
                && j_arrival < back
        })
    }
}

/// Where a push goes once it reaches the device's channel.
pub(super) enum Route {
    /// It reaches the device at `at`; `held_by` names the channel rule that held it until then.
    Deliver { at: i64, held_by: Option<Rule> },
    /// It is lost: the outcome of the run, and the rule that lost it.
    Lost {
        outcome: Outcome,
        rule: Option<Rule>,
    },
    /// The channel holds it past the horizon's end.
    Pending { earliest: i64, rule: Rule },
}

/// The longest delay a report can state (the engine's longest length).
const MAX_DELAY_SECS: u32 = crate::engine::time::Period::MAX.secs();

/// When a push run was sent.
fn run_sent(run: &Run) -> Option<i64> {
    match run.timing {
        Timing::Delivered { sent, .. } => Some(sent.timestamp()),
        _ => None,
    }
}

/// For each admin sync, the previous push sent when the push spacing holds this one back:
/// pushes in time order (then list order), each sent only `min_spacing` after the last one
/// sent. Syncs before enrollment are never sent and hold nothing back.
pub(super) fn push_limits(device: &DeviceScenario) -> Vec<Option<i64>> {
    let spacing = i64::from(device.push.min_spacing.secs());
    let enrolled = device.enrolled_at.timestamp();
    let mut order: Vec<(i64, usize)> = device
        .admin_syncs
        .iter()
        .enumerate()
        .map(|(i, t)| (t.timestamp(), i))
        .filter(|(t, _)| *t >= enrolled)
        .collect();
    order.sort_unstable();
    let mut out = vec![None; device.admin_syncs.len()];
    let mut last: Option<i64> = None;
    for (t, i) in order {
        match last.filter(|p| spacing > 0 && t - p < spacing) {
            Some(p) => out[i] = Some(p),
            None => last = Some(t),
        }
    }
    out
}

/// What becomes of a notification Intune sends the device outside the admin's own Syncs: a
/// change's push (`engine::chain`). It follows the same spacing, channel and push-service rules
/// as an admin's Sync, decided by the same code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PushFate {
    /// It reaches the device at `at` and starts a session there; `held_by` names the channel
    /// rule that kept it until the device was reachable (or the AOSP task poll that found it).
    Delivered {
        /// When the push-triggered session runs.
        at: Instant,
        /// The channel rule that held it, if it was not delivered at once.
        held_by: Option<Rule>,
    },
    /// It never starts a session, for `rule`'s reason (a dropped or expired notification, the
    /// push spacing, a disabled push service, no enrolment yet).
    Lost {
        /// Why.
        rule: Rule,
        /// When it was lost (the instant the rule applied).
        at: Instant,
    },
    /// It would arrive only after the horizon's end.
    PastHorizon,
}

/// Asks, for many instants, what becomes of a push sent then, without running the device's
/// event loop each time: the device's timelines are built once.
pub struct PushProbe<'a> {
    engine: Engine<'a>,
}

impl<'a> PushProbe<'a> {
    /// A probe for `device` over `horizon` (the scenario's, already validated).
    pub fn new(device: &'a DeviceScenario, horizon: &crate::engine::time::Window) -> Self {
        Self {
            engine: Engine::new(device, horizon),
        }
    }

    /// What becomes of a push Intune sends at `sent`.
    pub fn fate(&mut self, sent: Instant) -> PushFate {
        let e = &mut self.engine;
        let d = e.device;
        let t = sent.timestamp();
        if t < e.enrolled {
            return PushFate::Lost {
                rule: Rule::PushNeedsReachableDevice,
                at: sent,
            };
        }
        // The admin's own pushes count against the spacing; the change's push is held back if
        // one was sent less than `min_spacing` before it.
        let spacing = i64::from(d.push.min_spacing.secs());
        let limited = spacing > 0
            && d.admin_syncs.iter().enumerate().any(|(j, s)| {
                let s = s.timestamp();
                s >= e.enrolled
                    && s <= t
                    && t - s < spacing
                    && e.push_limited.get(j).is_some_and(Option::is_none)
            });
        if limited {
            return PushFate::Lost {
                rule: Rule::PushRateLimit,
                at: sent,
            };
        }
        let (at, held_by) = match d.platform.push_channel() {
            PushChannel::AospTaskPoll => (e.aosp_pickup(t), Some(Rule::PushAospTaskPoll)),
            _ => {
                let arrival = t.saturating_add(i64::from(d.push_delivery_delay.secs()));
                if arrival >= e.h_end {
                    return PushFate::PastHorizon;
                }
                match e.route_arrival(t, arrival, None) {
                    Route::Deliver { at, held_by } => (at, held_by),
                    Route::Lost { rule, .. } => {
                        return PushFate::Lost {
                            rule: rule.unwrap_or(Rule::PushNeedsReachableDevice),
                            at: inst(arrival),
                        };
                    }
                    Route::Pending { .. } => return PushFate::PastHorizon,
                }
            }
        };
        if at >= e.h_end {
            return PushFate::PastHorizon;
        }
        // A disabled dmwappushservice blocks every push-triggered session, whatever its impact
        // setting (the session rule of `Engine::session`).
        if e.push_off.at(at).is_some() {
            let rule = match d.push_service_impact {
                PushServiceImpact::AllSessions => Rule::PushServiceDisabled,
                PushServiceImpact::PushOnly => Rule::PushServiceDisabledPushOnly,
            };
            return PushFate::Lost { rule, at: inst(at) };
        }
        PushFate::Delivered {
            at: inst(at),
            held_by,
        }
    }
}
