//! The view: lanes, rows and their tones, shades, warnings, truncation, a year in one pass.

use super::*;

#[test]
fn a_default_server_cycles_every_thirty_minutes() {
    let r = report(
        r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T10:12:00Z"}}"#,
        "2026-11-21T10:00:00Z",
        "2026-11-21T13:00:00Z",
    );
    for lang in Lang::ALL {
        let v = view(&r, lang);
        let cycles: Vec<&Row> = v
            .rows
            .iter()
            .filter(|r| lane_key(&v, r) == "cycle")
            .collect();
        assert_eq!(cycles.len(), 6);
        assert!(
            cycles
                .iter()
                .all(|r| r.end.is_some() && r.tone == Tone::Synced)
        );
        assert_eq!(cycles[0].at, t("2026-11-21T10:12:00Z"));
        assert!(v.rows.windows(2).all(|w| w[0].at <= w[1].at), "time order");
        assert!(v.rows.iter().all(|r| r.lane < v.lanes.len()));
        assert!(v.warnings.is_empty() && v.shades.is_empty());
        let keys: Vec<&str> = v.lanes.iter().map(|l| l.key).collect();
        assert_eq!(keys, ["cycle", "phs"]);
    }
    let v = view(&r, Lang::En);
    let first = v.rows.iter().find(|r| lane_key(&v, r) == "cycle").unwrap();
    assert_eq!(
        first.rule,
        "The first cycle starts at NextSyncCycleStartTimeInUTC"
    );
    let later = v
        .rows
        .iter()
        .find(|r| r.at == t("2026-11-21T10:42:00Z"))
        .unwrap();
    assert_eq!(
        later.rule,
        "Sync cycle every 30 minutes (AllowedSyncCycleInterval), counted from the previous cycle's start"
    );
    assert!(later.why.contains("completed in 2 min"), "{}", later.why);

    let now = t("2026-11-21T11:20:00Z");
    for lang in Lang::ALL {
        match answer(&r, now, lang, &fmt) {
            Answer::Next { at, by, detail } => {
                assert_eq!(at, t("2026-11-21T11:42:00Z"));
                assert!(by.contains("30"), "{by}");
                let detail = detail.unwrap();
                assert!(detail.contains("2026-11-21 11:12"), "{detail}");
            }
            other => panic!("{other:?}"),
        }
    }
    let Answer::Next { by, .. } = answer(&r, now, Lang::En, &fmt) else {
        panic!()
    };
    assert_eq!(by, "Delta cycle, every 30 minutes");
    let Answer::Next { by, .. } = answer(&r, now, Lang::Ja, &fmt) else {
        panic!()
    };
    assert_eq!(by, "差分同期サイクル（30分ごと）");
}

#[test]
fn a_manual_start_during_a_cycle_is_blocked_as_busy() {
    let r = report(
        r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T14:30:00Z"},
            "manual": [{"at": "2026-11-21T15:04:00Z", "command": "start_delta"},
                       {"at": "2026-11-21T15:05:00Z", "command": "start_delta"}]}"#,
        "2026-11-21T14:00:00Z",
        "2026-11-21T17:00:00Z",
    );
    for lang in Lang::ALL {
        let v = view(&r, lang);
        let busy: Vec<&Row> = v.rows.iter().filter(|r| r.tone == Tone::Blocked).collect();
        assert_eq!(busy.len(), 1);
        assert_eq!(lane_key(&v, busy[0]), "manual");
        assert_eq!(busy[0].at, t("2026-11-21T15:05:00Z"));
        match lang {
            Lang::En => assert!(busy[0].why.contains("busy"), "{}", busy[0].why),
            Lang::Ja => assert!(
                busy[0].why.contains("実行中") || busy[0].why.contains("ビジー"),
                "{}",
                busy[0].why
            ),
        }
        // The manual cycle itself sits on the manual lane, with its bar.
        let manual = v
            .rows
            .iter()
            .find(|r| r.at == t("2026-11-21T15:04:00Z"))
            .unwrap();
        assert_eq!(lane_key(&v, manual), "manual");
        assert!(manual.end.is_some());
    }
    let v = view(&r, Lang::En);
    let rebased = v
        .rows
        .iter()
        .find(|r| r.at == t("2026-11-21T15:34:00Z"))
        .unwrap();
    assert!(rebased.why.contains("re-based"), "{}", rebased.why);
}

