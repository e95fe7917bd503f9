//! One test (or a few) per rule of the scheduler simulation, on small scenarios written as the
//! JSON a user would give. Default timing: two connectors, a delta cycle lasts 2 minutes.

use super::*;
use crate::engine::entra::answers::NoCycleCause;
use crate::engine::entra::timing::{RunProfile, StepStatus};

/// 2026-11-21 at `hm` ("15:04") UTC, or the next day with a "+1 " prefix.
fn at(hm: &str) -> Instant {
    match hm.strip_prefix("+1 ") {
        Some(rest) => format!("2026-11-22T{rest}:00Z").parse().unwrap(),
        None => format!("2026-11-21T{hm}:00Z").parse().unwrap(),
    }
}

fn day(d: u32, hm: &str) -> Instant {
    format!("2026-11-{d:02}T{hm}:00Z").parse().unwrap()
}

fn window(a: Instant, b: Instant) -> Window {
    Window::new(a, b).unwrap()
}

/// Simulates a server given as JSON over `[from, to)`, after validating it.
fn run_in(json: &str, horizon: Window) -> ServerReport {
    let server: ServerScenario = serde_json::from_str(json).unwrap();
    server.validate(&horizon).unwrap();
    simulate(&server, &horizon)
}

fn run(json: &str, from: &str, to: &str) -> ServerReport {
    run_in(json, window(at(from), at(to)))
}

fn hm(t: Instant) -> String {
    t.format("%H:%M").to_string()
}

fn starts(r: &ServerReport) -> Vec<String> {
    r.cycles.iter().map(|c| hm(c.start)).collect()
}

const ANCHOR_10: &str =
    r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T10:00:00Z"}}"#;

#[test]
fn default_cadence_is_thirty_minutes_from_the_anchor() {
    let r = run(ANCHOR_10, "09:50", "12:00");
    assert_eq!(starts(&r), ["10:00", "10:30", "11:00", "11:30"]);
    assert_eq!(r.cycles[0].rule, Rule::Anchor);
    assert!(
        r.cycles[1..]
            .iter()
            .all(|c| c.rule == Rule::IntervalFromStart)
    );
    assert!(
        r.cycles
            .iter()
            .all(|c| c.outcome.is_completed() && c.trigger == Trigger::Scheduled)
    );
    assert_eq!(r.cycles[0].end, at("10:02"));
    assert_eq!(
        r.tail,
        Tail::NextDue {
            at: at("12:00"),
            rule: Rule::IntervalFromStart
        }
    );
    assert!(!r.truncated);
}

#[test]
fn without_an_anchor_the_first_cycle_starts_with_the_horizon() {
    let r = run("{}", "10:00", "11:00");
    assert_eq!(starts(&r), ["10:00", "10:30"]);
}

#[test]
fn a_recent_past_anchor_is_carried_forward_on_its_grid() {
    // 26 minutes old: less than one interval plus a cycle, so a cycle was running or has just
    // run; the schedule goes on on its grid.
    let json = r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T09:34:00Z"}}"#;
    let r = run(json, "10:00", "11:00");
    assert_eq!(starts(&r), ["10:04", "10:34"]);
    assert_eq!(r.cycles[0].rule, Rule::AnchorProjected);
    assert!(r.warnings.is_empty());
}

#[test]
fn a_stale_anchor_is_overdue_warned_about_and_starts_the_seven_day_count() {
    // Ten days old: the scheduler has not started a cycle since. The cycle runs at once, the
    // 7-day rule counts from the value, and the cmdlet keeps showing it until the cycle runs.
    let json = r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-11T09:04:00Z"}}"#;
    let r = run(json, "10:00", "11:00");
    assert_eq!(starts(&r), ["10:00", "10:30"]);
    let c = &r.cycles[0];
    assert_eq!((c.rule, c.trigger), (Rule::AnchorOverdue, Trigger::CatchUp));
    assert_eq!(c.slot, Some(day(11, "09:04")));
    assert_eq!(r.delta_rule_since, day(11, "09:04"));
    let kinds: Vec<&WarningKind> = r.warnings.iter().map(|w| &w.kind).collect();
    assert!(kinds.contains(&&WarningKind::NextStartStale {
        next_start: day(11, "09:04"),
        slots_missed: 480 + 2,
        // 11/11 reads the same either way.
        swapped: None,
    }));
    assert!(kinds.iter().any(|k| matches!(
        k,
        WarningKind::DeltaWindowExceeded {
            next_cycle: Some(0),
            next_is_full: false,
            ..
        }
    )));
    // With next-slot catch-up the grid is kept, still with the warning.
    let json = r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-11T09:04:00Z"},
        "behaviour": {"catch_up": "next_slot"}}"#;
    let r = run(json, "10:00", "11:00");
    assert_eq!(starts(&r), ["10:04", "10:34"]);
    assert!(r.warnings.iter().any(|w| w.rule == Rule::NextStartStale));
}

#[test]
fn an_anchor_far_ahead_is_taken_but_warned_about() {
    // Two days ahead with a 30-minute interval: most likely day and month swapped.
    let json = r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-23T10:00:00Z"}}"#;
    let r = run(json, "10:00", "+1 10:00");
    assert!(r.cycles.is_empty());
    assert_eq!(r.warnings.len(), 1);
    // The 23rd has no day/month swap (no 23rd month): the cause is not a swap.
    assert_eq!(
        r.warnings[0].kind,
        WarningKind::NextStartFarAhead {
            next_start: day(23, "10:00"),
            swapped: None,
        }
    );
    // Later the same day is a plausible paste (a horizon that starts at midnight): no warning.
    let json = r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T17:00:00Z"}}"#;
    let r = run(json, "00:00", "18:00");
    assert!(r.warnings.is_empty());
}

