//! The answer names what blocks syncing at "now": open spans say "not yet fixed", spans with
//! an end say until when and that everything before is blocked, and "pushes only" says that
//! scheduled check-ins still run.

use super::*;

/// A week from 5 January with the device's extra JSON fields, asked at 6 January 12:00.
fn week(fields: &str) -> DeviceReport {
    let json = format!(
        r#"{{"version":1,"horizon":{{"start":"2026-01-05T00:00:00Z","end":"2026-01-12T00:00:00Z"}},
        "device":{{"enrolled_at":"2026-01-01T09:00:00Z","ime":{{"enabled":false}}{fields}}}}}"#
    );
    device_of(&Scenario::from_json(&json).expect("valid"))
}

fn noon() -> Instant {
    "2026-01-06T12:00:00Z".parse().expect("instant")
}

/// The whole answer as one text: the headline's parts and the sentences after it.
fn said(report: &DeviceReport, lang: Lang) -> String {
    match answer_in(report, noon(), lang) {
        Answer::Next { by, detail, .. } => format!("{by} | {}", detail.unwrap_or_default()),
        Answer::Never { why, consequence } => {
            format!("{why} | {}", consequence.unwrap_or_default())
        }
    }
}

#[test]
fn a_push_service_disabled_not_yet_fixed_is_named_with_its_start() {
    let r = week(r#","push_service_disabled":[{"start":"2026-01-06T09:00:00Z"}]"#);
    let en = said(&r, Lang::En);
    assert!(
        en.contains("dmwappushservice has been disabled since 2026-01-06 09:00, not yet fixed: no MDM session starts"),
        "{en}"
    );
    assert!(!en.contains("Everything due before"), "{en}");
    let ja = said(&r, Lang::Ja);
    assert!(
        ja.contains("dmwappushservice は2026-01-06 09:00から無効のままです（未復旧）"),
        "{ja}"
    );
    check_answer(&r, noon());
}

#[test]
fn under_pushes_only_the_answer_says_scheduled_check_ins_still_run() {
    let r = week(
        r#","push_service_disabled":[{"start":"2026-01-06T09:00:00Z"}],"push_service_impact":"push_only""#,
    );
    let Answer::Next { detail, .. } = answer_in(&r, noon(), Lang::En) else {
        panic!("scheduled check-ins still run under pushes only");
    };
    let detail = detail.unwrap_or_default();
    assert!(
        detail.starts_with("dmwappushservice has been disabled since 2026-01-06 09:00, not yet fixed: admin syncs (push) cannot arrive until it is re-enabled; scheduled check-ins still run."),
        "{detail}"
    );
    let ja = said(&r, Lang::Ja);
    assert!(
        ja.contains("管理者による同期（プッシュ）は届きません"),
        "{ja}"
    );
}

#[test]
fn a_power_off_with_an_end_says_everything_before_it_is_blocked() {
    let r = week(r#","power_off":[{"start":"2026-01-06T08:00:00Z","end":"2026-01-07T08:00:00Z"}]"#);
    let Answer::Next { at, detail, .. } = answer_in(&r, noon(), Lang::En) else {
        panic!("the device syncs after it is back on");
    };
    assert!(at >= "2026-01-07T08:00:00Z".parse::<Instant>().unwrap());
    let detail = detail.unwrap_or_default();
    assert!(
        detail.starts_with(
            "The device is off from 2026-01-06 08:00 until 2026-01-07 08:00: nothing syncs while it is off. Everything due before 2026-01-07 08:00 is blocked."
        ),
        "{detail}"
    );
    let ja = said(&r, Lang::Ja);
    assert!(
        ja.contains("2026-01-07 08:00より前に予定されている同期はすべて実行されません"),
        "{ja}"
    );
}

#[test]
fn a_device_off_not_yet_fixed_and_one_offline_are_named() {
    let off = week(r#","power_off":[{"start":"2026-01-06T08:00:00Z"}]"#);
    let en = said(&off, Lang::En);
    assert!(
        en.contains("The device has been off since 2026-01-06 08:00, not yet back on"),
        "{en}"
    );
    let offline = week(r#","offline":[{"start":"2026-01-06T08:00:00Z","end":null}]"#);
    let en = said(&offline, Lang::En);
    assert!(
        en.contains("no network since 2026-01-06 08:00, not yet fixed"),
        "{en}"
    );
    for r in [&off, &offline] {
        check_answer(r, noon());
    }
}

#[test]
fn a_disruption_ahead_is_told_with_the_first_sync_after_it() {
    let r = week(r#","power_off":[{"start":"2026-01-08T08:00:00Z","end":"2026-01-09T08:00:00Z"}]"#);
    let en = said(&r, Lang::En);
    assert!(!en.contains("off since") && !en.contains("blocked"), "{en}");
    let after = r
        .syncs()
        .find(|e| e.at >= "2026-01-09T08:00:00Z".parse::<Instant>().unwrap());
    let after = fmt(after.expect("a sync after boot").at);
    assert!(
        en.contains(&format!(
            "Ahead: the device is off from 2026-01-08 08:00 until 2026-01-09 08:00; the first sync after that is at {after}."
        )),
        "{en}"
    );
    let ja = said(&r, Lang::Ja);
    assert!(
        ja.contains("予定: 2026-01-08 08:00から2026-01-09 08:00までデバイスは電源オフ。"),
        "{ja}"
    );
    let open = week(r#","push_service_disabled":[{"start":"2026-01-08T08:00:00Z"}]"#);
    let en = said(&open, Lang::En);
    assert!(
        en.contains("Ahead: dmwappushservice is disabled from 2026-01-08 08:00, with no end set."),
        "{en}"
    );
    check_answer(&open, noon());
}

/// Issue 22: the kinds of session a disabled push service stops were listed two ways in
/// Japanese (「スケジュール、ログオン、手動同期、プッシュ」 and 「定期、ログオン、手動、プッシュ」).
#[test]
fn the_sessions_a_disabled_push_service_stops_are_listed_one_way() {
    const LIST: &str = "（定期、ログオン、手動同期、プッシュのいずれも）";
    // Disabled from noon on, not yet fixed: the blocker sentence.
    let open = said(
        &week(r#","push_service_disabled":[{"start":"2026-01-06T09:00:00Z"}]"#),
        Lang::Ja,
    );
    assert!(open.contains(LIST), "{open}");
    // Disabled over a span that ends: the same list.
    let until = said(
        &week(
            r#","push_service_disabled":[{"start":"2026-01-06T09:00:00Z","end":"2026-01-06T18:00:00Z"}]"#,
        ),
        Lang::Ja,
    );
    assert!(
        until.contains(LIST) || !until.contains("いずれも"),
        "{until}"
    );
    // Disabled for the whole week: nothing syncs, and the reason lists them the same way.
    let never = said(
        &week(r#","push_service_disabled":[{"start":"2026-01-05T00:00:00Z"}]"#),
        Lang::Ja,
    );
    assert!(never.contains(LIST), "{never}");
    assert!(
        !never.contains("スケジュール、") && !open.contains("手動、"),
        "{never} | {open}"
    );
}

/// Issue 22: "Chosen setting: runs at the same instant make one MDM session" said what the
/// planner does in its own jargon; the source after it already says it is a setting.
#[test]
fn the_rule_for_runs_at_one_instant_reads_as_an_admin_says_it() {
    use crate::engine::intune::Rule;
    let t = super::super::rules::title(Rule::CoincidentRunsMerged);
    assert_eq!(t.en, "Runs due at the same moment share one MDM session");
    assert_eq!(t.ja, "同時刻に来た実行は1つの MDM セッションにまとまる");
    for rule in Rule::ALL {
        let t = super::super::rules::title(rule);
        assert!(
            !t.en.starts_with("Chosen setting") && !t.ja.starts_with("設定値"),
            "{}",
            t.en
        );
    }
}
