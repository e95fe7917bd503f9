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
        // The events of this batch: (position in `events`, connector, switches given, the
        // values given for them).
        let mut batch: Vec<(usize, usize, u8, u8)> = Vec::new();
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
                superseded_by: None,
            };
            let before = self.events.len();
            self.event(at, Rule::ConnectorOverride, kind);
            if self.events.len() > before {
                let given = u8::from(o.full_import_required.is_some())
                    | u8::from(o.full_sync_required.is_some()) << 1;
                let values = u8::from(o.full_import_required == Some(true))
                    | u8::from(o.full_sync_required == Some(true)) << 1;
                batch.push((before, connector, given, values));
            }
        }
        self.mark_superseded(&batch);
    }

    /// An override whose every switch a later one in the same batch (before the same cycle)
    /// set to the other value applies to no cycle: it names the later one that finished
    /// changing it back. The same value typed again changes nothing: both apply.
    fn mark_superseded(&mut self, batch: &[(usize, usize, u8, u8)]) {
        for (k, &(pos, connector, given, values)) in batch.iter().enumerate() {
            if given == 0 {
                continue;
            }
            let mut left = given;
            let mut by = None;
            for &(later, c, g, v) in &batch[k + 1..] {
                // The switches this later override sets to the other value.
                let flipped = g & left & (v ^ values);
                if c == connector && flipped != 0 {
                    left &= !flipped;
                    by = Some(later);
                    if left == 0 {
                        break;
                    }
                }
            }
            let change = by.filter(|_| left == 0).and_then(|later| {
                match self.events.get(later).map(|e| &e.kind) {
                    Some(&EventKind::OverrideSet { change, .. }) => Some(change),
                    _ => None,
                }
            });
            if let Some(change) = change
                && let Some(EventKind::OverrideSet {
                    applies_to,
                    superseded_by,
                    ..
                }) = self.events.get_mut(pos).map(|e| &mut e.kind)
            {
                *applies_to = None;
                *superseded_by = Some(change);
            }
        }
    }
}
