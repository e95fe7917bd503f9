//! Small pieces of language shared by every sentence: lengths of time ("2 h 13 min",
//! "2時間13分"), relative times ("in 5 min", "5分後"), and periods as people say them
//! ("every 8 hours", "8時間ごと").

use crate::engine::time::Period;
use crate::i18n::Lang;

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
}
