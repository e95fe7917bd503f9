//! The answer at a given "now" and the export-time sentence.

use super::*;

#[test]
fn a_cycle_running_now_explains_the_past_next_start() {
    let r = report("{}", "2026-11-21T10:00:00Z", "2026-11-21T12:00:00Z");
    let Answer::Next { at, detail, .. } = answer(&r, t("2026-11-21T10:01:00Z"), Lang::En, &fmt)
    else {
        panic!()
    };
    assert_eq!(at, t("2026-11-21T10:30:00Z"));
    let detail = detail.unwrap();
    assert!(
        detail.contains("A cycle has been running since 2026-11-21 10:00"),
        "{detail}"
    );
    assert!(detail.contains("NextSyncCycleStartTimeInUTC"), "{detail}");
}

#[test]
fn a_disabled_scheduler_never_syncs_and_names_the_seven_day_date() {
    let r = report(
        r#"{"scheduler": {"sync_cycle_enabled": false}, "last_cycle_end": "2026-11-20T09:00:00Z"}"#,
        "2026-11-21T10:00:00Z",
        "2026-11-22T10:00:00Z",
    );
    let now = t("2026-11-21T12:00:00Z");
    for lang in Lang::ALL {
        let Answer::Never { why, consequence } = answer(&r, now, lang, &fmt) else {
            panic!()
        };
        let consequence = consequence.unwrap();
        assert!(consequence.contains("2026-11-27 09:00"), "{consequence}");
        assert!(consequence.contains("Initial"), "{consequence}");
        assert!(why.contains("SyncCycleEnabled"), "{why}");
        match lang {
            Lang::En => assert!(why.contains("disabled"), "{why}"),
            Lang::Ja => assert!(why.contains("無効"), "{why}"),
        }
    }
    let v = view(&r, Lang::En);
    assert_eq!(v.shades.len(), 1);
    assert_eq!(v.shades[0].kind, ShadeKind::Disabled);
    assert_eq!(v.shades[0].window, r.horizon);
}

#[test]
fn every_answer_has_words_in_both_languages() {
    for r in rich_reports() {
        let (start, end) = (r.horizon.start(), r.horizon.end());
        let step = (end - start) / 97;
        let mut now = start - TimeDelta::hours(1);
        while now < end + TimeDelta::days(30) {
            let (ja, en) = (
                answer(&r, now, Lang::Ja, &fmt),
                answer(&r, now, Lang::En, &fmt),
            );
            match (ja, en) {
                (
                    Answer::Next {
                        at: a,
                        by: bj,
                        detail: dj,
                    },
                    Answer::Next {
                        at: b,
                        by: be,
                        detail: de,
                    },
                ) => {
                    assert_eq!(a, b);
                    assert!(a > now);
                    assert!(is_japanese(&bj) && typeset(&bj) && !be.is_empty() && bj != be);
                    assert_eq!(dj.is_some(), de.is_some());
                    if let (Some(dj), Some(de)) = (dj, de) {
                        assert!(is_japanese(&dj) && typeset(&dj), "{dj}");
                        assert!(!de.chars().any(is_japanese_char), "{de}");
                    }
                }
                (
                    Answer::Never {
                        why: wj,
                        consequence: cj,
                    },
                    Answer::Never {
                        why: we,
                        consequence: ce,
                    },
                ) => {
                    assert!(is_japanese(&wj) && typeset(&wj) && !we.is_empty() && wj != we);
                    if let Some(cj) = &cj {
                        assert!(is_japanese(cj) && typeset(cj), "{cj}");
                    }
                    assert_eq!(cj.is_some(), ce.is_some());
                }
                (a, b) => panic!("{a:?} vs {b:?}"),
            }
            now += step;
        }
    }
}

