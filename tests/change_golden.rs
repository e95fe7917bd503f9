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
    let server = server.map(|s| format!(r#", "server": {s}"#)).unwrap_or_default();
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
    let (p50, p90, p99) = (a.lands.p50.unwrap(), a.lands.p90.unwrap(), a.lands.p99.unwrap());
    assert!(p50 <= p90 && p90 <= p99, "{p50} {p90} {p99}");
    assert!(p50 >= utc("2026-12-08T10:05:00Z"));
    let b = forecast(&json);
    assert_eq!(a, b, "same seed, same forecast");
}