#[test]
fn a_far_ahead_anchor_blames_a_day_month_swap_only_when_the_swap_fits() {
    // 12/7 read month-first is 7 December; day-first it is 12 July, the horizon's day: the
    // swap explains the value, and the warning names the other reading.
    let horizon = window(
        "2026-07-12T14:00:00Z".parse().unwrap(),
        "2026-07-13T00:00:00Z".parse().unwrap(),
    );
    let json = r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-12-07T14:20:00Z"}}"#;
    let r = run_in(json, horizon);
    assert_eq!(
        r.warnings[0].kind,
        WarningKind::NextStartFarAhead {
            next_start: "2026-12-07T14:20:00Z".parse().unwrap(),
            swapped: Some("2026-07-12T14:20:00Z".parse().unwrap()),
        }
    );
    // A horizon that starts in March (a device's enrolment) with a December paste: neither
    // reading is near, so the warning does not blame the date's order.
    let horizon = window(
        "2026-03-24T00:00:00Z".parse().unwrap(),
        "2026-03-31T00:00:00Z".parse().unwrap(),
    );
    let r = run_in(json, horizon);
    assert_eq!(
        r.warnings[0].kind,
        WarningKind::NextStartFarAhead {
            next_start: "2026-12-07T14:20:00Z".parse().unwrap(),
            swapped: None,
        }
    );
}

#[test]
fn a_manual_cycle_rebases_the_schedule() {
    let json = r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T15:00:00Z"},
        "manual": [{"at": "2026-11-21T15:04:00Z", "command": "start_delta"}]}"#;
    let r = run(json, "14:55", "16:30");
    assert_eq!(starts(&r), ["15:00", "15:04", "15:34", "16:04"]);
    assert_eq!(
        (r.cycles[1].trigger, r.cycles[1].command),
        (Trigger::Manual, Some(0))
    );
    assert_eq!(r.cycles[1].rule, Rule::ManualStart);
    assert_eq!(r.cycles[2].rule, Rule::ManualRebase);
    assert_eq!(r.cycles[3].rule, Rule::IntervalFromStart);
}

#[test]
fn without_rebasing_the_grid_stays() {
    let json = r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T15:00:00Z"},
        "behaviour": {"manual_cycle_rebases": false},
        "manual": [{"at": "2026-11-21T15:04:00Z", "command": "start_delta"}]}"#;
    let r = run(json, "14:55", "16:01");
    assert_eq!(starts(&r), ["15:00", "15:04", "15:30", "16:00"]);
}

#[test]
fn a_manual_start_during_a_cycle_is_busy() {
    let json = r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T15:00:00Z"},
        "manual": [{"at": "2026-11-21T15:01:00Z", "command": "start_initial"}]}"#;
    let r = run(json, "14:55", "15:40");
    assert_eq!(starts(&r), ["15:00", "15:30"]);
    let e = &r.events[0];
    assert_eq!((e.at, e.rule), (at("15:01"), Rule::ManualBusy));
    assert_eq!(
        e.kind,
        EventKind::ManualStartRejected {
            command: 0,
            policy: PolicyType::Initial,
            reason: Rejection::Busy,
            running_cycle: Some(0)
        }
    );
}

#[test]
fn a_stop_ends_the_cycle_at_once_from_build_1_1_281() {
    let json = r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T15:00:00Z"},
        "manual": [{"at": "2026-11-21T15:00:40Z", "command": "stop"}]}"#;
    let r = run(json, "14:55", "15:40");
    let c = &r.cycles[0];
    assert_eq!(c.end, at("15:00") + TimeDelta::seconds(40));
    let stopped = CycleOutcome::Stopped {
        command: 0,
        requested_at: c.end,
        rule: Rule::StopCycle,
    };
    assert_eq!(c.outcome, stopped);
    // Steps: the first import ran (30 s), the second was cut at 40 s, nothing after.
    let steps: Vec<_> = r.steps(c).collect();
    assert_eq!(steps.len(), 2);
    assert_eq!(
        (steps[1].status, steps[1].end),
        (StepStatus::Stopped, c.end)
    );
    // The scheduler starts again at the next opportunity: its slot.
    assert_eq!(starts(&r), ["15:00", "15:30"]);
}

#[test]
fn before_1_1_281_a_stop_lets_the_current_step_finish() {
    let json = r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T15:00:00Z"},
        "behaviour": {"build": "before_1_1_281"},
        "manual": [{"at": "2026-11-21T15:00:40Z", "command": "stop"},
                   {"at": "2026-11-21T15:00:50Z", "command": "start_delta"}]}"#;
    let r = run(json, "14:55", "15:40");
    let c = &r.cycles[0];
    assert_eq!(
        c.end,
        at("15:01"),
        "the second import runs to its end at 60 s"
    );
    assert!(matches!(
        c.outcome,
        CycleOutcome::Stopped {
            rule: Rule::StopFinishesStep,
            ..
        }
    ));
    assert!(r.steps(c).all(|s| s.status == StepStatus::Completed));
    assert_eq!(
        r.events[0].rule,
        Rule::ManualBusy,
        "still running while it finishes the step"
    );
}

#[test]
fn a_stop_with_nothing_running_is_ignored() {
    let json = r#"{"manual": [{"at": "2026-11-21T10:10:00Z", "command": "stop"}]}"#;
    let r = run(json, "10:00", "11:00");
    assert_eq!(r.events[0].rule, Rule::StopWithoutCycle);
    assert_eq!(r.events[0].kind, EventKind::StopIgnored { command: 0 });
    assert_eq!(starts(&r), ["10:00", "10:30"]);
}

