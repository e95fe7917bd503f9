//! The server's calendar: which conditions hold when (sync cycles disabled, scheduler
//! suspended, server down, staging mode). The scenario gives each condition as a whole-horizon
//! switch plus a list of spans; conditions of different kinds may overlap. Flattening them once
//! into sorted, non-overlapping segments lets the simulation ask "what holds at t, and until
//! when" with a binary search instead of scanning every list at every slot.

use serde::Serialize;

use super::scenario::ServerScenario;
use crate::engine::order::sort_by_instant;
use crate::engine::span::close_all;
use crate::engine::time::{Instant, Window};

/// Conditions, as bits so that overlapping conditions combine.
pub(crate) mod flag {
    /// `SyncCycleEnabled` is false.
    pub const DISABLED: u8 = 1;
    /// The scheduler is suspended.
    pub const SUSPENDED: u8 = 2;
    /// The server is down.
    pub const OUTAGE: u8 = 4;
    /// Staging mode is on.
    pub const STAGING: u8 = 8;
    /// The conditions that stop the scheduler from starting a cycle.
    pub const BLOCKING: u8 = DISABLED | SUSPENDED | OUTAGE;
}

/// Why the scheduler could not start a cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockCause {
    /// `SyncCycleEnabled` was false.
    Disabled,
    /// The scheduler was suspended (wizard open, upgrade).
    Suspended,
    /// The server was down.
    Outage,
}

impl BlockCause {
    /// The cause that explains a set of flags best: a server that is down explains everything,
    /// a suspension overrides the enabled switch.
    fn of(flags: u8) -> Option<Self> {
        if flags & flag::OUTAGE != 0 {
            Some(Self::Outage)
        } else if flags & flag::SUSPENDED != 0 {
            Some(Self::Suspended)
        } else if flags & flag::DISABLED != 0 {
            Some(Self::Disabled)
        } else {
            None
        }
    }

    /// The condition bit of this cause.
    pub(crate) const fn flag(self) -> u8 {
        match self {
            Self::Disabled => flag::DISABLED,
            Self::Suspended => flag::SUSPENDED,
            Self::Outage => flag::OUTAGE,
        }
    }
}

/// One span from the scenario that keeps the scheduler from starting cycles, as the answer
/// names it: the span the user typed (clipped to the horizon) and whether it is not yet fixed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct BlockSpan {
    /// Disabled, suspended or down.
    pub cause: BlockCause,
    /// When, inside the horizon; an open span ends at the horizon's end here.
    pub window: Window,
    /// Not yet fixed: the scenario gave no end.
    pub open: bool,
}

/// The server's disabled, suspended and down spans, clipped to the horizon, in order of start.
pub(crate) fn block_spans(server: &ServerScenario, horizon: &Window) -> Vec<BlockSpan> {
    let lists = [
        (&server.disabled_spans, BlockCause::Disabled),
        (&server.suspended_spans, BlockCause::Suspended),
        (&server.outages, BlockCause::Outage),
    ];
    let mut out: Vec<BlockSpan> = lists
        .iter()
        .flat_map(|(spans, cause)| {
            spans.iter().filter_map(move |s| {
                let start = s.start().max(horizon.start());
                let window = s
                    .until(horizon.end())
                    .and_then(|w| Window::new(start, w.end()).ok())?;
                Some(BlockSpan {
                    cause: *cause,
                    window,
                    open: s.is_open(),
                })
            })
        })
        .collect();
    // By start, then end: stable sorts by the second key and then the first give that order,
    // and share the one sorting routine instead of adding a copy for the pair.
    sort_by_instant(&mut out, |b| b.window.end());
    sort_by_instant(&mut out, |b| b.window.start());
    out
}

/// A stretch of time with a constant, non-empty set of conditions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    start: Instant,
    end: Instant,
    flags: u8,
    /// Where the run of contiguous blocking segments that this one belongs to ends (equal to
    /// `end` for segments that do not block).
    block_end: Instant,
}

/// Blocked: why, and until when the scheduler stays unable to start a cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    /// The cause at the instant asked about.
    pub cause: BlockCause,
    /// The first instant at which nothing blocks any more.
    pub until: Instant,
}

/// The flattened calendar; instants outside every segment have no condition.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Calendar {
    segments: Vec<Segment>,
    /// Outages alone, sorted, for "does the server go down during this cycle".
    outages: Vec<Window>,
}

