//! An Entra Connect Sync server's simulation in words: lanes, rows, shaded spans, warnings and
//! the one-sentence answer, in Japanese and English.
//!
//! The engine (`crate::engine::entra`) reports codes and instants so that it stays free of
//! language; this module is the only place that phrases them, so the timeline, the event list
//! and the answer all say the same thing. Every sentence is written in both languages side by
//! side (`match lang { Lang::Ja => …, Lang::En => … }`) so that the two cannot drift apart.
//!
//! Choices a reader of the code should know:
//!
//! - **Lanes** (only those with rows are shown, in this order): `cycle` (scheduled, catch-up and
//!   late cycles, plus the slots skipped or missed), `manual` (`Start-ADSyncSyncCycle` cycles,
//!   refusals, `Stop-ADSyncSyncCycle`), `settings` (`Set-ADSyncScheduler` interval changes),
//!   `phs` (password hash sync, one row per running or paused stretch, never one per 2-minute
//!   run) and `warnings`.
//! - **Tones**: a completed cycle is `Synced`; a catch-up cycle and a cycle started late because
//!   its predecessor overran are `CaughtUp`; skipped and missed slots are `Skipped`; a refused
//!   `Start-ADSyncSyncCycle` is `Blocked`; a cycle that did not complete (stopped by
//!   `Stop-ADSyncSyncCycle` or cut off by an outage) is `Blocked` too, because its later changes
//!   did not reach Entra ID and a reader filtering on "did not finish" should find it; the stop
//!   command itself, an ignored stop and interval changes are `Info`; warnings are `Warning`.
//!   Password hash sync: running stretches are `Synced`, paused ones `Skipped`, "not enabled"
//!   is `Info`.
//! - **Times in rows**: `view` has no time formatter (the contract keeps it zone-free), so row
//!   sentences speak in lengths relative to the row ("45 min later") and, where a date is the
//!   point (the 7-day rule), in UTC with the zone named, as `NextSyncCycleStartTimeInUTC` does.
//!   The answer gets a formatter and uses the reader's zone.

use chrono::Timelike;

use super::grammar::{every, relative, span};
use super::text::Text;
use super::{Answer, Lane, Row, Shade, ShadeKind, Tone, View};
use crate::engine::Instant;
use crate::engine::entra::answers::timespan;
use crate::engine::entra::import::OrderBasis;
use crate::engine::entra::{
    Condition, Cycle, CycleOutcome, Event, EventKind, NextCycle, NoCycleCause, PhsPause,
    PhsSegment, PhsState, PolicyType, Rejection, Rule, ServerReport, SkipCause, Trigger, Warning,
    WarningKind,
};
use crate::engine::entra::{ExportCaveat, SchedulerOutput};
use crate::engine::limits::MAX_EVENTS;
use crate::engine::time::Period;
use crate::i18n::Lang;

/// The 7-day delta rule's limit (the engine's own constant is private to its simulation).
const SEVEN_DAYS: Period = Period::days(7);

/// At most this many warning sentences above the timeline; the rest stay in the Warnings lane,
/// so that a year of 8-day intervals does not push the timeline off the screen.
const MAX_WARNING_SENTENCES: usize = 20;

/// At most this many connector names in one sentence.
const MAX_NAMES: usize = 3;

/// How far back a catch-up cycle looks for the skip that caused it (events are in time order,
/// so the skip is the last one or nearly; the bound keeps each lookup constant-time).
const LOOKBACK: usize = 16;

// ---------------------------------------------------------------------------------------------
// The view
// ---------------------------------------------------------------------------------------------

/// Lanes, rows, shades and warnings for the timeline and the event list.
pub fn view(report: &ServerReport, lang: Lang) -> View {
    let mut drafts: Vec<(LaneId, Row)> = Vec::new();
    cycle_rows(report, lang, &mut drafts);
    event_rows(report, lang, &mut drafts);
    phs_rows(report, lang, &mut drafts);
    warning_rows(report, lang, &mut drafts);
    // Stable: rows at one instant keep the order above (cycle before the refusal it caused).
    drafts.sort_by_key(|(_, row)| row.at);

    let used: Vec<LaneId> = LaneId::ALL
        .into_iter()
        .filter(|id| drafts.iter().any(|(lane, _)| lane == id))
        .collect();
    let lanes = used
        .iter()
        .map(|id| Lane {
            key: id.key(),
            label: id.label(lang),
        })
        .collect();
    let rows = drafts
        .into_iter()
        .map(|(id, mut row)| {
            row.lane = used.iter().position(|u| *u == id).unwrap_or(0);
            row
        })
        .collect();
    View {
        lanes,
        rows,
        shades: shades(report, lang),
        warnings: warning_sentences(report, lang),
        truncated: report.truncated,
    }
}

/// The lanes a server view can have, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LaneId {
    Cycle,
    Manual,
    Settings,
    Phs,
    Warnings,
}

impl LaneId {
    const ALL: [LaneId; 5] = [
        LaneId::Cycle,
        LaneId::Manual,
        LaneId::Settings,
        LaneId::Phs,
        LaneId::Warnings,
    ];

    const fn key(self) -> &'static str {
        match self {
            LaneId::Cycle => "cycle",
            LaneId::Manual => "manual",
            LaneId::Settings => "settings",
            LaneId::Phs => "phs",
            LaneId::Warnings => "warnings",
        }
    }

    fn label(self, lang: Lang) -> String {
        let text = match (self, lang) {
            (LaneId::Cycle, Lang::Ja) => "同期サイクル",
            (LaneId::Cycle, Lang::En) => "Sync cycle",
            (LaneId::Manual, Lang::Ja) => "手動実行 (コマンドレット)",
            (LaneId::Manual, Lang::En) => "Manual (cmdlets)",
            (LaneId::Settings, Lang::Ja) => "スケジューラ設定",
            (LaneId::Settings, Lang::En) => "Scheduler settings",
            (LaneId::Phs, Lang::Ja) => "パスワード ハッシュ同期",
            (LaneId::Phs, Lang::En) => "Password hash sync",
            (LaneId::Warnings, Lang::Ja) => "警告",
            (LaneId::Warnings, Lang::En) => "Warnings",
        };
        text.to_owned()
    }
}

/// A row before its lane has an index (lanes are numbered once it is known which are used).
struct Draft {
    at: Instant,
    end: Option<Instant>,
    tone: Tone,
    what: String,
    why: String,
    rule_words: String,
    rule: Rule,
}

impl Draft {
    fn push(self, lane: LaneId, out: &mut Vec<(LaneId, Row)>) {
        out.push((
            lane,
            Row {
                at: self.at,
                end: self.end,
                lane: 0,
                tone: self.tone,
                what: self.what,
                why: self.why,
                rule: self.rule_words,
                source: self.rule.source(),
            },
        ));
    }
}

// ---------------------------------------------------------------------------------------------
// Cycles
// ---------------------------------------------------------------------------------------------

/// One row per cycle (with its end, so the chart draws a bar), plus one row on the manual lane
/// for each `Stop-ADSyncSyncCycle` that stopped one.
fn cycle_rows(report: &ServerReport, lang: Lang, out: &mut Vec<(LaneId, Row)>) {
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
        Draft {
            at: cycle.start,
            end: Some(cycle.end),
            tone,
            what: cycle_what(cycle, lang),
            why,
            rule_words: rule_text(
                cycle.rule,
                lang,
                Some(interval_words(report, cycle.interval, lang)),
            ),
            rule: cycle.rule,
        }
        .push(lane, out);

        if let CycleOutcome::Stopped {
            requested_at, rule, ..
        } = cycle.outcome
        {
            stop_row(cycle, requested_at, rule, lang).push(LaneId::Manual, out);
        }
    }
}

/// "Delta cycle", "Catch-up: delta cycle (staging mode) — stopped".
fn cycle_what(cycle: &Cycle, lang: Lang) -> String {
    match lang {
        Lang::Ja => {
            let prefix = match cycle.trigger {
                Trigger::Scheduled => "",
                Trigger::CatchUp => "遅れて実行: ",
                Trigger::Overrun => "前回の終了待ち: ",
                Trigger::Manual => "手動の",
            };
            // One parenthesis for every note: "完全同期サイクル（Initial、手動で停止）".
            let mut notes: Vec<&str> = Vec::new();
            if cycle.policy == PolicyType::Initial {
                notes.push("Initial");
            }
            if cycle.staging {
                notes.push("ステージング モード");
            }
            match cycle.outcome {
                CycleOutcome::Completed => {}
                CycleOutcome::Stopped { .. } => notes.push("手動で停止"),
                CycleOutcome::Interrupted { .. } => notes.push("サーバー停止で打ち切り"),
            }
            format!(
                "{prefix}{}{}",
                policy_base_ja(cycle.policy),
                ja_notes(&notes)
            )
        }
        Lang::En => {
            let prefix = match cycle.trigger {
                Trigger::Scheduled => "",
                Trigger::CatchUp => "Catch-up: ",
                Trigger::Overrun => "Late start: ",
                Trigger::Manual => "Manual ",
            };
            let kind = policy_words(cycle.policy, lang);
            // Lower-case after a prefix ("Catch-up: delta cycle").
            let kind = if prefix.is_empty() {
                kind.to_owned()
            } else {
                lower_first(kind)
            };
            let staging = if cycle.staging { " (staging mode)" } else { "" };
            let outcome = match cycle.outcome {
                CycleOutcome::Completed => "",
                CycleOutcome::Stopped { .. } => " — stopped",
                CycleOutcome::Interrupted { .. } => " — interrupted (server down)",
            };
            format!("{prefix}{kind}{staging}{outcome}")
        }
    }
}

/// Why the cycle started when it did, from the rule that placed it.
fn start_sentence(report: &ServerReport, cycle: &Cycle, lang: Lang) -> String {
    let gap = span(lang, i64::from(cycle.interval.secs()));
    let name = interval_name(report, cycle.interval);
    let arg = policy_arg(cycle.policy);
    match cycle.rule {
        Rule::Anchor => match lang {
            Lang::Ja => "スケジューラの最初の開始時刻 (NextSyncCycleStartTimeInUTC) に開始しました。".into(),
            Lang::En => "It started at NextSyncCycleStartTimeInUTC, the scheduler's first start.".into(),
        },
        Rule::AnchorProjected => {
            let period = every(lang, cycle.interval);
            match lang {
                Lang::Ja => format!(
                    "NextSyncCycleStartTimeInUTC が期間の開始より前だったため、そこから{period}の予定を進めた最初の時刻に開始しました。"
                ),
                Lang::En => format!(
                    "NextSyncCycleStartTimeInUTC lay before the horizon, so the schedule was carried forward {period} to this first slot."
                ),
            }
        }
        Rule::AnchorOverdue => {
            let overdue = cycle
                .slot
                .map_or(0, |slot| (cycle.start - slot).num_seconds());
            Text::new(
                "NextSyncCycleStartTimeInUTC was {0} in the past, more than one interval plus a cycle: the scheduler had not started a cycle since, so this overdue cycle runs at once.",
                "NextSyncCycleStartTimeInUTC が {0} 前と、1間隔とサイクル1回分より古く、スケジューラはそれ以降サイクルを開始していなかったため、期限切れのこのサイクルをすぐに実行しました。",
            )
            .fill(lang, &[&span(lang, overdue)])
        }
        Rule::IntervalFromStart => match lang {
            Lang::Ja => format!("前回のサイクルの開始から1間隔（{gap}、{name}）後に開始しました。"),
            Lang::En => format!(
                "It started one interval ({gap}, {name}) after the previous cycle started."
            ),
        },
        Rule::IntervalFromEnd => match lang {
            Lang::Ja => format!("前回のサイクルの終了から1間隔（{gap}、{name}）後に開始しました。"),
            Lang::En => {
                format!("It started one interval ({gap}, {name}) after the previous cycle ended.")
            }
        },
        Rule::ManualStart => match lang {
            Lang::Ja => format!("Start-ADSyncSyncCycle -PolicyType {arg} で開始しました。"),
            Lang::En => format!("Start-ADSyncSyncCycle -PolicyType {arg} started it."),
        },
        Rule::ManualWhileDisabled => match lang {
            Lang::Ja => format!(
                "SyncCycleEnabled = False でしたが、Start-ADSyncSyncCycle -PolicyType {arg} で開始しました（この設定はスケジューラ自身のサイクルだけを止めるという想定）。"
            ),
            Lang::En => format!(
                "Start-ADSyncSyncCycle -PolicyType {arg} started it although SyncCycleEnabled was False: the switch is taken to stop only the scheduler's own cycles."
            ),
        },
        Rule::ManualRebase => match lang {
            Lang::Ja => format!(
                "直前の手動サイクルを起点にスケジュールが組み直され、そこから1間隔（{gap}）後に開始しました。"
            ),
            Lang::En => format!(
                "The manual cycle before it re-based the schedule: this one came one interval ({gap}) after it."
            ),
        },
        Rule::IntervalChangeImmediate => {
            let period = every(lang, cycle.interval);
            match lang {
                Lang::Ja => format!(
                    "間隔が{period}に変更され、ビルド 1.1.281 以降は変更がすぐに適用されるため、この時刻に開始しました。"
                ),
                Lang::En => format!(
                    "The interval changed to {period}; from build 1.1.281 a change applies at once, which moved this start."
                ),
            }
        }
        Rule::CatchUpAtOnce => catch_up_sentence(report, cycle, lang),
        Rule::CatchUpNextSlot => {
            let cause = last_block_before(report, cycle.start)
                .map(|b| block_clause(b, lang))
                .unwrap_or_else(|| unknown_block(lang));
            match lang {
                Lang::Ja => format!(
                    "{cause}ため実行できなかった予定は見送られ、次の予定時刻に開始しました。"
                ),
                Lang::En => format!(
                    "The starts missed while {cause} were dropped; it started at the next slot on the schedule."
                ),
            }
        }
        Rule::OverrunStartAtOnce => {
            let late = cycle.slot.map_or(0, |s| (cycle.start - s).num_seconds());
            let late = span(lang, late);
            match lang {
                Lang::Ja => format!(
                    "予定時刻に前回のサイクルがまだ実行中だったため、その終了直後に{late}遅れで開始しました。"
                ),
                Lang::En => format!(
                    "The previous cycle was still running at its due time, so it started as soon as that one ended, {late} late."
                ),
            }
        }
        Rule::OverrunSkipToNextSlot => match lang {
            Lang::Ja => "前回のサイクルが予定時刻を過ぎて続いたため、その間の予定は見送られ、次の予定時刻に開始しました。".into(),
            Lang::En => "The previous cycle ran past one or more starts; they were dropped and this is the next slot.".into(),
        },
        // Not a start rule today; say the rule rather than nothing.
        other => sentence(rule_text(other, lang, None), lang),
    }
}

