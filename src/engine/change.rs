//! A change the admin made ("I assigned the policy at 10:05", "I changed a sync rule at
//! 14:00"), as part of the scenario. It lives in the scenario, not beside it, because it
//! changes the answers people read: a plan shared as a link or a file must carry it, or the
//! colleague who opens it reads another answer than the sender did.
//!
//! Where the change was made decides its first stage (`../shared/docs/change-chain.md`): an
//! on-premises change waits for the Entra Connect cycle that exports it, so it needs the plan's
//! server; a change made in Entra ID or in Intune skips that stage.

use serde::{Deserialize, Serialize};

use super::time::Instant;

/// A change, made at an instant, somewhere, of some kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// When it was made (UTC).
    pub at: Instant,
    /// Where it was made: the first stage of its way to the device.
    pub origin: ChangeOrigin,
    /// What it is: decides which check-in picks it up.
    #[serde(default)]
    pub kind: ChangeKind,
}

/// Where a change was made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeOrigin {
    /// In Intune itself: a policy, profile or app assigned or edited.
    #[default]
    Intune,
    /// A membership change of a static Entra ID group.
    EntraGroup,
    /// An attribute change that a dynamic Entra ID group's rule reads.
    EntraDynamicGroup,
    /// In on-premises Active Directory: Entra Connect Sync must export it first.
    OnPremises,
}

/// What a change is, which decides the check-in that picks it up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// An MDM policy or profile: lands at an MDM check-in.
    #[default]
    Policy,
    /// A Win32 app, script or remediation: lands at an Intune Management Extension check-in.
    App,
    /// A removal from a group: the settings are taken off the device.
    Removal,
}

impl ChangeOrigin {
    /// Every origin, in the order the interface lists them.
    pub const ALL: [ChangeOrigin; 4] = [
        ChangeOrigin::Intune,
        ChangeOrigin::EntraGroup,
        ChangeOrigin::EntraDynamicGroup,
        ChangeOrigin::OnPremises,
    ];

    /// Whether the change must first be exported by Entra Connect Sync.
    pub fn needs_server(self) -> bool {
        self == ChangeOrigin::OnPremises
    }
}

impl ChangeKind {
    /// Every kind, in the order the interface lists them.
    pub const ALL: [ChangeKind; 3] = [ChangeKind::Policy, ChangeKind::App, ChangeKind::Removal];
}

impl Change {
    /// A change made on-premises at `at` (an edit in Active Directory): the server's question.
    pub fn on_premises(at: Instant) -> Self {
        Self {
            at,
            origin: ChangeOrigin::OnPremises,
            kind: ChangeKind::Policy,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_issue_s_json_shape_and_defaults_the_kind() {
        let c: Change =
            serde_json::from_str(r#"{"at": "2026-12-08T10:05:00Z", "origin": "on_premises"}"#)
                .unwrap();
        assert_eq!(c.origin, ChangeOrigin::OnPremises);
        assert_eq!(c.kind, ChangeKind::Policy);
        assert!(c.origin.needs_server());
        let text = serde_json::to_string(&c).unwrap();
        assert_eq!(
            text,
            r#"{"at":"2026-12-08T10:05:00Z","origin":"on_premises","kind":"policy"}"#
        );
        assert!(
            serde_json::from_str::<Change>(r#"{"at": "2026-12-08T10:05:00Z", "origin": "mars"}"#)
                .is_err()
        );
    }
}
