//! Dates as `Get-ADSyncScheduler` prints them: in the server's culture, not in a fixed format.
//! `1/23/2018 2:58:30 PM` (en-US), `23/01/2018 14:58:30` (en-GB, fr-FR), `23.01.2018 14:58:30`
//! (de-DE), `2018/01/23 14:58:30` (ja-JP), `2018-01-23 오후 2:58:30` (ko-KR), ISO 8601.
//!
//! Day and month can only be told apart by the culture. The rule, in order:
//! 1. a four-digit year first means year, month, day;
//! 2. a leading number above 12 can only be the day (the values decide);
//! 3. a culture hint, when the caller gives one, decides;
//! 4. when the caller gives "now" (the moment the cmdlet ran, near enough), the reading nearer
//!    to it: a next start lies within one interval of that moment, so the nearer reading is
//!    almost always right (`12/03/2026 5:12:40 PM` pasted on 3 December is 3 December);
//! 5. `.` or `-` between the numbers means day first (de-DE, ru-RU, nl-NL, en-IN…);
//! 6. `/` with a zero-padded number means day first (en-US, the month-first culture, never
//!    pads; en-GB and fr-FR do);
//! 7. otherwise (`/`, no padding) month first, as en-US prints it.
//!
//! Whenever rules 3–7 decided between two different valid dates, the reading is marked
//! ambiguous and carries the other date, so the UI can say so and offer it.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::engine::limits::in_era;
use crate::engine::time::Instant;

/// Which of day and month comes first in a culture's short date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayMonthOrder {
    /// `M/d/yyyy` (en-US).
    MonthFirst,
    /// `dd/MM/yyyy`, `dd.MM.yyyy` (most other cultures).
    DayFirst,
}

/// The order a date was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    /// Month, day, year.
    MonthDayYear,
    /// Day, month, year.
    DayMonthYear,
    /// Year, month, day (including ISO 8601).
    YearMonthDay,
}

/// A 12-hour clock (with an AM/PM marker) or a 24-hour one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Clock {
    /// With AM/PM (or 午前/午後, 오전/오후, 上午/下午).
    H12,
    /// Without.
    H24,
}

/// Which step of the module's rule settled the order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderBasis {
    /// The year came first.
    YearFirst,
    /// A number above 12 could only be the day, or both numbers were equal.
    Values,
    /// The caller's culture hint.
    Hint,
    /// The reading nearer to the "now" the caller gave.
    NearerToNow,
    /// The other reading of an ambiguous date, chosen by the person importing.
    Chosen,
    /// `.` or `-` separators.
    Separator,
    /// A zero-padded day or month.
    Padding,
    /// The en-US default for unpadded `/` dates.
    UsDefault,
}

/// How a date was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DateReading {
    /// The order used.
    pub order: DateOrder,
    /// The clock used.
    pub clock: Clock,
    /// What decided the order.
    pub decided_by: OrderBasis,
    /// Whether the other order would also have given a valid, different date.
    pub ambiguous: bool,
    /// That other date, when ambiguous.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative: Option<Instant>,
    /// Whether the values contradicted the caller's hint (the values won).
    pub hint_overruled: bool,
}

/// Why a date could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateError {
    /// Not a date in any format this module knows.
    Unreadable,
    /// A real date, but outside 2000–2200.
    OutOfRange,
}

/// AM and PM markers of the cultures a sync server is likely to use.
const AM: &[&str] = &["am", "a.m.", "午前", "오전", "上午"];
const PM: &[&str] = &["pm", "p.m.", "午後", "오후", "下午"];

