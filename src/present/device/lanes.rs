//! Lanes: which occur, what the timeline calls them, and how a sentence names a lane or an
//! event as its subject. Poll sets are the Windows tasks ("Schedule #3") on Windows and what
//! they do ("About every 8 hours") elsewhere, read from the report's poll plan.

use super::{Words, set_index, terms};
use crate::engine::intune::{Event, Lane, Rule, Timing};
use crate::present::Lane as ViewLane;
use crate::present::grammar::{capitalize, every};
use crate::present::text::Text;

/// A Windows poll-set task: its number.
const SCHEDULE_N: Text = Text::new("Schedule #{0}", "スケジュール #{0}");
/// A poll set the plan does not hold (never shown for a real run): its number.
const POLL_SET_N: Text = Text::new("Poll set {0}", "ポーリング セット {0}");
/// A published interval that the table only gives roughly.
const ABOUT: Text = Text::new("about {0}", "約{0}");
/// The first phase of a ramp: its length.
const FIRST_PHASE: Text = Text::new("first {0}", "最初の{0}");
/// A later phase of a ramp: its length.
const NEXT_PHASE: Text = Text::new("next {0}", "続く{0}");
/// A label with its phase: "Every 3 minutes (first 15 min)".
const WITH_PHASE: Text = Text::new("{0} ({1})", "{0}（{1}）");
/// A non-Windows poll set as a subject, with its phase.
const CHECK_IN_PHASE: Text = Text::new(
    "the scheduled check-in ({0}, {1})",
    "定期チェックイン（{0}、{1}）",
);
/// A non-Windows poll set as a subject.
const CHECK_IN: Text = Text::new("the scheduled check-in ({0})", "定期チェックイン（{0}）");
/// A catch-up as a subject: what it catches up.
const CATCH_UP_OF: Text = Text::new("the catch-up of {0}", "{0}の遅延実行");
/// A network retry as a subject: what it retries.
const RETRY_OF: Text = Text::new("the retry of {0}", "{0}の再試行");

impl Words<'_> {
    /// The lanes that occur, in the engine's order, and each engine lane's index among them.
    pub(super) fn lanes(&self) -> (Vec<ViewLane>, [Option<usize>; Lane::ALL.len()]) {
        let mut seen = [false; Lane::ALL.len()];
        for e in &self.report.events {
            if let Some(s) = seen.get_mut(usize::from(e.lane.rank())) {
                *s = true;
            }
        }
        let mut slot = [None; Lane::ALL.len()];
        let mut lanes = Vec::new();
        for (lane, (&on, index)) in Lane::ALL.iter().zip(seen.iter().zip(slot.iter_mut())) {
            if on {
                *index = Some(lanes.len());
                lanes.push(ViewLane {
                    key: lane.code(),
                    label: self.lane_label(*lane),
                });
            }
        }
        (lanes, slot)
    }

    /// A lane's name as the timeline shows it.
    pub(super) fn lane_label(&self, lane: Lane) -> String {
        match set_index(lane) {
            Some(idx) => self.set_label(idx),
            None => terms::lane_label(lane, self.windows)
                .get(self.lang)
                .to_owned(),
        }
    }

    /// How often poll set `idx` runs ("about every 8 hours"), and in which phase ("first
    /// 15 min"), from the plan. `None` when the plan has no such set.
    pub(super) fn set_every(&self, idx: usize) -> Option<(String, Option<String>)> {
        let lang = self.lang;
        let sets = &self.report.plan.sets;
        let set = sets.get(idx).copied().flatten()?;
        // The published table says "about every 8 hours"; a custom interval is exact.
        let about =
            !self.windows && matches!(set.rule, Rule::RefreshEvery8H | Rule::LegacyRefreshEvery8H);
        let often = every(lang, set.interval);
        let often = if about {
            ABOUT.fill(lang, &[&often])
        } else {
            often
        };
        let phase = (!set.is_indefinite()).then(|| {
            let length = self.span(i64::from(set.interval.secs()) * i64::from(set.count));
            let first = sets.iter().take(idx).all(Option::is_none);
            let phase = if first { FIRST_PHASE } else { NEXT_PHASE };
            phase.fill(lang, &[&length])
        });
        Some((often, phase))
    }

    /// A poll set's lane name: the Windows task, or what the set does.
    pub(super) fn set_label(&self, idx: usize) -> String {
        let (lang, n) = (self.lang, (idx + 1).to_string());
        if self.windows {
            return SCHEDULE_N.fill(lang, &[&n]);
        }
        // `capitalize` leaves Japanese as it is.
        match self.set_every(idx) {
            Some((often, Some(phase))) => WITH_PHASE.fill(lang, &[&capitalize(&often), &phase]),
            Some((often, None)) => capitalize(&often),
            None => POLL_SET_N.fill(lang, &[&n]),
        }
    }

    /// A poll set as the subject of a sentence: "Schedule #3", "the scheduled check-in (about
    /// every 8 hours)".
    pub(super) fn set_noun(&self, idx: usize) -> String {
        if self.windows {
            return self.set_label(idx);
        }
        match self.set_every(idx) {
            Some((often, Some(phase))) => CHECK_IN_PHASE.fill(self.lang, &[&often, &phase]),
            Some((often, None)) => CHECK_IN.fill(self.lang, &[&often]),
            None => self.set_label(idx),
        }
    }

    /// A lane as the subject of a sentence.
    pub(super) fn lane_noun(&self, lane: Lane) -> String {
        match set_index(lane) {
            Some(idx) => self.set_noun(idx),
            None => terms::lane_noun(lane, self.windows)
                .get(self.lang)
                .to_owned(),
        }
    }

    /// An event as the subject of a sentence: a catch-up names the task it stands for.
    pub(super) fn event_noun(&self, e: &Event) -> String {
        if let Timing::CatchUp { for_lane, .. } = e.timing {
            let of = self.lead(&self.lane_noun(for_lane));
            let text = if e.rule == Rule::NetworkRetry {
                RETRY_OF
            } else {
                CATCH_UP_OF
            };
            return text.fill(self.lang, &[&of]);
        }
        self.lane_noun(e.lane)
    }
}
