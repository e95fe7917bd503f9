//! A change the admin made ("I assigned the policy at 10:05", "I changed a sync rule at
//! 14:00"), as part of the scenario. It lives in the scenario, not beside it, because it
//! changes the answers people read: a plan shared as a link or a file must carry it, or the
//! colleague who opens it reads another answer than the sender did.
//!
//! Where the change was made decides its first stage (`../shared/docs/change-chain.md`): an
//! on-premises change waits for the Entra Connect cycle that exports it, so it needs the plan's
//! server; a change made in Entra ID or in Intune skips that stage.

use serde::{Deserialize, Serialize};

use super::error::{Bound, Problem, ScenarioError};
use super::time::{Delay, Instant};

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
    /// Static group processing, Entra ID → Intune (Microsoft Learn, "Performance
    /// recommendations for filters": "typically within 5 minutes", H). Default 0 to 5 min.
    #[serde(
        default = "ChangeRange::static_group",
        skip_serializing_if = "ChangeRange::is_static_group"
    )]
    pub static_group: ChangeRange,
    /// Dynamic group processing after an attribute change (Microsoft Learn, "Troubleshoot
    /// dynamic membership groups": less than a few minutes in small directories, 30 minutes or
    /// longer in large ones, H). Default 0 to 30 min; up to 24 h after a rule change.
    #[serde(
        default = "ChangeRange::dynamic_group",
        skip_serializing_if = "ChangeRange::is_dynamic_group"
    )]
    pub dynamic_group: ChangeRange,
    /// From the change reaching Intune to Intune sending the device its notification
    /// (Microsoft Learn, "Troubleshoot device profiles": "immediately up to a few hours", H;
    /// Intune's team: 90 % of changes in under an hour, M). Default 0 to 1 h.
    #[serde(
        default = "ChangeRange::notification",
        skip_serializing_if = "ChangeRange::is_notification"
    )]
    pub notification: ChangeRange,
    /// Further notifications when the device does not check in after the first: the "three
    /// more attempts" of the 2024 revision of "Troubleshoot device profiles" (removed since, H
    /// historic). Default 0 (today's documentation); at most 3.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub retries: u8,
    /// The spacing of those attempts: never documented (parameter, L). Default 1 h.
    #[serde(
        default = "default_retry_spacing",
        skip_serializing_if = "is_default_retry_spacing"
    )]
    pub retry_spacing: Delay,
    /// The seed of the forecast's sampling: the same seed gives the same forecast.
    #[serde(default = "default_seed", skip_serializing_if = "is_default_seed")]
    pub seed: u64,
}

/// A length of time the sources give only as a range: sampled uniformly between `min` and
/// `max` (both included).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeRange {
    /// The shortest.
    pub min: Delay,
    /// The longest.
    pub max: Delay,
}

/// The longest a range may reach: two days, beyond the 24 h the sources give for a new
/// dynamic rule, so sampling stays inside any horizon worth reading.
pub const MAX_CHANGE_RANGE: Delay = Delay::minutes(2 * 24 * 60);

/// The most further notifications: the historic documentation's three.
pub const MAX_RETRIES: u8 = 3;

/// The seed used when the scenario gives none.
pub const DEFAULT_SEED: u64 = 1;

fn default_seed() -> u64 {
    DEFAULT_SEED
}
fn is_default_seed(s: &u64) -> bool {
    *s == DEFAULT_SEED
}
fn is_zero(n: &u8) -> bool {
    *n == 0
}
fn default_retry_spacing() -> Delay {
    Delay::minutes(60)
}
fn is_default_retry_spacing(d: &Delay) -> bool {
    *d == default_retry_spacing()
}

