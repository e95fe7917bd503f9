//! The built-in presets in words: a fresh Windows device, the weekend it was off, and the
//! device whose push service was disabled.

use super::*;

#[test]
fn a_fresh_windows_device_ramps_up_on_schedules_1_and_2() {
    let report = preset(Preset::FreshlyEnrolled);
    let (en, ja) = both(&report);
    check_view(&en, &ja, &report);
    let keys: Vec<&str> = en.lanes.iter().map(|l| l.key).collect();
    assert!(
        keys.starts_with(&["schedule_1", "schedule_2", "schedule_3"]),
        "{keys:?}"
    );
    assert_eq!(en.lanes[0].label, "Schedule #1");
    assert_eq!(ja.lanes[1].label, "スケジュール #2");
    assert!(
        en.rows
            .iter()
            .any(|r| r.tone == Tone::Synced && r.lane == 0)
    );
    assert!(
        en.rows
            .iter()
            .any(|r| r.tone == Tone::Synced && r.lane == 1)
    );
    assert!(en.warnings.is_empty(), "{:?}", en.warnings);

    let Answer::Next { at, by, detail } = answer_in(&report, now(), Lang::En) else {
        panic!("a fresh device syncs soon")
    };
    assert!((at - now()).num_seconds() <= 15 * 60);
    assert!(by.contains("Schedule"), "{by}");
    assert!(detail.is_some_and(|d| d.starts_with("Last synced")));
    let Answer::Next { by, detail, .. } = answer_in(&report, now(), Lang::Ja) else {
        panic!("a fresh device syncs soon")
    };
    assert!(by.contains("スケジュール"), "{by}");
    assert!(detail.is_some_and(|d| d.contains("最終同期")));
}

#[test]
fn coinciding_runs_are_one_session_and_both_rows_say_so() {
    let report = preset(Preset::FreshlyEnrolled);
    let en = view(&report, Lang::En);
    let merged = en
        .rows
        .iter()
        .position(|r| r.tone == Tone::Info)
        .expect("Schedule #2's first run joins Schedule #1's last");
    let row = &en.rows[merged];
    assert_eq!(row.what, "Merged into Schedule #1");
    assert!(
        row.why.contains("Schedule #1 started a session"),
        "{}",
        row.why
    );
    assert_eq!(row.source.id, "parameter-default");
    let survivor = en.rows[..merged]
        .iter()
        .rev()
        .find(|r| r.at == row.at && r.tone == Tone::Synced)
        .expect("the session it joined");
    assert!(
        survivor
            .why
            .ends_with("Schedule #1 and Schedule #2 fired at the same instant: one session"),
        "{}",
        survivor.why
    );
    let ja = view(&report, Lang::Ja);
    assert!(
        ja.rows[merged]
            .why
            .contains("同時刻にスケジュール #1 がセッションを開始")
    );
}

#[test]
fn the_weekend_device_caught_up_after_boot() {
    let report = preset(Preset::OffOverWeekend);
    let (en, ja) = both(&report);
    check_view(&en, &ja, &report);
    let caught = en
        .rows
        .iter()
        .position(|r| r.tone == Tone::CaughtUp)
        .expect("a catch-up after boot");
    let why = &en.rows[caught].why;
    assert!(why.contains("off") && why.contains("boot"), "{why}");
    assert!(why.contains("10 min after boot"), "{why}");
    assert!(
        ja.rows[caught].why.contains("電源"),
        "{}",
        ja.rows[caught].why
    );
    assert!(ja.rows[caught].why.contains("起動から10分後"));
    assert_eq!(
        en.rows[caught].source.id,
        "task-scheduler-start-when-available"
    );
    let missed = en
        .rows
        .iter()
        .find(|r| r.what == "Missed: device off")
        .expect("runs missed over the weekend");
    assert_eq!(missed.tone, Tone::Skipped);
    assert!(
        missed.why.contains("caught up") && missed.why.contains("after boot"),
        "{}",
        missed.why
    );
    let off: Vec<&Shade> = en
        .shades
        .iter()
        .filter(|s| s.kind == ShadeKind::Off)
        .collect();
    assert_eq!(off.len(), 1);
    assert_eq!(off[0].label, "Powered off");
    assert!(ja.shades.iter().any(|s| s.label == "電源オフ"));
    assert!(
        en.lanes
            .iter()
            .any(|l| l.key == "catch_up" && l.label == "Catch-up")
    );
}

#[test]
fn the_debloated_device_is_blocked_and_never_syncs_again() {
    let report = preset(Preset::PushServiceDisabled);
    let (en, ja) = both(&report);
    check_view(&en, &ja, &report);
    let blocked: Vec<&Row> = en.rows.iter().filter(|r| r.tone == Tone::Blocked).collect();
    assert!(!blocked.is_empty());
    assert!(
        blocked
            .iter()
            .all(|r| r.why.contains("dmwappushservice is disabled"))
    );
    assert!(
        blocked
            .iter()
            .all(|r| r.source.id == "inference-push-service-disabled")
    );
    assert!(
        en.rows.iter().any(|r| r.lane
            == en
                .lanes
                .iter()
                .position(|l| l.key == "manual_settings")
                .unwrap_or(usize::MAX)
            && r.tone == Tone::Blocked),
        "the user's Sync in Settings did nothing"
    );
    assert!(en.shades.iter().any(|s| s.kind == ShadeKind::PushDisabled));
    let warning = en
        .warnings
        .iter()
        .find(|w| w.contains("dmwappushservice"))
        .expect("a warning");
    assert!(
        warning.contains("Automatic (Delayed Start)")
            && warning.contains("Disabled breaks Intune sync")
    );
    assert!(ja.warnings.iter().any(|w| w.contains("自動 (遅延開始)")));

    let deadline = report.answers(now()).compliance.expect("a deadline").at;
    let Answer::Never { why, consequence } = answer_in(&report, now(), Lang::En) else {
        panic!("nothing syncs again")
    };
    assert!(why.contains("dmwappushservice"), "{why}");
    let consequence = consequence.expect("a consequence");
    assert!(
        consequence.contains(&format!("noncompliant on {}", fmt(deadline))),
        "{consequence}"
    );
    assert!(consequence.contains("compliance status validity period 30 days"));
    assert!(consequence.contains("cleanup rule"));
    let Answer::Never { why, consequence } = answer_in(&report, now(), Lang::Ja) else {
        panic!("nothing syncs again")
    };
    assert!(why.contains("dmwappushservice"));
    let consequence = consequence.expect("a consequence");
    assert!(consequence.contains(&fmt(deadline)) && consequence.contains("非準拠"));
    assert!(consequence.contains("コンプライアンス状態の有効期間"));
}

#[test]
fn every_preset_row_is_worded_in_both_languages() {
    for p in [
        Preset::FreshlyEnrolled,
        Preset::OffOverWeekend,
        Preset::PushServiceDisabled,
    ] {
        let report = preset(p);
        let (en, ja) = both(&report);
        assert!(!en.rows.is_empty(), "{}", p.key());
        check_view(&en, &ja, &report);
        for at in [now(), report.horizon.start(), report.horizon.end()] {
            check_answer(&report, at);
        }
    }
}
