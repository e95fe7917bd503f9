//! Time primitives shared by both engines, built so that impossible values cannot exist:
//! a [`Period`] is never zero, a [`Window`] never ends before it starts.
//!
//! Instants are UTC; display zones are the UI's business. Lengths of time are written the way
//! the source systems write them: ISO 8601 (`PT3M`, `P1DT2H`), as Task Scheduler and the DMClient
//! CSP do, or .NET TimeSpan (`00:30:00`, `7.00:00:00`, `1.0:0:0`), as `Get-ADSyncScheduler`
//! prints and `Set-ADSyncScheduler` accepts.

use std::fmt;
use std::num::NonZeroU32;

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Deserializer, Serialize};

/// A point in time. Always UTC inside the engine.
pub type Instant = DateTime<Utc>;

/// Why a text is not a length of time, or not an acceptable one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DurationError {
    /// Neither ISO 8601 (`PT15M`) nor TimeSpan (`00:15:00`).
    Syntax(String),
    /// Zero where only a positive length makes sense (an interval).
    Zero,
    /// Longer than [`Period::MAX`].
    TooLong,
}

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax(text) => write!(
                f,
                "'{text}' is not a length of time; write it as PT15M, P1DT2H or 1.02:00:00"
            ),
            Self::Zero => write!(f, "the length must be greater than zero"),
            Self::TooLong => write!(f, "the length must not exceed {}", Period::MAX),
        }
    }
}

impl std::error::Error for DurationError {}

/// A strictly positive length of time in whole seconds, at most [`Period::MAX`].
///
/// Intervals, repetition durations and thresholds use it: an interval of zero would make a
/// schedule loop forever, so it cannot be represented.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "String")]
pub struct Period(NonZeroU32);

impl Period {
    /// The longest single period any setting may take (intervals, delays, thresholds): 400
    /// days, as long as the longest horizon. It lives with the type rather than with the other
    /// limits so that the time primitives depend on nothing else in the engine.
    pub const MAX: Period = Period(NonZeroU32::new(400 * 86_400).unwrap());

    /// A period of `secs` seconds; `None` for zero or more than [`Period::MAX`].
    pub const fn from_secs(secs: u32) -> Option<Self> {
        match NonZeroU32::new(secs) {
            Some(n) if secs <= Period::MAX.secs() => Some(Self(n)),
            _ => None,
        }
    }

    /// Builds a period from constants; zero fails at compile time when used in a `const`.
    const fn from_const(secs: u32) -> Self {
        match NonZeroU32::new(secs) {
            Some(n) => Self(n),
            None => panic!("a Period cannot be zero"),
        }
    }

    /// `n` minutes (for constants; `n` must be non-zero).
    pub const fn minutes(n: u32) -> Self {
        Self::from_const(n * 60)
    }

    /// `n` hours (for constants; `n` must be non-zero).
    pub const fn hours(n: u32) -> Self {
        Self::from_const(n * 3600)
    }

    /// `n` days (for constants; `n` must be non-zero).
    pub const fn days(n: u32) -> Self {
        Self::from_const(n * 86_400)
    }

    /// The length in seconds.
    pub const fn secs(self) -> u32 {
        self.0.get()
    }

    /// The length as a chrono delta, for instant arithmetic.
    pub fn delta(self) -> TimeDelta {
        TimeDelta::seconds(i64::from(self.secs()))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&iso8601(self.secs()))
    }
}

impl std::str::FromStr for Period {
    type Err = DurationError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let secs = parse_secs(text)?;
        if secs == 0 {
            return Err(DurationError::Zero);
        }
        Self::from_secs(secs).ok_or(DurationError::TooLong)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        from_text(d)
    }
}

impl From<Period> for String {
    fn from(p: Period) -> Self {
        p.to_string()
    }
}

/// A non-negative length of time in whole seconds, at most [`Period::MAX`]: a delay that may be
/// zero (a catch-up delay of zero means "at once").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "String")]
pub struct Delay(u32);

impl Delay {
    /// No delay.
    pub const ZERO: Self = Self(0);

    /// A delay of `secs` seconds; `None` beyond [`Period::MAX`].
    pub const fn from_secs(secs: u32) -> Option<Self> {
        if secs <= Period::MAX.secs() {
            Some(Self(secs))
        } else {
            None
        }
    }

    /// `n` minutes (for constants).
    pub const fn minutes(n: u32) -> Self {
        Self(n * 60)
    }

    /// The length in seconds.
    pub const fn secs(self) -> u32 {
        self.0
    }

    /// The length as a chrono delta, for instant arithmetic.
    pub fn delta(self) -> TimeDelta {
        TimeDelta::seconds(i64::from(self.0))
    }
}

impl From<Period> for Delay {
    fn from(p: Period) -> Self {
        Self(p.secs())
    }
}

impl fmt::Display for Delay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&iso8601(self.0))
    }
}

impl std::str::FromStr for Delay {
    type Err = DurationError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::from_secs(parse_secs(text)?).ok_or(DurationError::TooLong)
    }
}

