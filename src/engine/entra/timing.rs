//! How long a cycle and each of its run profile steps take, and in which order the steps run.
//!
//! A year of 30-minute cycles on a few connectors is hundreds of thousands of steps, so the
//! simulation only stores each cycle's plan (policy, full-step masks, staging) and this
//! module rebuilds the steps on demand: when they are serialized, when the UI opens a cycle, or
//! when an answer needs the end of the export to Entra ID.

use serde::Serialize;

use super::rules::Rule;
use super::scenario::{ConnectorKind, Durations, PolicyType, ServerScenario, StepDurations};
use crate::engine::time::{Delay, Instant};

/// The most connectors a server may have: full-step overrides are kept as 64-bit masks. Real
/// servers have a handful (one per forest plus Entra ID).
pub const MAX_CONNECTORS: usize = 64;

/// What a cycle was asked to do; enough to rebuild its steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Plan {
    /// Delta or initial.
    pub policy: PolicyType,
    /// Connectors (by bit) whose import is full.
    pub full_import: u64,
    /// Connectors (by bit) whose synchronization is full.
    pub full_sync: u64,
    /// Whether the cycle ran in staging mode (exports suppressed).
    pub staging: bool,
}

/// Which run profile a step runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RunProfile {
    /// Full import.
    FullImport,
    /// Delta import.
    DeltaImport,
    /// Full synchronization.
    FullSync,
    /// Delta synchronization.
    DeltaSync,
    /// Export.
    Export,
}

/// How a step ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    /// It ran to its end.
    Completed,
    /// `Stop-ADSyncSyncCycle` cut it short.
    Stopped,
    /// The server went down during it.
    Interrupted,
    /// An export in staging mode: not run.
    Suppressed,
}

/// One run profile step of a cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The run profile.
    pub profile: RunProfile,
    /// Index of the connector in the report's `connectors`.
    pub connector: u16,
    /// When the step started.
    pub start: Instant,
    /// When it ended (equal to `start` for suppressed exports).
    pub end: Instant,
    /// How it ended.
    pub status: StepStatus,
    /// Why it ran this way (delta, full by policy, full by override, suppressed).
    pub rule: Rule,
}

/// The three kinds of step, in the order a cycle runs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Import,
    Sync,
    Export,
}

/// Step lengths in seconds for one connector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Secs {
    delta_import: u64,
    full_import: u64,
    delta_sync: u64,
    full_sync: u64,
    export: u64,
}

impl From<StepDurations> for Secs {
    fn from(d: StepDurations) -> Self {
        let s = |d: Delay| u64::from(d.secs());
        Self {
            delta_import: s(d.delta_import),
            full_import: s(d.full_import),
            delta_sync: s(d.delta_sync),
            full_sync: s(d.full_sync),
            export: s(d.export),
        }
    }
}

/// How long steps take.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Lengths {
    /// Per connector, per profile.
    PerStep(Vec<Secs>),
    /// Whole cycles; steps share the length equally.
    PerCycle { delta: u64, initial: u64 },
}

/// The resolved timing of a server's cycles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Timing {
    /// The built-in order: import AD, import Entra ID, sync AD, sync Entra ID, export to
    /// Entra ID, export to AD (several AD connectors keep their listed order).
    order: Vec<(Phase, u16)>,
    lengths: Lengths,
    /// Cycle lengths without overrides, indexed by `[initial as usize][staging as usize]`:
    /// almost every cycle is one of these four, so the hot loop needs no step walk.
    plain: [[u64; 2]; 2],
    /// Index of the Entra ID connector.
    entra: u16,
    /// Every connector's bit.
    all: u64,
}

