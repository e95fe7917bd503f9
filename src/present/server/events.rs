//! Rows for what happened besides cycles: refused and ignored cmdlets, scheduled slots that
//! were skipped or missed (one bar over the stretch), and interval changes.

use super::lanes::{Draft, LaneId};
use super::rules::{interval_words, rule_text};
use super::terms::{self, block_clause, policy, policy_arg};
use crate::engine::Period;
use crate::engine::entra::{
    Event, EventKind, PolicyType, Rejection, Rule, ServerReport, SlotBlock, Trigger, timespan,
};
use crate::present::grammar::{every, length, lower_first, sep, span};
use crate::present::text::{Lang, Text};
use crate::present::{Row, Tone};

/// {0}: how long the running cycle had run, {1}: how long it had left.
const BUSY_TIMING: Text = Text::new(
    " (started {0} earlier, ending {1} later)",
    "（{0}前に開始し、{1}後に終了）",
);
/// {0}: the `-PolicyType` argument, {1}: the running cycle's timing (or nothing).
const BUSY: Text = Text::new(
    "Start-ADSyncSyncCycle -PolicyType {0} was refused as busy (\"… AAD is busy.\") because a sync cycle was already running{1}; run it again after that cycle ends.",
    "同期サイクルが実行中だった{1}ため、Start-ADSyncSyncCycle -PolicyType {0} はビジー (「… AAD is busy.」) で拒否されました。サイクルの終了後に再実行してください。",
);
/// {0}: the `-PolicyType` argument.
const REFUSED_SUSPENDED: Text = Text::new(
    "Start-ADSyncSyncCycle -PolicyType {0} did not run because the scheduler was suspended (SchedulerSuspended = True: the installation wizard was open or an upgrade was under way); run it again once the wizard is closed or the upgrade is done.",
    "スケジューラが中断中 (SchedulerSuspended = True、構成ウィザードの起動中やアップグレード中) だったため、Start-ADSyncSyncCycle -PolicyType {0} は実行されませんでした。ウィザードを閉じるかアップグレードの完了後に再実行してください。",
);
/// {0}: the `-PolicyType` argument.
const REFUSED_DOWN: Text = Text::new(
    "Start-ADSyncSyncCycle -PolicyType {0} could not run because the server (or its ADSync service) was down.",
    "サーバー (または ADSync サービス) が停止していたため、Start-ADSyncSyncCycle -PolicyType {0} は実行できませんでした。",
);
/// {0}: the `-PolicyType` argument.
const REFUSED_DISABLED: Text = Text::new(
    "Start-ADSyncSyncCycle -PolicyType {0} was refused because sync cycles were disabled (SyncCycleEnabled = False), as the scenario's parameter chooses.",
    "同期サイクルが無効 (SyncCycleEnabled = False) だったため、Start-ADSyncSyncCycle -PolicyType {0} は拒否されました（シナリオのパラメーターで拒否を選択）。",
);

const STOP_IGNORED_WHAT: Text = Text::new(
    "Stop-ADSyncSyncCycle: nothing to stop",
    "Stop-ADSyncSyncCycle: 対象なし",
);
const STOP_IGNORED: Text = Text::new(
    "Stop-ADSyncSyncCycle did nothing: no cycle was running.",
    "実行中のサイクルがなかったため、Stop-ADSyncSyncCycle は何もしませんでした。",
);
const STOP_IGNORED_STOPPING: Text = Text::new(
    "Stop-ADSyncSyncCycle did nothing more: the cycle was already stopping (before build 1.1.281 it finishes its current step first).",
    "サイクルはすでに停止処理中 (ビルド 1.1.281 より前: 実行中のステップの終了待ち) だったため、Stop-ADSyncSyncCycle は何もしませんでした。",
);

/// {0}: what blocked the scheduler, {1}: how long, {2}: how many slots (one).
const SKIPPED_ONE: Text = Text::new(
    "The {2} scheduled cycle due in these {1} did not run because {0}.",
    "{0}ため、この{1}の間に予定されていた{2}回のサイクルが実行されませんでした。",
);
/// {0}: what blocked the scheduler, {1}: how long, {2}: how many slots.
const SKIPPED_MANY: Text = Text::new(
    "The {2} scheduled cycles due in these {1} did not run because {0}.",
    "{0}ため、この{1}の間に予定されていた{2}回のサイクルが実行されませんでした。",
);
const NO_CYCLE_FOLLOWS: Text = Text::new(
    "No cycle follows within the simulated period.",
    "期間の終わりまで次のサイクルはありません。",
);
/// {0}: the cycle.
const CAUGHT_UP_AT_ONCE: Text = Text::new(
    "When that ended, a catch-up {0} ran at once.",
    "再開後すぐに{0}が遅延実行されました。",
);
/// {0}: the cycle, {1}: how long after the block ended.
const NEXT_STARTED: Text = Text::new(
    "The next {0} started {1} after that ended.",
    "次の{0}は再開から{1}後に開始しました。",
);