impl<'de> Deserialize<'de> for Delay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        from_text(d)
    }
}

/// Reads a value written in JSON as a string, through its `FromStr`.
///
/// Written by hand rather than with `#[serde(try_from = "String")]`: a string that does not
/// parse is then refused while the parser still stands on it, so the error's line and column
/// (and the field path found from them) point at the value itself, not at the end of the
/// object around it.
pub(crate) fn from_text<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: std::str::FromStr,
    T::Err: fmt::Display,
{
    struct Text<T>(std::marker::PhantomData<T>);
    impl<T: std::str::FromStr> serde::de::Visitor<'_> for Text<T>
    where
        T::Err: fmt::Display,
    {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<T, E> {
            text.parse().map_err(E::custom)
        }
    }
    d.deserialize_str(Text(std::marker::PhantomData))
}

impl From<Delay> for String {
    fn from(d: Delay) -> Self {
        d.to_string()
    }
}

/// Canonical ISO 8601 text for a number of seconds: `PT0S`, `PT3M`, `P1DT2H30M`.
fn iso8601(secs: u32) -> String {
    if secs == 0 {
        return "PT0S".to_owned();
    }
    let (d, h, m, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    let mut out = String::from("P");
    if d > 0 {
        out += &format!("{d}D");
    }
    if h + m + s > 0 {
        out.push('T');
        for (n, unit) in [(h, 'H'), (m, 'M'), (s, 'S')] {
            if n > 0 {
                out += &format!("{n}{unit}");
            }
        }
    }
    out
}

/// Parses ISO 8601 (`PnW`, `PnDTnHnMnS`) or TimeSpan (`[d.]hh:mm[:ss[.fffffff]]`) into seconds.
/// Values that overflow are reported as too long rather than wrapped.
fn parse_secs(text: &str) -> Result<u32, DurationError> {
    let t = text.trim();
    let syntax = || DurationError::Syntax(t.chars().take(40).collect());
    let total: u64 = if t.starts_with(['P', 'p']) {
        parse_iso(t).ok_or_else(syntax)?
    } else if t.contains(':') {
        parse_timespan(t).ok_or_else(syntax)?
    } else {
        return Err(syntax());
    };
    if total > u64::from(Period::MAX.secs()) {
        return Err(DurationError::TooLong);
    }
    Ok(total as u32)
}

fn parse_iso(t: &str) -> Option<u64> {
    let body = &t[1..];
    let (date, time) = match body.find(['T', 't']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let mut total = 0u64;
    let mut any = false;
    let mut take = |part: &str, units: &[(char, u64)]| -> Option<()> {
        let mut num = String::new();
        let mut next_unit = 0;
        for c in part.chars() {
            if c.is_ascii_digit() {
                if num.len() >= 9 {
                    return None;
                }
                num.push(c);
                continue;
            }
            let c = c.to_ascii_uppercase();
            // Units must come in order, each at most once, each after a number.
            let pos = units[next_unit..].iter().position(|(u, _)| *u == c)? + next_unit;
            let n: u64 = num.parse().ok()?;
            total = total.checked_add(n.checked_mul(units[pos].1)?)?;
            num.clear();
            next_unit = pos + 1;
            any = true;
        }
        num.is_empty().then_some(())
    };
    take(date, &[('W', 604_800), ('D', 86_400)])?;
    if let Some(time) = time {
        if time.is_empty() {
            return None;
        }
        take(time, &[('H', 3600), ('M', 60), ('S', 1)])?;
    }
    any.then_some(total)
}

fn parse_timespan(t: &str) -> Option<u64> {
    let (days, clock) = match t.split_once('.') {
        // A dot before the first colon separates days; after it, it starts a fraction.
        Some((d, rest)) if !d.contains(':') => (d.parse::<u64>().ok()?, rest),
        _ => (0, t),
    };
    let clock = clock.split('.').next()?; // drop .fffffff fractions of a second
    let parts: Vec<&str> = clock.split(':').collect();
    let nums: Vec<u64> = parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.len() <= 9)
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect::<Option<_>>()?;
    let (h, m, s) = match nums[..] {
        [h, m] => (h, m, 0),
        [h, m, s] => (h, m, s),
        _ => return None,
    };
    if m > 59 || s > 59 || (days > 0 && h > 23) || days > 100_000 {
        return None;
    }
    Some(days * 86_400 + h * 3600 + m * 60 + s)
}

/// Why two instants do not make a [`Window`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowError;

impl fmt::Display for WindowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the end must be after the start")
    }
}

impl std::error::Error for WindowError {}

/// A half-open span of time `[start, end)` whose end is strictly after its start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Window {
    start: Instant,
    end: Instant,
}

