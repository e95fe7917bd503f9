//! Lengths of time in a form field, written and read as people write them. A field shows
//! "10 min", "1 h 30 min" ("10分", "1時間30分"), every unit that is not zero so nothing is
//! rounded away, and reads back those spellings, the clock spellings admins copy from
//! PowerShell ("00:10:00", "1.00:00:00"), and ISO 8601 ("PT10M", which scenario files and
//! Task Scheduler use). A field never shows ISO 8601: an admin typing "00:10:00" should not
//! get "PT10M" back.

use super::text::Lang;
use crate::engine::{DurationError, Period};

/// The units a field writes and reads, largest first: seconds each, the English and
/// Japanese symbols written, and every spelling read (after lower-casing, spaces removed).
const UNITS: [(u64, &str, &str, &[&str]); 5] = [
    (
        604_800,
        " w",
        "週間",
        &["w", "wk", "wks", "week", "weeks", "週間", "週"],
    ),
    (86_400, " d", "日", &["d", "day", "days", "日"]),
    (
        3600,
        " h",
        "時間",
        &["h", "hr", "hrs", "hour", "hours", "時間"],
    ),
    (
        60,
        " min",
        "分",
        &["m", "min", "mins", "minute", "minutes", "分"],
    ),
    (
        1,
        " s",
        "秒",
        &["s", "sec", "secs", "second", "seconds", "秒"],
    ),
];

/// A length as a field shows it: every unit that is not zero, days the largest written
/// ("1 d 2 h 3 min 4 s", "10 min"; "1日2時間3分4秒", "10分"). Exact, unlike
/// [`super::grammar::span`], which keeps two units for sentences.
pub fn field_text(lang: Lang, period: Period) -> String {
    let mut left = u64::from(period.secs());
    let mut parts = Vec::new();
    // Weeks are read but never written: "14 d" is what a person expects back from "2 weeks".
    for (size, en, ja, _) in &UNITS[1..] {
        let n = left / size;
        left %= size;
        if n > 0 {
            parts.push(match lang {
                Lang::En => format!("{n}{en}"),
                Lang::Ja => format!("{n}{ja}"),
            });
        }
    }
    match lang {
        Lang::En => parts.join(" "),
        Lang::Ja => parts.concat(),
    }
}

/// Reads a length typed in a field: "10 min", "1h30m", "2 hours", "10分", "1時間30分",
/// "00:10:00", "1.00:00:00" or "PT10M". A bare number has no unit and is refused.
pub fn read(text: &str) -> Result<Period, DurationError> {
    let t = text.trim();
    if t.starts_with(['P', 'p']) || t.contains(':') {
        return t.parse();
    }
    let syntax = || DurationError::Syntax(t.chars().take(40).collect());
    let secs = read_units(t).ok_or_else(syntax)?;
    if secs == 0 {
        return Err(DurationError::Zero);
    }
    u32::try_from(secs)
        .ok()
        .and_then(Period::from_secs)
        .ok_or(DurationError::TooLong)
}

/// The seconds in "1 h 30 min" and its kin: numbers each followed by a unit, units largest
/// first and each at most once; `None` for anything else. Full-width digits (typed with a
/// Japanese input method) count as digits; spaces and commas are ignored.
fn read_units(text: &str) -> Option<u64> {
    let folded: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '、')
        .map(|c| match c {
            '０'..='９' => char::from_digit(c as u32 - '０' as u32, 10).unwrap_or(c),
            _ => c.to_lowercase().next().unwrap_or(c),
        })
        .collect();
    let mut rest = folded.as_str();
    let mut total = 0u64;
    let mut next_unit = 0;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if digits == 0 || digits > 9 {
            return None;
        }
        let n: u64 = rest[..digits].parse().ok()?;
        rest = &rest[digits..];
        let word_end = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let word = &rest[..word_end];
        rest = &rest[word_end..];
        let at = UNITS[next_unit..]
            .iter()
            .position(|(.., spellings)| spellings.contains(&word))?
            + next_unit;
        total = total.checked_add(n.checked_mul(UNITS[at].0)?)?;
        next_unit = at + 1;
    }
    (next_unit > 0).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(text: &str) -> u32 {
        read(text).map(Period::secs).unwrap_or(0)
    }

    #[test]
    fn a_field_shows_a_length_as_people_write_it() {
        let ten = Period::minutes(10);
        assert_eq!(field_text(Lang::En, ten), "10 min");
        assert_eq!(field_text(Lang::Ja, ten), "10分");
        let odd = Period::from_secs(86_400 + 2 * 3600 + 3 * 60 + 4).unwrap();
        assert_eq!(field_text(Lang::En, odd), "1 d 2 h 3 min 4 s");
        assert_eq!(field_text(Lang::Ja, odd), "1日2時間3分4秒");
        assert_eq!(field_text(Lang::En, Period::days(14)), "14 d");
        for lang in [Lang::En, Lang::Ja] {
            for p in [ten, odd, Period::hours(8), Period::days(400)] {
                let shown = field_text(lang, p);
                assert!(!shown.contains("PT") && !shown.contains(':'), "{shown}");
                // What a field shows, it reads back unchanged.
                assert_eq!(read(&shown), Ok(p), "{shown}");
            }
        }
    }

    #[test]
    fn a_field_reads_what_admins_type() {
        for (typed, want) in [
            ("00:10:00", 600),
            ("10 min", 600),
            ("10min", 600),
            ("10 minutes", 600),
            ("10m", 600),
            ("10分", 600),
            ("１０分", 600),
            ("1 h 30 min", 5400),
            ("1h30m", 5400),
            ("1時間30分", 5400),
            ("2 hours", 7200),
            ("1 day", 86_400),
            ("1日", 86_400),
            ("2 weeks", 14 * 86_400),
            ("90 s", 90),
            ("PT10M", 600),
            ("1.00:00:00", 86_400),
        ] {
            assert_eq!(secs(typed), want, "{typed}");
        }
    }

    #[test]
    fn a_field_refuses_what_is_not_a_length() {
        for typed in [
            "10",
            "min",
            "10 parsecs",
            "30 min 1 h",
            "1 h 1 h",
            "",
            "1 h 30",
        ] {
            assert!(
                matches!(read(typed), Err(DurationError::Syntax(_))),
                "{typed}: {:?}",
                read(typed)
            );
        }
        assert_eq!(read("0 min"), Err(DurationError::Zero));
        assert_eq!(read("401 d"), Err(DurationError::TooLong));
        assert_eq!(read("999999999 weeks"), Err(DurationError::TooLong));
    }
}