#[test]
fn whole_horizon_switches_shade_the_whole_horizon() {
    let r = report(
        r#"{"scheduler": {"scheduler_suspended": true, "staging_mode_enabled": true}}"#,
        "2026-11-21T10:00:00Z",
        "2026-11-21T12:00:00Z",
    );
    let v = view(&r, Lang::Ja);
    let kinds: Vec<ShadeKind> = v.shades.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [ShadeKind::Suspended, ShadeKind::Staging]);
    assert!(v.shades.iter().all(|s| s.window == r.horizon));
    assert_eq!(v.shades[0].label, "スケジューラ中断中");
    let Answer::Never { why, .. } = answer(&r, t("2026-11-21T11:00:00Z"), Lang::Ja, &fmt) else {
        panic!()
    };
    assert!(why.contains("中断"), "{why}");
}

#[test]
fn an_outage_is_shaded_and_its_slots_missed_then_caught_up() {
    let r = report(
        r#"{"outages": [{"start": "2026-11-21T10:30:45Z", "end": "2026-11-21T11:10:00Z"}]}"#,
        "2026-11-21T10:00:00Z",
        "2026-11-21T12:00:00Z",
    );
    let v = view(&r, Lang::En);
    assert_eq!(v.shades.len(), 1);
    assert_eq!(v.shades[0].kind, ShadeKind::Outage);
    assert_eq!(v.shades[0].label, "Server down");
    let tones: Vec<Tone> = v
        .rows
        .iter()
        .filter(|r| lane_key(&v, r) == "cycle")
        .map(|r| r.tone)
        .collect();
    assert_eq!(
        tones,
        [
            Tone::Synced,
            Tone::Blocked,
            Tone::Skipped,
            Tone::CaughtUp,
            Tone::Synced
        ]
    );
    let caught = v.rows.iter().find(|r| r.tone == Tone::CaughtUp).unwrap();
    assert!(caught.why.contains("was down"), "{}", caught.why);
    // Password hash sync pauses for the outage: three stretches, not one row per run.
    let phs: Vec<&Row> = v.rows.iter().filter(|r| lane_key(&v, r) == "phs").collect();
    assert_eq!(phs.len(), 3);
    assert_eq!(phs[1].tone, Tone::Skipped);
    assert!(phs.iter().all(|r| r.end.is_some()));
    // Server down now: the answer is the catch-up cycle, and says so.
    let Answer::Next { at, by, detail } = answer(&r, t("2026-11-21T10:50:00Z"), Lang::En, &fmt)
    else {
        panic!()
    };
    assert_eq!(at, t("2026-11-21T11:10:00Z"));
    assert!(by.contains("catching up"), "{by}");
    assert!(
        detail
            .unwrap()
            .contains("will not run because of the server being down")
    );
}

