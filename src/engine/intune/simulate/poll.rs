//! The time triggers' runs (Schedule #1/#2/#3 and their equivalents, extra triggers of their
//! tasks, the CSP's maintenance schedule): which run of a trigger is due when, each with its
//! random delay, queued one ahead so that a trigger never holds more than one job in the queue.

use super::{Engine, JobKind, Run, ceil_div, delayed};

impl Engine<'_> {
    /// The first run index of a trigger that is due inside the horizon, if any.
    pub(super) fn first_index(&self, set: u8) -> Option<u64> {
        let trigger = self.triggers.get(usize::from(set))?;
        let index = if trigger.start >= self.h_start {
            0
        } else {
            // Enrolled before the horizon: jump straight to the first run inside it.
            u64::try_from(ceil_div(self.h_start - trigger.start, trigger.interval)).ok()?
        };
        match trigger.last {
            Some(last) if index > last => None,
            _ => Some(index),
        }
    }

    /// The instant run `index` of a trigger is due; `None` past its end boundary.
    pub(super) fn due_of(&self, set: u8, index: u64) -> Option<i64> {
        let trigger = self.triggers.get(usize::from(set))?;
        let offset = i64::try_from(index).ok()?.checked_mul(trigger.interval)?;
        let due = trigger.start.checked_add(offset)?;
        // "The trigger cannot start the task after it is deactivated" (EndBoundary).
        match trigger.end {
            Some(end) if due >= end => None,
            _ => Some(due),
        }
    }

    pub(super) fn poll_due(&mut self, due: i64, set: u8, index: u64) {
        let Some(&trigger) = self.triggers.get(usize::from(set)) else {
            return;
        };
        // Queue the next run first: it is due later than this one, whatever the delays.
        let next = index.saturating_add(1);
        let within = trigger.last.is_none_or(|last| next <= last);
        if within && let Some(at) = self.due_of(set, next) {
            self.push(at, trigger.lane, JobKind::PollDue { set, index: next });
        }
        // Each run draws its own delay, kept below one interval so that it starts before the
        // task's next run is due: the runs of one trigger stay in order.
        let interval = u32::try_from(trigger.interval).unwrap_or(u32::MAX);
        let max = trigger.random_delay.secs().min(interval.saturating_sub(1));
        let delay = if max > 0 { self.task_rng.up_to(max) } else { 0 };
        if delay == 0 {
            self.poll_run(due, set, due);
        } else {
            self.push(
                due + i64::from(delay),
                trigger.lane,
                JobKind::PollRun { set, due },
            );
        }
    }

    pub(super) fn poll_run(&mut self, t: i64, set: u8, due: i64) {
        let Some(&trigger) = self.triggers.get(usize::from(set)) else {
            return;
        };
        let run = Run {
            lane: trigger.lane,
            rule: trigger.rule,
            timing: delayed(t, due),
            maintenance: trigger.maintenance,
        };
        self.scheduled_run(t, trigger.task, run);
    }
}