/// A catch-up cycle: which start it serves, why that start could not run, and how long after
/// the block it ran.
fn catch_up_sentence(report: &ServerReport, cycle: &Cycle, lang: Lang) -> String {
    let block = cycle.slot.and_then(|slot| block_at_slot(report, slot));
    let Some(block) = block else {
        return match lang {
            Lang::Ja => "実行できなかった予定の分を、再開後すぐに実行しました。".into(),
            Lang::En => "It caught up on a start that could not run, as soon as it could.".into(),
        };
    };
    let earlier = span(lang, (cycle.start - block.first_slot).num_seconds());
    let cause = block_clause(block, lang);
    let delay = (cycle.start - block.until).num_seconds();
    match (lang, delay > 0) {
        (Lang::Ja, false) => {
            format!("{earlier}前の予定は{cause}ため実行できず、再開後すぐにその分を実行しました。")
        }
        (Lang::Ja, true) => format!(
            "{earlier}前の予定は{cause}ため実行できず、再開から{}後にその分を実行しました。",
            span(lang, delay)
        ),
        (Lang::En, false) => format!(
            "The start due {earlier} earlier could not run because {cause}; it ran as soon as that ended."
        ),
        (Lang::En, true) => format!(
            "The start due {earlier} earlier could not run because {cause}; it ran {} after that ended.",
            span(lang, delay)
        ),
    }
}

/// How the cycle went: length, what it did (staging, full steps), when changes reached Entra
/// ID, or how it was cut short.
fn outcome_sentence(report: &ServerReport, cycle: &Cycle, lang: Lang) -> String {
    let took = span(lang, (cycle.end - cycle.start).num_seconds());
    let mut parts: Vec<String> = Vec::new();
    match cycle.outcome {
        CycleOutcome::Completed => parts.push(match lang {
            Lang::Ja => format!("{took}で完了しました。"),
            Lang::En => format!("It completed in {took}."),
        }),
        CycleOutcome::Stopped {
            requested_at, rule, ..
        } => {
            let after = span(lang, (requested_at - cycle.start).num_seconds());
            let finish = span(lang, (cycle.end - requested_at).num_seconds());
            parts.push(match (lang, rule == Rule::StopFinishesStep) {
                (Lang::Ja, false) => format!(
                    "開始から{after}後に Stop-ADSyncSyncCycle で停止されました。未エクスポートの変更は次のサイクルで反映されます。"
                ),
                (Lang::Ja, true) => format!(
                    "開始から{after}後に Stop-ADSyncSyncCycle で停止が要求され、コネクタが実行中のステップを終えた{finish}後に止まりました（ビルド 1.1.281 より前の動作）。未エクスポートの変更は次のサイクルで反映されます。"
                ),
                (Lang::En, false) => format!(
                    "Stop-ADSyncSyncCycle stopped it {after} after it started; changes not yet exported go in the next cycle."
                ),
                (Lang::En, true) => format!(
                    "Stop-ADSyncSyncCycle asked it to stop {after} after it started; before build 1.1.281 the connector finishes its current step, so it ended {finish} later. Changes not yet exported go in the next cycle."
                ),
            });
        }
        CycleOutcome::Interrupted { .. } => parts.push(match lang {
            Lang::Ja => format!(
                "開始から{took}後にサーバーが停止したため、そこで打ち切られました。未エクスポートの変更は次のサイクルで反映されます。"
            ),
            Lang::En => format!(
                "The server went down {took} after it started, which ended it; changes not yet exported wait for the next cycle."
            ),
        }),
    }
    if cycle.policy == PolicyType::Initial {
        parts.push(match lang {
            Lang::Ja => {
                "Initial のため、すべてのコネクタで完全インポートと完全同期を実行しました。".into()
            }
            Lang::En => "Initial: full import and full sync on every connector.".into(),
        });
    } else if let Some(names) = override_names(report, cycle) {
        parts.push(match lang {
            Lang::Ja => format!(
                "Set-ADSyncSchedulerConnectorOverride の指定により、{names} で完全ステップを実行しました。"
            ),
            Lang::En => format!(
                "Set-ADSyncSchedulerConnectorOverride asked for full steps on {names}."
            ),
        });
    }
    if cycle.staging {
        parts.push(match lang {
            Lang::Ja => "ステージング モードのため、インポートと同期は実行されましたが、エクスポートは行われませんでした。".into(),
            Lang::En => "Staging mode: imports and syncs ran, exports were suppressed.".into(),
        });
    } else if cycle.outcome.is_completed()
        && let Some(done) = report.entra_export_end(cycle)
    {
        let after = span(lang, (done - cycle.start).num_seconds());
        parts.push(match lang {
            Lang::Ja => format!(
                "開始前に行われたオンプレミスの変更は、開始から{after}後に Entra ID へ反映されました。"
            ),
            Lang::En => format!(
                "Changes made on-premises before it started reached Entra ID {after} after it started."
            ),
        });
    }
    parts.join(sep(lang))
}

/// The connectors that ran a full step because of a connector override, as a short list.
fn override_names(report: &ServerReport, cycle: &Cycle) -> Option<String> {
    let mut seen: Vec<u16> = Vec::new();
    for step in report.steps(cycle) {
        if step.rule == Rule::ConnectorOverride && !seen.contains(&step.connector) {
            seen.push(step.connector);
        }
    }
    if seen.is_empty() {
        return None;
    }
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
    Some(list)
}

/// The Stop-ADSyncSyncCycle command that stopped a cycle, as its own row.
fn stop_row(cycle: &Cycle, requested_at: Instant, rule: Rule, lang: Lang) -> Draft {
    let ran = span(lang, (requested_at - cycle.start).num_seconds());
    let kind = policy_words(cycle.policy, lang);
    let kind_lower = lower_first(kind);
    let why = match (lang, rule == Rule::StopFinishesStep) {
        (Lang::Ja, false) => format!(
            "{ran}前に開始した{kind}を停止しました。スケジューラの次の開始時刻は変わりません。"
        ),
        (Lang::Ja, true) => format!(
            "{ran}前に開始した{kind}の停止を要求しました。ビルド 1.1.281 より前のため、コネクタは実行中のステップを終えてから止まります。"
        ),
        (Lang::En, false) => format!(
            "It stopped the {kind_lower} that had started {ran} earlier; the scheduler keeps its next start."
        ),
        (Lang::En, true) => format!(
            "It asked the {kind_lower} that had started {ran} earlier to stop; before build 1.1.281 the connector finishes its current step first."
        ),
    };
    Draft {
        at: requested_at,
        end: None,
        tone: Tone::Info,
        what: match lang {
            Lang::Ja => "Stop-ADSyncSyncCycle: サイクルを停止".into(),
            Lang::En => "Stop-ADSyncSyncCycle: cycle stopped".into(),
        },
        why,
        rule_words: rule_text(rule, lang, None),
        rule,
    }
}

// ---------------------------------------------------------------------------------------------
// Events besides cycles
// ---------------------------------------------------------------------------------------------

/// Refused and ignored cmdlets, skipped and missed slots, interval changes.
fn event_rows(report: &ServerReport, lang: Lang, out: &mut Vec<(LaneId, Row)>) {
    for event in &report.events {
        let (lane, draft) = match &event.kind {
            EventKind::ManualStartRejected {
                policy,
                reason,
                running_cycle,
                ..
            } => (
                LaneId::Manual,
                rejection_row(report, event, *policy, *reason, *running_cycle, lang),
            ),
            EventKind::StopIgnored { .. } => (LaneId::Manual, stop_ignored_row(event, lang)),
            EventKind::Skipped {
                cause,
                first_slot,
                until,
                slots,
            } => {
                let block = Block {
                    cause: BlockKind::from(*cause),
                    first_slot: *first_slot,
                    until: *until,
                    slots: *slots,
                };
                (LaneId::Cycle, skipped_row(report, event, block, lang))
            }
            EventKind::Missed {
                first_slot,
                until,
                slots,
            } => {
                let block = Block {
                    cause: BlockKind::Outage,
                    first_slot: *first_slot,
                    until: *until,
                    slots: *slots,
                };
                (LaneId::Cycle, skipped_row(report, event, block, lang))
            }
            EventKind::IntervalChanged {
                customized,
                effective,
                effective_after_next_cycle,
                ..
            } => (
                LaneId::Settings,
                interval_row(
                    report,
                    event,
                    *customized,
                    (*effective, *effective_after_next_cycle),
                    lang,
                ),
            ),
        };
        draft.push(lane, out);
    }
}

/// A `Start-ADSyncSyncCycle` that did not start a cycle.
fn rejection_row(
    report: &ServerReport,
    event: &Event,
    policy: PolicyType,
    reason: Rejection,
    running: Option<u32>,
    lang: Lang,
) -> Draft {
    let arg = policy_arg(policy);
    let what = match (reason, lang) {
        (Rejection::Busy, Lang::Ja) => "Start-ADSyncSyncCycle 拒否: 実行中 (ビジー)",
        (Rejection::Busy, Lang::En) => "Start-ADSyncSyncCycle refused: busy",
        (Rejection::Suspended, Lang::Ja) => "Start-ADSyncSyncCycle 拒否: スケジューラ中断中",
        (Rejection::Suspended, Lang::En) => "Start-ADSyncSyncCycle refused: scheduler suspended",
        (Rejection::ServerDown, Lang::Ja) => "Start-ADSyncSyncCycle 失敗: サーバー停止中",
        (Rejection::ServerDown, Lang::En) => "Start-ADSyncSyncCycle failed: server down",
        (Rejection::Disabled, Lang::Ja) => "Start-ADSyncSyncCycle 拒否: 同期サイクル無効",
        (Rejection::Disabled, Lang::En) => "Start-ADSyncSyncCycle refused: sync cycles disabled",
    };
    let why = match reason {
        Rejection::Busy => {
            let cycle = running.and_then(|i| report.cycles.get(i as usize));
            let timing = cycle.map(|c| {
                let since = span(lang, (event.at - c.start).num_seconds());
                let left = span(lang, (c.end - event.at).num_seconds());
                match lang {
                    Lang::Ja => format!("（{since}前に開始し、{left}後に終了）"),
                    Lang::En => format!(" (started {since} earlier, ending {left} later)"),
                }
            });
            let timing = timing.unwrap_or_default();
            match lang {
                Lang::Ja => format!(
                    "同期サイクルが実行中だった{timing}ため、Start-ADSyncSyncCycle -PolicyType {arg} はビジー (「… AAD is busy.」) で拒否されました。サイクルの終了後に再実行してください。"
                ),
                Lang::En => format!(
                    "Start-ADSyncSyncCycle -PolicyType {arg} was refused as busy (\"… AAD is busy.\") because a sync cycle was already running{timing}; run it again after that cycle ends."
                ),
            }
        }
        Rejection::Suspended => match lang {
            Lang::Ja => format!(
                "スケジューラが中断中 (SchedulerSuspended = True、構成ウィザードの起動中やアップグレード中) だったため、Start-ADSyncSyncCycle -PolicyType {arg} は実行されませんでした。ウィザードを閉じるかアップグレードの完了後に再実行してください。"
            ),
            Lang::En => format!(
                "Start-ADSyncSyncCycle -PolicyType {arg} did not run because the scheduler was suspended (SchedulerSuspended = True: the installation wizard was open or an upgrade was under way); run it again once the wizard is closed or the upgrade is done."
            ),
        },
        Rejection::ServerDown => match lang {
            Lang::Ja => format!(
                "サーバー (または ADSync サービス) が停止していたため、Start-ADSyncSyncCycle -PolicyType {arg} は実行できませんでした。"
            ),
            Lang::En => format!(
                "Start-ADSyncSyncCycle -PolicyType {arg} could not run because the server (or its ADSync service) was down."
            ),
        },
        Rejection::Disabled => match lang {
            Lang::Ja => format!(
                "同期サイクルが無効 (SyncCycleEnabled = False) だったため、Start-ADSyncSyncCycle -PolicyType {arg} は拒否されました（シナリオのパラメーターで拒否を選択）。"
            ),
            Lang::En => format!(
                "Start-ADSyncSyncCycle -PolicyType {arg} was refused because sync cycles were disabled (SyncCycleEnabled = False), as the scenario's parameter chooses."
            ),
        },
    };
    Draft {
        at: event.at,
        end: None,
        tone: Tone::Blocked,
        what: what.to_owned(),
        why,
        rule_words: rule_text(event.rule, lang, None),
        rule: event.rule,
    }
}

/// A `Stop-ADSyncSyncCycle` that had nothing to stop.
fn stop_ignored_row(event: &Event, lang: Lang) -> Draft {
    let already_stopping = event.rule == Rule::StopFinishesStep;
    let why = match (lang, already_stopping) {
        (Lang::Ja, false) => {
            "実行中のサイクルがなかったため、Stop-ADSyncSyncCycle は何もしませんでした。"
        }
        (Lang::Ja, true) => {
            "サイクルはすでに停止処理中 (ビルド 1.1.281 より前: 実行中のステップの終了待ち) だったため、Stop-ADSyncSyncCycle は何もしませんでした。"
        }
        (Lang::En, false) => "Stop-ADSyncSyncCycle did nothing: no cycle was running.",
        (Lang::En, true) => {
            "Stop-ADSyncSyncCycle did nothing more: the cycle was already stopping (before build 1.1.281 it finishes its current step first)."
        }
    };
    Draft {
        at: event.at,
        end: None,
        tone: Tone::Info,
        what: match lang {
            Lang::Ja => "Stop-ADSyncSyncCycle: 対象なし".into(),
            Lang::En => "Stop-ADSyncSyncCycle: nothing to stop".into(),
        },
        why: why.to_owned(),
        rule_words: rule_text(event.rule, lang, None),
        rule: event.rule,
    }
}

