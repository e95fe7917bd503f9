#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the Intune engine over generated, valid scenarios: events are ordered, no
//! sync happens while the device cannot sync, a power-off is caught up exactly once, the same
//! input gives the same output, and "next sync" never moves backwards as "now" advances.

use chrono::TimeDelta;
use proptest::prelude::*;
use sync_planner::engine::intune::{
    CoincidentRuns, DeviceReport, DeviceScenario, Down, Event, ImeCadence, ImePowerOn, ImeSettings,
    Lane, ManualSync, ManualVia, MissedRuns, NoNetwork, NoSyncReason, Outcome, Platform,
    PushServiceImpact, PushSettings, RepetitionEnd, RuleSet, SchedulerSettings, ServiceSettings,
    ThrottledRun, Timing, simulate,
};
use sync_planner::engine::{Delay, Instant, Span, Window};

fn base() -> Instant {
    "2026-03-01T00:00:00Z".parse().unwrap()
}

fn at(minutes: i64) -> Instant {
    base() + TimeDelta::minutes(minutes)
}

/// Disjoint windows laid end to end from the horizon's start: (gap, length) in minutes.
fn lay_out(parts: &[(i64, i64)], horizon_min: i64) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    let mut cursor = 0;
    for &(gap, len) in parts {
        let start = cursor + gap;
        let end = start + len;
        if end > horizon_min {
            // The last one runs to the horizon's end: as a span it is left open.
            if start < horizon_min {
                out.push((start, horizon_min));
            }
            break;
        }
        out.push((start, end));
        cursor = end;
    }
    out
}

/// The same as [`windows`], as spans; one that ends at the horizon's end (`horizon_min`) is left
/// open ("not yet fixed"), which must behave the same.
fn spans_to(spans: &[(i64, i64)], horizon_min: i64) -> Vec<Span> {
    spans
        .iter()
        .map(|&(a, b)| Span::new(at(a), (b < horizon_min).then(|| at(b))).unwrap())
        .collect()
}

fn windows(spans: &[(i64, i64)]) -> Vec<Window> {
    spans
        .iter()
        .map(|&(a, b)| Window::new(at(a), at(b)).unwrap())
        .collect()
}

fn platform() -> impl Strategy<Value = Platform> {
    prop_oneof![
        4 => Just(Platform::Windows),
        1 => Just(Platform::Ios),
        1 => Just(Platform::Macos),
        1 => Just(Platform::AndroidEnterprise),
        1 => Just(Platform::AndroidDeviceAdmin),
    ]
}

fn scheduler() -> impl Strategy<Value = SchedulerSettings> {
    (
        any::<bool>(),
        0u32..30,
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        0u32..300,
    )
        .prop_map(
            |(swa, delay, each, retry, exclusive, separate, random)| SchedulerSettings {
                start_when_available: swa,
                catch_up_delay: Delay::minutes(delay),
                missed_runs: if each {
                    MissedRuns::EachLate
                } else {
                    MissedRuns::Collapse
                },
                no_network: if retry {
                    NoNetwork::RetryWhenOnline
                } else {
                    NoNetwork::Skip
                },
                repetition_end: if exclusive {
                    RepetitionEnd::Exclusive
                } else {
                    RepetitionEnd::Inclusive
                },
                coincident_runs: if separate {
                    CoincidentRuns::Separate
                } else {
                    CoincidentRuns::Merge
                },
                random_delay: Delay::from_secs(random).unwrap(),
                ..SchedulerSettings::default()
            },
        )
}

