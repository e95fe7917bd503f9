//! Cycle rows: one per cycle (with its end, so the chart draws a bar) saying why it started
//! when it did and how it went, plus a row on the manual lane for each
//! `Stop-ADSyncSyncCycle` that stopped one.

use super::lanes::{Draft, LaneId};
use super::rules::{interval_name, interval_words, rule_text};
use super::terms::{self, STAGING_NOTE, block_clause, policy, policy_arg};
use crate::engine::Instant;
use crate::engine::entra::{
    Cycle, CycleOutcome, PolicyType, Rule, RunProfile, ServerReport, Trigger,
};
use crate::present::grammar::{every, lower_first, sentence, sep, span};
use crate::present::text::{Lang, Text};
use crate::present::{Mark, Row, Tone};

/// At most this many connector names in one sentence.
const MAX_NAMES: usize = 3;

const ANCHOR: Text = Text::new(
    "It started at NextSyncCycleStartTimeInUTC, the scheduler's first start.",
    "スケジューラの最初の開始時刻 (NextSyncCycleStartTimeInUTC) に開始しました。",
);
/// {0}: the period.
const ANCHOR_PROJECTED: Text = Text::new(
    "NextSyncCycleStartTimeInUTC lay before the simulated period, so the schedule was carried forward {0} to this first slot.",
    "NextSyncCycleStartTimeInUTC が期間の開始より前だったため、そこから{0}の予定を進めた最初の時刻に開始しました。",
);
/// {0}: how long before the cycle the value lay.
const ANCHOR_OVERDUE: Text = Text::new(
    "NextSyncCycleStartTimeInUTC was {0} in the past, more than one interval plus a cycle: the scheduler had not started a cycle since, so this overdue cycle runs at once.",
    "NextSyncCycleStartTimeInUTC が {0} 前と、1間隔とサイクル1回分より古く、スケジューラはそれ以降サイクルを開始していなかったため、期限切れのこのサイクルをすぐに実行しました。",
);
/// {0}: the interval's length, {1}: the setting it comes from.
const FROM_START: Text = Text::new(
    "It started one interval ({0}, {1}) after the previous cycle started.",
    "前回のサイクルの開始から1間隔（{0}、{1}）後に開始しました。",
);
/// {0}: the interval's length, {1}: the setting it comes from.
const FROM_END: Text = Text::new(
    "It started one interval ({0}, {1}) after the previous cycle ended.",
    "前回のサイクルの終了から1間隔（{0}、{1}）後に開始しました。",
);
/// {0}: the `-PolicyType` argument.
const MANUAL_START: Text = Text::new(
    "Start-ADSyncSyncCycle -PolicyType {0} started it.",
    "Start-ADSyncSyncCycle -PolicyType {0} で開始しました。",
);
/// {0}: the `-PolicyType` argument.
const MANUAL_WHILE_DISABLED: Text = Text::new(
    "Start-ADSyncSyncCycle -PolicyType {0} started it although SyncCycleEnabled was False: the switch is taken to stop only the scheduler's own cycles.",
    "SyncCycleEnabled = False でしたが、Start-ADSyncSyncCycle -PolicyType {0} で開始しました（この設定はスケジューラ自身のサイクルだけを止めるという想定）。",
);
/// {0}: the interval's length.
const MANUAL_REBASE: Text = Text::new(
    "The manual cycle before it re-based the schedule: this one came one interval ({0}) after it.",
    "直前の手動サイクルを起点にスケジュールが組み直され、そこから1間隔（{0}）後に開始しました。",
);
/// {0}: the new period.
const INTERVAL_CHANGED: Text = Text::new(
    "The interval changed to {0}; from build 1.1.281 a change applies at once, which moved this start.",
    "間隔が{0}に変更され、ビルド 1.1.281 以降は変更がすぐに適用されるため、この時刻に開始しました。",
);
/// {0}: what blocked the scheduler, as a clause.
const NEXT_SLOT: Text = Text::new(
    "The starts missed while {0} were dropped; it started at the next slot on the schedule.",
    "{0}ため実行できなかった予定は見送られ、次の予定時刻に開始しました。",
);
/// {0}: how late.
const OVERRUN_AT_ONCE: Text = Text::new(
    "The previous cycle was still running at its due time, so it started as soon as that one ended, {0} late.",
    "予定時刻に前回のサイクルがまだ実行中だったため、その終了直後に{0}遅れで開始しました。",
);
const OVERRUN_NEXT_SLOT: Text = Text::new(
    "The previous cycle ran past one or more starts; they were dropped and this is the next slot.",
    "前回のサイクルが予定時刻を過ぎて続いたため、その間の予定は見送られ、次の予定時刻に開始しました。",
);

