//! Tests of the `Get-ADSyncScheduler` reader: cultures, line ends, unknown fields, broken
//! lines, limits.

use super::*;

/// The sample in `shared/docs/domain.md`, shared with the fuzz seeds.
const EN_US: &str = include_str!("../../../../tests/fixtures/adsync/en-us.txt");

fn utc(s: &str) -> Instant {
    s.parse().unwrap()
}

#[test]
fn the_documented_sample_reads_completely() {
    let r = parse_get_adsyncscheduler(EN_US);
    assert_eq!(r.found.len(), 11);
    assert!(r.missing.is_empty() && r.unknown.is_empty() && r.malformed.is_empty());
    assert!(r.notes.is_empty());
    let s = &r.settings;
    assert_eq!(s.allowed_sync_cycle_interval, Period::minutes(30));
    assert_eq!(s.customized_sync_cycle_interval, None);
    assert_eq!(
        s.next_sync_cycle_start_time_in_utc,
        Some(utc("2018-01-23T14:58:30Z"))
    );
    assert_eq!(s.purge_run_history_interval, Period::days(7));
    assert!(s.sync_cycle_enabled && s.maintenance_enabled);
    assert!(!s.staging_mode_enabled && !s.scheduler_suspended);
    assert_eq!(r.observed.sync_cycle_in_progress, Some(false));
    assert_eq!(r.date.unwrap().order, DateOrder::MonthDayYear);
}

#[test]
fn messy_paste_from_a_japanese_server() {
    let text = "PS C:\\Users\\admin> Get-ADSyncScheduler\r\n\r\n\
        AllowedSyncCycleInterval : 00:30:00\r\n\
        \tCurrentlyEffectiveSyncCycleInterval:01:00:00   \r\n\
        CustomizedSyncCycleInterval\u{a0}\u{a0}: 01:00:00\r\n\
        NextSyncCyclePolicyType : initial\r\n\
        NextSyncCycleStartTimeInUTC : 2026/11/21 10:30:00\r\n\
        SyncCycleEnabled : TRUE\r\n\
        StagingModeEnabled : Flase\r\n\
        AutoUpgradeState : Enabled\r\n\
        garbage line without separator\r\n\
        PS C:\\Users\\admin>";
    let r = parse_get_adsyncscheduler(text);
    let s = &r.settings;
    assert_eq!(s.customized_sync_cycle_interval, Some(Period::hours(1)));
    assert_eq!(s.next_sync_cycle_policy_type, PolicyType::Initial);
    assert_eq!(
        s.next_sync_cycle_start_time_in_utc,
        Some(utc("2026-11-21T10:30:00Z"))
    );
    assert_eq!(r.ignored_lines, [1, 12]);
    assert_eq!(r.unknown.len(), 1);
    assert_eq!(
        (r.unknown[0].line, r.unknown[0].name.as_str()),
        (10, "AutoUpgradeState")
    );
    let problems: Vec<(usize, LineProblem)> =
        r.malformed.iter().map(|m| (m.line, m.problem)).collect();
    assert_eq!(
        problems,
        [(9, LineProblem::BadBoolean), (11, LineProblem::NoSeparator)]
    );
    assert_eq!(r.malformed[0].field, Some(Field::StagingModeEnabled));
    assert!(r.missing.contains(&Field::StagingModeEnabled));
    assert!(r.missing.contains(&Field::PurgeRunHistoryInterval));
    assert!(
        !s.staging_mode_enabled,
        "an unreadable value keeps the default"
    );
}

#[test]
fn other_cultures_and_ambiguity_are_reported() {
    let r = parse_get_adsyncscheduler("NextSyncCycleStartTimeInUTC : 21.11.2026 10:30:00");
    assert_eq!(
        r.settings.next_sync_cycle_start_time_in_utc,
        Some(utc("2026-11-21T10:30:00Z"))
    );
    let r = parse_get_adsyncscheduler("NextSyncCycleStartTimeInUTC : 05/06/2026 10:30:00");
    let d = r.date.unwrap();
    assert!(d.ambiguous);
    assert_eq!(d.alternative, Some(utc("2026-05-06T10:30:00Z")));
    assert_eq!(
        r.settings.next_sync_cycle_start_time_in_utc,
        Some(utc("2026-06-05T10:30:00Z"))
    );
    let hinted = parse_get_adsyncscheduler_with(
        "NextSyncCycleStartTimeInUTC : 05/06/2026 10:30:00",
        Some(DayMonthOrder::MonthFirst),
    );
    assert_eq!(
        hinted.settings.next_sync_cycle_start_time_in_utc,
        Some(utc("2026-05-06T10:30:00Z"))
    );
}