impl Timing {
    /// Resolves the scenario's connectors and durations. Expects a validated scenario (at most
    /// [`MAX_CONNECTORS`] connectors, exactly one Entra ID connector).
    pub fn new(server: &ServerScenario) -> Self {
        let kinds: Vec<ConnectorKind> = server.connectors.iter().map(|c| c.kind).collect();
        let ad: Vec<u16> = (0..kinds.len() as u16)
            .filter(|&i| kinds[usize::from(i)] == ConnectorKind::Ad)
            .collect();
        let entra = (0..kinds.len() as u16)
            .find(|&i| kinds[usize::from(i)] == ConnectorKind::EntraId)
            .unwrap_or(0);
        let mut order = Vec::with_capacity(kinds.len() * 3);
        order.extend(ad.iter().map(|&i| (Phase::Import, i)));
        order.push((Phase::Import, entra));
        order.extend(ad.iter().map(|&i| (Phase::Sync, i)));
        order.push((Phase::Sync, entra));
        order.push((Phase::Export, entra));
        order.extend(ad.iter().map(|&i| (Phase::Export, i)));

        let lengths = match &server.durations {
            Durations::PerStep(base) => Lengths::PerStep(
                server
                    .connectors
                    .iter()
                    .map(|c| Secs::from(c.durations.over(base)))
                    .collect(),
            ),
            Durations::PerCycle(c) => Lengths::PerCycle {
                delta: u64::from(c.delta.secs()),
                initial: u64::from(c.initial.secs()),
            },
        };
        let all = if kinds.len() >= 64 {
            u64::MAX
        } else {
            (1u64 << kinds.len()) - 1
        };
        let mut timing = Self {
            order,
            lengths,
            plain: [[0; 2]; 2],
            entra,
            all,
        };
        for initial in [false, true] {
            for staging in [false, true] {
                let plan = timing.plan(
                    if initial {
                        PolicyType::Initial
                    } else {
                        PolicyType::Delta
                    },
                    0,
                    0,
                    staging,
                );
                timing.plain[usize::from(initial)][usize::from(staging)] =
                    timing.walk_length(&plan);
            }
        }
        timing
    }

    /// A plan for a cycle: an initial cycle runs full steps everywhere, a delta cycle only where
    /// an override asks.
    pub fn plan(
        &self,
        policy: PolicyType,
        full_import: u64,
        full_sync: u64,
        staging: bool,
    ) -> Plan {
        match policy {
            PolicyType::Initial => Plan {
                policy,
                full_import: self.all,
                full_sync: self.all,
                staging,
            },
            PolicyType::Delta => Plan {
                policy,
                full_import,
                full_sync,
                staging,
            },
        }
    }

    /// How long a cycle with this plan lasts when nothing cuts it short, in seconds.
    pub fn length(&self, plan: &Plan) -> u64 {
        let initial = plan.policy == PolicyType::Initial;
        if initial || (plan.full_import | plan.full_sync) == 0 {
            return self.plain[usize::from(initial)][usize::from(plan.staging)];
        }
        self.walk_length(plan)
    }

    fn walk_length(&self, plan: &Plan) -> u64 {
        self.spans(*plan).last().map_or(0, |(_, _, _, end)| end)
    }

