//! Shared checks for the device presenter's tests: every view and answer, whatever the
//! scenario, has rows in time order, lanes in range, no empty text, and Japanese without stray
//! English. The scenario-specific tests are in [`presets`] (the built-in presets) and [`walk`]
//! (hand-written weeks and a walk over many platforms and choices).
use super::*;
use crate::engine::Scenario;
use crate::present::{Shade, ShadeKind};
use crate::presets::Preset;

mod blocker;
mod deadlines;
mod presets;
mod walk;

fn now() -> Instant {
    "2026-11-21T10:30:27Z".parse().expect("instant")
}

fn fmt(t: Instant) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}

/// The device report of a scenario.
fn device_of(s: &Scenario) -> DeviceReport {
    s.simulate().expect("valid").device.expect("a device")
}

fn preset(p: Preset) -> DeviceReport {
    device_of(&p.scenario(now()))
}

fn both(report: &DeviceReport) -> (View, View) {
    (view(report, Lang::En), view(report, Lang::Ja))
}

fn answer_in(report: &DeviceReport, at: Instant, lang: Lang) -> Answer {
    answer(report, at, lang, &fmt)
}

/// ASCII words allowed in Japanese text: product, service and setting names.
const JA_ALLOWED: &[&str] = &[
    "Intune",
    "IME",
    "MDM",
    "dmwappushservice",
    "Device",
    "Management",
    "WAP",
    "Push",
    "message",
    "Routing",
    "Service",
    "DMClient",
    "CSP",
    "PollOnLogin",
    // The CSP node, the protocol spec and the task element the schedule's words cite.
    "Poll",
    "MS",
    "MDE2",
    "EndBoundary",
    "Windows",
    "Linux",
    "iOS",
    "iPadOS",
    "macOS",
    "Win32",
    "Microsoft",
    // Push channels and their vendor, named as products.
    "WNS",
    "APNs",
    "FCM",
    "AOSP",
    "Google",
    // The article a source title names.
    "Qiita",
];

/// Words that say a run happened; a row whose run did not sync must not hold them next to
/// "blocked" or "skipped" (issue 12: "Blocked … ran on time").
const RAN_WORDS: &[&str] = &[
    "ran on time",
    " ran ",
    "push arrived",
    "予定どおり実行",
    "遅れて開始",
    "プッシュが即時に到着",
    "後に到着",
];

/// Fails if Japanese text holds an English word that is not a product name.
fn assert_no_english(text: &str) {
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
    {
        assert!(
            JA_ALLOWED.contains(&word),
            "English word {word:?} in Japanese text: {text}"
        );
    }
}

/// Everything a view must hold whatever the scenario.
fn check_view(en: &View, ja: &View, report: &DeviceReport) {
    // One row per event, and one per deadline the simulation shows.
    let deadlines = report.crossings(report.compliance_validity_days).len()
        + report.crossings(report.cleanup_after_days).len();
    assert_eq!(en.rows.len(), report.events.len() + deadlines);
    assert_eq!(ja.rows.len(), en.rows.len());
    assert_eq!(en.lanes.len(), ja.lanes.len());
    for (l, j) in en.lanes.iter().zip(&ja.lanes) {
        assert_eq!(l.key, j.key);
        assert!(!l.label.is_empty() && !j.label.is_empty());
        assert!(
            l.key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit())
        );
        assert_no_english(&j.label);
    }
    assert!(
        en.rows.windows(2).all(|p| p[0].at <= p[1].at),
        "rows in time order"
    );
    for (r, j) in en.rows.iter().zip(&ja.rows) {
        assert!(r.lane < en.lanes.len(), "lane index in range");
        assert_eq!((r.at, r.lane, r.tone), (j.at, j.lane, j.tone));
        for (e, jt) in [(&r.what, &j.what), (&r.why, &j.why), (&r.rule, &j.rule)] {
            assert!(!e.is_empty() && !jt.is_empty(), "empty text at {}", r.at);
            assert_ne!(e, jt, "Japanese equals English: {e}");
            assert_no_english(jt);
        }
        if matches!(r.tone, Tone::Blocked | Tone::Skipped) {
            for why in [&r.why, &j.why] {
                assert!(
                    RAN_WORDS.iter().all(|w| !why.contains(w)),
                    "a {:?} row says its run happened: {why}",
                    r.tone
                );
            }
        }
    }
    assert!(
        en.shades
            .windows(2)
            .all(|p| p[0].window.start() <= p[1].window.start())
    );
    for s in en.shades.iter().chain(&ja.shades) {
        assert!(!s.label.is_empty());
        assert!(s.window.start() >= report.horizon.start());
        assert!(s.window.end() <= report.horizon.end());
    }
    assert_eq!(en.warnings.len(), ja.warnings.len());
    for (w, j) in en.warnings.iter().zip(&ja.warnings) {
        assert!(!w.is_empty() && w != j);
        assert_no_english(j);
    }
    assert_eq!(en.truncated, report.truncated);
}

/// Everything an answer must hold whatever the scenario.
fn check_answer(report: &DeviceReport, at: Instant) {
    let en = answer_in(report, at, Lang::En);
    let ja = answer_in(report, at, Lang::Ja);
    match (&en, &ja) {
        (
            Answer::Next { at: a, by, detail },
            Answer::Next {
                at: b,
                by: jby,
                detail: jdetail,
            },
        ) => {
            assert_eq!(a, b);
            assert!(*a > at);
            assert!(!by.is_empty() && by != jby);
            assert_no_english(jby);
            let (d, jd) = (
                detail.clone().unwrap_or_default(),
                jdetail.clone().unwrap_or_default(),
            );
            assert!(!d.is_empty() && d != jd);
            assert_no_english(&jd.replace(&fmt(at), ""));
        }
        (
            Answer::Never { why, consequence },
            Answer::Never {
                why: jwhy,
                consequence: jc,
            },
        ) => {
            assert!(!why.is_empty() && why != jwhy);
            assert_no_english(jwhy);
            assert_eq!(consequence.is_some(), jc.is_some());
            if let (Some(c), Some(j)) = (consequence, jc) {
                assert!(!c.is_empty() && c != j);
                assert_no_english(j);
            }
        }
        _ => panic!("the two languages disagree: {en:?} / {ja:?}"),
    }
}
