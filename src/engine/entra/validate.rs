//! Checks on a server scenario that its types cannot express: list lengths, spans and instants
//! inside the horizon, spans of one kind that overlap, connector names and kinds, cycle lengths.
//! Each error names the offending field with a path starting at `server.`, so the UI can mark
//! the very input.

use super::scenario::{ConnectorKind, Durations, ServerScenario};
use super::timing::MAX_CONNECTORS;
use crate::engine::error::{Bound, NameProblem, Problem, ScenarioError, check_len};
use crate::engine::limits::{EARLIEST_SECS, MAX_LIST_LEN, in_era};
use crate::engine::order::sort_by_instant;
use crate::engine::span::{Span, close_all};
use crate::engine::time::{Delay, Instant, Period, Window};

/// The longest connector name accepted, in characters.
const MAX_NAME_CHARS: usize = 256;

impl ServerScenario {
    /// Checks the server against the horizon.
    pub fn validate(&self, horizon: &Window) -> Result<(), ScenarioError> {
        self.validate_connectors()?;
        self.validate_durations()?;
        let anchor = "server.scheduler.next_sync_cycle_start_time_in_utc";
        if let Some(t) = self.scheduler.next_sync_cycle_start_time_in_utc
            && !in_era(t)
        {
            return Err(ScenarioError::new(anchor, era_problem()));
        }
        if let Some(t) = self.last_cycle_end
            && (!in_era(t) || t > horizon.start())
        {
            let problem = Problem::OutOfRange {
                min: Bound::Instant(Instant::from_timestamp(EARLIEST_SECS, 0).unwrap_or_default()),
                max: Bound::Instant(horizon.start()),
            };
            return Err(ScenarioError::new("server.last_cycle_end", problem));
        }
        let staging: Vec<Span> = self.staging_spans.iter().copied().map(Span::from).collect();
        for (name, spans) in [
            ("server.disabled_spans", &self.disabled_spans),
            ("server.suspended_spans", &self.suspended_spans),
            ("server.staging_spans", &staging),
            ("server.outages", &self.outages),
        ] {
            validate_spans(name, spans, horizon)?;
        }
        check_len("server.manual", &self.manual, MAX_LIST_LEN)?;
        let manual = self.manual.iter().map(|m| m.at);
        validate_instants("server.manual", manual, horizon)?;
        check_len(
            "server.interval_changes",
            &self.interval_changes,
            MAX_LIST_LEN,
        )?;
        let changes = self.interval_changes.iter().map(|c| c.at);
        validate_instants("server.interval_changes", changes, horizon)?;
        check_len(
            "server.connector_overrides",
            &self.connector_overrides,
            MAX_LIST_LEN,
        )?;
        let overrides = self.connector_overrides.iter().map(|o| o.at);
        validate_instants("server.connector_overrides", overrides, horizon)?;
        for (i, o) in self.connector_overrides.iter().enumerate() {
            if super::simulate::connector_index(self, &o.connector).is_none() {
                return Err(ScenarioError::new(
                    format!("server.connector_overrides[{i}].connector"),
                    Problem::BadName {
                        reason: NameProblem::Unknown,
                    },
                ));
            }
        }
        Ok(())
    }

    fn validate_connectors(&self) -> Result<(), ScenarioError> {
        check_len("server.connectors", &self.connectors, MAX_CONNECTORS)?;
        let bad = |i: usize, reason: NameProblem| {
            Err(ScenarioError::new(
                format!("server.connectors[{i}].name"),
                Problem::BadName { reason },
            ))
        };
        for (i, c) in self.connectors.iter().enumerate() {
            let name = c.name.trim();
            if name.is_empty() {
                return bad(i, NameProblem::Empty);
            }
            if name.chars().count() > MAX_NAME_CHARS {
                return bad(
                    i,
                    NameProblem::TooLong {
                        max: MAX_NAME_CHARS,
                    },
                );
            }
            // Synchronization Service Manager treats connector names case-insensitively.
            let twice = self.connectors[..i]
                .iter()
                .any(|o| o.name.trim().eq_ignore_ascii_case(name));
            if twice {
                return bad(i, NameProblem::Duplicate);
            }
        }
        let count = |kind| self.connectors.iter().filter(|c| c.kind == kind).count();
        let range = |min: usize, max: usize| Problem::OutOfRange {
            min: Bound::Number(min as u64),
            max: Bound::Number(max as u64),
        };
        // A server syncs one tenant: exactly one Entra ID connector, and at least one forest.
        if count(ConnectorKind::EntraId) != 1 {
            return Err(ScenarioError::new("server.connectors", range(1, 1)));
        }
        if count(ConnectorKind::Ad) == 0 {
            return Err(ScenarioError::new(
                "server.connectors",
                range(1, MAX_CONNECTORS - 1),
            ));
        }
        Ok(())
    }

