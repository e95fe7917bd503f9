//! The questions people ask, answered from a report for a given "now": when is the next sync,
//! when was the last, what is the longest stretch without one, when does a device that stops
//! syncing turn noncompliant or get hidden, and if nothing will sync, why.
//!
//! Only MDM sessions count as syncs here; the IME lane has its own "next check-in". A check-in
//! inside the 6.5-hour maintenance limit (lenient reading) is a sync, and [`SyncRef`] says its
//! maintenance work may be skipped. Throttled (strict reading), blocked, rate-limited, pending
//! and merged runs are not syncs (a merged run is part of a sync already counted).

use serde::Serialize;

use super::report::{DeviceReport, Event, Note, Outcome};
use super::rules::{Lane, Rule};
use super::timeline::{Down, instant as at};
use crate::engine::time::Instant;

/// Seconds in a day.
const DAY: i64 = 86_400;

/// The answers for one "now".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeviceAnswers {
    /// The instant the answers are about.
    pub now: Instant,
    /// The first sync strictly after now, within the horizon.
    pub next_sync: Option<SyncRef>,
    /// The last sync at or before now, within the horizon.
    pub last_sync: Option<SyncRef>,
    /// The first IME check-in strictly after now (Windows only).
    pub next_ime_check_in: Option<SyncRef>,
    /// The longest stretch of the horizon without a sync.
    pub longest_gap: Option<Gap>,
    /// When the device turns noncompliant for not checking in (compliance status validity).
    pub compliance: Option<Deadline>,
    /// When a cleanup rule hides the device for not checking in.
    pub cleanup: Option<Deadline>,
    /// Set when no sync follows now within the horizon: why not.
    pub no_future_sync: Option<NoSyncReason>,
    /// Set when the simulation stopped at its event limit before the horizon's end: where it
    /// stopped. The gap and the deadlines reach no further; nothing after it is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub simulated_until: Option<Instant>,
}

/// A sync (or IME check-in) the answers point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SyncRef {
    /// When.
    pub at: Instant,
    /// Which trigger.
    pub lane: Lane,
    /// Which rule produced it.
    pub rule: Rule,
    /// Whether the service may skip the session's maintenance work: a maintenance run inside
    /// the 6.5-hour limit, read leniently (the device still checks in).
    pub maintenance_may_be_skipped: bool,
}

impl From<&Event> for SyncRef {
    fn from(e: &Event) -> Self {
        Self {
            at: e.at,
            lane: e.lane,
            rule: e.rule,
            maintenance_may_be_skipped: matches!(
                e.outcome,
                Outcome::SyncedMaintenanceLimited { .. }
            ),
        }
    }
}

/// A stretch without a sync.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Gap {
    /// Where it starts (a sync, the horizon's start, or enrollment).
    pub start: Instant,
    /// Where it ends (a sync, or the horizon's end).
    pub end: Instant,
    /// Its length in seconds.
    pub length_secs: i64,
    /// What bounds it.
    pub kind: GapKind,
}

/// What bounds a gap. Gaps at the edges are only partly seen: the device may have synced just
/// before the horizon, or may sync just after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// Between two syncs.
    BetweenSyncs,
    /// From the horizon's start (or enrollment) to the first sync.
    BeforeFirstSync,
    /// From the last sync to the horizon's end.
    AfterLastSync,
    /// No sync at all in the horizon.
    NoSync,
}

/// When a device that stops checking in now crosses a threshold: counted from the last sync
/// at or before now ("if it stopped syncing now, it turns noncompliant on …"), never from a
/// later sync the simulation happens to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// When it crosses it: `last_sync` plus the threshold.
    pub at: Instant,
    /// The sync it is counted from: the last one at or before now.
    pub last_sync: Instant,
    /// The threshold in days.
    pub days: u32,
    /// Whether `at` falls inside the horizon. When false and the simulation shows no sync
    /// after `last_sync`, it only holds if the device does not sync after the horizon either.
    pub within_horizon: bool,
    /// The first sync the simulation shows after `last_sync`, when it comes in time (no later
    /// than `at`): the device checks in again, so `at` only holds if it stopped syncing now.
    /// `None` when the simulation shows no sync before `at`.
    pub synced_again: Option<Instant>,
    /// Set only with `synced_again`: the first crossing the simulation itself shows later on,
    /// when a gap longer than the threshold follows within the horizon (the device off, the
    /// push service disabled).
    pub predicted: Option<Crossing>,
}