/// {0}: the new period.
const INTERVAL_SET: Text = Text::new("Set-ADSyncScheduler: {0}", "Set-ADSyncScheduler: {0}");
/// {0}: the default period.
const INTERVAL_RESET: Text = Text::new(
    "Set-ADSyncScheduler: back to default ({0})",
    "Set-ADSyncScheduler: 既定に戻す ({0})",
);
/// {0}: the period used, {1}: the customized value, {2}: the allowed value.
const INTERVAL_CLAMPED: Text = Text::new(
    "CustomizedSyncCycleInterval was set to {1}, which is below AllowedSyncCycleInterval ({2}), so it is not used: cycles run {0}.",
    "CustomizedSyncCycleInterval を {1} に設定しましたが、AllowedSyncCycleInterval ({2}) より短いため使われず、{0}に実行されます。",
);
/// {0}: the period used, {1}: the customized value.
const INTERVAL_CUSTOMIZED: Text = Text::new(
    "CustomizedSyncCycleInterval was set to {1}: cycles run {0}.",
    "CustomizedSyncCycleInterval を {1} に設定しました。以後は{0}に実行されます。",
);
/// {0}: the period used.
const INTERVAL_CLEARED: Text = Text::new(
    "CustomizedSyncCycleInterval was cleared: back to AllowedSyncCycleInterval ({0}).",
    "CustomizedSyncCycleInterval を解除し、AllowedSyncCycleInterval ({0}) に戻しました。",
);
const APPLIES_AFTER_NEXT: Text = Text::new(
    "Before build 1.1.281 the pending start stays; the new interval is used from the cycle after it.",
    "ビルド 1.1.281 より前のため、予定済みの次の開始時刻はそのままで、新しい間隔はその次から使われます。",
);
/// {0}: the interval `CurrentlyEffectiveSyncCycleInterval` still shows.
const APPLIES_AFTER_NEXT_SHOWN: Text = Text::new(
    "Before build 1.1.281 the pending start stays; the new interval is used from the cycle after it. Until the next cycle ends, CurrentlyEffectiveSyncCycleInterval still shows {0}.",
    "ビルド 1.1.281 より前のため、予定済みの次の開始時刻はそのままで、新しい間隔はその次から使われます。次のサイクルが終わるまで、CurrentlyEffectiveSyncCycleInterval は {0} のままです。",
);
const APPLIES_AT_ONCE: Text = Text::new(
    "From build 1.1.281 it applies at once: the next start is recounted from the previous cycle (when the running cycle, if any, ends).",
    "ビルド 1.1.281 以降のため、新しい間隔はすぐに適用され、次の開始時刻が前回のサイクルの開始から数え直されます (実行中のサイクルがあればその終了時)。",
);

const INTERVAL_REFUSED_WHAT: Text = Text::new(
    "Set-ADSyncScheduler: not run, server down",
    "Set-ADSyncScheduler: サーバー停止のため実行できず",
);
/// {0}: the value asked for, as typed; {1}: the interval that stays.
const INTERVAL_REFUSED: Text = Text::new(
    "Set-ADSyncScheduler -CustomizedSyncCycleInterval {0} could not run because the server (or its ADSync service) was down: nothing changed, and cycles still run {1}. Run it again once the server is back.",
    "サーバー (または ADSync サービス) が停止していたため、Set-ADSyncScheduler -CustomizedSyncCycleInterval {0} は実行できませんでした。設定は変わらず、サイクルは引き続き{1}に実行されます。サーバーの復旧後に再実行してください。",
);

