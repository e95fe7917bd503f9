//! The simulation's result assembled: the events with the notes, the end state, the
//! disruption spans and the legend of rules a reader needs, so that no reader has to go back to
//! the scenario.

use super::Engine;
use crate::engine::intune::report::{
    DeviceReport, Disruption, DisruptionKind, EndState, Event, Note,
};
use crate::engine::intune::rules::{Rule, RuleInfo};
use crate::engine::intune::scenario::{DeviceScenario, PushServiceImpact, RuleSet};
use crate::engine::span::Span;
use crate::engine::time::Window;

impl Engine<'_> {
    pub(super) fn into_report(mut self) -> DeviceReport {
        let d = self.device;
        let mut notes = Vec::new();
        if !d.platform.is_documented() {
            notes.push(Note::UndocumentedPlatform);
        }
        if !d.platform.is_windows() && !self.plan.is_empty() {
            notes.push(Note::TaskSchedulerModelAssumed);
        }
        if d.rule_set == RuleSet::LegacyApple15MinFor6H && !d.platform.is_apple() {
            notes.push(Note::RuleSetForOtherPlatform);
        }
        // What holds the device in the horizon's last second, for "nothing will sync, because".
        let last = self.h_end - 1;
        let end_state = EndState {
            down: self.down.at(last).map(|s| s.kind),
            offline: self.offline.at(last).is_some(),
            push_blocks_all: self.push_off.at(last).is_some()
                && d.push_service_impact == PushServiceImpact::AllSessions,
        };
        DeviceReport {
            horizon: self.horizon,
            platform: d.platform,
            enrolled_at: d.enrolled_at,
            rules: legend(&self.events),
            maintenance_window: self
                .plan
                .maintenance_schedule
                .map(|_| d.scheduler.maintenance_window),
            plan: self.plan,
            events: self.events,
            truncated: self.truncated,
            notes,
            disruptions: disruptions(d, &self.horizon),
            push_service_impact: d.push_service_impact,
            compliance_validity_days: d.service.compliance_validity_days,
            cleanup_after_days: d.service.cleanup_after_days,
            end_state,
        }
    }
}

/// The scenario's disruption windows clipped to the horizon (only unvalidated input reaches
/// outside it), in order of start, then kind, then end.
fn disruptions(d: &DeviceScenario, horizon: &Window) -> Vec<Disruption> {
    let closed: Vec<Span> = d.sleep.iter().copied().map(Span::from).collect();
    let groups: [(&[Span], DisruptionKind); 4] = [
        (&d.power_off, DisruptionKind::PoweredOff),
        (&closed, DisruptionKind::Asleep),
        (&d.offline, DisruptionKind::Offline),
        (
            &d.push_service_disabled,
            DisruptionKind::PushServiceDisabled,
        ),
    ];
    let mut out: Vec<Disruption> = groups
        .iter()
        .flat_map(|(spans, kind)| {
            spans.iter().filter_map(move |s| {
                let start = s.start().max(horizon.start());
                let end = s.end().map_or(horizon.end(), |e| e.min(horizon.end()));
                Window::new(start, end).ok().map(|window| Disruption {
                    kind: *kind,
                    window,
                    open: s.is_open(),
                })
            })
        })
        .collect();
    out.sort_by_key(|x| (x.window.start(), x.kind, x.window.end()));
    out
}

// The legend below keeps a bit per rule in a u64.
const _: () = assert!(Rule::ALL.len() <= 64);

/// Every rule the events cite, once, in order of first use.
fn legend(events: &[Event]) -> Vec<RuleInfo> {
    let mut seen = 0u64;
    let mut out = Vec::new();
    for e in events {
        for rule in std::iter::once(e.rule).chain(e.reason) {
            let bit = 1u64 << (rule as u32);
            if seen & bit == 0 {
                seen |= bit;
                out.push(RuleInfo::from(rule));
            }
        }
    }
    out
}