/// Reads a `NextSyncCycleStartTimeInUTC` value. The value is UTC whatever the culture. `now`
/// is when the cmdlet ran (near enough), for rule 4.
pub fn parse_date(
    text: &str,
    hint: Option<DayMonthOrder>,
    now: Option<Instant>,
) -> Result<(Instant, DateReading), DateError> {
    let text = text.trim();
    if let Some(t) = parse_iso(text) {
        let reading = DateReading {
            order: DateOrder::YearMonthDay,
            clock: Clock::H24,
            decided_by: OrderBasis::YearFirst,
            ambiguous: false,
            alternative: None,
            hint_overruled: false,
        };
        return in_era(t)
            .then_some((t, reading))
            .ok_or(DateError::OutOfRange);
    }

    // Tokens: the time has colons, a marker is AM/PM, everything else belongs to the date
    // (hu-HU writes "2026. 11. 21.", with spaces inside the date).
    let mut date = String::new();
    let mut time: Option<&str> = None;
    let mut pm: Option<bool> = None;
    for token in text.split_whitespace() {
        // ASCII is enough: the markers with case are ASCII, and no other character lowercases
        // to one of their letters. Unicode lowercasing would add 4 KB to the bundle.
        let lower = token.to_ascii_lowercase();
        if AM.contains(&lower.as_str()) {
            pm = set_once(pm, false)?;
        } else if PM.contains(&lower.as_str()) {
            pm = set_once(pm, true)?;
        } else if token.contains(':') {
            if time.replace(token).is_some() {
                return Err(DateError::Unreadable);
            }
        } else if time.is_none() && date.len() < 32 {
            date.push_str(token);
        } else {
            return Err(DateError::Unreadable);
        }
    }
    let clock = if pm.is_some() { Clock::H12 } else { Clock::H24 };
    let time = parse_time(time.ok_or(DateError::Unreadable)?, pm)?;

    let date = date.trim_end_matches('.');
    let sep = date
        .chars()
        .find(|c| matches!(c, '/' | '.' | '-'))
        .ok_or(DateError::Unreadable)?;
    let parts: Vec<&str> = date.split(sep).collect();
    let [a, b, c] = parts[..] else {
        return Err(DateError::Unreadable);
    };
    let num = |s: &str| -> Result<u32, DateError> {
        let ok = !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
        if ok {
            s.parse().map_err(|_| DateError::Unreadable)
        } else {
            Err(DateError::Unreadable)
        }
    };
    let (na, nb, nc) = (num(a)?, num(b)?, num(c)?);
    let build = |y: u32, m: u32, d: u32| -> Option<Instant> {
        let date = NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)?;
        Some(NaiveDateTime::new(date, time).and_utc())
    };
    let finish = |t: Option<Instant>, reading: DateReading| match t {
        Some(t) if in_era(t) => Ok((t, reading)),
        Some(_) => Err(DateError::OutOfRange),
        None => Err(DateError::Unreadable),
    };
    let plain = |order, decided_by| DateReading {
        order,
        clock,
        decided_by,
        ambiguous: false,
        alternative: None,
        hint_overruled: false,
    };

    if a.len() == 4 {
        return finish(
            build(na, nb, nc),
            plain(DateOrder::YearMonthDay, OrderBasis::YearFirst),
        );
    }
    if c.len() != 4 && c.len() != 2 {
        return Err(DateError::Unreadable);
    }
    // Two-digit years (some short date patterns) are this century's.
    let year = if c.len() == 2 { 2000 + nc } else { nc };
    let month_first = build(year, na, nb);
    let day_first = build(year, nb, na);

    let by_values = match (month_first, day_first) {
        (Some(t), None) => Some((t, DateOrder::MonthDayYear)),
        (None, Some(t)) => Some((t, DateOrder::DayMonthYear)),
        (None, None) => return Err(DateError::Unreadable),
        // Same number twice: both orders give the same date.
        (Some(t), Some(_)) if na == nb => Some((t, DateOrder::DayMonthYear)),
        (Some(_), Some(_)) => None,
    };
    if let Some((t, order)) = by_values {
        let mut reading = plain(order, OrderBasis::Values);
        reading.hint_overruled = match hint {
            Some(DayMonthOrder::MonthFirst) => order == DateOrder::DayMonthYear && na != nb,
            Some(DayMonthOrder::DayFirst) => order == DateOrder::MonthDayYear,
            None => false,
        };
        return finish(Some(t), reading);
    }

    let padded = a.starts_with('0') || b.starts_with('0');
    // Both readings are valid here (the values did not decide); which lies nearer to now?
    let nearer = match (now, month_first, day_first) {
        (Some(now), Some(m), Some(d)) => {
            let (dm, dd) = ((m - now).abs(), (d - now).abs());
            (dm != dd).then_some(if dm < dd {
                DayMonthOrder::MonthFirst
            } else {
                DayMonthOrder::DayFirst
            })
        }
        _ => None,
    };
    let (first, decided_by) = match (hint, nearer) {
        (Some(h), _) => (h, OrderBasis::Hint),
        (None, Some(n)) => (n, OrderBasis::NearerToNow),
        (None, None) if sep != '/' => (DayMonthOrder::DayFirst, OrderBasis::Separator),
        (None, None) if padded => (DayMonthOrder::DayFirst, OrderBasis::Padding),
        (None, None) => (DayMonthOrder::MonthFirst, OrderBasis::UsDefault),
    };
    let (chosen, other, order) = match first {
        DayMonthOrder::MonthFirst => (month_first, day_first, DateOrder::MonthDayYear),
        DayMonthOrder::DayFirst => (day_first, month_first, DateOrder::DayMonthYear),
    };
    let reading = DateReading {
        ambiguous: true,
        alternative: other,
        ..plain(order, decided_by)
    };
    finish(chosen, reading)
}