/// A crossing the simulation shows: a gap longer than the threshold starting at a sync.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Crossing {
    /// When the threshold passes, inside the horizon.
    pub at: Instant,
    /// The last sync before the gap, which the crossing is counted from.
    pub last_sync: Instant,
}

/// Why no sync follows now within the horizon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoSyncReason {
    /// Runs keep coming but dmwappushservice is Disabled.
    PushServiceDisabled,
    /// The device is off.
    PoweredOff,
    /// The device is asleep.
    Asleep,
    /// The device has no network.
    Offline,
    /// The service refuses the maintenance syncs (6.5 h limit).
    Throttled,
    /// Linux: no documented schedule, and nothing else starts a sync.
    UndocumentedPlatform,
    /// The rule set has no scheduled polls, and nothing else starts a sync.
    NoSchedule,
    /// The rule set's poll sets all end, and they have.
    ScheduleEnded,
    /// The next scheduled run falls after the horizon.
    HorizonEnds,
    /// The simulation stopped at its event limit.
    Truncated,
    /// Now lies before the horizon and the device is enrolled before the horizon starts: it
    /// may sync between now and then, which is not simulated, so the next sync (and the last,
    /// and the deadlines counted from it) are not known.
    BeforeHorizon,
}

impl DeviceReport {
    /// Where what the simulation knows ends: the horizon's end, or, when the event limit cut
    /// it short, its last event (events come out in time order).
    pub fn simulated_end(&self) -> Instant {
        if self.truncated {
            self.events.last().map_or(self.horizon.start(), |e| e.at)
        } else {
            self.horizon.end()
        }
    }

    /// Answers the usual questions for `now`. `now` may lie anywhere, even outside the horizon:
    /// before it, with the device enrolled by the horizon's start, the syncs in between are
    /// not simulated, so only what the horizon holds (the longest gap) is answered.
    pub fn answers(&self, now: Instant) -> DeviceAnswers {
        let start = self.horizon.start();
        let syncs: Vec<i64> = self.syncs().map(|e| e.at.timestamp()).collect();
        let simulated_until = self.truncated.then(|| self.simulated_end());
        if now < start && self.enrolled_at < start {
            return DeviceAnswers {
                now,
                next_sync: None,
                last_sync: None,
                next_ime_check_in: None,
                longest_gap: self.longest_gap(&syncs),
                compliance: None,
                cleanup: None,
                no_future_sync: Some(NoSyncReason::BeforeHorizon),
                simulated_until,
            };
        }
        let events = &self.events;
        let after = events.partition_point(|e| e.at <= now);
        let next_sync = events[after..]
            .iter()
            .find(|e| e.is_sync())
            .map(SyncRef::from);
        let last_sync = events[..after]
            .iter()
            .rev()
            .find(|e| e.is_sync())
            .map(SyncRef::from);
        let next_ime_check_in = events[after..]
            .iter()
            .find(|e| e.lane == Lane::Ime && e.outcome == Outcome::Synced)
            .map(SyncRef::from);
        DeviceAnswers {
            now,
            next_sync,
            last_sync,
            next_ime_check_in,
            longest_gap: self.longest_gap(&syncs),
            compliance: self.deadline(&syncs, now, self.compliance_validity_days),
            cleanup: self.deadline(&syncs, now, self.cleanup_after_days),
            no_future_sync: if next_sync.is_some() {
                None
            } else {
                Some(self.why_nothing(after))
            },
            simulated_until,
        }
    }

    /// The longest stretch without a sync. Gaps between two syncs win ties with the partly
    /// seen gaps at the edges, which are only chosen when strictly longer.
    fn longest_gap(&self, syncs: &[i64]) -> Option<Gap> {
        // After a cut-off nothing is known: the last gap ends where the simulation stopped.
        let h_end = self.simulated_end().timestamp();
        let from = self
            .horizon
            .start()
            .timestamp()
            .max(self.enrolled_at.timestamp());
        if from >= h_end {
            return None;
        }
        let gap = |start: i64, end: i64, kind| Gap {
            start: at(start),
            end: at(end),
            length_secs: end - start,
            kind,
        };
        let (Some(&first), Some(&last)) = (syncs.first(), syncs.last()) else {
            return Some(gap(from, h_end, GapKind::NoSync));
        };
        let mut best: Option<Gap> = None;
        for pair in syncs.windows(2) {
            if best.is_none_or(|b| pair[1] - pair[0] > b.length_secs) {
                best = Some(gap(pair[0], pair[1], GapKind::BetweenSyncs));
            }
        }
        for edge in [
            gap(from, first, GapKind::BeforeFirstSync),
            gap(last, h_end, GapKind::AfterLastSync),
        ] {
            if edge.length_secs > 0 && best.is_none_or(|b| edge.length_secs > b.length_secs) {
                best = Some(edge);
            }
        }
        best
    }

