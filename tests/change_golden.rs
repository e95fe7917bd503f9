//! Golden tests of the change forecast (issue 18): a change's way to the device, stage by
//! stage, through both engines, sampled with a seed.
//!
//! Each test builds a scenario JSON the way a user would write it, so the scenario format, the
//! validation and the forecast are pinned together.

use sync_planner::engine::chain::{ChainRule, ChangeReport, NoLanding, Stage, StageRule};
use sync_planner::engine::intune::Rule;
use sync_planner::engine::{Instant, Scenario, source};

fn utc(s: &str) -> Instant {
    s.parse().expect("an RFC 3339 instant")
}

fn hm(t: Instant) -> String {
    t.format("%dT%H:%M").to_string()
}

/// A Windows device enrolled a week before the horizon (8-hourly Schedule #3), with `extra`
/// device fields, and the change `change`; `server` is an optional server object.
fn scenario(extra: &str, change: &str, server: Option<&str>) -> String {
    let server = server
        .map(|s| format!(r#", "server": {s}"#))
        .unwrap_or_default();
    format!(
        r#"{{
      "version": 2,
      "horizon": {{ "start": "2026-12-08T00:00:00Z", "end": "2026-12-10T00:00:00Z" }},
      "device": {{
        "platform": "windows",
        "enrolled_at": "2026-12-01T09:00:00Z"{extra}
      }}{server},
      "change": {change}
    }}"#
    )
}

fn forecast(json: &str) -> ChangeReport {
    let scenario = Scenario::from_json(json).expect("valid scenario");
    scenario
        .simulate()
        .expect("simulates")
        .change
        .expect("a change report")
}

const POLICY_AT_1005: &str =
    r#"{"at": "2026-12-08T10:05:00Z", "origin": "intune", "kind": "policy"}"#;

#[test]
fn percentiles_are_ordered_and_the_seed_fixes_the_result() {
    let json = scenario("", POLICY_AT_1005, None);
    let a = forecast(&json);
    assert_eq!(a.samples, 1000);
    let (p50, p90, p99) = (
        a.lands.p50.unwrap(),
        a.lands.p90.unwrap(),
        a.lands.p99.unwrap(),
    );
    assert!(p50 <= p90 && p90 <= p99, "{p50} {p90} {p99}");
    assert!(p50 >= utc("2026-12-08T10:05:00Z"));
    let b = forecast(&json);
    assert_eq!(a, b, "same seed, same forecast");
}

/// The median path as (stage, start, end, rule code), for pinning.
fn path(r: &ChangeReport) -> Vec<(Stage, String, String, &'static str)> {
    r.stages
        .iter()
        .map(|s| (s.stage, hm(s.start), hm(s.end), s.rule.code()))
        .collect()
}

const OFF_9_TO_8: &str =
    r#", "power_off": [{"start": "2026-12-08T09:00:00Z", "end": "2026-12-09T08:00:00Z"}]"#;

