//! The simulated period that holds what was typed. People ask "when does it sync after the
//! power-off I just typed?", not "what is my simulation horizon?": so unless they set the
//! period themselves, the period follows the plan (the enrolment, the disruptions, the
//! commands, the change), and nothing typed is left outside it silently. This module finds
//! what the plan mentions, with where, and the smallest period that holds it.

use chrono::TimeDelta;

use super::limits::{MAX_HORIZON, in_era};
use super::scenario::Scenario;
use super::span::Span;
use super::time::{Instant, Window};

/// How far before the period's start an enrolment still asks for the period to hold it: a
/// device enrolled this morning, in a period that starts this afternoon, would show no sync
/// of its first hours. An older enrolment only sets the schedule's phase, as it always has.
pub const RECENT_ENROLMENT: TimeDelta = TimeDelta::days(1);

/// Room kept after the last instant a plan mentions, so that what follows it (the catch-up
/// after a power-off, the cycle that exports a change) is in the period too.
pub const ROOM_AFTER: TimeDelta = TimeDelta::days(1);

/// Room kept before the first instant a period is widened to, so its first event is not on
/// the chart's very edge.
pub const ROOM_BEFORE: TimeDelta = TimeDelta::hours(1);

/// Something the plan mentions, where it is, and when. The place is kept in parts and written
/// out only on demand ([`Mention::path`]): the app asks for every mention at each edit, and
/// almost never needs a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The list or field (`device.power_off`, `change.at`).
    pub list: &'static str,
    /// The entry's index in its list, for a list.
    pub index: Option<usize>,
    /// The member inside the entry that holds the instant (`at`), if not the entry itself.
    pub member: Option<&'static str>,
    /// When it starts (or happens).
    pub start: Instant,
    /// When it ends, for a span with an end.
    pub end: Option<Instant>,
}

impl Mention {
    /// The scenario path of the entry (`device.power_off[0]`, `server.manual[1].at`).
    pub fn path(&self) -> String {
        let mut out = self.list.to_owned();
        if let Some(i) = self.index {
            out.push_str(&format!("[{i}]"));
        }
        if let Some(m) = self.member {
            out.push('.');
            out.push_str(m);
        }
        out
    }
}

/// A period widened to hold what the plan mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Widening {
    /// The period that holds everything.
    pub horizon: Window,
    /// The entries that were outside the old period, by path, in the plan's order.
    pub holds: Vec<String>,
}