#[test]
fn disabled_slots_are_skipped_and_caught_up_at_once() {
    let json =
        r#"{"disabled_spans": [{"start": "2026-11-21T10:15:00Z", "end": "2026-11-21T11:40:00Z"}]}"#;
    let r = run(json, "10:00", "12:30");
    assert_eq!(starts(&r), ["10:00", "11:40", "12:10"]);
    assert_eq!(
        (r.cycles[1].trigger, r.cycles[1].rule),
        (Trigger::CatchUp, Rule::CatchUpAtOnce)
    );
    assert_eq!(r.cycles[1].slot, Some(at("10:30")));
    let e = &r.events[0];
    assert_eq!(e.rule, Rule::SkippedDisabled);
    let skipped = EventKind::Skipped {
        cause: SkipCause::Disabled,
        first_slot: at("10:30"),
        until: at("11:40"),
        slots: 3,
    };
    assert_eq!(e.kind, skipped);
}

#[test]
fn with_next_slot_catch_up_the_grid_is_kept() {
    let json = r#"{"behaviour": {"catch_up": "next_slot", "catch_up_delay": "PT5M"},
        "disabled_spans": [{"start": "2026-11-21T10:15:00Z", "end": "2026-11-21T11:40:00Z"}]}"#;
    let r = run(json, "10:00", "12:30");
    assert_eq!(starts(&r), ["10:00", "12:00"]);
    assert_eq!(r.cycles[1].rule, Rule::CatchUpNextSlot);
}

#[test]
fn a_catch_up_delay_postpones_the_catch_up() {
    let json = r#"{"behaviour": {"catch_up_delay": "PT5M"},
        "outages": [{"start": "2026-11-21T10:15:00Z", "end": "2026-11-21T11:40:00Z"}]}"#;
    let r = run(json, "10:00", "12:30");
    assert_eq!(starts(&r), ["10:00", "11:45", "12:15"]);
}

#[test]
fn a_suspended_scheduler_skips_slots_and_refuses_manual_starts() {
    let json = r#"{"suspended_spans": [{"start": "2026-11-21T10:15:00Z", "end": "2026-11-21T10:50:00Z"}],
        "manual": [{"at": "2026-11-21T10:20:00Z", "command": "start_delta"}]}"#;
    let r = run(json, "10:00", "11:30");
    assert_eq!(starts(&r), ["10:00", "10:50", "11:20"]);
    let rules: Vec<Rule> = r.events.iter().map(|e| e.rule).collect();
    assert_eq!(rules, [Rule::ManualWhileSuspended, Rule::SkippedSuspended]);
    assert!(matches!(
        r.events[0].kind,
        EventKind::ManualStartRejected {
            reason: Rejection::Suspended,
            ..
        }
    ));
}

#[test]
fn an_outage_interrupts_the_cycle_misses_slots_and_refuses_manual_starts() {
    let json = r#"{"outages": [{"start": "2026-11-21T10:30:45Z", "end": "2026-11-21T11:10:00Z"}],
        "manual": [{"at": "2026-11-21T10:45:00Z", "command": "start_delta"}]}"#;
    let r = run(json, "10:00", "11:30");
    assert_eq!(starts(&r), ["10:00", "10:30", "11:10"]);
    let c = &r.cycles[1];
    assert_eq!(c.end, at("10:30") + TimeDelta::seconds(45));
    assert_eq!(
        c.outcome,
        CycleOutcome::Interrupted {
            rule: Rule::OutageInterrupts
        }
    );
    assert_eq!(r.steps(c).last().unwrap().status, StepStatus::Interrupted);
    let rules: Vec<Rule> = r.events.iter().map(|e| e.rule).collect();
    assert_eq!(rules, [Rule::ManualWhileDown, Rule::MissedOutage]);
    let missed = EventKind::Missed {
        first_slot: at("11:00"),
        until: at("11:10"),
        slots: 1,
    };
    assert_eq!(r.events[1].kind, missed);
}

#[test]
fn manual_starts_while_disabled_run_or_are_refused_per_parameter() {
    let base = r#""scheduler": {"sync_cycle_enabled": false},
        "manual": [{"at": "2026-11-21T10:20:00Z", "command": "start_delta"}]"#;
    let r = run(&format!("{{{base}}}"), "10:00", "11:00");
    assert_eq!(starts(&r), ["10:20"]);
    assert_eq!(r.cycles[0].rule, Rule::ManualWhileDisabled);
    let json = format!(r#"{{{base}, "behaviour": {{"manual_start_while_disabled": "rejected"}}}}"#);
    let r = run(&json, "10:00", "11:00");
    assert!(r.cycles.is_empty());
    assert!(r.events.iter().any(|e| matches!(
        e.kind,
        EventKind::ManualStartRejected {
            reason: Rejection::Disabled,
            ..
        }
    )));
}

#[test]
fn an_interval_change_applies_at_once_from_build_1_1_281() {
    let json = r#"{"interval_changes": [{"at": "2026-11-21T10:10:00Z",
        "customized_sync_cycle_interval": "01:00:00"}]}"#;
    let r = run(json, "10:00", "13:00");
    assert_eq!(starts(&r), ["10:00", "11:00", "12:00"]);
    assert_eq!(r.cycles[1].rule, Rule::IntervalChangeImmediate);
    assert_eq!(r.events[0].rule, Rule::IntervalChangeImmediate);
    // Shortening it moves the next start to now when the new slot is already past.
    let json = r#"{"scheduler": {"customized_sync_cycle_interval": "03:00:00"},
        "interval_changes": [{"at": "2026-11-21T11:00:00Z"}]}"#;
    let r = run(json, "10:00", "12:00");
    assert_eq!(starts(&r), ["10:00", "11:00", "11:30"]);
}

