//! The simulated period in words: what the app says when it widened the period to hold what
//! was typed, and, when the person set the period themselves, where it runs and how to fix an
//! entry that falls outside it. The engine decides the period (`Scenario::holding_period`);
//! this module only says it.

use super::grammar;
use super::places::field_name;
use super::text::{Lang, Text};
use crate::engine::{Instant, Scenario, Widening, Window};

/// The note after the period was widened: {0} start, {1} end, {2} what it now holds.
pub const WIDENED: Text = Text::new(
    "The simulated period now runs from {0} to {1}, to hold {2}.",
    "{2}が入るよう、シミュレーション期間を {0} から {1} までに広げました。",
);
/// Said after a refusal of an entry outside a period the person set: {0} start, {1} end.
pub const PERIOD_RUNS: Text = Text::new(
    "The simulated period runs from {0} to {1}.",
    "シミュレーション期間は {0} から {1} までです。",
);
/// The button that widens a period the person set, to hold what falls outside it.
pub const WIDEN: Text = Text::new("Widen the period to hold it", "期間を広げて含める");
/// The button that dismisses the note about a widened period.
pub const DISMISS: Text = Text::new("OK", "OK");

/// The note saying the period was widened, and to hold what.
pub fn widened_note(w: &Widening, lang: Lang, fmt: &dyn Fn(Instant) -> String) -> String {
    let names: Vec<String> = w.holds.iter().map(|p| field_name(p, lang)).collect();
    WIDENED.fill(
        lang,
        &[
            &fmt(w.horizon.start()),
            &fmt(w.horizon.end()),
            &grammar::and_list(lang, &names),
        ],
    )
}

/// Where the period runs, said after an entry outside it was refused.
pub fn period_runs(horizon: &Window, lang: Lang, fmt: &dyn Fn(Instant) -> String) -> String {
    PERIOD_RUNS.fill(lang, &[&fmt(horizon.start()), &fmt(horizon.end())])
}

/// The period field that fixes what falls outside the period: its start when the period must
/// begin earlier, else its end. `None` when no period holds the plan.
pub fn edge_to_fix(scenario: &Scenario) -> Option<&'static str> {
    let w = scenario.holding_period()?;
    Some(if w.horizon.start() < scenario.horizon.start() {
        "horizon.start"
    } else {
        "horizon.end"
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::Preset;
    use chrono::TimeDelta;

    #[test]
    fn the_note_names_the_period_and_each_entry_by_its_label() {
        let now: Instant = "2026-12-08T12:00:00Z".parse().unwrap();
        let mut s = Preset::OffOverWeekend.scenario(now);
        let before = s.horizon.start() - TimeDelta::hours(4);
        s.device.as_mut().unwrap().logons.push(before);
        let w = s.holding_period().unwrap();
        let fmt = |t: Instant| t.format("%m-%d %H:%M").to_string();
        let en = widened_note(&w, Lang::En, &fmt);
        assert!(
            en.starts_with("The simulated period now runs from "),
            "{en}"
        );
        assert!(en.contains(&fmt(before - TimeDelta::hours(1))), "{en}");
        assert!(!en.contains("device.") && !en.contains('['), "{en}");
        let ja = widened_note(&w, Lang::Ja, &fmt);
        assert!(ja.contains("シミュレーション期間"), "{ja}");
        assert_eq!(edge_to_fix(&s), Some("horizon.start"));
        let runs = period_runs(&s.horizon, Lang::En, &fmt);
        assert!(runs.contains(&fmt(s.horizon.start())), "{runs}");
    }
}