impl<'de> Deserialize<'de> for Window {
    /// Reads `{"start": …, "end": …}` and checks it while the parser still stands on the
    /// object, so that a backwards window is reported at the window itself (its line, column
    /// and field path), not at the end of the list around it.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = Window;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object with a start and an end")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Window, A::Error> {
                use serde::de::Error;
                let (mut start, mut end) = (None, None);
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "start" => start = Some(map.next_value::<Instant>()?),
                        "end" => end = Some(map.next_value::<Instant>()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                let start = start.ok_or_else(|| A::Error::missing_field("start"))?;
                let end = end.ok_or_else(|| A::Error::missing_field("end"))?;
                Window::new(start, end).map_err(A::Error::custom)
            }
        }
        d.deserialize_struct("Window", &["start", "end"], Fields)
    }
}

impl Window {
    /// The window `[start, end)`; an error unless `end` is after `start`.
    pub fn new(start: Instant, end: Instant) -> Result<Self, WindowError> {
        if end > start {
            Ok(Self { start, end })
        } else {
            Err(WindowError)
        }
    }

    /// The window that starts at `start` and lasts `length`.
    pub fn starting(start: Instant, length: Period) -> Self {
        Self {
            start,
            end: start + length.delta(),
        }
    }

    /// The first instant inside the window.
    pub fn start(&self) -> Instant {
        self.start
    }

    /// The first instant after the window.
    pub fn end(&self) -> Instant {
        self.end
    }

    /// How long the window lasts.
    pub fn length(&self) -> TimeDelta {
        self.end - self.start
    }

    /// Whether `t` lies inside: `start <= t < end`.
    pub fn contains(&self, t: Instant) -> bool {
        self.start <= t && t < self.end
    }

    /// Whether the two windows share any instant.
    pub fn overlaps(&self, other: &Window) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<Period, DurationError> {
        text.parse()
    }

    #[test]
    fn iso_periods_parse_and_print_canonically() {
        assert_eq!(p("PT3M").unwrap().secs(), 180);
        assert_eq!(p("PT8H").unwrap().to_string(), "PT8H");
        assert_eq!(p("P1DT2H30M").unwrap().secs(), 86_400 + 2 * 3600 + 1800);
        assert_eq!(p("pt90m").unwrap().to_string(), "PT1H30M");
        assert_eq!(p("P1W").unwrap().to_string(), "P7D");
    }

    #[test]
    fn timespans_parse_as_get_adsyncscheduler_prints_them() {
        assert_eq!(p("00:30:00").unwrap(), Period::minutes(30));
        assert_eq!(p("7.00:00:00").unwrap(), Period::days(7));
        assert_eq!(p("1.0:0:0").unwrap(), Period::days(1));
        assert_eq!(p("03:00:00").unwrap(), Period::hours(3));
        assert_eq!(p("00:30:00.0000000").unwrap(), Period::minutes(30));
        assert_eq!(p("03:00").unwrap(), Period::hours(3));
    }

    #[test]
    fn zero_and_garbage_and_huge_are_rejected() {
        assert_eq!(p("PT0S"), Err(DurationError::Zero));
        assert_eq!(p("00:00:00"), Err(DurationError::Zero));
        assert!(matches!(
            p("every 3 minutes"),
            Err(DurationError::Syntax(_))
        ));
        assert!(matches!(p("PT"), Err(DurationError::Syntax(_))));
        assert!(matches!(p("PTM"), Err(DurationError::Syntax(_))));
        assert!(matches!(p("PT3M3H"), Err(DurationError::Syntax(_))));
        assert!(matches!(p("00:61:00"), Err(DurationError::Syntax(_))));
        assert_eq!(p("P401D"), Err(DurationError::TooLong));
        assert_eq!(p("P999999999D"), Err(DurationError::TooLong));
        assert!(matches!(
            p("P99999999999999999999D"),
            Err(DurationError::Syntax(_))
        ));
        assert!(p("").is_err());
    }

    #[test]
    fn delays_allow_zero() {
        assert_eq!("PT0S".parse::<Delay>().unwrap(), Delay::ZERO);
        assert_eq!("PT10M".parse::<Delay>().unwrap(), Delay::minutes(10));
        assert_eq!(Delay::ZERO.to_string(), "PT0S");
    }

    #[test]
    fn windows_must_end_after_they_start() {
        let t = |s: &str| s.parse::<Instant>().unwrap();
        assert!(Window::new(t("2026-01-01T00:00:00Z"), t("2026-01-01T00:00:00Z")).is_err());
        let w = Window::new(t("2026-01-01T00:00:00Z"), t("2026-01-01T01:00:00Z")).unwrap();
        assert!(w.contains(t("2026-01-01T00:00:00Z")));
        assert!(!w.contains(t("2026-01-01T01:00:00Z")));
        let json = r#"{"start":"2026-01-02T00:00:00Z","end":"2026-01-01T00:00:00Z"}"#;
        assert!(serde_json::from_str::<Window>(json).is_err());
    }

    #[test]
    fn periods_round_trip_through_json() {
        let json = serde_json::to_string(&Period::hours(8)).unwrap();
        assert_eq!(json, "\"PT8H\"");
        assert_eq!(
            serde_json::from_str::<Period>(&json).unwrap(),
            Period::hours(8)
        );
    }
}
