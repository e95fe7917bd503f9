//! A `Set-ADSyncSchedulerConnectorOverride` row: which connector, which full steps were asked
//! for (or cleared), and which cycle runs them — the next to start after the cmdlet.

use super::lanes::Draft;
use super::rules::rule_text;
use crate::engine::entra::{Event, ServerReport};
use crate::present::Tone;
use crate::present::grammar::{and_list, sep, span};
use crate::present::text::{Lang, Text};

/// The row's label: the connector.
const WHAT: Text = Text::new(
    "Connector override set: {0}",
    "コネクタのオーバーライドを設定: {0}",
);
/// What was asked: the requests, the connector.
const ASKED: Text = Text::new(
    "Set-ADSyncSchedulerConnectorOverride on {1}: {0}.",
    "{1} に Set-ADSyncSchedulerConnectorOverride を実行: {0}。",
);
const FULL_IMPORT: Text = Text::new("full import required", "完全インポートを要求");
const NO_FULL_IMPORT: Text = Text::new("full import request cleared", "完全インポートの要求を解除");
const FULL_SYNC: Text = Text::new("full synchronization required", "完全同期を要求");
const NO_FULL_SYNC: Text = Text::new(
    "full synchronization request cleared",
    "完全同期の要求を解除",
);
const NOTHING: Text = Text::new(
    "no switch given, nothing changes",
    "スイッチの指定なし、変更なし",
);
/// The cycle that runs the full steps: how long after the cmdlet it starts.
const RUNS_IN: Text = Text::new(
    "The next cycle, {0} later, runs those full steps on this connector, and they clear the override.",
    "{0}後の次のサイクルでこのコネクタの完全インポート・完全同期が実行され、オーバーライドは解除されます。",
);
const NO_CYCLE: Text = Text::new(
    "No cycle starts after it within the simulated period, so the override stays set.",
    "期間内にこの後のサイクルがないため、オーバーライドは設定されたままです。",
);

/// The row of one override event.
pub(super) fn override_row(
    report: &ServerReport,
    event: &Event,
    connector: usize,
    (full_import, full_sync): (Option<bool>, Option<bool>),
    applies_to: Option<u32>,
    lang: Lang,
) -> Draft {
    let name = report
        .connectors
        .get(connector)
        .map_or("?", |c| c.name.as_str());
    let mut asked: Vec<String> = Vec::new();
    let mut wants_full = false;
    for (value, yes, no) in [
        (full_import, FULL_IMPORT, NO_FULL_IMPORT),
        (full_sync, FULL_SYNC, NO_FULL_SYNC),
    ] {
        match value {
            Some(true) => {
                wants_full = true;
                asked.push(yes.get(lang).to_owned());
            }
            Some(false) => asked.push(no.get(lang).to_owned()),
            None => {}
        }
    }
    if asked.is_empty() {
        asked.push(NOTHING.get(lang).to_owned());
    }
    let mut why = vec![ASKED.fill(lang, &[&and_list(lang, &asked), name])];
    if wants_full {
        let cycle = applies_to.and_then(|i| report.cycles.get(i as usize));
        why.push(match cycle {
            Some(c) => RUNS_IN.fill(lang, &[&span(lang, (c.start - event.at).num_seconds())]),
            None => NO_CYCLE.get(lang).to_owned(),
        });
    }
    Draft {
        at: event.at,
        end: None,
        tone: Tone::Info,
        what: WHAT.fill(lang, &[name]),
        why: why.join(sep(lang)),
        rule_words: rule_text(event.rule, lang, None),
        rule: event.rule,
    }
}
