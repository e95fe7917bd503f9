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
