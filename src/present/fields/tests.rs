//! Every path the validators and the page's fields produce reads as labels, never as a path.

use super::*;
use crate::engine::{Problem, Scenario};

/// Every path `ScenarioError::new(..)` can produce in `src/engine/` (lists at two indices),
/// and the paths the page's own fields use.
const PATHS: &[&str] = &[
    "server.connector_overrides",
    "server.connector_overrides[0]",
    "server.connector_overrides[0].at",
    "server.connector_overrides[1].connector",
    "version",
    "horizon",
    "horizon.start",
    "horizon.end",
    "display_zone",
    "device.enrolled_at",
    "device.platform",
    "device.rule_set",
    "device.rule_set.custom.first.interval",
    "device.rule_set.custom.second.count",
    "device.rule_set.custom.remaining",
    "device.rule_set.custom.extra",
    "device.rule_set.custom.extra[0].interval",
    "device.rule_set.custom.extra[1].count",
    "device.power_off",
    "device.power_off[0]",
    "device.power_off[2].start",
    "device.power_off[2].end",
    "device.sleep[1]",
    "device.offline[0]",
    "device.push_service_disabled[0]",
    "device.push_service_disabled[3].end",
    "device.logons[4]",
    "device.manual_syncs[0].at",
    "device.manual_syncs[1].via",
    "device.admin_syncs[0]",
    "device.service.compliance_validity_days",
    "device.service.cleanup_after_days",
    "device.ime.random_delay",
    "device.ime.cadence",
    "device.ime.power_on",
    "device.push_delivery_delay",
    "device.push_service_impact",
    "device.scheduler.catch_up_delay",
    "device.scheduler.missed_runs",
    "device.scheduler.no_network",
    "device.scheduler.repetition_end",
    "server.scheduler.next_sync_cycle_start_time_in_utc",
    "server.scheduler.allowed_sync_cycle_interval",
    "server.scheduler.customized_sync_cycle_interval",
    "server.scheduler.next_sync_cycle_policy_type",
    "server.last_cycle_end",
    "server.disabled_spans[2]",
    "server.suspended_spans[0].end",
    "server.staging_spans[1]",
    "server.outages[0]",
    "server.manual",
    "server.manual[3].at",
    "server.interval_changes[0].at",
    "server.connectors",
    "server.connectors[1].name",
    "server.connectors[0].durations",
    "server.durations",
    "server.durations.per_step.full_import",
    "server.durations.per_cycle.delta",
    "server.behaviour.build",
    "server.behaviour.next_start_counted_from",
    "server.behaviour.overrun",
    "server.behaviour.catch_up",
    "change.at",
    "change.origin",
    "change.notification.min",
];

/// A named place never shows a path's pieces: no dots between words, no brackets, no
/// snake_case names, no bare "device"/"server" keys.
fn looks_internal(words: &str) -> bool {
    words.contains('_')
        || words.contains('[')
        || words
            .split_whitespace()
            .any(|w| w.contains('.') && w.len() > 1)
        || words.starts_with("device")
        || words.starts_with("server")
}

#[test]
fn every_path_the_validators_produce_reads_as_labels() {
    for lang in [Lang::En, Lang::Ja] {
        for path in PATHS {
            let name = field_name(path, lang);
            assert!(!looks_internal(&name), "{path} → {name}");
            // Each path is known: it is not named by the fallback for the whole scenario.
            assert_ne!(name, SCENARIO.get(lang), "{path} is not mapped");
        }
    }
}

#[test]
fn a_list_entry_is_named_by_list_number_and_edge() {
    assert_eq!(
        field_name("device.power_off[2].end", Lang::En),
        "Powered off › entry 3 › End"
    );
    assert_eq!(
        field_name("device.power_off[2].end", Lang::Ja),
        "電源オフ › 3 件目 › 終了"
    );
    assert_eq!(
        field_name("horizon.end", Lang::En),
        "Simulated period › End"
    );
    assert_eq!(field_name("device.enrolled_at", Lang::Ja), "登録日時");
    assert_eq!(
        field_name("server.last_cycle_end", Lang::En),
        "End of the last sync cycle before the period"
    );
}

#[test]
fn a_row_of_a_list_the_page_splits_is_named_by_its_own_list() {
    assert_eq!(
        field_name("device.manual_syncs.company_portal[0].at", Lang::En),
        "Manual sync: Company Portal › entry 1 › At"
    );
    assert_eq!(
        field_name("device.manual_syncs.settings[1]", Lang::Ja),
        "手動同期: 設定アプリ › 2 件目"
    );
    assert_eq!(
        field_name("server.manual.stop[2].at", Lang::En),
        "Stop-ADSyncSyncCycle › entry 3 › At"
    );
    // The engine's own path still reads as the whole list.
    assert_eq!(
        field_name("device.manual_syncs[3].at", Lang::En),
        "Manual syncs › entry 4 › At"
    );
    // An unknown kind falls back to the parent, as any unknown key does.
    assert_eq!(
        field_name("device.manual_syncs.fax[0]", Lang::En),
        "Manual syncs"
    );
}

#[test]
fn an_unknown_path_is_named_by_its_nearest_known_parent() {
    assert_eq!(
        field_name("device.power_off[0].wake", Lang::En),
        "Powered off › entry 1"
    );
    assert_eq!(field_name("device.colour", Lang::En), "Intune device");
    assert_eq!(field_name("nonsense[3]", Lang::En), "The scenario");
    assert_eq!(field_name("", Lang::Ja), "シナリオ");
    assert_eq!(field_name("a.b[x].[9]]..", Lang::En), "The scenario");
}