impl ChangeRange {
    /// A range from `min` to `max` minutes (for constants and tests).
    pub const fn minutes(min: u32, max: u32) -> Self {
        Self {
            min: Delay::minutes(min),
            max: Delay::minutes(max),
        }
    }
    /// The default static group processing: 0 to 5 min.
    pub const fn static_group() -> Self {
        Self::minutes(0, 5)
    }
    /// The default dynamic group processing: 0 to 30 min.
    pub const fn dynamic_group() -> Self {
        Self::minutes(0, 30)
    }
    /// The default notification delay: 0 to 1 h.
    pub const fn notification() -> Self {
        Self::minutes(0, 60)
    }
    fn is_static_group(&self) -> bool {
        *self == Self::static_group()
    }
    fn is_dynamic_group(&self) -> bool {
        *self == Self::dynamic_group()
    }
    fn is_notification(&self) -> bool {
        *self == Self::notification()
    }

    /// Checks `min <= max <= MAX_CHANGE_RANGE`, reporting at `path`.
    fn validate(&self, path: &str) -> Result<(), ScenarioError> {
        if self.max > MAX_CHANGE_RANGE {
            let problem = Problem::OutOfRange {
                min: Bound::Length(Delay::ZERO),
                max: Bound::Length(MAX_CHANGE_RANGE),
            };
            return Err(ScenarioError::new(format!("{path}.max"), problem));
        }
        if self.min > self.max {
            let problem = Problem::OutOfRange {
                min: Bound::Length(Delay::ZERO),
                max: Bound::Length(self.max),
            };
            return Err(ScenarioError::new(format!("{path}.min"), problem));
        }
        Ok(())
    }
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
        Self::new(at, ChangeOrigin::OnPremises, ChangeKind::Policy)
    }

    /// A change with every range at its documented default.
    pub fn new(at: Instant, origin: ChangeOrigin, kind: ChangeKind) -> Self {
        Self {
            at,
            origin,
            kind,
            static_group: ChangeRange::static_group(),
            dynamic_group: ChangeRange::dynamic_group(),
            notification: ChangeRange::notification(),
            retries: 0,
            retry_spacing: default_retry_spacing(),
            seed: DEFAULT_SEED,
        }
    }

    /// Checks the ranges (the instant and the origin are checked with the scenario).
    pub fn validate_ranges(&self) -> Result<(), ScenarioError> {
        self.static_group.validate("change.static_group")?;
        self.dynamic_group.validate("change.dynamic_group")?;
        self.notification.validate("change.notification")?;
        if self.retries > MAX_RETRIES {
            let problem = Problem::OutOfRange {
                min: Bound::Number(0),
                max: Bound::Number(u64::from(MAX_RETRIES)),
            };
            return Err(ScenarioError::new("change.retries", problem));
        }
        if self.retry_spacing < Delay::minutes(1) || self.retry_spacing > MAX_CHANGE_RANGE {
            let problem = Problem::OutOfRange {
                min: Bound::Length(Delay::minutes(1)),
                max: Bound::Length(MAX_CHANGE_RANGE),
            };
            return Err(ScenarioError::new("change.retry_spacing", problem));
        }
        Ok(())
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
        assert_eq!(c, Change::on_premises(c.at));
        assert!(
            serde_json::from_str::<Change>(r#"{"at": "2026-12-08T10:05:00Z", "origin": "mars"}"#)
                .is_err()
        );
    }
}

#[cfg(test)]
mod range_tests {
    use super::*;

    #[test]
    fn ranges_round_trip_and_are_checked() {
        let text = r#"{"at": "2026-12-08T10:05:00Z", "origin": "entra_group",
            "static_group": {"min": "PT1M", "max": "PT10M"}, "retries": 2, "seed": 9}"#;
        let c: Change = serde_json::from_str(text).unwrap();
        assert_eq!(c.static_group, ChangeRange::minutes(1, 10));
        assert_eq!((c.retries, c.seed), (2, 9));
        let back: Change = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
        assert_eq!(back, c);
        assert!(c.validate_ranges().is_ok());
        let mut bad = c;
        bad.notification = ChangeRange::minutes(30, 10);
        assert_eq!(
            bad.validate_ranges().unwrap_err().at,
            "change.notification.min"
        );
        let mut bad = c;
        bad.retries = 4;
        assert_eq!(bad.validate_ranges().unwrap_err().at, "change.retries");
    }
}