/// An AM/PM marker may appear once.
fn set_once(current: Option<bool>, value: bool) -> Result<Option<bool>, DateError> {
    match current {
        None => Ok(Some(value)),
        Some(_) => Err(DateError::Unreadable),
    }
}

/// `H:mm[:ss[.fff]]`; with a marker, a 12-hour clock (12 AM is midnight).
fn parse_time(text: &str, pm: Option<bool>) -> Result<NaiveTime, DateError> {
    let text = text.split(['.', ',']).next().unwrap_or(text);
    let parts: Vec<&str> = text.split(':').collect();
    let num = |s: &str| -> Result<u32, DateError> {
        let ok = !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
        if ok {
            s.parse().map_err(|_| DateError::Unreadable)
        } else {
            Err(DateError::Unreadable)
        }
    };
    let (h, m, s) = match parts[..] {
        [h, m] => (num(h)?, num(m)?, 0),
        [h, m, s] => (num(h)?, num(m)?, num(s)?),
        _ => return Err(DateError::Unreadable),
    };
    let h = match pm {
        None => h,
        Some(_) if h > 12 => return Err(DateError::Unreadable),
        Some(false) => h % 12,
        Some(true) => h % 12 + 12,
    };
    NaiveTime::from_hms_opt(h, m, s).ok_or(DateError::Unreadable)
}