#[test]
fn paths_inside_problems_read_as_labels_too() {
    let e = ScenarioError::new(
        "device.sleep[1]",
        Problem::Overlap {
            other: "device.power_off[0]".into(),
        },
    );
    assert_eq!(
        problem_sentence(&e, Lang::En),
        "Asleep › entry 2: overlaps Powered off › entry 1"
    );
    let whole = ScenarioError::new("", Problem::NothingToSimulate);
    assert_eq!(
        problem_sentence(&whole, Lang::En),
        "There is neither a device nor a server"
    );
}

#[test]
fn every_engine_error_from_a_bad_scenario_reads_without_internals() {
    // Real errors, from the validators themselves.
    let bad = [
        r#"{"version":1,"horizon":{"start":"2026-01-01T00:00:00Z","end":"2026-01-03T00:00:00Z"},"device":{"enrolled_at":"2026-01-05T00:00:00Z"}}"#,
        r#"{"version":1,"horizon":{"start":"2026-01-01T00:00:00Z","end":"2026-01-03T00:00:00Z"},"device":{"enrolled_at":"2026-01-01T00:00:00Z","power_off":[{"start":"2026-01-01T01:00:00Z","end":"2026-01-01T05:00:00Z"}],"sleep":[{"start":"2026-01-01T02:00:00Z","end":"2026-01-01T03:00:00Z"}]}}"#,
        r#"{"version":1,"horizon":{"start":"2026-01-01T00:00:00Z","end":"2026-01-03T00:00:00Z"},"server":{"last_cycle_end":"2026-01-02T00:00:00Z"}}"#,
    ];
    for text in bad {
        let e = Scenario::from_json(text).unwrap_err();
        for lang in [Lang::En, Lang::Ja] {
            let words = problem_sentence(&e, lang);
            assert!(!e.at.is_empty() && !words.contains(&e.at), "{words}");
            assert!(!words.contains('_'), "{words}");
        }
    }
}

#[test]
fn json_mistakes_read_as_translated_sentences_with_line_and_column() {
    let cases = [
        ("{\n  \"version\": 1,\n  \"horizon\": ", "line 3, column"),
        ("{\"version\": 1, \"horizon\": tru}", "not valid JSON"),
        ("{\"version\": 1, \"colour\": 2}", "no field named “colour”"),
    ];
    for (text, expected) in cases {
        let e = Scenario::from_json(text).unwrap_err();
        let en = problem_sentence(&e, Lang::En);
        let ja = problem_sentence(&e, Lang::Ja);
        assert!(en.contains(expected), "{en}");
        assert!(en.contains("(line "), "{en}");
        assert!(ja.contains("行") && ja.contains("列目"), "{ja}");
        for words in [&en, &ja] {
            assert!(!words.contains("expected"), "{words}");
            assert!(!words.contains("EOF"), "{words}");
        }
    }
}

#[test]
fn refusals_follow_the_language() {
    let r = Refusal::EndNotAfterStart;
    assert_eq!(
        refusal_sentence("device.power_off[0]", &r, Lang::En),
        "Powered off › entry 1: The end must be after the start."
    );
    assert!(
        refusal_sentence("horizon.end", &r, Lang::Ja)
            .starts_with("シミュレーション期間 › 終了: 終了は")
    );
    assert_eq!(
        Refusal::WholeNumber { min: 1, max: 120 }.words(Lang::En),
        "Enter a whole number from 1 to 120."
    );
}

#[test]
fn ranges_read_as_people_say_them_not_in_engine_notation() {
    use crate::engine::{Bound, Delay, ScenarioError};
    let length = ScenarioError::new(
        "device.ime.random_delay",
        Problem::OutOfRange {
            min: Bound::Length(Delay::ZERO),
            max: Bound::Length(Delay::minutes(90)),
        },
    );
    assert!(problem_sentence(&length, Lang::En).contains("1 h 30 min"));
    assert!(problem_sentence(&length, Lang::Ja).contains("1時間30分"));
    let count = ScenarioError::new(
        "device.service.cleanup_after_days",
        Problem::OutOfRange {
            min: Bound::Number(30),
            max: Bound::Number(200_000),
        },
    );
    assert!(problem_sentence(&count, Lang::En).contains("200,000"));
    let era = ScenarioError::new("device.enrolled_at", Problem::outside_era());
    for lang in [Lang::En, Lang::Ja] {
        for e in [&length, &count, &era] {
            let words = problem_sentence(e, lang);
            assert!(
                !words.contains("PT") && !words.contains("T00:00:00Z"),
                "{words}"
            );
        }
    }
}

/// Issue 22: a date with one part blanked said "Enter a date and time between 2000 and 2200",
/// as if the year were out of range.
#[test]
fn an_incomplete_date_is_called_incomplete() {
    let en = Refusal::DateIncomplete.words(Lang::En);
    assert_eq!(
        en,
        "The date is incomplete: fill in every part of the date and time."
    );
    assert!(!en.contains("2000"));
    let ja = Refusal::DateIncomplete.words(Lang::Ja);
    assert_eq!(
        ja,
        "日時が途中までしか入力されていません。すべての欄を入力してください。"
    );
    let said = refusal_sentence("horizon.start", &Refusal::DateIncomplete, Lang::En);
    assert!(
        said.ends_with("The date is incomplete: fill in every part of the date and time."),
        "{said}"
    );
}

/// Issue 22: with two fields refused the banner named only the first; it now counts them.
#[test]
fn the_banner_counts_the_fields_to_fix() {
    assert_eq!(fields_to_fix(Lang::En, 1), None);
    assert_eq!(
        fields_to_fix(Lang::En, 2).as_deref(),
        Some("2 fields need fixing:")
    );
    assert_eq!(
        fields_to_fix(Lang::Ja, 3).as_deref(),
        Some("直す必要のある項目が 3 件あります:")
    );
}
