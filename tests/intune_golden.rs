//! Golden test: the seed article's Windows table, end to end through the scenario JSON.
//!
//! "Enrollment at 09:00: every 3 min until 09:15, every 15 min for the next 2 h, then every 8 h"
//! — Schedule #1 at enrollment every 3 min for 15 min, Schedule #2 15 min after #1 starts every
//! 15 min for 2 h, Schedule #3 2 h after #2 starts every 8 h. Runs at the same instant (09:15
//! and 11:15) make one session; the later task's run is reported as merged into it.

use sync_planner::engine::Scenario;
use sync_planner::engine::intune::{Lane, Outcome, Rule};

const SCENARIO: &str = r#"{
  "version": 1,
  "horizon": { "start": "2026-01-05T00:00:00Z", "end": "2026-01-07T00:00:00Z" },
  "display_zone": "Asia/Tokyo",
  "device": {
    "platform": "windows",
    "enrolled_at": "2026-01-05T09:00:00Z",
    "rule_set": "learn_2025_10"
  }
}"#;

/// The published table, as (time, lane) of every MDM sync on enrollment day and the next.
const TABLE: &[(&str, Lane)] = &[
    ("05T09:00", Lane::Schedule1),
    ("05T09:03", Lane::Schedule1),
    ("05T09:06", Lane::Schedule1),
    ("05T09:09", Lane::Schedule1),
    ("05T09:12", Lane::Schedule1),
    ("05T09:15", Lane::Schedule1),
    ("05T09:30", Lane::Schedule2),
    ("05T09:45", Lane::Schedule2),
    ("05T10:00", Lane::Schedule2),
    ("05T10:15", Lane::Schedule2),
    ("05T10:30", Lane::Schedule2),
    ("05T10:45", Lane::Schedule2),
    ("05T11:00", Lane::Schedule2),
    ("05T11:15", Lane::Schedule2),
    ("05T19:15", Lane::Schedule3),
    ("06T03:15", Lane::Schedule3),
    ("06T11:15", Lane::Schedule3),
    ("06T19:15", Lane::Schedule3),
];

fn hm(t: &chrono::DateTime<chrono::Utc>) -> String {
    t.format("%dT%H:%M").to_string()
}

#[test]
fn the_seed_windows_table_comes_out_of_the_json() {
    let scenario = Scenario::from_json(SCENARIO).expect("valid scenario");
    let outcome = scenario.simulate().expect("simulates");
    let report = outcome.device.expect("a device report");
    assert!(!report.truncated);

    let syncs: Vec<(String, Lane)> = report.syncs().map(|e| (hm(&e.at), e.lane)).collect();
    let table: Vec<(String, Lane)> = TABLE.iter().map(|(t, l)| (t.to_string(), *l)).collect();
    assert_eq!(syncs, table);

    // Schedule #1 launches 6 times (end point inclusive), Schedule #2 9 times; the boundary runs
    // of #2 and #3 join the session under way.
    let count = |lane| report.events.iter().filter(|e| e.lane == lane).count();
    assert_eq!(count(Lane::Schedule1), 6);
    assert_eq!(count(Lane::Schedule2), 9);
    let merged: Vec<(String, Lane, Outcome, Option<Rule>)> = report
        .events
        .iter()
        .filter(|e| !e.is_sync() && e.lane.is_mdm())
        .map(|e| (hm(&e.at), e.lane, e.outcome, e.reason))
        .collect();
    assert_eq!(
        merged,
        vec![
            (
                "05T09:15".into(),
                Lane::Schedule2,
                Outcome::Merged {
                    into: Lane::Schedule1
                },
                Some(Rule::CoincidentRunsMerged)
            ),
            (
                "05T11:15".into(),
                Lane::Schedule3,
                Outcome::Merged {
                    into: Lane::Schedule2
                },
                Some(Rule::CoincidentRunsMerged)
            ),
        ]
    );

    // Every 8 h after the ramp, by Schedule #3, citing the seed article's task table.
    let three: Vec<&str> = report
        .events
        .iter()
        .filter(|e| e.lane == Lane::Schedule3)
        .map(|e| e.rule.code())
        .collect();
    assert!(three.iter().all(|c| *c == "windows_schedule_3"));
    assert_eq!(
        Rule::WindowsSchedule3.source().id,
        "seed-intune-sync-timing"
    );
    assert_eq!(report.plan.source.id, "learn-policy-refresh");

    // The IME checks in at enrollment and every 8 h on its own lane; it is not an MDM sync.
    let ime: Vec<String> = report
        .events
        .iter()
        .filter(|e| e.lane == Lane::Ime)
        .map(|e| hm(&e.at))
        .collect();
    assert_eq!(
        ime,
        ["05T09:00", "05T17:00", "06T01:00", "06T09:00", "06T17:00"]
    );
}