impl Calendar {
    /// Flattens the server's switches and spans over the horizon. Spans of one kind must not
    /// overlap each other (validation guarantees it); spans of different kinds may.
    pub fn new(server: &ServerScenario, horizon: &Window) -> Self {
        let s = &server.scheduler;
        let whole = [
            (!s.sync_cycle_enabled, flag::DISABLED),
            (s.scheduler_suspended, flag::SUSPENDED),
            (s.staging_mode_enabled, flag::STAGING),
        ];
        // A span not yet fixed lasts to the horizon's end.
        let until = horizon.end();
        let outages = close_all(&server.outages, until);
        let lists = [
            (close_all(&server.disabled_spans, until), flag::DISABLED),
            (close_all(&server.suspended_spans, until), flag::SUSPENDED),
            (outages.clone(), flag::OUTAGE),
            (server.staging_spans.clone(), flag::STAGING),
        ];
        // Boundaries as (instant, bit index, +1 / -1); a counter per bit says whether it holds.
        let mut edges: Vec<(Instant, usize, i32)> = Vec::new();
        let mut add = |w: &Window, bit: u8| {
            let i = bit.trailing_zeros() as usize;
            edges.push((w.start(), i, 1));
            edges.push((w.end(), i, -1));
        };
        for (on, bit) in whole {
            if on {
                add(horizon, bit);
            }
        }
        for (list, bit) in &lists {
            for w in list {
                add(w, *bit);
            }
        }
        edges.sort_unstable_by_key(|e| e.0);

        let mut counts = [0i32; 4];
        let mut segments: Vec<Segment> = Vec::new();
        let mut i = 0;
        while i < edges.len() {
            let t = edges[i].0;
            while i < edges.len() && edges[i].0 == t {
                counts[edges[i].1] += edges[i].2;
                i += 1;
            }
            let flags = counts
                .iter()
                .enumerate()
                .fold(0u8, |f, (b, &n)| if n > 0 { f | 1 << b } else { f });
            let Some(&(next, _, _)) = edges.get(i) else {
                break;
            };
            if flags == 0 {
                continue;
            }
            match segments.last_mut() {
                // Same conditions straight after: one segment.
                Some(last) if last.end == t && last.flags == flags => last.end = next,
                _ => segments.push(Segment {
                    start: t,
                    end: next,
                    flags,
                    block_end: next,
                }),
            }
        }
        // Each blocking segment learns where its run of touching blocking segments ends,
        // back to front so that each one can copy its successor's answer.
        for k in (0..segments.len()).rev() {
            let seg = segments[k];
            segments[k].block_end = match segments.get(k + 1) {
                Some(next)
                    if seg.flags & flag::BLOCKING != 0
                        && next.start == seg.end
                        && next.flags & flag::BLOCKING != 0 =>
                {
                    next.block_end
                }
                _ => seg.end,
            };
        }

        let mut outages = outages;
        outages.sort_unstable();
        Self { segments, outages }
    }

