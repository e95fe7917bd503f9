//! Golden tests for the Entra Connect Sync scheduler, end to end through the scenario JSON
//! (`Scenario::from_json` then `.simulate()`), so they also pin the file format.
//!
//! - The default cadence: every 30 minutes from `NextSyncCycleStartTimeInUTC` (Microsoft Learn).
//! - The community observation that a manual run at 15:04 moves later runs to :04 and :34.
//! - A pasted `Get-ADSyncScheduler` output driving the same simulation.

use sync_planner::engine::entra::{
    self, CycleOutcome, EventKind, NoCycleCause, Rejection, Rule, ServerScenario, Trigger,
};
use sync_planner::engine::{Instant, Problem, Scenario};

fn utc(s: &str) -> Instant {
    s.parse().unwrap()
}

fn hm(t: Instant) -> String {
    t.format("%H:%M").to_string()
}

#[test]
fn default_cadence_is_thirty_minutes_from_the_anchor() {
    let json = r#"{
      "version": 1,
      "horizon": { "start": "2026-11-21T10:00:00Z", "end": "2026-11-21T13:00:00Z" },
      "display_zone": "+09:00",
      "server": {
        "scheduler": { "next_sync_cycle_start_time_in_utc": "2026-11-21T10:12:00Z" }
      }
    }"#;
    let scenario = Scenario::from_json(json).unwrap();
    let server = scenario.simulate().unwrap().server.unwrap();
    let starts: Vec<String> = server.cycles.iter().map(|c| hm(c.start)).collect();
    assert_eq!(
        starts,
        ["10:12", "10:42", "11:12", "11:42", "12:12", "12:42"]
    );
    assert_eq!(server.cycles[0].rule, Rule::Anchor);
    assert!(
        server.cycles[1..]
            .iter()
            .all(|c| c.rule == Rule::IntervalFromStart)
    );
    assert!(
        server
            .cycles
            .iter()
            .all(|c| c.outcome == CycleOutcome::Completed)
    );

    // At 11:20 the next cycle is at 11:42 UTC, 20:42 in the scenario's +09:00.
    let answers = server.answers_in(utc("2026-11-21T11:20:00Z"), &scenario.display_zone);
    let next = answers.next_cycle.unwrap();
    assert_eq!(next.start, utc("2026-11-21T11:42:00Z"));
    assert_eq!(
        next.start_local.unwrap().to_rfc3339(),
        "2026-11-21T20:42:00+09:00"
    );
    // A change made at 11:20 is exported by the 11:42 cycle: 2 imports (30 s each), 2 syncs
    // (15 s each), then the export to Entra ID (15 s).
    let export = answers.export_of_change_now.unwrap();
    assert_eq!(
        (export.cycle, export.exported_at),
        (3, utc("2026-11-21T11:43:45Z"))
    );
    assert_eq!(
        server.export_time(utc("2026-11-21T11:20:00Z")),
        Some(export)
    );
}

#[test]
fn a_manual_run_at_15_04_moves_later_runs_to_04_and_34() {
    let json = r#"{
      "version": 1,
      "horizon": { "start": "2026-11-21T14:00:00Z", "end": "2026-11-21T17:00:00Z" },
      "server": {
        "scheduler": { "next_sync_cycle_start_time_in_utc": "2026-11-21T14:30:00Z" },
        "manual": [
          { "at": "2026-11-21T15:04:00Z", "command": "start_delta" },
          { "at": "2026-11-21T15:05:00Z", "command": "start_delta" }
        ]
      }
    }"#;
    let server = Scenario::from_json(json)
        .unwrap()
        .simulate()
        .unwrap()
        .server
        .unwrap();
    let starts: Vec<String> = server.cycles.iter().map(|c| hm(c.start)).collect();
    assert_eq!(
        starts,
        ["14:30", "15:00", "15:04", "15:34", "16:04", "16:34"]
    );
    assert_eq!(server.cycles[2].trigger, Trigger::Manual);
    assert_eq!(server.cycles[3].rule, Rule::ManualRebase);
    assert_eq!(Rule::ManualRebase.source().id, "community-entra-scheduler");
    // The second Start-ADSyncSyncCycle came while the first ran: "AAD is busy".
    assert!(matches!(
        server.events[0].kind,
        EventKind::ManualStartRejected {
            command: 1,
            reason: Rejection::Busy,
            running_cycle: Some(2),
            ..
        }
    ));
}

