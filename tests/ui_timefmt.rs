//! Browser tests of time-zone handling, which rests on the browser's `Intl`: offsets follow
//! daylight saving time, typed wall-clock times convert to the right instant on both sides of
//! a change, and an unknown zone degrades to UTC instead of throwing into WASM.
#![cfg(target_arch = "wasm32")]

use sync_planner::engine::DisplayZone;
use sync_planner::engine::Instant;
use sync_planner::present::text::Lang;
use sync_planner::ui::timefmt::{self, Style};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn t(s: &str) -> Instant {
    s.parse().unwrap()
}

fn zone(name: &str) -> DisplayZone {
    name.parse().unwrap()
}

#[wasm_bindgen_test]
fn offsets_follow_daylight_saving_time() {
    let ny = zone("America/New_York");
    assert_eq!(
        timefmt::offset_secs(t("2026-07-01T12:00:00Z"), &ny),
        -4 * 3600
    );
    assert_eq!(
        timefmt::offset_secs(t("2026-11-21T12:00:00Z"), &ny),
        -5 * 3600
    );
    assert_eq!(
        timefmt::offset_secs(t("2026-11-21T12:00:00Z"), &zone("Asia/Tokyo")),
        9 * 3600
    );
    assert_eq!(
        timefmt::offset_secs(t("2026-11-21T12:00:00Z"), &zone("+05:30")),
        5 * 3600 + 1800
    );
}

#[wasm_bindgen_test]
fn typed_times_convert_on_both_sides_of_a_change() {
    let ny = zone("America/New_York");
    // Clocks go back on 2026-11-01 at 02:00 EDT: before it is UTC-4, after it UTC-5.
    assert_eq!(
        timefmt::from_input("2026-10-31T12:00", &ny),
        Some(t("2026-10-31T16:00:00Z"))
    );
    assert_eq!(
        timefmt::from_input("2026-11-02T12:00", &ny),
        Some(t("2026-11-02T17:00:00Z"))
    );
    // Round trip through the input format, in summer and in winter.
    for instant in ["2026-07-04T15:30:00Z", "2026-12-24T23:45:00Z"] {
        let text = timefmt::to_input(t(instant), &ny);
        assert_eq!(timefmt::from_input(&text, &ny), Some(t(instant)), "{text}");
    }
    // A wall time skipped by the spring change still gives an instant, not a failure.
    assert!(timefmt::from_input("2026-03-08T02:30", &ny).is_some());
    assert_eq!(timefmt::from_input("not a time", &ny), None);
    assert_eq!(
        timefmt::from_input("1900-01-01T00:00", &ny),
        None,
        "outside the era"
    );
}

#[wasm_bindgen_test]
fn an_unknown_zone_is_refused_and_never_throws() {
    assert!(timefmt::zone_known("Asia/Tokyo"));
    assert!(!timefmt::zone_known("Mars/Olympus_Mons"));
    // Formatting with an unknown zone (a link can carry anything) falls back to UTC.
    let text = timefmt::format(
        t("2026-11-21T12:00:00Z"),
        &zone("Mars/Olympus_Mons"),
        Lang::En,
        Style::Time,
    );
    assert!(text.contains("12:00"), "{text}");
    assert_eq!(
        timefmt::offset_secs(t("2026-11-21T12:00:00Z"), &zone("Mars/Olympus_Mons")),
        0
    );
}

#[wasm_bindgen_test]
fn dates_are_written_for_the_language() {
    let tokyo = zone("Asia/Tokyo");
    let ja = timefmt::format(t("2026-11-21T09:03:00Z"), &tokyo, Lang::Ja, Style::DateTime);
    let en = timefmt::format(t("2026-11-21T09:03:00Z"), &tokyo, Lang::En, Style::DateTime);
    assert!(ja.contains("2026/11/21") && ja.contains("18:03"), "{ja}");
    assert!(en.contains("Nov") && en.contains("6:03"), "{en}");
}
