//! The link formats, natively: every preset fits in 300 characters with its view, every link
//! reopens exactly, stored links of every format keep opening, and damage is named.

use super::*;
use crate::present::text::Lang;
use crate::present::{System, Tone};
use crate::presets::Preset;

fn now() -> Instant {
    "2026-11-21T10:30:27Z".parse().unwrap()
}

/// A view with every part set, as the UI would send it for `preset`.
fn full_view(preset: Preset, scenario: &Scenario) -> SharedView {
    let start = scenario.horizon.start();
    SharedView {
        system: Some(if scenario.device.is_some() {
            System::Device
        } else {
            System::Server
        }),
        zoom: Some(preset.zoom()),
        pan: Some(start + TimeDelta::minutes(95)),
        now: Some(now()),
        lang: Some(Lang::Ja),
        lane: Some("s2".to_owned()),
        outcome: Some(Tone::CaughtUp),
    }
}

#[test]
fn every_preset_link_with_its_whole_view_is_at_most_300_characters() {
    for preset in Preset::ALL {
        let scenario = preset.scenario(now());
        let view = full_view(preset, &scenario);
        let fragment = link(&scenario, &view);
        let address = format!("#{fragment}");
        // The lengths the README quotes: `cargo test preset_link -- --nocapture`.
        let plain = SharedView {
            zoom: Some(preset.zoom()),
            ..SharedView::default()
        };
        println!(
            "{}: {} characters with its zoom, {} with its whole view",
            preset.key(),
            link(&scenario, &plain).len() + 1,
            address.len()
        );
        assert!(
            address.len() <= 300,
            "{}: {} characters: {address}",
            preset.key(),
            address.len()
        );
        // Only characters that travel unescaped in a fragment.
        assert!(
            address
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"#-._~!()*,:;=&@".contains(&b)),
            "{address}"
        );
    }
}

#[test]
fn links_reopen_the_same_plan_and_view() {
    for preset in Preset::ALL {
        for shift in [0, 7_919, 86_400 * 400 + 17] {
            let scenario = preset.scenario(now() + TimeDelta::seconds(shift));
            let view = full_view(preset, &scenario);
            let opened = open(&format!("#{}", link(&scenario, &view))).unwrap();
            assert_eq!(opened.problems, vec![], "{}", preset.key());
            assert_eq!(opened.kept(), Kept::Everything);
            assert_eq!(
                opened.scenario.as_ref(),
                Some(&scenario),
                "{}",
                preset.key()
            );
            assert_eq!(opened.view, view, "{}", preset.key());
        }
    }
}

#[test]
fn edited_scenarios_round_trip_too() {
    use crate::engine::DisplayZone;
    use crate::engine::intune::{ManualSync, ManualVia, Platform};
    let mut scenario = Preset::FreshlyEnrolled.scenario(now());
    scenario.display_zone = "Asia/Tokyo".parse::<DisplayZone>().unwrap();
    let device = scenario.device.as_mut().unwrap();
    device.platform = Platform::Ios;
    device.seed = 42;
    device.push.min_spacing = crate::engine::Delay::ZERO;
    device.manual_syncs.push(ManualSync {
        at: now() + TimeDelta::seconds(61),
        via: ManualVia::CompanyPortal,
    });
    let mut with_server = Preset::WizardOpenOvernight.scenario(now());
    with_server.device = scenario.device.clone();
    if let Some(server) = with_server.server.as_mut() {
        server.connectors[0].name = "contoso (日本) ~ 100% & more".to_owned();
    }
    // What a Task Scheduler import gives a device travels too: each set's own start, end
    // boundary and random delay, further triggers, the maintenance window, the IME's power-on.
    let mut imported = Preset::FreshlyEnrolled.scenario(now());
    {
        use crate::engine::intune::{
            CustomPoll, ExtraTrigger, ImePowerOn, PollSet, PollTask, RuleSet,
        };
        use crate::engine::{Delay, Period};
        let device = imported.device.as_mut().unwrap();
        device.rule_set = RuleSet::Custom(CustomPoll {
            first: None,
            second: Some(PollSet {
                starts_after: Some(Delay::minutes(15)),
                ..PollSet::new(Period::minutes(15), 8)
            }),
            remaining: Some(PollSet {
                ends_after: Some(Delay::minutes(3 * 24 * 60)),
                random_delay: Some(Delay::minutes(60)),
                ..PollSet::new(Period::hours(8), 0)
            }),
            poll_on_login: true,
            extra: vec![ExtraTrigger {
                task: PollTask::Remaining,
                starts_after: Delay::minutes(240),
                interval: Period::hours(24),
                count: 0,
                ends_after: None,
                random_delay: Some(Delay::ZERO),
            }],
        });
        device.scheduler.maintenance_window = "03:30+09:00".parse().unwrap();
        device.ime.power_on = ImePowerOn::ServiceStart;
    }
    let fragment = to_fragment(&imported);
    for code in ["xt:", "tk:", "sa:", "ea:", "mw:", "pw:SS"] {
        assert!(fragment.contains(code), "{code} not in {fragment}");
    }
    for s in [scenario, with_server, imported] {
        let view = SharedView::default();
        let opened = open(&link(&s, &view)).unwrap();
        assert_eq!(opened.problems, vec![]);
        assert_eq!(opened.scenario, Some(s));
    }
}