#[test]
fn the_output_json_uses_stable_codes() {
    let json = r#"{
      "version": 1,
      "horizon": { "start": "2026-11-21T10:00:00Z", "end": "2026-11-21T10:40:00Z" },
      "server": {
        "staging_spans": [ { "start": "2026-11-21T10:00:00Z", "end": "2026-11-21T10:10:00Z" } ]
      }
    }"#;
    let outcome = Scenario::from_json(json).unwrap().simulate().unwrap();
    let v = serde_json::to_value(&outcome).unwrap();
    let cycle = &v["server"]["cycles"][0];
    assert_eq!(cycle["trigger"], "scheduled");
    assert_eq!(cycle["staging"], true);
    assert_eq!(cycle["steps"][4]["status"], "suppressed");
    assert_eq!(cycle["steps"][4]["rule"], "staging_suppresses_export");
    assert_eq!(
        v["server"]["password_hash_sync"][0]["rule"],
        "phs_paused_staging"
    );
    assert_eq!(v["server"]["cycles"][1]["steps"][4]["status"], "completed");
}

#[test]
fn bad_server_inputs_point_at_the_field() {
    let outside = r#"{
      "version": 1,
      "horizon": { "start": "2026-11-21T10:00:00Z", "end": "2026-11-21T12:00:00Z" },
      "server": { "outages": [ { "start": "2026-11-21T11:00:00Z", "end": "2026-11-21T13:00:00Z" } ] }
    }"#;
    let err = Scenario::from_json(outside).unwrap_err();
    assert_eq!(
        (err.at.as_str(), err.problem),
        ("server.outages[0]", Problem::OutsideHorizon)
    );

    let unknown = r#"{
      "version": 1,
      "horizon": { "start": "2026-11-21T10:00:00Z", "end": "2026-11-21T12:00:00Z" },
      "server": { "scheduler": { "sync_interval": "00:30:00" } }
    }"#;
    let err = Scenario::from_json(unknown).unwrap_err();
    assert_eq!(err.at, "server.scheduler.sync_interval");
    assert!(matches!(err.problem, Problem::Unreadable { .. }));

    let zero = r#"{
      "version": 1,
      "horizon": { "start": "2026-11-21T10:00:00Z", "end": "2026-11-21T12:00:00Z" },
      "server": { "scheduler": { "customized_sync_cycle_interval": "00:00:00" } }
    }"#;
    let err = Scenario::from_json(zero).unwrap_err();
    assert_eq!(err.at, "server.scheduler.customized_sync_cycle_interval");
}

#[test]
fn a_pasted_get_adsyncscheduler_drives_the_simulation() {
    // A ja-JP server with the scheduler disabled: nothing will sync until someone enables it.
    let pasted = "PS C:\\> Get-ADSyncScheduler\r\n\r\n\
        AllowedSyncCycleInterval            : 00:30:00\r\n\
        CurrentlyEffectiveSyncCycleInterval : 01:00:00\r\n\
        CustomizedSyncCycleInterval         : 01:00:00\r\n\
        NextSyncCyclePolicyType             : Delta\r\n\
        NextSyncCycleStartTimeInUTC         : 2026/11/21 10:30:00\r\n\
        PurgeRunHistoryInterval             : 7.00:00:00\r\n\
        SyncCycleEnabled                    : False\r\n\
        MaintenanceEnabled                  : True\r\n\
        StagingModeEnabled                  : False\r\n\
        SchedulerSuspended                  : False\r\n\
        SyncCycleInProgress                 : False\r\n";
    let imported = entra::parse_get_adsyncscheduler(pasted);
    assert!(imported.malformed.is_empty() && imported.unknown.is_empty());
    let mut server = ServerScenario::default();
    imported.apply_to(&mut server.scheduler);

    let mut scenario = Scenario::from_json(
        r#"{"version": 1,
            "horizon": { "start": "2026-11-21T10:00:00Z", "end": "2026-11-22T10:00:00Z" },
            "server": {}}"#,
    )
    .unwrap();
    scenario.server = Some(server.clone());
    let report = scenario.simulate().unwrap().server.unwrap();
    assert!(report.cycles.is_empty());
    let answers = report.answers(utc("2026-11-21T12:00:00Z"));
    let why = answers.no_next_cycle.unwrap();
    // "Since" is when the block began, not the first slot it cost (10:30): the pasted output
    // says disabled at the horizon start, which is as far back as the scenario knows.
    assert_eq!(
        (why.cause, why.since),
        (
            NoCycleCause::SyncCycleDisabled,
            Some(utc("2026-11-21T10:00:00Z"))
        )
    );

    // Enabled, the same settings give hourly cycles from 10:30.
    server.scheduler.sync_cycle_enabled = true;
    scenario.server = Some(server);
    let report = scenario.simulate().unwrap().server.unwrap();
    let first: Vec<String> = report.cycles.iter().take(3).map(|c| hm(c.start)).collect();
    assert_eq!(first, ["10:30", "11:30", "12:30"]);
    // And the round trip through the scenario JSON keeps every setting.
    let again = Scenario::from_json(&scenario.to_json()).unwrap();
    assert_eq!(again, scenario);
}

