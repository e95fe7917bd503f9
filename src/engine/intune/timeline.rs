//! The device's disruptions as sorted, non-overlapping spans of Unix seconds, asked "what is the
//! state at t?" in time order. The simulation only moves forward, so a cursor answers each
//! question in amortized constant time; a question about an earlier instant falls back to a
//! binary search, so the answer is right whatever the order.
//!
//! Spans are built from unvalidated input too: overlapping spans are coalesced (keeping the
//! union), so the engine never trusts validation to have run.

use crate::engine::time::{Instant, Window};

/// The instant of Unix second `secs`, saturating at chrono's range (only reachable from an
/// unvalidated horizon at the very edge of that range).
pub fn instant(secs: i64) -> Instant {
    Instant::from_timestamp(secs, 0).unwrap_or(if secs < 0 {
        Instant::MIN_UTC
    } else {
        Instant::MAX_UTC
    })
}

/// Why the device cannot run anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Down {
    /// Shut down or hibernating.
    Off,
    /// Asleep.
    Asleep,
}

/// One half-open span `[start, end)` in Unix seconds, with what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span<K> {
    /// First second inside.
    pub start: i64,
    /// First second after.
    pub end: i64,
    /// What the span means.
    pub kind: K,
}

/// Sorted, non-overlapping spans with a forward cursor.
#[derive(Clone, Debug)]
pub struct Timeline<K> {
    spans: Vec<Span<K>>,
    cursor: usize,
}

impl<K: Copy + PartialEq> Timeline<K> {
    /// Builds a timeline from windows of several kinds. Where windows overlap (only possible in
    /// unvalidated input) they become one span whose kind is the one `stronger` prefers.
    pub fn new(groups: &[(&[Window], K)], stronger: impl Fn(K, K) -> K) -> Self {
        let total = groups.iter().map(|(w, _)| w.len()).sum();
        let mut raw: Vec<Span<K>> = Vec::with_capacity(total);
        for (windows, kind) in groups {
            raw.extend(windows.iter().map(|w| Span {
                start: w.start().timestamp(),
                end: w.end().timestamp(),
                kind: *kind,
            }));
        }
        raw.sort_unstable_by_key(|s| (s.start, s.end));
        let mut spans: Vec<Span<K>> = Vec::with_capacity(raw.len());
        for s in raw {
            match spans.last_mut() {
                Some(last) if s.start < last.end => {
                    last.end = last.end.max(s.end);
                    last.kind = stronger(last.kind, s.kind);
                }
                _ => spans.push(s),
            }
        }
        Self { spans, cursor: 0 }
    }

    /// The span containing `t`, if any.
    pub fn at(&mut self, t: i64) -> Option<Span<K>> {
        if self.cursor > 0 && self.spans.get(self.cursor - 1).is_some_and(|s| t < s.end) {
            // Asked about the past: find the place again.
            self.cursor = self.spans.partition_point(|s| s.end <= t);
        }
        while self.spans.get(self.cursor).is_some_and(|s| s.end <= t) {
            self.cursor += 1;
        }
        self.spans
            .get(self.cursor)
            .filter(|s| s.start <= t)
            .copied()
    }

    /// The first instant at or after `t` outside every span: where a run of back-to-back spans
    /// that covers `t` ends (or `t` itself).
    pub fn free_from(&mut self, t: i64) -> i64 {
        let Some(span) = self.at(t) else { return t };
        let mut end = span.end;
        let mut i = self.cursor + 1;
        // Spans that touch (one ends where the next starts) leave no gap.
        while let Some(next) = self.spans.get(i).filter(|s| s.start <= end) {
            end = end.max(next.end);
            i += 1;
        }
        end
    }

    /// All spans, in order.
    pub fn spans(&self) -> &[Span<K>] {
        &self.spans
    }
}

/// Off wins over asleep where unvalidated input overlaps them.
pub fn stronger_down(a: Down, b: Down) -> Down {
    if a == Down::Off || b == Down::Off {
        Down::Off
    } else {
        Down::Asleep
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(a: i64, b: i64) -> Window {
        let t = |s| Instant::from_timestamp(1_700_000_000 + s, 0).unwrap();
        Window::new(t(a), t(b)).unwrap()
    }

    const BASE: i64 = 1_700_000_000;

    #[test]
    fn answers_in_time_order_and_out_of_order() {
        let off = [w(100, 200), w(400, 500)];
        let sleep = [w(200, 300)];
        let mut tl = Timeline::new(&[(&off, Down::Off), (&sleep, Down::Asleep)], stronger_down);
        assert_eq!(tl.at(BASE + 50), None);
        assert_eq!(tl.at(BASE + 100).map(|s| s.kind), Some(Down::Off));
        assert_eq!(tl.at(BASE + 250).map(|s| s.kind), Some(Down::Asleep));
        assert_eq!(tl.at(BASE + 300), None);
        assert_eq!(tl.at(BASE + 450).map(|s| s.kind), Some(Down::Off));
        // Back in time.
        assert_eq!(tl.at(BASE + 150).map(|s| s.kind), Some(Down::Off));
        assert_eq!(tl.at(BASE + 99), None);
    }

    #[test]
    fn free_from_crosses_touching_spans() {
        let off = [w(100, 200)];
        let sleep = [w(200, 300), w(301, 302)];
        let mut tl = Timeline::new(&[(&off, Down::Off), (&sleep, Down::Asleep)], stronger_down);
        assert_eq!(tl.free_from(BASE + 150), BASE + 300);
        assert_eq!(tl.free_from(BASE + 300), BASE + 300);
        assert_eq!(tl.free_from(BASE + 301), BASE + 302);
    }

    #[test]
    fn overlapping_input_is_coalesced_with_off_winning() {
        let off = [w(100, 200)];
        let sleep = [w(150, 400), w(50, 120)];
        let tl = Timeline::new(&[(&off, Down::Off), (&sleep, Down::Asleep)], stronger_down);
        assert_eq!(tl.spans().len(), 1);
        assert_eq!(
            (tl.spans()[0].start, tl.spans()[0].end),
            (BASE + 50, BASE + 400)
        );
        assert_eq!(tl.spans()[0].kind, Down::Off);
    }
}
