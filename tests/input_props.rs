//! Every way text gets into the app — a pasted scenario, a shared link — must answer with a
//! result or an error, never a panic (a panic kills the WASM app). Arbitrary text, and valid
//! scenarios with random damage, are thrown at each entry point; whatever is accepted must
//! also simulate without panicking.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sync_planner::engine::{Instant, Scenario};
use sync_planner::presets::Preset;
use sync_planner::share;

fn now() -> Instant {
    "2026-11-21T10:30:00Z".parse().unwrap()
}

/// Valid scenario texts to damage: every preset.
fn samples() -> Vec<String> {
    Preset::ALL
        .iter()
        .map(|p| serde_json::to_string(&p.scenario(now())).unwrap())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn arbitrary_text_is_not_a_panic(text in ".{0,400}") {
        let _ = Scenario::from_json(&text);
        let _ = share::from_fragment(&text);
    }

    #[test]
    fn damaged_scenarios_are_refused_or_simulated(
        which in 0usize..6,
        cuts in proptest::collection::vec((any::<prop::sample::Index>(), any::<char>()), 1..6),
    ) {
        let mut text: Vec<char> = samples()[which].chars().collect();
        for (at, c) in cuts {
            let i = at.index(text.len());
            text[i] = c;
        }
        let text: String = text.into_iter().collect();
        if let Ok(scenario) = Scenario::from_json(&text) {
            // Accepted after damage (e.g. a digit changed): it must still run to the end.
            let outcome = scenario.simulate();
            prop_assert!(outcome.is_ok());
        }
    }

    #[test]
    fn numbers_in_a_scenario_can_be_anything(days in any::<i64>(), count in any::<u64>()) {
        let text = format!(
            r#"{{"version":1,"horizon":{{"start":"2026-11-21T00:00:00Z","end":"2026-11-22T00:00:00Z"}},
               "device":{{"enrolled_at":"2026-11-21T00:00:00Z","seed":{count},
                          "service":{{"compliance_validity_days":{days}}}}}}}"#
        );
        let _ = Scenario::from_json(&text).map(|s| s.simulate());
    }
}

#[test]
fn a_shared_link_round_trips_every_preset() {
    for preset in Preset::ALL {
        let scenario = preset.scenario(now());
        let fragment = share::to_fragment(&scenario);
        assert_eq!(
            share::from_fragment(&fragment).unwrap(),
            Some(scenario),
            "{}",
            preset.key()
        );
    }
}