impl Scenario {
    /// Every instant and span the plan mentions, with its path. An enrolment is mentioned only
    /// when it is recent for the period ([`RECENT_ENROLMENT`]): an old one sets a phase.
    pub fn mentions(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut at = |list, index, member, start| {
            out.push(Mention {
                list,
                index,
                member,
                start,
                end: None,
            })
        };
        if let Some(d) = &self.device {
            if d.enrolled_at + RECENT_ENROLMENT > self.horizon.start() {
                at("device.enrolled_at", None, None, d.enrolled_at);
            }
            for (i, t) in d.logons.iter().enumerate() {
                at("device.logons", Some(i), None, *t);
            }
            for (i, m) in d.manual_syncs.iter().enumerate() {
                at("device.manual_syncs", Some(i), Some("at"), m.at);
            }
            for (i, t) in d.admin_syncs.iter().enumerate() {
                at("device.admin_syncs", Some(i), None, *t);
            }
        }
        if let Some(s) = &self.server {
            for (i, c) in s.manual.iter().enumerate() {
                at("server.manual", Some(i), Some("at"), c.at);
            }
            for (i, c) in s.interval_changes.iter().enumerate() {
                at("server.interval_changes", Some(i), Some("at"), c.at);
            }
            for (i, c) in s.connector_overrides.iter().enumerate() {
                at("server.connector_overrides", Some(i), Some("at"), c.at);
            }
        }
        if let Some(c) = &self.change {
            at("change.at", None, None, c.at);
        }
        let mut spans = |list: &'static str, spans: &mut dyn Iterator<Item = Span>| {
            for (i, s) in spans.enumerate() {
                out.push(Mention {
                    list,
                    index: Some(i),
                    member: None,
                    start: s.start(),
                    end: s.end(),
                });
            }
        };
        if let Some(d) = &self.device {
            spans("device.power_off", &mut d.power_off.iter().copied());
            spans("device.sleep", &mut d.sleep.iter().map(|&w| Span::from(w)));
            spans("device.offline", &mut d.offline.iter().copied());
            let push = &mut d.push_service_disabled.iter().copied();
            spans("device.push_service_disabled", push);
        }
        if let Some(s) = &self.server {
            spans(
                "server.disabled_spans",
                &mut s.disabled_spans.iter().copied(),
            );
            spans(
                "server.suspended_spans",
                &mut s.suspended_spans.iter().copied(),
            );
            let staging = &mut s.staging_spans.iter().map(|&w| Span::from(w));
            spans("server.staging_spans", staging);
            spans("server.outages", &mut s.outages.iter().copied());
        }
        out
    }

    /// The period widened to hold every mention, keeping what it already held; `None` when it
    /// already holds them all, or when holding them would take a period longer than the engine
    /// accepts or outside its era (the scenario's own validation then names the entry).
    pub fn holding_period(&self) -> Option<Widening> {
        let (start, end) = (self.horizon.start(), self.horizon.end());
        let outside: Vec<Mention> = self
            .mentions()
            .into_iter()
            .filter(|m| {
                // An instant at the very end, or a span starting there, runs nothing inside.
                m.start < start || m.start >= end || m.end.is_some_and(|e| e > end)
            })
            .collect();
        if outside.is_empty() {
            return None;
        }
        let first = outside.iter().map(|m| m.start).min().unwrap_or(start);
        let last = outside
            .iter()
            .map(|m| m.end.unwrap_or(m.start))
            .max()
            .unwrap_or(end);
        let new_start = if first < start {
            first - ROOM_BEFORE
        } else {
            start
        };
        let new_end = if last >= end { last + ROOM_AFTER } else { end };
        if !in_era(new_start) || !in_era(new_end) || new_end - new_start > MAX_HORIZON.delta() {
            return None;
        }
        let horizon = Window::new(new_start, new_end).ok()?;
        Some(Widening {
            horizon,
            holds: outside.iter().map(Mention::path).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::Preset;

    fn now() -> Instant {
        "2026-12-08T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn every_preset_already_holds_what_it_mentions() {
        for p in Preset::ALL {
            let s = p.scenario(now());
            assert!(
                !s.mentions().is_empty() || s.device.is_some(),
                "{}",
                p.key()
            );
            assert_eq!(s.holding_period(), None, "{}", p.key());
        }
    }

    #[test]
    fn an_enrolment_this_morning_widens_a_period_that_starts_this_afternoon() {
        let mut s = Preset::FreshlyEnrolled.scenario(now());
        let nine = "2026-12-08T09:00:00Z".parse().unwrap();
        s.device.as_mut().unwrap().enrolled_at = nine;
        s.horizon = Window::new(now(), now() + TimeDelta::days(3)).unwrap();
        let w = s.holding_period().expect("widened");
        assert_eq!(w.horizon.start(), nine - ROOM_BEFORE);
        assert_eq!(w.horizon.end(), s.horizon.end());
        assert_eq!(w.holds, ["device.enrolled_at"]);
        s.horizon = w.horizon;
        s.validate().unwrap();
        assert_eq!(s.holding_period(), None);
        // A device enrolled last month only sets the phase: nothing to hold.
        s.device.as_mut().unwrap().enrolled_at = now() - TimeDelta::days(30);
        assert_eq!(s.holding_period(), None);
    }

    #[test]
    fn a_power_off_that_starts_before_the_period_and_a_command_after_it_are_held() {
        let mut s = Preset::WizardOpenOvernight.scenario(now());
        let server = s.server.as_mut().unwrap();
        let early = s.horizon.start() - TimeDelta::hours(5);
        server.outages = vec![Span::new(early, Some(early + TimeDelta::hours(2))).unwrap()];
        let late = s.horizon.end() + TimeDelta::hours(3);
        server.manual.push(crate::engine::entra::ManualCommand {
            at: late,
            command: crate::engine::entra::Command::StartDelta,
        });
        assert!(s.validate().is_err());
        let w = s.holding_period().unwrap();
        assert_eq!(w.horizon.start(), early - ROOM_BEFORE);
        assert_eq!(w.horizon.end(), late + ROOM_AFTER);
        assert_eq!(w.holds, ["server.manual[0].at", "server.outages[0]"]);
        s.horizon = w.horizon;
        s.validate().unwrap();
    }

    #[test]
    fn a_change_made_tomorrow_is_held_with_room_after_it() {
        let mut s = Preset::IntervalThreeHours.scenario(now());
        let at = s.horizon.end() + TimeDelta::days(1);
        s.change = Some(crate::engine::Change::on_premises(at));
        let w = s.holding_period().unwrap();
        assert_eq!(w.horizon.end(), at + ROOM_AFTER);
        assert_eq!(w.holds, ["change.at"]);
    }

    #[test]
    fn what_no_period_can_hold_is_left_to_validation() {
        let mut s = Preset::IntervalThreeHours.scenario(now());
        let far = s.horizon.end() + TimeDelta::days(500);
        s.change = Some(crate::engine::Change::on_premises(far));
        assert_eq!(s.holding_period(), None);
    }
}
