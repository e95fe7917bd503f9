//! The reasons the Entra Connect engine gives. Every cycle, step, event, warning and password
//! hash sync segment names one [`Rule`]; every rule names the [`Source`] it rests on.
//!
//! Rules serialize as stable snake_case codes. The UI turns a code plus the data next to it into
//! a Japanese or English sentence, so the engine never writes prose: renaming a variant is a
//! format change.

use serde::Serialize;

use crate::engine::source::{
    COMMUNITY_ENTRA_SCHEDULER, INFERENCE_ENTRA_NEXT_START, INFERENCE_SERVER_OFF, LEARN_ENTRA_PHS,
    LEARN_ENTRA_SCHEDULER, LEARN_ENTRA_STAGING, PARAMETER_DEFAULT, Source,
};

/// Why something happened (or did not) on the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    // --- when a cycle starts ---
    /// The first cycle starts at `NextSyncCycleStartTimeInUTC`.
    Anchor,
    /// `NextSyncCycleStartTimeInUTC` lay before the horizon: the schedule is carried forward
    /// on its interval grid to the first slot inside the horizon.
    AnchorProjected,
    /// `NextSyncCycleStartTimeInUTC` lay more than one interval (plus a cycle) before the
    /// horizon: the cycle it names is overdue and runs at once (parameter `catch_up`).
    AnchorOverdue,
    /// The next cycle is due one effective interval after the previous cycle started.
    IntervalFromStart,
    /// The next cycle is due one effective interval after the previous cycle ended.
    IntervalFromEnd,
    /// `Start-ADSyncSyncCycle` ran a cycle now.
    ManualStart,
    /// A manual cycle re-based the schedule: later cycles count from it (15:04 → :04, :34).
    ManualRebase,
    /// A changed interval applied at once (build 1.1.281 and later) and moved the next start.
    IntervalChangeImmediate,
    /// A changed interval takes effect only after the next cycle (builds before 1.1.281).
    IntervalChangeAfterNextCycle,
    /// A slot missed while blocked runs as soon as the block ends (plus the catch-up delay).
    CatchUpAtOnce,
    /// A slot missed while blocked is dropped; the next cycle waits for the next grid slot.
    CatchUpNextSlot,
    /// A cycle outlasted the interval; the next one starts as soon as it ends.
    OverrunStartAtOnce,
    /// A cycle outlasted the interval; the slots it covered are dropped.
    OverrunSkipToNextSlot,

    // --- what a cycle does ---
    /// Delta import, delta sync and export on every connector, in the built-in order.
    StepOrder,
    /// `NextSyncCyclePolicyType` (or `-PolicyType Initial`) asked for full import and sync.
    InitialPolicy,
    /// `Set-ADSyncSchedulerConnectorOverride` asked for a full step on one connector.
    ConnectorOverride,
    /// Staging mode: imports and syncs run, exports are suppressed.
    StagingSuppressesExport,

    // --- how a cycle or a command ends ---
    /// `Stop-ADSyncSyncCycle` stopped the cycle under way.
    StopCycle,
    /// Before build 1.1.281, stopping the scheduler lets the connector finish its current step.
    StopFinishesStep,
    /// `Stop-ADSyncSyncCycle` with no cycle under way does nothing.
    StopWithoutCycle,
    /// The server went down while a cycle ran; the cycle ends there.
    OutageInterrupts,
    /// `Start-ADSyncSyncCycle` while a cycle runs fails: "... AAD is busy.".
    ManualBusy,
    /// `Start-ADSyncSyncCycle` while the scheduler is suspended (wizard, upgrade) does not run.
    ManualWhileSuspended,
    /// `Start-ADSyncSyncCycle` on a server that is down does not run.
    ManualWhileDown,
    /// `Start-ADSyncSyncCycle` while `SyncCycleEnabled` is false: runs or is refused, per
    /// parameter.
    ManualWhileDisabled,
    /// Scheduled slots are skipped while `SyncCycleEnabled` is false.
    SkippedDisabled,
    /// Scheduled slots are skipped while the scheduler is suspended.
    SkippedSuspended,
    /// Scheduled slots are missed while the server is down.
    MissedOutage,

    // --- warnings ---
    /// A delta sync must run within 7 days of the last one (and of a completed full sync).
    DeltaWithinSevenDays,
    /// A customized interval below the allowed one is not used; the allowed one is.
    IntervalClampedToAllowed,
    /// An effective interval over 7 days breaks the 7-day delta rule by itself.
    IntervalLongerThanSevenDays,
    /// A `NextSyncCycleStartTimeInUTC` older than one interval plus a cycle: the scheduler has
    /// not started a cycle since then.
    NextStartStale,
    /// A `NextSyncCycleStartTimeInUTC` far ahead of the horizon start (more than a day and
    /// more than one interval plus a cycle): most likely day and month swapped.
    NextStartFarAhead,
    /// PowerShell cmdlets of the ADSync module cannot answer while its service is down.
    CmdletWhileDown,

    // --- other lanes ---
    /// Password hash sync runs on its own scheduler, about every 2 minutes.
    PasswordHashSync,
    /// Password hash sync does not run in staging mode.
    PhsPausedStaging,
    /// Password hash sync does not run while the server is down.
    PhsPausedOutage,
    /// Password hash sync is not enabled on this server.
    PhsNotEnabled,
    /// Maintenance purges run history older than `PurgeRunHistoryInterval`.
    RunHistoryPurge,
}

