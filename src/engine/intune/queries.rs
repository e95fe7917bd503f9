//! Lookups in a [`DeviceReport`] that its readers need to say what happened: the events at an
//! instant, the state a missed run was missed in, the catch-up that stands for it, the session
//! a merged run joined and the runs that joined a session, and totals over the disruptions.
//!
//! They live beside the report rather than in each reader so that the rules of the event order
//! they rely on (sorted by instant; at one instant, in lane order, then in order of arising)
//! are used in one place, and tested here.

use super::report::{DeviceReport, DisruptionKind, Event, Outcome, Timing};
use super::rules::Lane;
use super::timeline::Down;
use crate::engine::time::Instant;

impl DeviceReport {
    /// The events at instant `at`, in report order (a binary search: events are sorted).
    pub fn events_at(&self, at: Instant) -> impl Iterator<Item = &Event> {
        let from = self.events.partition_point(|x| x.at < at);
        self.events
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(move |x| x.at == at)
    }

    /// Whether the device was off or asleep when a run of `lane` due at `due` was missed;
    /// `None` when no run of that lane was missed then.
    pub fn missed_state(&self, lane: Lane, due: Instant) -> Option<Down> {
        self.events_at(due).find_map(|x| match x.outcome {
            Outcome::Missed { state, .. } if x.lane == lane => Some(state),
            _ => None,
        })
    }

    /// The catch-up (or network retry) run at `at` that stands for runs of `lane`.
    pub fn catch_up_for(&self, lane: Lane, at: Instant) -> Option<&Event> {
        self.events_at(at).find(|x| {
            x.lane == Lane::CatchUp
                && matches!(x.timing, Timing::CatchUp { for_lane, .. } if for_lane == lane)
        })
    }

    /// The catch-up (or network retry) at `at` that synced, if one did.
    pub fn catch_up_sync_at(&self, at: Instant) -> Option<&Event> {
        self.events_at(at)
            .find(|e| e.lane == Lane::CatchUp && e.is_sync())
    }

    /// The session in `lane` that event `i` joined: a synced run at the same instant, before
    /// it. `None` if `i` is out of range or no such session exists.
    pub fn session_joined(&self, i: usize, lane: Lane) -> Option<&Event> {
        let at = self.events.get(i)?.at;
        self.events
            .get(..i)?
            .iter()
            .rev()
            .take_while(|x| x.at == at)
            .find(|x| x.lane == lane && x.outcome == Outcome::Synced)
    }

    /// The runs merged into the session of event `i`: at the same instant, after it, naming
    /// its lane. Empty if `i` is out of range.
    pub fn merged_into(&self, i: usize) -> impl Iterator<Item = &Event> {
        let session = self.events.get(i);
        self.events
            .iter()
            .skip(i.saturating_add(1))
            .take_while(move |o| session.is_some_and(|e| o.at == e.at))
            .filter(move |o| {
                matches!(o.outcome, Outcome::Merged { into } if session.is_some_and(|e| into == e.lane))
            })
    }

    /// How many runs dmwappushservice blocked.
    pub fn blocked_runs(&self) -> usize {
        self.events
            .iter()
            .filter(|e| e.outcome == Outcome::BlockedPushService)
            .count()
    }

    /// The total length, in seconds, of the horizon's disruptions of `kind` (spans of one kind
    /// may overlap in unvalidated input; they are summed as given).
    pub fn disrupted_secs(&self, kind: DisruptionKind) -> i64 {
        self.disruptions
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| d.window.length().num_seconds())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::intune::scenario::DeviceScenario;
    use crate::engine::intune::simulate;
    use crate::engine::time::Window;

    fn t(s: &str) -> Instant {
        format!("2026-{s}:00Z").parse().unwrap()
    }

    /// Enrolled 5 January 09:00, simulated from the 5th to the 8th.
    fn report(fields: &str) -> DeviceReport {
        let horizon = Window::new(t("01-05T00:00"), t("01-08T00:00")).unwrap();
        let json = format!(
            r#"{{"enrolled_at":"2026-01-05T09:00:00Z","ime":{{"enabled":false}}{fields}}}"#
        );
        let device: DeviceScenario = serde_json::from_str(&json).unwrap();
        simulate(&device, &horizon)
    }