/// ISO 8601 with a `T` (and an offset, or none for UTC).
fn parse_iso(text: &str) -> Option<Instant> {
    if !text.contains('T') {
        return None;
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.to_utc());
    }
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .map(|t| t.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> Instant {
        s.parse().unwrap()
    }

    fn read(text: &str) -> (Instant, DateReading) {
        parse_date(text, None, None).unwrap()
    }

    #[test]
    fn the_documented_en_us_sample() {
        let (t, r) = read("1/23/2018 2:58:30 PM");
        assert_eq!(t, utc("2018-01-23T14:58:30Z"));
        assert_eq!(
            (r.order, r.clock, r.ambiguous),
            (DateOrder::MonthDayYear, Clock::H12, false)
        );
        assert_eq!(r.decided_by, OrderBasis::Values);
    }

    #[test]
    fn other_cultures() {
        let cases = [
            (
                "2026/11/21 10:30:00",
                "2026-11-21T10:30:00Z",
                DateOrder::YearMonthDay,
            ),
            (
                "21.11.2026 10:30:00",
                "2026-11-21T10:30:00Z",
                DateOrder::DayMonthYear,
            ),
            (
                "21/11/2026 22:30:00",
                "2026-11-21T22:30:00Z",
                DateOrder::DayMonthYear,
            ),
            (
                "2026-11-21 오후 2:58:30",
                "2026-11-21T14:58:30Z",
                DateOrder::YearMonthDay,
            ),
            (
                "2026/11/21 午前 12:05:00",
                "2026-11-21T00:05:00Z",
                DateOrder::YearMonthDay,
            ),
            (
                "2026. 11. 21. 10:30:00",
                "2026-11-21T10:30:00Z",
                DateOrder::YearMonthDay,
            ),
            (
                "2026-11-21T10:30:00Z",
                "2026-11-21T10:30:00Z",
                DateOrder::YearMonthDay,
            ),
            (
                "2026-11-21T19:30:00+09:00",
                "2026-11-21T10:30:00Z",
                DateOrder::YearMonthDay,
            ),
            (
                "11/21/2026 12:00:00 AM",
                "2026-11-21T00:00:00Z",
                DateOrder::MonthDayYear,
            ),
            (
                "21-11-26 10:30",
                "2026-11-21T10:30:00Z",
                DateOrder::DayMonthYear,
            ),
        ];
        for (text, want, order) in cases {
            let (t, r) = parse_date(text, None, None).unwrap_or_else(|e| panic!("{text}: {e:?}"));
            assert_eq!((t, r.order), (utc(want), order), "{text}");
            assert!(!r.ambiguous, "{text}");
        }
    }

    #[test]
    fn ambiguous_dates_follow_the_rule_and_say_so() {
        // en-US shape: unpadded slashes.
        let (t, r) = read("3/4/2026 9:00:00 AM");
        assert_eq!(t, utc("2026-03-04T09:00:00Z"));
        assert_eq!((r.decided_by, r.ambiguous), (OrderBasis::UsDefault, true));
        assert_eq!(r.alternative, Some(utc("2026-04-03T09:00:00Z")));
        // Padded: en-GB / fr-FR.
        let (t, r) = read("03/04/2026 09:00:00");
        assert_eq!(
            (t, r.decided_by),
            (utc("2026-04-03T09:00:00Z"), OrderBasis::Padding)
        );
        // Dots: de-DE.
        let (t, r) = read("3.4.2026 09:00:00");
        assert_eq!(
            (t, r.decided_by),
            (utc("2026-04-03T09:00:00Z"), OrderBasis::Separator)
        );
        // A hint decides.
        let (t, r) =
            parse_date("03/04/2026 09:00:00", Some(DayMonthOrder::MonthFirst), None).unwrap();
        assert_eq!(
            (t, r.decided_by),
            (utc("2026-03-04T09:00:00Z"), OrderBasis::Hint)
        );
        // Equal numbers are not ambiguous.
        assert!(!read("4/4/2026 09:00:00").1.ambiguous);
    }

    #[test]
    fn the_reading_nearer_to_now_wins_over_padding_and_separators() {
        // Pasted on 3 December 2026: a padded `12/03` is 3 December, not 12 March.
        let now = Some(utc("2026-12-03T17:00:00Z"));
        let (t, r) = parse_date("12/03/2026 5:12:40 PM", None, now).unwrap();
        assert_eq!(t, utc("2026-12-03T17:12:40Z"));
        assert_eq!(
            (r.order, r.decided_by, r.ambiguous),
            (DateOrder::MonthDayYear, OrderBasis::NearerToNow, true)
        );
        assert_eq!(r.alternative, Some(utc("2026-03-12T17:12:40Z")));
        // Pasted in March, the same text is 12 March.
        let now = Some(utc("2026-03-12T17:00:00Z"));
        let (t, r) = parse_date("12/03/2026 5:12:40 PM", None, now).unwrap();
        assert_eq!(
            (t, r.decided_by),
            (utc("2026-03-12T17:12:40Z"), OrderBasis::NearerToNow)
        );
        // Dots too; a hint still decides; values still decide.
        let now = Some(utc("2026-04-03T09:00:00Z"));
        assert_eq!(
            parse_date("4.3.2026 09:00:00", None, now).unwrap().0,
            utc("2026-04-03T09:00:00Z")
        );
        let (_, r) = parse_date("4.3.2026 09:00:00", Some(DayMonthOrder::DayFirst), now).unwrap();
        assert_eq!(r.decided_by, OrderBasis::Hint);
        let (_, r) = parse_date("23/01/2018 14:58:30", None, now).unwrap();
        assert_eq!(r.decided_by, OrderBasis::Values);
    }

    #[test]
    fn values_overrule_a_wrong_hint() {
        let (t, r) =
            parse_date("23/01/2018 14:58:30", Some(DayMonthOrder::MonthFirst), None).unwrap();
        assert_eq!(t, utc("2018-01-23T14:58:30Z"));
        assert!(r.hint_overruled && !r.ambiguous);
    }

    #[test]
    fn bad_dates_are_errors() {
        for text in [
            "",
            "tomorrow",
            "13/13/2026 10:00:00",
            "1/23/2018",
            "1/23/2018 13:00:00 PM",
            "1/23/2018 2:61:00",
            "1/23/2018 2:00:00 PM PM",
            "1/2/3/2018 10:00",
            "1/23/20188 10:00:00",
        ] {
            assert_eq!(
                parse_date(text, None, None).map(|r| r.0),
                Err(DateError::Unreadable),
                "{text}"
            );
        }
        assert_eq!(
            parse_date("1/23/1999 2:58:30 PM", None, None).map(|r| r.0),
            Err(DateError::OutOfRange)
        );
    }
}