/// Scheduled slots that did not run, as one bar over the stretch, saying when cycles resumed.
fn skipped_row(report: &ServerReport, event: &Event, block: Block, lang: Lang) -> Draft {
    let what = match (block.cause, lang) {
        (BlockKind::Disabled, Lang::Ja) => "スキップ: 同期サイクル無効",
        (BlockKind::Disabled, Lang::En) => "Skipped: sync cycles disabled",
        (BlockKind::Suspended, Lang::Ja) => "スキップ: スケジューラ中断中",
        (BlockKind::Suspended, Lang::En) => "Skipped: scheduler suspended",
        (BlockKind::Outage, Lang::Ja) => "見送り: サーバー停止",
        (BlockKind::Outage, Lang::En) => "Missed: server down",
        (BlockKind::Overrun, Lang::Ja) => "スキップ: 前回のサイクルが継続中",
        (BlockKind::Overrun, Lang::En) => "Skipped: previous cycle still running",
    };
    let n = block.slots;
    let over = span(lang, (block.until - block.first_slot).num_seconds());
    let cause = block_clause(block, lang);
    let lead = match lang {
        Lang::Ja => format!(
            "{cause}ため、この{over}の間に予定されていた{n}回のサイクルが実行されませんでした。"
        ),
        Lang::En if n == 1 => {
            format!("The 1 scheduled cycle due in these {over} did not run because {cause}.")
        }
        Lang::En => {
            format!("The {n} scheduled cycles due in these {over} did not run because {cause}.")
        }
    };
    let next = report
        .cycles
        .get(report.cycles.partition_point(|c| c.start < block.until));
    let resumed = match next {
        None => match lang {
            Lang::Ja => "期間の終わりまで次のサイクルはありません。".to_owned(),
            Lang::En => "No cycle follows within the simulated span.".to_owned(),
        },
        Some(c) => {
            let wait = (c.start - block.until).num_seconds();
            let kind = policy_words(c.policy, lang);
            match (lang, c.trigger, wait > 0) {
                (Lang::Ja, Trigger::CatchUp, false) => {
                    format!("再開後すぐに{kind}が遅れて実行されました。")
                }
                (Lang::En, Trigger::CatchUp, false) => format!(
                    "When that ended, a catch-up {} ran at once.",
                    lower_first(kind)
                ),
                (Lang::Ja, _, _) => {
                    format!("次の{kind}は再開から{}後に開始しました。", span(lang, wait))
                }
                (Lang::En, _, _) => format!(
                    "The next {} started {} after that ended.",
                    lower_first(kind),
                    span(lang, wait)
                ),
            }
        }
    };
    Draft {
        at: event.at,
        end: Some(block.until),
        tone: Tone::Skipped,
        what: what.to_owned(),
        why: [lead, resumed].join(sep(lang)),
        rule_words: rule_text(event.rule, lang, None),
        rule: event.rule,
    }
}

/// `Set-ADSyncScheduler -CustomizedSyncCycleInterval`.
fn interval_row(
    report: &ServerReport,
    event: &Event,
    customized: Option<Period>,
    (shown, pending): (Period, Option<Period>),
    lang: Lang,
) -> Draft {
    // The interval cycles will run on; before 1.1.281 it is pending until the next cycle ends
    // while the cmdlet still shows `shown`.
    let effective = pending.unwrap_or(shown);
    let eff = every(lang, effective);
    let allowed = report.settings.allowed_sync_cycle_interval;
    let what = match (customized, lang) {
        (Some(_), Lang::Ja) => format!("Set-ADSyncScheduler: {eff}"),
        (Some(_), Lang::En) => format!("Set-ADSyncScheduler: {eff}"),
        (None, Lang::Ja) => format!("Set-ADSyncScheduler: 既定に戻す ({eff})"),
        (None, Lang::En) => format!("Set-ADSyncScheduler: back to default ({eff})"),
    };
    let set = match (customized, lang) {
        (Some(c), Lang::Ja) if c < allowed => format!(
            "CustomizedSyncCycleInterval を {} に設定しましたが、AllowedSyncCycleInterval ({}) より短いため使われず、{eff}に実行されます。",
            timespan(c),
            timespan(allowed)
        ),
        (Some(c), Lang::En) if c < allowed => format!(
            "CustomizedSyncCycleInterval was set to {}, which is below AllowedSyncCycleInterval ({}), so it is not used: cycles run {eff}.",
            timespan(c),
            timespan(allowed)
        ),
        (Some(c), Lang::Ja) => format!(
            "CustomizedSyncCycleInterval を {} に設定しました。以後は{eff}に実行されます。",
            timespan(c)
        ),
        (Some(c), Lang::En) => format!(
            "CustomizedSyncCycleInterval was set to {}: cycles run {eff}.",
            timespan(c)
        ),
        (None, Lang::Ja) => format!(
            "CustomizedSyncCycleInterval を解除し、AllowedSyncCycleInterval ({eff}) に戻しました。"
        ),
        (None, Lang::En) => format!(
            "CustomizedSyncCycleInterval was cleared: back to AllowedSyncCycleInterval ({eff})."
        ),
    };
    let when: String = match (event.rule, lang) {
        (Rule::IntervalChangeAfterNextCycle, _) if pending.is_some() => Text::new(
            "Before build 1.1.281 the pending start stays; the new interval is used from the cycle after it. Until the next cycle ends, CurrentlyEffectiveSyncCycleInterval still shows {0}.",
            "ビルド 1.1.281 より前のため、予定済みの次の開始時刻はそのままで、新しい間隔はその次から使われます。次のサイクルが終わるまで、CurrentlyEffectiveSyncCycleInterval は {0} のままです。",
        )
        .fill(lang, &[&timespan(shown)]),
        (Rule::IntervalChangeAfterNextCycle, Lang::Ja) => {
            "ビルド 1.1.281 より前のため、予定済みの次の開始時刻はそのままで、新しい間隔はその次から使われます。".into()
        }
        (Rule::IntervalChangeAfterNextCycle, Lang::En) => {
            "Before build 1.1.281 the pending start stays; the new interval is used from the cycle after it.".into()
        }
        (_, Lang::Ja) => {
            "ビルド 1.1.281 以降のため、新しい間隔はすぐに適用され、次の開始時刻が前回のサイクルの開始から数え直されます (実行中のサイクルがあればその終了時)。".into()
        }
        (_, Lang::En) => {
            "From build 1.1.281 it applies at once: the next start is recounted from the previous cycle (when the running cycle, if any, ends).".into()
        }
    };
    Draft {
        at: event.at,
        end: None,
        tone: Tone::Info,
        what,
        why: [set, when].join(sep(lang)),
        rule_words: rule_text(
            event.rule,
            lang,
            Some(interval_words(report, effective, lang)),
        ),
        rule: event.rule,
    }
}

// ---------------------------------------------------------------------------------------------
// Password hash sync
// ---------------------------------------------------------------------------------------------

/// One row per running or paused stretch (never one per run: a year of 2-minute runs would be
/// 260,000 rows).
fn phs_rows(report: &ServerReport, lang: Lang, out: &mut Vec<(LaneId, Row)>) {
    for seg in &report.password_hash_sync {
        phs_row(report, seg, lang).push(LaneId::Phs, out);
    }
}

fn phs_row(report: &ServerReport, seg: &PhsSegment, lang: Lang) -> Draft {
    let long = span(lang, (seg.end - seg.start).num_seconds());
    let resumes = seg.end < report.horizon.end();
    let (tone, end, what, why, period) = match seg.state {
        PhsState::Running { every: e, runs } => {
            let period = every(lang, e);
            let what = match lang {
                Lang::Ja => format!("{period}に実行"),
                Lang::En => format!("Runs {period}"),
            };
            let why = match lang {
                Lang::Ja => format!(
                    "パスワード ハッシュ同期は同期サイクルのスケジューラとは別に{period}に実行され、この{long}の間に{runs}回実行されました。"
                ),
                Lang::En => format!(
                    "Password hash sync runs {period} on its own scheduler, whatever the sync cycles do: {runs} runs over these {long}."
                ),
            };
            (Tone::Synced, Some(seg.end), what, why, Some(e))
        }
        PhsState::Paused { cause } => {
            let (what, reason) = match (cause, lang) {
                (PhsPause::Staging, Lang::Ja) => {
                    ("一時停止: ステージング モード", "ステージング モードでは")
                }
                (PhsPause::Staging, Lang::En) => ("Paused: staging mode", "in staging mode"),
                (PhsPause::Outage, Lang::Ja) => ("一時停止: サーバー停止", "サーバー停止中は"),
                (PhsPause::Outage, Lang::En) => ("Paused: server down", "while the server is down"),
                (PhsPause::NotEnabled, Lang::Ja) => ("未構成", ""),
                (PhsPause::NotEnabled, Lang::En) => ("Not enabled", ""),
            };
            if cause == PhsPause::NotEnabled {
                let why = match lang {
                    Lang::Ja => {
                        "このサーバーではパスワード ハッシュ同期が有効になっていないため、パスワード ハッシュは同期されません。"
                    }
                    Lang::En => {
                        "Password hash sync is not enabled on this server, so no password hashes are synchronized from it."
                    }
                };
                // One marker, no bar: a bar over the whole horizon would say "something ran".
                (Tone::Info, None, what.to_owned(), why.to_owned(), None)
            } else {
                let why = match (lang, resumes) {
                    (Lang::Ja, true) => format!(
                        "{reason}パスワード ハッシュ同期は実行されないため、{long}の間止まり、その後再開しました。"
                    ),
                    (Lang::Ja, false) => format!(
                        "{reason}パスワード ハッシュ同期は実行されないため、期間の終わりまで止まっています ({long})。"
                    ),
                    (Lang::En, true) => format!(
                        "Password hash sync does not run {reason}: it paused for {long}, then resumed."
                    ),
                    (Lang::En, false) => format!(
                        "Password hash sync does not run {reason}: it stays paused to the end of the simulated span ({long})."
                    ),
                };
                (Tone::Skipped, Some(seg.end), what.to_owned(), why, None)
            }
        }
    };
    Draft {
        at: seg.start,
        end,
        tone,
        what,
        why,
        rule_words: rule_text(seg.rule, lang, period.map(|p| every(lang, p))),
        rule: seg.rule,
    }
}

// ---------------------------------------------------------------------------------------------
// Warnings
// ---------------------------------------------------------------------------------------------

/// One row per engine warning, dated where the engine dates it (the 7-day deadline).
fn warning_rows(report: &ServerReport, lang: Lang, out: &mut Vec<(LaneId, Row)>) {
    for warning in &report.warnings {
        Draft {
            at: warning.at,
            end: None,
            tone: Tone::Warning,
            what: warning_what(warning, lang),
            why: warning_sentence(warning, lang),
            rule_words: rule_text(warning.rule, lang, None),
            rule: warning.rule,
        }
        .push(LaneId::Warnings, out);
    }
}

fn warning_what(warning: &Warning, lang: Lang) -> String {
    match (&warning.kind, lang) {
        (WarningKind::DeltaWindowExceeded { .. }, Lang::Ja) => {
            "7日ルール超過: 完全同期が必要".into()
        }
        (WarningKind::DeltaWindowExceeded { .. }, Lang::En) => {
            "7-day rule broken: full sync needed".into()
        }
        (WarningKind::CustomizedIntervalBelowAllowed { effective, .. }, Lang::Ja) => {
            format!("間隔を{}に補正", span(lang, i64::from(effective.secs())))
        }
        (WarningKind::CustomizedIntervalBelowAllowed { effective, .. }, Lang::En) => {
            format!(
                "Interval clamped to {}",
                span(lang, i64::from(effective.secs()))
            )
        }
        (WarningKind::IntervalLongerThanSevenDays { .. }, Lang::Ja) => {
            "間隔が7日を超えています".into()
        }
        (WarningKind::IntervalLongerThanSevenDays { .. }, Lang::En) => {
            "Interval longer than 7 days".into()
        }
        (WarningKind::NextStartStale { .. }, _) => Text::new(
            "NextSyncCycleStartTimeInUTC is stale: no cycle since",
            "NextSyncCycleStartTimeInUTC が古い: それ以降サイクルなし",
        )
        .get(lang)
        .into(),
        (WarningKind::NextStartFarAhead { .. }, _) => Text::new(
            "NextSyncCycleStartTimeInUTC far ahead: day and month swapped?",
            "NextSyncCycleStartTimeInUTC が遠い未来: 日と月の取り違え?",
        )
        .get(lang)
        .into(),
    }
}