    #[test]
    fn events_at_finds_exactly_the_events_of_one_instant() {
        let r = report("");
        let at = t("01-05T09:00");
        let found: Vec<&Event> = r.events_at(at).collect();
        assert!(!found.is_empty());
        assert!(found.iter().all(|e| e.at == at));
        assert_eq!(found.len(), r.events.iter().filter(|e| e.at == at).count());
        assert_eq!(r.events_at(t("01-05T09:01")).count(), 0);
    }

    #[test]
    fn a_missed_run_knows_its_state_and_its_catch_up() {
        let r = report(
            r#","power_off":[{"start":"2026-01-05T20:00:00Z","end":"2026-01-06T08:00:00Z"}]"#,
        );
        let missed = r
            .events
            .iter()
            .find(|e| matches!(e.outcome, Outcome::Missed { .. }))
            .expect("a run missed overnight");
        assert_eq!(missed.lane, Lane::Schedule3);
        assert_eq!(r.missed_state(missed.lane, missed.at), Some(Down::Off));
        assert_eq!(r.missed_state(Lane::Schedule1, missed.at), None);
        let Outcome::Missed {
            caught_up_at: Some(at),
            ..
        } = missed.outcome
        else {
            panic!("caught up after boot")
        };
        let catch_up = r.catch_up_for(missed.lane, at).expect("the catch-up");
        assert_eq!(catch_up.lane, Lane::CatchUp);
        assert_eq!(r.catch_up_sync_at(at).map(|e| e.at), Some(at));
        assert!(r.catch_up_for(Lane::Login, at).is_none());
        assert_eq!(r.disrupted_secs(DisruptionKind::PoweredOff), 12 * 3600);
        assert_eq!(r.disrupted_secs(DisruptionKind::Offline), 0);
    }

    #[test]
    fn a_merged_run_and_its_session_point_at_each_other() {
        let r = report("");
        let i = r
            .events
            .iter()
            .position(|e| matches!(e.outcome, Outcome::Merged { .. }))
            .expect("Schedule #2's first run joins Schedule #1's last");
        let Outcome::Merged { into } = r.events[i].outcome else {
            unreachable!()
        };
        let session = r.session_joined(i, into).expect("the session");
        let s = r
            .events
            .iter()
            .position(|e| std::ptr::eq(e, session))
            .expect("an event of the report");
        assert!(s < i);
        let joined: Vec<&Event> = r.merged_into(s).collect();
        assert_eq!(joined.len(), 1);
        assert!(std::ptr::eq(joined[0], &r.events[i]));
        assert_eq!(r.merged_into(i).count(), 0);
        assert_eq!(r.merged_into(usize::MAX).count(), 0);
        assert!(r.session_joined(usize::MAX, into).is_none());
    }

    #[test]
    fn disruptions_are_clipped_sorted_and_blocked_runs_counted() {
        let r = report(
            r#","offline":[{"start":"2026-01-07T00:00:00Z","end":"2026-01-09T00:00:00Z"}],
            "sleep":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-06T01:00:00Z"}],
            "push_service_disabled":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-06T12:00:00Z"}]"#,
        );
        let kinds: Vec<DisruptionKind> = r.disruptions.iter().map(|d| d.kind).collect();
        assert_eq!(
            kinds,
            [
                DisruptionKind::Asleep,
                DisruptionKind::PushServiceDisabled,
                DisruptionKind::Offline
            ]
        );
        assert_eq!(r.disrupted_secs(DisruptionKind::Offline), 24 * 3600);
        assert!(r.blocked_runs() > 0);
        assert_eq!(
            r.blocked_runs(),
            r.events
                .iter()
                .filter(|e| e.outcome == Outcome::BlockedPushService)
                .count()
        );
    }

    #[test]
    fn the_report_carries_what_its_readers_need_from_the_scenario() {
        use crate::engine::intune::{Platform, PushServiceImpact};
        let r = report(r#","platform":"macos","push_service_impact":"push_only""#);
        assert_eq!(r.platform, Platform::Macos);
        assert_eq!(r.push_service_impact, PushServiceImpact::PushOnly);
        assert!(r.disruptions.is_empty());
        let r = report("");
        assert_eq!(r.platform, Platform::Windows);
        assert_eq!(r.push_service_impact, PushServiceImpact::AllSessions);
    }
}
