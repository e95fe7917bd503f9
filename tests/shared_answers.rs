//! A shared plan gives the colleague the sender's answer: for every preset and a set of edited
//! plans, everything the page says at a fixed "now" (`present::said`) is the same before and
//! after a link round trip and a JSON round trip, in both languages.
//!
//! A property, not a list of fields: an input that changes an answer but is kept outside the
//! scenario (as "a change made on-premises at" once was) makes the sentences differ here, and a
//! field left out of the link or the file does too.

use chrono::TimeDelta;
use sync_planner::engine::entra::{
    Command, ConnectorOverride, IntervalChange, ManualCommand, ServerScenario,
};
use sync_planner::engine::{
    Change, ChangeKind, ChangeOrigin, ChangeRange, DisplayZone, Instant, Period, Scenario, Span,
    Window,
};
use sync_planner::present::said::said;
use sync_planner::present::text::Lang;
use sync_planner::presets::Preset;
use sync_planner::share::{self, SharedView};

fn now() -> Instant {
    "2026-12-08T05:17:00Z".parse().unwrap()
}

/// Instants with the plan's zone named, so that a zone lost on the way changes the words.
fn said_at(scenario: &Scenario, lang: Lang) -> Vec<String> {
    let sim = scenario.simulate().expect("a valid plan");
    let zone = scenario.display_zone.to_string();
    let fmt = move |t: Instant| format!("{} [{zone}]", t.to_rfc3339());
    said(scenario, &sim, now(), lang, &fmt)
}

fn minutes(m: i64) -> TimeDelta {
    TimeDelta::minutes(m)
}

/// The server of a plan, added if it has none.
fn server(s: &mut Scenario) -> &mut ServerScenario {
    s.server.get_or_insert_with(ServerScenario::default)
}

/// Plans as people edit them: each preset, and each preset with one more thing typed.
fn plans() -> Vec<(String, Scenario)> {
    let mut out = Vec::new();
    for preset in Preset::ALL {
        let base = preset.scenario(now());
        out.push((preset.key().to_owned(), base.clone()));

        // "I changed something on-premises at …": the issue's own case.
        let mut s = base.clone();
        s.change = Some(Change::on_premises(now() + minutes(43)));
        server(&mut s);
        out.push((format!("{} + on-premises change", preset.key()), s));

        // A change made in Intune, an app.
        let mut s = base.clone();
        s.change = Some(Change::new(
            now() - minutes(30),
            ChangeOrigin::Intune,
            ChangeKind::App,
        ));
        out.push((format!("{} + Intune app change", preset.key()), s));

        // A dynamic-group change with its ranges, retries and seed set: the forecast they
        // give must travel too.
        let mut s = base.clone();
        s.change = Some(Change {
            dynamic_group: ChangeRange::minutes(10, 120),
            notification: ChangeRange::minutes(5, 90),
            retries: 2,
            seed: 42,
            ..Change::new(
                now() - minutes(20),
                ChangeOrigin::EntraDynamicGroup,
                ChangeKind::Policy,
            )
        });
        out.push((
            format!("{} + dynamic group change with ranges", preset.key()),
            s,
        ));

        // A zone of its own.
        let mut s = base.clone();
        s.display_zone = "+09:00".parse::<DisplayZone>().unwrap();
        out.push((format!("{} + zone", preset.key()), s));

        if base.server.is_some() {
            // A connector override at an instant, with a change just before it.
            let mut s = base.clone();
            let sv = server(&mut s);
            if sv.connectors.is_empty() {
                sv.connectors = ServerScenario::default().connectors;
            }
            let name = sv.connectors[0].name.clone();
            sv.connector_overrides.push(ConnectorOverride {
                at: now() + minutes(7),
                connector: name,
                full_import_required: None,
                full_sync_required: Some(true),
            });
            s.change = Some(Change::on_premises(now() + minutes(5)));
            out.push((format!("{} + override", preset.key()), s));

            // A manual start, an interval change and an open outage.
            let mut s = base.clone();
            let sv = server(&mut s);
            sv.manual.push(ManualCommand {
                at: now() + minutes(61),
                command: Command::StartInitial,
            });
            sv.interval_changes.push(IntervalChange {
                at: now() + minutes(90),
                customized_sync_cycle_interval: Some(Period::from_secs(3 * 3600).unwrap()),
            });
            if sv.outages.is_empty() {
                sv.outages.push(Span::open(now() + TimeDelta::hours(30)));
            }
            out.push((format!("{} + commands", preset.key()), s));
        }
        if base.device.is_some() {
            let mut s = base.clone();
            let d = s.device.as_mut().unwrap();
            d.logons.push(now() + minutes(20));
            d.power_off
                .retain(|p| p.start() > now() + TimeDelta::hours(3));
            d.sleep.retain(|p| p.start() > now() + TimeDelta::hours(3));
            d.sleep
                .push(Window::new(now() + minutes(60), now() + minutes(150)).unwrap());
            out.push((format!("{} + logon and sleep", preset.key()), s));
        }
    }
    out
}