#[test]
fn the_answers_follow_the_table() {
    let scenario = Scenario::from_json(SCENARIO).unwrap();
    let report = scenario.simulate().unwrap().device.unwrap();
    let at = |s: &str| format!("2026-01-{s}:00Z").parse().unwrap();
    let a = report.answers(at("05T09:10"));
    assert_eq!(a.next_sync.map(|s| hm(&s.at)), Some("05T09:12".into()));
    assert_eq!(a.last_sync.map(|s| hm(&s.at)), Some("05T09:09".into()));
    let a = report.answers(at("05T12:00"));
    assert_eq!(
        a.next_sync.map(|s| (hm(&s.at), s.lane)),
        Some(("05T19:15".into(), Lane::Schedule3))
    );
    let gap = a.longest_gap.unwrap();
    assert_eq!(
        (hm(&gap.start), hm(&gap.end), gap.length_secs),
        ("05T11:15".into(), "05T19:15".into(), 8 * 3600)
    );
}

#[test]
fn events_serialize_as_codes_and_data_without_prose() {
    let scenario = Scenario::from_json(SCENARIO).unwrap();
    let outcome = scenario.simulate().unwrap();
    let json = serde_json::to_value(&outcome).unwrap();
    let first = &json["device"]["events"][0];
    assert_eq!(first["at"], "2026-01-05T09:00:00Z");
    assert_eq!(first["lane"], "schedule_1");
    assert_eq!(first["rule"], "windows_schedule_1");
    assert_eq!(first["outcome"], serde_json::json!({ "code": "synced" }));
    assert_eq!(first["timing"], serde_json::json!({ "kind": "on_time" }));
    assert!(first.get("reason").is_none());
    let merged = json["device"]["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["outcome"]["code"] == "merged")
        .unwrap();
    assert_eq!(merged["outcome"]["into"], "schedule_1");
    assert_eq!(merged["reason"], "coincident_runs_merged");
    assert_eq!(json["device"]["truncated"], false);
    assert_eq!(json["device"]["plan"]["rule_set"], "learn_2025_10");
}

#[test]
fn bad_device_json_is_refused_with_a_path() {
    let bad = SCENARIO.replace(
        r#""rule_set": "learn_2025_10""#,
        r#""power_off": [{"start":"2026-01-05T10:00:00Z","end":"2026-01-05T12:00:00Z"},{"start":"2026-01-05T11:00:00Z","end":"2026-01-05T13:00:00Z"}]"#,
    );
    let err = Scenario::from_json(&bad).unwrap_err();
    assert_eq!(err.at, "device.power_off[1]");
    let unknown = SCENARIO.replace(
        r#""platform": "windows""#,
        r#""platform": "windows", "wake_to_run": true"#,
    );
    let err = Scenario::from_json(&unknown).unwrap_err();
    assert!(err.at.starts_with("device"), "{}", err.at);
    // Impossible by type: a window that ends before it starts, a zero interval.
    let backwards = SCENARIO.replace(
        r#""rule_set": "learn_2025_10""#,
        r#""sleep": [{"start":"2026-01-05T12:00:00Z","end":"2026-01-05T10:00:00Z"}]"#,
    );
    let err = Scenario::from_json(&backwards).unwrap_err();
    assert_eq!(err.at, "device.sleep[0]");
    let zero = SCENARIO.replace(
        r#""learn_2025_10""#,
        r#"{"custom": {"first": {"interval": "PT0M", "count": 3}}}"#,
    );
    let err = Scenario::from_json(&zero).unwrap_err();
    assert_eq!(err.at, "device.rule_set.custom.first.interval");
}

#[test]
fn the_documented_example_is_a_valid_scenario() {
    let doc = include_str!("../docs/scenario-device.md");
    let start = doc
        .rfind("```json\n{\n  \"version\"")
        .expect("the example block")
        + "```json\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let scenario = Scenario::from_json(&doc[start..end]).expect("the example reads");
    let report = scenario.simulate().unwrap().device.unwrap();
    // Shut down at night: Schedule #3's 03:15 run is missed and caught up at 08:10.
    let catch_up = report
        .events
        .iter()
        .find(|e| e.lane == Lane::CatchUp)
        .unwrap();
    assert_eq!(hm(&catch_up.at), "06T08:10");
    // From Thursday evening the push service is disabled to the end: nothing syncs after.
    let a = report.answers("2026-01-09T00:00:00Z".parse().unwrap());
    assert_eq!(
        a.no_future_sync,
        Some(sync_planner::engine::intune::NoSyncReason::PushServiceDisabled)
    );
}

/// The office laptop of issue 11: enrolled long ago, off every evening 17:30 to 08:00, a logon
/// at 08:02. The 08:10 catch-up uses the 6.5-hour allowance, so the on-time 11:15 run falls
/// inside it; it still checks in, so at 10:00 "next sync" is 11:15 today, not tomorrow 08:02.
fn office_laptop(extra: &str) -> String {
    let mut off = Vec::new();
    let mut logons = Vec::new();
    for day in 5..8 {
        off.push(format!(
            r#"{{"start":"2026-01-{:02}T17:30:00Z","end":"2026-01-{:02}T08:00:00Z"}}"#,
            day - 1,
            day
        ));
        logons.push(format!(r#""2026-01-{day:02}T08:02:00Z""#));
    }
    format!(
        r#"{{"version":1,"horizon":{{"start":"2026-01-04T12:00:00Z","end":"2026-01-08T00:00:00Z"}},
        "device":{{"enrolled_at":"2025-11-03T09:00:00Z","power_off":[{}],"logons":[{}]{extra}}}}}"#,
        off.join(","),
        logons.join(",")
    )
}

#[test]
fn the_maintenance_limit_does_not_move_next_sync_by_a_day() {
    let scenario = Scenario::from_json(&office_laptop("")).unwrap();
    let report = scenario.simulate().unwrap().device.unwrap();
    let a = report.answers("2026-01-06T10:00:00Z".parse().unwrap());
    let next = a.next_sync.unwrap();
    assert_eq!(hm(&next.at), "06T11:15");
    assert_eq!(next.lane, Lane::Schedule3);
    assert!(next.maintenance_may_be_skipped);
    let e = report.events.iter().find(|e| e.at == next.at).unwrap();
    assert!(matches!(
        e.outcome,
        Outcome::SyncedMaintenanceLimited { .. }
    ));
    assert_eq!(e.reason, Some(Rule::MaintenanceSyncLimit));
    // The stricter reading is a parameter; its events say so, and then nothing syncs till
    // tomorrow's logon.
    let strict = office_laptop(r#","service":{"throttled_run":"refused"}"#);
    let report = Scenario::from_json(&strict)
        .unwrap()
        .simulate()
        .unwrap()
        .device
        .unwrap();
    let a = report.answers("2026-01-06T10:00:00Z".parse().unwrap());
    assert_eq!(hm(&a.next_sync.unwrap().at), "07T08:02");
    let e = report
        .events
        .iter()
        .find(|e| hm(&e.at) == "06T11:15")
        .unwrap();
    assert!(matches!(e.outcome, Outcome::Throttled { .. }));
    assert_eq!(e.reason, Some(Rule::MaintenanceSyncLimitRefused));
    // A catch-up that does not use the allowance leaves 11:15 a full maintenance sync.
    let free = office_laptop(r#","service":{"late_run_uses_allowance":false}"#);
    let report = Scenario::from_json(&free)
        .unwrap()
        .simulate()
        .unwrap()
        .device
        .unwrap();
    let e = report
        .events
        .iter()
        .find(|e| hm(&e.at) == "06T11:15")
        .unwrap();
    assert_eq!(e.outcome, Outcome::Synced);
}

#[test]
fn the_shipped_fresh_windows_example_syncs_on_time_after_the_weekend() {
    let json = include_str!("../examples/windows-fresh.json");
    let report = Scenario::from_json(json)
        .unwrap()
        .simulate()
        .unwrap()
        .device
        .unwrap();
    // Monday 10:00 in Tokyo: Schedule #3's 11:15 run (02:15 UTC) is next, not Tuesday.
    let a = report.answers("2026-11-23T01:00:00Z".parse().unwrap());
    let next = a.next_sync.unwrap();
    assert_eq!(next.at.format("%dT%H:%M").to_string(), "23T02:15");
    assert!(next.maintenance_may_be_skipped);
}

#[test]
fn runs_stay_8_hours_apart_in_utc_across_a_daylight_saving_change() {
    // Paris moves its clocks forward on 29 March 2026 at 01:00 UTC. The engine works in UTC,
    // as a repetition interval is a length of time (docs: "Daylight saving and time zones").
    let json = r#"{"version":1,"display_zone":"Europe/Paris",
        "horizon":{"start":"2026-03-28T00:00:00Z","end":"2026-03-31T00:00:00Z"},
        "device":{"enrolled_at":"2026-03-01T09:00:00Z","ime":{"enabled":false}}}"#;
    let report = Scenario::from_json(json)
        .unwrap()
        .simulate()
        .unwrap()
        .device
        .unwrap();
    let syncs: Vec<i64> = report.syncs().map(|e| e.at.timestamp()).collect();
    assert!(syncs.len() >= 8);
    assert!(syncs.windows(2).all(|p| p[1] - p[0] == 8 * 3600));
}

// ---------------------------------------------------------------------------------------------
// What the enrolment tasks really do (issue 21): a trigger's EndBoundary, a second trigger,
// each task's own RandomDelay and start, the CSP's maintenance schedule, and a resume that is
// not a service start. Each test reads the tasks (or the JSON) the way a user gives them.

mod tasks {
    use sync_planner::engine::intune::{DeviceScenario, import_task_xml};
    use sync_planner::engine::{Instant, SCENARIO_VERSION, Scenario, Window};
    use sync_planner::present::text::Lang;

    /// One enrolment task: its name, its triggers and its settings.
    fn task(name: &str, triggers: &str, settings: &str) -> String {
        format!(
            "<Task><RegistrationInfo><URI>\\Microsoft\\Windows\\EnterpriseMgmt\\X\\{name} created by enrollment client</URI></RegistrationInfo><Triggers>{triggers}</Triggers><Settings><StartWhenAvailable>true</StartWhenAvailable><RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable>{settings}</Settings></Task>"
        )
    }

    /// A time trigger: start, repetition (interval, optional duration), anything else.
    pub fn time(start: &str, interval: &str, duration: Option<&str>, extra: &str) -> String {
        let duration = duration.map_or(String::new(), |d| format!("<Duration>{d}</Duration>"));
        format!(
            "<TimeTrigger><StartBoundary>{start}</StartBoundary><Repetition><Interval>{interval}</Interval>{duration}</Repetition>{extra}</TimeTrigger>"
        )
    }

    /// The four tasks as published (enrolled 2026-01-05 09:00 UTC), with extra XML in the
    /// triggers of #1 and #3 and in #1's settings.
    pub fn four(s1_extra: &str, s1_settings: &str, s3_extra: &str, s3_more: &str) -> String {
        let s1 = task(
            "Schedule #1",
            &time("2026-01-05T09:00:00Z", "PT3M", Some("PT15M"), s1_extra),
            s1_settings,
        );
        let s2 = task(
            "Schedule #2",
            &time("2026-01-05T09:15:00Z", "PT15M", Some("PT2H"), ""),
            "",
        );
        let s3 = task(
            "Schedule #3",
            &format!(
                "{}{s3_more}",
                time("2026-01-05T11:15:00Z", "PT8H", None, s3_extra)
            ),
            "",
        );
        let login = task("Login Schedule", "<LogonTrigger/>", "");
        format!("<Tasks>{s1}{s2}{s3}{login}</Tasks>")
    }

    pub fn at(text: &str) -> Instant {
        format!("2026-01-{text}:00Z").parse().unwrap()
    }

    /// The import applied to a device, simulated over 5–8 January, with the summary in English.
    pub fn simulate(xml: &str, seed: u64) -> (Scenario, String) {
        let utc = chrono::FixedOffset::east_opt(0).unwrap();
        let import = import_task_xml(xml.as_bytes(), &utc);
        assert!(import.problems.is_empty(), "{:?}", import.problems);
        let mut device = DeviceScenario::new(at("05T09:00"));
        import.apply_to(&mut device);
        device.seed = seed;
        let scenario = Scenario {
            version: SCENARIO_VERSION,
            horizon: Window::new(at("05T00:00"), at("08T00:00")).unwrap(),
            display_zone: Default::default(),
            device: Some(device),
            server: None,
            opens_on: None,
            change: None,
        };
        scenario.validate().expect("an imported device is valid");
        let summary = sync_planner::present::task_import::summary(Lang::En, &import);
        (scenario, summary)
    }
}

/// (time, lane code, rule code) of every event of a scenario.
fn events_of(scenario: &Scenario) -> Vec<(String, &'static str, &'static str)> {
    let report = scenario.simulate().unwrap().device.unwrap();
    report
        .events
        .iter()
        .map(|e| (hm(&e.at), e.lane.code(), e.rule.code()))
        .collect()
}

#[test]
fn an_end_boundary_on_schedule_3_stops_its_runs_and_the_summary_says_it_is_not_published() {
    let xml = tasks::four(
        "",
        "",
        "<EndBoundary>2026-01-06T12:00:00Z</EndBoundary>",
        "",
    );
    let (scenario, summary) = tasks::simulate(&xml, 0);
    let three: Vec<String> = events_of(&scenario)
        .into_iter()
        .filter(|e| e.1 == "schedule_3")
        .map(|e| e.0)
        .collect();
    // 11:15, 19:15, 03:15, 11:15 — then the trigger is deactivated at 12:00 on the 6th.
    assert_eq!(three, ["05T11:15", "05T19:15", "06T03:15", "06T11:15"]);
    // Honoured, so nothing is left out: a custom schedule, not the published one.
    assert!(summary.contains("a custom schedule"), "{summary}");
    // Each run's rule says where the trigger ends.
    use sync_planner::present::{System, text::Lang, view};
    let sim = scenario.simulate().unwrap();
    let v = view(&sim, System::Device, Lang::En).unwrap();
    let rule = &v
        .rows
        .iter()
        .find(|r| r.rule.contains("every 8 hours"))
        .unwrap()
        .rule;
    assert!(
        rule.contains("every 8 hours until 1 d 3 h after enrollment (EndBoundary)"),
        "{rule}"
    );
}

#[test]
fn a_second_trigger_on_a_task_fires_too_and_one_the_model_cannot_run_is_named_in_the_summary() {
    let daily = tasks::time("2026-01-05T13:00:00Z", "PT24H", None, "");
    let xml = tasks::four("", "", "", &daily);
    let (scenario, summary) = tasks::simulate(&xml, 0);
    let syncs: Vec<String> = scenario
        .simulate()
        .unwrap()
        .device
        .unwrap()
        .syncs()
        .filter(|e| e.lane.code() == "schedule_3")
        .map(|e| hm(&e.at))
        .collect();
    assert_eq!(
        syncs,
        [
            "05T13:00", "05T19:15", "06T03:15", "06T11:15", "06T13:00", "06T19:15", "07T03:15",
            "07T11:15", "07T13:00", "07T19:15"
        ]
    );
    assert!(!summary.contains("published Windows schedule"), "{summary}");
    use sync_planner::present::{System, text::Lang, view};
    let v = view(&scenario.simulate().unwrap(), System::Device, Lang::En).unwrap();
    let daily = v.rows.iter().find(|r| hm(&r.at) == "05T13:00").unwrap();
    assert!(
        daily
            .rule
            .contains("plus 1 more time trigger(s) of the same task"),
        "{}",
        daily.rule
    );

    // A boot trigger cannot be simulated: the summary says so, and what it changes.
    let xml = tasks::four(
        "",
        "",
        "",
        "<BootTrigger><Enabled>true</Enabled></BootTrigger>",
    );
    let (_, summary) = tasks::simulate(&xml, 0);
    assert!(!summary.contains("published Windows schedule"), "{summary}");
    assert!(
        summary.contains("BootTrigger") && summary.contains("missing from the prediction"),
        "{summary}"
    );
}

#[test]
fn a_random_delay_on_schedule_3_alone_leaves_schedules_1_and_2_on_time() {
    let xml = tasks::four("", "", "<RandomDelay>PT1H</RandomDelay>", "");
    for seed in 0..4 {
        let (scenario, _) = tasks::simulate(&xml, seed);
        let report = scenario.simulate().unwrap().device.unwrap();
        let late = |lane: &str| {
            report
                .events
                .iter()
                .filter(|e| e.lane.code() == lane)
                .filter(|e| !matches!(e.timing, sync_planner::engine::intune::Timing::OnTime))
                .count()
        };
        assert_eq!(
            (late("schedule_1"), late("schedule_2")),
            (0, 0),
            "seed {seed}"
        );
        assert!(
            late("schedule_3") > 0,
            "seed {seed}: #3 keeps its own delay"
        );
    }
}

#[test]
fn a_disabled_schedule_1_leaves_schedules_2_and_3_at_their_own_starts() {
    let xml = tasks::four("", "<Enabled>false</Enabled>", "", "");
    let (scenario, _) = tasks::simulate(&xml, 0);
    let events = events_of(&scenario);
    let first = |lane: &str| events.iter().find(|e| e.1 == lane).map(|e| e.0.clone());
    assert_eq!(first("schedule_1"), None);
    assert_eq!(first("schedule_2").as_deref(), Some("05T09:15"));
    let three: Vec<&str> = events
        .iter()
        .filter(|e| e.1 == "schedule_3")
        .map(|e| e.0.as_str())
        .take(3)
        .collect();
    assert_eq!(three, ["05T11:15", "05T19:15", "06T03:15"]);
}

#[test]
fn a_schedule_whose_sets_all_end_gets_the_csp_24_hour_maintenance_schedule() {
    // 4 × 15 min, then 3 × 1 h: the last set ends at 13:00 on enrolment day.
    let json = r#"{
      "version": 1,
      "horizon": { "start": "2026-01-05T00:00:00Z", "end": "2026-01-09T00:00:00Z" },
      "device": {
        "enrolled_at": "2026-01-05T09:00:00Z",
        "rule_set": { "custom": {
          "first": { "interval": "PT15M", "count": 4 },
          "second": { "interval": "PT1H", "count": 3 }
        } }
      }
    }"#;
    let scenario = Scenario::from_json(json).unwrap();
    let sim = scenario.simulate().unwrap();
    let report = sim.device.as_ref().unwrap();
    let now = tasks::at("05T14:00");
    let a = report.answers(now);
    assert_eq!(a.no_future_sync, None, "the schedule does not end");
    let next = a.next_sync.expect("a next sync");
    // "scheduled to launch in the maintenance window": 02:00 by default, every 24 hours.
    assert_eq!(hm(&next.at), "06T02:00");
    assert_eq!(next.lane.code(), "maintenance_schedule");
    let daily: Vec<(String, &str)> = report
        .syncs()
        .filter(|e| e.lane.code() == "maintenance_schedule")
        .map(|e| (hm(&e.at), e.rule.code()))
        .collect();
    assert_eq!(
        daily,
        [
            ("06T02:00".to_owned(), "csp_maintenance_schedule"),
            ("07T02:00".to_owned(), "csp_maintenance_schedule"),
            ("08T02:00".to_owned(), "csp_maintenance_schedule"),
        ]
    );
    // The answer names the rule and its source.
    use sync_planner::present::{Answer, System, answer, text::Lang};
    let fmt = |t: sync_planner::engine::Instant| t.to_rfc3339();
    for lang in [Lang::En, Lang::Ja] {
        let Some(Answer::Next { by, .. }) = answer(&sim, System::Device, now, lang, &fmt) else {
            panic!("a next sync")
        };
        assert!(
            by.contains("DMClient CSP") && by.contains("MS-MDE2"),
            "{by}"
        );
    }
}

#[test]
fn resuming_from_a_power_off_is_not_an_ime_service_start() {
    let json = r#"{
      "version": 1,
      "horizon": { "start": "2026-01-05T00:00:00Z", "end": "2026-01-07T00:00:00Z" },
      "device": {
        "enrolled_at": "2026-01-05T09:00:00Z",
        "power_off": [{ "start": "2026-01-05T19:00:00Z", "end": "2026-01-06T08:00:00Z" }]
      }
    }"#;
    let ime = |json: &str| -> Vec<(String, &'static str)> {
        let scenario = Scenario::from_json(json).unwrap();
        let report = scenario.simulate().unwrap().device.unwrap();
        report
            .events
            .iter()
            .filter(|e| e.lane.code() == "ime")
            .map(|e| (hm(&e.at), e.rule.code()))
            .collect()
    };
    // The timer keeps its rhythm from enrolment (09:00, 17:00, 01:00…): the 01:00 check-in,
    // due while the device was off, runs when it is back; the next is at 09:00, not 16:00.
    assert_eq!(
        ime(json),
        [
            ("05T09:00".to_owned(), "ime_service_start"),
            ("05T17:00".to_owned(), "ime_interval_8h"),
            ("06T08:00".to_owned(), "ime_interval_8h"),
            ("06T09:00".to_owned(), "ime_interval_8h"),
            ("06T17:00".to_owned(), "ime_interval_8h"),
        ]
    );
}