    /// When `days` without a sync pass if the device stops now: counted from the last sync at
    /// or before now (none before the first sync). When the simulation shows the device
    /// checking in again in time, the first later gap longer than `days` that the horizon
    /// shows is the predicted crossing.
    fn deadline(&self, syncs: &[i64], now: Instant, days: u32) -> Option<Deadline> {
        let limit = i64::from(days) * DAY;
        // "Within the horizon" means within what was simulated: a cut-off is not a gap.
        let h_end = self.simulated_end().timestamp();
        let after = syncs.partition_point(|&s| s <= now.timestamp());
        let &base = syncs[..after].last()?;
        let when = base.saturating_add(limit);
        let synced_again = syncs.get(after).copied().filter(|&n| n - base <= limit);
        let predicted = synced_again.and_then(|_| {
            // Carry the count through syncs that come in time; the first that does not (or
            // the horizon's end) leaves a gap the simulation shows, if it passes in time.
            let mut last = base;
            for &next in &syncs[after..] {
                if next - last > limit {
                    break;
                }
                last = next;
            }
            let crossing = last.saturating_add(limit);
            (crossing < h_end).then(|| Crossing {
                at: at(crossing),
                last_sync: at(last),
            })
        });
        Some(Deadline {
            at: at(when),
            last_sync: at(base),
            days,
            within_horizon: when < h_end,
            synced_again: synced_again.map(at),
            predicted,
        })
    }

    /// The dates the simulation shows the device crossing `days` without a sync: after every
    /// gap between two syncs longer than that, and after the last sync when what follows it is
    /// held (push service disabled, off, offline, throttled…) rather than merely cut by the
    /// horizon's end; that last one may lie after the horizon. Unlike [`Deadline`], this needs
    /// no "now": it is what the timeline and the event list show. In time order.
    pub fn crossings(&self, days: u32) -> Vec<Crossing> {
        let limit = i64::from(days) * DAY;
        let syncs: Vec<i64> = self.syncs().map(|e| e.at.timestamp()).collect();
        let mut out: Vec<Crossing> = syncs
            .windows(2)
            .filter(|pair| pair[1] - pair[0] > limit)
            .map(|pair| Crossing {
                at: at(pair[0].saturating_add(limit)),
                last_sync: at(pair[0]),
            })
            .collect();
        if let Some(last) = self.syncs().last() {
            let after = self.events.partition_point(|e| e.at <= last.at);
            let held = !matches!(
                self.why_nothing(after),
                NoSyncReason::HorizonEnds | NoSyncReason::Truncated
            );
            if held {
                out.push(Crossing {
                    at: at(last.at.timestamp().saturating_add(limit)),
                    last_sync: last.at,
                });
            }
        }
        out
    }

