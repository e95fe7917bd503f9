//! The compliance and cleanup dates in words: counted from the last sync at or before now,
//! said as a prediction only when the simulation shows the gap.
use super::*;

/// A week with a 1-day validity period and the device off for three days from the 6th.
const SHORT_VALIDITY: &str = r#"{
  "version": 1,
  "horizon": { "start": "2026-01-05T00:00:00Z", "end": "2026-01-12T00:00:00Z" },
  "device": {
    "enrolled_at": "2026-01-05T09:00:00Z",
    "power_off": [{ "start": "2026-01-06T00:00:00Z", "end": "2026-01-09T00:00:00Z" }],
    "service": { "compliance_validity_days": 1 },
    "ime": { "enabled": false }
  }
}"#;

fn at(s: &str) -> Instant {
    format!("2026-01-{s}:00Z").parse().expect("instant")
}

fn report() -> DeviceReport {
    device_of(&serde_json::from_str(SHORT_VALIDITY).expect("scenario"))
}

fn detail(report: &DeviceReport, now: Instant, lang: Lang) -> String {
    match answer_in(report, now, lang) {
        Answer::Next { detail, .. } => detail.expect("a detail"),
        Answer::Never { .. } => panic!("the device syncs again"),
    }
}

#[test]
fn a_gap_still_ahead_is_said_as_the_simulations_prediction() {
    let r = report();
    let en = detail(&r, at("05T12:00"), Lang::En);
    // Before the power-off the device keeps syncing: the crossing after its last sync on the
    // 5th is predicted, not a date counted from now.
    assert!(
        en.contains(
            "The simulation shows it turning noncompliant on 2026-01-06 19:15 (compliance status validity period 1 day, counted from the sync at 2026-01-05 19:15"
        ),
        "{en}"
    );
    assert!(!en.contains("Turns noncompliant"), "{en}");
    let ja = detail(&r, at("05T12:00"), Lang::Ja);
    assert!(
        ja.contains("シミュレーションでは 2026-01-06 19:15 に非準拠になります"),
        "{ja}"
    );
}

#[test]
fn inside_the_gap_the_date_counts_from_the_last_sync_before_now() {
    let r = report();
    let en = detail(&r, at("06T12:00"), Lang::En);
    assert!(
        en.contains(
            "Turns noncompliant on 2026-01-06 19:15 (compliance status validity period 1 day, counted from the sync at 2026-01-05 19:15)"
        ),
        "{en}"
    );
}

#[test]
fn a_date_that_holds_only_if_the_device_stopped_now_says_so() {
    let r = report();
    let now = at("05T12:00");
    let a = r.answers(now);
    let w = Words::new(&r, Lang::En);
    let said = w.deadline_sentences(a.compliance.as_ref(), a.cleanup.as_ref(), now, &fmt);
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(
        said[0].starts_with(
            "If it stopped syncing now, it would turn noncompliant on 2026-01-06 11:15"
        ),
        "{said:?}"
    );
    assert!(
        said[1].starts_with(
            "If it stopped syncing now, the device cleanup rule would hide it on 2026-04-05 11:15"
        ),
        "{said:?}"
    );
    let w = Words::new(&r, Lang::Ja);
    let said = w.deadline_sentences(a.compliance.as_ref(), a.cleanup.as_ref(), now, &fmt);
    assert!(
        said[0].starts_with("今後同期しなければ、2026-01-06 11:15 に非準拠"),
        "{said:?}"
    );
}

#[test]
fn a_crossing_the_simulation_shows_is_a_warning_row_on_the_deadlines_lane() {
    let r = report();
    let (en, ja) = both(&r);
    for (v, lang) in [(&en, Lang::En), (&ja, Lang::Ja)] {
        let rows: Vec<&Row> = v.rows.iter().filter(|r| r.mark == Mark::Deadline).collect();
        assert_eq!(rows.len(), 1, "{rows:?}");
        let row = rows[0];
        assert_eq!(row.at, at("06T19:15"));
        assert_eq!(row.tone, Tone::Warning);
        assert_eq!(v.lanes[row.lane].key, "deadlines");
        assert_eq!(row.lane, v.lanes.len() - 1, "the deadlines lane comes last");
        let (what, why) = match lang {
            Lang::En => ("Noncompliant: 1 day without a check-in", "1 day after"),
            Lang::Ja => ("非準拠: 1日間チェックインなし", "1日"),
        };
        assert_eq!(row.what, what);
        assert!(row.why.contains(why), "{}", row.why);
        assert_eq!(
            *row.source,
            crate::engine::source::LEARN_COMPLIANCE_VALIDITY
        );
    }
    // The Warning filter finds it: the list shows it under its outcome.
    let shown: Vec<usize> = (0..en.rows.len())
        .filter(|&i| en.rows[i].tone == Tone::Warning)
        .collect();
    assert_eq!(shown.len(), 1);
    check_view(&en, &ja, &r);
}

#[test]
fn a_device_held_to_the_end_gets_deadline_rows_past_the_period() {
    // The push service disabled from the 6th to the end of a week: the last sync is on the
    // 5th, so it turns noncompliant 30 days later and is hidden 90 days later, both after
    // the period's end.
    let json = SHORT_VALIDITY
        .replace(r#""service": { "compliance_validity_days": 1 },"#, "")
        .replace(
            r#""power_off": [{ "start": "2026-01-06T00:00:00Z", "end": "2026-01-09T00:00:00Z" }],"#,
            r#""push_service_disabled": [{ "start": "2026-01-06T00:00:00Z" }],"#,
        );
    let r = device_of(&serde_json::from_str(&json).expect("scenario"));
    let (en, ja) = both(&r);
    let rows: Vec<&Row> = en
        .rows
        .iter()
        .filter(|r| r.mark == Mark::Deadline)
        .collect();
    let end = at("12T00:00");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0].at, at("05T19:15") + chrono::TimeDelta::days(30));
    assert_eq!(rows[1].at, at("05T19:15") + chrono::TimeDelta::days(90));
    assert!(rows.iter().all(|r| r.at > end && r.tone == Tone::Warning));
    assert_eq!(
        rows[1].what,
        "Hidden by the device cleanup rule: 90 days without a check-in"
    );
    // Past the period's end, the sentence says it holds only if nothing syncs after it.
    assert!(
        rows[0]
            .why
            .starts_with("If it does not sync after the simulated period either"),
        "{}",
        rows[0].why
    );
    // And they stay last, in time order, after every event.
    assert_eq!(en.rows.last().map(|r| r.at), Some(rows[1].at));
    check_view(&en, &ja, &r);
}