#[test]
fn the_documented_example_reads_and_runs() {
    // The last JSON block of docs/scenario-server.md, so the documentation cannot rot.
    let doc = include_str!("../docs/scenario-server.md");
    let start = doc.rfind("```json\n").unwrap() + "```json\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let scenario = Scenario::from_json(&doc[start..end]).unwrap();
    let server = scenario.simulate().unwrap().server.unwrap();
    assert!(!server.truncated);
    // Hourly from 00:12; the manual run at 06:04 re-bases to :04 and is stopped a minute later.
    let first: Vec<String> = server.cycles.iter().take(8).map(|c| hm(c.start)).collect();
    assert_eq!(
        first,
        [
            "00:12", "01:12", "02:12", "03:12", "04:12", "05:12", "06:04", "07:04"
        ]
    );
    assert!(matches!(
        server.cycles[6].outcome,
        CycleOutcome::Stopped { .. }
    ));
    // The connector override makes the first cycle's sync of corp.contoso.com full.
    let steps: Vec<_> = server.steps(&server.cycles[0]).collect();
    assert!(
        steps
            .iter()
            .any(|s| s.connector == 0 && s.rule == Rule::ConnectorOverride)
    );
    // The wizard (22nd, 01:00-01:45) and the outage (23rd, 18:00-19:10) each cost a slot,
    // caught up 2 minutes after they end.
    let catch_ups: Vec<Instant> = server
        .cycles
        .iter()
        .filter(|c| c.trigger == Trigger::CatchUp)
        .map(|c| c.start)
        .collect();
    assert_eq!(
        catch_ups,
        [utc("2026-11-22T01:47:00Z"), utc("2026-11-23T19:12:00Z")]
    );
}

#[test]
fn condition_spans_match_the_public_answers() {
    // One span per condition, apart, so each can be told from the public answers.
    let json = r#"{"version": 1,
        "horizon": {"start": "2026-11-21T00:00:00Z", "end": "2026-11-21T09:00:00Z"},
        "server": {
            "disabled_spans": [{"start": "2026-11-21T01:00:00Z", "end": "2026-11-21T02:00:00Z"}],
            "suspended_spans": [{"start": "2026-11-21T03:00:00Z", "end": "2026-11-21T04:00:00Z"}],
            "outages": [{"start": "2026-11-21T05:00:00Z", "end": "2026-11-21T06:00:00Z"}],
            "staging_spans": [{"start": "2026-11-21T07:00:00Z", "end": "2026-11-21T08:00:00Z"}]}}"#;
    let r = Scenario::from_json(json)
        .unwrap()
        .simulate()
        .unwrap()
        .server
        .unwrap();
    use sync_planner::engine::entra::Condition;
    for (condition, start) in [
        (Condition::Disabled, "2026-11-21T01:00:00Z"),
        (Condition::Suspended, "2026-11-21T03:00:00Z"),
        (Condition::Outage, "2026-11-21T05:00:00Z"),
        (Condition::Staging, "2026-11-21T07:00:00Z"),
    ] {
        let spans = r.condition_spans(condition);
        assert_eq!(spans.len(), 1, "{condition:?}");
        let at = utc(start);
        assert_eq!(spans[0].start(), at, "{condition:?}");
        let a = r.answers(at);
        // While the server is down the cmdlet cannot answer (and says so); otherwise its
        // output shows the switches.
        let printed = a.get_adsyncscheduler.view().copied();
        assert_eq!(printed.is_none(), a.server_down, "{condition:?}");
        let held = [
            printed.is_some_and(|s| !s.sync_cycle_enabled),
            printed.is_some_and(|s| s.scheduler_suspended),
            a.server_down,
            printed.is_some_and(|s| s.staging_mode_enabled),
        ];
        let expected = Condition::ALL.map(|c| c == condition);
        assert_eq!(held, expected, "{condition:?}");
    }
}