    /// Per-connector step lengths need per-step timing (with per-cycle timing they would be
    /// silently ignored). The longest cycle the durations allow (every step full) must fit in
    /// [`Period::MAX`], so that no cycle ends past the era whatever the inputs.
    fn validate_durations(&self) -> Result<(), ScenarioError> {
        let longest: u64 = match &self.durations {
            Durations::PerCycle(c) => {
                if let Some(i) = self.connectors.iter().position(|c| !c.durations.is_empty()) {
                    let with = "server.durations".to_owned();
                    let at = format!("server.connectors[{i}].durations");
                    return Err(ScenarioError::new(at, Problem::Conflict { with }));
                }
                u64::from(c.delta.secs().max(c.initial.secs()))
            }
            Durations::PerStep(base) => self
                .connectors
                .iter()
                .map(|c| {
                    let d = c.durations.over(base);
                    u64::from(d.full_import.secs().max(d.delta_import.secs()))
                        + u64::from(d.full_sync.secs().max(d.delta_sync.secs()))
                        + u64::from(d.export.secs())
                })
                .sum(),
        };
        if longest > u64::from(Period::MAX.secs()) {
            let problem = Problem::OutOfRange {
                min: Bound::Length(Delay::ZERO),
                max: Bound::Length(Period::MAX.into()),
            };
            return Err(ScenarioError::new("server.durations", problem));
        }
        Ok(())
    }
}

fn era_problem() -> Problem {
    Problem::outside_era()
}

/// Spans of one kind: at most [`MAX_LIST_LEN`], inside the horizon, not overlapping each other.
fn validate_spans(name: &str, spans: &[Span], horizon: &Window) -> Result<(), ScenarioError> {
    check_len(name, spans, MAX_LIST_LEN)?;
    for (i, w) in spans.iter().enumerate() {
        // An open span must start inside the horizon; a closed one must also end inside it.
        let end_outside = w.end().is_some_and(|e| e > horizon.end());
        if w.start() < horizon.start() || w.start() >= horizon.end() || end_outside {
            return Err(ScenarioError::new(
                format!("{name}[{i}]"),
                Problem::OutsideHorizon,
            ));
        }
    }
    // Inside the horizon an open span lasts to its end, and overlaps whatever starts later.
    let spans = close_all(spans, horizon.end());
    let mut order: Vec<usize> = (0..spans.len()).collect();
    sort_by_instant(&mut order, |&i| spans[i].start());
    for pair in order.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if spans[a].overlaps(&spans[b]) {
            let (first, second) = (a.min(b), a.max(b));
            let other = format!("{name}[{first}]");
            return Err(ScenarioError::new(
                format!("{name}[{second}]"),
                Problem::Overlap { other },
            ));
        }
    }
    Ok(())
}

