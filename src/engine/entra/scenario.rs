//! What a user says about one Entra Connect Sync server: the scheduler's settings as
//! `Get-ADSyncScheduler` prints them, the connectors and how long their run profiles take, what
//! happens to the server over the horizon (outages, wizard sessions, manual cmdlets), and the
//! parameters for behaviour the documentation leaves open.
//!
//! These are the serde input types, kept apart from the engine's resolved values. Every field
//! has a default, so `"server": {}` is a complete server; `docs/scenario-server.md` lists each
//! field with its default and the source or choice behind it.

use serde::{Deserialize, Serialize};

use crate::engine::span::Span;
use crate::engine::time::{Delay, Instant, Period, Window};

/// An Entra Connect Sync server over the horizon.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerScenario {
    /// The scheduler's settings at the start of the horizon (what `Get-ADSyncScheduler` prints).
    #[serde(default)]
    pub scheduler: SchedulerSettings,
    /// Parameters for what the documentation does not say.
    #[serde(default)]
    pub behaviour: Behaviour,
    /// The connectors: one or more on-premises AD forests and exactly one Entra ID connector.
    #[serde(default = "default_connectors")]
    pub connectors: Vec<Connector>,
    /// How long run profiles take.
    #[serde(default)]
    pub durations: Durations,
    /// When the last completed cycle before the horizon ended; the 7-day delta rule counts
    /// from it. Absent: the horizon start (a server that has just synced).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_cycle_end: Option<Instant>,
    /// `Set-ADSyncScheduler -CustomizedSyncCycleInterval` at given instants.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interval_changes: Vec<IntervalChange>,
    /// Spans with `SyncCycleEnabled` set to `$false`; an open one ("not yet re-enabled")
    /// lasts to the horizon's end.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disabled_spans: Vec<Span>,
    /// Spans with the scheduler suspended (installation wizard open, upgrade under way); an
    /// open one has not been resumed yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suspended_spans: Vec<Span>,
    /// Spans in staging mode.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub staging_spans: Vec<Window>,
    /// Spans with the server (or its ADSync service) down; an open one is not back yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outages: Vec<Span>,
    /// `Start-ADSyncSyncCycle` and `Stop-ADSyncSyncCycle` at given instants.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub manual: Vec<ManualCommand>,
    /// `Set-ADSyncSchedulerConnectorOverride` at given instants ("I changed a sync rule at
    /// 14:00"): the next cycle that starts after it runs the full steps on that connector.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connector_overrides: Vec<ConnectorOverride>,
    /// The password hash sync lane.
    #[serde(default)]
    pub password_hash_sync: PasswordHashSync,
}

impl Default for ServerScenario {
    fn default() -> Self {
        Self {
            scheduler: SchedulerSettings::default(),
            behaviour: Behaviour::default(),
            connectors: default_connectors(),
            durations: Durations::default(),
            last_cycle_end: None,
            interval_changes: Vec::new(),
            disabled_spans: Vec::new(),
            suspended_spans: Vec::new(),
            staging_spans: Vec::new(),
            outages: Vec::new(),
            manual: Vec::new(),
            connector_overrides: Vec::new(),
            password_hash_sync: PasswordHashSync::default(),
        }
    }
}

/// The connectors an express installation creates for one forest: the forest's AD connector
/// and the tenant's Entra ID connector, named the way Synchronization Service Manager shows them.
fn default_connectors() -> Vec<Connector> {
    vec![
        Connector::new("contoso.com", ConnectorKind::Ad),
        Connector::new("contoso.onmicrosoft.com - AAD", ConnectorKind::EntraId),
    ]
}