#[test]
fn the_documentation_names_every_rule_code() {
    let doc = include_str!("../docs/scenario-server.md");
    for rule in entra::Rule::ALL {
        assert!(
            doc.contains(&format!("`{}`", rule.code())),
            "docs/scenario-server.md does not name {}",
            rule.code()
        );
    }
}

/// Simulates a scenario given as JSON and returns its server report.
fn server_of(json: &str) -> entra::ServerReport {
    Scenario::from_json(json)
        .unwrap()
        .simulate()
        .unwrap()
        .server
        .unwrap()
}

#[test]
fn the_seeds_override_then_delta_start_in_one_minute_runs_the_full_sync() {
    // The seed's procedure (Microsoft Learn, the scheduler page): after changing a sync rule on
    // "AD Forest A", `Set-ADSyncSchedulerConnectorOverride -ConnectorName "AD Forest A"
    // -FullSyncRequired $true` then `Start-ADSyncSyncCycle -PolicyType Delta`, both typed at
    // 01:00, on a 3-hour interval. Settings apply before starts at one instant: the 01:00
    // cycle runs the full sync, not the 04:00 one.
    let r = server_of(
        r#"{"version": 1,
        "horizon": {"start": "2026-11-21T00:00:00Z", "end": "2026-11-21T09:00:00Z"},
        "server": {
            "scheduler": {"customized_sync_cycle_interval": "03:00:00",
                          "next_sync_cycle_start_time_in_utc": "2026-11-21T00:30:00Z"},
            "connectors": [{"name": "AD Forest A", "kind": "ad"},
                           {"name": "contoso.onmicrosoft.com - AAD", "kind": "entra_id"}],
            "connector_overrides": [{"at": "2026-11-21T01:00:00Z", "connector": "AD Forest A",
                                     "full_sync_required": true}],
            "manual": [{"at": "2026-11-21T01:00:00Z", "command": "start_delta"}]}}"#,
    );
    let starts: Vec<String> = r.cycles.iter().map(|c| hm(c.start)).collect();
    assert_eq!(starts, ["00:30", "01:00", "04:00", "07:00"]);
    let manual = &r.cycles[1];
    assert_eq!(manual.trigger, Trigger::Manual);
    let full: Vec<_> = r
        .steps(manual)
        .filter(|s| s.rule == Rule::ConnectorOverride)
        .map(|s| (s.profile, s.connector))
        .collect();
    assert_eq!(full, [(entra::RunProfile::FullSync, 0)]);
    // Completing it cleared the override: the 04:00 cycle is a plain delta one.
    assert!(
        r.steps(&r.cycles[2])
            .all(|s| s.rule != Rule::ConnectorOverride)
    );
    assert!(r.events.iter().any(|e| matches!(
        e.kind,
        EventKind::OverrideSet {
            applies_to: Some(1),
            ..
        }
    )));
    // "When does the change reach Entra ID", asked at 01:00: the 01:00 cycle carries it.
    let export = r
        .answers(utc("2026-11-21T01:00:00Z"))
        .export_of_change_now
        .unwrap();
    assert_eq!(export.cycle, 1);
    assert_eq!(export.import_start, utc("2026-11-21T01:00:00Z"));
    assert!(export.exported_at < utc("2026-11-21T02:00:00Z"));
}