    /// Each step's (phase, connector, offset of start, offset of end) in seconds from the
    /// cycle's start, in order.
    fn spans(&self, plan: Plan) -> impl Iterator<Item = (Phase, u16, u64, u64)> + '_ {
        let suppressed = move |phase| plan.staging && phase == Phase::Export;
        // Per-cycle lengths: the steps that run share the cycle's length; step j of n ends at
        // total * (j + 1) / n, so rounding never makes the cycle longer or shorter.
        let (total, running) = match self.lengths {
            Lengths::PerCycle { delta, initial } => {
                let total = if plan.policy == PolicyType::Initial {
                    initial
                } else {
                    delta
                };
                let n = self.order.iter().filter(|(p, _)| !suppressed(*p)).count() as u64;
                (total, n.max(1))
            }
            Lengths::PerStep(_) => (0, 1),
        };
        let mut at = 0u64;
        let mut ran = 0u64;
        self.order.iter().map(move |&(phase, c)| {
            let start = at;
            if !suppressed(phase) {
                at = match &self.lengths {
                    Lengths::PerStep(secs) => {
                        let s = secs[usize::from(c)];
                        let bit = 1u64 << c;
                        at + match phase {
                            Phase::Import if plan.full_import & bit != 0 => s.full_import,
                            Phase::Import => s.delta_import,
                            Phase::Sync if plan.full_sync & bit != 0 => s.full_sync,
                            Phase::Sync => s.delta_sync,
                            Phase::Export => s.export,
                        }
                    }
                    Lengths::PerCycle { .. } => {
                        ran += 1;
                        total * ran / running
                    }
                };
            }
            (phase, c, start, at)
        })
    }

    /// The steps of a cycle that started at `start` with this plan. A cycle cut short at `end`
    /// (`cut` gives how) keeps the steps that had started, the last one marked with `cut`.
    pub fn steps(
        &self,
        plan: &Plan,
        start: Instant,
        end: Instant,
        cut: Option<StepStatus>,
    ) -> impl Iterator<Item = Step> + '_ {
        let plan = *plan;
        let secs = |s: u64| chrono::TimeDelta::seconds(s as i64);
        self.spans(plan)
            .map(move |(phase, c, a, b)| (phase, c, start + secs(a), start + secs(b)))
            // A step that had not started when the cycle was cut never ran.
            .take_while(move |&(_, _, a, _)| cut.is_none() || a < end)
            .map(move |(phase, c, a, b)| {
                let bit = 1u64 << c;
                let initial = plan.policy == PolicyType::Initial;
                let (profile, full) = match phase {
                    Phase::Import if plan.full_import & bit != 0 => (RunProfile::FullImport, true),
                    Phase::Import => (RunProfile::DeltaImport, false),
                    Phase::Sync if plan.full_sync & bit != 0 => (RunProfile::FullSync, true),
                    Phase::Sync => (RunProfile::DeltaSync, false),
                    Phase::Export => (RunProfile::Export, false),
                };
                let rule = match (phase, full, initial) {
                    (Phase::Export, _, _) if plan.staging => Rule::StagingSuppressesExport,
                    (_, true, true) => Rule::InitialPolicy,
                    (_, true, false) => Rule::ConnectorOverride,
                    _ => Rule::StepOrder,
                };
                let (status, b) = match cut {
                    _ if phase == Phase::Export && plan.staging => (StepStatus::Suppressed, b),
                    Some(how) if b > end => (how, end),
                    _ => (StepStatus::Completed, b),
                };
                Step {
                    profile,
                    connector: c,
                    start: a,
                    end: b,
                    status,
                    rule,
                }
            })
    }

    /// When the step under way at `t` ends, for a cycle that started at `start`: where a stop
    /// takes effect on builds before 1.1.281. `t` past the last step gives the cycle's end.
    pub fn step_end_after(&self, plan: &Plan, start: Instant, t: Instant) -> Instant {
        let offset = (t - start).num_seconds().max(0) as u64;
        let end = self
            .spans(*plan)
            .map(|(_, _, _, b)| b)
            .find(|&b| b > offset)
            .unwrap_or_else(|| self.walk_length(plan));
        start + chrono::TimeDelta::seconds(end as i64)
    }

    /// When the export to Entra ID ends, for a cycle that started at `start`.
    pub fn entra_export_end(&self, plan: &Plan, start: Instant) -> Instant {
        let end = self
            .spans(*plan)
            .find(|&(p, c, _, _)| p == Phase::Export && c == self.entra)
            .map_or(0, |(_, _, _, b)| b);
        start + chrono::TimeDelta::seconds(end as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::entra::scenario::{Connector, CycleDurations, StepDurationOverrides};

    fn t0() -> Instant {
        "2026-01-01T00:00:00Z".parse().unwrap()
    }

    fn three_connectors() -> ServerScenario {
        ServerScenario {
            connectors: vec![
                Connector::new("A", ConnectorKind::Ad),
                Connector::new("AAD", ConnectorKind::EntraId),
                Connector::new("B", ConnectorKind::Ad),
            ],
            ..Default::default()
        }
    }

    #[test]
    fn steps_follow_the_built_in_order() {
        let timing = Timing::new(&three_connectors());
        let plan = timing.plan(PolicyType::Delta, 0, 0, false);
        let steps: Vec<_> = timing.steps(&plan, t0(), t0(), None).collect();
        let seen: Vec<(RunProfile, u16)> = steps.iter().map(|s| (s.profile, s.connector)).collect();
        use RunProfile::*;
        assert_eq!(
            seen,
            [
                (DeltaImport, 0),
                (DeltaImport, 2),
                (DeltaImport, 1),
                (DeltaSync, 0),
                (DeltaSync, 2),
                (DeltaSync, 1),
                (Export, 1),
                (Export, 0),
                (Export, 2),
            ]
        );
        // Steps follow each other without gaps, and the last one ends with the cycle.
        for pair in steps.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
        }
        let len = chrono::TimeDelta::seconds(timing.length(&plan) as i64);
        assert_eq!(steps.last().unwrap().end, t0() + len);
        // Defaults: 3 × (30 s + 15 s + 15 s).
        assert_eq!(timing.length(&plan), 180);
    }

    #[test]
    fn overrides_make_single_steps_full_and_staging_suppresses_exports() {
        let timing = Timing::new(&three_connectors());
        let plan = timing.plan(PolicyType::Delta, 0b100, 0b001, true);
        let steps: Vec<_> = timing.steps(&plan, t0(), t0(), None).collect();
        let b_import = steps.iter().find(|s| s.connector == 2).unwrap();
        assert_eq!(
            (b_import.profile, b_import.rule),
            (RunProfile::FullImport, Rule::ConnectorOverride)
        );
        let a_sync = steps
            .iter()
            .find(|s| s.connector == 0 && s.profile != RunProfile::DeltaImport);
        assert_eq!(a_sync.unwrap().profile, RunProfile::FullSync);
        for s in steps.iter().filter(|s| s.profile == RunProfile::Export) {
            assert_eq!(
                (s.status, s.rule),
                (StepStatus::Suppressed, Rule::StagingSuppressesExport)
            );
            assert_eq!(s.start, s.end);
        }
        // 3 imports (30, 300, 30) + 3 syncs (300, 15, 15), no exports.
        assert_eq!(timing.length(&plan), 690);
    }

    #[test]
    fn initial_plans_are_full_everywhere() {
        let timing = Timing::new(&three_connectors());
        let plan = timing.plan(PolicyType::Initial, 0, 0, false);
        assert!(timing.steps(&plan, t0(), t0(), None).all(|s| matches!(
            (s.profile, s.rule),
            (
                RunProfile::FullImport | RunProfile::FullSync,
                Rule::InitialPolicy
            ) | (RunProfile::Export, Rule::StepOrder)
        )));
        assert_eq!(timing.length(&plan), 3 * (300 + 300 + 15));
    }

    #[test]
    fn per_connector_lengths_override_the_server_wide_ones() {
        let mut s = three_connectors();
        s.connectors[1].durations = StepDurationOverrides {
            export: Some(Delay::minutes(10)),
            ..Default::default()
        };
        let timing = Timing::new(&s);
        let plan = timing.plan(PolicyType::Delta, 0, 0, false);
        assert_eq!(timing.length(&plan), 180 - 15 + 600);
        // The export to Entra ID is the seventh step: 3 imports, 3 syncs, then it.
        let end = timing.entra_export_end(&plan, t0());
        assert_eq!(
            end,
            t0() + chrono::TimeDelta::seconds(3 * 30 + 3 * 15 + 600)
        );
    }

    #[test]
    fn per_cycle_lengths_are_shared_exactly() {
        let mut s = three_connectors();
        s.durations = Durations::PerCycle(CycleDurations {
            delta: Delay::from_secs(100).unwrap(),
            initial: Delay::minutes(30),
        });
        let timing = Timing::new(&s);
        let plan = timing.plan(PolicyType::Delta, 0, 0, false);
        assert_eq!(timing.length(&plan), 100);
        let staged = timing.plan(PolicyType::Delta, 0, 0, true);
        assert_eq!(timing.length(&staged), 100);
        assert_eq!(
            timing.length(&timing.plan(PolicyType::Initial, 0, 0, false)),
            1800
        );
        // Overrides do not lengthen a per-cycle delta cycle.
        assert_eq!(
            timing.length(&timing.plan(PolicyType::Delta, 1, 1, false)),
            100
        );
    }

    #[test]
    fn a_cut_cycle_keeps_only_the_steps_that_had_started() {
        let timing = Timing::new(&three_connectors());
        let plan = timing.plan(PolicyType::Delta, 0, 0, false);
        let cut_at = t0() + chrono::TimeDelta::seconds(40);
        let steps: Vec<_> = timing
            .steps(&plan, t0(), cut_at, Some(StepStatus::Stopped))
            .collect();
        assert_eq!(steps.len(), 2);
        assert_eq!(steps[0].status, StepStatus::Completed);
        assert_eq!(
            (steps[1].status, steps[1].end),
            (StepStatus::Stopped, cut_at)
        );
        // Before 1.1.281 the stop waits for the step under way: the second import, to 60 s.
        assert_eq!(
            timing.step_end_after(&plan, t0(), cut_at),
            t0() + chrono::TimeDelta::seconds(60)
        );
    }
}