/// The scheduler settings, field for field as `Get-ADSyncScheduler` prints them (snake_case).
/// The read-only `CurrentlyEffectiveSyncCycleInterval` and `SyncCycleInProgress` are outputs,
/// not settings; [`super::answers`] computes them.
///
/// The four switches hold for the whole horizon when set; to switch one for part of it, use the
/// matching span list on [`ServerScenario`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SchedulerSettings {
    /// The shortest interval the service allows (30 minutes).
    pub allowed_sync_cycle_interval: Period,
    /// The interval set with `Set-ADSyncScheduler -CustomizedSyncCycleInterval`, if any.
    pub customized_sync_cycle_interval: Option<Period>,
    /// Whether the next scheduled cycle is a delta or a full (initial) cycle.
    pub next_sync_cycle_policy_type: PolicyType,
    /// When the scheduler starts its next cycle. Absent: at the horizon start.
    pub next_sync_cycle_start_time_in_utc: Option<Instant>,
    /// How long run history is kept (7 days).
    pub purge_run_history_interval: Period,
    /// Whether the scheduler runs sync cycles at all.
    pub sync_cycle_enabled: bool,
    /// Whether maintenance (key renewal, run history purge) runs.
    pub maintenance_enabled: bool,
    /// Whether the server is in staging mode.
    pub staging_mode_enabled: bool,
    /// Whether the scheduler is suspended (by the wizard or an upgrade).
    pub scheduler_suspended: bool,
}

impl Default for SchedulerSettings {
    fn default() -> Self {
        Self {
            allowed_sync_cycle_interval: Period::minutes(30),
            customized_sync_cycle_interval: None,
            next_sync_cycle_policy_type: PolicyType::Delta,
            next_sync_cycle_start_time_in_utc: None,
            purge_run_history_interval: Period::days(7),
            sync_cycle_enabled: true,
            maintenance_enabled: true,
            staging_mode_enabled: false,
            scheduler_suspended: false,
        }
    }
}

impl SchedulerSettings {
    /// `CurrentlyEffectiveSyncCycleInterval` for a customized value: the larger of it and the
    /// allowed interval ("if set lower than AllowedSyncInterval, the latter is used").
    pub fn effective(&self, customized: Option<Period>) -> Period {
        customized.map_or(self.allowed_sync_cycle_interval, |c| {
            c.max(self.allowed_sync_cycle_interval)
        })
    }
}

/// `NextSyncCyclePolicyType` and `Start-ADSyncSyncCycle -PolicyType`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyType {
    /// Delta import and delta sync.
    #[default]
    #[serde(alias = "Delta")]
    Delta,
    /// Full import and full sync on every connector.
    #[serde(alias = "Initial")]
    Initial,
}

impl PolicyType {
    /// Every choice, in the order a select offers them.
    pub const ALL: [PolicyType; 2] = [PolicyType::Delta, PolicyType::Initial];
}

/// Parameters for behaviour the sources leave open. Each default is documented in
/// `docs/scenario-server.md`; events produced under a parameter cite
/// [`crate::engine::source::PARAMETER_DEFAULT`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Behaviour {
    /// Which generation of the scheduler the server runs (changes two documented behaviours).
    pub build: Build,
    /// Whether the next start counts from the previous cycle's start or its end.
    pub next_start_counted_from: CountFrom,
    /// What happens when a cycle is still running at its successor's due time.
    pub overrun: Overrun,
    /// What happens to a slot missed while the server was down, disabled or suspended.
    pub catch_up: CatchUp,
    /// With `catch_up: at_once`, how long after the block ends the catch-up cycle starts.
    pub catch_up_delay: Delay,
    /// Whether a manual cycle re-bases the schedule (community observation: yes).
    pub manual_cycle_rebases: bool,
    /// What `Start-ADSyncSyncCycle` does while `SyncCycleEnabled` is false.
    pub manual_start_while_disabled: ManualWhileDisabled,
}

impl Default for Behaviour {
    fn default() -> Self {
        Self {
            build: Build::From1_1_281,
            next_start_counted_from: CountFrom::CycleStart,
            overrun: Overrun::StartAtOnce,
            catch_up: CatchUp::AtOnce,
            catch_up_delay: Delay::ZERO,
            manual_cycle_rebases: true,
            manual_start_while_disabled: ManualWhileDisabled::Run,
        }
    }
}

