#![cfg(not(target_arch = "wasm32"))]
//! Properties of the Entra Connect scheduler simulation that must hold for any server: random
//! settings, parameters, spans and manual cmdlets over a 20-day horizon (long enough for the
//! 7-day delta rule to bite when a span disables the scheduler for days).

use std::collections::BTreeSet;

use chrono::TimeDelta;
use proptest::prelude::*;
use sync_planner::engine::entra::{
    self, Behaviour, Build, CatchUp, Command, ConnectorOverride, CountFrom, CycleDurations,
    Durations, EventKind, IntervalChange, ManualCommand, ManualWhileDisabled, Overrun, PolicyType,
    Rejection, Rule, ServerReport, ServerScenario, Trigger, WarningKind,
};
use sync_planner::engine::{Delay, Instant, Period, Span, Window};

const HORIZON_MINUTES: i64 = 20 * 24 * 60;

fn origin() -> Instant {
    "2026-01-01T00:00:00Z".parse().unwrap()
}

fn minutes(m: i64) -> Instant {
    origin() + TimeDelta::minutes(m)
}

fn horizon() -> Window {
    Window::new(origin(), minutes(HORIZON_MINUTES)).unwrap()
}

/// Up to four non-overlapping spans of one kind: sorted distinct minutes, taken in pairs.
fn spans() -> impl Strategy<Value = Vec<Window>> {
    proptest::collection::btree_set(0..=HORIZON_MINUTES, 0..8).prop_map(|points: BTreeSet<i64>| {
        let points: Vec<i64> = points.into_iter().collect();
        points
            .chunks_exact(2)
            .map(|p| Window::new(minutes(p[0]), minutes(p[1])).unwrap())
            .collect()
    })
}

/// Spans that may end "not yet fixed": with an odd number of points, the last one starts an
/// open span (unless it is the horizon's end, where nothing can start).
fn open_spans() -> impl Strategy<Value = Vec<Span>> {
    proptest::collection::btree_set(0..=HORIZON_MINUTES, 0..8).prop_map(|points: BTreeSet<i64>| {
        let points: Vec<i64> = points.into_iter().collect();
        points
            .chunks(2)
            .filter_map(|p| match p {
                [a, b] => Span::new(minutes(*a), Some(minutes(*b))).ok(),
                [a] if *a < HORIZON_MINUTES => Some(Span::open(minutes(*a))),
                _ => None,
            })
            .collect()
    })
}

fn period_minutes(range: std::ops::RangeInclusive<u32>) -> impl Strategy<Value = Period> {
    range.prop_map(|m| Period::from_secs(m * 60).unwrap())
}

fn behaviour() -> impl Strategy<Value = Behaviour> {
    (
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        0u32..20,
    )
        .prop_map(
            |(legacy, end, skip, next_slot, rebase, reject, delay)| Behaviour {
                build: if legacy {
                    Build::Before1_1_281
                } else {
                    Build::From1_1_281
                },
                next_start_counted_from: if end {
                    CountFrom::CycleEnd
                } else {
                    CountFrom::CycleStart
                },
                overrun: if skip {
                    Overrun::SkipToNextSlot
                } else {
                    Overrun::StartAtOnce
                },
                catch_up: if next_slot {
                    CatchUp::NextSlot
                } else {
                    CatchUp::AtOnce
                },
                catch_up_delay: Delay::minutes(delay),
                manual_cycle_rebases: rebase,
                manual_start_while_disabled: if reject {
                    ManualWhileDisabled::Rejected
                } else {
                    ManualWhileDisabled::Run
                },
            },
        )
}

fn manual() -> impl Strategy<Value = Vec<ManualCommand>> {
    let one = (0..HORIZON_MINUTES * 60, 0..3u8).prop_map(|(secs, kind)| ManualCommand {
        at: origin() + TimeDelta::seconds(secs),
        command: [Command::StartDelta, Command::StartInitial, Command::Stop][usize::from(kind)],
    });
    proptest::collection::vec(one, 0..25)
}