/// Refused and ignored cmdlets, skipped and missed slots, interval changes.
pub(super) fn event_rows(report: &ServerReport, lang: Lang, out: &mut Vec<(LaneId, Row)>) {
    for event in &report.events {
        if let Some(block) = event.block() {
            skipped_row(report, event, block, lang).push(LaneId::Cycle, out);
            continue;
        }
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
            EventKind::OverrideSet {
                connector,
                full_import,
                full_sync,
                applies_to,
                superseded_by,
                ..
            } => (
                LaneId::Settings,
                super::overrides::override_row(
                    report,
                    event,
                    *connector,
                    (*full_import, *full_sync),
                    (*applies_to, superseded_by.is_some()),
                    lang,
                ),
            ),
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
            EventKind::OverrideRefused { connector, .. } => (
                LaneId::Settings,
                super::overrides::refused_row(report, event, *connector, lang),
            ),
            EventKind::IntervalChangeRefused { customized, .. } => (
                LaneId::Settings,
                interval_refused_row(report, event, *customized, lang),
            ),
            // Handled above, as blocks.
            EventKind::Skipped { .. } | EventKind::Missed { .. } => continue,
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
    let why = match reason {
        Rejection::Busy => {
            let cycle = running.and_then(|i| report.cycles.get(i as usize));
            let timing = cycle.map(|c| {
                let since = span(lang, (event.at - c.start).num_seconds());
                let left = span(lang, (c.end - event.at).num_seconds());
                BUSY_TIMING.fill(lang, &[&since, &left])
            });
            BUSY.fill(lang, &[arg, &timing.unwrap_or_default()])
        }
        Rejection::Suspended => REFUSED_SUSPENDED.fill(lang, &[arg]),
        Rejection::ServerDown => REFUSED_DOWN.fill(lang, &[arg]),
        Rejection::Disabled => REFUSED_DISABLED.fill(lang, &[arg]),
    };
    Draft {
        at: event.at,
        end: None,
        tone: Tone::Blocked,
        what: terms::rejection(reason).get(lang).to_owned(),
        why,
        rule_words: rule_text(event.rule, lang, None),
        rule: event.rule,
    }
}

/// A `Stop-ADSyncSyncCycle` that had nothing to stop.
fn stop_ignored_row(event: &Event, lang: Lang) -> Draft {
    let why = if event.rule == Rule::StopFinishesStep {
        STOP_IGNORED_STOPPING
    } else {
        STOP_IGNORED
    };
    Draft {
        at: event.at,
        end: None,
        tone: Tone::Info,
        what: STOP_IGNORED_WHAT.get(lang).to_owned(),
        why: why.get(lang).to_owned(),
        rule_words: rule_text(event.rule, lang, None),
        rule: event.rule,
    }
}

/// Scheduled slots that did not run, as one bar over the stretch, saying when cycles resumed.
fn skipped_row(report: &ServerReport, event: &Event, block: SlotBlock, lang: Lang) -> Draft {
    let over = span(lang, (block.until - block.first_slot).num_seconds());
    let cause = block_clause(block.cause).get(lang);
    let lead = if block.slots == 1 {
        SKIPPED_ONE
    } else {
        SKIPPED_MANY
    };
    let lead = lead.fill(lang, &[cause, &over, &block.slots.to_string()]);
    let resumed = match report.first_cycle_from(block.until) {
        None => NO_CYCLE_FOLLOWS.get(lang).to_owned(),
        Some(c) => {
            // Mid-sentence: "a catch-up delta cycle" (Japanese has no case to change).
            let kind = lower_first(policy(c.policy).get(lang));
            let wait = (c.start - block.until).num_seconds();
            if c.trigger == Trigger::CatchUp && wait <= 0 {
                CAUGHT_UP_AT_ONCE.fill(lang, &[&kind])
            } else {
                NEXT_STARTED.fill(lang, &[&kind, &span(lang, wait)])
            }
        }
    };
    Draft {
        at: event.at,
        end: Some(block.until),
        tone: Tone::Skipped,
        what: terms::block_label(block.cause).get(lang).to_owned(),
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
    let (what, set) = match customized {
        Some(c) if c < allowed => (
            INTERVAL_SET,
            INTERVAL_CLAMPED.fill(lang, &[&eff, &length(lang, c), &length(lang, allowed)]),
        ),
        Some(c) => (
            INTERVAL_SET,
            INTERVAL_CUSTOMIZED.fill(lang, &[&eff, &length(lang, c)]),
        ),
        None => (INTERVAL_RESET, INTERVAL_CLEARED.fill(lang, &[&eff])),
    };
    let when = match (event.rule, pending) {
        (Rule::IntervalChangeAfterNextCycle, Some(_)) => {
            APPLIES_AFTER_NEXT_SHOWN.fill(lang, &[&length(lang, shown)])
        }
        (Rule::IntervalChangeAfterNextCycle, None) => APPLIES_AFTER_NEXT.get(lang).to_owned(),
        _ => APPLIES_AT_ONCE.get(lang).to_owned(),
    };
    Draft {
        at: event.at,
        end: None,
        tone: Tone::Info,
        what: what.fill(lang, &[&eff]),
        why: [set, when].join(sep(lang)),
        rule_words: rule_text(
            event.rule,
            lang,
            Some(interval_words(report, effective, lang)),
        ),
        rule: event.rule,
    }
}

/// `Set-ADSyncScheduler -CustomizedSyncCycleInterval` while the server was down: refused, as
/// every cmdlet of the module is then (`cmdlet_while_down`).
fn interval_refused_row(
    report: &ServerReport,
    event: &Event,
    customized: Option<Period>,
    lang: Lang,
) -> Draft {
    // As typed: a TimeSpan, or `$null` to clear it.
    let asked = customized.map_or_else(|| "$null".to_owned(), timespan);
    let stays = every(lang, report.effective_interval_at(event.at));
    Draft {
        at: event.at,
        end: None,
        tone: Tone::Blocked,
        what: INTERVAL_REFUSED_WHAT.get(lang).to_owned(),
        why: INTERVAL_REFUSED.fill(lang, &[&asked, &stays]),
        rule_words: rule_text(event.rule, lang, None),
        rule: event.rule,
    }
}
