//! A `Set-ADSyncSchedulerConnectorOverride` row: which connector, which full steps were asked
//! for (or cleared), and which cycle runs them — the first to start at or after the cmdlet —
//! or that the cmdlet was refused because the server was down.

use super::lanes::Draft;
use super::rules::rule_text;
use crate::engine::entra::{Cycle, Event, ServerReport};
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

/// The cycle that runs the full steps starts in the very minute of the cmdlet.
const RUNS_NOW: Text = Text::new(
    "The cycle that starts in this same minute runs those full steps on this connector (settings typed at a cycle's start apply to it), and they clear the override.",
    "この同じ時刻に開始するサイクルがこのコネクタの完全ステップを実行し (サイクル開始と同時刻に入力した設定はそのサイクルに適用)、オーバーライドは解除されます。",
);
/// {0}: how long after the cmdlet the cycle started.
const RUNS_NOT_COMPLETED: Text = Text::new(
    "The next cycle, {0} later, planned those full steps but did not complete, so the override stays set for the cycle after it.",
    "{0}後の次のサイクルで完全ステップが予定されましたが、完了しなかったため、オーバーライドは設定されたまま次のサイクルに持ち越されます。",
);
/// The same, for a cycle that started in the very minute of the cmdlet (a stop typed then).
const RUNS_NOW_NOT_COMPLETED: Text = Text::new(
    "The cycle that started in this same minute planned those full steps but did not complete, so the override stays set for the cycle after it.",
    "この同じ時刻に開始したサイクルで完全ステップが予定されましたが、完了しなかったため、オーバーライドは設定されたまま次のサイクルに持ち越されます。",
);
const SUPERSEDED: Text = Text::new(
    "A later Set-ADSyncSchedulerConnectorOverride changed it back before any cycle started, so no cycle runs these full steps.",
    "どのサイクルも開始する前に後続の Set-ADSyncSchedulerConnectorOverride で元に戻されたため、この完全ステップを実行するサイクルはありません。",
);
const REFUSED_WHAT: Text = Text::new(
    "Connector override not set (server down): {0}",
    "コネクタのオーバーライドを設定できず (サーバー停止): {0}",
);
/// {0}: the connector.
const REFUSED: Text = Text::new(
    "Set-ADSyncSchedulerConnectorOverride on {0} could not run because the server (or its ADSync service) was down: nothing changed. Run it again once the server is back.",
    "サーバー (または ADSync サービス) が停止していたため、{0} への Set-ADSyncSchedulerConnectorOverride は実行できず、何も変わりませんでした。サーバーの復旧後に再実行してください。",
);

/// The name of connector `index`, as the rows say it ("?" for an index the report lacks).
fn connector_name(report: &ServerReport, index: usize) -> &str {
    report
        .connectors
        .get(index)
        .map_or("?", |c| c.name.as_str())
}

/// The row of one override event.
pub(super) fn override_row(
    report: &ServerReport,
    event: &Event,
    connector: usize,
    (full_import, full_sync): (Option<bool>, Option<bool>),
    (applies_to, superseded): (Option<u32>, bool),
    lang: Lang,
) -> Draft {
    let name = connector_name(report, connector);
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
        let later = |c: &Cycle| span(lang, (c.start - event.at).num_seconds());
        why.push(match cycle {
            Some(c) if !c.outcome.is_completed() && c.start == event.at => {
                RUNS_NOW_NOT_COMPLETED.get(lang).to_owned()
            }
            Some(c) if !c.outcome.is_completed() => RUNS_NOT_COMPLETED.fill(lang, &[&later(c)]),
            Some(c) if c.start == event.at => RUNS_NOW.get(lang).to_owned(),
            Some(c) => RUNS_IN.fill(lang, &[&later(c)]),
            None if superseded => SUPERSEDED.get(lang).to_owned(),
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

/// A `Set-ADSyncSchedulerConnectorOverride` refused because the server was down
/// (`cmdlet_while_down`): nothing changed.
pub(super) fn refused_row(
    report: &ServerReport,
    event: &Event,
    connector: usize,
    lang: Lang,
) -> Draft {
    let name = connector_name(report, connector);
    Draft {
        at: event.at,
        end: None,
        tone: Tone::Blocked,
        what: REFUSED_WHAT.fill(lang, &[name]),
        why: REFUSED.fill(lang, &[name]),
        rule_words: rule_text(event.rule, lang, None),
        rule: event.rule,
    }
}
