//! The stages of a change's way to the device, and the rules that time them, each with its
//! source. A check-in stage cites the device engine's own rule (the scheduled poll, the
//! catch-up, the logon…), so the forecast says the same as the device's event list.

use serde::{Serialize, Serializer};

use crate::engine::intune;
use crate::engine::source::{self, Source};

/// A stage of the chain, in the order a change passes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Entra Connect Sync exports an on-premises change to Entra ID.
    Export,
    /// Entra ID processes the group membership and Intune learns of it.
    GroupProcessing,
    /// Intune notifies the device (a push), or the notification is lost.
    Notification,
    /// A removal on Windows waits for a user to sign in.
    Logon,
    /// The MDM check-in that picks the change up.
    CheckIn,
    /// For apps and scripts: the Intune Management Extension check-in that installs it.
    ImeCheckIn,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 6] = [
        Stage::Export,
        Stage::GroupProcessing,
        Stage::Notification,
        Stage::Logon,
        Stage::CheckIn,
        Stage::ImeCheckIn,
    ];

    /// The stage's name in the JSON output.
    pub const fn code(self) -> &'static str {
        match self {
            Stage::Export => "export",
            Stage::GroupProcessing => "group_processing",
            Stage::Notification => "notification",
            Stage::Logon => "logon",
            Stage::CheckIn => "check_in",
            Stage::ImeCheckIn => "ime_check_in",
        }
    }
}

/// The chain's own rules: what times a stage where the device engine has no rule of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChainRule {
    /// The first completed, non-staging Entra Connect cycle whose AD import starts after the
    /// change exports it (its export to Entra ID ends the stage).
    ExportedByNextCycle,
    /// A static group's membership reaches Intune "typically within 5 minutes".
    StaticGroupProcessing,
    /// A dynamic group is re-evaluated after the attribute change: minutes to 30 minutes or
    /// longer by directory size.
    DynamicGroupProcessing,
    /// The assignment (or the group change) makes Intune notify the device, "immediately up to
    /// a few hours" later.
    AssignmentNotifies,
    /// One of the historic "three more attempts" after the first notification.
    NotificationRetry,
    /// The change's push reached the device and started a session.
    PushCheckIn,
    /// Windows takes removed settings off only after a user signs in and the device syncs: a
    /// removal waits for the first sign-in after Intune has it.
    RemovalNeedsLogon,
}

impl ChainRule {
    /// Every rule, for listings and tests.
    pub const ALL: [ChainRule; 7] = [
        ChainRule::ExportedByNextCycle,
        ChainRule::StaticGroupProcessing,
        ChainRule::DynamicGroupProcessing,
        ChainRule::AssignmentNotifies,
        ChainRule::NotificationRetry,
        ChainRule::PushCheckIn,
        ChainRule::RemovalNeedsLogon,
    ];

    /// The rule's stable name (JSON, translations).
    pub const fn code(self) -> &'static str {
        match self {
            ChainRule::ExportedByNextCycle => "exported_by_next_cycle",
            ChainRule::StaticGroupProcessing => "static_group_processing",
            ChainRule::DynamicGroupProcessing => "dynamic_group_processing",
            ChainRule::AssignmentNotifies => "assignment_notifies",
            ChainRule::NotificationRetry => "notification_retry",
            ChainRule::PushCheckIn => "push_check_in",
            ChainRule::RemovalNeedsLogon => "removal_needs_logon",
        }
    }

    /// The document the rule rests on.
    pub const fn source(self) -> &'static Source {
        match self {
            ChainRule::ExportedByNextCycle => &source::LEARN_ENTRA_SCHEDULER,
            ChainRule::StaticGroupProcessing => &source::LEARN_GROUP_TO_INTUNE,
            ChainRule::DynamicGroupProcessing => &source::LEARN_DYNAMIC_GROUPS,
            ChainRule::AssignmentNotifies
            | ChainRule::PushCheckIn
            | ChainRule::RemovalNeedsLogon => &source::LEARN_CHANGE_NOTIFICATION,
            ChainRule::NotificationRetry => &source::LEARN_THREE_MORE_ATTEMPTS,
        }
    }
}

/// The rule that set a stage's end: the chain's own, or the device engine's (the check-in that
/// picked the change up, or the channel rule that lost the push).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StageRule {
    /// A rule of the chain.
    Chain(ChainRule),
    /// A rule of the device engine.
    Device(intune::Rule),
}

impl StageRule {
    /// The rule's stable name: the chain's code, or the device rule's own code.
    pub fn code(self) -> &'static str {
        match self {
            StageRule::Chain(r) => r.code(),
            StageRule::Device(r) => r.code(),
        }
    }

    /// The document the rule rests on.
    pub fn source(self) -> &'static Source {
        match self {
            StageRule::Chain(r) => r.source(),
            StageRule::Device(r) => r.source(),
        }
    }
}

impl Serialize for StageRule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chain_rule_has_a_catalogued_source_and_a_unique_code() {
        for r in ChainRule::ALL {
            assert!(source::ALL.contains(r.source()), "{}", r.code());
        }
        let mut codes: Vec<_> = ChainRule::ALL.iter().map(|r| r.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), ChainRule::ALL.len());
    }
}