#[test]
fn the_edited_plans_are_valid_and_differ_from_their_presets() {
    let plans = plans();
    assert!(plans.len() >= 20, "{} plans", plans.len());
    for (name, plan) in &plans {
        plan.validate().unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    // The on-premises change moves the server's answer: the test below can see it.
    let wizard = Preset::WizardOpenOvernight.scenario(now());
    let mut changed = wizard.clone();
    changed.change = Some(Change::on_premises(now() + minutes(43)));
    assert_ne!(said_at(&wizard, Lang::En), said_at(&changed, Lang::En));
}

#[test]
fn a_link_gives_the_colleague_every_sentence_the_sender_read() {
    for (name, plan) in plans() {
        let view = SharedView {
            now: Some(now()),
            ..SharedView::default()
        };
        let fragment = share::link(&plan, &view);
        let opened = share::open(&fragment).expect("a link");
        assert!(opened.problems.is_empty(), "{name}: {:?}", opened.problems);
        let back = opened.scenario.expect("the plan");
        assert_eq!(opened.view.now, Some(now()), "{name}: the fixed now");
        for lang in [Lang::En, Lang::Ja] {
            assert_eq!(
                said_at(&plan, lang),
                said_at(&back, lang),
                "{name} ({lang:?}) through the link {fragment}"
            );
        }
    }
}

#[test]
fn a_downloaded_file_gives_the_colleague_every_sentence_the_sender_read() {
    for (name, plan) in plans() {
        let text = plan.to_json();
        let back = Scenario::from_json(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        for lang in [Lang::En, Lang::Ja] {
            assert_eq!(
                said_at(&plan, lang),
                said_at(&back, lang),
                "{name} ({lang:?}) through the file"
            );
        }
    }
}

#[test]
fn an_on_premises_change_without_a_server_is_refused_at_its_origin() {
    let mut s = Preset::FreshlyEnrolled.scenario(now());
    s.change = Some(Change::on_premises(now()));
    let e = Scenario::from_json(&s.to_json()).unwrap_err();
    assert_eq!(e.to_string().split(':').next(), Some("change.origin"));
}

#[test]
fn a_version_1_file_still_opens_and_is_written_as_version_2() {
    let s = Preset::WizardOpenOvernight.scenario(now());
    let v1 = s.to_json().replacen("\"version\": 2", "\"version\": 1", 1);
    assert!(v1.contains("\"version\": 1"));
    let back = Scenario::from_json(&v1).unwrap();
    assert_eq!(back, s);
    assert!(back.to_json().contains("\"version\": 2"));
    let v3 = s.to_json().replacen("\"version\": 2", "\"version\": 3", 1);
    assert!(Scenario::from_json(&v3).is_err());
}
