//! Hand-written weeks and a walk over platforms, rule sets and choices: every row and answer
//! worded, throttling and the maintenance limit, push spacing and pending pushes, other
//! platforms' lane names, pending catch-ups, truncation and unvalidated input.

use super::*;
use crate::engine::Window;
use crate::engine::intune::simulate;
use crate::present::grammar::{and_list, capitalize};

/// A week of a Windows device with everything happening to it.
const EVERYTHING: &str = r#"{
  "version": 1,
  "horizon": { "start": "2026-01-05T00:00:00Z", "end": "2026-01-12T00:00:00Z" },
  "device": {
    "enrolled_at": "2026-01-05T09:00:00Z",
    "power_off": [
      { "start": "2026-01-05T19:00:00Z", "end": "2026-01-06T08:00:00Z" },
      { "start": "2026-01-07T02:00:00Z", "end": "2026-01-07T04:00:00Z" }
    ],
    "sleep": [{ "start": "2026-01-07T11:00:00Z", "end": "2026-01-07T11:30:00Z" }],
    "offline": [{ "start": "2026-01-06T18:00:00Z", "end": "2026-01-06T20:00:00Z" }],
    "logons": ["2026-01-06T08:05:00Z", "2026-01-07T08:05:00Z"],
    "manual_syncs": [
      { "at": "2026-01-06T10:00:00Z", "via": "company_portal" },
      { "at": "2026-01-07T09:00:00Z", "via": "settings" },
      { "at": "2026-01-06T19:00:00Z", "via": "company_portal" }
    ],
    "admin_syncs": ["2026-01-07T10:00:00Z", "2026-01-05T20:00:00Z", "2026-01-09T10:00:00Z"],
    "push_delivery_delay": "PT2M",
    "push_service_disabled": [{ "start": "2026-01-08T18:00:00Z", "end": "2026-01-12T00:00:00Z" }],
    "scheduler": { "random_delay": "PT5M" },
    "ime": { "cadence": "every_1h", "random_delay": "PT30M" },
    "seed": 42
  }
}"#;

/// The same week with the other choices: no catch-up, retries when online, each missed
/// run late, separate sessions, push-only impact, no maintenance limit.
const OTHER_CHOICES: &str = r#"{
  "version": 1,
  "horizon": { "start": "2026-01-05T00:00:00Z", "end": "2026-01-12T00:00:00Z" },
  "device": {
    "enrolled_at": "2026-01-05T09:00:00Z",
    "power_off": [{ "start": "2026-01-05T19:00:00Z", "end": "2026-01-06T08:00:00Z" }],
    "sleep": [{ "start": "2026-01-06T11:00:00Z", "end": "2026-01-06T11:30:00Z" }],
    "offline": [{ "start": "2026-01-06T18:00:00Z", "end": "2026-01-06T20:00:00Z" }],
    "admin_syncs": ["2026-01-08T10:00:00Z"],
    "push_service_disabled": [{ "start": "2026-01-08T00:00:00Z", "end": "2026-01-09T00:00:00Z" }],
    "push_service_impact": "push_only",
    "scheduler": {
      "start_when_available": false, "no_network": "retry_when_online",
      "missed_runs": "each_late", "repetition_end": "exclusive", "coincident_runs": "separate"
    },
    "service": { "maintenance_limit": false, "compliance_validity_days": 1, "cleanup_after_days": 30 },
    "ime": { "enabled": false }
  }
}"#;

/// Catch-ups that pile up, with each missed run late and a retry, throttled afterwards.
const CATCH_UPS: &str = r#"{
  "version": 1,
  "horizon": { "start": "2026-01-05T00:00:00Z", "end": "2026-01-09T00:00:00Z" },
  "device": {
    "enrolled_at": "2026-01-05T09:00:00Z",
    "power_off": [{ "start": "2026-01-05T10:00:00Z", "end": "2026-01-06T22:00:00Z" }],
    "offline": [{ "start": "2026-01-07T18:00:00Z", "end": "2026-01-07T20:00:00Z" }],
    "scheduler": { "missed_runs": "each_late", "no_network": "retry_when_online", "catch_up_delay": "PT0S" }
  }
}"#;