/// The scheduler generation. Microsoft Learn names two behaviours that changed in 1.1.281.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Build {
    /// 1.1.281 and later: a changed interval applies at once; a stop stops the connector too.
    #[default]
    #[serde(rename = "from_1_1_281")]
    From1_1_281,
    /// Before 1.1.281: a changed interval applies after the next cycle; a stop lets the
    /// running connector finish its current step.
    #[serde(rename = "before_1_1_281")]
    Before1_1_281,
}

impl Build {
    /// Every choice, in the order a select offers them.
    pub const ALL: [Build; 2] = [Build::From1_1_281, Build::Before1_1_281];
}

/// Where the next due time counts from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CountFrom {
    /// From the previous cycle's start: a fixed grid (matches the re-basing observation).
    #[default]
    CycleStart,
    /// From the previous cycle's end: the grid drifts by each cycle's length.
    CycleEnd,
}

impl CountFrom {
    /// Every choice, in the order a select offers them.
    pub const ALL: [CountFrom; 2] = [CountFrom::CycleStart, CountFrom::CycleEnd];
}

/// When a cycle outlasts the interval.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Overrun {
    /// The due time has passed, so the next cycle starts as soon as this one ends.
    #[default]
    StartAtOnce,
    /// Slots that passed during the cycle are dropped; the next cycle waits for the next slot.
    SkipToNextSlot,
}

impl Overrun {
    /// Every choice, in the order a select offers them.
    pub const ALL: [Overrun; 2] = [Overrun::StartAtOnce, Overrun::SkipToNextSlot];
}

/// When a slot was missed because the server was down, disabled or suspended.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CatchUp {
    /// The next start is in the past, so a cycle runs as soon as the block ends.
    #[default]
    AtOnce,
    /// Missed slots are dropped; the next cycle runs at the next slot on the grid.
    NextSlot,
}

impl CatchUp {
    /// Every choice, in the order a select offers them.
    pub const ALL: [CatchUp; 2] = [CatchUp::AtOnce, CatchUp::NextSlot];
}

/// `Start-ADSyncSyncCycle` while `SyncCycleEnabled` is false.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ManualWhileDisabled {
    /// The cycle runs: the switch governs the scheduler's own cycles.
    #[default]
    Run,
    /// The cmdlet refuses.
    Rejected,
}

/// One connector (management agent) of the sync engine.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Connector {
    /// The name Synchronization Service Manager shows; unique on the server.
    pub name: String,
    /// On-premises AD or Entra ID.
    pub kind: ConnectorKind,
    /// `Set-ADSyncSchedulerConnectorOverride -FullImportRequired $true`: the next cycle runs a
    /// full import on this connector, even a delta cycle.
    #[serde(default)]
    pub full_import_required: bool,
    /// `Set-ADSyncSchedulerConnectorOverride -FullSyncRequired $true`: the same for full sync.
    #[serde(default)]
    pub full_sync_required: bool,
    /// Step lengths for this connector where they differ from `durations.per_step`.
    #[serde(default, skip_serializing_if = "StepDurationOverrides::is_empty")]
    pub durations: StepDurationOverrides,
}

impl Connector {
    /// A connector with no overrides and the server-wide step lengths.
    pub fn new(name: &str, kind: ConnectorKind) -> Self {
        Self {
            name: name.to_owned(),
            kind,
            full_import_required: false,
            full_sync_required: false,
            durations: StepDurationOverrides::default(),
        }
    }
}

/// Which directory a connector talks to; it decides the connector's place in the built-in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectorKind {
    /// An on-premises Active Directory forest.
    Ad,
    /// The Microsoft Entra ID tenant.
    EntraId,
}

