//! A disruption that may not be over yet: "the push service is disabled since Monday 09:00,
//! not yet fixed". A [`Window`] always has an end; a [`Span`] may leave it open, and the engine
//! closes it at the horizon's end, so an open span still bounds every loop.
//!
//! In scenario JSON a span is `{"start": …, "end": …}` like a window; a missing `end` or
//! `"end": null` means "not yet fixed". Files written before spans could be open still load.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::engine::time::{Instant, Window, WindowError};

/// A span of time `[start, end)` whose end may be unknown ("until further notice").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    start: Instant,
    end: Option<Instant>,
}

impl Span {
    /// The span `[start, end)`, or from `start` on when `end` is `None`; an error when the end
    /// is not after the start.
    pub fn new(start: Instant, end: Option<Instant>) -> Result<Self, WindowError> {
        match end {
            Some(end) => Window::new(start, end).map(Self::from),
            None => Ok(Self::open(start)),
        }
    }

    /// A span from `start` that is not over yet.
    pub fn open(start: Instant) -> Self {
        Self { start, end: None }
    }

    /// The first instant inside the span.
    pub fn start(&self) -> Instant {
        self.start
    }

    /// The first instant after the span; `None` while it is not over ("not yet fixed").
    pub fn end(&self) -> Option<Instant> {
        self.end
    }

    /// Whether the span has no end yet.
    pub fn is_open(&self) -> bool {
        self.end.is_none()
    }

    /// The span as a window that ends at `horizon_end` at the latest: an open span lasts to
    /// the horizon's end. `None` when nothing of it lies before `horizon_end`.
    pub fn until(&self, horizon_end: Instant) -> Option<Window> {
        let end = self.end.map_or(horizon_end, |e| e.min(horizon_end));
        Window::new(self.start, end).ok()
    }

    /// Whether `t` lies inside: `start <= t`, and `t < end` when there is an end.
    pub fn contains(&self, t: Instant) -> bool {
        self.start <= t && self.end.is_none_or(|e| t < e)
    }
}

impl From<Window> for Span {
    fn from(w: Window) -> Self {
        Self {
            start: w.start(),
            end: Some(w.end()),
        }
    }
}

/// The spans of a list as windows closed at `horizon_end` (see [`Span::until`]).
pub fn close_all(spans: &[Span], horizon_end: Instant) -> Vec<Window> {
    spans.iter().filter_map(|s| s.until(horizon_end)).collect()
}

/// The earliest start at or after `from` for a new span of `length` that overlaps none of
/// `taken`: where an added entry goes so that it does not clash with the ones already there.
/// `None` when a span without an end leaves no room after `from`.
pub fn first_free(from: Instant, length: chrono::TimeDelta, taken: &[Span]) -> Option<Instant> {
    let mut by_start: Vec<Span> = taken.to_vec();
    by_start.sort_unstable();
    let mut start = from;
    // In start order one pass is enough: the start only moves to the end of a span that
    // overlaps it, past every span seen so far that could.
    for s in &by_start {
        if s.start >= start + length {
            continue;
        }
        match s.end {
            None => return None,
            Some(end) if end > start => start = end,
            Some(_) => {}
        }
    }
    Some(start)
}

impl Serialize for Span {
    /// `{"start": …, "end": …}`, or `{"start": …}` while open.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Span", if self.end.is_some() { 2 } else { 1 })?;
        st.serialize_field("start", &self.start)?;
        if let Some(end) = &self.end {
            st.serialize_field("end", end)?;
        }
        st.end()
    }
}