#[test]
fn a_stop_at_the_minute_a_cycle_starts_stops_it_and_what_it_owed_stays_owed() {
    // The 10:00 slot owes an Initial cycle; Stop-ADSyncSyncCycle typed at 10:00 stops it, so
    // the Initial is still owed at 10:30.
    let r = server_of(
        r#"{"version": 1,
        "horizon": {"start": "2026-11-21T09:50:00Z", "end": "2026-11-21T11:10:00Z"},
        "server": {
            "scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T10:00:00Z",
                          "next_sync_cycle_policy_type": "Initial"},
            "manual": [{"at": "2026-11-21T10:00:00Z", "command": "stop"}]}}"#,
    );
    let first = &r.cycles[0];
    assert_eq!(first.start, utc("2026-11-21T10:00:00Z"));
    assert!(matches!(
        first.outcome,
        CycleOutcome::Stopped { command: 0, requested_at, .. } if requested_at == first.start
    ));
    assert!(
        !r.events
            .iter()
            .any(|e| matches!(e.kind, EventKind::StopIgnored { .. })),
        "{:?}",
        r.events
    );
    let second = &r.cycles[1];
    assert_eq!(second.start, utc("2026-11-21T10:30:00Z"));
    assert_eq!(second.policy, entra::PolicyType::Initial);

    // A stop typed in the same minute as a manual start, even listed first, stops that cycle.
    let r = server_of(
        r#"{"version": 1,
        "horizon": {"start": "2026-11-21T09:50:00Z", "end": "2026-11-21T11:10:00Z"},
        "server": {
            "scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T10:00:00Z"},
            "manual": [{"at": "2026-11-21T10:10:00Z", "command": "stop"},
                       {"at": "2026-11-21T10:10:00Z", "command": "start_delta"}]}}"#,
    );
    let manual = r.cycles.iter().find(|c| c.command == Some(1)).unwrap();
    assert_eq!(manual.start, utc("2026-11-21T10:10:00Z"));
    assert!(matches!(
        manual.outcome,
        CycleOutcome::Stopped { command: 0, .. }
    ));
}

#[test]
fn a_stop_typed_in_the_minute_a_cycle_starts_on_a_seconds_value_stops_it() {
    // Review of issue 21: times are typed to the minute, but a cycle often starts on seconds
    // (a pasted 2:58:30 PM, or an interval counted from a cycle's end). A stop typed at 14:58
    // stops the cycle that starts at 14:58:30; the owed Initial stays owed.
    let r = server_of(
        r#"{"version": 1,
        "horizon": {"start": "2026-12-07T14:00:00Z", "end": "2026-12-07T16:00:00Z"},
        "server": {
            "scheduler": {"next_sync_cycle_start_time_in_utc": "2026-12-07T14:58:30Z",
                          "next_sync_cycle_policy_type": "Initial"},
            "manual": [{"at": "2026-12-07T14:58:00Z", "command": "stop"}]}}"#,
    );
    let first = &r.cycles[0];
    assert_eq!(first.start, utc("2026-12-07T14:58:30Z"));
    assert!(
        matches!(first.outcome, CycleOutcome::Stopped { command: 0, .. }),
        "{:?}",
        first.outcome
    );
    assert!(
        first.end >= first.start,
        "a cycle never ends before it starts"
    );
    assert!(
        !r.events
            .iter()
            .any(|e| matches!(e.kind, EventKind::StopIgnored { .. })),
        "{:?}",
        r.events
    );
    assert_eq!(r.cycles[1].policy, entra::PolicyType::Initial);
    // A stop a whole minute before the start is a stop with nothing to stop.
    let r = server_of(
        r#"{"version": 1,
        "horizon": {"start": "2026-12-07T14:00:00Z", "end": "2026-12-07T16:00:00Z"},
        "server": {
            "scheduler": {"next_sync_cycle_start_time_in_utc": "2026-12-07T14:58:30Z"},
            "manual": [{"at": "2026-12-07T14:57:00Z", "command": "stop"}]}}"#,
    );
    assert!(r.cycles[0].outcome.is_completed());
    assert!(
        r.events
            .iter()
            .any(|e| matches!(e.kind, EventKind::StopIgnored { .. }))
    );
}