#[test]
fn before_1_1_281_an_interval_change_waits_for_the_next_cycle() {
    let json = r#"{"behaviour": {"build": "before_1_1_281"},
        "interval_changes": [{"at": "2026-11-21T10:10:00Z", "customized_sync_cycle_interval": "01:00:00"}]}"#;
    let r = run(json, "10:00", "13:00");
    assert_eq!(starts(&r), ["10:00", "10:30", "11:30", "12:30"]);
    assert_eq!(r.events[0].rule, Rule::IntervalChangeAfterNextCycle);
    // One truth: the event says what Get-ADSyncScheduler says, the old interval still in
    // effect, and names the new one as pending until the next cycle.
    assert_eq!(
        r.events[0].kind,
        EventKind::IntervalChanged {
            change: 0,
            customized: Some(Period::hours(1)),
            effective: Period::minutes(30),
            effective_after_next_cycle: Some(Period::hours(1)),
        }
    );
    // Get-ADSyncScheduler keeps showing the old effective interval until then.
    let view = r
        .answers(at("10:15"))
        .get_adsyncscheduler
        .view()
        .copied()
        .unwrap();
    assert_eq!(view.customized_sync_cycle_interval, Some(Period::hours(1)));
    assert_eq!(
        view.currently_effective_sync_cycle_interval,
        Period::minutes(30)
    );
    let view = r
        .answers(at("10:40"))
        .get_adsyncscheduler
        .view()
        .copied()
        .unwrap();
    assert_eq!(
        view.currently_effective_sync_cycle_interval,
        Period::hours(1)
    );
}

#[test]
fn a_customized_interval_below_the_allowed_one_is_clamped_with_a_warning() {
    let json = r#"{"scheduler": {"customized_sync_cycle_interval": "00:10:00"}}"#;
    let r = run(json, "10:00", "11:00");
    assert_eq!(starts(&r), ["10:00", "10:30"]);
    let w = &r.warnings[0];
    assert_eq!(w.rule, Rule::IntervalClampedToAllowed);
    let kind = WarningKind::CustomizedIntervalBelowAllowed {
        customized: Period::minutes(10),
        allowed: Period::minutes(30),
        effective: Period::minutes(30),
    };
    assert_eq!(w.kind, kind);
}

#[test]
fn counting_from_the_cycle_end_drifts() {
    let json = r#"{"behaviour": {"next_start_counted_from": "cycle_end"}}"#;
    let r = run(json, "10:00", "11:10");
    assert_eq!(starts(&r), ["10:00", "10:32", "11:04"]);
    assert_eq!(r.cycles[1].rule, Rule::IntervalFromEnd);
}

#[test]
fn a_cycle_longer_than_the_interval_is_followed_at_once_or_skips_slots() {
    let long = r#""durations": {"per_cycle": {"delta": "PT45M"}}"#;
    let r = run(&format!("{{{long}}}"), "10:00", "12:00");
    assert_eq!(starts(&r), ["10:00", "10:45", "11:30"]);
    assert_eq!(
        (r.cycles[1].trigger, r.cycles[1].rule),
        (Trigger::Overrun, Rule::OverrunStartAtOnce)
    );
    let json = format!(r#"{{{long}, "behaviour": {{"overrun": "skip_to_next_slot"}}}}"#);
    let r = run(&json, "10:00", "12:00");
    assert_eq!(starts(&r), ["10:00", "11:00"]);
    assert_eq!(r.cycles[1].rule, Rule::OverrunSkipToNextSlot);
    let skipped = EventKind::Skipped {
        cause: SkipCause::Overrun,
        first_slot: at("10:30"),
        until: at("10:45"),
        slots: 1,
    };
    assert_eq!(r.events[0].kind, skipped);
}

#[test]
fn an_initial_policy_runs_one_full_cycle_then_deltas() {
    let json = r#"{"scheduler": {"next_sync_cycle_policy_type": "Initial"}}"#;
    let r = run(json, "10:00", "11:00");
    assert_eq!(
        (r.cycles[0].policy, r.cycles[1].policy),
        (PolicyType::Initial, PolicyType::Delta)
    );
    assert!(r.steps(&r.cycles[0]).all(|s| matches!(
        s.profile,
        RunProfile::FullImport | RunProfile::FullSync | RunProfile::Export
    )));
    // 2 × (5 min + 5 min + 15 s).
    assert_eq!(r.cycles[0].end, at("10:20") + TimeDelta::seconds(30));
    // At the horizon start (before it, the output is not known).
    assert_eq!(
        r.answers(at("10:00"))
            .get_adsyncscheduler
            .view()
            .copied()
            .unwrap()
            .next_sync_cycle_policy_type,
        PolicyType::Initial
    );
    assert_eq!(
        r.answers(at("10:25"))
            .get_adsyncscheduler
            .view()
            .copied()
            .unwrap()
            .next_sync_cycle_policy_type,
        PolicyType::Delta
    );
}

#[test]
fn connector_overrides_add_full_steps_to_the_next_cycle_only() {
    let json = r#"{"connectors": [
        {"name": "contoso.com", "kind": "ad", "full_import_required": true, "full_sync_required": true},
        {"name": "contoso.onmicrosoft.com - AAD", "kind": "entra_id"}]}"#;
    let r = run(json, "10:00", "11:00");
    let first: Vec<(RunProfile, u16, Rule)> = r
        .steps(&r.cycles[0])
        .map(|s| (s.profile, s.connector, s.rule))
        .collect();
    assert_eq!(
        first[0],
        (RunProfile::FullImport, 0, Rule::ConnectorOverride)
    );
    assert_eq!(first[1], (RunProfile::DeltaImport, 1, Rule::StepOrder));
    assert_eq!(first[2], (RunProfile::FullSync, 0, Rule::ConnectorOverride));
    assert_eq!(r.cycles[0].policy, PolicyType::Delta);
    assert!(r.steps(&r.cycles[1]).all(|s| s.rule == Rule::StepOrder));
}