#[test]
fn an_ambiguous_date_is_read_nearer_to_now_said_and_can_be_switched() {
    let text = "NextSyncCycleStartTimeInUTC : 12/03/2026 5:12:40 PM";
    // Without "now" the padding rule reads 12 March, but the result says it is ambiguous.
    let r = parse_get_adsyncscheduler(text);
    assert_eq!(
        r.settings.next_sync_cycle_start_time_in_utc,
        Some(utc("2026-03-12T17:12:40Z"))
    );
    assert!(r.notes.iter().any(|n| matches!(
        n,
        Note::AmbiguousDate {
            decided_by: OrderBasis::Padding,
            ..
        }
    )));
    // Pasted on 3 December 2026 at 17:00: the nearer reading, 3 December.
    let mut r = parse_get_adsyncscheduler_at(text, utc("2026-12-03T17:00:00Z"), None);
    assert_eq!(
        r.settings.next_sync_cycle_start_time_in_utc,
        Some(utc("2026-12-03T17:12:40Z"))
    );
    let note = Note::AmbiguousDate {
        taken: utc("2026-12-03T17:12:40Z"),
        taken_order: DateOrder::MonthDayYear,
        decided_by: OrderBasis::NearerToNow,
        other: utc("2026-03-12T17:12:40Z"),
        other_order: DateOrder::DayMonthYear,
    };
    assert_eq!(r.notes, [note]);
    // One click: the other reading.
    assert!(r.take_other_date());
    assert_eq!(
        r.settings.next_sync_cycle_start_time_in_utc,
        Some(utc("2026-03-12T17:12:40Z"))
    );
    let d = r.date.unwrap();
    assert_eq!(
        (d.order, d.decided_by, d.alternative),
        (
            DateOrder::DayMonthYear,
            OrderBasis::Chosen,
            Some(utc("2026-12-03T17:12:40Z"))
        )
    );
    // Unambiguous dates have nothing to switch to.
    let mut r = parse_get_adsyncscheduler_at(EN_US, utc("2018-01-23T14:40:00Z"), None);
    assert!(r.notes.is_empty() && !r.take_other_date());
}

#[test]
fn notes_flag_inconsistent_values() {
    let text = "AllowedSyncCycleInterval : 00:30:00\nCustomizedSyncCycleInterval : 00:10:00\n\
                CurrentlyEffectiveSyncCycleInterval : 03:00:00\nSyncCycleInProgress : True";
    let r = parse_get_adsyncscheduler(text);
    let allowed = Period::minutes(30);
    assert!(r.notes.contains(&Note::CustomizedBelowAllowed {
        customized: Period::minutes(10),
        allowed
    }));
    let mismatch = Note::EffectiveIntervalMismatch {
        printed: Period::hours(3),
        computed: allowed,
    };
    assert!(r.notes.contains(&mismatch));
    assert!(r.notes.contains(&Note::CycleInProgress));
}

#[test]
fn bad_values_name_their_problem_and_duplicates_keep_the_first() {
    let text = "AllowedSyncCycleInterval : 00:00:00\nPurgeRunHistoryInterval : seven days\n\
                NextSyncCyclePolicyType : Full\nNextSyncCycleStartTimeInUTC : 1/23/1999 2:58:30 PM\n\
                SyncCycleEnabled : False\nSyncCycleEnabled : True\nMaintenanceEnabled :\n\
                Some Label : value";
    let r = parse_get_adsyncscheduler(text);
    let problems: Vec<LineProblem> = r.malformed.iter().map(|m| m.problem).collect();
    use LineProblem::*;
    assert_eq!(
        problems,
        [
            ZeroInterval,
            BadInterval,
            BadPolicyType,
            DateOutOfRange,
            Duplicate,
            EmptyValue,
            NotAName
        ]
    );
    assert_eq!(r.malformed[4].line, 6);
    assert!(!r.settings.sync_cycle_enabled);
}