#[test]
fn settings_that_differ_from_enrolment_are_named_and_never_called_the_published_schedule() {
    // The review's fixtures: RandomDelay PT10M on the three schedule tasks, or
    // StartWhenAvailable false on all four. Both are followed, and both are said.
    let published = tasks::four("", "", "", "");
    let delayed = published.replace(
        "</Repetition>",
        "</Repetition><RandomDelay>PT10M</RandomDelay>",
    );
    assert_eq!(delayed.matches("<RandomDelay>").count(), 3);
    let (scenario, summary) = tasks::simulate(&delayed, 0);
    let device = scenario.device.as_ref().unwrap();
    assert_eq!(device.scheduler.random_delay.secs(), 600);
    assert!(!summary.contains("published Windows schedule"), "{summary}");
    assert!(
        summary.contains("RandomDelay 10 min") && summary.contains("up to 10 min late"),
        "{summary}"
    );

    let off = published.replace(
        "<StartWhenAvailable>true</StartWhenAvailable>",
        "<StartWhenAvailable>false</StartWhenAvailable>",
    );
    assert_eq!(off.matches("<StartWhenAvailable>false").count(), 4);
    let (scenario, summary) = tasks::simulate(&off, 0);
    assert!(
        !scenario
            .device
            .as_ref()
            .unwrap()
            .scheduler
            .start_when_available
    );
    assert!(!summary.contains("published Windows schedule"), "{summary}");
    assert!(
        summary.contains("StartWhenAvailable is false") && summary.contains("not caught up"),
        "{summary}"
    );

    // The tasks as enrolment creates them are still the published schedule.
    let (_, summary) = tasks::simulate(&published, 0);
    assert!(
        summary.contains("the published Windows schedule."),
        "{summary}"
    );
}

#[test]
fn a_start_past_the_longest_period_the_app_simulates_is_not_run_and_not_called_before_enrolment() {
    let xml =
        tasks::four("", "", "", "").replace("2026-01-05T11:15:00Z", "2028-11-20T11:15:00+09:00");
    let (scenario, summary) = tasks::simulate(&xml, 0);
    let three = events_of(&scenario)
        .into_iter()
        .filter(|e| e.1 == "schedule_3")
        .count();
    assert_eq!(three, 0, "#3 must not run before its start");
    assert!(!summary.contains("before enrolment"), "{summary}");
    assert!(!summary.contains("published Windows schedule"), "{summary}");
    assert!(
        summary.contains("2028-11-20 02:15 UTC")
            && summary.contains("longest period the app simulates")
            && summary.contains("does not run"),
        "{summary}"
    );
}