#[test]
fn staging_suppresses_exports_and_delays_the_export_answer() {
    let json =
        r#"{"staging_spans": [{"start": "2026-11-21T10:00:00Z", "end": "2026-11-21T10:20:00Z"}]}"#;
    let r = run(json, "10:00", "11:00");
    assert!(r.cycles[0].staging && !r.cycles[1].staging);
    let exports: Vec<StepStatus> = r
        .steps(&r.cycles[0])
        .filter(|s| s.profile == RunProfile::Export)
        .map(|s| s.status)
        .collect();
    assert_eq!(exports, [StepStatus::Suppressed, StepStatus::Suppressed]);
    let e = r.export_time(at("09:59")).unwrap();
    assert_eq!(e.cycle, 1);
    // Imports (30 s + 30 s), syncs (15 s + 15 s), then the export to Entra ID (15 s).
    assert_eq!(e.exported_at, at("10:30") + TimeDelta::seconds(105));
}

#[test]
fn export_time_takes_the_first_completed_cycle_that_imports_after_the_change() {
    let json = r#"{"manual": [{"at": "2026-11-21T10:30:30Z", "command": "stop"}]}"#;
    let r = run(json, "10:00", "11:30");
    // Made at 10:00 exactly, in the minute the 10:00 cycle starts: what is typed at a start
    // comes before it, so that cycle carries it.
    let e = r.export_time(at("10:00")).unwrap();
    assert_eq!((e.cycle, e.import_start), (0, at("10:00")));
    // A minute later the 10:00 import is under way; 10:30 is stopped, so 11:00 carries it.
    let e = r.export_time(at("10:01")).unwrap();
    assert_eq!((e.cycle, e.import_start), (2, at("11:00")));
    assert_eq!(r.export_time(at("09:59")).unwrap().cycle, 0);
    assert_eq!(r.export_time(at("11:10")), None);
}

#[test]
fn the_seven_day_rule_warns_exactly_past_seven_days() {
    let h = window(day(1, "00:00"), day(20, "00:00"));
    let json =
        r#"{"disabled_spans": [{"start": "2026-11-02T00:00:00Z", "end": "2026-11-09T00:40:00Z"}]}"#;
    let r = run_in(json, h);
    assert_eq!(r.warnings.len(), 1);
    let w = &r.warnings[0];
    assert_eq!(w.rule, Rule::DeltaWithinSevenDays);
    // The last completed cycle before the block started at 23:30 and ended at 23:32.
    let last = day(1, "23:32");
    let WarningKind::DeltaWindowExceeded {
        last_sync_end,
        deadline,
        next_start,
        next_is_full,
        ..
    } = w.kind
    else {
        panic!("{w:?}")
    };
    assert_eq!((last_sync_end, deadline), (last, last + TimeDelta::days(7)));
    assert_eq!(next_start, Some(day(9, "00:40")));
    assert!(!next_is_full);
    // A gap of exactly seven days (start to start minus the 2 minutes) does not warn.
    let json =
        r#"{"disabled_spans": [{"start": "2026-11-02T00:00:00Z", "end": "2026-11-08T23:32:00Z"}]}"#;
    assert!(run_in(json, h).warnings.is_empty());
}

#[test]
fn a_horizon_that_ends_disabled_says_nothing_will_sync() {
    let h = window(day(1, "00:00"), day(10, "00:00"));
    let json = r#"{"scheduler": {"sync_cycle_enabled": false}}"#;
    let r = run_in(json, h);
    assert!(r.cycles.is_empty());
    assert_eq!(
        r.tail,
        Tail::Blocked {
            cause: BlockCause::Disabled,
            since: day(1, "00:00"),
            rule: Rule::SkippedDisabled
        }
    );
    let a = r.answers(day(2, "12:00"));
    assert_eq!(a.next_cycle, None);
    let no = a.no_next_cycle.unwrap();
    assert_eq!(
        (no.cause, no.since),
        (NoCycleCause::SyncCycleDisabled, Some(day(1, "00:00")))
    );
    assert!(
        !a.get_adsyncscheduler
            .view()
            .copied()
            .unwrap()
            .sync_cycle_enabled
    );
    // Nine days without a delta sync: the 7-day rule warns, with no next cycle.
    assert_eq!(r.warnings.len(), 1);
    assert!(matches!(
        r.warnings[0].kind,
        WarningKind::DeltaWindowExceeded {
            next_cycle: None,
            ..
        }
    ));
}

#[test]
fn get_adsyncscheduler_shows_a_past_time_while_a_cycle_runs() {
    let r = run(ANCHOR_10, "09:50", "12:00");
    let during = r
        .answers(at("10:31"))
        .get_adsyncscheduler
        .view()
        .copied()
        .unwrap();
    assert!(during.sync_cycle_in_progress);
    assert_eq!(during.next_sync_cycle_start_time_in_utc, at("10:30"));
    let after = r.answers(at("10:33"));
    assert!(
        !after
            .get_adsyncscheduler
            .view()
            .copied()
            .unwrap()
            .sync_cycle_in_progress
    );
    assert_eq!(
        after
            .get_adsyncscheduler
            .view()
            .copied()
            .unwrap()
            .next_sync_cycle_start_time_in_utc,
        at("11:00")
    );
    assert_eq!(after.running_cycle, None);
    let next = after.next_cycle.unwrap();
    assert_eq!((next.start, next.cycle), (at("11:00"), Some(2)));
    // Past the last simulated cycle the tail answers.
    let late = r.answers(at("11:45")).next_cycle.unwrap();
    assert_eq!((late.start, late.cycle), (at("12:00"), None));
}