#[test]
fn a_gap_over_seven_days_warns_with_the_date_and_the_remedy() {
    let r = report(
        r#"{"disabled_spans": [{"start": "2026-11-01T00:00:00Z", "end": "2026-11-10T00:00:00Z"}]}"#,
        "2026-11-01T00:00:00Z",
        "2026-11-11T00:00:00Z",
    );
    let en = view(&r, Lang::En);
    assert_eq!(en.warnings.len(), 1);
    let w = &en.warnings[0];
    assert!(w.contains("2026-11-08 00:00 UTC"), "{w}");
    assert!(
        w.contains("Start-ADSyncSyncCycle -PolicyType Initial"),
        "{w}"
    );
    let ja = view(&r, Lang::Ja);
    assert!(
        ja.warnings[0].contains("2026/11/08 00:00 (UTC)"),
        "{}",
        ja.warnings[0]
    );
    assert!(ja.warnings[0].contains("完全同期"), "{}", ja.warnings[0]);
    let row = en.rows.iter().find(|r| r.tone == Tone::Warning).unwrap();
    assert_eq!(lane_key(&en, row), "warnings");
    assert_eq!(row.mark, crate::present::Mark::Deadline);
    assert_eq!(row.at, t("2026-11-08T00:00:00Z"));
    // A next cycle after the deadline says so in the answer.
    let Answer::Next { detail, .. } = answer(&r, t("2026-11-09T00:00:00Z"), Lang::En, &fmt) else {
        panic!()
    };
    assert!(detail.unwrap().contains("7-day limit (2026-11-08 00:00)"));
}

#[test]
fn clamped_and_overlong_intervals_warn() {
    let r = report(
        r#"{"scheduler": {"customized_sync_cycle_interval": "00:10:00"},
            "interval_changes": [{"at": "2026-11-21T11:00:00Z", "customized_sync_cycle_interval": "8.00:00:00"}]}"#,
        "2026-11-21T10:00:00Z",
        "2026-11-22T10:00:00Z",
    );
    let v = view(&r, Lang::En);
    assert_eq!(v.warnings.len(), 2, "{:?}", v.warnings);
    assert!(
        v.warnings[0].contains("CustomizedSyncCycleInterval (10 min)")
            && v.warnings[0].contains("every 30 minutes")
    );
    assert!(
        v.warnings[1].contains("longer than 7 days"),
        "{}",
        v.warnings[1]
    );
    let change = v
        .rows
        .iter()
        .find(|r| lane_key(&v, r) == "settings")
        .unwrap();
    assert_eq!(change.tone, Tone::Info);
    assert!(change.rule.contains("at once"), "{}", change.rule);
}

#[test]
fn stopped_cycles_are_blocked_and_the_stop_is_info() {
    let r = report(
        r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T15:00:00Z"},
            "manual": [{"at": "2026-11-21T15:01:00Z", "command": "stop"},
                       {"at": "2026-11-21T15:10:00Z", "command": "stop"}]}"#,
        "2026-11-21T14:55:00Z",
        "2026-11-21T15:40:00Z",
    );
    let v = view(&r, Lang::En);
    let cycle = v
        .rows
        .iter()
        .find(|r| r.at == t("2026-11-21T15:00:00Z"))
        .unwrap();
    assert_eq!(cycle.tone, Tone::Blocked);
    assert_eq!(cycle.end, Some(t("2026-11-21T15:01:00Z")));
    let stops: Vec<&Row> = v
        .rows
        .iter()
        .filter(|r| lane_key(&v, r) == "manual")
        .collect();
    assert_eq!(stops.len(), 2);
    assert!(stops.iter().all(|r| r.tone == Tone::Info));
    assert!(stops[1].why.contains("no cycle was running"));
}

#[test]
fn truncation_is_said() {
    // A year of 30-minute cycles with hourly stops is well under the limit; fake the flag
    // instead of simulating 200,000 events.
    let mut r = report("{}", "2026-11-21T10:00:00Z", "2026-11-21T11:00:00Z");
    r.truncated = true;
    let v = view(&r, Lang::En);
    assert!(v.truncated);
    assert!(v.warnings.last().unwrap().contains("200,000"));
    assert!(
        view(&r, Lang::Ja)
            .warnings
            .last()
            .unwrap()
            .contains("200,000件")
    );
}