#[test]
fn another_seed_draws_other_samples() {
    let a = forecast(&scenario("", POLICY_AT_1005, None));
    let c = POLICY_AT_1005.replace('}', r#", "seed": 7}"#);
    let b = forecast(&scenario("", &c, None));
    assert_eq!(b.seed, 7);
    assert_ne!(a.lands, b.lands);
}

#[test]
fn a_reachable_device_gets_the_policy_by_its_push() {
    let r = forecast(&scenario("", POLICY_AT_1005, None));
    // The notification comes 0 to 60 min after the assignment and starts the session at once;
    // the next scheduled sync (Schedule #3 at 11:15) is later than every push.
    assert!(r.landed_by_push());
    assert_eq!(r.dominant_stage, Stage::Notification);
    assert!(r.lands.p99.unwrap() <= utc("2026-12-08T11:05:00Z"));
    let notification = r.stage(Stage::Notification).unwrap();
    assert_eq!(
        notification.rule,
        StageRule::Chain(ChainRule::AssignmentNotifies)
    );
    assert_eq!(
        notification.rule.source().id,
        source::LEARN_CHANGE_NOTIFICATION.id
    );
    let check_in = r.stage(Stage::CheckIn).unwrap();
    assert_eq!(check_in.rule, StageRule::Chain(ChainRule::PushCheckIn));
    assert_eq!(Some(check_in.end), r.lands.p50);
    assert!(r.stage(Stage::Export).is_none() && r.stage(Stage::GroupProcessing).is_none());
}

#[test]
fn off_when_pushed_lands_at_the_catch_up_after_boot_not_before() {
    let r = forecast(&scenario(OFF_9_TO_8, POLICY_AT_1005, None));
    // WNS drops the push to the device that is off; the missed 11:15 and 19:15 runs of
    // Schedule #3 are caught up 10 min after the 08:00 boot, and that session picks it up.
    assert_eq!(r.landed, r.samples);
    let boot = utc("2026-12-09T08:00:00Z");
    assert_eq!(r.lands.p50, Some(utc("2026-12-09T08:10:00Z")));
    assert_eq!(r.lands.p99, r.lands.p50);
    assert!(!r.landed_by_push());
    assert_eq!(r.dominant_stage, Stage::CheckIn);
    let p = path(&r);
    assert_eq!(p[0].0, Stage::Notification);
    assert_eq!(p[0].3, "push_wns_drops_offline");
    assert_eq!(
        r.stages[0].rule.source().id,
        source::LEARN_WNS_RAW_OFFLINE.id
    );
    assert_eq!(p[1].0, Stage::CheckIn);
    assert_eq!(
        (p[1].2.as_str(), p[1].3),
        ("09T08:10", "catch_up_start_when_available")
    );
    assert!(r.stages[1].end > boot);
}

#[test]
fn with_the_push_service_disabled_nothing_lands_by_push() {
    let extra = r#", "push_service_disabled": [{"start": "2026-12-08T00:00:00Z"}],
        "push_service_impact": "push_only""#;
    for seed in [1, 2, 3] {
        let c = POLICY_AT_1005.replace('}', &format!(r#", "seed": {seed}}}"#));
        let r = forecast(&scenario(extra, &c, None));
        // Every sample waits for Schedule #3 at 11:15: no push-triggered session at all.
        assert_eq!(r.lands.p50, Some(utc("2026-12-08T11:15:00Z")));
        assert_eq!(r.lands.p50, r.lands.p99);
        assert!(!r.landed_by_push());
        let n = r.stage(Stage::Notification).unwrap();
        assert_eq!(n.rule, StageRule::Device(Rule::PushServiceDisabledPushOnly));
        assert_eq!(n.rule.source().id, source::PARAMETER_DEFAULT.id);
        let c = r.stage(Stage::CheckIn).unwrap();
        assert_eq!(c.rule, StageRule::Device(Rule::WindowsSchedule3));
    }
}

#[test]
fn an_app_lands_no_earlier_than_the_ime_check_in_after_the_mdm_one() {
    let c = r#"{"at": "2026-12-08T10:05:00Z", "origin": "intune", "kind": "app"}"#;
    let r = forecast(&scenario("", c, None));
    // The IME checks in every 8 h from enrolment (09:00 → 17:00).
    assert_eq!(r.lands.p50, Some(utc("2026-12-08T17:00:00Z")));
    assert_eq!(r.lands.p99, r.lands.p50);
    assert_eq!(r.dominant_stage, Stage::ImeCheckIn);
    let mdm = r.stage(Stage::CheckIn).unwrap();
    let ime = r.stage(Stage::ImeCheckIn).unwrap();
    assert!(ime.start == mdm.end && ime.end >= mdm.end);
    assert_eq!(ime.rule, StageRule::Device(Rule::ImeInterval8H));
    assert_eq!(ime.rule.source().id, source::LEARN_IME.id);
    // The same change as a policy lands at the MDM check-in, hours earlier.
    let policy = forecast(&scenario("", POLICY_AT_1005, None));
    assert!(policy.lands.p99 < r.lands.p50);
}

const SERVER: &str =
    r#"{"scheduler": { "next_sync_cycle_start_time_in_utc": "2026-12-08T10:12:00Z" }}"#;
const ON_PREMISES: &str =
    r#"{"at": "2026-12-08T10:05:00Z", "origin": "on_premises", "kind": "policy"}"#;

#[test]
fn an_on_premises_change_lands_after_the_cycle_that_exports_it() {
    let json = scenario("", ON_PREMISES, Some(SERVER));
    let sim = Scenario::from_json(&json).unwrap().simulate().unwrap();
    let exported = sim
        .server
        .as_ref()
        .unwrap()
        .export_time(utc("2026-12-08T10:05:00Z"));
    let exported = exported.unwrap().exported_at;
    let r = sim.change.unwrap();
    let export = r.stage(Stage::Export).unwrap();
    assert_eq!(
        (hm(export.start), hm(export.end)),
        ("08T10:05".into(), "08T10:13".into())
    );
    assert_eq!(export.end, exported);
    assert_eq!(
        export.rule,
        StageRule::Chain(ChainRule::ExportedByNextCycle)
    );
    assert_eq!(export.rule.source().id, source::LEARN_ENTRA_SCHEDULER.id);
    let group = r.stage(Stage::GroupProcessing).unwrap();
    assert_eq!(group.start, exported);
    assert_eq!(
        group.rule,
        StageRule::Chain(ChainRule::StaticGroupProcessing)
    );
    assert_eq!(group.rule.source().id, source::LEARN_GROUP_TO_INTUNE.id);
    assert!(r.lands.p50.unwrap() > exported);
    assert_eq!(r.stages[0].stage, Stage::Export);
}

#[test]
fn a_change_made_while_the_scheduler_is_suspended_waits_for_the_resume() {
    let suspended = r#"{"scheduler": { "next_sync_cycle_start_time_in_utc": "2026-12-08T10:12:00Z" },
        "suspended_spans": [{"start": "2026-12-08T10:00:00Z", "end": "2026-12-08T14:20:00Z"}]}"#;
    let r = forecast(&scenario("", ON_PREMISES, Some(suspended)));
    let export = r.stage(Stage::Export).unwrap();
    assert!(export.end > utc("2026-12-08T14:20:00Z"), "{}", export.end);
    assert_eq!(hm(export.end), "08T14:21");
    assert!(r.lands.p50.unwrap() > utc("2026-12-08T14:20:00Z"));
    assert_eq!(r.dominant_stage, Stage::Export);
}

#[test]
fn an_entra_origin_change_skips_the_export() {
    let c = r#"{"at": "2026-12-08T10:05:00Z", "origin": "entra_group"}"#;
    let r = forecast(&scenario("", c, Some(SERVER)));
    assert!(r.stage(Stage::Export).is_none());
    let group = r.stage(Stage::GroupProcessing).unwrap();
    assert_eq!(hm(group.start), "08T10:05");
    assert!(group.end - group.start <= chrono::TimeDelta::minutes(5));
    let c = r#"{"at": "2026-12-08T10:05:00Z", "origin": "entra_dynamic_group",
        "dynamic_group": {"min": "PT2H", "max": "PT2H"}}"#;
    let r = forecast(&scenario("", c, None));
    let group = r.stage(Stage::GroupProcessing).unwrap();
    assert_eq!(
        (hm(group.start), hm(group.end)),
        ("08T10:05".into(), "08T12:05".into())
    );
    assert_eq!(
        group.rule,
        StageRule::Chain(ChainRule::DynamicGroupProcessing)
    );
    assert_eq!(group.rule.source().id, source::LEARN_DYNAMIC_GROUPS.id);
}

#[test]
fn the_historic_retry_reaches_a_device_back_on_within_the_hour() {
    // Off 10:00–10:50: the first push (at once, at 10:05) is dropped by WNS; Schedule #3 is
    // next at 11:15. With one historic retry an hour later, the 11:05 push lands first.
    let extra =
        r#", "power_off": [{"start": "2026-12-08T10:00:00Z", "end": "2026-12-08T10:50:00Z"}]"#;
    let base = r#"{"at": "2026-12-08T10:05:00Z", "origin": "intune",
        "notification": {"min": "PT0S", "max": "PT0S"}"#;
    let r = forecast(&scenario(extra, &format!("{base}}}"), None));
    assert_eq!(r.lands.p50, Some(utc("2026-12-08T11:15:00Z")));
    let r = forecast(&scenario(
        extra,
        &format!(r#"{base}, "retries": 1}}"#),
        None,
    ));
    assert_eq!(r.lands.p50, Some(utc("2026-12-08T11:05:00Z")));
    let n = r.stage(Stage::Notification).unwrap();
    assert_eq!(n.rule, StageRule::Chain(ChainRule::NotificationRetry));
    assert_eq!(n.rule.source().id, source::LEARN_THREE_MORE_ATTEMPTS.id);
}

#[test]
fn a_windows_removal_waits_for_a_logon() {
    let extra = r#", "logons": ["2026-12-08T13:00:00Z"]"#;
    let c = r#"{"at": "2026-12-08T10:05:00Z", "origin": "entra_group", "kind": "removal"}"#;
    let r = forecast(&scenario(extra, c, None));
    let wait = r.stage(Stage::Logon).unwrap();
    assert_eq!(hm(wait.end), "08T13:00");
    assert_eq!(wait.rule, StageRule::Chain(ChainRule::RemovalNeedsLogon));
    assert_eq!(wait.rule.source().id, source::LEARN_CHANGE_NOTIFICATION.id);
    assert!(r.lands.p50.unwrap() >= utc("2026-12-08T13:00:00Z"));
    // Without a sign-in in the period it does not land, and says why.
    let r = forecast(&scenario("", c, None));
    assert_eq!(r.lands.p50, None);
    assert_eq!(r.why, Some(NoLanding::NoCheckIn));
}

#[test]
fn a_change_the_device_never_hears_of_says_why() {
    // Off from 09:00 to the end: the push is dropped and no check-in follows.
    let extra = r#", "power_off": [{"start": "2026-12-08T09:00:00Z"}]"#;
    let r = forecast(&scenario(extra, POLICY_AT_1005, None));
    assert_eq!(r.landed, 0);
    assert_eq!(r.lands.p50, None);
    assert_eq!(
        r.why,
        Some(NoLanding::PushLostNoCheckIn {
            rule: Rule::PushWnsDropsOffline
        })
    );
    // An on-premises change with no cycle in the period (suspended to the end).
    let s = r#"{"scheduler": { "next_sync_cycle_start_time_in_utc": "2026-12-08T10:12:00Z" },
        "suspended_spans": [{"start": "2026-12-08T10:00:00Z"}]}"#;
    let r = forecast(&scenario("", ON_PREMISES, Some(s)));
    assert_eq!(r.why, Some(NoLanding::NotExported));
    assert!(r.stages.is_empty());
}

#[test]
fn bad_ranges_are_refused_at_their_field() {
    let c = r#"{"at": "2026-12-08T10:05:00Z", "origin": "intune",
        "notification": {"min": "PT2H", "max": "PT1H"}}"#;
    let err = Scenario::from_json(&scenario("", c, None)).unwrap_err();
    assert_eq!(err.at, "change.notification.min");
    let c = r#"{"at": "2026-12-08T10:05:00Z", "origin": "on_premises"}"#;
    let err = Scenario::from_json(&scenario("", c, None)).unwrap_err();
    assert_eq!(err.at, "change.origin");
}

#[test]
fn the_documentation_names_every_stage_and_chain_rule() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/scenario.md")).unwrap();
    for s in Stage::ALL {
        assert!(doc.contains(&format!("`{}`", s.code())), "{}", s.code());
    }
    for r in ChainRule::ALL {
        assert!(doc.contains(&format!("`{}`", r.code())), "{}", r.code());
        assert!(
            doc.contains(&format!("`{}`", r.source().id)),
            "{}",
            r.source().id
        );
    }
}