#[test]
fn the_printed_view_reads_back_through_the_importer() {
    let r = run(ANCHOR_10, "09:50", "12:00");
    let view = r
        .answers(at("10:31"))
        .get_adsyncscheduler
        .view()
        .copied()
        .unwrap();
    let text = view.to_powershell();
    assert!(
        text.contains("NextSyncCycleStartTimeInUTC         : 11/21/2026 10:30:00 AM\n"),
        "{text}"
    );
    assert!(
        text.contains("CustomizedSyncCycleInterval         :\n"),
        "{text}"
    );
    let back = crate::engine::entra::parse_get_adsyncscheduler(&text);
    assert!(back.malformed.is_empty() && back.unknown.is_empty() && back.missing.is_empty());
    assert_eq!(
        back.settings.next_sync_cycle_start_time_in_utc,
        Some(at("10:30"))
    );
    assert_eq!(back.observed.sync_cycle_in_progress, Some(true));
}

#[test]
fn local_times_follow_a_fixed_display_zone() {
    let r = run(ANCHOR_10, "09:50", "12:00");
    let zone: crate::engine::zone::DisplayZone = "+09:00".parse().unwrap();
    let next = r.answers_in(at("10:05"), &zone).next_cycle.unwrap();
    assert_eq!(
        next.start_local.unwrap().to_rfc3339(),
        "2026-11-21T19:30:00+09:00"
    );
}

#[test]
fn password_hash_sync_runs_every_two_minutes_except_in_staging_or_outages() {
    let json = r#"{"staging_spans": [{"start": "2026-11-21T10:10:00Z", "end": "2026-11-21T10:20:00Z"}],
        "outages": [{"start": "2026-11-21T10:15:00Z", "end": "2026-11-21T10:30:00Z"}]}"#;
    let r = run(json, "10:00", "11:00");
    let lane: Vec<(String, String, Rule)> = r
        .password_hash_sync
        .iter()
        .map(|s| (hm(s.start), hm(s.end), s.rule))
        .collect();
    assert_eq!(
        lane,
        [
            ("10:00".into(), "10:10".into(), Rule::PasswordHashSync),
            ("10:10".into(), "10:15".into(), Rule::PhsPausedStaging),
            ("10:15".into(), "10:30".into(), Rule::PhsPausedOutage),
            ("10:30".into(), "11:00".into(), Rule::PasswordHashSync),
        ]
    );
    assert_eq!(
        r.password_hash_sync[0].state,
        PhsState::Running {
            every: Period::minutes(2),
            runs: 5
        }
    );
    assert_eq!(r.next_password_hash_sync(at("10:03")), Some(at("10:04")));
    assert_eq!(r.next_password_hash_sync(at("10:09")), Some(at("10:30")));
    assert_eq!(r.next_password_hash_sync(at("10:59")), None);
    let off = run(
        r#"{"password_hash_sync": {"enabled": false}}"#,
        "10:00",
        "11:00",
    );
    assert_eq!(off.password_hash_sync[0].rule, Rule::PhsNotEnabled);
    assert_eq!(off.next_password_hash_sync(at("10:03")), None);
}

#[test]
fn run_history_is_kept_for_the_purge_interval_when_maintenance_runs() {
    let r = run(ANCHOR_10, "09:50", "12:00");
    let history = r.answers(at("11:00")).run_history.unwrap();
    assert_eq!(history.kept_since, at("11:00") - TimeDelta::days(7));
    assert_eq!(history.rule, Rule::RunHistoryPurge);
    let json = r#"{"scheduler": {"maintenance_enabled": false}}"#;
    assert_eq!(
        run(json, "10:00", "11:00").answers(at("10:30")).run_history,
        None
    );
}

#[test]
fn an_interval_over_seven_days_warns() {
    let json = r#"{"scheduler": {"customized_sync_cycle_interval": "8.00:00:00"}}"#;
    let r = run(json, "10:00", "11:00");
    assert!(
        r.warnings
            .iter()
            .any(|w| w.rule == Rule::IntervalLongerThanSevenDays)
    );
}

#[test]
fn the_event_limit_truncates_and_says_so() {
    let json = r#"{"scheduler": {"allowed_sync_cycle_interval": "PT1M"},
        "durations": {"per_cycle": {"delta": "PT10S"}}, "password_hash_sync": {"enabled": false}}"#;
    let r = run_in(
        json,
        window(day(1, "00:00"), day(1, "00:00") + TimeDelta::days(150)),
    );
    assert!(r.truncated);
    assert_eq!(
        r.cycles.len() + r.events.len() + r.warnings.len(),
        MAX_EVENTS
    );
    assert_eq!(r.tail, Tail::Truncated);
    let a = r.answers(day(1, "00:00") + TimeDelta::days(149));
    assert_eq!(a.no_next_cycle.unwrap().cause, NoCycleCause::Truncated);
}

#[test]
fn the_report_serializes_with_steps_and_codes() {
    let r = run(ANCHOR_10, "09:50", "10:10");
    let v = serde_json::to_value(&r).unwrap();
    let c = &v["cycles"][0];
    assert_eq!(c["rule"], "anchor");
    assert_eq!(c["outcome"]["kind"], "completed");
    assert_eq!(c["steps"].as_array().unwrap().len(), 6);
    assert_eq!(c["steps"][0]["profile"], "delta_import");
    assert_eq!(
        c["steps"][4]["connector"], 1,
        "the export to Entra ID comes fifth"
    );
    assert_eq!(v["tail"]["kind"], "next_due");
    assert_eq!(v["password_hash_sync"][0]["state"], "running");
    assert_eq!(v["truncated"], false);
}