impl Rule {
    /// Every rule, for listings, translations and tests.
    pub const ALL: &'static [Rule] = &[
        Rule::Anchor,
        Rule::AnchorProjected,
        Rule::AnchorOverdue,
        Rule::IntervalFromStart,
        Rule::IntervalFromEnd,
        Rule::ManualStart,
        Rule::ManualRebase,
        Rule::IntervalChangeImmediate,
        Rule::IntervalChangeAfterNextCycle,
        Rule::CatchUpAtOnce,
        Rule::CatchUpNextSlot,
        Rule::OverrunStartAtOnce,
        Rule::OverrunSkipToNextSlot,
        Rule::StepOrder,
        Rule::InitialPolicy,
        Rule::ConnectorOverride,
        Rule::StagingSuppressesExport,
        Rule::StopCycle,
        Rule::StopFinishesStep,
        Rule::StopWithoutCycle,
        Rule::OutageInterrupts,
        Rule::ManualBusy,
        Rule::ManualWhileSuspended,
        Rule::ManualWhileDown,
        Rule::ManualWhileDisabled,
        Rule::SkippedDisabled,
        Rule::SkippedSuspended,
        Rule::MissedOutage,
        Rule::DeltaWithinSevenDays,
        Rule::IntervalClampedToAllowed,
        Rule::IntervalLongerThanSevenDays,
        Rule::NextStartStale,
        Rule::NextStartFarAhead,
        Rule::CmdletWhileDown,
        Rule::PasswordHashSync,
        Rule::PhsPausedStaging,
        Rule::PhsPausedOutage,
        Rule::PhsNotEnabled,
        Rule::RunHistoryPurge,
    ];

    /// The document (or inference) the rule rests on.
    pub const fn source(self) -> &'static Source {
        match self {
            Rule::Anchor
            | Rule::IntervalChangeImmediate
            | Rule::IntervalChangeAfterNextCycle
            | Rule::ManualStart
            | Rule::StepOrder
            | Rule::InitialPolicy
            | Rule::ConnectorOverride
            | Rule::StagingSuppressesExport
            | Rule::StopCycle
            | Rule::StopFinishesStep
            | Rule::StopWithoutCycle
            | Rule::ManualWhileSuspended
            | Rule::SkippedDisabled
            | Rule::SkippedSuspended
            | Rule::DeltaWithinSevenDays
            | Rule::IntervalClampedToAllowed
            | Rule::IntervalLongerThanSevenDays
            | Rule::RunHistoryPurge => &LEARN_ENTRA_SCHEDULER,
            Rule::ManualRebase | Rule::ManualBusy => &COMMUNITY_ENTRA_SCHEDULER,
            // Undocumented: each is governed by a parameter in `Behaviour`.
            Rule::AnchorProjected
            | Rule::AnchorOverdue
            | Rule::IntervalFromStart
            | Rule::IntervalFromEnd
            | Rule::CatchUpAtOnce
            | Rule::CatchUpNextSlot
            | Rule::OverrunStartAtOnce
            | Rule::OverrunSkipToNextSlot
            | Rule::ManualWhileDisabled => &PARAMETER_DEFAULT,
            Rule::NextStartStale | Rule::NextStartFarAhead => &INFERENCE_ENTRA_NEXT_START,
            Rule::OutageInterrupts
            | Rule::CmdletWhileDown
            | Rule::ManualWhileDown
            | Rule::MissedOutage
            | Rule::PhsPausedOutage => &INFERENCE_SERVER_OFF,
            Rule::PasswordHashSync | Rule::PhsNotEnabled => &LEARN_ENTRA_PHS,
            Rule::PhsPausedStaging => &LEARN_ENTRA_STAGING,
        }
    }

    /// The stable code the rule serializes as (`"manual_rebase"`).
    pub const fn code(self) -> &'static str {
        // Variants carry no data, so their discriminants count 0, 1, 2… in declaration order,
        // which is also the order of `ALL` and `CODES`; a test checks the three agree.
        CODES[self as usize]
    }
}