#[test]
fn a_year_of_cycles_is_presented_in_one_pass() {
    let r = report(
        r#"{"outages": [{"start": "2026-06-01T00:00:00Z", "end": "2026-06-01T03:00:00Z"}]}"#,
        "2026-01-01T00:00:00Z",
        "2027-01-01T00:00:00Z",
    );
    let v = view(&r, Lang::Ja);
    // 17,520 half-hour slots less the six missed, one skip row, three PHS stretches.
    assert!(
        v.rows.len() > 17_000 && v.rows.len() < 17_600,
        "{}",
        v.rows.len()
    );
    assert_eq!(
        v.rows.iter().filter(|r| lane_key(&v, r) == "phs").count(),
        3
    );
}

#[test]
fn settings_refused_while_down_and_overrides_changed_back_are_said_in_both_languages() {
    let r = report(
        r#"{"outages": [{"start": "2026-11-21T10:00:00Z", "end": "2026-11-21T11:00:00Z"}],
            "interval_changes": [{"at": "2026-11-21T10:20:00Z",
                                  "customized_sync_cycle_interval": "01:00:00"}],
            "connector_overrides": [
                {"at": "2026-11-21T10:20:00Z", "connector": "contoso.com", "full_sync_required": true},
                {"at": "2026-11-21T11:05:00Z", "connector": "contoso.com", "full_sync_required": true},
                {"at": "2026-11-21T11:10:00Z", "connector": "contoso.com", "full_sync_required": false}]}"#,
        "2026-11-21T09:50:00Z",
        "2026-11-21T12:00:00Z",
    );
    for lang in Lang::ALL {
        let v = view(&r, lang);
        let settings: Vec<&Row> = v
            .rows
            .iter()
            .filter(|row| lane_key(&v, row) == "settings")
            .collect();
        assert_eq!(settings.len(), 4, "{lang:?}");
        let (interval, refused, changed_back) = (settings[0], settings[1], settings[2]);
        assert_eq!(interval.tone, Tone::Blocked);
        assert_eq!(refused.tone, Tone::Blocked);
        match lang {
            Lang::En => {
                assert_eq!(interval.what, "Set-ADSyncScheduler: not run, server down");
                assert!(
                    interval
                        .why
                        .contains("-CustomizedSyncCycleInterval 01:00:00 could not run")
                        && interval.why.contains("cycles still run every 30 minutes"),
                    "{}",
                    interval.why
                );
                assert_eq!(
                    refused.what,
                    "Connector override not set (server down): contoso.com"
                );
                assert!(
                    changed_back.why.contains("changed it back"),
                    "{}",
                    changed_back.why
                );
            }
            Lang::Ja => {
                assert!(
                    interval.why.contains("実行できませんでした"),
                    "{}",
                    interval.why
                );
                assert!(refused.why.contains("実行できず"), "{}", refused.why);
                assert!(
                    changed_back.why.contains("元に戻された"),
                    "{}",
                    changed_back.why
                );
            }
        }
    }
}

/// "I changed a sync rule at 14:10": the override asks for a full sync on contoso.com (one typed
/// at 14:00 would apply to the 14:00 cycle itself: settings come before a start in one minute).
fn sync_rule_changed_at_14_10() -> ServerReport {
    report(
        r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T13:00:00Z"},
            "connector_overrides": [{"at": "2026-11-21T14:10:00Z",
            "connector": "contoso.com", "full_sync_required": true}]}"#,
        "2026-11-21T13:00:00Z",
        "2026-11-21T20:00:00Z",
    )
}

