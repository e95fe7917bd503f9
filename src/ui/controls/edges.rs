//! What a row of a span list edits: a [`Window`] always has an end, a [`Span`] (power-off,
//! outage, disabled push service…) may be "not yet fixed". One trait lets the same list show
//! both, with the "not yet fixed" box only where the engine accepts an open span.

use crate::engine::{Instant, Span, Window};

/// A list row's start and end, and how to build one back from what was typed.
pub trait Edges: Copy + Send + Sync + 'static {
    /// Whether the row offers "not yet fixed" (an open end).
    const CAN_BE_OPEN: bool;
    /// The row's start.
    fn first(&self) -> Instant;
    /// The row's end; `None` while not yet fixed.
    fn last(&self) -> Option<Instant>;
    /// A row from `start` to `end`, or `None` when that cannot be one (an end not after the
    /// start, or no end where one is needed).
    fn make(start: Instant, end: Option<Instant>) -> Option<Self>;
}

impl Edges for Window {
    const CAN_BE_OPEN: bool = false;
    fn first(&self) -> Instant {
        self.start()
    }
    fn last(&self) -> Option<Instant> {
        Some(self.end())
    }
    fn make(start: Instant, end: Option<Instant>) -> Option<Self> {
        Window::new(start, end?).ok()
    }
}

impl Edges for Span {
    const CAN_BE_OPEN: bool = true;
    fn first(&self) -> Instant {
        self.start()
    }
    fn last(&self) -> Option<Instant> {
        self.end()
    }
    fn make(start: Instant, end: Option<Instant>) -> Option<Self> {
        Span::new(start, end).ok()
    }
}

/// The rows of a list as spans (an open row stays open), to compare lists of either kind.
pub fn spans_of<T: Edges>(list: &[T]) -> Vec<Span> {
    list.iter()
        .filter_map(|row| Span::new(row.first(), row.last()).ok())
        .collect()
}