prop_compose! {
    /// A valid device over a horizon of 2..12 days, with every kind of disruption.
    fn device()(
        days in 2i64..12,
        enrolled in -20_000i64..2_000,
        platform in platform(),
        down in prop::collection::vec((0i64..3000, 1i64..1500, any::<bool>()), 0..12),
        offline in prop::collection::vec((0i64..3000, 1i64..600), 0..8),
        push_off in prop::collection::vec((0i64..6000, 1i64..3000), 0..3),
        logons in prop::collection::vec(0i64..17_000, 0..6),
        manual in prop::collection::vec((0i64..17_000, any::<bool>()), 0..6),
        admin in prop::collection::vec(0i64..17_000, 0..6),
        push_delay in 0u32..120,
        push_only in any::<bool>(),
        push_keep in (0u32..60, 0u32..3000, 0u32..3000),
        scheduler in scheduler(),
        limit in any::<bool>(),
        reading in (any::<bool>(), any::<bool>()),
        ime in (any::<bool>(), any::<bool>(), 0u32..3600),
        seed in any::<u64>(),
    ) -> (DeviceScenario, Window) {
        let horizon_min = days * 1440;
        let horizon = Window::new(at(0), at(horizon_min)).unwrap();
        let parts: Vec<(i64, i64)> = down.iter().map(|&(g, l, _)| (g, l)).collect();
        let spans = lay_out(&parts, horizon_min);
        let (mut off, mut sleep) = (Vec::new(), Vec::new());
        for (span, (_, _, is_off)) in spans.iter().zip(&down) {
            if *is_off { off.push(*span) } else { sleep.push(*span) }
        }
        let is_down = |m: i64| spans.iter().any(|&(a, b)| a <= m && m < b);
        let offline = lay_out(&offline, horizon_min);
        // Enrolling needs the device up and online.
        let unreachable = |m: i64| is_down(m) || offline.iter().any(|&(a, b)| a <= m && m < b);
        let enrolled = if unreachable(enrolled) { -enrolled.abs() - 1 } else { enrolled };
        let in_h = |m: &i64| *m >= enrolled.max(0) && *m < horizon_min;
        let platform_is_windows = platform == Platform::Windows;
        let device = DeviceScenario {
            platform,
            enrolled_at: at(enrolled),
            rule_set: RuleSet::Learn2025_10,
            power_off: spans_to(&off, horizon_min),
            sleep: windows(&sleep),
            offline: spans_to(&offline, horizon_min),
            logons: logons.iter().filter(|m| in_h(m) && !is_down(**m)).map(|&m| at(m)).collect(),
            manual_syncs: manual
                .iter()
                .filter(|(m, _)| in_h(m) && !is_down(*m))
                .map(|&(m, settings)| ManualSync {
                    at: at(m),
                    via: if settings && platform_is_windows { ManualVia::Settings } else { ManualVia::CompanyPortal },
                })
                .collect(),
            admin_syncs: admin.iter().filter(|m| in_h(m)).map(|&m| at(m)).collect(),
            push_delivery_delay: Delay::minutes(push_delay),
            // dmwappushservice exists on Windows only.
            push_service_disabled: if platform_is_windows { spans_to(&lay_out(&push_off, horizon_min), horizon_min) } else { Vec::new() },
            push_service_impact: if push_only { PushServiceImpact::PushOnly } else { PushServiceImpact::AllSessions },
            push: PushSettings {
                min_spacing: Delay::minutes(push_keep.0),
                apns_keeps_for: Delay::minutes(push_keep.1),
                fcm_keeps_for: Delay::minutes(push_keep.2),
                ..PushSettings::default()
            },
            scheduler,
            service: ServiceSettings {
                maintenance_limit: limit,
                throttled_run: if reading.0 { ThrottledRun::Refused } else { ThrottledRun::CheckIn },
                late_run_uses_allowance: reading.1,
                ..ServiceSettings::default()
            },
            ime: ImeSettings {
                enabled: ime.0,
                cadence: if ime.1 { ImeCadence::Every1h } else { ImeCadence::Every8h },
                random_delay: Delay::from_secs(ime.2).unwrap(),
                // Both readings of a power-off's end: a resume, or a full boot.
                power_on: if ime.2 % 2 == 0 { ImePowerOn::Resume } else { ImePowerOn::ServiceStart },
            },
            seed,
        };
        (device, horizon)
    }
}