#[test]
fn a_cycle_that_runs_full_steps_is_named_so_and_marked() {
    let r = sync_rule_changed_at_14_10();
    for lang in Lang::ALL {
        let v = view(&r, lang);
        let full: Vec<&Row> = v
            .rows
            .iter()
            .filter(|row| row.mark == crate::present::Mark::FullSteps)
            .collect();
        // The 14:30 cycle is the first to start after the override: it alone runs the full sync.
        assert_eq!(full.len(), 1, "{full:?}");
        assert_eq!(full[0].at, t("2026-11-21T14:30:00Z"));
        assert_eq!(lane_key(&v, full[0]), "cycle");
        let expected = match lang {
            Lang::En => "Delta cycle with full sync on contoso.com",
            Lang::Ja => "差分同期サイクル（contoso.com で完全同期）",
        };
        assert_eq!(full[0].what, expected);
        // The plain cycles keep their plain name.
        let plain = v
            .rows
            .iter()
            .find(|row| row.at == t("2026-11-21T15:00:00Z"))
            .unwrap();
        assert_eq!(plain.mark, crate::present::Mark::Plain);
        assert_eq!(
            plain.what,
            terms::policy(crate::engine::entra::PolicyType::Delta).get(lang)
        );
    }
}

#[test]
fn a_stop_typed_as_a_cycle_starts_is_said_as_such_in_both_languages() {
    let r = report(
        r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T15:00:00Z",
                          "next_sync_cycle_policy_type": "Initial"},
            "connector_overrides": [{"at": "2026-11-21T15:00:00Z", "connector": "contoso.com",
                                     "full_sync_required": true}],
            "manual": [{"at": "2026-11-21T15:00:00Z", "command": "stop"}]}"#,
        "2026-11-21T14:55:00Z",
        "2026-11-21T15:40:00Z",
    );
    for lang in Lang::ALL {
        let v = view(&r, lang);
        let at = |row: &&Row| row.at == t("2026-11-21T15:00:00Z");
        let cycle = v
            .rows
            .iter()
            .filter(at)
            .find(|row| lane_key(&v, row) == "cycle")
            .unwrap();
        let stop = v
            .rows
            .iter()
            .filter(at)
            .find(|row| lane_key(&v, row) == "manual")
            .unwrap();
        assert_eq!(cycle.tone, Tone::Blocked);
        match lang {
            Lang::En => {
                assert!(
                    cycle.why.contains("typed in the minute it started"),
                    "{}",
                    cycle.why
                );
                assert!(cycle.why.contains("a pending Initial"), "{}", cycle.why);
                assert!(
                    stop.why.contains("started in this same minute"),
                    "{}",
                    stop.why
                );
                let set = v
                    .rows
                    .iter()
                    .find(|row| row.why.contains("Set-ADSyncSchedulerConnectorOverride on"))
                    .unwrap();
                assert!(
                    set.why
                        .contains("started in this same minute planned those full steps"),
                    "{}",
                    set.why
                );
            }
            Lang::Ja => {
                assert!(cycle.why.contains("開始と同じ時刻"), "{}", cycle.why);
                assert!(stop.why.contains("同じ時刻に開始した"), "{}", stop.why);
            }
        }
    }
}

#[test]
fn a_cycle_that_runs_full_steps_is_never_folded_into_plain_ones() {
    use crate::present::list::{Entry, entries};
    let r = sync_rule_changed_at_14_10();
    let v = view(&r, Lang::En);
    let full = v
        .rows
        .iter()
        .position(|row| row.at == t("2026-11-21T14:30:00Z") && lane_key(&v, row) == "cycle")
        .unwrap();
    let shown: Vec<usize> = (0..v.rows.len()).collect();
    let e = entries(&v, &shown);
    assert!(e.contains(&Entry::Row(full)), "{e:?}");
    assert!(
        e.iter()
            .all(|x| !matches!(x, Entry::Group(g) if g.members.contains(&full))),
        "{e:?}"
    );
    // The plain cycles after it still fold, 15:00–19:30 (before it, 13:30 and 14:00 are too
    // few; 13:00 is the anchor's).
    let groups: Vec<usize> = e
        .iter()
        .filter_map(|x| match x {
            Entry::Group(g) => Some(g.members.len()),
            Entry::Row(_) => None,
        })
        .collect();
    assert_eq!(groups, vec![10]);
}