/// The skipped and missed events, as (first slot, until) pairs in time order.
fn blocked_spans(r: &ServerReport) -> Vec<(Instant, Instant)> {
    r.events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Skipped {
                first_slot, until, ..
            }
            | EventKind::Missed {
                first_slot, until, ..
            } => Some((first_slot, until)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_manual_cycle_inside_a_disabled_span_splits_the_skipped_stretch() {
    // Disabled 01:00–05:00; a manual cycle at 02:40 runs (the parameter's default) and re-bases
    // the schedule to 03:10, 03:40…, which are skipped too: two stretches, never one slot twice.
    let json = r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T00:30:00Z"},
        "disabled_spans": [{"start": "2026-11-21T01:00:00Z", "end": "2026-11-21T05:00:00Z"}],
        "manual": [{"at": "2026-11-21T02:40:00Z", "command": "start_delta"}]}"#;
    let r = run(json, "00:00", "06:00");
    assert_eq!(starts(&r), ["00:30", "02:40", "05:00", "05:30"]);
    assert_eq!(
        blocked_spans(&r),
        [(at("01:00"), at("02:40")), (at("03:10"), at("05:00"))]
    );
    let slots: Vec<u32> = r
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Skipped { slots, .. } => Some(slots),
            _ => None,
        })
        .collect();
    // 01:00, 01:30, 02:00, 02:30; then 03:10 … 04:40.
    assert_eq!(slots, [4, 4]);
    // The catch-up serves the first slot of the stretch that ends at 05:00.
    assert_eq!(r.cycles[2].slot, Some(at("03:10")));
}

#[test]
fn an_interval_change_inside_a_disabled_span_does_not_report_slots_twice() {
    // Disabled, not down: Set-ADSyncScheduler still runs then (while the server is down it is
    // refused, see below), re-sets the due time, and the stretch ends there.
    let json = r#"{"disabled_spans": [{"start": "2026-11-21T10:15:00Z", "end": "2026-11-21T12:00:00Z"}],
        "interval_changes": [{"at": "2026-11-21T11:00:00Z",
            "customized_sync_cycle_interval": "00:45:00"}]}"#;
    let r = run(json, "10:00", "13:00");
    let spans = blocked_spans(&r);
    for pair in spans.windows(2) {
        assert!(pair[0].1 <= pair[1].0, "{spans:?}");
    }
    assert_eq!(spans[0], (at("10:30"), at("11:00")));
    // The same change inside an outage is refused: one stretch, the interval unchanged.
    let down = json.replace("disabled_spans", "outages");
    let r = run(&down, "10:00", "13:00");
    assert_eq!(blocked_spans(&r), [(at("10:30"), at("12:00"))]);
    assert!(r.events.iter().any(|e| e.rule == Rule::CmdletWhileDown));
    assert_eq!(r.effective_interval_at(at("12:30")), Period::minutes(30));
}

#[test]
fn past_the_seven_day_window_export_times_say_a_full_sync_is_needed() {
    use crate::engine::entra::answers::ExportCaveat;
    // Down for eight days; a full cycle is started by hand a day after it is back.
    let json = r#"{"outages": [{"start": "2026-11-01T01:00:00Z", "end": "2026-11-09T00:00:00Z"}],
        "manual": [{"at": "2026-11-10T00:00:00Z", "command": "start_initial"}]}"#;
    let r = run_in(json, window(day(1, "00:00"), day(12, "00:00")));
    let caveat = ExportCaveat::FullSyncNeeded {
        last_sync_end: day(1, "00:32"),
        deadline: day(8, "00:32"),
        rule: Rule::DeltaWithinSevenDays,
    };
    // The catch-up delta cycle, and every delta cycle after it until the full one.
    let e = r.export_time(day(8, "12:00")).unwrap();
    assert_eq!((e.import_start, e.caveat), (day(9, "00:00"), Some(caveat)));
    let e = r.export_time(day(9, "12:10")).unwrap();
    assert_eq!((e.import_start, e.caveat), (day(9, "12:30"), Some(caveat)));
    // The full cycle is the remedy, and what follows it is plain again.
    let e = r.export_time(day(9, "23:59")).unwrap();
    assert_eq!((e.import_start, e.caveat), (day(10, "00:00"), None));
    assert_eq!(r.cycles[e.cycle as usize].policy, PolicyType::Initial);
    let e = r.export_time(day(10, "00:10")).unwrap();
    assert_eq!(e.caveat, None);
    // Before the outage nothing is in doubt.
    assert_eq!(r.export_time(day(1, "00:10")).unwrap().caveat, None);
}

#[test]
fn while_the_server_is_down_get_adsyncscheduler_cannot_answer() {
    use crate::engine::entra::answers::SchedulerOutput;
    let json = r#"{"outages": [{"start": "2026-11-21T10:15:00Z", "end": "2026-11-21T11:40:00Z"}]}"#;
    let r = run(json, "10:00", "12:30");
    let down = r.answers(at("11:00"));
    assert!(down.server_down);
    assert_eq!(
        down.get_adsyncscheduler,
        SchedulerOutput::ServiceDown {
            rule: Rule::CmdletWhileDown
        }
    );
    assert_eq!(down.get_adsyncscheduler.to_powershell(), None);
    // The interval in effect is still known to the engine.
    assert_eq!(r.effective_interval_at(at("11:00")), Period::minutes(30));
    let up = r.answers(at("11:50"));
    assert!(up.get_adsyncscheduler.view().is_some());
}

#[test]
fn an_outage_not_yet_fixed_blocks_every_cycle_to_the_horizon_end() {
    let json = r#"{"outages": [{"start": "2026-11-21T10:15:00Z"}]}"#;
    let r = run(json, "10:00", "+1 10:00");
    assert_eq!(starts(&r), ["10:00"]);
    // The same outage with an explicit null end, and one that ends at the horizon's end,
    // give the same cycles.
    let null = run(
        r#"{"outages": [{"start": "2026-11-21T10:15:00Z", "end": null}]}"#,
        "10:00",
        "+1 10:00",
    );
    let closed = run(
        r#"{"outages": [{"start": "2026-11-21T10:15:00Z", "end": "2026-11-22T10:00:00Z"}]}"#,
        "10:00",
        "+1 10:00",
    );
    assert_eq!(starts(&null), starts(&r));
    assert_eq!(starts(&closed), starts(&r));
}