    /// Why no sync follows the events from index `after` on.
    fn why_nothing(&self, after: usize) -> NoSyncReason {
        if self.truncated {
            return NoSyncReason::Truncated;
        }
        // The last attempt that failed tells what holds the device at the end.
        let last_attempt = self.events[after..].iter().rev().find(|e| {
            e.lane.is_mdm()
                && !matches!(
                    e.outcome,
                    Outcome::Merged { .. }
                        | Outcome::PushRateLimited { .. }
                        | Outcome::PendingPastHorizon { .. }
                )
        });
        if let Some(e) = last_attempt {
            match e.outcome {
                Outcome::BlockedPushService => return NoSyncReason::PushServiceDisabled,
                Outcome::SkippedOff
                | Outcome::Missed {
                    state: Down::Off, ..
                } => {
                    return NoSyncReason::PoweredOff;
                }
                Outcome::SkippedAsleep
                | Outcome::Missed {
                    state: Down::Asleep,
                    ..
                } => {
                    return NoSyncReason::Asleep;
                }
                Outcome::SkippedOffline { .. } => return NoSyncReason::Offline,
                Outcome::Throttled { .. } => return NoSyncReason::Throttled,
                Outcome::Synced
                | Outcome::SyncedMaintenanceLimited { .. }
                | Outcome::Merged { .. }
                | Outcome::PushRateLimited { .. }
                | Outcome::PendingPastHorizon { .. } => {}
            }
        }
        // No attempt left: the state at the end, then the plan, explain it.
        let end = self.end_state;
        if end.push_blocks_all {
            return NoSyncReason::PushServiceDisabled;
        }
        match end.down {
            Some(Down::Off) => return NoSyncReason::PoweredOff,
            Some(Down::Asleep) => return NoSyncReason::Asleep,
            None => {}
        }
        if end.offline {
            return NoSyncReason::Offline;
        }
        if self.plan.is_empty() {
            if self.notes.contains(&Note::UndocumentedPlatform) {
                NoSyncReason::UndocumentedPlatform
            } else {
                NoSyncReason::NoSchedule
            }
        } else if self.plan.has_indefinite_set() {
            NoSyncReason::HorizonEnds
        } else {
            NoSyncReason::ScheduleEnded
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::intune::{DeviceScenario, simulate};
    use crate::engine::time::Window;

    fn t(s: &str) -> Instant {
        format!("2026-{s}:00Z").parse().unwrap()
    }

    /// Enrolled 5 January 09:00; the horizon runs from `from` to `to`.
    fn report(from: &str, to: &str, fields: &str) -> DeviceReport {
        let horizon = Window::new(t(from), t(to)).unwrap();
        let json = format!(
            r#"{{"enrolled_at":"2026-01-05T09:00:00Z","ime":{{"enabled":false}}{fields}}}"#
        );
        let device: DeviceScenario = serde_json::from_str(&json).unwrap();
        assert_eq!(device.validate(&horizon), Ok(()));
        simulate(&device, &horizon)
    }

    #[test]
    fn next_and_last_sync_bracket_now() {
        let r = report("01-05T00:00", "01-08T00:00", "");
        let a = r.answers(t("01-05T12:00"));
        assert_eq!(
            a.last_sync.map(|s| (s.at, s.lane)),
            Some((t("01-05T11:15"), Lane::Schedule2))
        );
        assert_eq!(
            a.next_sync.map(|s| (s.at, s.lane, s.rule)),
            Some((t("01-05T19:15"), Lane::Schedule3, Rule::WindowsSchedule3))
        );
        assert_eq!(a.no_future_sync, None);
        // "At or before now" includes now; "next" is strictly after.
        let a = r.answers(t("01-05T19:15"));
        assert_eq!(a.last_sync.map(|s| s.at), Some(t("01-05T19:15")));
        assert_eq!(a.next_sync.map(|s| s.at), Some(t("01-06T03:15")));
        // Before enrollment: nothing yet.
        assert_eq!(r.answers(t("01-05T08:00")).last_sync, None);
    }

    #[test]
    fn the_longest_gap_is_the_power_off_and_edges_win_only_when_longer() {
        let r = report("01-05T00:00", "01-08T00:00", "");
        let gap = r.answers(t("01-05T00:00")).longest_gap.unwrap();
        assert_eq!(
            (gap.length_secs, gap.kind),
            (8 * 3600, GapKind::BetweenSyncs)
        );
        assert_eq!(gap.start, t("01-05T11:15"));
        let off = r#","power_off":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-06T20:00:00Z"}]"#;
        let r = report("01-05T00:00", "01-08T00:00", off);
        let gap = r.answers(t("01-05T00:00")).longest_gap.unwrap();
        // 19:15 on the 5th, then the catch-up at 20:10 on the 6th.
        assert_eq!(
            (gap.start, gap.end, gap.kind),
            (t("01-05T19:15"), t("01-06T20:10"), GapKind::BetweenSyncs)
        );
        let dead = r#","push_service_disabled":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-08T00:00:00Z"}]"#;
        let gap = report("01-05T00:00", "01-08T00:00", dead)
            .answers(t("01-05T00:00"))
            .longest_gap
            .unwrap();
        assert_eq!(
            (gap.start, gap.end, gap.kind),
            (t("01-05T19:15"), t("01-08T00:00"), GapKind::AfterLastSync)
        );
    }

    #[test]
    fn a_disabled_push_service_till_the_end_means_no_sync_and_deadlines_follow() {
        let dead = r#","push_service_disabled":[{"start":"2026-01-06T00:00:00Z","end":"2026-06-01T00:00:00Z"}]"#;
        let r = report("01-05T00:00", "06-01T00:00", dead);
        let a = r.answers(t("01-10T00:00"));
        assert_eq!(a.next_sync, None);
        assert_eq!(a.no_future_sync, Some(NoSyncReason::PushServiceDisabled));
        assert_eq!(a.last_sync.map(|s| s.at), Some(t("01-05T19:15")));
        let c = a.compliance.unwrap();
        assert_eq!(
            (c.at, c.last_sync, c.days, c.within_horizon),
            (t("02-04T19:15"), t("01-05T19:15"), 30, true)
        );
        assert_eq!((c.synced_again, c.predicted), (None, None));
        let h = a.cleanup.unwrap();
        assert_eq!((h.at, h.within_horizon), (t("04-05T19:15"), true));
    }

    #[test]
    fn a_device_that_keeps_syncing_counts_its_deadlines_from_the_last_sync_before_now() {
        let r = report("01-05T00:00", "01-08T00:00", "");
        let c = r.answers(t("01-05T12:00")).compliance.unwrap();
        // "If it stopped syncing now": from 11:15 on the 5th, not from the horizon's last sync.
        assert_eq!((c.last_sync, c.at), (t("01-05T11:15"), t("02-04T11:15")));
        assert_eq!(c.synced_again, Some(t("01-05T19:15")));
        // It keeps syncing to the horizon's end: no crossing is shown.
        assert_eq!((c.within_horizon, c.predicted), (false, None));
        // Nothing before now (the horizon before enrollment): nothing to count from.
        assert_eq!(r.answers(t("01-05T08:00")).compliance, None);
    }

    #[test]
    fn a_short_validity_counts_from_now_and_predicts_the_long_gap() {
        let off = r#","service":{"compliance_validity_days":1},"power_off":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-09T00:00:00Z"}]"#;
        let r = report("01-05T00:00", "01-12T00:00", off);
        let a = r.answers(t("01-05T12:00"));
        let c = a.compliance.unwrap();
        assert_eq!(
            (c.last_sync, c.at, c.within_horizon),
            (t("01-05T11:15"), t("01-06T11:15"), true)
        );
        assert_eq!(c.synced_again, Some(t("01-05T19:15")));
        // The power-off leaves 19:15 on the 5th as the last sync for more than a day.
        assert_eq!(
            c.predicted,
            Some(Crossing {
                at: t("01-06T19:15"),
                last_sync: t("01-05T19:15")
            })
        );
        // During the power-off the count is the predicted one: no sync follows in time.
        let c = r.answers(t("01-06T12:00")).compliance.unwrap();
        assert_eq!(
            (c.last_sync, c.at, c.synced_again, c.predicted),
            (t("01-05T19:15"), t("01-06T19:15"), None, None)
        );
        // The cleanup threshold (90 days) is not reached inside the horizon.
        assert_eq!(a.cleanup.map(|h| h.predicted), Some(None));
    }

    #[test]
    fn crossings_are_the_gaps_the_simulation_shows_and_a_held_tail_past_the_end() {
        // One day's validity; off 6–9 January: the gap from 19:15 on the 5th crosses it.
        let off = r#","service":{"compliance_validity_days":1},"power_off":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-09T00:00:00Z"}]"#;
        let r = report("01-05T00:00", "01-12T00:00", off);
        assert_eq!(
            r.crossings(1),
            vec![Crossing {
                at: t("01-06T19:15"),
                last_sync: t("01-05T19:15")
            }]
        );
        // A device that keeps syncing to the end crosses nothing: the horizon merely ends.
        assert_eq!(r.crossings(30), vec![]);
        // Push service disabled to the end: the tail is held, so its crossing counts even
        // past the horizon's end (30 days after the last sync; the horizon ends on the 8th).
        let dead = r#","push_service_disabled":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-08T00:00:00Z"}]"#;
        let r = report("01-05T00:00", "01-08T00:00", dead);
        assert_eq!(
            r.crossings(30),
            vec![Crossing {
                at: t("02-04T19:15"),
                last_sync: t("01-05T19:15")
            }]
        );
    }

    #[test]
    fn why_nothing_will_sync() {
        let why = |from, to, fields, now| report(from, to, fields).answers(t(now)).no_future_sync;
        let off = r#","power_off":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-08T00:00:00Z"}]"#;
        assert_eq!(
            why("01-05T00:00", "01-08T00:00", off, "01-06T01:00"),
            Some(NoSyncReason::PoweredOff)
        );
        // After the last missed run, the state at the end still explains it.
        assert_eq!(
            why("01-05T00:00", "01-08T00:00", off, "01-07T20:00"),
            Some(NoSyncReason::PoweredOff)
        );
        let net = r#","offline":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-08T00:00:00Z"}]"#;
        assert_eq!(
            why("01-05T00:00", "01-08T00:00", net, "01-06T01:00"),
            Some(NoSyncReason::Offline)
        );
        assert_eq!(
            why("01-05T00:00", "01-08T00:00", "", "01-07T20:00"),
            Some(NoSyncReason::HorizonEnds)
        );
        let linux = r#","platform":"linux""#;
        assert_eq!(
            why("01-05T00:00", "01-08T00:00", linux, "01-05T00:00"),
            Some(NoSyncReason::UndocumentedPlatform)
        );
        // Outside Windows a finite custom schedule ends; on Windows the DMClient CSP adds its
        // 24-hour maintenance schedule, so it never ends.
        let finite = r#","platform":"android_enterprise","rule_set":{"custom":{"first":{"interval":"PT1H","count":3}}}"#;
        assert_eq!(
            why("01-05T00:00", "01-08T00:00", finite, "01-06T00:00"),
            Some(NoSyncReason::ScheduleEnded)
        );
        let finite = r#","rule_set":{"custom":{"first":{"interval":"PT1H","count":3}}}"#;
        assert_eq!(
            why("01-05T00:00", "01-08T00:00", finite, "01-06T00:00"),
            None
        );
        let none = r#","rule_set":{"custom":{}}"#;
        assert_eq!(
            why("01-05T00:00", "01-08T00:00", none, "01-06T00:00"),
            Some(NoSyncReason::NoSchedule)
        );
    }

    #[test]
    fn after_truncation_gaps_and_deadlines_reach_only_the_simulated_end() {
        // A sync a minute for a year stops at the event limit in May.
        let every_minute = r#","rule_set":{"custom":{"remaining":{"interval":"PT1M"}}}"#;
        let r = report("01-05T00:00", "12-31T00:00", every_minute);
        assert!(r.truncated);
        let cut = r.events.last().unwrap().at;
        assert!(cut < t("07-01T00:00"), "{cut}");
        let a = r.answers(t("12-01T00:00"));
        assert_eq!(a.simulated_until, Some(cut));
        // Not "no sync from the cut-off to December": that is only where the simulation stopped.
        let gap = a.longest_gap.unwrap();
        assert_eq!((gap.length_secs, gap.kind), (60, GapKind::BetweenSyncs));
        // Counted from the last sync before the cut-off, the deadline lies after what was
        // simulated: it holds only if the device did not sync after it.
        let c = a.compliance.unwrap();
        assert_eq!(c.last_sync, cut);
        assert!(!c.within_horizon);
        // Before the cut-off no crossing is predicted from the cut-off's last sync.
        let c = r.answers(t("05-01T00:00")).compliance.unwrap();
        assert_eq!(c.predicted, None);
        // A whole simulation says nothing of the kind.
        let whole = report("01-05T00:00", "01-08T00:00", "");
        assert_eq!(whole.answers(t("01-06T00:00")).simulated_until, None);
    }

    #[test]
    fn before_the_horizon_what_cannot_be_known_is_said() {
        // Enrolled on 5 January, simulated from the 10th: the syncs between now (the 8th) and
        // the 10th are not simulated, so neither the next nor the last sync is known.
        let r = report("01-10T00:00", "01-13T00:00", "");
        let a = r.answers(t("01-08T00:00"));
        assert_eq!((a.next_sync, a.last_sync), (None, None));
        assert_eq!((a.compliance, a.cleanup), (None, None));
        assert_eq!(a.no_future_sync, Some(NoSyncReason::BeforeHorizon));
        // What the horizon holds is still answered.
        assert!(a.longest_gap.is_some());
        // Before an enrolment inside the horizon, everything is known: the first sync is the
        // enrolment's.
        let r = report("01-05T00:00", "01-08T00:00", "");
        let a = r.answers(t("01-04T00:00"));
        assert_eq!(a.next_sync.map(|s| s.at), Some(t("01-05T09:00")));
        assert_eq!(a.no_future_sync, None);
    }

    #[test]
    fn answers_serialize_with_codes() {
        let r = report("01-05T00:00", "01-08T00:00", "");
        let json = serde_json::to_value(r.answers(t("01-05T12:00"))).unwrap();
        assert_eq!(json["next_sync"]["lane"], "schedule_3");
        assert_eq!(json["next_sync"]["rule"], "windows_schedule_3");
        assert_eq!(json["longest_gap"]["kind"], "between_syncs");
        assert_eq!(json["no_future_sync"], serde_json::Value::Null);
    }
}
