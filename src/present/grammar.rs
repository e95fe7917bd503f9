//! Grammar shared by every sentence, in one place: lengths of time ("2 h 13 min",
//! "2時間13分"), relative times ("in 5 min", "5分後"), periods as people say them
//! ("every 8 hours", "8時間ごと"), counts, instants in UTC, lists, and how sentences and
//! particles join in each language. Words themselves live in [`super::text`] tables; this
//! module only arranges them.

use chrono::Timelike;

use super::text::{Lang, Text};
use crate::engine::{Instant, Period};

/// A length of time in its two largest units: "3 d 4 h", "2 h 13 min", "45 s"; Japanese
/// "3日4時間", "2時間13分", "45秒". Negative lengths are shown by their size.
pub fn span(lang: Lang, secs: i64) -> String {
    let secs = secs.unsigned_abs();
    let (d, h, m, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    let units: [(u64, &str, &str); 4] = [
        (d, " d", "日"),
        (h, " h", "時間"),
        (m, " min", "分"),
        (s, " s", "秒"),
    ];
    let first = units.iter().position(|(n, ..)| *n > 0).unwrap_or(3);
    let parts: Vec<String> = units[first..]
        .iter()
        .take(2)
        .filter(|(n, ..)| *n > 0 || first == 3)
        .map(|(n, en, ja)| match lang {
            Lang::En => format!("{n}{en}"),
            Lang::Ja => format!("{n}{ja}"),
        })
        .collect();
    match lang {
        Lang::En => parts.join(" "),
        Lang::Ja => parts.concat(),
    }
}

/// A length of time as people say it: "30 min", "1 h 30 min" / "30分", "1時間30分" — never
/// the ISO (`PT30M`) or .NET (`00:30:00`) spelling, which only the PowerShell echo keeps.
pub fn length(lang: Lang, period: Period) -> String {
    span(lang, i64::from(period.secs()))
}

/// A time relative to now: "in 2 h 13 min" / "2時間13分後", "5 min ago" / "5分前", "now" / "今".
pub fn relative(lang: Lang, secs_from_now: i64) -> String {
    if secs_from_now.abs() < 1 {
        return match lang {
            Lang::En => "now".into(),
            Lang::Ja => "今".into(),
        };
    }
    let size = span(lang, secs_from_now);
    match (lang, secs_from_now > 0) {
        (Lang::En, true) => format!("in {size}"),
        (Lang::En, false) => format!("{size} ago"),
        (Lang::Ja, true) => format!("{size}後"),
        (Lang::Ja, false) => format!("{size}前"),
    }
}

/// A repetition as people say it: "every 8 hours", "every 3 minutes", "8時間ごと".
pub fn every(lang: Lang, period: Period) -> String {
    let secs = period.secs();
    let (n, en, ja) = if secs.is_multiple_of(86_400) {
        (secs / 86_400, "day", "日")
    } else if secs.is_multiple_of(3600) {
        (secs / 3600, "hour", "時間")
    } else if secs.is_multiple_of(60) {
        (secs / 60, "minute", "分")
    } else {
        (secs, "second", "秒")
    };
    match lang {
        Lang::En if n == 1 => format!("every {en}"),
        Lang::En => format!("every {n} {en}s"),
        Lang::Ja => format!("{n}{ja}ごと"),
    }
}

/// A whole number of days: "1 day", "3 days", "3日".
pub fn days(lang: Lang, n: u32) -> String {
    match (lang, n) {
        (Lang::Ja, n) => format!("{n}日"),
        (Lang::En, 1) => "1 day".to_owned(),
        (Lang::En, n) => format!("{n} days"),
    }
}

/// A count with thousands separators, the same in both languages: "200,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// One sentence ended: "A." in English, "A。" in Japanese.
pub fn sentence(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Ja => format!("{text}。"),
        Lang::En => format!("{text}."),
    }
}

/// Sentences ended and joined: "A. B." in English, "A。B。" in Japanese.
pub fn sentences(lang: Lang, parts: &[String]) -> String {
    let ended: Vec<String> = parts.iter().map(|p| sentence(lang, p)).collect();
    ended.join(sep(lang))
}

/// What goes between two ended sentences: a space in English, nothing after "。".
pub const fn sep(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "",
        Lang::En => " ",
    }
}