#[test]
fn a_scheduler_disabled_or_suspended_until_further_notice_runs_nothing_after() {
    for list in ["disabled_spans", "suspended_spans"] {
        let json = format!(r#"{{"{list}": [{{"start": "2026-11-21T11:00:00Z"}}]}}"#);
        let r = run(&json, "10:00", "+1 10:00");
        assert_eq!(starts(&r), ["10:00", "10:30"], "{list}");
    }
}

#[test]
fn an_open_span_overlaps_whatever_starts_after_it() {
    let json = r#"{"outages": [{"start": "2026-11-21T11:00:00Z"},
        {"start": "2026-11-22T09:00:00Z", "end": "2026-11-22T09:30:00Z"}]}"#;
    let server: ServerScenario = serde_json::from_str(json).unwrap();
    let err = server
        .validate(&window(at("10:00"), at("+1 10:00")))
        .unwrap_err();
    assert_eq!(err.at, "server.outages[1]");
    let late = r#"{"outages": [{"start": "2026-11-22T10:00:00Z"}]}"#;
    let server: ServerScenario = serde_json::from_str(late).unwrap();
    let err = server
        .validate(&window(at("10:00"), at("+1 10:00")))
        .unwrap_err();
    assert_eq!(err.at, "server.outages[0]");
}

/// The full steps of a cycle that an override asked for, as (profile, connector).
fn override_steps(r: &ServerReport, i: usize) -> Vec<(RunProfile, u16)> {
    r.steps(&r.cycles[i])
        .filter(|s| s.rule == Rule::ConnectorOverride)
        .map(|s| (s.profile, s.connector))
        .collect()
}

#[test]
fn an_override_at_an_instant_gives_the_next_cycle_full_steps_then_clears() {
    // "I changed a sync rule at 14:05": a full sync on the AD connector.
    let json = r#"{"connector_overrides": [{"at": "2026-11-21T14:05:00Z",
        "connector": "contoso.com", "full_sync_required": true}]}"#;
    let r = run(json, "10:00", "16:00");
    let idx = |s: &str| r.cycles.iter().position(|c| hm(c.start) == s).unwrap();
    assert!(
        override_steps(&r, idx("14:00")).is_empty(),
        "set after it started"
    );
    assert_eq!(
        override_steps(&r, idx("14:30")),
        [(RunProfile::FullSync, 0)]
    );
    assert!(
        override_steps(&r, idx("15:00")).is_empty(),
        "the full step cleared it"
    );
    let e = r
        .events
        .iter()
        .find(|e| matches!(e.kind, EventKind::OverrideSet { .. }))
        .expect("the cmdlet is an event");
    assert_eq!(e.at, at("14:05"));
    assert_eq!(e.rule, Rule::ConnectorOverride);
    assert!(matches!(
        e.kind,
        EventKind::OverrideSet { connector: 0, full_sync: Some(true), full_import: None, applies_to: Some(i), .. }
            if i as usize == idx("14:30")
    ));
}

#[test]
fn an_override_set_while_a_cycle_runs_waits_for_the_next_one() {
    // The 14:30 cycle takes about two minutes; the cmdlet runs during it.
    let json = r#"{"connector_overrides": [{"at": "2026-11-21T14:30:30Z",
        "connector": "CONTOSO.COM ", "full_import_required": true}]}"#;
    let r = run(json, "14:00", "16:00");
    let idx = |s: &str| r.cycles.iter().position(|c| hm(c.start) == s).unwrap();
    assert!(override_steps(&r, idx("14:30")).is_empty());
    assert_eq!(
        override_steps(&r, idx("15:00")),
        [(RunProfile::FullImport, 0)]
    );
    // An override cleared before the next cycle asks for nothing.
    let cleared = r#"{"connector_overrides": [
        {"at": "2026-11-21T14:05:00Z", "connector": "contoso.com", "full_sync_required": true},
        {"at": "2026-11-21T14:10:00Z", "connector": "contoso.com", "full_sync_required": false}]}"#;
    let r = run(cleared, "14:00", "16:00");
    assert!((0..r.cycles.len()).all(|i| override_steps(&r, i).is_empty()));
    // The request cleared before any cycle planned with it applies to none: the clearing one
    // is what the 14:30 cycle planned with.
    let sets: Vec<(Option<u32>, Option<usize>)> = r
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::OverrideSet {
                applies_to,
                superseded_by,
                ..
            } => Some((applies_to, superseded_by)),
            _ => None,
        })
        .collect();
    let i = r
        .cycles
        .iter()
        .position(|c| hm(c.start) == "14:30")
        .unwrap() as u32;
    assert_eq!(sets, [(None, Some(1)), (Some(i), None)]);
}

#[test]
fn an_override_names_a_connector_that_exists() {
    let json = r#"{"connector_overrides": [{"at": "2026-11-21T14:05:00Z",
        "connector": "fabrikam.com", "full_sync_required": true}]}"#;
    let server: ServerScenario = serde_json::from_str(json).unwrap();
    let err = server
        .validate(&window(at("10:00"), at("16:00")))
        .unwrap_err();
    assert_eq!(err.at, "server.connector_overrides[0].connector");
    let late = json
        .replace("fabrikam.com", "contoso.com")
        .replace("14:05", "17:05");
    let server: ServerScenario = serde_json::from_str(&late).unwrap();
    let err = server
        .validate(&window(at("10:00"), at("16:00")))
        .unwrap_err();
    assert_eq!(err.at, "server.connector_overrides[0].at");
}