    /// The segment holding `t`, if any.
    fn at(&self, t: Instant) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.end <= t);
        self.segments.get(i).filter(|s| s.start <= t)
    }

    /// The conditions that hold at `t`.
    pub fn flags_at(&self, t: Instant) -> u8 {
        self.at(t).map_or(0, |s| s.flags)
    }

    /// Whether the scheduler is blocked at `t`: why, and until when.
    pub fn block_at(&self, t: Instant) -> Option<Block> {
        let seg = self.at(t)?;
        let cause = BlockCause::of(seg.flags)?;
        Some(Block {
            cause,
            until: seg.block_end,
        })
    }

    /// What blocks the scheduler at `t`, and since when that cause has held without a break:
    /// "down since 01:01", not the first slot it cost (01:30). Looks back over touching
    /// segments only, so at most the segments there are.
    pub fn blocked_since(&self, t: Instant) -> Option<(BlockCause, Instant)> {
        let i = self.segments.partition_point(|s| s.end <= t);
        let seg = self.segments.get(i).filter(|s| s.start <= t)?;
        let cause = BlockCause::of(seg.flags)?;
        let bit = cause.flag();
        let mut k = i;
        while k > 0
            && self.segments[k - 1].end == self.segments[k].start
            && self.segments[k - 1].flags & bit != 0
        {
            k -= 1;
        }
        Some((cause, self.segments[k].start))
    }

    /// Whether staging mode is on at `t`.
    pub fn staging_at(&self, t: Instant) -> bool {
        self.flags_at(t) & flag::STAGING != 0
    }

    /// The first instant strictly inside `(after, before)` at which the server goes down.
    pub fn outage_start_between(&self, after: Instant, before: Instant) -> Option<Instant> {
        let i = self.outages.partition_point(|w| w.start() <= after);
        self.outages
            .get(i)
            .map(Window::start)
            .filter(|&s| s < before)
    }

    /// Maximal spans in which the conditions of `mask` that hold stay the same, with those
    /// conditions (for the password hash sync lane).
    pub fn spans_with(&self, mask: u8) -> Vec<(Instant, Instant, u8)> {
        let mut out: Vec<(Instant, Instant, u8)> = Vec::new();
        for seg in &self.segments {
            let f = seg.flags & mask;
            if f == 0 {
                continue;
            }
            match out.last_mut() {
                Some(last) if last.1 == seg.start && last.2 == f => last.1 = seg.end,
                _ => out.push((seg.start, seg.end, f)),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> Instant {
        format!("2026-01-01T{h:02}:{m:02}:00Z").parse().unwrap()
    }

    fn w(a: Instant, b: Instant) -> Window {
        Window::new(a, b).unwrap()
    }

    #[test]
    fn overlapping_kinds_combine_and_blocked_runs_join() {
        let horizon = w(t(0, 0), t(23, 0));
        let server = ServerScenario {
            disabled_spans: vec![w(t(1, 0), t(3, 0)).into()],
            outages: vec![w(t(2, 0), t(4, 0)).into()],
            staging_spans: vec![w(t(5, 0), t(6, 0))],
            suspended_spans: vec![w(t(7, 0), t(8, 0)).into()],
            ..Default::default()
        };
        let cal = Calendar::new(&server, &horizon);
        assert_eq!(cal.flags_at(t(0, 30)), 0);
        assert_eq!(cal.flags_at(t(1, 30)), flag::DISABLED);
        assert_eq!(cal.flags_at(t(2, 30)), flag::DISABLED | flag::OUTAGE);
        let b = cal.block_at(t(1, 0)).unwrap();
        assert_eq!((b.cause, b.until), (BlockCause::Disabled, t(4, 0)));
        let b = cal.block_at(t(2, 0)).unwrap();
        assert_eq!((b.cause, b.until), (BlockCause::Outage, t(4, 0)));
        assert_eq!(cal.block_at(t(4, 0)), None);
        assert!(cal.staging_at(t(5, 0)) && !cal.staging_at(t(6, 0)));
        assert_eq!(cal.block_at(t(5, 30)), None);
        assert_eq!(cal.block_at(t(7, 59)).unwrap().until, t(8, 0));
    }

    #[test]
    fn a_block_holds_since_its_cause_began() {
        let horizon = w(t(0, 0), t(23, 0));
        let server = ServerScenario {
            disabled_spans: vec![w(t(1, 0), t(3, 0)).into()],
            outages: vec![w(t(1, 1), t(5, 0)).into()],
            ..Default::default()
        };
        let cal = Calendar::new(&server, &horizon);
        // Down from 01:01 through a segment where it is also disabled.
        assert_eq!(
            cal.blocked_since(t(4, 0)),
            Some((BlockCause::Outage, t(1, 1)))
        );
        assert_eq!(
            cal.blocked_since(t(1, 0)),
            Some((BlockCause::Disabled, t(1, 0)))
        );
        assert_eq!(cal.blocked_since(t(6, 0)), None);
    }

    #[test]
    fn whole_horizon_switches_cover_the_horizon() {
        let horizon = w(t(0, 0), t(23, 0));
        let mut server = ServerScenario::default();
        server.scheduler.sync_cycle_enabled = false;
        let cal = Calendar::new(&server, &horizon);
        let b = cal.block_at(t(0, 0)).unwrap();
        assert_eq!((b.cause, b.until), (BlockCause::Disabled, t(23, 0)));
    }

    #[test]
    fn outage_starts_are_found_strictly_inside() {
        let horizon = w(t(0, 0), t(23, 0));
        let server = ServerScenario {
            outages: vec![w(t(2, 0), t(3, 0)).into()],
            ..Default::default()
        };
        let cal = Calendar::new(&server, &horizon);
        assert_eq!(cal.outage_start_between(t(1, 0), t(2, 30)), Some(t(2, 0)));
        assert_eq!(cal.outage_start_between(t(1, 0), t(2, 0)), None);
        assert_eq!(cal.outage_start_between(t(2, 0), t(5, 0)), None);
    }
}