/// Instants of a list: each inside the horizon.
fn validate_instants(
    name: &str,
    instants: impl Iterator<Item = Instant>,
    horizon: &Window,
) -> Result<(), ScenarioError> {
    for (i, t) in instants.enumerate() {
        if !horizon.contains(t) {
            return Err(ScenarioError::new(
                format!("{name}[{i}].at"),
                Problem::OutsideHorizon,
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::entra::scenario::{
        Command, Connector, CycleDurations, IntervalChange, ManualCommand, StepDurations,
    };
    use crate::engine::time::Delay;

    fn t(h: u32) -> Instant {
        format!("2026-01-01T{h:02}:00:00Z").parse().unwrap()
    }

    fn horizon() -> Window {
        Window::new(t(0), t(23)).unwrap()
    }

    fn err(s: &ServerScenario) -> ScenarioError {
        s.validate(&horizon()).unwrap_err()
    }

    #[test]
    fn defaults_are_valid() {
        assert_eq!(ServerScenario::default().validate(&horizon()), Ok(()));
    }

    #[test]
    fn spans_must_lie_in_the_horizon_and_not_overlap() {
        let w = |a, b| Window::new(t(a), t(b)).unwrap();
        let s = ServerScenario {
            outages: vec![w(1, 2).into(), w(20, 23).into(), w(0, 1).into()],
            ..Default::default()
        };
        assert_eq!(s.validate(&horizon()), Ok(()), "touching spans are fine");
        let late = Window::new(t(22), "2026-01-02T01:00:00Z".parse().unwrap()).unwrap();
        let s = ServerScenario {
            outages: vec![late.into()],
            ..Default::default()
        };
        assert_eq!(
            err(&s),
            ScenarioError::new("server.outages[0]", Problem::OutsideHorizon)
        );
        let s = ServerScenario {
            disabled_spans: vec![w(5, 8).into(), w(1, 2).into(), w(7, 9).into()],
            ..Default::default()
        };
        let other = "server.disabled_spans[0]".to_owned();
        assert_eq!(
            err(&s),
            ScenarioError::new("server.disabled_spans[2]", Problem::Overlap { other })
        );
        // Different kinds may overlap.
        let s = ServerScenario {
            disabled_spans: vec![w(5, 8).into()],
            outages: vec![w(6, 7).into()],
            ..Default::default()
        };
        assert_eq!(s.validate(&horizon()), Ok(()));
    }

    #[test]
    fn commands_and_changes_must_fall_in_the_horizon() {
        let cmd = ManualCommand {
            at: t(23),
            command: Command::StartDelta,
        };
        let s = ServerScenario {
            manual: vec![cmd],
            ..Default::default()
        };
        assert_eq!(err(&s).at, "server.manual[0].at");
        let change = IntervalChange {
            at: "2025-12-31T00:00:00Z".parse().unwrap(),
            customized_sync_cycle_interval: None,
        };
        let s = ServerScenario {
            interval_changes: vec![change],
            ..Default::default()
        };
        assert_eq!(err(&s).at, "server.interval_changes[0].at");
    }

    #[test]
    fn connectors_need_names_one_tenant_and_a_forest() {
        let mut s = ServerScenario::default();
        s.connectors[1].name = "  ".into();
        assert_eq!(err(&s).at, "server.connectors[1].name");
        assert_eq!(
            err(&s).problem,
            Problem::BadName {
                reason: NameProblem::Empty
            }
        );
        let mut s = ServerScenario::default();
        s.connectors[0].name = "x".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            err(&s).problem,
            Problem::BadName {
                reason: NameProblem::TooLong {
                    max: MAX_NAME_CHARS
                }
            }
        );
        let mut s = ServerScenario::default();
        s.connectors
            .push(Connector::new("CONTOSO.COM", ConnectorKind::Ad));
        assert_eq!(
            err(&s).problem,
            Problem::BadName {
                reason: NameProblem::Duplicate
            }
        );
        let mut s = ServerScenario::default();
        s.connectors
            .push(Connector::new("second tenant", ConnectorKind::EntraId));
        assert_eq!(err(&s).at, "server.connectors");
        let mut s = ServerScenario::default();
        s.connectors.remove(0);
        assert_eq!(err(&s).at, "server.connectors");
        let s = ServerScenario {
            connectors: (0..65)
                .map(|i| Connector::new(&format!("f{i}"), ConnectorKind::Ad))
                .collect(),
            ..Default::default()
        };
        assert_eq!(
            err(&s).problem,
            Problem::TooMany {
                limit: MAX_CONNECTORS
            }
        );
    }

    #[test]
    fn cycles_longer_than_the_longest_period_are_refused() {
        let big = Delay::from_secs(Period::MAX.secs()).unwrap();
        let s = ServerScenario {
            durations: Durations::PerStep(StepDurations {
                full_import: big,
                ..Default::default()
            }),
            ..Default::default()
        };
        assert_eq!(err(&s).at, "server.durations");
        let s = ServerScenario {
            durations: Durations::PerCycle(CycleDurations {
                delta: Delay::ZERO,
                initial: big,
            }),
            ..Default::default()
        };
        assert_eq!(s.validate(&horizon()), Ok(()));
        // Per-connector step lengths cannot be combined with per-cycle timing.
        let mut s = s;
        s.connectors[0].durations.export = Some(Delay::ZERO);
        let with = "server.durations".to_owned();
        assert_eq!(
            err(&s),
            ScenarioError::new("server.connectors[0].durations", Problem::Conflict { with })
        );
    }

    #[test]
    fn anchors_outside_the_era_and_late_history_are_refused() {
        let mut s = ServerScenario::default();
        s.scheduler.next_sync_cycle_start_time_in_utc =
            Some("1999-01-01T00:00:00Z".parse().unwrap());
        assert_eq!(
            err(&s).at,
            "server.scheduler.next_sync_cycle_start_time_in_utc"
        );
        let s = ServerScenario {
            last_cycle_end: Some(t(1)),
            ..Default::default()
        };
        assert_eq!(err(&s).at, "server.last_cycle_end");
    }
}