fn changes() -> impl Strategy<Value = Vec<IntervalChange>> {
    let one = (
        0..HORIZON_MINUTES,
        proptest::option::of(period_minutes(1..=240)),
    )
        .prop_map(|(m, customized)| IntervalChange {
            at: minutes(m),
            customized_sync_cycle_interval: customized,
        });
    proptest::collection::vec(one, 0..4)
}

prop_compose! {
    fn server()(
        allowed in period_minutes(10..=60),
        customized in proptest::option::of(period_minutes(1..=180)),
        anchor in proptest::option::of(-3000i64..1500),
        initial in any::<bool>(),
        enabled in proptest::bool::weighted(0.9),
        suspended in proptest::bool::weighted(0.03),
        staging in proptest::bool::weighted(0.1),
        behaviour in behaviour(),
        // Cycles from instant to longer than the interval, so overruns happen.
        delta_secs in 0u32..3600,
        initial_secs in 0u32..7200,
        disabled_spans in open_spans(),
        suspended_spans in open_spans(),
        staging_spans in spans(),
        outages in open_spans(),
        manual in manual(),
        interval_changes in changes(),
    ) -> ServerScenario {
        let mut s = ServerScenario {
            behaviour,
            durations: Durations::PerCycle(CycleDurations {
                delta: Delay::from_secs(delta_secs).unwrap(),
                initial: Delay::from_secs(initial_secs).unwrap(),
            }),
            disabled_spans,
            suspended_spans,
            staging_spans,
            outages,
            manual,
            interval_changes,
            ..Default::default()
        };
        s.scheduler.allowed_sync_cycle_interval = allowed;
        s.scheduler.customized_sync_cycle_interval = customized;
        s.scheduler.next_sync_cycle_start_time_in_utc = anchor.map(minutes);
        s.scheduler.next_sync_cycle_policy_type =
            if initial { PolicyType::Initial } else { PolicyType::Delta };
        s.scheduler.sync_cycle_enabled = enabled;
        s.scheduler.scheduler_suspended = suspended;
        s.scheduler.staging_mode_enabled = staging;
        s
    }
}

fn simulate(s: &ServerScenario) -> ServerReport {
    let h = horizon();
    s.validate(&h).expect("generated scenarios are valid");
    entra::simulate(s, &h)
}