#[test]
fn the_export_sentence_says_when_a_change_reaches_entra_id_in_both_languages() {
    use crate::present::grammar::span;
    let r = report(
        r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T10:12:00Z"}}"#,
        "2026-11-21T10:00:00Z",
        "2026-11-21T13:00:00Z",
    );
    let change = t("2026-11-21T10:20:00Z");
    let e = r.export_time(change).unwrap();
    // The next cycle after the change carries it.
    assert_eq!(e.import_start, t("2026-11-21T10:42:00Z"));
    assert!(e.exported_at > e.import_start);
    let done = fmt(e.exported_at);
    let (en_later, ja_later) = (
        span(Lang::En, (e.exported_at - change).num_seconds()),
        span(Lang::Ja, (e.exported_at - change).num_seconds()),
    );
    assert_eq!(
        export_sentence(&r, change, Lang::En, &fmt),
        format!(
            "A change made on-premises at 2026-11-21 10:20 reaches Entra ID at {done} ({en_later} later): exported by the cycle that starts at 2026-11-21 10:42."
        )
    );
    assert_eq!(
        export_sentence(&r, change, Lang::Ja, &fmt),
        format!(
            "2026-11-21 10:20 にオンプレミスで行った変更は {done} に Entra ID へ反映されます（{ja_later}後）。2026-11-21 10:42 に始まる同期サイクルでエクスポートされます。"
        )
    );
    // After the last cycle in the horizon nothing exports it.
    let late = t("2026-11-21T12:50:00Z");
    assert_eq!(r.export_time(late), None);
    let (en, ja) = (
        export_sentence(&r, late, Lang::En, &fmt),
        export_sentence(&r, late, Lang::Ja, &fmt),
    );
    assert!(en.contains("is not exported to Entra ID"), "{en}");
    assert!(
        is_japanese(&ja) && ja.contains("エクスポートされません"),
        "{ja}"
    );
}

#[test]
fn the_cmdlet_output_and_the_export_caveat_have_words() {
    let down = report(
        r#"{"outages": [{"start": "2026-11-01T01:00:00Z", "end": "2026-11-09T00:00:00Z"}]}"#,
        "2026-11-01T00:00:00Z",
        "2026-11-10T00:00:00Z",
    );
    let output = down.answers(t("2026-11-02T00:00:00Z")).get_adsyncscheduler;
    let printed = down.answers(t("2026-11-01T00:10:00Z")).get_adsyncscheduler;
    assert!(scheduler_output_text(&printed, Lang::En).starts_with("AllowedSyncCycleInterval"));
    let change = t("2026-11-08T12:00:00Z");
    let caveat = down
        .export_time(change)
        .and_then(|e| e.caveat)
        .expect("past the 7-day window");
    for (ja, en) in [
        (
            scheduler_output_text(&output, Lang::Ja),
            scheduler_output_text(&output, Lang::En),
        ),
        (
            answer::export_caveat_text(&caveat, Lang::Ja, &fmt),
            answer::export_caveat_text(&caveat, Lang::En, &fmt),
        ),
    ] {
        assert!(
            is_japanese(&ja) && typeset(&ja) && !en.chars().any(is_japanese_char),
            "{en}"
        );
        assert!(!en.contains('{') && !ja.contains('{'), "{en} / {ja}");
    }
    assert!(scheduler_output_text(&output, Lang::En).contains("cannot answer"));
    // The UI calls one function: the export sentence carries its caveat.
    let sentence = export_sentence(&down, change, Lang::En, &fmt);
    assert!(sentence.contains("reaches Entra ID"), "{sentence}");
    assert!(
        sentence.ends_with(&answer::export_caveat_text(&caveat, Lang::En, &fmt)),
        "{sentence}"
    );
    assert!(sentence.contains("-PolicyType Initial"), "{sentence}");
    // Before the window passes there is no caveat.
    let early = export_sentence(&down, t("2026-11-01T00:05:00Z"), Lang::En, &fmt);
    assert!(!early.contains("7-day limit"), "{early}");
}

/// The whole answer as one text: the headline's parts and the sentences after it.
fn said(r: &ServerReport, now: Instant, lang: Lang) -> String {
    match answer(r, now, lang, &fmt) {
        Answer::Next { by, detail, .. } => format!("{by} | {}", detail.unwrap_or_default()),
        Answer::Never { why, consequence } => {
            format!("{why} | {}", consequence.unwrap_or_default())
        }
    }
}

#[test]
fn an_outage_not_yet_fixed_is_named_since_when_in_both_languages() {
    let r = report(
        r#"{"outages": [{"start": "2026-11-21T11:00:00Z"}]}"#,
        "2026-11-21T10:00:00Z",
        "2026-11-22T10:00:00Z",
    );
    let now = t("2026-11-21T12:00:00Z");
    let en = said(&r, now, Lang::En);
    assert!(
        en.contains("has been down since 2026-11-21 11:00, not yet back: no sync cycle and no password hash sync runs until it is."),
        "{en}"
    );
    assert!(!en.contains("Every cycle due before"), "{en}");
    let ja = said(&r, now, Lang::Ja);
    assert!(
        ja.contains("2026-11-21 11:00から停止したままです（未復旧）"),
        "{ja}"
    );
}