#[test]
fn a_stop_waiting_for_its_minute_s_cycle_lets_earlier_commands_go_first() {
    // A stop typed at 14:58:00 waits for the cycle that starts in its minute; a manual start at
    // 14:58:10 and an interval change at 14:58:20 come before the slot due at 14:58:30, so the
    // start runs (and is the cycle the stop stops), and the change is made between cycles.
    let r = server_of(
        r#"{"version": 1,
        "horizon": {"start": "2026-12-07T14:00:00Z", "end": "2026-12-07T16:00:00Z"},
        "server": {
            "scheduler": {"next_sync_cycle_start_time_in_utc": "2026-12-07T14:58:30Z"},
            "manual": [{"at": "2026-12-07T14:58:00Z", "command": "stop"},
                       {"at": "2026-12-07T14:58:10Z", "command": "start_delta"}]}}"#,
    );
    let first = &r.cycles[0];
    assert_eq!(first.start, utc("2026-12-07T14:58:10Z"));
    assert_eq!(first.command, Some(1));
    assert!(
        matches!(first.outcome, CycleOutcome::Stopped { command: 0, .. }),
        "{:?}",
        first.outcome
    );
    assert!(
        !r.events
            .iter()
            .any(|e| matches!(e.kind, EventKind::ManualStartRejected { .. })),
        "{:?}",
        r.events
    );
    let r = server_of(
        r#"{"version": 1,
        "horizon": {"start": "2026-12-07T14:00:00Z", "end": "2026-12-07T16:00:00Z"},
        "server": {
            "scheduler": {"next_sync_cycle_start_time_in_utc": "2026-12-07T14:58:30Z"},
            "interval_changes": [{"at": "2026-12-07T14:58:20Z",
                                  "customized_sync_cycle_interval": "01:00:00"}],
            "manual": [{"at": "2026-12-07T14:58:00Z", "command": "stop"}]}}"#,
    );
    let changed = r
        .events
        .iter()
        .find(|e| matches!(e.kind, EventKind::IntervalChanged { .. }))
        .unwrap();
    assert_eq!(changed.at, utc("2026-12-07T14:58:20Z"));
    // Made between cycles with 1.1.281's immediate rule, it moved the due slot: the first cycle
    // starts an hour after the previous basis, not at 14:58:30 with the change applied mid-run.
    assert_eq!(
        r.cycles[0].start,
        utc("2026-12-07T15:28:30Z"),
        "{:?}",
        r.cycles[0]
    );
}

#[test]
fn the_same_override_typed_twice_before_a_cycle_still_applies_to_it() {
    // Review of issue 21: -FullSyncRequired $true at 01:00 and again at 01:10; the 01:30 cycle
    // runs the full sync, and neither row says it was changed back.
    let r = server_of(
        r#"{"version": 1,
        "horizon": {"start": "2026-11-21T00:45:00Z", "end": "2026-11-21T03:00:00Z"},
        "server": {
            "scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T01:30:00Z"},
            "connectors": [{"name": "AD Forest A", "kind": "ad"},
                           {"name": "tenant.onmicrosoft.com", "kind": "entra_id"}],
            "connector_overrides": [
                {"at": "2026-11-21T01:00:00Z", "connector": "AD Forest A", "full_sync_required": true},
                {"at": "2026-11-21T01:10:00Z", "connector": "AD Forest A", "full_sync_required": true}]}}"#,
    );
    let sets: Vec<_> = r
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
    assert_eq!(
        sets,
        vec![(Some(0), None), (Some(0), None)],
        "{:?}",
        r.events
    );
    let full_sync = |r: &entra::ServerReport| {
        r.steps(&r.cycles[0])
            .any(|s| s.rule == Rule::ConnectorOverride && s.profile == entra::RunProfile::FullSync)
    };
    assert!(full_sync(&r));
    // Set, then cleared before the cycle: the first one was changed back.
    let r = server_of(
        r#"{"version": 1,
        "horizon": {"start": "2026-11-21T00:45:00Z", "end": "2026-11-21T03:00:00Z"},
        "server": {
            "scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T01:30:00Z"},
            "connectors": [{"name": "AD Forest A", "kind": "ad"},
                           {"name": "tenant.onmicrosoft.com", "kind": "entra_id"}],
            "connector_overrides": [
                {"at": "2026-11-21T01:00:00Z", "connector": "AD Forest A", "full_sync_required": true},
                {"at": "2026-11-21T01:10:00Z", "connector": "AD Forest A", "full_sync_required": false}]}}"#,
    );
    let first = r
        .events
        .iter()
        .find_map(|e| match e.kind {
            EventKind::OverrideSet {
                applies_to,
                superseded_by,
                ..
            } => Some((applies_to, superseded_by)),
            _ => None,
        })
        .unwrap();
    assert_eq!(first, (None, Some(1)));
    assert!(!full_sync(&r));
}