/// The full sentence for a warning, with its dates in UTC (shown without a row's own time
/// above the timeline, so the date must be in the sentence).
fn warning_sentence(warning: &Warning, lang: Lang) -> String {
    match &warning.kind {
        WarningKind::DeltaWindowExceeded {
            last_sync_end,
            deadline,
            next_start,
            next_is_full,
            ..
        } => {
            let last = utc(*last_sync_end, lang);
            let due = utc(*deadline, lang);
            let head = match lang {
                Lang::Ja => format!(
                    "7日ルール違反: 最後に完了したサイクル（{last} 終了）から7日以内に同期サイクルが完了しなかったため、{due} 以降は差分同期では足りません。完全同期（Start-ADSyncSyncCycle -PolicyType Initial）を実行してください。"
                ),
                Lang::En => format!(
                    "7-day rule broken on {due}: no sync cycle completed within 7 days of the last one (ended {last}), so a delta sync is no longer enough. Run a full sync: Start-ADSyncSyncCycle -PolicyType Initial."
                ),
            };
            let tail = match (next_start, next_is_full, lang) {
                (Some(at), true, Lang::Ja) => format!(
                    "{} に開始した次のサイクルは完全同期（Initial）でした。",
                    utc(*at, lang)
                ),
                (Some(at), true, Lang::En) => format!(
                    "The next cycle, at {}, was a full (Initial) one.",
                    utc(*at, lang)
                ),
                (Some(at), false, Lang::Ja) => format!(
                    "次のサイクル（{} 開始）は差分同期だったため、これでは足りません。",
                    utc(*at, lang)
                ),
                (Some(at), false, Lang::En) => format!(
                    "The next cycle, at {}, was a delta one, which is not enough.",
                    utc(*at, lang)
                ),
                (None, _, Lang::Ja) => "期間の終わりまでにサイクルは完了していません。".into(),
                (None, _, Lang::En) => {
                    "No cycle completed before the end of the simulated span.".into()
                }
            };
            match lang {
                Lang::Ja => format!("{head}{tail}"),
                Lang::En => format!("{head} {tail}"),
            }
        }
        WarningKind::CustomizedIntervalBelowAllowed {
            customized,
            allowed,
            effective,
        } => {
            let eff = every(lang, *effective);
            match lang {
                Lang::Ja => format!(
                    "CustomizedSyncCycleInterval ({}) が AllowedSyncCycleInterval ({}) より短いため使われず、同期サイクルは{eff}に実行されます。",
                    timespan(*customized),
                    timespan(*allowed)
                ),
                Lang::En => format!(
                    "CustomizedSyncCycleInterval ({}) is below AllowedSyncCycleInterval ({}), so it is not used: sync cycles run {eff}.",
                    timespan(*customized),
                    timespan(*allowed)
                ),
            }
        }
        WarningKind::IntervalLongerThanSevenDays { effective } => {
            let eff = every(lang, *effective);
            let since = utc(warning.at, lang);
            match lang {
                Lang::Ja => format!(
                    "{since} 時点で設定された同期サイクルの間隔（{eff}）は7日より長いため、サイクルのたびに7日ルールを破り、毎回完全同期が必要になります。Set-ADSyncScheduler -CustomizedSyncCycleInterval で7日以内の間隔を設定してください。"
                ),
                Lang::En => format!(
                    "The sync cycle interval set as of {since} ({eff}) is longer than 7 days: every gap between cycles breaks the 7-day rule, so each would need a full sync. Set an interval of 7 days or less (Set-ADSyncScheduler -CustomizedSyncCycleInterval)."
                ),
            }
        }
        WarningKind::NextStartStale {
            next_start,
            slots_missed,
        } => Text::new(
            "NextSyncCycleStartTimeInUTC ({0}) lies {1} before the start of the simulated span, more than one interval plus a cycle: the scheduler has not started a cycle since then ({2} scheduled starts passed). The cycle it names is treated as overdue and the 7-day rule counts from it. Check that the ADSync service and its scheduler are running (Get-ADSyncScheduler, SyncCycleEnabled, SchedulerSuspended).",
            "NextSyncCycleStartTimeInUTC（{0}）はシミュレーション期間の開始より {1} 前で、1間隔とサイクル1回分より古いため、スケジューラはそれ以降サイクルを開始していません（予定された開始 {2} 回分が過ぎています）。この開始は期限切れとして扱い、7日ルールもこの時刻から数えます。ADSync サービスとスケジューラが動いているか確認してください（Get-ADSyncScheduler の SyncCycleEnabled、SchedulerSuspended）。",
        )
        .fill(
            lang,
            &[
                &utc(*next_start, lang),
                &span(lang, (warning.at - *next_start).num_seconds()),
                &slots_missed.to_string(),
            ],
        ),
        WarningKind::NextStartFarAhead { next_start } => Text::new(
            "NextSyncCycleStartTimeInUTC ({0}) lies {1} after the start of the simulated span, although the scheduler's next start is at most one interval away: the date was most likely read with day and month swapped. Check the pasted date; nothing runs before it.",
            "NextSyncCycleStartTimeInUTC（{0}）はシミュレーション期間の開始より {1} 後ですが、スケジューラの次の開始は最大でも1間隔先のはずです。日付の日と月を取り違えて読んだ可能性が高いため、貼り付けた日付を確認してください。この時刻より前には何も実行されません。",
        )
        .fill(
            lang,
            &[
                &utc(*next_start, lang),
                &span(lang, (*next_start - warning.at).num_seconds()),
            ],
        ),
    }
}

