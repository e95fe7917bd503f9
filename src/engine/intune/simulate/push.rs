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
use crate::engine::intune::scenario::{DeviceScenario, PushChannel};
use crate::engine::intune::timeline::{Down, instant as inst};
use crate::engine::time::Delay;

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
        let channel = self.device.platform.push_channel();
        let (keep, rule) = match channel {
            PushChannel::Wns => {
                // WNS does not queue for an offline device: a device that was unreachable at
                // any point on the push's way loses it.
                let sent = run_sent(&run).unwrap_or(t);
                match self.first_unreachable(sent, t) {
                    Some(outcome) => {
                        self.emit(t, run, outcome, Some(Rule::PushWnsDropsOffline));
                    }
                    None => self.deliver_push(t, idx, None),
                }
                return;
            }
            PushChannel::Unspecified | PushChannel::AospTaskPoll => {
                match self.unreachable(t, Some(Rule::PushNeedsReachableDevice)) {
                    Some((outcome, reason)) => {
                        self.emit(t, run, outcome, reason);
                    }
                    None => self.deliver_push(t, idx, None),
                }
                return;
            }
            PushChannel::Apns => (self.device.push.apns_keeps_for, Rule::PushApnsKeepsLast),
            PushChannel::Fcm => (self.device.push.fcm_keeps_for, Rule::PushFcmKeeps),
        };
        let Some((outcome, _)) = self.unreachable(t, None) else {
            self.deliver_push(t, idx, None);
            return;
        };
        // The channel holds it until the device is reachable, if that comes in time and (APNs)
        // no later notification replaces it.
        let back = self.next_reachable(t);
        let expires = t.saturating_add(i64::from(keep.secs()));
        let replaced = channel == PushChannel::Apns && self.replaced_before(idx, t, back);
        if replaced || back > expires {
            self.emit(t, run, outcome, Some(rule));
        } else if back >= self.h_end {
            let outcome = Outcome::PendingPastHorizon {
                earliest: inst(back),
            };
            self.emit(t, run, outcome, Some(rule));
        } else {
            self.push(back, Lane::Push, JobKind::PushDelivered { idx, rule });
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
    fn replaced_before(&self, idx: u32, arrival: i64, back: i64) -> bool {
        let d = self.device;
        let delay = i64::from(d.push_delivery_delay.secs());
        d.admin_syncs.iter().enumerate().any(|(j, sent)| {
            let j_arrival = sent.timestamp().saturating_add(delay);
            j as u32 != idx
                && sent.timestamp() >= self.enrolled
                && self.push_limited.get(j).is_some_and(Option::is_none)
                && (j_arrival, j as u32) > (arrival, idx)
                && j_arrival < back
        })
    }
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
