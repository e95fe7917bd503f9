//! Unit tests of the simulation, one or more per rule: each scenario is small JSON, each
//! assertion names the instants and outcomes the rule must produce.

use super::*;
use crate::engine::intune::report::Note;
use crate::engine::time::Instant;

fn t(s: &str) -> Instant {
    format!("2026-01-{s}:00Z").parse().unwrap()
}

/// Three days from 5 January, with the device given as JSON fields after `enrolled_at`.
fn sim(fields: &str) -> DeviceReport {
    sim_in(Window::new(t("05T00:00"), t("08T00:00")).unwrap(), fields)
}

fn sim_in(horizon: Window, fields: &str) -> DeviceReport {
    let json = format!(r#"{{"enrolled_at":"2026-01-05T09:00:00Z"{fields}}}"#);
    let device: DeviceScenario = serde_json::from_str(&json).unwrap();
    assert_eq!(device.validate(&horizon), Ok(()), "{json}");
    simulate(&device, &horizon)
}

/// "DDTHH:MM" of each event matching `pick`.
fn when(report: &DeviceReport, pick: impl Fn(&Event) -> bool) -> Vec<String> {
    report
        .events
        .iter()
        .filter(|e| pick(e))
        .map(|e| e.at.format("%dT%H:%M").to_string())
        .collect()
}

fn syncs(report: &DeviceReport) -> Vec<String> {
    when(report, Event::is_sync)
}

fn mdm(report: &DeviceReport) -> Vec<&Event> {
    report.events.iter().filter(|e| e.lane.is_mdm()).collect()
}

const NO_IME: &str = r#","ime":{"enabled":false}"#;

#[test]
fn windows_ramp_is_every_3_min_then_15_min_then_8_h() {
    let r = sim(NO_IME);
    let mut expected: Vec<String> = (0..=5).map(|k| format!("05T09:{:02}", 3 * k)).collect();
    expected.extend((2..=9).map(|k| {
        let m = 9 * 60 + 15 * k;
        format!("05T{:02}:{:02}", m / 60, m % 60)
    }));
    expected.extend(
        [
            "05T19:15", "06T03:15", "06T11:15", "06T19:15", "07T03:15", "07T11:15", "07T19:15",
        ]
        .map(String::from),
    );
    assert_eq!(syncs(&r), expected);
    // The two boundary runs join the session already under way at that instant.
    let merged: Vec<(String, Lane, Outcome)> = r
        .events
        .iter()
        .filter(|e| matches!(e.outcome, Outcome::Merged { .. }))
        .map(|e| (e.at.format("%H:%M").to_string(), e.lane, e.outcome))
        .collect();
    assert_eq!(
        merged,
        vec![
            (
                "09:15".into(),
                Lane::Schedule2,
                Outcome::Merged {
                    into: Lane::Schedule1
                }
            ),
            (
                "11:15".into(),
                Lane::Schedule3,
                Outcome::Merged {
                    into: Lane::Schedule2
                }
            ),
        ]
    );
    assert!(r.events.iter().all(|e| e.timing == Timing::OnTime));
    assert_eq!(
        r.events
            .iter()
            .filter(|e| e.lane == Lane::Schedule1)
            .count(),
        6
    );
    assert_eq!(
        r.events
            .iter()
            .filter(|e| e.lane == Lane::Schedule2)
            .count(),
        9
    );
}

#[test]
fn exclusive_repetition_ends_drop_the_end_points_but_not_the_instants() {
    let r = sim(r#","ime":{"enabled":false},"scheduler":{"repetition_end":"exclusive"}"#);
    assert_eq!(
        r.events
            .iter()
            .filter(|e| e.lane == Lane::Schedule1)
            .count(),
        5
    );
    assert_eq!(
        r.events
            .iter()
            .filter(|e| e.lane == Lane::Schedule2)
            .count(),
        8
    );
    assert!(r.events.iter().all(|e| e.outcome == Outcome::Synced));
    assert_eq!(syncs(&r), syncs(&sim(NO_IME)));
}

#[test]
fn separate_coincident_runs_are_two_sessions() {
    let r = sim(r#","ime":{"enabled":false},"scheduler":{"coincident_runs":"separate"}"#);
    assert_eq!(
        when(&r, Event::is_sync)
            .iter()
            .filter(|s| *s == "05T09:15")
            .count(),
        2
    );
    assert!(
        r.events
            .iter()
            .all(|e| !matches!(e.outcome, Outcome::Merged { .. }))
    );
}

#[test]
fn a_run_missed_while_off_is_caught_up_once_after_the_delay() {
    // Off from 18:00 to 23:00: the 19:15 run of Schedule #3 is missed.
    let r = sim(
        r#","ime":{"enabled":false},"power_off":[{"start":"2026-01-05T18:00:00Z","end":"2026-01-05T23:00:00Z"}]"#,
    );
    let missed: Vec<&Event> = r
        .events
        .iter()
        .filter(|e| matches!(e.outcome, Outcome::Missed { .. }))
        .collect();
    assert_eq!(missed.len(), 1);
    assert_eq!(
        missed[0].outcome,
        Outcome::Missed {
            state: Down::Off,
            caught_up_at: Some(t("05T23:10"))
        }
    );
    assert_eq!(missed[0].reason, Some(Rule::CatchUpStartWhenAvailable));
    let catch_up: Vec<&Event> = r
        .events
        .iter()
        .filter(|e| e.lane == Lane::CatchUp)
        .collect();
    assert_eq!(catch_up.len(), 1);
    assert_eq!(catch_up[0].at, t("05T23:10"));
    assert_eq!(catch_up[0].outcome, Outcome::Synced);
    assert_eq!(catch_up[0].rule, Rule::CatchUpStartWhenAvailable);
    assert_eq!(
        catch_up[0].timing,
        Timing::CatchUp {
            for_lane: Lane::Schedule3,
            first_due: t("05T19:15"),
            last_due: t("05T19:15"),
            count: 1,
            resumed_at: t("05T23:00"),
            delay: Delay::minutes(10),
        }
    );
    // The next 8 h run comes 4 h 05 min after that maintenance sync: it still checks in, but
    // the service may skip its maintenance work (the default, lenient reading).
    let next = r.events.iter().find(|e| e.at == t("06T03:15")).unwrap();
    assert_eq!(
        next.outcome,
        Outcome::SyncedMaintenanceLimited {
            previous: t("05T23:10"),
            allowed_from: t("06T05:40")
        }
    );
    assert_eq!(next.reason, Some(Rule::MaintenanceSyncLimit));
    assert!(next.is_sync());
}

#[test]
fn the_strict_reading_refuses_the_session() {
    let r = sim(
        r#","ime":{"enabled":false},"service":{"throttled_run":"refused"},"power_off":[{"start":"2026-01-05T18:00:00Z","end":"2026-01-05T23:00:00Z"}]"#,
    );
    let next = r.events.iter().find(|e| e.at == t("06T03:15")).unwrap();
    assert_eq!(
        (next.outcome, next.reason),
        (
            Outcome::Throttled {
                previous: t("05T23:10"),
                allowed_from: t("06T05:40")
            },
            Some(Rule::MaintenanceSyncLimitRefused)
        )
    );
    assert!(!next.is_sync());
}

#[test]
fn without_the_maintenance_limit_nothing_is_throttled() {
    let r = sim(
        r#","ime":{"enabled":false},"service":{"maintenance_limit":false},"power_off":[{"start":"2026-01-05T18:00:00Z","end":"2026-01-05T23:00:00Z"}]"#,
    );
    assert!(
        r.events
            .iter()
            .all(|e| !matches!(e.outcome, Outcome::Throttled { .. }))
    );
    assert!(syncs(&r).contains(&"06T03:15".to_string()));
}

#[test]
fn without_start_when_available_missed_runs_are_skipped() {
    let r = sim(
        r#","ime":{"enabled":false},"scheduler":{"start_when_available":false},"sleep":[{"start":"2026-01-05T18:00:00Z","end":"2026-01-05T23:00:00Z"}]"#,
    );
    let e = r.events.iter().find(|e| e.at == t("05T19:15")).unwrap();
    assert_eq!(
        (e.outcome, e.reason),
        (Outcome::SkippedAsleep, Some(Rule::NoWakeToRun))
    );
    assert!(r.events.iter().all(|e| e.lane != Lane::CatchUp));
}

#[test]
fn missed_runs_collapse_into_one_catch_up_or_run_each_late() {
    // Off for 20 hours: the 19:15, 03:15 and 11:15 runs are missed.
    let off = r#","ime":{"enabled":false},"power_off":[{"start":"2026-01-05T18:00:00Z","end":"2026-01-06T14:00:00Z"}]"#;
    let r = sim(off);
    let ups: Vec<&Event> = r
        .events
        .iter()
        .filter(|e| e.lane == Lane::CatchUp)
        .collect();
    assert_eq!(ups.len(), 1);
    assert!(matches!(ups[0].timing, Timing::CatchUp { count: 3, .. }));
    let r = sim(&format!(
        r#"{off},"scheduler":{{"missed_runs":"each_late"}}"#
    ));
    let ups: Vec<(Outcome, u32)> = r
        .events
        .iter()
        .filter(|e| e.lane == Lane::CatchUp)
        .map(|e| {
            (
                e.outcome,
                match e.timing {
                    Timing::CatchUp { count, .. } => count,
                    _ => 0,
                },
            )
        })
        .collect();
    // At one instant they make one session…
    let merged = Outcome::Merged {
        into: Lane::CatchUp,
    };
    assert_eq!(ups, vec![(Outcome::Synced, 1), (merged, 1), (merged, 1)]);
    // …unless each run is its own session: then the second and third fall inside the 6.5 h
    // limit and check in without maintenance work.
    let r = sim(&format!(
        r#"{off},"scheduler":{{"missed_runs":"each_late","coincident_runs":"separate"}}"#
    ));
    let ups: Vec<Outcome> = r
        .events
        .iter()
        .filter(|e| e.lane == Lane::CatchUp)
        .map(|e| e.outcome)
        .collect();
    let limited = Outcome::SyncedMaintenanceLimited {
        previous: t("06T14:10"),
        allowed_from: t("06T20:40"),
    };
    assert_eq!(ups, vec![Outcome::Synced, limited, limited]);
}

#[test]
fn a_catch_up_that_falls_in_another_down_span_waits_for_the_next_one() {
    let r = sim(
        r#","ime":{"enabled":false},"power_off":[{"start":"2026-01-05T18:00:00Z","end":"2026-01-05T23:00:00Z"}],"sleep":[{"start":"2026-01-05T23:05:00Z","end":"2026-01-06T01:00:00Z"}]"#,
    );
    let ups: Vec<&Event> = r
        .events
        .iter()
        .filter(|e| e.lane == Lane::CatchUp)
        .collect();
    assert_eq!(ups.len(), 1);
    assert_eq!(ups[0].at, t("06T01:10"));
    assert!(
        matches!(ups[0].timing, Timing::CatchUp { resumed_at, .. } if resumed_at == t("06T01:00"))
    );
}

#[test]
fn offline_runs_are_skipped_or_retried_when_the_network_returns() {
    let offline = r#","ime":{"enabled":false},"offline":[{"start":"2026-01-05T19:00:00Z","end":"2026-01-05T20:30:00Z"}]"#;
    let r = sim(offline);
    let e = r.events.iter().find(|e| e.at == t("05T19:15")).unwrap();
    assert_eq!(e.outcome, Outcome::SkippedOffline { retried_at: None });
    assert_eq!(e.reason, Some(Rule::RunOnlyIfNetworkAvailable));
    assert!(r.events.iter().all(|e| e.lane != Lane::CatchUp));
    let r = sim(&format!(
        r#"{offline},"scheduler":{{"no_network":"retry_when_online"}}"#
    ));
    let e = r.events.iter().find(|e| e.at == t("05T19:15")).unwrap();
    assert_eq!(
        e.outcome,
        Outcome::SkippedOffline {
            retried_at: Some(t("05T20:30"))
        }
    );
    let retry = r.events.iter().find(|e| e.lane == Lane::CatchUp).unwrap();
    assert_eq!(
        (retry.at, retry.rule, retry.outcome),
        (t("05T20:30"), Rule::NetworkRetry, Outcome::Synced)
    );
}

#[test]
fn a_disabled_push_service_blocks_every_session_or_only_pushes() {
    let base = r#","ime":{"enabled":false},"push_service_disabled":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-08T00:00:00Z"}],"admin_syncs":["2026-01-06T12:00:00Z"],"manual_syncs":[{"at":"2026-01-06T13:00:00Z","via":"settings"}]"#;
    let r = sim(base);
    assert!(
        mdm(&r)
            .iter()
            .filter(|e| e.at >= t("06T00:00"))
            .all(|e| e.outcome == Outcome::BlockedPushService)
    );
    assert_eq!(
        mdm(&r)
            .iter()
            .find(|e| e.at >= t("06T00:00"))
            .unwrap()
            .reason,
        Some(Rule::PushServiceDisabled)
    );
    let r = sim(&format!(r#"{base},"push_service_impact":"push_only""#));
    for e in mdm(&r).iter().filter(|e| e.at >= t("06T00:00")) {
        let expected = if e.lane == Lane::Push {
            Outcome::BlockedPushService
        } else {
            Outcome::Synced
        };
        assert_eq!(e.outcome, expected, "{:?}", e.lane);
    }
    let push = r.events.iter().find(|e| e.lane == Lane::Push).unwrap();
    assert_eq!(push.reason, Some(Rule::PushServiceDisabledPushOnly));
}

#[test]
fn admin_pushes_arrive_after_the_delay_and_are_lost_on_an_unreachable_device() {
    let r = sim(
        r#","ime":{"enabled":false},"push_delivery_delay":"PT5M","admin_syncs":["2026-01-06T12:00:00Z","2026-01-06T15:00:00Z"],"power_off":[{"start":"2026-01-06T15:01:00Z","end":"2026-01-06T16:00:00Z"}]"#,
    );
    let pushes: Vec<&Event> = r.events.iter().filter(|e| e.lane == Lane::Push).collect();
    assert_eq!(pushes.len(), 2);
    assert_eq!(
        (pushes[0].at, pushes[0].outcome),
        (t("06T12:05"), Outcome::Synced)
    );
    assert_eq!(
        pushes[0].timing,
        Timing::Delivered {
            sent: t("06T12:00"),
            delay: Delay::minutes(5)
        }
    );
    assert_eq!(
        (pushes[1].outcome, pushes[1].reason),
        (Outcome::SkippedOff, Some(Rule::PushWnsDropsOffline))
    );
    // A lost push is not caught up.
    assert!(r.events.iter().all(|e| e.lane != Lane::CatchUp));
}

#[test]
fn manual_syncs_sync_and_company_portal_also_checks_the_ime_in() {
    let r = sim(
        r#","manual_syncs":[{"at":"2026-01-06T12:00:00Z","via":"settings"},{"at":"2026-01-06T13:00:00Z","via":"company_portal"}],"offline":[{"start":"2026-01-06T11:00:00Z","end":"2026-01-06T12:30:00Z"}]"#,
    );
    let at = |lane| {
        r.events
            .iter()
            .find(|e| e.lane == lane && e.at >= t("06T12:00"))
            .copied()
            .unwrap()
    };
    assert_eq!(
        at(Lane::ManualSettings).outcome,
        Outcome::SkippedOffline { retried_at: None }
    );
    assert_eq!(at(Lane::ManualSettings).reason, None);
    assert_eq!(at(Lane::ManualCompanyPortal).outcome, Outcome::Synced);
    let ime = r
        .events
        .iter()
        .find(|e| e.rule == Rule::ImeCompanyPortal)
        .unwrap();
    assert_eq!(
        (ime.at, ime.lane, ime.outcome),
        (t("06T13:00"), Lane::Ime, Outcome::Synced)
    );
}

#[test]
fn a_logon_runs_the_login_schedule_and_an_ime_check_in() {
    let r = sim(r#","logons":["2026-01-06T08:30:00Z"]"#);
    let at: Vec<(Lane, Rule)> = r
        .events
        .iter()
        .filter(|e| e.at == t("06T08:30"))
        .map(|e| (e.lane, e.rule))
        .collect();
    assert_eq!(
        at,
        vec![
            (Lane::Login, Rule::WindowsLoginSchedule),
            (Lane::Ime, Rule::ImeSignIn)
        ]
    );
    // Apple devices have no logon poll.
    let r = sim(r#","platform":"ios","logons":["2026-01-06T08:30:00Z"]"#);
    assert!(r.events.iter().all(|e| e.at != t("06T08:30")));
}

#[test]
fn ime_checks_in_at_start_every_8_h_restarts_at_boot_and_waits_for_wake() {
    // A full boot (not a resume: see `ime.power_on`) restarts the service and its timer.
    let r = sim(
        r#","ime":{"power_on":"service_start"},"power_off":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-06T06:00:00Z"}],"sleep":[{"start":"2026-01-06T12:00:00Z","end":"2026-01-06T23:00:00Z"}]"#,
    );
    let ime: Vec<(String, Rule)> = r
        .events
        .iter()
        .filter(|e| e.lane == Lane::Ime)
        .map(|e| (e.at.format("%dT%H:%M").to_string(), e.rule))
        .collect();
    let i8 = Rule::ImeInterval8H;
    let expected = [
        ("05T09:00", Rule::ImeServiceStart),
        ("05T17:00", i8),
        ("06T06:00", Rule::ImeServiceStart),
        ("06T23:00", i8), // due 14:00 while asleep: runs at wake, once
        ("07T06:00", i8),
        ("07T14:00", i8),
        ("07T22:00", i8),
    ];
    assert_eq!(ime, expected.map(|(a, b)| (a.to_string(), b)));
    let woke = r
        .events
        .iter()
        .find(|e| e.lane == Lane::Ime && e.at == t("06T23:00"))
        .unwrap();
    assert_eq!(woke.timing, Timing::AfterWake { due: t("06T14:00") });
    let hourly = sim(r#","ime":{"cadence":"every_1h"}"#);
    let first = hourly
        .events
        .iter()
        .filter(|e| e.lane == Lane::Ime)
        .nth(1)
        .unwrap();
    assert_eq!((first.at, first.rule), (t("05T10:00"), Rule::ImeInterval1H));
}

#[test]
fn random_delays_are_seeded_bounded_and_reported() {
    let fields = r#","ime":{"random_delay":"PT60M"},"scheduler":{"random_delay":"PT2M"},"seed":7"#;
    let a = sim(fields);
    let b = sim(fields);
    assert_eq!(a.events, b.events);
    let c = sim(&fields.replace("\"seed\":7", "\"seed\":8"));
    assert_ne!(a.events, c.events);
    let mut delayed = 0;
    for e in &a.events {
        if let Timing::RandomDelay { due, delay } = e.timing {
            delayed += 1;
            assert_eq!(e.at, due + delay.delta());
            let max = if e.lane == Lane::Ime { 3600 } else { 120 };
            assert!(delay.secs() <= max);
        }
    }
    assert!(delayed > 10);
    let mut sorted = a.events.clone();
    sorted.sort_by_key(|e| (e.at, e.lane));
    assert_eq!(sorted, a.events);
}

#[test]
fn apple_and_android_follow_their_rows_of_the_table() {
    let r = sim(r#","platform":"macos""#);
    let mut expected: Vec<String> = (0..4).map(|k| format!("05T09:{:02}", 15 * k)).collect();
    expected.extend(["05T10:00", "05T18:00", "06T02:00"].map(String::from));
    assert_eq!(syncs(&r)[..7], expected[..]);
    assert!(r.notes.contains(&Note::TaskSchedulerModelAssumed));
    assert!(r.events.iter().all(|e| e.lane != Lane::Ime));
    let old = sim(r#","platform":"ios","rule_set":"legacy_apple_15min_for_6h""#);
    assert_eq!(
        syncs(&old).iter().filter(|s| s.starts_with("05T1")).count(),
        4 * 6 - 4 + 1
    );
    assert_eq!(old.events[0].rule, Rule::LegacyRefreshEvery15MinFor6H);
    let android = sim(r#","platform":"android_enterprise""#);
    assert_eq!(syncs(&android), syncs(&sim(NO_IME)));
    assert_eq!(android.events[0].rule, Rule::RefreshEvery3MinFor15Min);
}

#[test]
fn linux_has_no_scheduled_polls_but_manual_syncs_run() {
    let r = sim(
        r#","platform":"linux","manual_syncs":[{"at":"2026-01-06T12:00:00Z","via":"company_portal"}]"#,
    );
    assert_eq!(syncs(&r), vec!["06T12:00".to_string()]);
    assert_eq!(r.notes, vec![Note::UndocumentedPlatform]);
    let custom =
        sim(r#","platform":"linux","rule_set":{"custom":{"remaining":{"interval":"PT12H"}}}"#);
    assert_eq!(
        syncs(&custom),
        [
            "05T09:00", "05T21:00", "06T09:00", "06T21:00", "07T09:00", "07T21:00"
        ]
    );
    assert_eq!(custom.events[0].rule, Rule::CustomPollRemaining);
}

#[test]
fn a_device_enrolled_long_before_keeps_its_8_h_phase() {
    let horizon = Window::new(t("20T00:00"), t("21T00:00")).unwrap();
    let r = sim_in(horizon, NO_IME);
    // 09:00 + 2 h 15 min = 11:15, then every 8 h: 03:15, 11:15, 19:15 on any later day.
    assert_eq!(syncs(&r), ["20T03:15", "20T11:15", "20T19:15"]);
    assert!(r.events.iter().all(|e| e.lane == Lane::Schedule3));
}

#[test]
fn the_legend_lists_each_cited_rule_once_with_its_source() {
    let r = sim(r#","power_off":[{"start":"2026-01-05T18:00:00Z","end":"2026-01-05T23:00:00Z"}]"#);
    let codes: Vec<&str> = r.rules.iter().map(|i| i.rule.code()).collect();
    for rule in [
        Rule::WindowsSchedule1,
        Rule::CoincidentRunsMerged,
        Rule::CatchUpStartWhenAvailable,
        Rule::MaintenanceSyncLimit,
    ] {
        assert_eq!(
            codes.iter().filter(|c| **c == rule.code()).count(),
            1,
            "{}",
            rule.code()
        );
    }
    assert!(r.rules.iter().all(|i| i.source == i.rule.source()));
}

#[test]
fn unvalidated_nonsense_is_bounded_and_does_not_panic() {
    let horizon = Window::new(t("01T00:00"), "2027-02-01T00:00:00Z".parse().unwrap()).unwrap();
    let json = r#"{"enrolled_at":"2020-01-01T00:00:00Z","rule_set":{"custom":{"first":{"interval":"PT1S","count":0},"second":{"interval":"PT1S","count":4000000000},"remaining":{"interval":"P400D"}}},
        "power_off":[{"start":"2026-01-03T00:00:00Z","end":"2026-01-09T00:00:00Z"},{"start":"2026-01-02T00:00:00Z","end":"2026-01-04T00:00:00Z"}],
        "sleep":[{"start":"2026-01-05T00:00:00Z","end":"2026-02-04T00:00:00Z"}],
        "logons":["1990-01-01T00:00:00Z","2026-01-05T00:00:00Z"],
        "ime":{"cadence":"every_1h","random_delay":"P400D"},"scheduler":{"random_delay":"P400D","catch_up_delay":"P400D"},
        "service":{"compliance_validity_days":4000000000,"cleanup_after_days":0}}"#;
    let device: DeviceScenario = serde_json::from_str(json).unwrap();
    assert!(device.validate(&horizon).is_err());
    let r = simulate(&device, &horizon);
    // Runs delayed past the horizon emit nothing; the loop budget stops the run.
    assert!(r.truncated);
    assert!(r.events.len() <= MAX_EVENTS);
    assert!(r.events.windows(2).all(|p| p[0].at <= p[1].at));
    let a = r.answers(t("20T00:00"));
    assert!(a.compliance.is_none_or(|c| !c.within_horizon));
}

#[test]
fn a_valid_scenario_with_too_many_runs_stops_at_the_event_limit() {
    let horizon = Window::new(t("01T00:00"), "2027-02-01T00:00:00Z".parse().unwrap()).unwrap();
    let r = sim_in(
        horizon,
        r#","rule_set":{"custom":{"remaining":{"interval":"PT1M"}}}"#,
    );
    assert!(r.truncated);
    assert_eq!(r.events.len(), MAX_EVENTS);
    assert_eq!(r.answers(t("20T00:00")).no_future_sync, None);
    assert_eq!(
        r.answers("2027-01-31T00:00:00Z".parse().unwrap())
            .no_future_sync,
        Some(crate::engine::intune::NoSyncReason::Truncated)
    );
}

#[test]
fn the_maintenance_set_is_the_last_one_whatever_its_count() {
    // The same hourly cadence, once indefinite and once finite: one rule for both, so both
    // are limited alike (strict reading, so the difference would show as throttled runs).
    let limited = |count: u32| {
        let r = sim(&format!(
            r#"{NO_IME},"service":{{"throttled_run":"refused"}},"rule_set":{{"custom":{{"remaining":{{"interval":"PT1H","count":{count}}}}}}}"#
        ));
        // The set's own runs: a finite one also brings the CSP's maintenance schedule.
        when(&r, |e| {
            e.lane == Lane::Schedule3 && matches!(e.outcome, Outcome::Throttled { .. })
        })
    };
    let indefinite = limited(0);
    assert!(!indefinite.is_empty());
    assert_eq!(limited(200), indefinite);
    // An earlier (ramp) set is never maintenance.
    let r = sim(&format!(
        r#"{NO_IME},"service":{{"throttled_run":"refused"}},"rule_set":{{"custom":{{"first":{{"interval":"PT1H","count":60}},"remaining":{{"interval":"PT8H"}}}}}}"#
    ));
    assert!(
        r.events
            .iter()
            .filter(|e| e.lane == Lane::Schedule1)
            .all(|e| e.outcome == Outcome::Synced)
    );
}

/// The push events of a report, as (DDTHH:MM, outcome, reason).
fn pushes(r: &DeviceReport) -> Vec<(String, Outcome, Option<Rule>)> {
    r.events
        .iter()
        .filter(|e| e.lane == Lane::Push)
        .map(|e| (e.at.format("%dT%H:%M").to_string(), e.outcome, e.reason))
        .collect()
}

#[test]
fn push_delivery_differs_by_channel() {
    // Sent at 12:00 while the device is off until 13:00, arriving 2 min later.
    let fields = |platform: &str| {
        format!(
            r#"{NO_IME},"platform":"{platform}","push_delivery_delay":"PT2M","admin_syncs":["2026-01-06T12:00:00Z"],"power_off":[{{"start":"2026-01-06T11:00:00Z","end":"2026-01-06T13:00:00Z"}}]"#
        )
    };
    // WNS drops it.
    let r = sim(&fields("windows"));
    assert_eq!(
        pushes(&r),
        vec![(
            "06T12:02".into(),
            Outcome::SkippedOff,
            Some(Rule::PushWnsDropsOffline)
        )]
    );
    // APNs and FCM keep it and deliver it when the device is back.
    let r = sim(&fields("ios"));
    assert_eq!(
        pushes(&r),
        vec![(
            "06T13:00".into(),
            Outcome::Synced,
            Some(Rule::PushApnsKeepsLast)
        )]
    );
    let r = sim(&fields("android_enterprise"));
    assert_eq!(
        pushes(&r),
        vec![("06T13:00".into(), Outcome::Synced, Some(Rule::PushFcmKeeps))]
    );
    // AOSP has no push: the agent's next task poll (every 15 min from enrollment at 09:00)
    // once the device is up finds it, at 13:00.
    let r = sim(&fields("android_aosp"));
    assert_eq!(
        pushes(&r),
        vec![(
            "06T13:00".into(),
            Outcome::Synced,
            Some(Rule::PushAospTaskPoll)
        )]
    );
    // And on a reachable AOSP device not instantly: at the next poll.
    let r = sim(&format!(
        r#"{NO_IME},"platform":"android_aosp","admin_syncs":["2026-01-06T12:05:00Z"]"#
    ));
    assert_eq!(pushes(&r)[0].0, "06T12:15");
    // A push sent while off that would arrive after boot is still lost on WNS.
    let r = sim(&format!(
        r#"{NO_IME},"push_delivery_delay":"PT2H","admin_syncs":["2026-01-06T12:00:00Z"],"power_off":[{{"start":"2026-01-06T11:00:00Z","end":"2026-01-06T13:00:00Z"}}]"#
    ));
    assert_eq!(
        pushes(&r),
        vec![(
            "06T14:00".into(),
            Outcome::SkippedOff,
            Some(Rule::PushWnsDropsOffline)
        )]
    );
}

#[test]
fn apns_keeps_only_the_last_and_only_for_a_while() {
    let r = sim(&format!(
        r#"{NO_IME},"platform":"ios","push":{{"min_spacing":"PT0S"}},"admin_syncs":["2026-01-06T12:00:00Z","2026-01-06T12:40:00Z"],"power_off":[{{"start":"2026-01-06T11:00:00Z","end":"2026-01-06T14:00:00Z"}}]"#
    ));
    assert_eq!(
        pushes(&r),
        vec![
            (
                "06T12:00".into(),
                Outcome::SkippedOff,
                Some(Rule::PushApnsKeepsLast)
            ),
            (
                "06T14:00".into(),
                Outcome::Synced,
                Some(Rule::PushApnsKeepsLast)
            ),
        ]
    );
    // Kept for less than the device is away: lost.
    let r = sim(&format!(
        r#"{NO_IME},"platform":"ios","push":{{"apns_keeps_for":"PT1H"}},"admin_syncs":["2026-01-06T12:00:00Z"],"power_off":[{{"start":"2026-01-06T11:00:00Z","end":"2026-01-06T14:00:00Z"}}]"#
    ));
    assert_eq!(pushes(&r)[0].1, Outcome::SkippedOff);
}

#[test]
fn a_second_push_within_30_minutes_is_not_sent() {
    let r = sim(&format!(
        r#"{NO_IME},"admin_syncs":["2026-01-06T12:20:00Z","2026-01-06T12:00:00Z","2026-01-06T12:31:00Z"]"#
    ));
    let limited = Outcome::PushRateLimited {
        previous: t("06T12:00"),
        allowed_from: t("06T12:30"),
    };
    assert_eq!(
        pushes(&r),
        vec![
            ("06T12:00".into(), Outcome::Synced, None),
            ("06T12:20".into(), limited, Some(Rule::PushRateLimit)),
            ("06T12:31".into(), Outcome::Synced, None),
        ]
    );
    let r = sim(&format!(
        r#"{NO_IME},"push":{{"min_spacing":"PT0S"}},"admin_syncs":["2026-01-06T12:00:00Z","2026-01-06T12:20:00Z"]"#
    ));
    assert!(pushes(&r).iter().all(|p| p.1 == Outcome::Synced));
}

#[test]
fn a_push_delivered_after_the_horizon_is_reported_pending() {
    let r = sim(&format!(
        r#"{NO_IME},"push_delivery_delay":"PT2H","admin_syncs":["2026-01-07T23:00:00Z"]"#
    ));
    assert_eq!(
        pushes(&r),
        vec![(
            "07T23:00".into(),
            Outcome::PendingPastHorizon {
                earliest: t("08T01:00")
            },
            None
        )]
    );
    // Held by FCM for a device that stays off past the end.
    let r = sim(&format!(
        r#"{NO_IME},"platform":"android_enterprise","admin_syncs":["2026-01-07T20:00:00Z"],"power_off":[{{"start":"2026-01-07T19:00:00Z","end":"2026-01-08T00:00:00Z"}}]"#
    ));
    assert_eq!(
        pushes(&r),
        vec![(
            "07T20:00".into(),
            Outcome::PendingPastHorizon {
                earliest: t("08T00:00")
            },
            Some(Rule::PushFcmKeeps)
        )]
    );
}

#[test]
fn random_delays_keep_the_runs_of_one_task_in_order() {
    // A delay longer than the 3- and 15-minute intervals must not reorder a task's runs.
    let r = sim(&format!(
        r#"{NO_IME},"scheduler":{{"random_delay":"PT1H"}},"seed":3"#
    ));
    for lane in [Lane::Schedule1, Lane::Schedule2, Lane::Schedule3] {
        let dues: Vec<Instant> = r
            .events
            .iter()
            .filter(|e| e.lane == lane)
            .map(|e| match e.timing {
                Timing::RandomDelay { due, .. } => due,
                _ => e.at,
            })
            .collect();
        let mut sorted = dues.clone();
        sorted.sort();
        assert_eq!(dues, sorted, "{lane:?}");
        assert!(!dues.is_empty());
    }
}

#[test]
fn a_push_service_disabled_until_further_notice_blocks_to_the_horizon_end() {
    let open = sim(&format!(
        r#"{NO_IME},"push_service_disabled":[{{"start":"2026-01-06T00:00:00Z"}}]"#
    ));
    let closed = sim(&format!(
        r#"{NO_IME},"push_service_disabled":[{{"start":"2026-01-06T00:00:00Z","end":"2026-01-08T00:00:00Z"}}]"#
    ));
    assert_eq!(open.events, closed.events);
    assert!(syncs(&open).iter().all(|s| s.as_str() < "06T00:00"));
    assert!(
        open.events
            .iter()
            .any(|e| e.outcome == Outcome::BlockedPushService)
    );
    let d = &open.disruptions[0];
    assert!(d.open && !closed.disruptions[0].open);
    assert_eq!(d.window.end(), t("08T00:00"));
}

#[test]
fn a_device_off_until_further_notice_syncs_no_more() {
    let r = sim(&format!(
        r#"{NO_IME},"power_off":[{{"start":"2026-01-06T12:00:00Z","end":null}}]"#
    ));
    assert!(syncs(&r).iter().all(|s| s.as_str() < "06T12:00"));
    assert!(!syncs(&r).is_empty());
    // A logon after it went off cannot be: the device is still off.
    let json = r#"{"enrolled_at":"2026-01-05T09:00:00Z","power_off":[{"start":"2026-01-06T12:00:00Z"}],"logons":["2026-01-07T08:00:00Z"]}"#;
    let device: DeviceScenario = serde_json::from_str(json).unwrap();
    let horizon = Window::new(t("05T00:00"), t("08T00:00")).unwrap();
    assert_eq!(
        device.validate(&horizon).map_err(|e| e.at),
        Err("device.logons[0]".to_owned())
    );
}