/// The sentences above the timeline: the engine's warnings (the first few; the lane has them
/// all) and truncation.
fn warning_sentences(report: &ServerReport, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = report
        .warnings
        .iter()
        .take(MAX_WARNING_SENTENCES)
        .map(|w| warning_sentence(w, lang))
        .collect();
    let more = report.warnings.len().saturating_sub(MAX_WARNING_SENTENCES);
    if more > 0 {
        out.push(match lang {
            Lang::Ja => format!("ほかに{more}件の警告があります。「警告」レーンで確認できます。"),
            Lang::En => format!("{more} more warnings are in the Warnings lane."),
        });
    }
    if report.truncated {
        let last = report
            .cycles
            .last()
            .map(|c| c.start)
            .into_iter()
            .chain(report.events.last().map(|e| e.at))
            .max()
            .unwrap_or(report.horizon.start());
        let limit = thousands(MAX_EVENTS);
        out.push(match lang {
            Lang::Ja => format!(
                "シミュレーションは上限の{limit}件に達したため、{} で打ち切られました。それ以降は表示されません。期間を短くしてください。",
                utc(last, lang)
            ),
            Lang::En => format!(
                "The simulation stopped at its limit of {limit} events, at {}: nothing later is shown. Shorten the horizon to see the rest.",
                utc(last, lang)
            ),
        });
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Shades
// ---------------------------------------------------------------------------------------------

/// Outages, suspended, disabled and staging spans, including the whole-horizon switches (the
/// engine's calendar already lays those over the horizon).
fn shades(report: &ServerReport, lang: Lang) -> Vec<Shade> {
    let kinds = [
        (Condition::Outage, ShadeKind::Outage),
        (Condition::Suspended, ShadeKind::Suspended),
        (Condition::Disabled, ShadeKind::Disabled),
        (Condition::Staging, ShadeKind::Staging),
    ];
    let mut out = Vec::new();
    for (condition, kind) in kinds {
        for window in report.condition_spans(condition) {
            out.push(Shade {
                window,
                kind,
                label: shade_label(kind, lang),
            });
        }
    }
    out.sort_by_key(|s| s.window.start());
    out
}

fn shade_label(kind: ShadeKind, lang: Lang) -> String {
    let text = match (kind, lang) {
        (ShadeKind::Outage, Lang::Ja) => "サーバー停止",
        (ShadeKind::Outage, Lang::En) => "Server down",
        (ShadeKind::Suspended, Lang::Ja) => "スケジューラ中断中",
        (ShadeKind::Suspended, Lang::En) => "Scheduler suspended",
        (ShadeKind::Disabled, Lang::Ja) => "同期サイクル無効 (SyncCycleEnabled = False)",
        (ShadeKind::Disabled, Lang::En) => "Sync cycles disabled (SyncCycleEnabled = False)",
        (ShadeKind::Staging, Lang::Ja) => "ステージング モード",
        (ShadeKind::Staging, Lang::En) => "Staging mode",
        // Device kinds never come from a server report; named anyway so nothing is blank.
        (ShadeKind::Off, Lang::Ja) => "電源オフ",
        (ShadeKind::Off, Lang::En) => "Powered off",
        (ShadeKind::Sleep, Lang::Ja) => "スリープ",
        (ShadeKind::Sleep, Lang::En) => "Asleep",
        (ShadeKind::Offline, Lang::Ja) => "オフライン",
        (ShadeKind::Offline, Lang::En) => "Offline",
        (ShadeKind::PushDisabled, Lang::Ja) => "プッシュ サービス無効",
        (ShadeKind::PushDisabled, Lang::En) => "Push service disabled",
    };
    text.to_owned()
}

// ---------------------------------------------------------------------------------------------
// The answer
// ---------------------------------------------------------------------------------------------

/// The one-sentence answer at `now`: the next cycle and what it is, or why none will run and
/// what the 7-day rule makes of that. `fmt` formats instants for the reader.
pub fn answer(
    report: &ServerReport,
    now: Instant,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> Answer {
    let answers = report.answers(now);
    if let Some(next) = answers.next_cycle {
        let interval = next
            .cycle
            .and_then(|i| report.cycles.get(i as usize))
            .map_or(report.effective_interval_at(now), |c| c.interval);
        return Answer::Next {
            at: next.start,
            by: next_by(report, &next, interval, lang),
            detail: next_detail(report, &next, now, answers.running_cycle, lang, fmt),
        };
    }
    let Some(none) = answers.no_next_cycle else {
        // The engine always gives one or the other; say something true if it ever does not.
        return Answer::Never {
            why: match lang {
                Lang::Ja => "期間内に次の同期サイクルは見つかりません。".into(),
                Lang::En => "No further sync cycle was found within the simulated span.".into(),
            },
            consequence: None,
        };
    };
    let since = none.since.map(fmt);
    let why = never_why(report, none.cause, since.as_deref(), now, lang, fmt);
    let consequence = match none.cause {
        NoCycleCause::SyncCycleDisabled
        | NoCycleCause::SchedulerSuspended
        | NoCycleCause::ServerDown => Some(seven_day_consequence(report, now, lang, fmt)),
        NoCycleCause::AfterHorizon | NoCycleCause::Truncated => None,
    };
    Answer::Never { why, consequence }
}

/// "Delta cycle, every 30 minutes" / "差分同期サイクル（30分ごと）", with what kind of start it is.
fn next_by(report: &ServerReport, next: &NextCycle, interval: Period, lang: Lang) -> String {
    let kind = policy_words(next.policy, lang);
    let period = every(lang, interval);
    let staging = next
        .cycle
        .and_then(|i| report.cycles.get(i as usize))
        .is_some_and(|c| c.staging);
    let mut notes: Vec<String> = Vec::new();
    if lang == Lang::Ja && next.policy == PolicyType::Initial {
        notes.push("Initial".into());
    }
    match (next.trigger, lang) {
        (Trigger::Manual, Lang::Ja) => notes.push("Start-ADSyncSyncCycle による手動実行".into()),
        (Trigger::Manual, Lang::En) => notes.push("manual, Start-ADSyncSyncCycle".into()),
        (Trigger::CatchUp, Lang::Ja) => {
            notes.push(format!("実行できなかった予定の追い上げ、その後は{period}"))
        }
        (Trigger::CatchUp, Lang::En) => {
            notes.push(format!("catching up on a missed start, then {period}"))
        }
        (Trigger::Overrun, Lang::Ja) => {
            notes.push(format!("実行中のサイクルの終了直後、その後は{period}"))
        }
        (Trigger::Overrun, Lang::En) => {
            notes.push(format!("as soon as the running cycle ends, then {period}"))
        }
        (Trigger::Scheduled, _) => notes.push(period),
    }
    if staging {
        notes.push(match lang {
            Lang::Ja => "ステージング モードのためエクスポートなし".into(),
            Lang::En => "in staging mode, without exports".into(),
        });
    }
    match lang {
        Lang::Ja => format!("{}（{}）", policy_base_ja(next.policy), notes.join("、")),
        Lang::En => format!("{kind}, {}", notes.join(", ")),
    }
}

/// The second sentence: a cycle running now (and why `NextSyncCycleStartTimeInUTC` looks
/// stale), or how the last one went; what a catch-up catches up on; a 7-day deadline passed
/// before the next cycle.
fn next_detail(
    report: &ServerReport,
    next: &NextCycle,
    now: Instant,
    running: Option<u32>,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if let Some(c) = running.and_then(|i| report.cycles.get(i as usize)) {
        let ago = relative(lang, (c.start - now).num_seconds());
        parts.push(match lang {
            Lang::Ja => format!(
                "{}（{ago}）から同期サイクルを実行中です。完了するまで NextSyncCycleStartTimeInUTC には過去の時刻が表示されます。",
                fmt(c.start)
            ),
            Lang::En => format!(
                "A cycle is running since {} ({ago}); NextSyncCycleStartTimeInUTC shows a past time until it completes.",
                fmt(c.start)
            ),
        });
    } else if let Some(c) = last_cycle_before(report, now) {
        let took = span(lang, (c.end - c.start).num_seconds());
        let start = fmt(c.start);
        parts.push(match (c.outcome, lang) {
            (CycleOutcome::Completed, Lang::Ja) => {
                format!("前回のサイクルは {start} に開始し、{took}で完了しました。")
            }
            (CycleOutcome::Completed, Lang::En) => {
                format!("The last cycle started {start} and completed in {took}.")
            }
            (CycleOutcome::Stopped { .. }, Lang::Ja) => format!(
                "前回のサイクルは {start} に開始し、{took}後に Stop-ADSyncSyncCycle で停止されました。"
            ),
            (CycleOutcome::Stopped { .. }, Lang::En) => format!(
                "The last cycle started {start} and was stopped by Stop-ADSyncSyncCycle after {took}."
            ),
            (CycleOutcome::Interrupted { .. }, Lang::Ja) => format!(
                "前回のサイクルは {start} に開始し、{took}後にサーバー停止で打ち切られました。"
            ),
            (CycleOutcome::Interrupted { .. }, Lang::En) => format!(
                "The last cycle started {start} and was cut off by the server going down after {took}."
            ),
        });
    }
    if next.trigger == Trigger::CatchUp
        && let Some(c) = next.cycle.and_then(|i| report.cycles.get(i as usize))
        && let Some(block) = c.slot.and_then(|s| block_at_slot(report, s))
    {
        // "Now" may lie before the block: the scenario says it will happen, so the tense
        // follows the reader's "now", not the simulation's.
        let cause = block_noun(block.cause, lang);
        let slot = fmt(block.first_slot);
        parts.push(match (lang, block.first_slot <= now) {
            (Lang::Ja, true) => {
                format!("{slot} の予定は{cause}のため実行できなかったので、その分を実行します。")
            }
            (Lang::Ja, false) => {
                format!("{slot} の予定は{cause}のため実行できないので、その分を実行します。")
            }
            (Lang::En, true) => format!(
                "It catches up on the start due {slot}, which could not run because of {cause}."
            ),
            (Lang::En, false) => format!(
                "It catches up on the start due {slot}, which will not run because of {cause}."
            ),
        });
    }
    let last_end = last_completed_end(report, next.start);
    if let Some(deadline) = last_end.checked_add_signed(SEVEN_DAYS.delta())
        && next.start > deadline
    {
        let due = fmt(deadline);
        parts.push(match lang {
            Lang::Ja => format!(
                "このサイクルは7日の期限（{due}）を過ぎてから開始するため、差分同期では足りません。完全同期（Start-ADSyncSyncCycle -PolicyType Initial）を実行してください。"
            ),
            Lang::En => format!(
                "It starts after the 7-day limit ({due}), when a delta sync is no longer enough: run a full sync (Start-ADSyncSyncCycle -PolicyType Initial)."
            ),
        });
    }
    (!parts.is_empty()).then(|| parts.join(sep(lang)))
}

/// Why no cycle follows `now`, naming the cause and since when.
fn never_why(
    report: &ServerReport,
    cause: NoCycleCause,
    since: Option<&str>,
    now: Instant,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> String {
    let from_ja = since.map(|s| format!("{s} 以降、")).unwrap_or_default();
    let from_en = since.map(|s| format!(" from {s} on")).unwrap_or_default();
    match (cause, lang) {
        (NoCycleCause::SyncCycleDisabled, Lang::Ja) => format!(
            "同期サイクルが無効 (SyncCycleEnabled = False) のため、{from_ja}スケジュールされたサイクルはすべてスキップされます。Set-ADSyncScheduler -SyncCycleEnabled $true で再び有効にするまで実行されません。"
        ),
        (NoCycleCause::SyncCycleDisabled, Lang::En) => format!(
            "Sync cycles are disabled (SyncCycleEnabled = False): every scheduled cycle{from_en} is skipped until Set-ADSyncScheduler -SyncCycleEnabled $true turns them back on."
        ),
        (NoCycleCause::SchedulerSuspended, Lang::Ja) => format!(
            "スケジューラが中断中 (SchedulerSuspended = True、構成ウィザードの起動中やアップグレード中) のため、{from_ja}同期サイクルは実行されません。ウィザードを閉じるかアップグレードが終わるまで再開しません。"
        ),
        (NoCycleCause::SchedulerSuspended, Lang::En) => format!(
            "The scheduler is suspended (SchedulerSuspended = True: the installation wizard is open or an upgrade is under way): no sync cycle runs{from_en} until the wizard is closed or the upgrade is done."
        ),
        (NoCycleCause::ServerDown, Lang::Ja) => format!(
            "サーバー (または ADSync サービス) が停止しているため、{from_ja}同期サイクルは実行されません。期間の終わりまで復旧しません。"
        ),
        (NoCycleCause::ServerDown, Lang::En) => format!(
            "The server (or its ADSync service) is down: no sync cycle runs{from_en}, and it is not back before the end of the simulated span."
        ),
        (NoCycleCause::AfterHorizon, Lang::Ja) => format!(
            "{} はシミュレーション期間 ({} まで) の後です。期間を延ばすと次のサイクルがわかります。",
            fmt(now),
            fmt(report.horizon.end())
        ),
        (NoCycleCause::AfterHorizon, Lang::En) => format!(
            "{} is after the simulated span, which ends {}: extend the horizon to see the next cycle.",
            fmt(now),
            fmt(report.horizon.end())
        ),
        (NoCycleCause::Truncated, Lang::Ja) => format!(
            "シミュレーションがこの時点より前に上限の{}件に達して打ち切られたため、次のサイクルはわかりません。期間を短くしてください。",
            thousands(MAX_EVENTS)
        ),
        (NoCycleCause::Truncated, Lang::En) => format!(
            "The simulation stopped at its limit of {} events before this time, so the next cycle is unknown: shorten the horizon.",
            thousands(MAX_EVENTS)
        ),
    }
}

/// What the 7-day rule makes of no further cycle: the date after which a full sync is needed,
/// counted from the end of the last completed cycle (or where the report starts counting).
fn seven_day_consequence(
    report: &ServerReport,
    now: Instant,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> String {
    let completed = last_completed(report, report.horizon.end().max(now));
    let last = completed.unwrap_or(report.delta_rule_since);
    let deadline = last.checked_add_signed(SEVEN_DAYS.delta()).unwrap_or(last);
    let (last, due) = (fmt(last), fmt(deadline));
    // Without a completed cycle the date is the scenario's assumption; say where it comes from.
    let lead = match (completed.is_some(), lang) {
        (true, Lang::Ja) => format!("最後に完了したサイクルは {last} に終了しています。"),
        (true, Lang::En) => format!("The last completed cycle ended {last}."),
        (false, Lang::Ja) => format!(
            "期間内に完了したサイクルがないため、7日ルールは {last}（last_cycle_end、または期間の開始）から数えます。"
        ),
        (false, Lang::En) => format!(
            "No cycle completed in the simulated span, so the 7-day rule counts from {last} (last_cycle_end, or the start of the span)."
        ),
    };
    let rest = match (deadline > now, lang) {
        (true, Lang::Ja) => format!(
            "{due} を過ぎると差分同期では足りず、完全同期 (Start-ADSyncSyncCycle -PolicyType Initial) が必要になります。"
        ),
        (true, Lang::En) => format!(
            "After {due} a delta sync is no longer enough: a full sync (Start-ADSyncSyncCycle -PolicyType Initial) is needed."
        ),
        (false, Lang::Ja) => format!(
            "{due} に7日の期限を過ぎたため、差分同期では足りません。完全同期 (Start-ADSyncSyncCycle -PolicyType Initial) が必要です。"
        ),
        (false, Lang::En) => format!(
            "The 7-day limit passed on {due}: a delta sync is no longer enough, and a full sync (Start-ADSyncSyncCycle -PolicyType Initial) is needed."
        ),
    };
    [lead, rest].join(sep(lang))
}

// ---------------------------------------------------------------------------------------------
// Rules in words
// ---------------------------------------------------------------------------------------------

/// A rule in words. `detail` is the interval (or period) the rule runs on, where it has one:
/// "every 30 minutes (AllowedSyncCycleInterval)".
fn rule_text(rule: Rule, lang: Lang, detail: Option<String>) -> String {
    // Without an interval the rule is still stated, just not quantified.
    let d = detail.unwrap_or_else(|| match lang {
        Lang::Ja => "設定された間隔ごと".into(),
        Lang::En => "on its interval".into(),
    });
    match (rule, lang) {
        (Rule::Anchor, Lang::Ja) => "最初のサイクルは NextSyncCycleStartTimeInUTC に開始".into(),
        (Rule::Anchor, Lang::En) => "The first cycle starts at NextSyncCycleStartTimeInUTC".into(),
        (Rule::AnchorProjected, Lang::Ja) => format!(
            "過去の NextSyncCycleStartTimeInUTC から{d}の予定を進め、期間内の最初の予定時刻に開始"
        ),
        (Rule::AnchorProjected, Lang::En) => format!(
            "A past NextSyncCycleStartTimeInUTC is carried forward {d} to the first slot in the horizon"
        ),
        (Rule::AnchorOverdue, _) => Text::new(
            "A NextSyncCycleStartTimeInUTC older than one interval plus a cycle is overdue: the scheduler runs that cycle at once (catch-up)",
            "1間隔とサイクル1回分より古い NextSyncCycleStartTimeInUTC は期限切れ: スケジューラはそのサイクルをすぐに実行する（遅延実行）",
        )
        .get(lang)
        .into(),
        (Rule::NextStartStale, _) => Text::new(
            "NextSyncCycleStartTimeInUTC lies within one interval (plus a cycle) of the moment Get-ADSyncScheduler ran; older, the scheduler has not started a cycle since",
            "NextSyncCycleStartTimeInUTC は Get-ADSyncScheduler を実行した時刻から1間隔（とサイクル1回分）以内にある。それより古ければ、スケジューラはそれ以降サイクルを開始していない",
        )
        .get(lang)
        .into(),
        (Rule::NextStartFarAhead, _) => Text::new(
            "NextSyncCycleStartTimeInUTC is at most one interval ahead; far ahead, the date was most likely read with day and month swapped",
            "NextSyncCycleStartTimeInUTC は最大でも1間隔先。はるかに先なら、日付の日と月を取り違えて読んだ可能性が高い",
        )
        .get(lang)
        .into(),
        (Rule::CmdletWhileDown, _) => Text::new(
            "While the ADSync service is down, its cmdlets (Get-ADSyncScheduler, Start-ADSyncSyncCycle) cannot answer",
            "ADSync サービスの停止中は、そのコマンドレット（Get-ADSyncScheduler、Start-ADSyncSyncCycle）は応答できない",
        )
        .get(lang)
        .into(),
        (Rule::IntervalFromStart, Lang::Ja) => {
            format!("同期サイクルは{d}、前回のサイクルの開始から数える")
        }
        (Rule::IntervalFromStart, Lang::En) => {
            format!("Sync cycle {d}, counted from the previous cycle's start")
        }
        (Rule::IntervalFromEnd, Lang::Ja) => {
            format!("同期サイクルは{d}、前回のサイクルの終了から数える")
        }
        (Rule::IntervalFromEnd, Lang::En) => {
            format!("Sync cycle {d}, counted from the previous cycle's end")
        }
        (Rule::ManualStart, Lang::Ja) => "Start-ADSyncSyncCycle はサイクルをすぐに実行する".into(),
        (Rule::ManualStart, Lang::En) => "Start-ADSyncSyncCycle runs a cycle at once".into(),
        (Rule::ManualRebase, Lang::Ja) => {
            format!("手動サイクルを起点にスケジュールが組み直され、以後は{d}")
        }
        (Rule::ManualRebase, Lang::En) => {
            format!("A manual cycle re-bases the schedule: later cycles follow it {d}")
        }
        (Rule::IntervalChangeImmediate, Lang::Ja) => {
            "ビルド 1.1.281 以降、変更した間隔はすぐに適用される".into()
        }
        (Rule::IntervalChangeImmediate, Lang::En) => {
            "From build 1.1.281 a changed interval applies at once".into()
        }
        (Rule::IntervalChangeAfterNextCycle, Lang::Ja) => {
            "ビルド 1.1.281 より前は、変更した間隔は次のサイクルの後から適用される".into()
        }
        (Rule::IntervalChangeAfterNextCycle, Lang::En) => {
            "Before build 1.1.281 a changed interval applies after the next cycle".into()
        }
        (Rule::CatchUpAtOnce, Lang::Ja) => {
            "止まっている間に実行できなかったサイクルは、再開後すぐに実行される".into()
        }
        (Rule::CatchUpAtOnce, Lang::En) => {
            "A start missed while blocked runs as soon as the block ends".into()
        }
        (Rule::CatchUpNextSlot, Lang::Ja) => {
            "止まっている間の予定は見送られ、次の予定時刻まで待つ".into()
        }
        (Rule::CatchUpNextSlot, Lang::En) => {
            "Starts missed while blocked are dropped; the next cycle waits for its slot".into()
        }
        (Rule::OverrunStartAtOnce, Lang::Ja) => {
            "サイクルが次の予定時刻を過ぎて続いたら、終了後すぐに次のサイクルを開始".into()
        }
        (Rule::OverrunStartAtOnce, Lang::En) => {
            "A cycle that runs past the next due time: the next starts as soon as it ends".into()
        }
        (Rule::OverrunSkipToNextSlot, Lang::Ja) => {
            "サイクルが予定時刻を過ぎて続いたら、その予定は見送られる".into()
        }
        (Rule::OverrunSkipToNextSlot, Lang::En) => {
            "A cycle that runs past due times: those starts are dropped".into()
        }
        (Rule::StepOrder, Lang::Ja) => {
            "既定の順序で各コネクタのインポート、同期、エクスポートを実行".into()
        }
        (Rule::StepOrder, Lang::En) => {
            "Import, sync, then export on every connector, in the built-in order".into()
        }
        (Rule::InitialPolicy, Lang::Ja) => {
            "Initial ポリシー: すべてのコネクタで完全インポートと完全同期".into()
        }
        (Rule::InitialPolicy, Lang::En) => {
            "Initial policy: full import and full sync on every connector".into()
        }
        (Rule::ConnectorOverride, Lang::Ja) => {
            "Set-ADSyncSchedulerConnectorOverride: 指定したコネクタで完全ステップを実行".into()
        }
        (Rule::ConnectorOverride, Lang::En) => {
            "Set-ADSyncSchedulerConnectorOverride: a full step on one connector".into()
        }
        (Rule::StagingSuppressesExport, Lang::Ja) => {
            "ステージング モード: インポートと同期は実行し、エクスポートは行わない".into()
        }
        (Rule::StagingSuppressesExport, Lang::En) => {
            "Staging mode: imports and syncs run, exports are suppressed".into()
        }
        (Rule::StopCycle, Lang::Ja) => "Stop-ADSyncSyncCycle は実行中のサイクルを停止する".into(),
        (Rule::StopCycle, Lang::En) => "Stop-ADSyncSyncCycle stops the cycle under way".into(),
        (Rule::StopFinishesStep, Lang::Ja) => {
            "ビルド 1.1.281 より前は、停止してもコネクタは実行中のステップを終えてから止まる".into()
        }
        (Rule::StopFinishesStep, Lang::En) => {
            "Before build 1.1.281 a stop lets the connector finish its current step".into()
        }
        (Rule::StopWithoutCycle, Lang::Ja) => {
            "実行中のサイクルがなければ Stop-ADSyncSyncCycle は何もしない".into()
        }
        (Rule::StopWithoutCycle, Lang::En) => {
            "Stop-ADSyncSyncCycle with no cycle running does nothing".into()
        }
        (Rule::OutageInterrupts, Lang::Ja) => {
            "サーバーが停止すると実行中のサイクルはそこで打ち切られる".into()
        }
        (Rule::OutageInterrupts, Lang::En) => {
            "A server that goes down ends the cycle under way".into()
        }
        (Rule::ManualBusy, Lang::Ja) => {
            "サイクル実行中の Start-ADSyncSyncCycle はビジー (AAD is busy) で失敗する".into()
        }
        (Rule::ManualBusy, Lang::En) => {
            "Start-ADSyncSyncCycle during a cycle fails: \"AAD is busy\"".into()
        }
        (Rule::ManualWhileSuspended, Lang::Ja) => {
            "スケジューラの中断中は Start-ADSyncSyncCycle は実行されない".into()
        }
        (Rule::ManualWhileSuspended, Lang::En) => {
            "Start-ADSyncSyncCycle does not run while the scheduler is suspended".into()
        }
        (Rule::ManualWhileDown, Lang::Ja) => {
            "サーバー停止中は Start-ADSyncSyncCycle は実行できない".into()
        }
        (Rule::ManualWhileDown, Lang::En) => {
            "Start-ADSyncSyncCycle cannot run while the server is down".into()
        }
        (Rule::ManualWhileDisabled, Lang::Ja) => {
            "SyncCycleEnabled = False のときの Start-ADSyncSyncCycle は、パラメーターにより実行または拒否".into()
        }
        (Rule::ManualWhileDisabled, Lang::En) => {
            "Start-ADSyncSyncCycle while SyncCycleEnabled is False runs or is refused, per parameter".into()
        }
        (Rule::SkippedDisabled, Lang::Ja) => {
            "SyncCycleEnabled = False の間、スケジュールされたサイクルはスキップされる".into()
        }
        (Rule::SkippedDisabled, Lang::En) => {
            "Scheduled cycles are skipped while SyncCycleEnabled is False".into()
        }
        (Rule::SkippedSuspended, Lang::Ja) => {
            "スケジューラの中断中、スケジュールされたサイクルはスキップされる".into()
        }
        (Rule::SkippedSuspended, Lang::En) => {
            "Scheduled cycles are skipped while the scheduler is suspended".into()
        }
        (Rule::MissedOutage, Lang::Ja) => {
            "サーバー停止中、スケジュールされたサイクルは実行されない".into()
        }
        (Rule::MissedOutage, Lang::En) => {
            "Scheduled cycles cannot run while the server is down".into()
        }
        (Rule::DeltaWithinSevenDays, Lang::Ja) => {
            "差分同期は前回から7日以内に実行する必要があり、超えたら完全同期が必要".into()
        }
        (Rule::DeltaWithinSevenDays, Lang::En) => {
            "A delta sync must run within 7 days of the last one; after that a full sync is needed".into()
        }
        (Rule::IntervalClampedToAllowed, Lang::Ja) => {
            "AllowedSyncCycleInterval より短い CustomizedSyncCycleInterval は使われず、AllowedSyncCycleInterval が使われる".into()
        }
        (Rule::IntervalClampedToAllowed, Lang::En) => {
            "A CustomizedSyncCycleInterval below AllowedSyncCycleInterval is not used; the allowed one is".into()
        }
        (Rule::IntervalLongerThanSevenDays, Lang::Ja) => {
            "7日を超える間隔では、サイクルのたびに7日ルールを破る".into()
        }
        (Rule::IntervalLongerThanSevenDays, Lang::En) => {
            "An interval over 7 days breaks the 7-day delta rule on every cycle".into()
        }
        (Rule::PasswordHashSync, Lang::Ja) => format!(
            "パスワード ハッシュ同期は同期サイクルとは別のスケジューラで約{d}に実行される"
        ),
        (Rule::PasswordHashSync, Lang::En) => {
            format!("Password hash sync runs on its own scheduler, about {d}")
        }
        (Rule::PhsPausedStaging, Lang::Ja) => {
            "ステージング モードではパスワード ハッシュ同期は実行されない".into()
        }
        (Rule::PhsPausedStaging, Lang::En) => {
            "Password hash sync does not run in staging mode".into()
        }
        (Rule::PhsPausedOutage, Lang::Ja) => {
            "サーバー停止中はパスワード ハッシュ同期は実行されない".into()
        }
        (Rule::PhsPausedOutage, Lang::En) => {
            "Password hash sync does not run while the server is down".into()
        }
        (Rule::PhsNotEnabled, Lang::Ja) => {
            "このサーバーではパスワード ハッシュ同期が有効になっていない".into()
        }
        (Rule::PhsNotEnabled, Lang::En) => {
            "Password hash sync is not enabled on this server".into()
        }
        (Rule::RunHistoryPurge, Lang::Ja) => {
            "メンテナンスにより PurgeRunHistoryInterval より古い実行履歴は削除される".into()
        }
        (Rule::RunHistoryPurge, Lang::En) => {
            "Maintenance purges run history older than PurgeRunHistoryInterval".into()
        }
    }
}

/// "every 30 minutes (AllowedSyncCycleInterval)" / "30分ごと (AllowedSyncCycleInterval)".
fn interval_words(report: &ServerReport, interval: Period, lang: Lang) -> String {
    let name = interval_name(report, interval);
    match lang {
        Lang::Ja => format!("{}（{name}）", every(lang, interval)),
        Lang::En => format!("{} ({name})", every(lang, interval)),
    }
}

/// Which setting an effective interval comes from: the effective interval is the larger of
/// the customized and the allowed one, so anything longer than the allowed one is customized.
fn interval_name(report: &ServerReport, interval: Period) -> &'static str {
    if interval > report.settings.allowed_sync_cycle_interval {
        "CustomizedSyncCycleInterval"
    } else {
        "AllowedSyncCycleInterval"
    }
}

// ---------------------------------------------------------------------------------------------
// Blocks (skipped or missed slots)
// ---------------------------------------------------------------------------------------------

/// Why scheduled slots did not run: the engine's skip causes plus "missed" (server down).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BlockKind {
    Disabled,
    Suspended,
    Outage,
    Overrun,
}

impl From<SkipCause> for BlockKind {
    fn from(cause: SkipCause) -> Self {
        match cause {
            SkipCause::Disabled => Self::Disabled,
            SkipCause::Suspended => Self::Suspended,
            SkipCause::Overrun => Self::Overrun,
        }
    }
}

/// A stretch of scheduled slots that did not run, from a `skipped` or `missed` event.
#[derive(Clone, Copy, Debug)]
struct Block {
    cause: BlockKind,
    first_slot: Instant,
    until: Instant,
    slots: u32,
}

fn block_of(event: &Event) -> Option<Block> {
    match event.kind {
        EventKind::Skipped {
            cause,
            first_slot,
            until,
            slots,
        } => Some(Block {
            cause: cause.into(),
            first_slot,
            until,
            slots,
        }),
        EventKind::Missed {
            first_slot,
            until,
            slots,
        } => Some(Block {
            cause: BlockKind::Outage,
            first_slot,
            until,
            slots,
        }),
        _ => None,
    }
}

/// The skip or miss recorded at `slot` (a catch-up cycle's `slot` is the first one missed).
fn block_at_slot(report: &ServerReport, slot: Instant) -> Option<Block> {
    let i = report.events.partition_point(|e| e.at < slot);
    report
        .events
        .get(i..)
        .unwrap_or_default()
        .iter()
        .take_while(|e| e.at == slot)
        .find_map(block_of)
}

/// The latest skip or miss that ended by `t` (for a cycle that waited for the next slot).
fn last_block_before(report: &ServerReport, t: Instant) -> Option<Block> {
    let i = report.events.partition_point(|e| e.at < t);
    report
        .events
        .get(..i)
        .unwrap_or_default()
        .iter()
        .rev()
        .take(LOOKBACK)
        .filter_map(block_of)
        .find(|b| b.until <= t)
}

/// The cause as a clause: EN "the server (or its ADSync service) was down" (after "because"),
/// JA "サーバー (または ADSync サービス) が停止していた" (before "ため").
fn block_clause(block: Block, lang: Lang) -> String {
    let text = match (block.cause, lang) {
        (BlockKind::Disabled, Lang::Ja) => "同期サイクルが無効 (SyncCycleEnabled = False) だった",
        (BlockKind::Disabled, Lang::En) => "sync cycles were disabled (SyncCycleEnabled = False)",
        (BlockKind::Suspended, Lang::Ja) => {
            "スケジューラが中断中 (構成ウィザードの起動中やアップグレード中) だった"
        }
        (BlockKind::Suspended, Lang::En) => {
            "the scheduler was suspended (installation wizard open or upgrade under way)"
        }
        (BlockKind::Outage, Lang::Ja) => "サーバー (または ADSync サービス) が停止していた",
        (BlockKind::Outage, Lang::En) => "the server (or its ADSync service) was down",
        (BlockKind::Overrun, Lang::Ja) => "前回のサイクルがまだ実行中だった",
        (BlockKind::Overrun, Lang::En) => "the previous cycle was still running",
    };
    text.to_owned()
}

/// The cause as a noun phrase, free of tense, for sentences about the future as well as the
/// past: EN "a server outage" (after "because of"), JA "サーバー停止" (before "のため").
fn block_noun(kind: BlockKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (BlockKind::Disabled, Lang::Ja) => "同期サイクルの無効化（SyncCycleEnabled = False）",
        (BlockKind::Disabled, Lang::En) => "sync cycles being disabled (SyncCycleEnabled = False)",
        (BlockKind::Suspended, Lang::Ja) => "スケジューラの中断（構成ウィザードやアップグレード）",
        (BlockKind::Suspended, Lang::En) => {
            "the scheduler being suspended (installation wizard or upgrade)"
        }
        (BlockKind::Outage, Lang::Ja) => "サーバー停止",
        (BlockKind::Outage, Lang::En) => "the server being down",
        (BlockKind::Overrun, Lang::Ja) => "前回のサイクルの継続",
        (BlockKind::Overrun, Lang::En) => "the previous cycle still running",
    }
}

fn unknown_block(lang: Lang) -> String {
    match lang {
        Lang::Ja => "スケジューラが止まっていた".into(),
        Lang::En => "the scheduler was blocked".into(),
    }
}

// ---------------------------------------------------------------------------------------------
// Extras: the cmdlet's output and the export time
// ---------------------------------------------------------------------------------------------

/// What `Get-ADSyncScheduler` prints at an instant: its text, or why it cannot answer.
pub fn scheduler_output_text(output: &SchedulerOutput, lang: Lang) -> String {
    match output {
        SchedulerOutput::Printed(view) => view.to_powershell(),
        SchedulerOutput::ServiceDown { .. } => Text::new(
            "Get-ADSyncScheduler cannot answer now: the server or its ADSync service is down, so there is no scheduler to ask. It answers again once the service is back.",
            "現在 Get-ADSyncScheduler は応答できません。サーバーまたは ADSync サービスが停止しているため、問い合わせるスケジューラがありません。サービスが復旧すると再び応答します。",
        )
        .get(lang)
        .to_owned(),
    }
}

/// The caveat on an export time, as a sentence (`fmt` formats instants for the reader).
pub fn export_caveat_text(
    caveat: &ExportCaveat,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> String {
    match caveat {
        ExportCaveat::FullSyncNeeded { deadline, .. } => Text::new(
            "But the 7-day limit passed on {0} without a completed full cycle: a delta cycle is no longer enough, so this time holds only once a full sync (Start-ADSyncSyncCycle -PolicyType Initial) has run.",
            "ただし、{0} に7日の期限を過ぎ、その後に完全同期サイクルが完了していません。差分同期では足りないため、この時刻は完全同期（Start-ADSyncSyncCycle -PolicyType Initial）を実行した場合にのみ成り立ちます。",
        )
        .fill(lang, &[&fmt(*deadline)]),
    }
}

// ---------------------------------------------------------------------------------------------
// Import notes
// ---------------------------------------------------------------------------------------------

/// The import note for an ambiguous `NextSyncCycleStartTimeInUTC`: which reading was used,
/// why, and the other one (dates in UTC, as the cmdlet prints them).
pub fn ambiguous_date_note(
    lang: Lang,
    taken: Instant,
    decided_by: OrderBasis,
    other: Instant,
) -> String {
    let why = match decided_by {
        OrderBasis::NearerToNow => Text::new(
            "the reading nearer to now, since the next start is at most one interval away",
            "次の開始は最大でも1間隔先のため、現在時刻に近い読み方",
        ),
        OrderBasis::Hint => Text::new("the server's date format", "サーバーの日付形式"),
        OrderBasis::Separator => Text::new(
            "day first, as cultures that write dates with '.' or '-' do",
            "'.' や '-' で区切る地域の形式に従い日が先",
        ),
        OrderBasis::Padding => Text::new(
            "day first, because en-US never pads with a zero",
            "en-US は 0 を補わないため日が先",
        ),
        OrderBasis::UsDefault => Text::new(
            "month first, as en-US writes it",
            "en-US の形式に従い月が先",
        ),
        OrderBasis::Chosen => Text::new("your choice", "選択した読み方"),
        // Never ambiguous; named anyway so nothing is blank.
        OrderBasis::Values | OrderBasis::YearFirst => {
            Text::new("the values themselves", "値そのもの")
        }
    };
    Text::new(
        "NextSyncCycleStartTimeInUTC can be read two ways (day and month swapped): {0} was used ({1}); the other reading is {2}.",
        "NextSyncCycleStartTimeInUTC は日と月を入れ替えた2通りに読めます。{0} を使いました（{1}）。もう一方の読み方は {2} です。",
    )
    .fill(
        lang,
        &[&utc(taken, lang), why.get(lang), &utc(other, lang)],
    )
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/// "Delta cycle" / "差分同期サイクル", "Initial (full) cycle" / "完全同期サイクル（Initial）".
fn policy_words(policy: PolicyType, lang: Lang) -> &'static str {
    match (policy, lang) {
        (PolicyType::Delta, Lang::Ja) => "差分同期サイクル",
        (PolicyType::Delta, Lang::En) => "Delta cycle",
        (PolicyType::Initial, Lang::Ja) => "完全同期サイクル（Initial）",
        (PolicyType::Initial, Lang::En) => "Initial (full) cycle",
    }
}

/// The Japanese kind without its note: "差分同期サイクル", "完全同期サイクル" (the "Initial"
/// note joins the other notes in one parenthesis).
fn policy_base_ja(policy: PolicyType) -> &'static str {
    match policy {
        PolicyType::Delta => "差分同期サイクル",
        PolicyType::Initial => "完全同期サイクル",
    }
}

/// Japanese notes in one full-width parenthesis: "（Initial、ステージング モード）", or nothing.
fn ja_notes(notes: &[&str]) -> String {
    if notes.is_empty() {
        String::new()
    } else {
        format!("（{}）", notes.join("、"))
    }
}

/// The value `-PolicyType` takes.
fn policy_arg(policy: PolicyType) -> &'static str {
    match policy {
        PolicyType::Delta => "Delta",
        PolicyType::Initial => "Initial",
    }
}

/// The last cycle that started at or before `now` and has ended by then.
fn last_cycle_before(report: &ServerReport, now: Instant) -> Option<&Cycle> {
    let i = report.cycles.partition_point(|c| c.start <= now);
    report
        .cycles
        .get(..i)
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|c| c.end <= now)
}

