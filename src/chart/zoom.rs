//! Which span of time the timeline shows: the zoom levels, the window each gives around "now",
//! panning, the level a view opens at, and whether the axis must name the day.
//!
//! Kept apart from the drawing so the choice of window is pure and tested on its own: the page
//! opens where the question is (the now-line in view, the next sync beside it), and an axis
//! that shows only times must be today's.

use chrono::TimeDelta;

use crate::engine::Instant;
use crate::engine::Window;

/// How much of the horizon the timeline shows at once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Zoom {
    /// The first three hours after the start (enrollment, for a device): the busy ramp-up.
    FirstHours,
    /// One day.
    #[default]
    Day,
    /// One week.
    Week,
    /// Thirty days.
    Month,
    /// The whole horizon.
    All,
}

impl Zoom {
    /// Every zoom level, in the order the buttons show them (shortest span first).
    pub const ALL: [Zoom; 5] = [
        Zoom::FirstHours,
        Zoom::Day,
        Zoom::Week,
        Zoom::Month,
        Zoom::All,
    ];

    /// A stable key, for buttons and tests.
    pub const fn key(self) -> &'static str {
        match self {
            Zoom::FirstHours => "3h",
            Zoom::Day => "day",
            Zoom::Week => "week",
            Zoom::Month => "month",
            Zoom::All => "all",
        }
    }

    /// The level's name, on its zoom button.
    pub const fn label(self) -> crate::present::text::Text {
        use crate::present::text::Text;
        match self {
            Zoom::FirstHours => Text::new("First 3 h", "最初の3時間"),
            Zoom::Day => Text::new("Day", "1日"),
            Zoom::Week => Text::new("Week", "1週間"),
            Zoom::Month => Text::new("Month", "30日"),
            Zoom::All => Text::new("All", "全体"),
        }
    }

    fn length_secs(self) -> Option<i64> {
        match self {
            Zoom::FirstHours => Some(3 * 3600),
            Zoom::Day => Some(86_400),
            Zoom::Week => Some(7 * 86_400),
            Zoom::Month => Some(30 * 86_400),
            Zoom::All => None,
        }
    }

    /// The next level in (`-1`) or out (`+1`), stopping at the ends.
    pub fn step(self, by: i32) -> Zoom {
        let i = Zoom::ALL.iter().position(|z| *z == self).unwrap_or(1) as i32;
        Zoom::ALL[(i + by).clamp(0, Zoom::ALL.len() as i32 - 1) as usize]
    }
}

/// The visible span for a zoom level, always inside the horizon.
///
/// `start_at` is where an explicit pan left the view; without one, "first hours" starts at
/// `origin` (enrollment or the first cycle) and the other levels put `now` a quarter of the
/// way in, so the near future gets most of the room.
pub fn visible(
    zoom: Zoom,
    horizon: &Window,
    origin: Instant,
    now: Instant,
    start_at: Option<Instant>,
) -> Window {
    let Some(len) = zoom
        .length_secs()
        .filter(|l| *l < horizon.length().num_seconds())
    else {
        return *horizon;
    };
    let len = TimeDelta::seconds(len);
    let wanted = start_at.unwrap_or(match zoom {
        Zoom::FirstHours => origin,
        _ => now - len / 4,
    });
    let latest = horizon.end() - len;
    let start = wanted.clamp(horizon.start(), latest);
    Window::new(start, start + len).unwrap_or(*horizon)
}

/// The start of the window after panning by `fraction` of its length (negative: earlier).
pub fn panned(window: &Window, horizon: &Window, fraction: f64) -> Instant {
    let shift = (window.length().num_seconds() as f64 * fraction) as i64;
    let latest = horizon.end() - window.length();
    (window.start() + TimeDelta::seconds(shift)).clamp(horizon.start(), latest.max(horizon.start()))
}

/// The zoom a view opens at, so that it opens where the question is: `preferred` (a preset's
/// own level) while its window still holds "now"; otherwise the closest level whose window,
/// unpanned, holds both "now" and the next sync (`next`, if there is one); otherwise the
/// closest that holds "now". When "now" lies outside the horizon no level can show it, and
/// `preferred` (else a day) stays.
pub fn opening_zoom(
    preferred: Option<Zoom>,
    horizon: &Window,
    origin: Instant,
    now: Instant,
    next: Option<Instant>,
) -> Zoom {
    let shows = |z: Zoom, t: Instant| visible(z, horizon, origin, now, None).contains(t);
    if let Some(z) = preferred.filter(|z| shows(*z, now)) {
        return z;
    }
    let holds_now = || Zoom::ALL.into_iter().filter(|z| shows(*z, now));
    holds_now()
        .find(|z| next.is_none_or(|n| shows(*z, n)))
        .or_else(|| holds_now().next())
        .unwrap_or(preferred.unwrap_or(Zoom::Day))
}

