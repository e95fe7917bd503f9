//! The questions people ask, answered from a report for a given "now": when is the next sync,
//! when was the last, what is the longest stretch without one, when does a device that stops
//! syncing turn noncompliant or get hidden, and if nothing will sync, why.
//!
//! Only MDM sessions count as syncs here; the IME lane has its own "next check-in". Throttled,
//! blocked and merged runs are not syncs (a merged run is part of a sync already counted).

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
}

impl From<&Event> for SyncRef {
    fn from(e: &Event) -> Self {
        Self {
            at: e.at,
            lane: e.lane,
            rule: e.rule,
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

/// When a device that stops checking in crosses a threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// When it crosses it.
    pub at: Instant,
    /// The sync it is counted from: the last one before the first gap longer than the
    /// threshold, starting from the last sync at or before now.
    pub last_sync: Instant,
    /// The threshold in days.
    pub days: u32,
    /// Whether `at` falls inside the horizon, so the simulation shows no sync before it. When
    /// false it only holds if the device stops syncing after the horizon.
    pub within_horizon: bool,
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
}

impl DeviceReport {
    /// Answers the usual questions for `now`. `now` may lie anywhere, even outside the horizon.
    pub fn answers(&self, now: Instant) -> DeviceAnswers {
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
        let syncs: Vec<i64> = self.syncs().map(|e| e.at.timestamp()).collect();
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
        }
    }

    /// The longest stretch without a sync. Gaps between two syncs win ties with the partly
    /// seen gaps at the edges, which are only chosen when strictly longer.
    fn longest_gap(&self, syncs: &[i64]) -> Option<Gap> {
        let h_end = self.horizon.end().timestamp();
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

    /// When `days` without a sync first pass, counting from the last sync at or before now
    /// (or the first after it, if none came before).
    fn deadline(&self, syncs: &[i64], now: Instant, days: u32) -> Option<Deadline> {
        let limit = i64::from(days) * DAY;
        let before = syncs.partition_point(|&s| s <= now.timestamp());
        let mut i = before.saturating_sub(1);
        let &base = syncs.get(i)?;
        let mut last = base;
        while let Some(&next) = syncs.get(i + 1) {
            if next - last > limit {
                break;
            }
            last = next;
            i += 1;
        }
        let when = last.saturating_add(limit);
        Some(Deadline {
            at: at(when),
            last_sync: at(last),
            days,
            within_horizon: when < self.horizon.end().timestamp(),
        })
    }

    /// Why no sync follows the events from index `after` on.
    fn why_nothing(&self, after: usize) -> NoSyncReason {
        if self.truncated {
            return NoSyncReason::Truncated;
        }
        // The last attempt that failed tells what holds the device at the end.
        let last_attempt = self.events[after..]
            .iter()
            .rev()
            .find(|e| e.lane.is_mdm() && !matches!(e.outcome, Outcome::Merged { .. }));
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
                Outcome::Synced | Outcome::Merged { .. } => {}
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
        let h = a.cleanup.unwrap();
        assert_eq!((h.at, h.within_horizon), (t("04-05T19:15"), true));
    }

    #[test]
    fn a_device_that_keeps_syncing_has_deadlines_only_past_the_horizon() {
        let r = report("01-05T00:00", "01-08T00:00", "");
        let c = r.answers(t("01-05T12:00")).compliance.unwrap();
        assert_eq!((c.last_sync, c.within_horizon), (t("01-07T19:15"), false));
        assert_eq!(c.at, t("02-06T19:15"));
    }

    #[test]
    fn a_short_validity_counts_from_the_sync_before_the_first_long_gap() {
        let off = r#","service":{"compliance_validity_days":1},"power_off":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-09T00:00:00Z"}]"#;
        let r = report("01-05T00:00", "01-12T00:00", off);
        let c = r.answers(t("01-05T10:00")).compliance.unwrap();
        assert_eq!(
            (c.last_sync, c.at, c.within_horizon),
            (t("01-05T19:15"), t("01-06T19:15"), true)
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
        let finite = r#","rule_set":{"custom":{"first":{"interval":"PT1H","count":3}}}"#;
        assert_eq!(
            why("01-05T00:00", "01-08T00:00", finite, "01-06T00:00"),
            Some(NoSyncReason::ScheduleEnded)
        );
        let none = r#","rule_set":{"custom":{}}"#;
        assert_eq!(
            why("01-05T00:00", "01-08T00:00", none, "01-06T00:00"),
            Some(NoSyncReason::NoSchedule)
        );
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