/// When the last cycle that started before `t` and completed ended, if one did.
fn last_completed(report: &ServerReport, t: Instant) -> Option<Instant> {
    let i = report.cycles.partition_point(|c| c.start < t);
    report
        .cycles
        .get(..i)
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|c| c.outcome.is_completed())
        .map(|c| c.end)
}

/// Where the 7-day rule counts from for a cycle starting at `t`: the last completed cycle's
/// end, else the report's own starting point (`last_cycle_end` or the horizon start).
fn last_completed_end(report: &ServerReport, t: Instant) -> Instant {
    last_completed(report, t).unwrap_or(report.delta_rule_since)
}

/// An instant in UTC for sentences that have no formatter: "2026-11-28 10:02 UTC" /
/// "2026/11/28 10:02 (UTC)"; seconds only when there are some.
fn utc(t: Instant, lang: Lang) -> String {
    let time = if t.second() == 0 {
        t.format("%H:%M")
    } else {
        t.format("%H:%M:%S")
    };
    match lang {
        Lang::Ja => format!("{} {time} (UTC)", t.format("%Y/%m/%d")),
        Lang::En => format!("{} {time} UTC", t.format("%Y-%m-%d")),
    }
}

/// "200,000".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// How two sentences are joined: Japanese sentences end in "。" and need no space.
fn sep(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "",
        Lang::En => " ",
    }
}