impl ConnectorKind {
    /// Every choice, in the order a select offers them.
    pub const ALL: [ConnectorKind; 2] = [ConnectorKind::Ad, ConnectorKind::EntraId];
}

/// How long run profiles take.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Durations {
    /// Each run profile step has its own length (per connector where overridden).
    PerStep(StepDurations),
    /// Only whole cycles are timed; their steps share the cycle's length equally.
    PerCycle(CycleDurations),
}

impl Default for Durations {
    fn default() -> Self {
        Self::PerStep(StepDurations::default())
    }
}

impl Durations {
    /// Which way the lengths are given, without the lengths.
    pub fn kind(&self) -> DurationsKind {
        match self {
            Self::PerStep(_) => DurationsKind::PerStep,
            Self::PerCycle(_) => DurationsKind::PerCycle,
        }
    }
}

/// Which way [`Durations`] are given, without the lengths: what a select offers. Its serde
/// names are the keys of [`Durations`]' variants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DurationsKind {
    /// [`Durations::PerStep`].
    PerStep,
    /// [`Durations::PerCycle`].
    PerCycle,
}

impl DurationsKind {
    /// Every choice, in the order a select offers them.
    pub const ALL: [DurationsKind; 2] = [DurationsKind::PerStep, DurationsKind::PerCycle];
}

/// Lengths of each run profile step. Real lengths depend on the directory's size and the
/// number of changes; the defaults suit a small directory with few changes.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StepDurations {
    /// A delta import.
    pub delta_import: Delay,
    /// A full import.
    pub full_import: Delay,
    /// A delta synchronization.
    pub delta_sync: Delay,
    /// A full synchronization.
    pub full_sync: Delay,
    /// An export.
    pub export: Delay,
}

impl Default for StepDurations {
    fn default() -> Self {
        Self {
            delta_import: Delay::from_secs(30).unwrap_or(Delay::ZERO),
            full_import: Delay::minutes(5),
            delta_sync: Delay::from_secs(15).unwrap_or(Delay::ZERO),
            full_sync: Delay::minutes(5),
            export: Delay::from_secs(15).unwrap_or(Delay::ZERO),
        }
    }
}

/// A connector's own step lengths; each absent one falls back to `durations.per_step`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StepDurationOverrides {
    /// A delta import on this connector.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delta_import: Option<Delay>,
    /// A full import on this connector.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_import: Option<Delay>,
    /// A delta synchronization on this connector.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delta_sync: Option<Delay>,
    /// A full synchronization on this connector.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_sync: Option<Delay>,
    /// An export on this connector.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export: Option<Delay>,
}

impl StepDurationOverrides {
    /// Whether nothing is overridden.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The connector's lengths: its own where given, the server-wide ones otherwise.
    pub fn over(&self, base: &StepDurations) -> StepDurations {
        StepDurations {
            delta_import: self.delta_import.unwrap_or(base.delta_import),
            full_import: self.full_import.unwrap_or(base.full_import),
            delta_sync: self.delta_sync.unwrap_or(base.delta_sync),
            full_sync: self.full_sync.unwrap_or(base.full_sync),
            export: self.export.unwrap_or(base.export),
        }
    }
}

/// Lengths of whole cycles, for when only those are known (from the run history's start and
/// end times, say).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CycleDurations {
    /// A delta cycle (connector overrides do not lengthen it).
    pub delta: Delay,
    /// An initial (full) cycle.
    pub initial: Delay,
}

impl Default for CycleDurations {
    fn default() -> Self {
        Self {
            delta: Delay::minutes(2),
            initial: Delay::minutes(20),
        }
    }
}

/// `Set-ADSyncScheduler -CustomizedSyncCycleInterval` at an instant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntervalChange {
    /// When the cmdlet ran.
    pub at: Instant,
    /// The new customized interval; absent or null clears it (back to the allowed interval).
    #[serde(default)]
    pub customized_sync_cycle_interval: Option<Period>,
}