fn scenario(platform_and_more: &str) -> String {
    format!(
        r#"{{"version":1,"horizon":{{"start":"2026-01-05T00:00:00Z","end":"2026-02-20T00:00:00Z"}},
        "device":{{"enrolled_at":"2026-01-05T09:00:00Z"{platform_and_more}}}}}"#
    )
}

fn rich_scenarios() -> Vec<String> {
    let down = r#","power_off":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-07T00:00:00Z"}],
        "sleep":[{"start":"2026-01-08T00:00:00Z","end":"2026-01-08T06:00:00Z"}],
        "offline":[{"start":"2026-01-09T00:00:00Z","end":"2026-01-09T12:00:00Z"}],
        "admin_syncs":["2026-01-06T12:00:00Z","2026-01-10T12:00:00Z"],
        "manual_syncs":[{"at":"2026-01-09T06:00:00Z","via":"company_portal"}]"#;
    vec![
        EVERYTHING.to_owned(),
        OTHER_CHOICES.to_owned(),
        CATCH_UPS.to_owned(),
        scenario(&format!(r#","platform":"android_enterprise"{down}"#)),
        scenario(&format!(r#","platform":"android_aosp"{down}"#)),
        scenario(&format!(
            r#","platform":"ios","rule_set":"legacy_apple_15min_for_6h"{down}"#
        )),
        scenario(&format!(r#","platform":"macos"{down}"#)),
        scenario(&format!(r#","platform":"linux"{down}"#)),
        scenario(r#","platform":"linux""#),
        scenario(
            r#","platform":"macos","logons":["2026-01-06T09:00:00Z"],
            "rule_set":{"custom":{"first":{"interval":"PT10M","count":6},"remaining":{"interval":"PT1H","count":5},"poll_on_login":true}}"#,
        ),
        scenario(
            r#","rule_set":{"custom":{"second":{"interval":"PT30M","count":4},"remaining":{"interval":"PT4H"},"poll_on_login":true}},
            "logons":["2026-01-06T09:00:00Z"]"#,
        ),
        scenario(r#","platform":"android_device_admin","rule_set":{"custom":{}}"#),
        // Windows, every set finite: the CSP's Maintenance Schedule; a task's own start, an
        // end boundary, a further trigger, a resume from power-off (issue 21).
        scenario(&format!(
            r#","rule_set":{{"custom":{{"first":{{"interval":"PT15M","count":4}},"second":{{"interval":"PT1H","count":3,"starts_after":"PT1H","ends_after":"PT2H","random_delay":"PT5M"}},
            "extra":[{{"task":"second","starts_after":"PT4H","interval":"P1D","count":10,"ends_after":"P20D"}}]}}}},
            "scheduler":{{"maintenance_window":"03:00+09:00"}},"ime":{{"power_on":"resume"}}{down}"#
        )),
        scenario(
            r#","push_service_disabled":[{"start":"2026-01-10T00:00:00Z","end":"2026-02-20T00:00:00Z"}],"push_service_impact":"push_only","admin_syncs":["2026-01-11T00:00:00Z"]"#,
        ),
        scenario(r#","power_off":[{"start":"2026-01-10T00:00:00Z","end":"2026-02-20T00:00:00Z"}]"#),
        scenario(r#","sleep":[{"start":"2026-01-10T00:00:00Z","end":"2026-02-20T00:00:00Z"}]"#),
        scenario(r#","offline":[{"start":"2026-01-10T00:00:00Z","end":"2026-02-20T00:00:00Z"}]"#),
    ]
}

/// Instants to ask the answers at: around the horizon and every half day inside it.
fn nows(report: &DeviceReport) -> Vec<Instant> {
    let (start, end) = (report.horizon.start(), report.horizon.end());
    let mut out = vec![
        start - chrono::TimeDelta::days(3),
        start,
        end,
        end + chrono::TimeDelta::days(3),
    ];
    let mut t = start;
    while t < end {
        out.push(t);
        t += chrono::TimeDelta::hours(12);
    }
    out.extend(report.events.iter().step_by(7).map(|e| e.at));
    out
}

#[test]
fn a_rich_walk_leaves_no_text_empty_and_never_panics() {
    let mut tones = std::collections::HashSet::new();
    let mut reasons = std::collections::HashSet::new();
    for text in rich_scenarios() {
        let s = Scenario::from_json(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
        let report = device_of(&s);
        let (en, ja) = both(&report);
        check_view(&en, &ja, &report);
        tones.extend(en.rows.iter().map(|r| r.tone));
        for at in nows(&report) {
            check_answer(&report, at);
            reasons.extend(report.answers(at).no_future_sync);
        }
    }
    for tone in [
        Tone::Synced,
        Tone::CaughtUp,
        Tone::Skipped,
        Tone::Blocked,
        Tone::Info,
    ] {
        assert!(tones.contains(&tone), "no {tone:?} row in the walk");
    }
    for reason in [
        NoSyncReason::PushServiceDisabled,
        NoSyncReason::PoweredOff,
        NoSyncReason::Asleep,
        NoSyncReason::Offline,
        NoSyncReason::UndocumentedPlatform,
        NoSyncReason::NoSchedule,
        NoSyncReason::ScheduleEnded,
        NoSyncReason::HorizonEnds,
    ] {
        assert!(
            reasons.contains(&reason),
            "no {reason:?} answer in the walk"
        );
    }
}

#[test]
fn a_throttled_run_says_when_the_previous_was_and_when_the_next_is_allowed() {
    let s = Scenario::from_json(EVERYTHING).expect("valid");
    let report = device_of(&s);
    let en = view(&report, Lang::En);
    let ja = view(&report, Lang::Ja);
    // By default a run inside the 6.5-hour limit still checks in (issue 11).
    let i = en
        .rows
        .iter()
        .position(|r| r.what.starts_with("Synced; maintenance may be skipped"))
        .expect("a maintenance-limited run after the catch-up");
    let why = &en.rows[i].why;
    assert!(
        why.starts_with(
            "synced: the device checks in, but Intune allows one maintenance sync per 6 h 30 min and the previous was"
        ),
        "{why}"
    );
    assert!(why.contains("earlier") && why.contains("later"), "{why}");
    assert_eq!(en.rows[i].source.id, "learn-policy-refresh");
    assert!(en.rows[i].rule.contains("→"), "{}", en.rows[i].rule);
    assert!(ja.rows[i].why.starts_with(
        "同期: デバイスはチェックインするが、Intune のメンテナンス同期は6時間30分に1回まで"
    ));
    // The strict reading refuses it, and says so.
    let strict = EVERYTHING.replace(
        r#""seed": 42"#,
        r#""seed": 42, "service": { "throttled_run": "refused" }"#,
    );
    assert_ne!(strict, EVERYTHING);
    let s = Scenario::from_json(&strict).expect("valid");
    let report = device_of(&s);
    let en = view(&report, Lang::En);
    let ja = view(&report, Lang::Ja);
    let i = en
        .rows
        .iter()
        .position(|r| r.what.starts_with("Throttled"))
        .expect("a throttled run after the catch-up");
    let why = &en.rows[i].why;
    assert!(
        why.starts_with(
            "throttled: Intune allows one maintenance sync per 6 h 30 min; the previous was"
        ),
        "{why}"
    );
    assert_eq!(en.rows[i].source.id, "parameter-default");
    assert!(
        ja.rows[i]
            .why
            .starts_with("抑制: Intune のメンテナンス同期は6時間30分に1回まで")
    );
    // The IME's check-ins are on their own lane and say they are not MDM syncs.
    let ime = en
        .lanes
        .iter()
        .position(|l| l.key == "ime")
        .expect("an IME lane");
    // Last of the engine's lanes; only the deadlines lane, which holds dates, comes after.
    assert_eq!(
        en.lanes
            .iter()
            .rev()
            .find(|l| l.key != "deadlines")
            .map(|l| l.key),
        Some("ime"),
        "the IME lane comes last"
    );
    let row = en
        .rows
        .iter()
        .find(|r| r.lane == ime && r.tone == Tone::Synced)
        .expect("a check-in");
    assert!(row.why.contains("not an MDM sync"), "{}", row.why);
    // The lost push while the device was off.
    assert!(en.rows.iter().any(|r| r.what == "Push lost: device off"));
}

#[test]
fn other_platforms_name_their_lanes_by_what_they_do_and_say_what_is_assumed() {
    let s = Scenario::from_json(&scenario(r#","platform":"android_enterprise""#)).expect("valid");
    let report = device_of(&s);
    let en = view(&report, Lang::En);
    let ja = view(&report, Lang::Ja);
    let labels: Vec<&str> = en.lanes.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Every 3 minutes (first 15 min)",
            "Every 15 minutes (next 2 h)",
            "About every 8 hours"
        ]
    );
    assert_eq!(ja.lanes[2].label, "約8時間ごと");
    assert!(
        en.warnings
            .iter()
            .any(|w| w.contains("Task Scheduler model"))
    );
    let Answer::Next { by, .. } = answer_in(
        &report,
        "2026-01-06T00:00:00Z".parse().expect("t"),
        Lang::En,
    ) else {
        panic!("the device syncs")
    };
    assert_eq!(by, "scheduled check-in, about every 8 hours");

    let s = Scenario::from_json(&scenario(r#","platform":"linux""#)).expect("valid");
    let report = device_of(&s);
    let en = view(&report, Lang::En);
    assert!(en.warnings.iter().any(|w| w.contains("Linux")));
    let Answer::Never { why, .. } = answer_in(&report, now(), Lang::En) else {
        panic!("Linux has no schedule")
    };
    assert!(why.contains("Linux"), "{why}");
}

#[test]
fn a_pending_catch_up_is_the_next_sync() {
    let report = preset(Preset::OffOverWeekend);
    let caught = report
        .events
        .iter()
        .find(|e| e.lane == Lane::CatchUp && e.is_sync())
        .expect("a catch-up");
    let before = caught.at - chrono::TimeDelta::minutes(1);
    let Answer::Next { at, by, .. } = answer_in(&report, before, Lang::En) else {
        panic!("the catch-up is next")
    };
    assert_eq!(at, caught.at);
    assert!(
        by.starts_with("catch-up of Schedule #") && by.ends_with("10 min after the device is up"),
        "{by}"
    );
    let Answer::Next { by, .. } = answer_in(&report, before, Lang::Ja) else {
        panic!("the catch-up is next")
    };
    assert!(by.contains("の遅延実行（デバイス復帰から10分後）"), "{by}");
}

#[test]
fn truncation_and_unvalidated_input_are_reported_without_panicking() {
    let s = Scenario::from_json(EVERYTHING).expect("valid");
    let mut report = device_of(&s);
    let mut device = s.device.clone().expect("a device");
    report.truncated = true;
    let en = view(&report, Lang::En);
    assert!(en.truncated && en.warnings.iter().any(|w| w.contains("200,000 events")));
    let Answer::Never { why, .. } = answer_in(&report, report.horizon.end(), Lang::En) else {
        panic!("nothing after the end")
    };
    assert!(why.contains("event limit"), "{why}");

    // Windows outside the horizon and overlapping: clipped, never a panic.
    let far = |a: &str, b: &str| {
        Window::new(a.parse().expect("t"), b.parse().expect("t")).expect("window")
    };
    device
        .power_off
        .push(far("2025-12-01T00:00:00Z", "2026-01-05T06:00:00Z").into());
    device
        .sleep
        .push(far("2026-01-11T00:00:00Z", "2026-03-01T00:00:00Z"));
    device
        .offline
        .push(far("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z").into());
    let report = simulate(&device, &report.horizon);
    let (en, ja) = both(&report);
    check_view(&en, &ja, &report);
    assert_eq!(
        en.shades.first().map(|s| (s.kind, s.window.start())),
        Some((ShadeKind::Off, report.horizon.start()))
    );
}

#[test]
fn japanese_spacing_follows_latin_text_only() {
    assert_eq!(
        ja_after("スケジュール #3", "の遅延実行"),
        "スケジュール #3 の遅延実行"
    );
    assert_eq!(
        ja_after("約8時間ごとの定期チェックイン", "の遅延実行"),
        "約8時間ごとの定期チェックインの遅延実行"
    );
    assert_eq!(
        and_list(Lang::En, &["A".into(), "B".into(), "C".into()]),
        "A, B and C"
    );
    assert_eq!(capitalize("every hour"), "Every hour");
}

#[test]
fn next_sync_inside_the_maintenance_limit_says_its_maintenance_may_be_skipped() {
    let s = Scenario::from_json(include_str!("../../../../examples/windows-fresh.json"))
        .expect("valid");
    let report = device_of(&s);
    let at: Instant = "2026-11-23T01:00:00Z".parse().expect("t");
    let Answer::Next { at: next, by, .. } = answer_in(&report, at, Lang::En) else {
        panic!("the device syncs")
    };
    assert_eq!(next, "2026-11-23T02:15:00Z".parse::<Instant>().expect("t"));
    assert!(by.starts_with("Schedule #3"), "{by}");
    assert!(by.contains("maintenance work may be skipped"), "{by}");
    let Answer::Next { by, .. } = answer_in(&report, at, Lang::Ja) else {
        panic!("the device syncs")
    };
    assert!(by.contains("メンテナンス処理は省略される可能性"), "{by}");
    assert_no_english(&by);
    let ja = view(&report, Lang::Ja);
    assert!(
        ja.rows
            .iter()
            .any(|r| r.what.starts_with("同期（メンテナンス"))
    );
}

#[test]
fn pushes_not_sent_and_pending_past_the_horizon_have_words() {
    let json = r#"{"version":1,"horizon":{"start":"2026-01-05T00:00:00Z","end":"2026-01-07T00:00:00Z"},
        "device":{"enrolled_at":"2026-01-05T09:00:00Z","push_delivery_delay":"PT2H",
        "admin_syncs":["2026-01-05T12:00:00Z","2026-01-05T12:10:00Z","2026-01-06T23:00:00Z"]}}"#;
    let s = Scenario::from_json(json).expect("valid");
    let report = device_of(&s);
    let en = view(&report, Lang::En);
    let ja = view(&report, Lang::Ja);
    let row = |what: &str| {
        en.rows
            .iter()
            .position(|r| r.what == what)
            .unwrap_or_else(|| panic!("a row {what:?}"))
    };
    let i = row("Push not sent: one per 30 min");
    assert!(
        en.rows[i].why.starts_with(
            "not sent: Intune sends at most one push per device every 30 min; the previous went 10 min earlier"
        ),
        "{}",
        en.rows[i].why
    );
    assert_eq!(en.rows[i].source.id, "community-push-throttle");
    assert_no_english(&ja.rows[i].why);
    let i = row("Push pending past the simulated period");
    assert!(en.rows[i].why.contains("2 h later"), "{}", en.rows[i].why);
    assert_no_english(&ja.rows[i].why);
}

#[test]
fn an_aosp_admin_sync_is_found_by_the_task_poll_not_pushed() {
    let json = r#"{"version":1,"horizon":{"start":"2026-01-05T00:00:00Z","end":"2026-01-07T00:00:00Z"},
        "device":{"enrolled_at":"2026-01-05T09:00:00Z","platform":"android_aosp",
        "admin_syncs":["2026-01-06T12:05:00Z"]}}"#;
    let s = Scenario::from_json(json).expect("valid");
    let report = device_of(&s);
    let at: Instant = "2026-01-06T12:06:00Z".parse().expect("t");
    let Answer::Next { at: next, by, .. } = answer_in(&report, at, Lang::En) else {
        panic!("the device syncs")
    };
    assert_eq!(next, "2026-01-06T12:15:00Z".parse::<Instant>().expect("t"));
    assert!(
        by.contains("task poll") && !by.contains("delivered as a push"),
        "{by}"
    );
    let Answer::Next { by, .. } = answer_in(&report, at, Lang::Ja) else {
        panic!("the device syncs")
    };
    assert!(by.contains("タスク確認"), "{by}");
    assert_no_english(&by);
    let (en, ja) = both(&report);
    let i = en
        .rows
        .iter()
        .position(|r| r.at == next && r.why.contains("task poll 10 min later"))
        .expect("the admin sync's row");
    assert_no_english(&ja.rows[i].why);
}