/// A rule's words as a sentence.
fn sentence(text: String, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{text}。"),
        Lang::En => format!("{text}."),
    }
}

/// "Delta cycle" → "delta cycle", for English after a prefix; leaves "Initial" alone.
fn lower_first(text: &str) -> String {
    if text.starts_with("Initial") {
        return text.to_owned();
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Scenario;
    use chrono::TimeDelta;

    fn t(s: &str) -> Instant {
        s.parse().unwrap()
    }

    fn fmt(t: Instant) -> String {
        t.format("%Y-%m-%d %H:%M").to_string()
    }

    /// Simulates a server given as the `server` object of a scenario over `[start, end)`.
    fn report(server: &str, start: &str, end: &str) -> ServerReport {
        let json = format!(
            r#"{{"version": 1, "horizon": {{"start": "{start}", "end": "{end}"}}, "server": {server}}}"#
        );
        Scenario::from_json(&json)
            .unwrap()
            .simulate()
            .unwrap()
            .server
            .unwrap()
    }

    fn lane_key<'a>(v: &'a View, row: &Row) -> &'a str {
        v.lanes.get(row.lane).map_or("?", |l| l.key)
    }

    #[test]
    fn a_default_server_cycles_every_thirty_minutes() {
        let r = report(
            r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T10:12:00Z"}}"#,
            "2026-11-21T10:00:00Z",
            "2026-11-21T13:00:00Z",
        );
        for lang in Lang::ALL {
            let v = view(&r, lang);
            let cycles: Vec<&Row> = v
                .rows
                .iter()
                .filter(|r| lane_key(&v, r) == "cycle")
                .collect();
            assert_eq!(cycles.len(), 6);
            assert!(
                cycles
                    .iter()
                    .all(|r| r.end.is_some() && r.tone == Tone::Synced)
            );
            assert_eq!(cycles[0].at, t("2026-11-21T10:12:00Z"));
            assert!(v.rows.windows(2).all(|w| w[0].at <= w[1].at), "time order");
            assert!(v.rows.iter().all(|r| r.lane < v.lanes.len()));
            assert!(v.warnings.is_empty() && v.shades.is_empty());
            let keys: Vec<&str> = v.lanes.iter().map(|l| l.key).collect();
            assert_eq!(keys, ["cycle", "phs"]);
        }
        let v = view(&r, Lang::En);
        let first = v.rows.iter().find(|r| lane_key(&v, r) == "cycle").unwrap();
        assert_eq!(
            first.rule,
            "The first cycle starts at NextSyncCycleStartTimeInUTC"
        );
        let later = v
            .rows
            .iter()
            .find(|r| r.at == t("2026-11-21T10:42:00Z"))
            .unwrap();
        assert_eq!(
            later.rule,
            "Sync cycle every 30 minutes (AllowedSyncCycleInterval), counted from the previous cycle's start"
        );
        assert!(later.why.contains("completed in 2 min"), "{}", later.why);

        let now = t("2026-11-21T11:20:00Z");
        for lang in Lang::ALL {
            match answer(&r, now, lang, &fmt) {
                Answer::Next { at, by, detail } => {
                    assert_eq!(at, t("2026-11-21T11:42:00Z"));
                    assert!(by.contains("30"), "{by}");
                    let detail = detail.unwrap();
                    assert!(detail.contains("2026-11-21 11:12"), "{detail}");
                }
                other => panic!("{other:?}"),
            }
        }
        let Answer::Next { by, .. } = answer(&r, now, Lang::En, &fmt) else {
            panic!()
        };
        assert_eq!(by, "Delta cycle, every 30 minutes");
        let Answer::Next { by, .. } = answer(&r, now, Lang::Ja, &fmt) else {
            panic!()
        };
        assert_eq!(by, "差分同期サイクル（30分ごと）");
    }

    #[test]
    fn a_cycle_running_now_explains_the_past_next_start() {
        let r = report("{}", "2026-11-21T10:00:00Z", "2026-11-21T12:00:00Z");
        let Answer::Next { at, detail, .. } = answer(&r, t("2026-11-21T10:01:00Z"), Lang::En, &fmt)
        else {
            panic!()
        };
        assert_eq!(at, t("2026-11-21T10:30:00Z"));
        let detail = detail.unwrap();
        assert!(
            detail.contains("A cycle is running since 2026-11-21 10:00"),
            "{detail}"
        );
        assert!(detail.contains("NextSyncCycleStartTimeInUTC"), "{detail}");
    }

    #[test]
    fn a_manual_start_during_a_cycle_is_blocked_as_busy() {
        let r = report(
            r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T14:30:00Z"},
                "manual": [{"at": "2026-11-21T15:04:00Z", "command": "start_delta"},
                           {"at": "2026-11-21T15:05:00Z", "command": "start_delta"}]}"#,
            "2026-11-21T14:00:00Z",
            "2026-11-21T17:00:00Z",
        );
        for lang in Lang::ALL {
            let v = view(&r, lang);
            let busy: Vec<&Row> = v.rows.iter().filter(|r| r.tone == Tone::Blocked).collect();
            assert_eq!(busy.len(), 1);
            assert_eq!(lane_key(&v, busy[0]), "manual");
            assert_eq!(busy[0].at, t("2026-11-21T15:05:00Z"));
            match lang {
                Lang::En => assert!(busy[0].why.contains("busy"), "{}", busy[0].why),
                Lang::Ja => assert!(
                    busy[0].why.contains("実行中") || busy[0].why.contains("ビジー"),
                    "{}",
                    busy[0].why
                ),
            }
            // The manual cycle itself sits on the manual lane, with its bar.
            let manual = v
                .rows
                .iter()
                .find(|r| r.at == t("2026-11-21T15:04:00Z"))
                .unwrap();
            assert_eq!(lane_key(&v, manual), "manual");
            assert!(manual.end.is_some());
        }
        let v = view(&r, Lang::En);
        let rebased = v
            .rows
            .iter()
            .find(|r| r.at == t("2026-11-21T15:34:00Z"))
            .unwrap();
        assert!(rebased.why.contains("re-based"), "{}", rebased.why);
    }

    #[test]
    fn a_disabled_scheduler_never_syncs_and_names_the_seven_day_date() {
        let r = report(
            r#"{"scheduler": {"sync_cycle_enabled": false}, "last_cycle_end": "2026-11-20T09:00:00Z"}"#,
            "2026-11-21T10:00:00Z",
            "2026-11-22T10:00:00Z",
        );
        let now = t("2026-11-21T12:00:00Z");
        for lang in Lang::ALL {
            let Answer::Never { why, consequence } = answer(&r, now, lang, &fmt) else {
                panic!()
            };
            let consequence = consequence.unwrap();
            assert!(consequence.contains("2026-11-27 09:00"), "{consequence}");
            assert!(consequence.contains("Initial"), "{consequence}");
            assert!(why.contains("SyncCycleEnabled"), "{why}");
            match lang {
                Lang::En => assert!(why.contains("disabled"), "{why}"),
                Lang::Ja => assert!(why.contains("無効"), "{why}"),
            }
        }
        let v = view(&r, Lang::En);
        assert_eq!(v.shades.len(), 1);
        assert_eq!(v.shades[0].kind, ShadeKind::Disabled);
        assert_eq!(v.shades[0].window, r.horizon);
    }

    #[test]
    fn whole_horizon_switches_shade_the_whole_horizon() {
        let r = report(
            r#"{"scheduler": {"scheduler_suspended": true, "staging_mode_enabled": true}}"#,
            "2026-11-21T10:00:00Z",
            "2026-11-21T12:00:00Z",
        );
        let v = view(&r, Lang::Ja);
        let kinds: Vec<ShadeKind> = v.shades.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [ShadeKind::Suspended, ShadeKind::Staging]);
        assert!(v.shades.iter().all(|s| s.window == r.horizon));
        assert_eq!(v.shades[0].label, "スケジューラ中断中");
        let Answer::Never { why, .. } = answer(&r, t("2026-11-21T11:00:00Z"), Lang::Ja, &fmt)
        else {
            panic!()
        };
        assert!(why.contains("中断"), "{why}");
    }

    #[test]
    fn an_outage_is_shaded_and_its_slots_missed_then_caught_up() {
        let r = report(
            r#"{"outages": [{"start": "2026-11-21T10:30:45Z", "end": "2026-11-21T11:10:00Z"}]}"#,
            "2026-11-21T10:00:00Z",
            "2026-11-21T12:00:00Z",
        );
        let v = view(&r, Lang::En);
        assert_eq!(v.shades.len(), 1);
        assert_eq!(v.shades[0].kind, ShadeKind::Outage);
        assert_eq!(v.shades[0].label, "Server down");
        let tones: Vec<Tone> = v
            .rows
            .iter()
            .filter(|r| lane_key(&v, r) == "cycle")
            .map(|r| r.tone)
            .collect();
        assert_eq!(
            tones,
            [
                Tone::Synced,
                Tone::Blocked,
                Tone::Skipped,
                Tone::CaughtUp,
                Tone::Synced
            ]
        );
        let caught = v.rows.iter().find(|r| r.tone == Tone::CaughtUp).unwrap();
        assert!(caught.why.contains("was down"), "{}", caught.why);
        // Password hash sync pauses for the outage: three stretches, not one row per run.
        let phs: Vec<&Row> = v.rows.iter().filter(|r| lane_key(&v, r) == "phs").collect();
        assert_eq!(phs.len(), 3);
        assert_eq!(phs[1].tone, Tone::Skipped);
        assert!(phs.iter().all(|r| r.end.is_some()));
        // Server down now: the answer is the catch-up cycle, and says so.
        let Answer::Next { at, by, detail } = answer(&r, t("2026-11-21T10:50:00Z"), Lang::En, &fmt)
        else {
            panic!()
        };
        assert_eq!(at, t("2026-11-21T11:10:00Z"));
        assert!(by.contains("catching up"), "{by}");
        assert!(
            detail
                .unwrap()
                .contains("will not run because of the server being down")
        );
    }

    #[test]
    fn a_gap_over_seven_days_warns_with_the_date_and_the_remedy() {
        let r = report(
            r#"{"disabled_spans": [{"start": "2026-11-01T00:00:00Z", "end": "2026-11-10T00:00:00Z"}]}"#,
            "2026-11-01T00:00:00Z",
            "2026-11-11T00:00:00Z",
        );
        let en = view(&r, Lang::En);
        assert_eq!(en.warnings.len(), 1);
        let w = &en.warnings[0];
        assert!(w.contains("2026-11-08 00:00 UTC"), "{w}");
        assert!(
            w.contains("Start-ADSyncSyncCycle -PolicyType Initial"),
            "{w}"
        );
        let ja = view(&r, Lang::Ja);
        assert!(
            ja.warnings[0].contains("2026/11/08 00:00 (UTC)"),
            "{}",
            ja.warnings[0]
        );
        assert!(ja.warnings[0].contains("完全同期"), "{}", ja.warnings[0]);
        let row = en.rows.iter().find(|r| r.tone == Tone::Warning).unwrap();
        assert_eq!(lane_key(&en, row), "warnings");
        assert_eq!(row.at, t("2026-11-08T00:00:00Z"));
        // A next cycle after the deadline says so in the answer.
        let Answer::Next { detail, .. } = answer(&r, t("2026-11-09T00:00:00Z"), Lang::En, &fmt)
        else {
            panic!()
        };
        assert!(detail.unwrap().contains("7-day limit (2026-11-08 00:00)"));
    }

    #[test]
    fn clamped_and_overlong_intervals_warn() {
        let r = report(
            r#"{"scheduler": {"customized_sync_cycle_interval": "00:10:00"},
                "interval_changes": [{"at": "2026-11-21T11:00:00Z", "customized_sync_cycle_interval": "8.00:00:00"}]}"#,
            "2026-11-21T10:00:00Z",
            "2026-11-22T10:00:00Z",
        );
        let v = view(&r, Lang::En);
        assert_eq!(v.warnings.len(), 2, "{:?}", v.warnings);
        assert!(v.warnings[0].contains("00:10:00") && v.warnings[0].contains("every 30 minutes"));
        assert!(
            v.warnings[1].contains("longer than 7 days"),
            "{}",
            v.warnings[1]
        );
        let change = v
            .rows
            .iter()
            .find(|r| lane_key(&v, r) == "settings")
            .unwrap();
        assert_eq!(change.tone, Tone::Info);
        assert!(change.rule.contains("at once"), "{}", change.rule);
    }

    #[test]
    fn stopped_cycles_are_blocked_and_the_stop_is_info() {
        let r = report(
            r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-21T15:00:00Z"},
                "manual": [{"at": "2026-11-21T15:01:00Z", "command": "stop"},
                           {"at": "2026-11-21T15:10:00Z", "command": "stop"}]}"#,
            "2026-11-21T14:55:00Z",
            "2026-11-21T15:40:00Z",
        );
        let v = view(&r, Lang::En);
        let cycle = v
            .rows
            .iter()
            .find(|r| r.at == t("2026-11-21T15:00:00Z"))
            .unwrap();
        assert_eq!(cycle.tone, Tone::Blocked);
        assert_eq!(cycle.end, Some(t("2026-11-21T15:01:00Z")));
        let stops: Vec<&Row> = v
            .rows
            .iter()
            .filter(|r| lane_key(&v, r) == "manual")
            .collect();
        assert_eq!(stops.len(), 2);
        assert!(stops.iter().all(|r| r.tone == Tone::Info));
        assert!(stops[1].why.contains("no cycle was running"));
    }

    /// Two scenarios between them exercise nearly every rule the engine has.
    fn rich_reports() -> Vec<ServerReport> {
        let defaults = report(
            r#"{
              "scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-01T00:12:00Z",
                            "customized_sync_cycle_interval": "00:10:00"},
              "behaviour": {"manual_start_while_disabled": "rejected"},
              "connectors": [
                {"name": "corp.contoso.com", "kind": "ad", "full_sync_required": true},
                {"name": "contoso.onmicrosoft.com - AAD", "kind": "entra_id"}
              ],
              "last_cycle_end": "2026-11-01T00:00:00Z",
              "interval_changes": [{"at": "2026-11-01T09:00:00Z", "customized_sync_cycle_interval": "01:00:00"}],
              "disabled_spans": [{"start": "2026-11-02T00:00:00Z", "end": "2026-11-10T00:00:00Z"}],
              "suspended_spans": [{"start": "2026-11-01T01:00:00Z", "end": "2026-11-01T01:45:00Z"}],
              "staging_spans": [{"start": "2026-11-01T04:00:00Z", "end": "2026-11-01T05:00:00Z"}],
              "outages": [{"start": "2026-11-01T06:30:45Z", "end": "2026-11-01T07:10:00Z"}],
              "durations": {"per_cycle": {"delta": "PT2M", "initial": "PT90M"}},
              "manual": [
                {"at": "2026-11-01T01:10:00Z", "command": "start_delta"},
                {"at": "2026-11-01T03:04:00Z", "command": "start_initial"},
                {"at": "2026-11-01T03:05:00Z", "command": "start_delta"},
                {"at": "2026-11-01T03:20:00Z", "command": "stop"},
                {"at": "2026-11-01T03:30:00Z", "command": "stop"},
                {"at": "2026-11-01T06:50:00Z", "command": "start_delta"},
                {"at": "2026-11-03T00:00:00Z", "command": "start_delta"},
                {"at": "2026-11-10T01:00:00Z", "command": "start_initial"}
              ]
            }"#,
            "2026-11-01T00:00:00Z",
            "2026-11-12T00:00:00Z",
        );
        let others = report(
            r#"{
              "scheduler": {"next_sync_cycle_start_time_in_utc": "2026-10-30T00:07:00Z"},
              "behaviour": {"build": "before_1_1_281", "next_start_counted_from": "cycle_end",
                            "overrun": "skip_to_next_slot", "catch_up": "next_slot"},
              "durations": {"per_cycle": {"delta": "PT45M"}},
              "password_hash_sync": {"enabled": false},
              "interval_changes": [
                {"at": "2026-11-01T02:00:00Z", "customized_sync_cycle_interval": "8.00:00:00"},
                {"at": "2026-11-01T02:01:00Z", "customized_sync_cycle_interval": null}
              ],
              "suspended_spans": [{"start": "2026-11-01T05:00:00Z", "end": "2026-11-01T07:00:00Z"}],
              "manual": [
                {"at": "2026-11-01T04:00:00Z", "command": "start_delta"},
                {"at": "2026-11-01T04:10:00Z", "command": "stop"},
                {"at": "2026-11-01T04:10:01Z", "command": "stop"},
                {"at": "2026-11-01T05:30:00Z", "command": "start_delta"}
              ]
            }"#,
            "2026-11-01T00:00:00Z",
            "2026-11-02T00:00:00Z",
        );
        let down = report(
            r#"{"behaviour": {"overrun": "skip_to_next_slot"},
                "durations": {"per_cycle": {"delta": "PT45M"}},
                "outages": [{"start": "2026-11-01T01:20:00Z", "end": "2026-11-01T01:40:00Z"}],
                "manual": [{"at": "2026-11-01T01:30:00Z", "command": "start_delta"}]}"#,
            "2026-11-01T00:00:00Z",
            "2026-11-01T02:00:00Z",
        );
        // A NextSyncCycleStartTimeInUTC 12 days old (overdue, run at once) and one two days
        // ahead (day and month swapped?).
        let stale = report(
            r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-10-20T00:00:00Z"},
                "outages": [{"start": "2026-11-01T00:40:00Z", "end": "2026-11-01T00:50:00Z"}]}"#,
            "2026-11-01T00:00:00Z",
            "2026-11-01T02:00:00Z",
        );
        let ahead = report(
            r#"{"scheduler": {"next_sync_cycle_start_time_in_utc": "2026-11-03T00:00:00Z"},
                "staging_spans": [{"start": "2026-11-03T00:00:00Z", "end": "2026-11-03T01:00:00Z"}]}"#,
            "2026-11-01T00:00:00Z",
            "2026-11-04T00:00:00Z",
        );
        vec![defaults, others, down, stale, ahead]
    }

    /// Every rule named anywhere in a report: cycles, outcomes, steps, events, warnings, lanes.
    fn rules_in(r: &ServerReport) -> Vec<Rule> {
        let mut out: Vec<Rule> = Vec::new();
        for c in &r.cycles {
            out.push(c.rule);
            match c.outcome {
                CycleOutcome::Stopped { rule, .. } | CycleOutcome::Interrupted { rule } => {
                    out.push(rule)
                }
                CycleOutcome::Completed => {}
            }
            out.extend(r.steps(c).map(|s| s.rule));
        }
        out.extend(r.events.iter().map(|e| e.rule));
        out.extend(r.warnings.iter().map(|w| w.rule));
        out.extend(r.password_hash_sync.iter().map(|s| s.rule));
        out.sort_by_key(|r| r.code());
        out.dedup();
        out
    }

    #[test]
    fn every_row_has_words_in_both_languages_and_they_differ() {
        for r in rich_reports() {
            let (ja, en) = (view(&r, Lang::Ja), view(&r, Lang::En));
            assert_eq!(ja.rows.len(), en.rows.len());
            assert!(!en.shades.is_empty());
            for (j, e) in ja.rows.iter().zip(&en.rows) {
                assert_eq!((j.at, j.end, j.tone, j.lane), (e.at, e.end, e.tone, e.lane));
                for (a, b) in [(&j.what, &e.what), (&j.why, &e.why), (&j.rule, &e.rule)] {
                    assert!(!a.trim().is_empty() && !b.trim().is_empty(), "{e:?}");
                    assert_ne!(a, b, "{e:?}");
                    assert!(is_japanese(a), "no Japanese in {a}");
                    assert!(typeset(a), "half-width parenthesis against Japanese in {a}");
                    assert!(!b.chars().any(is_japanese_char), "Japanese in {b}");
                }
            }
            for (j, e) in ja.warnings.iter().zip(&en.warnings) {
                assert!(
                    is_japanese(j) && typeset(j) && !e.is_empty() && j != e,
                    "{j}"
                );
            }
            for (j, e) in ja.shades.iter().zip(&en.shades) {
                assert!(is_japanese(&j.label) && !e.label.is_empty());
            }
            assert!(
                ja.lanes
                    .iter()
                    .all(|l| is_japanese(&l.label) && l.key.is_ascii())
            );
            for (i, row) in en.rows.iter().enumerate() {
                if let Some(end) = row.end {
                    assert!(end >= row.at, "row {i}");
                }
                assert!(i == 0 || en.rows[i - 1].at <= row.at);
            }
        }
    }

    #[test]
    fn the_rich_scenarios_reach_nearly_every_rule_and_each_has_words() {
        let mut seen: Vec<Rule> = rich_reports().iter().flat_map(rules_in).collect();
        seen.sort_by_key(|r| r.code());
        seen.dedup();
        for rule in &seen {
            let (ja, en) = (
                rule_text(*rule, Lang::Ja, None),
                rule_text(*rule, Lang::En, None),
            );
            assert!(!ja.is_empty() && !en.is_empty() && ja != en, "{rule:?}");
            assert!(is_japanese(&ja), "{ja}");
        }
        // Only the run-history purge and the cmdlet while down never appear in a simulation
        // (they are answers' rules).
        let missing: Vec<&str> = Rule::ALL
            .iter()
            .filter(|r| !seen.contains(r))
            .map(|r| r.code())
            .collect();
        assert_eq!(missing, ["cmdlet_while_down", "run_history_purge"]);
    }

    #[test]
    fn every_rule_code_has_words_in_both_languages() {
        for rule in Rule::ALL {
            for detail in [None, Some("x".to_owned())] {
                let ja = rule_text(*rule, Lang::Ja, detail.clone());
                let en = rule_text(*rule, Lang::En, detail);
                assert!(
                    !ja.is_empty() && !en.is_empty() && ja != en,
                    "{}",
                    rule.code()
                );
                assert!(
                    is_japanese(&ja) && !en.chars().any(is_japanese_char),
                    "{}",
                    rule.code()
                );
            }
        }
    }

    #[test]
    fn every_answer_has_words_in_both_languages() {
        for r in rich_reports() {
            let (start, end) = (r.horizon.start(), r.horizon.end());
            let step = (end - start) / 97;
            let mut now = start - TimeDelta::hours(1);
            while now < end + TimeDelta::days(30) {
                let (ja, en) = (
                    answer(&r, now, Lang::Ja, &fmt),
                    answer(&r, now, Lang::En, &fmt),
                );
                match (ja, en) {
                    (
                        Answer::Next {
                            at: a,
                            by: bj,
                            detail: dj,
                        },
                        Answer::Next {
                            at: b,
                            by: be,
                            detail: de,
                        },
                    ) => {
                        assert_eq!(a, b);
                        assert!(a > now);
                        assert!(is_japanese(&bj) && typeset(&bj) && !be.is_empty() && bj != be);
                        assert_eq!(dj.is_some(), de.is_some());
                        if let (Some(dj), Some(de)) = (dj, de) {
                            assert!(is_japanese(&dj) && typeset(&dj), "{dj}");
                            assert!(!de.chars().any(is_japanese_char), "{de}");
                        }
                    }
                    (
                        Answer::Never {
                            why: wj,
                            consequence: cj,
                        },
                        Answer::Never {
                            why: we,
                            consequence: ce,
                        },
                    ) => {
                        assert!(is_japanese(&wj) && typeset(&wj) && !we.is_empty() && wj != we);
                        if let Some(cj) = &cj {
                            assert!(is_japanese(cj) && typeset(cj), "{cj}");
                        }
                        assert_eq!(cj.is_some(), ce.is_some());
                    }
                    (a, b) => panic!("{a:?} vs {b:?}"),
                }
                now += step;
            }
        }
    }

    #[test]
    fn truncation_is_said() {
        // A year of 30-minute cycles with hourly stops is well under the limit; fake the flag
        // instead of simulating 200,000 events.
        let mut r = report("{}", "2026-11-21T10:00:00Z", "2026-11-21T11:00:00Z");
        r.truncated = true;
        let v = view(&r, Lang::En);
        assert!(v.truncated);
        assert!(v.warnings.last().unwrap().contains("200,000"));
        assert!(
            view(&r, Lang::Ja)
                .warnings
                .last()
                .unwrap()
                .contains("200,000件")
        );
    }

    #[test]
    fn helpers_read_naturally() {
        assert_eq!(thousands(200_000), "200,000");
        assert_eq!(thousands(12), "12");
        assert_eq!(
            utc(t("2026-11-28T10:02:30Z"), Lang::En),
            "2026-11-28 10:02:30 UTC"
        );
        assert_eq!(
            utc(t("2026-11-28T10:02:00Z"), Lang::Ja),
            "2026/11/28 10:02 (UTC)"
        );
        assert_eq!(lower_first("Delta cycle"), "delta cycle");
        assert_eq!(lower_first("Initial (full) cycle"), "Initial (full) cycle");
    }

    fn is_japanese_char(c: char) -> bool {
        matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}' | '\u{3000}'..='\u{303f}')
    }

    /// Half-width parentheses need a space against Japanese text ("無効 (SyncCycleEnabled)
    /// だった"); full-width ones need none.
    fn typeset(s: &str) -> bool {
        let chars: Vec<char> = s.chars().collect();
        chars.windows(2).all(|w| {
            let kana_or_kanji =
                |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}');
            !(kana_or_kanji(w[0]) && w[1] == '(' || w[0] == ')' && kana_or_kanji(w[1]))
        })
    }

    fn is_japanese(s: &str) -> bool {
        s.chars().any(is_japanese_char)
    }

    #[test]
    fn a_year_of_cycles_is_presented_in_one_pass() {
        let r = report(
            r#"{"outages": [{"start": "2026-06-01T00:00:00Z", "end": "2026-06-01T03:00:00Z"}]}"#,
            "2026-01-01T00:00:00Z",
            "2027-01-01T00:00:00Z",
        );
        let v = view(&r, Lang::Ja);
        // 17,520 half-hour slots less the six missed, one skip row, three PHS stretches.
        assert!(
            v.rows.len() > 17_000 && v.rows.len() < 17_600,
            "{}",
            v.rows.len()
        );
        assert_eq!(
            v.rows.iter().filter(|r| lane_key(&v, r) == "phs").count(),
            3
        );
    }

    #[test]
    fn the_cmdlet_output_the_export_caveat_and_the_date_note_have_words() {
        let down = report(
            r#"{"outages": [{"start": "2026-11-01T01:00:00Z", "end": "2026-11-09T00:00:00Z"}]}"#,
            "2026-11-01T00:00:00Z",
            "2026-11-10T00:00:00Z",
        );
        let at = |s: &str| -> Instant { s.parse().unwrap() };
        let output = down.answers(at("2026-11-02T00:00:00Z")).get_adsyncscheduler;
        let printed = down.answers(at("2026-11-01T00:10:00Z")).get_adsyncscheduler;
        assert!(scheduler_output_text(&printed, Lang::En).starts_with("AllowedSyncCycleInterval"));
        let caveat = down
            .export_time(at("2026-11-08T12:00:00Z"))
            .and_then(|e| e.caveat)
            .expect("past the 7-day window");
        let taken = at("2026-12-03T17:12:40Z");
        let other = at("2026-03-12T17:12:40Z");
        for (ja, en) in [
            (
                scheduler_output_text(&output, Lang::Ja),
                scheduler_output_text(&output, Lang::En),
            ),
            (
                export_caveat_text(&caveat, Lang::Ja, &fmt),
                export_caveat_text(&caveat, Lang::En, &fmt),
            ),
            (
                ambiguous_date_note(Lang::Ja, taken, OrderBasis::NearerToNow, other),
                ambiguous_date_note(Lang::En, taken, OrderBasis::NearerToNow, other),
            ),
        ] {
            assert!(
                is_japanese(&ja) && !en.chars().any(is_japanese_char),
                "{en}"
            );
            assert!(!en.contains('{') && !ja.contains('{'), "{en} / {ja}");
        }
        assert!(export_caveat_text(&caveat, Lang::En, &fmt).contains("-PolicyType Initial"));
        assert!(
            ambiguous_date_note(Lang::En, taken, OrderBasis::NearerToNow, other)
                .contains("2026-03-12")
        );
    }
}