#[test]
fn nothing_recognized_and_huge_inputs_are_bounded() {
    let r = parse_get_adsyncscheduler("hello world");
    assert_eq!(r.notes, [Note::NothingRecognized]);
    assert_eq!(r.missing.len(), 11);
    let huge = "x: y\n".repeat(MAX_IMPORT_BYTES);
    let r = parse_get_adsyncscheduler(&huge);
    assert!(r.input_truncated);
    assert_eq!(r.unknown.len() + r.malformed.len(), 2 * MAX_REPORTED_LINES);
    assert!(r.omitted > 0);
    // A multi-byte character across the cut does not split.
    let text = "é".repeat(MAX_IMPORT_BYTES);
    assert!(parse_get_adsyncscheduler(&text).input_truncated);
}

#[test]
fn apply_to_copies_only_what_was_found() {
    let mut target = SchedulerSettings {
        sync_cycle_enabled: false,
        ..Default::default()
    };
    target.purge_run_history_interval = Period::days(3);
    let r = parse_get_adsyncscheduler("SyncCycleEnabled : True\nCustomizedSyncCycleInterval :");
    target.customized_sync_cycle_interval = Some(Period::hours(2));
    r.apply_to(&mut target);
    assert!(target.sync_cycle_enabled);
    assert_eq!(target.customized_sync_cycle_interval, None);
    assert_eq!(target.purge_run_history_interval, Period::days(3));
}

// proptest is a native dev-dependency: these run natively, not in the browser test build.
#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

        #[test]
        fn never_panics_on_any_text(text in "\\PC{0,400}") {
            let r = parse_get_adsyncscheduler(&text);
            proptest::prop_assert!(r.found.len() + r.missing.len() == 11);
        }

        #[test]
        fn never_panics_on_field_shaped_lines(
            lines in proptest::collection::vec(
                (proptest::sample::select(&Field::ALL[..]), "[ \\t]{0,3}", "[0-9/.:APMapm\\- ]{0,24}"),
                0..14,
            )
        ) {
            let text: String = lines
                .iter()
                .map(|(f, pad, value)| format!("{}{pad}:{value}\r\n", f.name()))
                .collect();
            let r = parse_get_adsyncscheduler(&text);
            for m in &r.malformed {
                proptest::prop_assert!(m.line >= 1 && m.line <= lines.len());
            }
        }
    }
}

#[test]
fn a_pending_interval_change_becomes_a_change_at_the_paste() {
    // A build before 1.1.281 after `Set-ADSyncScheduler -CustomizedSyncCycleInterval 01:00:00`:
    // still 30 minutes in effect until the next cycle.
    let text = "AllowedSyncCycleInterval : 00:30:00\n\
        CurrentlyEffectiveSyncCycleInterval : 00:30:00\n\
        CustomizedSyncCycleInterval : 01:00:00\n\
        NextSyncCycleStartTimeInUTC : 2026/11/21 10:30:00\n\
        SyncCycleInProgress : False\n";
    let r = parse_get_adsyncscheduler(text);
    let change = r.pending_change().unwrap();
    assert_eq!(
        change,
        PendingChange {
            in_effect: None,
            pending: Some(Period::hours(1))
        }
    );
    // Printed one interval before its next start, at the earliest.
    let at = utc("2026-11-21T10:00:00Z");
    assert_eq!(r.printed_at(), Some(at));
    let mut server = ServerScenario::default();
    assert_eq!(r.apply_to_server(&mut server, at), Some(change));
    assert_eq!(server.scheduler.customized_sync_cycle_interval, None);
    assert_eq!(server.behaviour.build, Build::Before1_1_281);
    assert_eq!(
        server.interval_changes,
        [IntervalChange {
            at,
            customized_sync_cycle_interval: Some(Period::hours(1))
        }]
    );
    // An output that agrees with itself changes nothing but the settings.
    let plain = parse_get_adsyncscheduler(EN_US);
    assert_eq!(plain.pending_change(), None);
    let mut server = ServerScenario::default();
    assert_eq!(plain.apply_to_server(&mut server, at), None);
    assert!(server.interval_changes.is_empty());
    assert_eq!(server.behaviour.build, Build::From1_1_281);
    // A cycle in progress: the value is that cycle's start, and the output is from then on.
    let running = parse_get_adsyncscheduler(
        "NextSyncCycleStartTimeInUTC : 2026/11/21 10:30:00\nSyncCycleInProgress : True\n",
    );
    assert_eq!(running.printed_at(), Some(utc("2026-11-21T10:30:00Z")));
}