prop_compose! {
    /// A Windows device with default settings and one power-off, nothing else.
    fn one_power_off()(
        enrolled in -5_000i64..600,
        start in 0i64..2_500,
        len in 1i64..1_500,
    ) -> (DeviceScenario, Window, Window) {
        let horizon = Window::new(at(0), at(3 * 1440)).unwrap();
        let off = Window::new(at(start), at(start + len)).unwrap();
        let enrolled = if off.contains(at(enrolled)) { -1 } else { enrolled };
        let json = format!(r#"{{"enrolled_at":"{}"}}"#, at(enrolled).to_rfc3339());
        let mut device: DeviceScenario = serde_json::from_str(&json).unwrap();
        device.power_off = vec![off.into()];
        (device, horizon, off)
    }
}

fn run(device: &DeviceScenario, horizon: &Window) -> DeviceReport {
    assert_eq!(
        device.validate(horizon),
        Ok(()),
        "the generator made an invalid scenario"
    );
    simulate(device, horizon)
}

fn inside(windows: &[Window], t: Instant) -> bool {
    windows.iter().any(|w| w.contains(t))
}

fn inside_span(spans: &[Span], t: Instant) -> bool {
    spans.iter().any(|s| s.contains(t))
}

/// 96 cases keep the suite fast; set PROPTEST_CASES for a longer hunt.
fn config() -> ProptestConfig {
    let default = ProptestConfig::default();
    match std::env::var_os("PROPTEST_CASES") {
        Some(_) => default,
        None => ProptestConfig {
            cases: 96,
            ..default
        },
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn events_are_ordered_by_instant_then_lane((device, horizon) in device()) {
        let report = run(&device, &horizon);
        prop_assert!(report.events.windows(2).all(|p| (p[0].at, p[0].lane) <= (p[1].at, p[1].lane)));
        prop_assert!(report.events.iter().all(|e| horizon.contains(e.at)));
        prop_assert!(!report.truncated);
    }

    #[test]
    fn nothing_syncs_while_the_device_cannot((device, horizon) in device()) {
        let report = run(&device, &horizon);
        for e in report.events.iter().filter(|e| e.outcome.reached_service()) {
            prop_assert!(!inside_span(&device.power_off, e.at), "synced while off: {e:?}");
            prop_assert!(!inside(&device.sleep, e.at), "synced while asleep: {e:?}");
            prop_assert!(!inside_span(&device.offline, e.at), "synced while offline: {e:?}");
            let blocked = e.lane == Lane::Push || device.push_service_impact == PushServiceImpact::AllSessions;
            if e.lane.is_mdm() && blocked {
                prop_assert!(!inside_span(&device.push_service_disabled, e.at), "synced with the push service disabled: {e:?}");
            }
        }
    }

    #[test]
    fn every_admin_sync_is_reported_exactly_once((device, horizon) in device()) {
        // Sent, held, lost, not sent, or pending past the horizon: never silently gone, and
        // never delivered twice.
        let report = run(&device, &horizon);
        let pushes = report.events.iter().filter(|e| e.lane == Lane::Push).count();
        prop_assert_eq!(pushes, device.admin_syncs.len());
    }

    #[test]
    fn the_same_input_gives_the_same_output((device, horizon) in device()) {
        let a = run(&device, &horizon);
        let b = run(&device.clone(), &horizon);
        prop_assert_eq!(&a.events, &b.events);
        prop_assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
    }

    #[test]
    fn next_sync_never_moves_backwards((device, horizon) in device(), mut nows in prop::collection::vec(-600i64..18_000, 1..24)) {
        let report = run(&device, &horizon);
        nows.sort_unstable();
        let mut previous: Option<Option<Instant>> = None;
        for m in nows {
            let now = at(m);
            let answers = report.answers(now);
            // Before the horizon, a device enrolled by then has unsimulated syncs: unknown, not
            // "no sync left".
            if answers.no_future_sync == Some(NoSyncReason::BeforeHorizon) {
                prop_assert!(now < horizon.start() && device.enrolled_at < horizon.start());
                prop_assert!(answers.next_sync.is_none() && answers.last_sync.is_none());
                continue;
            }
            let next = answers.next_sync.map(|s| s.at);
            if let Some(n) = next {
                prop_assert!(n > now);
            }
            if let Some(prev) = previous {
                // None means "no sync left"; it may follow a sync but never precede one.
                match (prev, next) {
                    (Some(p), Some(n)) => prop_assert!(n >= p),
                    (None, Some(_)) => prop_assert!(false, "a sync reappeared after none was left"),
                    _ => {}
                }
            }
            prop_assert!(answers.last_sync.is_none_or(|s| s.at <= now));
            prop_assert_eq!(answers.no_future_sync.is_some(), next.is_none());
            previous = Some(next);
        }
    }

    #[test]
    fn a_power_off_that_swallowed_runs_is_caught_up_exactly_once((device, horizon, off) in one_power_off()) {
        let report = run(&device, &horizon);
        let missed: Vec<&Event> = report.events.iter().filter(|e| matches!(e.outcome, Outcome::Missed { .. })).collect();
        let due = off.end() + device.scheduler.catch_up_delay.delta();
        // Every missed run lies in the power-off and is caught up at one instant: the end plus
        // the catch-up delay (if that is still inside the horizon).
        for e in &missed {
            prop_assert!(off.contains(e.at));
            let expected = horizon.contains(due).then_some(due);
            prop_assert_eq!(e.outcome, Outcome::Missed { state: Down::Off, caught_up_at: expected });
        }
        let catch_ups: Vec<&Event> = report.events.iter().filter(|e| e.lane == Lane::CatchUp).collect();
        if missed.is_empty() || !horizon.contains(due) {
            prop_assert!(catch_ups.is_empty());
        } else {
            // One catch-up per task that missed runs, standing for all of that task's runs…
            let mut tasks: Vec<Lane> = missed.iter().map(|e| e.lane).collect();
            tasks.sort();
            tasks.dedup();
            prop_assert_eq!(catch_ups.len(), tasks.len());
            let stood_for: u32 = catch_ups
                .iter()
                .map(|e| match e.timing { Timing::CatchUp { count, .. } => count, _ => 0 })
                .sum();
            prop_assert_eq!(stood_for as usize, missed.len());
            // …all at the same instant, where exactly one session syncs — unless the service
            // refuses the catch-up because Schedule #3 ran on time between power-on and then
            // (a maintenance sync less than 6.5 h before).
            prop_assert!(catch_ups.iter().all(|e| e.at == due));
            let sessions = report.events.iter().filter(|e| e.at == due && e.is_sync()).count();
            let refused = catch_ups.iter().any(|e| matches!(e.outcome, Outcome::Throttled { .. }));
            if refused {
                let on_time = report.events.iter().any(|e| {
                    e.lane == Lane::Schedule3 && e.is_sync() && e.at >= off.end() && e.at < due
                });
                prop_assert!(on_time && sessions == 0);
            } else {
                prop_assert_eq!(sessions, 1);
            }
            // And nothing syncs between the power-on and the catch-up except on schedule.
            prop_assert!(report.events.iter().filter(|e| e.at >= off.end() && e.at < due).all(|e| e.lane != Lane::CatchUp));
        }
    }
}

/// A Windows device on a custom schedule whose every set ends (each set: interval in minutes
/// and count, or off), with its maintenance window at some hour and minute, over 4 days.
fn finite_schedule() -> impl Strategy<Value = (DeviceScenario, Window)> {
    let set = prop::option::of((1u32..240, 1u32..30));
    (
        set.clone(),
        set.clone(),
        set,
        0u16..24,
        0u16..60,
        -12i16..=12,
    )
        .prop_filter("at least one set", |(a, b, c, ..)| {
            a.is_some() || b.is_some() || c.is_some()
        })
        .prop_map(|(a, b, c, hour, minute, offset)| {
            use sync_planner::engine::Period;
            use sync_planner::engine::intune::{CustomPoll, PollSet, TimeOfDay};
            let poll = |s: Option<(u32, u32)>| s.map(|(i, n)| PollSet::new(Period::minutes(i), n));
            let mut device = DeviceScenario::new(at(9 * 60));
            device.rule_set = RuleSet::Custom(CustomPoll {
                first: poll(a),
                second: poll(b),
                remaining: poll(c),
                ..CustomPoll::default()
            });
            device.scheduler.maintenance_window =
                TimeOfDay::new(hour, minute, offset * 60).unwrap();
            (device, Window::new(at(0), at(4 * 24 * 60)).unwrap())
        })
}

proptest! {
    #![proptest_config(config())]

    /// DMClient CSP: "If there is no infinite schedule set, then a 24-hour schedule is created
    /// and scheduled to launch in the maintenance window": such a device is never left without
    /// a sync for more than a day, and never told its schedule ended.
    #[test]
    fn a_windows_schedule_whose_sets_all_end_still_syncs_every_day((device, horizon) in finite_schedule()) {
        let report = run(&device, &horizon);
        let mut now = device.enrolled_at;
        while now + TimeDelta::hours(24) < horizon.end() {
            let a = report.answers(now);
            let next = a.next_sync.map(|s| s.at);
            prop_assert!(next.is_some_and(|t| t <= now + TimeDelta::hours(24)), "at {now}: next {next:?}");
            prop_assert!(a.no_future_sync.is_none());
            now += TimeDelta::minutes(97);
        }
    }
}