/// `Set-ADSyncSchedulerConnectorOverride -ConnectorName … -FullImportRequired $true` (or
/// `-FullSyncRequired`) at an instant. Each switch left out leaves the connector's override as
/// it was; `false` clears it. Full steps that run clear their override (Microsoft Learn).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConnectorOverride {
    /// When the cmdlet ran.
    pub at: Instant,
    /// The connector's name, as in `connectors`.
    pub connector: String,
    /// `-FullImportRequired`: `true` asks for a full import, `false` clears the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_import_required: Option<bool>,
    /// `-FullSyncRequired`: `true` asks for a full sync, `false` clears the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_sync_required: Option<bool>,
}

/// A manual cmdlet at an instant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManualCommand {
    /// When the cmdlet ran.
    pub at: Instant,
    /// Which cmdlet.
    pub command: Command,
}

/// The manual cmdlets the engine knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// `Start-ADSyncSyncCycle -PolicyType Delta`.
    StartDelta,
    /// `Start-ADSyncSyncCycle -PolicyType Initial`.
    StartInitial,
    /// `Stop-ADSyncSyncCycle`.
    Stop,
}

/// The password hash sync lane.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PasswordHashSync {
    /// Whether password hash sync is configured on this server.
    pub enabled: bool,
    /// How often it runs ("about every 2 minutes").
    pub every: Period,
}

impl Default for PasswordHashSync {
    fn default() -> Self {
        Self {
            enabled: true,
            every: Period::minutes(2),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_server_gets_every_default() {
        let s: ServerScenario = serde_json::from_str("{}").unwrap();
        assert_eq!(s, ServerScenario::default());
        assert_eq!(s.scheduler.allowed_sync_cycle_interval, Period::minutes(30));
        assert_eq!(s.scheduler.purge_run_history_interval, Period::days(7));
        assert_eq!(s.connectors.len(), 2);
        assert_eq!(s.behaviour.catch_up, CatchUp::AtOnce);
    }

    #[test]
    fn unknown_fields_are_refused_at_every_level() {
        for json in [
            r#"{"bogus": 1}"#,
            r#"{"scheduler": {"bogus": 1}}"#,
            r#"{"behaviour": {"bogus": 1}}"#,
            r#"{"durations": {"per_step": {"bogus": "PT1M"}}}"#,
            r#"{"connectors": [{"name": "a", "kind": "ad", "bogus": true}]}"#,
        ] {
            assert!(
                serde_json::from_str::<ServerScenario>(json).is_err(),
                "{json}"
            );
        }
    }

    #[test]
    fn powershell_spellings_are_read() {
        let json = r#"{"scheduler": {"next_sync_cycle_policy_type": "Initial",
            "customized_sync_cycle_interval": "1.00:00:00",
            "purge_run_history_interval": "7.00:00:00"}}"#;
        let s: ServerScenario = serde_json::from_str(json).unwrap();
        assert_eq!(s.scheduler.next_sync_cycle_policy_type, PolicyType::Initial);
        assert_eq!(
            s.scheduler.customized_sync_cycle_interval,
            Some(Period::days(1))
        );
    }

    #[test]
    fn effective_interval_is_the_larger_of_customized_and_allowed() {
        let s = SchedulerSettings::default();
        assert_eq!(s.effective(None), Period::minutes(30));
        assert_eq!(s.effective(Some(Period::minutes(10))), Period::minutes(30));
        assert_eq!(s.effective(Some(Period::hours(3))), Period::hours(3));
    }

    #[test]
    fn connector_overrides_fall_back_field_by_field() {
        let base = StepDurations::default();
        let o = StepDurationOverrides {
            full_import: Some(Delay::minutes(60)),
            ..Default::default()
        };
        let d = o.over(&base);
        assert_eq!(d.full_import, Delay::minutes(60));
        assert_eq!(d.delta_import, base.delta_import);
    }
}