const CATCH_UP_UNKNOWN: Text = Text::new(
    "It caught up on a start that could not run, as soon as it could.",
    "実行できなかった予定の分を、再開後すぐに実行しました。",
);
/// {0}: how long before the cycle the start was due, {1}: what blocked it.
const CATCH_UP_AT_ONCE: Text = Text::new(
    "The start due {0} earlier could not run because {1}; it ran as soon as that ended.",
    "{0}前の予定は{1}ため実行できず、再開後すぐにその分を実行しました。",
);
/// {0}, {1} as above; {2}: how long after the block ended it ran.
const CATCH_UP_LATER: Text = Text::new(
    "The start due {0} earlier could not run because {1}; it ran {2} after that ended.",
    "{0}前の予定は{1}ため実行できず、再開から{2}後にその分を実行しました。",
);

/// {0}: how long it took.
const COMPLETED: Text = Text::new("It completed in {0}.", "{0}で完了しました。");
/// {0}: how long after its start it was stopped.
const STOPPED: Text = Text::new(
    "Stop-ADSyncSyncCycle stopped it {0} after it started; changes not yet exported go in the next cycle.",
    "開始から{0}後に Stop-ADSyncSyncCycle で停止されました。未エクスポートの変更は次のサイクルで反映されます。",
);
/// A stop typed in the very minute the cycle started (from build 1.1.281: nothing ran).
const STOPPED_AT_START: Text = Text::new(
    "Stop-ADSyncSyncCycle, typed in the minute it started, stopped it at once (a stop typed at a cycle's start stops that cycle); changes not yet exported go in the next cycle, and a pending Initial or full steps asked for by connector overrides stay pending.",
    "開始と同じ時刻に入力された Stop-ADSyncSyncCycle ですぐに停止されました (サイクル開始と同時刻の停止はそのサイクルを止めます)。未エクスポートの変更は次のサイクルで反映され、保留中の Initial やコネクタのオーバーライドで要求された完全ステップは保留のままです。",
);
/// {0}: when the stop was asked for, after the start; {1}: how long the step took to finish.
const STOPPED_AFTER_STEP: Text = Text::new(
    "Stop-ADSyncSyncCycle asked it to stop {0} after it started; before build 1.1.281 the connector finishes its current step, so it ended {1} later. Changes not yet exported go in the next cycle.",
    "開始から{0}後に Stop-ADSyncSyncCycle で停止が要求され、コネクタが実行中のステップを終えた{1}後に止まりました（ビルド 1.1.281 より前の動作）。未エクスポートの変更は次のサイクルで反映されます。",
);
/// {0}: how long it ran.
const INTERRUPTED: Text = Text::new(
    "The server went down {0} after it started, which ended it; changes not yet exported wait for the next cycle.",
    "開始から{0}後にサーバーが停止したため、そこで打ち切られました。未エクスポートの変更は次のサイクルで反映されます。",
);
const INITIAL_STEPS: Text = Text::new(
    "Initial: full import and full sync on every connector.",
    "Initial のため、すべてのコネクタで完全インポートと完全同期を実行しました。",
);
/// {0}: the connectors' names.
const OVERRIDE_STEPS: Text = Text::new(
    "Set-ADSyncSchedulerConnectorOverride asked for full steps on {0}.",
    "Set-ADSyncSchedulerConnectorOverride の指定により、{0} で完全インポート・完全同期を実行しました。",
);
const STAGING_RAN: Text = Text::new(
    "Staging mode: imports and syncs ran, exports were suppressed.",
    "ステージング モードのため、インポートと同期は実行されましたが、エクスポートは行われませんでした。",
);
/// {0}: how long after the start the export ended.
const REACHED_ENTRA: Text = Text::new(
    "Changes made on-premises before it started reached Entra ID {0} after it started.",
    "開始前に行われたオンプレミスの変更は、開始から{0}後に Entra ID へ反映されました。",
);