#[test]
fn defaults_are_left_out_and_codes_are_short() {
    let scenario = Preset::FreshlyEnrolled.scenario(now());
    let fragment = to_fragment(&scenario);
    // The whole device is its enrolment instant, which is the horizon's start.
    assert!(
        fragment.starts_with("v2=(dv:(en:@0),h:(e:@3c0,s:@0))&t="),
        "{fragment}"
    );
}

/// A stored link: the fragment in `tests/fixtures/links/<name>.txt`.
fn stored(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/links/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .trim()
        .to_owned()
}

/// The plan a stored link was made from: `tests/fixtures/links/<name>.scenario.json`, written
/// when the fixtures were made (the presets have moved since, so today's presets are no guide).
fn stored_plan(name: &str) -> crate::engine::Scenario {
    let path = format!(
        "{}/tests/fixtures/links/{name}.scenario.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    crate::engine::Scenario::from_json(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn stored_links_of_every_format_keep_opening_to_the_same_plan_and_answer() {
    for (name, plan) in [
        ("v1-weekend", "weekend"),
        ("v1-wizard", "wizard"),
        ("v2-weekend", "weekend"),
        ("v2-wizard", "wizard"),
    ] {
        let opened = open(&stored(name)).unwrap();
        assert_eq!(opened.problems, vec![], "{name}");
        let scenario = opened.scenario.unwrap();
        let expected = stored_plan(plan);
        assert_eq!(scenario, expected, "{name}");
        let outcome = scenario.simulate().unwrap();
        assert_eq!(
            serde_json::to_string(&outcome).unwrap(),
            serde_json::to_string(&expected.simulate().unwrap()).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn fragments_without_a_link_are_not_links() {
    for text in ["", "#", "#top", "#x=1&sort=2", "#v=1", "#v1x=2"] {
        assert_eq!(open(text), None, "{text}");
        assert_eq!(from_fragment(text), Ok(None));
    }
}

#[test]
fn every_cut_short_link_is_named_and_never_opens_a_wrong_view() {
    let scenario = Preset::PushServiceDisabled.scenario(now());
    let view = full_view(Preset::PushServiceDisabled, &scenario);
    let fragment = link(&scenario, &view);
    for end in 0..fragment.len() {
        let cut = &fragment[..end];
        let Some(opened) = open(cut) else {
            assert!(!cut.contains("v2"), "{cut}");
            continue;
        };
        assert!(!opened.problems.is_empty(), "{cut}");
        assert_ne!(opened.kept(), Kept::Everything);
        if opened.scenario.is_some() {
            // The plan may survive when only the view or the check was lost.
            assert_eq!(opened.scenario.as_ref(), Some(&scenario), "{cut}");
        }
    }
}

#[test]
fn a_changed_link_keeps_the_plan_but_not_the_view() {
    let scenario = Preset::IntervalThreeHours.scenario(now());
    let view = full_view(Preset::IntervalThreeHours, &scenario);
    let fragment = link(&scenario, &view).replace("&z=d", "&z=w");
    let opened = open(&fragment).unwrap();
    assert_eq!(opened.problems, vec![LinkProblem::Altered]);
    assert_eq!(opened.kept(), Kept::PlanNotView);
    assert_eq!(opened.scenario, Some(scenario));
    assert_eq!(opened.view, SharedView::default());
}

#[test]
fn an_unreadable_view_part_is_named_and_the_rest_is_kept() {
    let scenario = Preset::FreshlyEnrolled.scenario(now());
    let good = link(&scenario, &SharedView::default());
    let (body, _) = good.rsplit_once("&c=").unwrap();
    let body = format!("{body}&z=zz&l=ja");
    let fragment = format!("{body}&c={}", checksum(&body));
    let opened = open(&fragment).unwrap();
    assert_eq!(opened.problems, vec![LinkProblem::View(ViewPart::Zoom)]);
    assert_eq!(opened.kept(), Kept::PlanNotView);
    assert_eq!(opened.view.lang, Some(Lang::Ja));
}

#[test]
fn damaged_tampered_oversized_and_newer_links_are_named() {
    let long = format!("v2={}", "(".repeat(MAX_FRAGMENT_CHARS));
    assert_eq!(open(&long).unwrap().problems, vec![LinkProblem::TooLong]);
    assert_eq!(open("#v3=abc").unwrap().problems, vec![LinkProblem::Newer]);
    let garbled = open("#v2=(dv:(en:@0&t=1&c=00000").unwrap();
    assert_eq!(garbled.problems[0], LinkProblem::Garbled);
    assert_eq!(garbled.kept(), Kept::Nothing);
    let invalid = link(
        &Preset::FreshlyEnrolled.scenario(now()),
        &SharedView::default(),
    )
    .replace("en:@0", "en:!t");
    assert!(matches!(
        open(&invalid).unwrap().problems[0],
        LinkProblem::Scenario(_)
    ));
    assert_eq!(from_fragment("#s=%%%"), Err(LinkProblem::Garbled));
    // Text that was never a link is named once, not also "cut short".
    assert_eq!(
        open("#v2=garbage%%%((").unwrap().problems,
        vec![LinkProblem::Garbled]
    );
}

#[test]
fn punctuation_encoded_by_a_mail_tool_still_opens() {
    let scenario = Preset::ServerDownEightDays.scenario(now());
    let fragment = link(&scenario, &SharedView::default());
    let mangled = fragment
        .replace('(', "%28")
        .replace(')', "%29")
        .replace(':', "%3a");
    let opened = open(&mangled).unwrap();
    assert_eq!(opened.problems, vec![]);
    assert_eq!(opened.scenario, Some(scenario));
}
