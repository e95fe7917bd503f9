//! `Set-ADSyncSchedulerConnectorOverride` at an instant ("I changed a sync rule at 14:00"):
//! the override waits for the next cycle, which runs the full steps on that connector; the
//! full steps that run clear it (Microsoft Learn, the scheduler page). One typed in the minute a
//! cycle starts applies to that cycle (settings before starts at one instant); one set while a
//! cycle runs waits for the cycle after it: that cycle's plan was made at its start.

use super::Sim;
use crate::engine::entra::calendar::flag;
use crate::engine::entra::report::EventKind;
use crate::engine::entra::rules::Rule;
use crate::engine::entra::scenario::ServerScenario;
use crate::engine::order::sort_by_instant;
use crate::engine::time::Instant;

/// The overrides of a scenario in time order (input order on ties), with their input index.
pub(super) fn in_order(server: &ServerScenario) -> Vec<(usize, Instant)> {
    let mut out: Vec<(usize, Instant)> = server
        .connector_overrides
        .iter()
        .enumerate()
        .map(|(i, o)| (i, o.at))
        .collect();
    sort_by_instant(&mut out, |&(_, at)| at);
    out
}

/// The connector a name points at: trimmed, case-insensitive, as Synchronization Service
/// Manager compares them.
pub(crate) fn connector_index(server: &ServerScenario, name: &str) -> Option<usize> {
    let name = name.trim();
    server
        .connectors
        .iter()
        .position(|c| c.name.trim().eq_ignore_ascii_case(name))
}

impl Sim<'_> {
    /// Applies every override set up to `t` not applied yet, so that the cycle starting at `t`
    /// (`cycle`; `None` at the end of the walk) plans with it. One typed at the very instant a
    /// cycle starts applies to it: at one instant settings come before starts. One typed while
    /// the server is down is refused (`cmdlet_while_down`), like `Start-ADSyncSyncCycle`.
    pub(super) fn apply_overrides_until(&mut self, t: Instant, cycle: Option<u32>) {
        // The events of this batch: (position in `events`, connector, switches given).
        let mut batch: Vec<(usize, usize, u8)> = Vec::new();
        while let Some(&(index, at)) = self.overrides.get(self.next_override) {
            if at > t {
                break;
            }
            self.next_override += 1;
            let o = &self.server.connector_overrides[index];
            // Validation refuses an unknown connector; skip one rather than panic.
            let Some(connector) = connector_index(self.server, &o.connector) else {
                continue;
            };
            if self.calendar.flags_at(at) & flag::OUTAGE != 0 {
                let kind = EventKind::OverrideRefused {
                    change: index,
                    connector,
                };
                self.event(at, Rule::CmdletWhileDown, kind);
                continue;
            }
            let bit = 1u64 << connector;
            let set = |bits: &mut u64, value: Option<bool>| match value {
                Some(true) => *bits |= bit,
                Some(false) => *bits &= !bit,
                None => {}
            };
            set(&mut self.pending_full_import, o.full_import_required);
            set(&mut self.pending_full_sync, o.full_sync_required);
            let kind = EventKind::OverrideSet {
                change: index,
                connector,
                full_import: o.full_import_required,
                full_sync: o.full_sync_required,
                applies_to: cycle,
            };
            self.event(at, Rule::ConnectorOverride, kind);
        }
    }
}