/// "A", "A and B", "A, B and C"; Japanese "A、B、C".
pub fn and_list(lang: Lang, items: &[String]) -> String {
    match (lang, items) {
        (_, []) => String::new(),
        (_, [one]) => one.clone(),
        (Lang::Ja, all) => all.join("、"),
        (Lang::En, [rest @ .., last]) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The first letter in upper case ("every 3 minutes" → "Every 3 minutes").
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first letter in lower case, for English after a prefix ("Delta cycle" → "delta
/// cycle"); "Initial", a step name that keeps its capital, is left alone.
pub fn lower_first(text: &str) -> String {
    if text.starts_with("Initial") {
        return text.to_owned();
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A Japanese noun followed by a particle or phrase, with the half-width space Japanese
/// technical writing puts between Latin text and kana ("スケジュール #3 の", "IME が"), and
/// none between kana ("遅延実行の").
pub fn ja_after(noun: &str, rest: &str) -> String {
    let latin_end = noun
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == ')');
    let kana_start = rest.chars().next().is_some_and(|c| !c.is_ascii());
    if latin_end && kana_start {
        format!("{noun} {rest}")
    } else {
        format!("{noun}{rest}")
    }
}

/// An instant in UTC, the zone named: {0} the date, {1} the time.
const UTC: Text = Text::new("{0} {1} UTC", "{0} {1} (UTC)");

/// How a date is written in each language (a `chrono` format).
const DATE_FORMAT: Text = Text::new("%Y-%m-%d", "%Y/%m/%d");

/// An instant in UTC for sentences that have no formatter in the reader's zone: "2026-11-28
/// 10:02 UTC" / "2026/11/28 10:02 (UTC)"; seconds only when there are some. Used where the
/// engine's own UTC value is the point (`NextSyncCycleStartTimeInUTC`, the 7-day rule).
pub fn utc(lang: Lang, t: Instant) -> String {
    let time = if t.second() == 0 {
        t.format("%H:%M")
    } else {
        t.format("%H:%M:%S")
    };
    // The date's own punctuation follows each language's habit.
    let date = DATE_FORMAT.get(lang);
    UTC.fill(lang, &[&t.format(date).to_string(), &time.to_string()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_use_the_two_largest_units() {
        assert_eq!(span(Lang::En, 2 * 3600 + 13 * 60 + 5), "2 h 13 min");
        assert_eq!(span(Lang::Ja, 2 * 3600 + 13 * 60 + 5), "2時間13分");
        assert_eq!(span(Lang::En, 3 * 86_400 + 4 * 3600), "3 d 4 h");
        assert_eq!(span(Lang::En, 3 * 86_400 + 59), "3 d");
        assert_eq!(span(Lang::En, 45), "45 s");
        assert_eq!(span(Lang::Ja, 0), "0秒");
        assert_eq!(span(Lang::En, -600), "10 min");
    }

    #[test]
    fn relative_times_say_which_way() {
        assert_eq!(relative(Lang::En, 600), "in 10 min");
        assert_eq!(relative(Lang::En, -600), "10 min ago");
        assert_eq!(relative(Lang::Ja, 600), "10分後");
        assert_eq!(relative(Lang::Ja, -90), "1分30秒前");
        assert_eq!(relative(Lang::En, 0), "now");
    }

    #[test]
    fn periods_read_naturally() {
        assert_eq!(every(Lang::En, Period::hours(8)), "every 8 hours");
        assert_eq!(every(Lang::En, Period::hours(1)), "every hour");
        assert_eq!(every(Lang::En, Period::minutes(90)), "every 90 minutes");
        assert_eq!(every(Lang::Ja, Period::minutes(3)), "3分ごと");
        assert_eq!(every(Lang::Ja, Period::days(1)), "1日ごと");
    }

    #[test]
    fn counts_lists_and_sentences_join_per_language() {
        assert_eq!(thousands(200_000), "200,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(days(Lang::En, 1), "1 day");
        assert_eq!(days(Lang::Ja, 7), "7日");
        let abc = ["A".to_owned(), "B".to_owned(), "C".to_owned()];
        assert_eq!(and_list(Lang::En, &abc), "A, B and C");
        assert_eq!(and_list(Lang::Ja, &abc), "A、B、C");
        assert_eq!(sentences(Lang::En, &abc[..2]), "A. B.");
        assert_eq!(sentences(Lang::Ja, &abc[..2]), "A。B。");
        assert_eq!(ja_after("スケジュール #3", "の"), "スケジュール #3 の");
        assert_eq!(ja_after("遅延実行", "の"), "遅延実行の");
        assert_eq!(lower_first("Delta cycle"), "delta cycle");
        assert_eq!(capitalize("every hour"), "Every hour");
    }
}
