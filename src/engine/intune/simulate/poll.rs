//! The poll sets' runs: which run of a set is due when (Schedule #1/#2/#3 and their
//! equivalents), each with its random delay, queued one ahead so that a set never holds more
//! than one job in the queue.

use super::{Engine, JobKind, Run, TASKS, ceil_div, delayed};
use crate::engine::intune::scenario::RepetitionEnd;

impl Engine<'_> {
    /// The last run index of a set (inclusive), or None when it repeats indefinitely.
    pub(super) fn last_index(&self, set: u8) -> Option<Option<u64>> {
        let planned = self.plan.sets[usize::from(set)]?;
        Some(
            match (planned.count, self.device.scheduler.repetition_end) {
                (0, _) => None,
                (n, RepetitionEnd::Inclusive) => Some(u64::from(n)),
                (n, RepetitionEnd::Exclusive) => Some(u64::from(n) - 1),
            },
        )
    }

    /// The first run index of a set that is due inside the horizon, if any.
    pub(super) fn first_index(&self, set: u8) -> Option<u64> {
        let planned = self.plan.sets[usize::from(set)]?;
        let start = self.set_starts[usize::from(set)]?;
        let interval = i64::from(planned.interval.secs());
        let index = if start >= self.h_start {
            0
        } else {
            // Enrolled before the horizon: jump straight to the first run inside it.
            u64::try_from(ceil_div(self.h_start - start, interval)).ok()?
        };
        match self.last_index(set)? {
            Some(last) if index > last => None,
            _ => Some(index),
        }
    }

    /// The instant run `index` of a set is due.
    pub(super) fn due_of(&self, set: u8, index: u64) -> Option<i64> {
        let planned = self.plan.sets[usize::from(set)]?;
        let start = self.set_starts[usize::from(set)]?;
        let offset = i64::try_from(index)
            .ok()?
            .checked_mul(i64::from(planned.interval.secs()))?;
        start.checked_add(offset)
    }

    pub(super) fn poll_due(&mut self, due: i64, set: u8, index: u64) {
        // Queue the next run first: it is due later than this one, whatever the delays.
        let next = index.saturating_add(1);
        let within = match self.last_index(set) {
            Some(Some(last)) => next <= last,
            Some(None) => true,
            None => false,
        };
        if within && let Some(at) = self.due_of(set, next) {
            self.push(
                at,
                TASKS[usize::from(set)],
                JobKind::PollDue { set, index: next },
            );
        }
        // Each run draws its own delay, kept below one interval so that it starts before the
        // task's next run is due: the runs of one task stay in order.
        let interval = self.plan.sets[usize::from(set)].map_or(1, |p| p.interval.secs());
        let max = (self.device.scheduler.random_delay.secs()).min(interval.saturating_sub(1));
        let delay = if max > 0 { self.task_rng.up_to(max) } else { 0 };
        if delay == 0 {
            self.poll_run(due, set, due);
        } else {
            self.push(
                due + i64::from(delay),
                TASKS[usize::from(set)],
                JobKind::PollRun { set, due },
            );
        }
    }

    pub(super) fn poll_run(&mut self, t: i64, set: u8, due: i64) {
        let Some(planned) = self.plan.sets[usize::from(set)] else {
            return;
        };
        let timing = delayed(t, due);
        let run = Run {
            lane: planned.lane,
            rule: planned.rule,
            timing,
            maintenance: self.plan.maintenance_set() == Some(usize::from(set)),
        };
        self.scheduled_run(t, usize::from(set), run);
    }
}