impl<'de> Deserialize<'de> for Span {
    /// Reads `{"start": …, "end": …}` with `end` optional or null, and checks it while the
    /// parser stands on the object, so a backwards span is reported at the span itself.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = Span;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object with a start and, unless not yet fixed, an end")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Span, A::Error> {
                use serde::de::Error;
                let (mut start, mut end) = (None, None);
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "start" => start = Some(map.next_value::<Instant>()?),
                        "end" => end = map.next_value::<Option<Instant>>()?,
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                let start = start.ok_or_else(|| A::Error::missing_field("start"))?;
                Span::new(start, end).map_err(A::Error::custom)
            }
        }
        d.deserialize_struct("Span", &["start", "end"], Fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Instant {
        s.parse().expect("instant")
    }

    #[test]
    fn an_end_is_optional_in_json_and_null_means_open() {
        let closed: Span = serde_json::from_str(
            r#"{"start":"2026-01-01T00:00:00Z","end":"2026-01-02T00:00:00Z"}"#,
        )
        .expect("closed");
        assert_eq!(closed.end(), Some(t("2026-01-02T00:00:00Z")));
        let missing: Span = serde_json::from_str(r#"{"start":"2026-01-01T00:00:00Z"}"#).unwrap();
        let null: Span =
            serde_json::from_str(r#"{"start":"2026-01-01T00:00:00Z","end":null}"#).unwrap();
        assert!(missing.is_open() && null.is_open());
        assert_eq!(missing, null);
        assert!(
            serde_json::from_str::<Span>(
                r#"{"start":"2026-01-02T00:00:00Z","end":"2026-01-01T00:00:00Z"}"#
            )
            .is_err()
        );
        assert!(serde_json::from_str::<Span>(r#"{"end":"2026-01-01T00:00:00Z"}"#).is_err());
    }

    #[test]
    fn json_round_trips_and_an_open_span_writes_no_end() {
        let open = Span::open(t("2026-01-01T00:00:00Z"));
        let json = serde_json::to_string(&open).unwrap();
        assert_eq!(json, r#"{"start":"2026-01-01T00:00:00Z"}"#);
        assert_eq!(serde_json::from_str::<Span>(&json).unwrap(), open);
        let closed = Span::new(t("2026-01-01T00:00:00Z"), Some(t("2026-01-01T01:00:00Z"))).unwrap();
        let json = serde_json::to_string(&closed).unwrap();
        assert_eq!(serde_json::from_str::<Span>(&json).unwrap(), closed);
    }

    #[test]
    fn a_new_span_starts_after_the_ones_it_would_overlap() {
        let at = |h: u32| t(&format!("2026-01-05T{h:02}:00:00Z"));
        let span = |a: u32, b: u32| Span::new(at(a), Some(at(b))).unwrap();
        let hour = chrono::TimeDelta::hours(1);
        // Nothing taken, or nothing in the way: where asked.
        assert_eq!(first_free(at(9), hour, &[]), Some(at(9)));
        assert_eq!(first_free(at(9), hour, &[span(10, 12)]), Some(at(9)));
        assert_eq!(first_free(at(9), hour, &[span(7, 9)]), Some(at(9)));
        // Inside one, or running into one: after it, and after any it then meets, in any order.
        assert_eq!(first_free(at(9), hour, &[span(8, 10)]), Some(at(10)));
        assert_eq!(first_free(at(9), hour, &[span(9, 10)]), Some(at(10)));
        assert_eq!(
            first_free(at(9), hour, &[span(14, 15), span(10, 11), span(9, 10)]),
            Some(at(11))
        );
        // A gap that fits the new span is used; one that does not is skipped.
        let taken = [span(14, 15), span(9, 10)];
        assert_eq!(
            first_free(at(9), chrono::TimeDelta::hours(4), &taken),
            Some(at(10))
        );
        assert_eq!(
            first_free(at(9), chrono::TimeDelta::hours(5), &taken),
            Some(at(15))
        );
        // A span that contains a later one.
        assert_eq!(
            first_free(at(9), hour, &[span(9, 18), span(10, 11)]),
            Some(at(18))
        );
        // An open span leaves no room after it; one that starts later is not in the way.
        assert_eq!(first_free(at(9), hour, &[Span::open(at(8))]), None);
        assert_eq!(first_free(at(9), hour, &[Span::open(at(12))]), Some(at(9)));
    }

    #[test]
    fn an_open_span_lasts_to_the_horizon_end() {
        let end = t("2026-01-08T00:00:00Z");
        let open = Span::open(t("2026-01-05T00:00:00Z"));
        assert_eq!(open.until(end).map(|w| w.end()), Some(end));
        assert!(open.contains(t("2030-01-01T00:00:00Z")));
        assert!(!open.contains(t("2026-01-04T23:59:59Z")));
        assert_eq!(Span::open(end).until(end), None);
        let closed = Span::new(t("2026-01-05T00:00:00Z"), Some(t("2026-01-06T00:00:00Z"))).unwrap();
        assert_eq!(
            closed.until(end).map(|w| w.end()),
            Some(t("2026-01-06T00:00:00Z"))
        );
        assert!(!closed.contains(t("2026-01-06T00:00:00Z")));
    }
}