/// A delta cycle that runs a full sync on some connectors, after its name: {0} the connectors.
const WITH_FULL_SYNC: Text = Text::new(" with full sync on {0}", "{0} で完全同期");
/// The same for a full import only: {0} the connectors.
const WITH_FULL_IMPORT: Text = Text::new(" with full import on {0}", "{0} で完全インポート");

const STOP_WHAT: Text = Text::new(
    "Stop-ADSyncSyncCycle: cycle stopped",
    "Stop-ADSyncSyncCycle: サイクルを停止",
);
/// {0}: the cycle, {1}: how long it had run.
const STOP_WHY: Text = Text::new(
    "It stopped the {0} that had started {1} earlier; the scheduler keeps its next start.",
    "{1}前に開始した{0}を停止しました。スケジューラの次の開始時刻は変わりません。",
);
/// {0}: the cycle.
const STOP_WHY_AT_START: Text = Text::new(
    "It stopped the {0} that started in this same minute; the scheduler keeps its next start.",
    "同じ時刻に開始した{0}を停止しました。スケジューラの次の開始時刻は変わりません。",
);
/// {0}: the cycle, {1}: how long it had run.
const STOP_WHY_AFTER_STEP: Text = Text::new(
    "It asked the {0} that had started {1} earlier to stop; before build 1.1.281 the connector finishes its current step first.",
    "{1}前に開始した{0}の停止を要求しました。ビルド 1.1.281 より前のため、コネクタは実行中のステップを終えてから止まります。",
);

/// One row per cycle, plus one on the manual lane for each stop command that stopped one.
pub(super) fn cycle_rows(report: &ServerReport, lang: Lang, out: &mut Vec<(LaneId, Row)>) {
    for cycle in &report.cycles {
        let lane = if cycle.trigger == Trigger::Manual {
            LaneId::Manual
        } else {
            LaneId::Cycle
        };
        let tone = match (cycle.outcome, cycle.trigger) {
            (CycleOutcome::Stopped { .. } | CycleOutcome::Interrupted { .. }, _) => Tone::Blocked,
            (_, Trigger::CatchUp | Trigger::Overrun) => Tone::CaughtUp,
            _ => Tone::Synced,
        };
        let why = [
            start_sentence(report, cycle, lang),
            outcome_sentence(report, cycle, lang),
        ]
        .join(sep(lang));
        // A cycle that runs full steps is what "when does the full sync run?" looks for.
        let mark = if cycle.policy == PolicyType::Initial || full_steps(report, cycle).is_some() {
            Mark::FullSteps
        } else {
            Mark::Plain
        };
        Draft {
            at: cycle.start,
            end: Some(cycle.end),
            tone,
            what: cycle_what(report, cycle, lang),
            why,
            rule_words: rule_text(
                cycle.rule,
                lang,
                Some(interval_words(report, cycle.interval, lang)),
            ),
            rule: cycle.rule,
        }
        .push_marked(lane, mark, out);

        if let CycleOutcome::Stopped {
            requested_at, rule, ..
        } = cycle.outcome
        {
            stop_row(cycle, requested_at, rule, lang).push(LaneId::Manual, out);
        }
    }
}

/// "Delta cycle", "Catch-up: delta cycle (staging mode) — stopped", "Delta cycle with full
/// sync on AD Forest A"; Japanese gathers every note in one parenthesis: "遅延実行:
/// 完全同期サイクル（Initial、手動で停止）", "差分同期サイクル（AD Forest A で完全同期）".
fn cycle_what(report: &ServerReport, cycle: &Cycle, lang: Lang) -> String {
    let prefix = terms::trigger_prefix(cycle.trigger).get(lang);
    let kind = terms::policy_base(cycle.policy).get(lang);
    // Lower-case after a prefix ("Catch-up: delta cycle").
    let kind = if prefix.is_empty() {
        kind.to_owned()
    } else {
        lower_first(kind)
    };
    let staging = if cycle.staging {
        STAGING_NOTE.get(lang)
    } else {
        ""
    };
    // English says the full steps after the name, Japanese among the notes.
    let full = full_steps(report, cycle)
        .map(|(names, profile)| {
            let words = match profile {
                RunProfile::FullImport => WITH_FULL_IMPORT,
                _ => WITH_FULL_SYNC,
            };
            words.fill(lang, &[&names])
        })
        .unwrap_or_default();
    let (after_name, full_note) = match lang {
        Lang::En => (full.as_str(), ""),
        Lang::Ja => ("", full.as_str()),
    };
    let notes = terms::notes(
        lang,
        &[
            terms::policy_note(cycle.policy).get(lang),
            full_note,
            staging,
            terms::outcome_note(cycle.outcome).get(lang),
        ],
    );
    let suffix = terms::outcome_suffix(cycle.outcome).get(lang);
    format!("{prefix}{kind}{after_name}{notes}{suffix}")
}