/// Whether an axis over `window` must name the day: when the window crosses a local midnight,
/// or lies on another day than `now` (or there is no "now"). Times alone read as today.
/// `offset` is the display zone's offset from UTC at an instant, in seconds.
pub fn needs_date(window: &Window, now: Option<Instant>, offset: &dyn Fn(Instant) -> i32) -> bool {
    let day = |t: Instant| (t.timestamp() + i64::from(offset(t))).div_euclid(86_400);
    let first = day(window.start());
    let last = day(window.end() - TimeDelta::seconds(1));
    first != last || now.is_none_or(|n| day(n) != first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Instant {
        s.parse().unwrap()
    }

    #[test]
    fn zoom_windows_stay_inside_the_horizon() {
        let horizon = Window::new(t("2026-11-21T00:00:00Z"), t("2026-12-21T00:00:00Z")).unwrap();
        let origin = t("2026-11-21T09:00:00Z");
        let now = t("2026-11-25T12:00:00Z");
        let first = visible(Zoom::FirstHours, &horizon, origin, now, None);
        assert_eq!((first.start(), first.length().num_hours()), (origin, 3));
        let day = visible(Zoom::Day, &horizon, origin, now, None);
        assert_eq!(
            day.start(),
            t("2026-11-25T06:00:00Z"),
            "now a quarter of the way in"
        );
        let late = visible(
            Zoom::Week,
            &horizon,
            origin,
            t("2026-12-20T00:00:00Z"),
            None,
        );
        assert_eq!(late.end(), horizon.end(), "clamped to the horizon's end");
        assert_eq!(visible(Zoom::All, &horizon, origin, now, None), horizon);
        // A zoom longer than the horizon shows the horizon.
        let short = Window::new(origin, origin + TimeDelta::hours(2)).unwrap();
        assert_eq!(visible(Zoom::Day, &short, origin, now, None), short);
        // Panning moves by a fraction of the window and stops at the edges.
        assert_eq!(panned(&day, &horizon, 0.5), t("2026-11-25T18:00:00Z"));
        assert_eq!(panned(&first, &horizon, -10.0), horizon.start());
        assert_eq!(Zoom::Day.step(1), Zoom::Week);
        assert_eq!(Zoom::FirstHours.step(-1), Zoom::FirstHours);
    }

    #[test]
    fn a_view_opens_on_now_at_the_closest_zoom_that_shows_the_next_sync() {
        let horizon = Window::new(t("2026-11-13T00:00:00Z"), t("2026-12-13T00:00:00Z")).unwrap();
        let origin = t("2026-11-13T09:00:00Z");
        let now = t("2026-11-30T10:00:00Z");
        let open = |preferred, next| opening_zoom(preferred, &horizon, origin, now, next);
        // "First hours" is last Friday's: it never opens there, whatever was asked for.
        assert_eq!(open(Some(Zoom::FirstHours), None), Zoom::Day);
        // The next sync in 8 hours fits a day; in three days it needs a week.
        assert_eq!(open(None, Some(now + TimeDelta::hours(8))), Zoom::Day);
        assert_eq!(open(None, Some(now + TimeDelta::days(3))), Zoom::Week);
        assert_eq!(open(None, Some(now + TimeDelta::days(12))), Zoom::Month);
        // A preset's own level stays while it shows now.
        assert_eq!(
            open(Some(Zoom::Month), Some(now + TimeDelta::hours(1))),
            Zoom::Month
        );
        // A fresh enrollment 20 minutes ago: the first hours hold now and the next sync.
        let enrolled = now - TimeDelta::minutes(20);
        let fresh = Window::new(enrolled, enrolled + TimeDelta::days(3)).unwrap();
        let z = opening_zoom(
            None,
            &fresh,
            enrolled,
            now,
            Some(now + TimeDelta::minutes(10)),
        );
        assert_eq!(z, Zoom::FirstHours);
        // Every choice holds now.
        for next in [None, Some(now + TimeDelta::days(20))] {
            let z = open(None, next);
            assert!(
                visible(z, &horizon, origin, now, None).contains(now),
                "{z:?}"
            );
        }
        // Now outside the horizon (an old shared plan): nothing can show it, the preference stays.
        let later = t("2027-01-10T00:00:00Z");
        let z = opening_zoom(Some(Zoom::Week), &horizon, origin, later, None);
        assert_eq!(z, Zoom::Week);
        assert_eq!(opening_zoom(None, &horizon, origin, later, None), Zoom::Day);
    }

    #[test]
    fn the_axis_names_the_day_unless_the_window_is_all_today() {
        let jst = |_: Instant| 9 * 3600;
        let now = t("2026-11-30T03:00:00Z"); // 12:00 in Tokyo
        let w = |a: &str, b: &str| Window::new(t(a), t(b)).unwrap();
        // 09:00–12:00 Tokyo, today.
        let today = w("2026-11-30T00:00:00Z", "2026-11-30T03:00:00Z");
        assert!(!needs_date(&today, Some(now), &jst));
        // Up to Tokyo midnight exactly is still today.
        let to_midnight = w("2026-11-30T12:00:00Z", "2026-11-30T15:00:00Z");
        assert!(!needs_date(&to_midnight, Some(now), &jst));
        // Across Tokyo midnight.
        let across = w("2026-11-30T13:00:00Z", "2026-11-30T16:00:00Z");
        assert!(needs_date(&across, Some(now), &jst));
        // Another day (last Friday), and no notion of today.
        let friday = w("2026-11-27T00:00:00Z", "2026-11-27T03:00:00Z");
        assert!(needs_date(&friday, Some(now), &jst));
        assert!(needs_date(&today, None, &jst));
        // The same instants are another day in UTC: 2026-11-29 15:00 UTC is Monday in Tokyo.
        let utc = |_: Instant| 0;
        let late = w("2026-11-29T15:00:00Z", "2026-11-29T18:00:00Z");
        assert!(needs_date(&late, Some(now), &utc));
        assert!(!needs_date(&late, Some(now), &jst));
    }
}