#[test]
fn a_span_not_yet_fixed_still_holds_at_and_after_the_horizon_end() {
    let json = |list: &str| {
        format!(
            r#"{{"version": 1,
            "horizon": {{"start": "2026-11-21T00:00:00Z", "end": "2026-11-21T03:00:00Z"}},
            "server": {{"{list}": [{{"start": "2026-11-21T01:01:00Z"}}]}}}}"#
        )
    };
    let end = utc("2026-11-21T03:00:00Z");
    // Down since 01:01, not yet back: at the end the server is still down, the cmdlet cannot
    // answer, and "since" is when it went down, not the first slot it cost (01:30).
    let r = server_of(&json("outages"));
    for now in [end, utc("2026-11-21T05:00:00Z")] {
        let a = r.answers(now);
        assert!(a.server_down, "{now}");
        assert_eq!(a.get_adsyncscheduler.view(), None, "{now}");
        let none = a.no_next_cycle.unwrap();
        assert_eq!(
            (none.cause, none.since),
            (NoCycleCause::ServerDown, Some(utc("2026-11-21T01:01:00Z")))
        );
        // What `simulate` prints.
        let v = serde_json::to_value(&a).unwrap();
        assert_eq!(v["server_down"], true);
        assert_eq!(v["get_adsyncscheduler"]["kind"], "service_down");
        assert_eq!(v["no_next_cycle"]["since"], "2026-11-21T01:01:00Z");
    }
    // Disabled or suspended and not yet undone: the printed output says so at the end.
    let r = server_of(&json("disabled_spans"));
    let a = r.answers(end);
    assert!(!a.get_adsyncscheduler.view().unwrap().sync_cycle_enabled);
    let none = a.no_next_cycle.unwrap();
    assert_eq!(
        (none.cause, none.since),
        (
            NoCycleCause::SyncCycleDisabled,
            Some(utc("2026-11-21T01:01:00Z"))
        )
    );
    let r = server_of(&json("suspended_spans"));
    let a = r.answers(end);
    assert!(a.get_adsyncscheduler.view().unwrap().scheduler_suspended);
    assert_eq!(
        a.no_next_cycle.unwrap().since,
        Some(utc("2026-11-21T01:01:00Z"))
    );
}

#[test]
fn settings_entered_while_the_server_is_down_are_refused() {
    // Set-ADSyncScheduler and Set-ADSyncSchedulerConnectorOverride at 01:30, while the server
    // is down 01:00-02:00: refused like Start-ADSyncSyncCycle, and nothing changes.
    let r = server_of(
        r#"{"version": 1,
        "horizon": {"start": "2026-11-21T00:00:00Z", "end": "2026-11-21T04:00:00Z"},
        "server": {
            "outages": [{"start": "2026-11-21T01:00:00Z", "end": "2026-11-21T02:00:00Z"}],
            "interval_changes": [{"at": "2026-11-21T01:30:00Z",
                                  "customized_sync_cycle_interval": "01:00:00"}],
            "connector_overrides": [{"at": "2026-11-21T01:30:00Z", "connector": "contoso.com",
                                     "full_sync_required": true}]}}"#,
    );
    let refused: Vec<(Rule, &EventKind)> = r
        .events
        .iter()
        .filter(|e| e.at == utc("2026-11-21T01:30:00Z"))
        .map(|e| (e.rule, &e.kind))
        .collect();
    assert_eq!(
        refused,
        [
            (
                Rule::CmdletWhileDown,
                &EventKind::IntervalChangeRefused {
                    change: 0,
                    customized: Some(sync_planner::engine::Period::hours(1)),
                }
            ),
            (
                Rule::CmdletWhileDown,
                &EventKind::OverrideRefused {
                    change: 0,
                    connector: 0
                }
            ),
        ]
    );
    let starts: Vec<String> = r.cycles.iter().map(|c| hm(c.start)).collect();
    assert_eq!(
        starts,
        ["00:00", "00:30", "02:00", "02:30", "03:00", "03:30"]
    );
    assert!(
        r.cycles
            .iter()
            .all(|c| r.steps(c).all(|s| s.rule != Rule::ConnectorOverride))
    );
    assert_eq!(
        r.effective_interval_at(utc("2026-11-21T03:00:00Z")),
        sync_planner::engine::Period::minutes(30)
    );
}