/// The connectors a delta cycle runs full steps on (a connector override, or a connector's own
/// "full sync required"), as a short list, with the fullest step among them: a full sync when
/// any runs one, else a full import. `None` for a plain delta cycle and for an Initial one,
/// whose name already says it is full.
fn full_steps(report: &ServerReport, cycle: &Cycle) -> Option<(String, RunProfile)> {
    if cycle.policy == PolicyType::Initial {
        return None;
    }
    let mut seen: Vec<u16> = Vec::new();
    let mut profile = RunProfile::FullImport;
    for step in report.steps(cycle) {
        if !matches!(step.profile, RunProfile::FullImport | RunProfile::FullSync) {
            continue;
        }
        if step.profile == RunProfile::FullSync {
            profile = RunProfile::FullSync;
        }
        if !seen.contains(&step.connector) {
            seen.push(step.connector);
        }
    }
    (!seen.is_empty()).then(|| (short_list(report, &seen), profile))
}

/// Why the cycle started when it did, from the rule that placed it.
fn start_sentence(report: &ServerReport, cycle: &Cycle, lang: Lang) -> String {
    let gap = span(lang, i64::from(cycle.interval.secs()));
    let name = interval_name(report, cycle.interval);
    let arg = policy_arg(cycle.policy);
    let period = || every(lang, cycle.interval);
    match cycle.rule {
        Rule::Anchor => ANCHOR.get(lang).to_owned(),
        Rule::AnchorProjected => ANCHOR_PROJECTED.fill(lang, &[&period()]),
        Rule::AnchorOverdue => {
            let overdue = cycle.slot.map_or(0, |s| (cycle.start - s).num_seconds());
            ANCHOR_OVERDUE.fill(lang, &[&span(lang, overdue)])
        }
        Rule::IntervalFromStart => FROM_START.fill(lang, &[&gap, name]),
        Rule::IntervalFromEnd => FROM_END.fill(lang, &[&gap, name]),
        Rule::ManualStart => MANUAL_START.fill(lang, &[arg]),
        Rule::ManualWhileDisabled => MANUAL_WHILE_DISABLED.fill(lang, &[arg]),
        Rule::ManualRebase => MANUAL_REBASE.fill(lang, &[&gap]),
        Rule::IntervalChangeImmediate => INTERVAL_CHANGED.fill(lang, &[&period()]),
        Rule::CatchUpAtOnce => catch_up_sentence(report, cycle, lang),
        Rule::CatchUpNextSlot => {
            let cause = report
                .last_block_before(cycle.start)
                .map_or(terms::UNKNOWN_BLOCK, |b| block_clause(b.cause));
            NEXT_SLOT.fill(lang, &[cause.get(lang)])
        }
        Rule::OverrunStartAtOnce => {
            let late = cycle.slot.map_or(0, |s| (cycle.start - s).num_seconds());
            OVERRUN_AT_ONCE.fill(lang, &[&span(lang, late)])
        }
        Rule::OverrunSkipToNextSlot => OVERRUN_NEXT_SLOT.get(lang).to_owned(),
        // Not a start rule today; say the rule rather than nothing.
        other => sentence(lang, &rule_text(other, lang, None)),
    }
}