fn within(spans: &[Span], whole: bool, t: Instant) -> bool {
    whole || spans.iter().any(|w| w.contains(t))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn cycles_never_overlap(s in server()) {
        let r = simulate(&s);
        for c in &r.cycles {
            prop_assert!(c.start <= c.end);
        }
        for pair in r.cycles.windows(2) {
            prop_assert!(pair[0].end <= pair[1].start, "{:?} then {:?}", pair[0], pair[1]);
        }
    }

    #[test]
    fn no_cycle_starts_while_disabled_suspended_or_down(s in server()) {
        let r = simulate(&s);
        let sched = &s.scheduler;
        for c in &r.cycles {
            prop_assert!(!within(&s.outages, false, c.start), "down: {c:?}");
            prop_assert!(!within(&s.suspended_spans, sched.scheduler_suspended, c.start), "suspended: {c:?}");
            let disabled = within(&s.disabled_spans, !sched.sync_cycle_enabled, c.start);
            // Only Start-ADSyncSyncCycle may run while disabled, and only under that parameter.
            let allowed = c.trigger == Trigger::Manual
                && s.behaviour.manual_start_while_disabled == ManualWhileDisabled::Run;
            prop_assert!(!disabled || allowed, "disabled: {c:?}");
        }
    }

    #[test]
    fn a_manual_start_during_a_running_cycle_is_busy(s in server()) {
        let r = simulate(&s);
        for (i, cmd) in s.manual.iter().enumerate() {
            if cmd.command == Command::Stop {
                continue;
            }
            let running = r.cycles.iter().find(|c| c.start <= cmd.at && cmd.at < c.end && c.command != Some(i));
            let busy = r.events.iter().any(|e| matches!(
                e.kind,
                EventKind::ManualStartRejected { command, reason: Rejection::Busy, running_cycle: Some(_), .. }
                    if command == i
            ));
            prop_assert_eq!(running.is_some(), busy, "command {} at {}", i, cmd.at);
            if running.is_some() {
                prop_assert!(r.cycles.iter().all(|c| c.command != Some(i)));
            }
        }
    }

    #[test]
    fn the_effective_interval_is_the_larger_of_customized_and_allowed(s in server()) {
        let r = simulate(&s);
        let allowed = s.scheduler.allowed_sync_cycle_interval;
        let effective = s.scheduler.customized_sync_cycle_interval.map_or(allowed, |c| c.max(allowed));
        // What Get-ADSyncScheduler prints, at every hour (from 1.1.281 the two always agree).
        if s.behaviour.build == Build::From1_1_281 {
            for h in 0..HORIZON_MINUTES / 60 {
                let a = r.answers(minutes(h * 60));
                // While the server is down the cmdlet cannot answer, and says so.
                prop_assert_eq!(a.get_adsyncscheduler.view().is_none(), a.server_down);
                let Some(&v) = a.get_adsyncscheduler.view() else { continue };
                let want = v.customized_sync_cycle_interval.map_or(allowed, |c| c.max(allowed));
                prop_assert_eq!(v.currently_effective_sync_cycle_interval, want);
            }
        }
        // An interval change says what the cmdlet shows right after it, on every build.
        for e in &r.events {
            if let EventKind::IntervalChanged { effective, .. } = e.kind {
                prop_assert_eq!(effective, r.effective_interval_at(e.at), "change at {}", e.at);
            }
        }
        // And the spacing of plain scheduled cycles, when nothing changes the interval.
        if s.interval_changes.is_empty() && s.behaviour.next_start_counted_from == CountFrom::CycleStart {
            // The basis is the last cycle that set the schedule (a manual one only if it
            // re-bases).
            let mut basis: Option<Instant> = None;
            for c in &r.cycles {
                if let (Rule::IntervalFromStart, Some(b)) = (c.rule, basis) {
                    prop_assert_eq!(c.start - b, effective.delta());
                }
                if c.trigger != Trigger::Manual || s.behaviour.manual_cycle_rebases {
                    basis = Some(c.start);
                }
            }
        }
    }

    #[test]
    fn the_seven_day_warning_appears_exactly_when_a_gap_exceeds_seven_days(s in server()) {
        let r = simulate(&s);
        prop_assume!(!r.truncated);
        let week = TimeDelta::days(7);
        let mut expected = Vec::new();
        let mut last = r.delta_rule_since;
        for c in r.cycles.iter().filter(|c| c.outcome.is_completed()) {
            if c.start - last > week {
                expected.push((last, Some(c.index)));
            }
            last = c.end;
        }
        if horizon().end() - last > week {
            expected.push((last, None));
        }
        let mut seen: Vec<(Instant, Option<u32>)> = r
            .warnings
            .iter()
            .filter_map(|w| match w.kind {
                WarningKind::DeltaWindowExceeded { last_sync_end, next_cycle, deadline, .. } => {
                    assert_eq!(deadline, last_sync_end + week);
                    Some((last_sync_end, next_cycle))
                }
                _ => None,
            })
            .collect();
        seen.sort();
        prop_assert_eq!(seen, expected);
    }

    #[test]
    fn no_slot_is_ever_reported_twice(s in server()) {
        let r = simulate(&s);
        let mut spans: Vec<(Instant, Instant, u32)> = r
            .events
            .iter()
            .filter_map(|e| match e.kind {
                EventKind::Skipped { first_slot, until, slots, .. }
                | EventKind::Missed { first_slot, until, slots } => Some((first_slot, until, slots)),
                _ => None,
            })
            .collect();
        spans.sort();
        for &(first, until, slots) in &spans {
            prop_assert!(first < until && slots >= 1, "empty stretch {first}..{until}");
        }
        for pair in spans.windows(2) {
            prop_assert!(pair[0].1 <= pair[1].0, "{:?} overlaps {:?}", pair[0], pair[1]);
        }
    }

    /// One rule for commands typed at the instant a cycle starts (docs/scenario-server.md,
    /// *Order at one instant*): a stop typed then stops that cycle, never "nothing to stop".
    #[test]
    fn a_stop_at_the_instant_a_cycle_starts_stops_it(s in server(), pick in any::<u32>()) {
        let first = simulate(&s);
        let mut s = s;
        // Stops at the starts of a few of the cycles the first run gave; the earliest of them
        // starts at the same instant again, so the property never holds vacuously.
        for c in first.cycles.iter().filter(|c| pick >> (c.index % 32) & 1 == 1).take(6) {
            s.manual.push(ManualCommand { at: c.start, command: Command::Stop });
        }
        let r = simulate(&s);
        prop_assume!(!r.truncated);
        for (i, cmd) in s.manual.iter().enumerate().filter(|(_, c)| c.command == Command::Stop) {
            // The stop is used: on the cycle starting then, unless a cycle still running at
            // that instant (an overrun) took it first.
            let used = r.cycles.iter().any(|c| matches!(
                c.outcome,
                entra::CycleOutcome::Stopped { command, .. } if command == i
            ));
            for c in r.cycles.iter().filter(|c| c.start == cmd.at) {
                prop_assert!(!c.outcome.is_completed() || used, "stop {} at {}: {:?}", i, cmd.at, c);
            }
        }
        for e in &r.events {
            if e.rule == Rule::StopWithoutCycle {
                prop_assert!(r.cycles.iter().all(|c| c.start != e.at), "ignored at a start: {:?}", e);
            }
        }
    }

    /// The same rule for settings: an override typed at the instant a cycle starts applies to
    /// that cycle.
    #[test]
    fn an_override_at_the_instant_a_cycle_starts_applies_to_it(s in server(), pick in any::<u32>()) {
        let first = simulate(&s);
        let mut s = s;
        let mut last = None;
        for c in first.cycles.iter().filter(|c| pick >> (c.index % 32) & 1 == 1).take(6) {
            if last == Some(c.start) {
                continue;
            }
            last = Some(c.start);
            s.connector_overrides.push(ConnectorOverride {
                at: c.start,
                connector: "contoso.com".into(),
                full_import_required: Some(true),
                full_sync_required: None,
            });
        }
        let r = simulate(&s);
        prop_assume!(!r.truncated);
        for e in &r.events {
            if let EventKind::OverrideSet { applies_to, .. } = e.kind
                && let Some(c) = r.cycles.iter().find(|c| c.start == e.at)
            {
                prop_assert_eq!(applies_to, Some(c.index), "override at {}", e.at);
            }
        }
    }

    #[test]
    fn the_parser_never_panics(text in "(\\PC|\r|\n|\t){0,600}") {
        let r = entra::parse_get_adsyncscheduler(&text);
        prop_assert_eq!(r.found.len() + r.missing.len(), 11);
        for m in &r.malformed {
            prop_assert!(m.line >= 1);
        }
    }

    #[test]
    fn the_parser_never_panics_on_near_miss_lines(
        lines in proptest::collection::vec(
            (
                proptest::sample::select(vec![
                    "NextSyncCycleStartTimeInUTC", "CustomizedSyncCycleInterval", "SyncCycleEnabled",
                    "NextSyncCyclePolicyType", "PurgeRunHistoryInterval", "PS C:\\>", "",
                ]),
                "[ \\t\u{a0}：:]{0,3}",
                "[0-9/.:\\- APMapm午前後오전후]{0,30}",
            ),
            0..20,
        )
    ) {
        let text: String = lines.iter().map(|(n, sep, v)| format!("{n}{sep}{v}\r\n")).collect();
        let r = entra::parse_get_adsyncscheduler_with(&text, None);
        prop_assert!(r.malformed.iter().all(|m| m.line <= lines.len()));
    }
}