/// The codes in the order of [`Rule::ALL`]; a test checks they match serde's output.
const CODES: &[&str] = &[
    "anchor",
    "anchor_projected",
    "anchor_overdue",
    "interval_from_start",
    "interval_from_end",
    "manual_start",
    "manual_rebase",
    "interval_change_immediate",
    "interval_change_after_next_cycle",
    "catch_up_at_once",
    "catch_up_next_slot",
    "overrun_start_at_once",
    "overrun_skip_to_next_slot",
    "step_order",
    "initial_policy",
    "connector_override",
    "staging_suppresses_export",
    "stop_cycle",
    "stop_finishes_step",
    "stop_without_cycle",
    "outage_interrupts",
    "manual_busy",
    "manual_while_suspended",
    "manual_while_down",
    "manual_while_disabled",
    "skipped_disabled",
    "skipped_suspended",
    "missed_outage",
    "delta_within_seven_days",
    "interval_clamped_to_allowed",
    "interval_longer_than_seven_days",
    "next_start_stale",
    "next_start_far_ahead",
    "cmdlet_while_down",
    "password_hash_sync",
    "phs_paused_staging",
    "phs_paused_outage",
    "phs_not_enabled",
    "run_history_purge",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::source::{ALL as SOURCES, Confidence};

    #[test]
    fn codes_match_serde_and_are_unique() {
        assert_eq!(Rule::ALL.len(), CODES.len());
        for (i, (rule, code)) in Rule::ALL.iter().zip(CODES).enumerate() {
            assert_eq!(
                *rule as usize, i,
                "ALL must list the rules in declaration order"
            );
            assert_eq!(serde_json::to_string(rule).unwrap(), format!("\"{code}\""));
            assert_eq!(rule.code(), *code);
        }
        for (i, c) in CODES.iter().enumerate() {
            assert!(!CODES[i + 1..].contains(c), "duplicate code {c}");
        }
    }

    #[test]
    fn every_rule_cites_a_listed_source() {
        for rule in Rule::ALL {
            assert!(SOURCES.contains(rule.source()), "{rule:?}");
        }
    }

    #[test]
    fn parameters_and_observations_are_not_presented_as_documentation() {
        assert_eq!(Rule::CatchUpAtOnce.source().confidence, Confidence::Low);
        assert_eq!(Rule::ManualBusy.source().confidence, Confidence::Medium);
        assert_eq!(Rule::ManualRebase.source().confidence, Confidence::Medium);
        assert_eq!(
            Rule::DeltaWithinSevenDays.source().confidence,
            Confidence::High
        );
    }
}