#[test]
fn a_suspension_with_an_end_says_every_cycle_before_it_is_skipped() {
    let r = report(
        r#"{"suspended_spans": [{"start": "2026-11-21T11:00:00Z", "end": "2026-11-21T15:00:00Z"}]}"#,
        "2026-11-21T10:00:00Z",
        "2026-11-22T10:00:00Z",
    );
    let now = t("2026-11-21T12:00:00Z");
    let Answer::Next { at, detail, .. } = answer(&r, now, Lang::En, &fmt) else {
        panic!("a cycle follows the suspension")
    };
    assert!(at >= t("2026-11-21T15:00:00Z"));
    let detail = detail.unwrap_or_default();
    assert!(
        detail.starts_with("The scheduler is suspended from 2026-11-21 11:00 until 2026-11-21 15:00 (the wizard is open or an upgrade is under way): no sync cycle runs while it is suspended. Every cycle due before 2026-11-21 15:00 is skipped."),
        "{detail}"
    );
    let ja = said(&r, now, Lang::Ja);
    assert!(
        ja.contains("2026-11-21 15:00より前に予定されたサイクルはすべて実行されません"),
        "{ja}"
    );
    // Before the span nothing blocks, and the answer says nothing of it.
    let before = said(&r, t("2026-11-21T10:10:00Z"), Lang::En);
    assert!(!before.contains("suspended from"), "{before}");
}

#[test]
fn a_scheduler_disabled_until_further_notice_says_how_to_turn_it_back_on() {
    let r = report(
        r#"{"disabled_spans": [{"start": "2026-11-21T11:00:00Z", "end": null}]}"#,
        "2026-11-21T10:00:00Z",
        "2026-11-22T10:00:00Z",
    );
    let en = said(&r, t("2026-11-21T12:00:00Z"), Lang::En);
    assert!(
        en.contains("Sync cycles are disabled since 2026-11-21 11:00 (SyncCycleEnabled = False), not yet re-enabled"),
        "{en}"
    );
}

#[test]
fn a_sync_rule_changed_at_14_00_is_a_row_and_the_export_answer_follows() {
    let r = report(
        r#"{"connector_overrides": [{"at": "2026-11-21T14:00:00Z",
            "connector": "contoso.com", "full_sync_required": true}]}"#,
        "2026-11-21T13:00:00Z",
        "2026-11-21T18:00:00Z",
    );
    for lang in Lang::ALL {
        let v = view(&r, lang);
        let row = v
            .rows
            .iter()
            // The cmdlet's own row (the 14:00 cycle's row names the cmdlet too).
            .find(|row| {
                row.why.contains("Set-ADSyncSchedulerConnectorOverride on")
                    || row
                        .why
                        .contains("Set-ADSyncSchedulerConnectorOverride を実行")
            })
            .expect("the cmdlet's row");
        match lang {
            Lang::En => {
                assert_eq!(row.what, "Connector override set: contoso.com");
                assert!(
                    row.why
                        .contains("on contoso.com: full synchronization required."),
                    "{}",
                    row.why
                );
                assert!(
                    row.why.contains("runs those full steps on this connector"),
                    "{}",
                    row.why
                );
            }
            Lang::Ja => assert!(row.why.contains("完全同期を要求"), "{}", row.why),
        }
    }
    // Typed in the minute the 14:00 cycle starts, the override applies to that cycle (settings
    // come before starts at one instant), and so does a change made at 14:00.
    let said = export_sentence(&r, t("2026-11-21T14:00:00Z"), Lang::En, &fmt);
    assert!(
        said.contains("exported by the cycle that starts at 2026-11-21 14:00"),
        "{said}"
    );
    assert!(
        said.contains("That cycle runs the full steps Set-ADSyncSchedulerConnectorOverride asked for on contoso.com"),
        "{said}"
    );
    let row = view(&r, Lang::En)
        .rows
        .into_iter()
        .find(|row| row.why.contains("Set-ADSyncSchedulerConnectorOverride on"))
        .unwrap();
    assert!(
        row.why.contains("starts in this same minute"),
        "{}",
        row.why
    );
    // The 14:00 cycle completed the full sync and cleared the override: 14:30 is plain.
    let later = export_sentence(&r, t("2026-11-21T14:01:00Z"), Lang::En, &fmt);
    assert!(
        !later.contains("ConnectorOverride"),
        "cleared after: {later}"
    );
}