/// A catch-up cycle: which start it serves, why that start could not run, and how long after
/// the block it ran.
fn catch_up_sentence(report: &ServerReport, cycle: &Cycle, lang: Lang) -> String {
    let Some(block) = cycle.slot.and_then(|slot| report.block_at_slot(slot)) else {
        return CATCH_UP_UNKNOWN.get(lang).to_owned();
    };
    let earlier = span(lang, (cycle.start - block.first_slot).num_seconds());
    let cause = block_clause(block.cause).get(lang);
    let delay = (cycle.start - block.until).num_seconds();
    if delay > 0 {
        CATCH_UP_LATER.fill(lang, &[&earlier, cause, &span(lang, delay)])
    } else {
        CATCH_UP_AT_ONCE.fill(lang, &[&earlier, cause])
    }
}

/// How the cycle went: length, what it did (staging, full steps), when changes reached Entra
/// ID, or how it was cut short.
fn outcome_sentence(report: &ServerReport, cycle: &Cycle, lang: Lang) -> String {
    let took = span(lang, (cycle.end - cycle.start).num_seconds());
    let mut parts: Vec<String> = Vec::new();
    match cycle.outcome {
        CycleOutcome::Completed => parts.push(COMPLETED.fill(lang, &[&took])),
        CycleOutcome::Stopped {
            requested_at, rule, ..
        } => {
            let after = span(lang, (requested_at - cycle.start).num_seconds());
            let finish = span(lang, (cycle.end - requested_at).num_seconds());
            parts.push(if rule == Rule::StopFinishesStep {
                STOPPED_AFTER_STEP.fill(lang, &[&after, &finish])
            } else if requested_at == cycle.start {
                STOPPED_AT_START.get(lang).to_owned()
            } else {
                STOPPED.fill(lang, &[&after])
            });
        }
        CycleOutcome::Interrupted { .. } => parts.push(INTERRUPTED.fill(lang, &[&took])),
    }
    if cycle.policy == PolicyType::Initial {
        parts.push(INITIAL_STEPS.get(lang).to_owned());
    } else if let Some(names) = override_names(report, cycle) {
        parts.push(OVERRIDE_STEPS.fill(lang, &[&names]));
    }
    if cycle.staging {
        parts.push(STAGING_RAN.get(lang).to_owned());
    } else if cycle.outcome.is_completed()
        && let Some(done) = report.entra_export_end(cycle)
    {
        let after = span(lang, (done - cycle.start).num_seconds());
        parts.push(REACHED_ENTRA.fill(lang, &[&after]));
    }
    parts.join(sep(lang))
}

/// The connectors that ran a full step because of a connector override, as a short list.
pub(super) fn override_names(report: &ServerReport, cycle: &Cycle) -> Option<String> {
    let mut seen: Vec<u16> = Vec::new();
    for step in report.steps(cycle) {
        if step.rule == Rule::ConnectorOverride && !seen.contains(&step.connector) {
            seen.push(step.connector);
        }
    }
    if seen.is_empty() {
        return None;
    }
    Some(short_list(report, &seen))
}

/// Connectors by index, named, at most [`MAX_NAMES`] of them and a count of the rest.
fn short_list(report: &ServerReport, seen: &[u16]) -> String {
    let names: Vec<&str> = seen
        .iter()
        .take(MAX_NAMES)
        .filter_map(|&i| report.connectors.get(usize::from(i)))
        .map(|c| c.name.as_str())
        .collect();
    let more = seen.len().saturating_sub(MAX_NAMES);
    let mut list = names.join(", ");
    if more > 0 {
        list += &format!(" (+{more})");
    }
    list
}

/// The Stop-ADSyncSyncCycle command that stopped a cycle, as its own row.
fn stop_row(cycle: &Cycle, requested_at: Instant, rule: Rule, lang: Lang) -> Draft {
    let ran = span(lang, (requested_at - cycle.start).num_seconds());
    // Mid-sentence: "the delta cycle" (Japanese has no case to change).
    let kind = lower_first(policy(cycle.policy).get(lang));
    let why = if rule == Rule::StopFinishesStep {
        STOP_WHY_AFTER_STEP.fill(lang, &[&kind, &ran])
    } else if requested_at == cycle.start {
        STOP_WHY_AT_START.fill(lang, &[&kind])
    } else {
        STOP_WHY.fill(lang, &[&kind, &ran])
    };
    Draft {
        at: requested_at,
        end: None,
        tone: Tone::Info,
        what: STOP_WHAT.get(lang).to_owned(),
        why,
        rule_words: rule_text(rule, lang, None),
        rule,
    }
}