#[test]
fn the_calendar_holds_the_cycles_that_ran_not_refused_starts() {
    use sync_planner::export::{Options, Part, calendar, is_calendar_event};
    use sync_planner::present::{self, System, text::Lang};
    // A start refused as busy (10:01, during the 10:00 cycle) and one refused while the server
    // is down (11:10): neither is a cycle, so neither is in the calendar.
    let scenario = Scenario::from_json(
        r#"{"version": 1,
        "horizon": {"start": "2026-11-21T10:00:00Z", "end": "2026-11-21T12:00:00Z"},
        "server": {
            "outages": [{"start": "2026-11-21T11:05:00Z", "end": "2026-11-21T11:20:00Z"}],
            "manual": [{"at": "2026-11-21T10:01:00Z", "command": "start_delta"},
                       {"at": "2026-11-21T11:10:00Z", "command": "start_initial"}]}}"#,
    )
    .unwrap();
    let sim = scenario.simulate().unwrap();
    let report = sim.server.as_ref().unwrap();
    assert_eq!(
        report
            .events
            .iter()
            .filter(|e| matches!(e.kind, EventKind::ManualStartRejected { .. }))
            .count(),
        2
    );
    let view = present::view(&sim, System::Server, Lang::En).unwrap();
    let in_calendar = view
        .rows
        .iter()
        .filter(|r| is_calendar_event(System::Server, &view, r))
        .count();
    assert_eq!(in_calendar, report.cycles.len());
    let offset = |_: Instant| 0;
    let ics = calendar(
        &[Part {
            system: System::Server,
            view: &view,
        }],
        &Options {
            lang: Lang::En,
            zone: &scenario.display_zone,
            offset: &offset,
            stamp: utc("2026-11-21T10:00:00Z"),
            uid_seed: "calendar",
        },
    );
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), report.cycles.len());
}

#[test]
fn a_next_start_far_ahead_blames_a_day_month_swap_only_when_the_swap_fits() {
    use sync_planner::present::{self, System, text::Lang};
    // A paste from 7 December (12/7/2026, en-US) in a horizon that starts on 24 March (a
    // device's enrolment): neither reading of the date is near March, so the cause is the
    // output's time, not the date's order.
    let scenario = |start: &str, end: &str| {
        let json = format!(
            r#"{{"version": 1,
            "horizon": {{ "start": "{start}", "end": "{end}" }},
            "server": {{ "scheduler": {{ "next_sync_cycle_start_time_in_utc": "2026-12-07T14:58:30Z" }} }}}}"#
        );
        let sim = Scenario::from_json(&json).unwrap().simulate().unwrap();
        present::view(&sim, System::Server, Lang::En)
            .unwrap()
            .warnings
    };
    let march = scenario("2026-03-24T00:00:00Z", "2026-03-31T00:00:00Z");
    let ahead: Vec<&String> = march
        .iter()
        .filter(|w| w.starts_with("NextSyncCycleStartTimeInUTC"))
        .collect();
    assert_eq!(ahead.len(), 1, "{march:?}");
    assert!(!ahead[0].contains("swapped"), "{ahead:?}");
    assert!(ahead[0].contains("later time"), "{ahead:?}");
    // A horizon on 12 July: the day-first reading fits, so the swap is named, with that date.
    let july = scenario("2026-07-12T14:00:00Z", "2026-07-13T00:00:00Z");
    assert!(
        july.iter()
            .any(|w| w.contains("day and month swapped") && w.contains("2026-07-12 14:58")),
        "{july:?}"
    );
}

#[test]
fn a_stale_next_start_blames_a_day_month_swap_when_the_swap_fits() {
    use sync_planner::present::{self, System, text::Lang};
    // 12/7 read day-first is 12 July; pasted on 7 December, month-first was meant. The value
    // then looks five months stale, but the scheduler is not the cause: the date's order is.
    let json = r#"{"version": 1,
        "horizon": { "start": "2026-12-07T14:00:00Z", "end": "2026-12-07T16:00:00Z" },
        "server": { "scheduler": { "next_sync_cycle_start_time_in_utc": "2026-07-12T14:20:00Z" } }}"#;
    let sim = Scenario::from_json(json).unwrap().simulate().unwrap();
    let warnings = present::view(&sim, System::Server, Lang::En)
        .unwrap()
        .warnings;
    let stale: Vec<&String> = warnings
        .iter()
        .filter(|w| w.starts_with("NextSyncCycleStartTimeInUTC"))
        .collect();
    assert_eq!(stale.len(), 1, "{warnings:?}");
    assert!(stale[0].contains("day and month swapped"), "{stale:?}");
    assert!(stale[0].contains("2026-12-07 14:20"), "{stale:?}");
    assert!(
        !stale[0].contains("has not started a cycle since"),
        "{stale:?}"
    );
}
