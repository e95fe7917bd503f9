//! The answer at the top of the page for a server: the next cycle and what it is, or why none
//! will run and what the 7-day rule makes of that; and when a change made on-premises reaches
//! Entra ID, with what makes that time less certain than it looks; and what
//! `Get-ADSyncScheduler` prints now, or why it cannot answer. These get a formatter, so their
//! times are in the reader's zone.

use super::terms::{self, LIST_SEP, block_noun};
use crate::engine::Instant;
use crate::engine::MAX_EVENTS;
use crate::engine::Period;
use crate::engine::entra::{
    CycleOutcome, ExportCaveat, NextCycle, NoCycleCause, SchedulerOutput, ServerReport, Trigger,
};
use crate::present::Answer;
use crate::present::grammar::{every, relative, sentence, sep, span, thousands};
use crate::present::text::{Lang, Text};

const NOTHING_FOUND: Text = Text::new(
    "No further sync cycle was found within the simulated period.",
    "期間内に次の同期サイクルは見つかりません。",
);

/// {0}: the cycle, {1}: its notes.
const NEXT_BY: Text = Text::new("{0}, {1}", "{0}（{1}）");
const BY_MANUAL: Text = Text::new(
    "manual, Start-ADSyncSyncCycle",
    "Start-ADSyncSyncCycle による手動実行",
);
/// {0}: the period after it.
const BY_CATCH_UP: Text = Text::new(
    "catching up on a missed start, then {0}",
    "実行できなかった予定の遅延実行、その後は{0}",
);
/// {0}: the period after it.
const BY_OVERRUN: Text = Text::new(
    "as soon as the running cycle ends, then {0}",
    "実行中のサイクルの終了直後、その後は{0}",
);
const BY_STAGING: Text = Text::new(
    "in staging mode, without exports",
    "ステージング モードのためエクスポートなし",
);

/// {0}: when it started, {1}: how long ago.
const RUNNING: Text = Text::new(
    "A cycle has been running since {0} ({1}); NextSyncCycleStartTimeInUTC shows a past time until it completes.",
    "{0}（{1}）から同期サイクルを実行中です。完了するまで NextSyncCycleStartTimeInUTC には過去の時刻が表示されます。",
);
/// {0}: when it started, {1}: how long it took.
const LAST_COMPLETED: Text = Text::new(
    "The last cycle started {0} and completed in {1}.",
    "前回のサイクルは {0} に開始し、{1}で完了しました。",
);
/// {0}: when it started, {1}: how long it ran.
const LAST_STOPPED: Text = Text::new(
    "The last cycle started {0} and was stopped by Stop-ADSyncSyncCycle after {1}.",
    "前回のサイクルは {0} に開始し、{1}後に Stop-ADSyncSyncCycle で停止されました。",
);
/// {0}: when it started, {1}: how long it ran.
const LAST_INTERRUPTED: Text = Text::new(
    "The last cycle started {0} and was cut off by the server going down after {1}.",
    "前回のサイクルは {0} に開始し、{1}後にサーバー停止で打ち切られました。",
);
/// {0}: the slot, {1}: why it could not run.
const CATCHES_UP_PAST: Text = Text::new(
    "It catches up on the start due {0}, which could not run because of {1}.",
    "{0} の予定は{1}のため実行できなかったので、その分を実行します。",
);
/// {0}: the slot, {1}: why it will not run.
const CATCHES_UP_FUTURE: Text = Text::new(
    "It catches up on the start due {0}, which will not run because of {1}.",
    "{0} の予定は{1}のため実行できないので、その分を実行します。",
);
/// {0}: the deadline.
const AFTER_DEADLINE: Text = Text::new(
    "It starts after the 7-day limit ({0}), when a delta sync is no longer enough: run a full sync (Start-ADSyncSyncCycle -PolicyType Initial).",
    "このサイクルは7日の期限（{0}）を過ぎてから開始するため、差分同期では足りません。完全同期（Start-ADSyncSyncCycle -PolicyType Initial）を実行してください。",
);

/// {0}: " from <since> on" or nothing.
const NEVER_DISABLED: Text = Text::new(
    "Sync cycles are disabled (SyncCycleEnabled = False): every scheduled cycle{0} is skipped until Set-ADSyncScheduler -SyncCycleEnabled $true turns them back on.",
    "同期サイクルが無効 (SyncCycleEnabled = False) のため、{0}スケジュールされたサイクルはすべてスキップされます。Set-ADSyncScheduler -SyncCycleEnabled $true で再び有効にするまで実行されません。",
);
/// {0}: " from <since> on" or nothing.
const NEVER_SUSPENDED: Text = Text::new(
    "The scheduler is suspended (SchedulerSuspended = True: the installation wizard is open or an upgrade is under way): no sync cycle runs{0} until the wizard is closed or the upgrade is done.",
    "スケジューラが中断中 (SchedulerSuspended = True、構成ウィザードの起動中やアップグレード中) のため、{0}同期サイクルは実行されません。ウィザードを閉じるかアップグレードが終わるまで再開しません。",
);
/// {0}: " from <since> on" or nothing.
const NEVER_DOWN: Text = Text::new(
    "The server (or its ADSync service) is down: no sync cycle runs{0}, and it is not back before the end of the simulated period.",
    "サーバー (または ADSync サービス) が停止しているため、{0}同期サイクルは実行されません。期間の終わりまで復旧しません。",
);
/// {0}: since when; filled into the sentences above.
const FROM_ON: Text = Text::new(" from {0} on", "{0} 以降、");
/// {0}: now, {1}: the end of the horizon.
const NEVER_AFTER_HORIZON: Text = Text::new(
    "{0} is after the simulated period, which ends {1}: extend it to see the next cycle.",
    "{0} はシミュレーション期間 ({1} まで) の後です。期間を延ばすと次のサイクルがわかります。",
);
/// {0}: now, {1}: the horizon's start.
const NEVER_BEFORE_HORIZON: Text = Text::new(
    "{0} is before the simulated period, which starts {1}: the server's cycles before it are not simulated, so the next one is unknown. Move now into the period, or start the period earlier.",
    "{0} はシミュレーション期間（{1} から）より前です。期間前のサイクルはシミュレーションしていないため、次のサイクルはわかりません。現在時刻を期間内に移すか、期間の開始を早めてください。",
);
/// {0}: the event limit.
const NEVER_TRUNCATED: Text = Text::new(
    "The simulation stopped at its limit of {0} events before this time, so the next cycle is unknown: shorten the simulated period.",
    "シミュレーションがこの時点より前に上限の{0}件に達して打ち切られたため、次のサイクルはわかりません。期間を短くしてください。",
);

/// {0}: when it ended.
const LAST_COMPLETED_ENDED: Text = Text::new(
    "The last completed cycle ended {0}.",
    "最後に完了したサイクルは {0} に終了しています。",
);
/// {0}: where the rule counts from.
const COUNTS_FROM_ASSUMED: Text = Text::new(
    "No cycle completed in the simulated period, so the 7-day rule counts from {0} (the end of the last cycle before the period, or the period's start).",
    "期間内に完了したサイクルがないため、7日ルールは {0}（期間より前の最後のサイクルの終了時刻、または期間の開始）から数えます。",
);
/// {0}: the deadline.
const FULL_SYNC_AFTER: Text = Text::new(
    "After {0} a delta sync is no longer enough: a full sync (Start-ADSyncSyncCycle -PolicyType Initial) is needed.",
    "{0} を過ぎると差分同期では足りず、完全同期 (Start-ADSyncSyncCycle -PolicyType Initial) が必要になります。",
);
/// {0}: the deadline.
const FULL_SYNC_NOW: Text = Text::new(
    "The 7-day limit passed on {0}: a delta sync is no longer enough, and a full sync (Start-ADSyncSyncCycle -PolicyType Initial) is needed.",
    "{0} に7日の期限を過ぎたため、差分同期では足りません。完全同期 (Start-ADSyncSyncCycle -PolicyType Initial) が必要です。",
);

/// {0}: the change, {1}: when it reaches Entra ID, {2}: how long after the change, {3}: when
/// the cycle that exports it starts.
const EXPORTED: Text = Text::new(
    "A change made on-premises at {0} reaches Entra ID at {1} ({2} later): exported by the cycle that starts at {3}.",
    "{0} にオンプレミスで行った変更は {1} に Entra ID へ反映されます（{2}後）。{3} に始まる同期サイクルでエクスポートされます。",
);
/// {0}: the connectors.
const EXPORTED_WITH_OVERRIDE: Text = Text::new(
    "That cycle runs the full steps Set-ADSyncSchedulerConnectorOverride asked for on {0}, which makes it longer.",
    "このサイクルは Set-ADSyncSchedulerConnectorOverride で要求された {0} の完全インポート・完全同期を実行するため、長くかかります。",
);
const NOT_EXPORTED: Text = Text::new(
    "A change made on-premises at that time is not exported to Entra ID within the simulated period.",
    "その時刻にオンプレミスで行った変更は、シミュレーション期間内には Entra ID へエクスポートされません。",
);
/// {0}: when the 7-day limit passed.
const CAVEAT_FULL_SYNC_NEEDED: Text = Text::new(
    "But the 7-day limit passed on {0} without a completed full cycle: a delta cycle is no longer enough, so this time holds only once a full sync (Start-ADSyncSyncCycle -PolicyType Initial) has run.",
    "ただし、{0} に7日の期限を過ぎ、その後に完全同期サイクルが完了していません。差分同期では足りないため、この時刻は完全同期（Start-ADSyncSyncCycle -PolicyType Initial）を実行した場合にのみ成り立ちます。",
);

const CMDLET_BEFORE_HORIZON: Text = Text::new(
    "What Get-ADSyncScheduler printed at this time is not known: it is before the simulated period, whose start the settings describe.",
    "この時点で Get-ADSyncScheduler が何を表示したかはわかりません。設定が表すシミュレーション期間の開始より前です。",
);
const CMDLET_SERVICE_DOWN: Text = Text::new(
    "Get-ADSyncScheduler cannot answer now: the server or its ADSync service is down, so there is no scheduler to ask. It answers again once the service is back.",
    "現在 Get-ADSyncScheduler は応答できません。サーバーまたは ADSync サービスが停止しているため、問い合わせるスケジューラがありません。サービスが復旧すると再び応答します。",
);

/// The one-sentence answer at `now`: the next cycle and what it is, or why none will run and
/// what the 7-day rule makes of that. `fmt` formats instants for the reader.
pub fn answer(
    report: &ServerReport,
    now: Instant,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> Answer {
    let answers = report.answers(now);
    // What blocks cycles at now comes first, so the answer never names a time without it.
    let next_at = answers.next_cycle.as_ref().map(|n| n.start);
    let blocked = super::blocker::blocker(report, now, next_at, lang, fmt);
    let lead = |rest: Option<String>| -> Option<String> {
        let mut parts: Vec<String> = blocked.iter().map(|b| sentence(lang, b)).collect();
        parts.extend(rest);
        (!parts.is_empty()).then(|| parts.join(sep(lang)))
    };
    if let Some(next) = answers.next_cycle {
        let interval = next
            .cycle
            .and_then(|i| report.cycles.get(i as usize))
            // The cmdlet may be unable to answer (server down); the interval still holds.
            .map_or(report.effective_interval_at(now), |c| c.interval);
        return Answer::Next {
            at: next.start,
            by: next_by(report, &next, interval, lang),
            detail: lead(next_detail(
                report,
                &next,
                now,
                answers.running_cycle,
                lang,
                fmt,
            )),
        };
    }
    let Some(none) = answers.no_next_cycle else {
        // The engine always gives one or the other; say something true if it ever does not.
        return Answer::Never {
            why: NOTHING_FOUND.get(lang).to_owned(),
            consequence: None,
        };
    };
    let since = none.since.map(fmt);
    let why = never_why(report, none.cause, since.as_deref(), now, lang, fmt);
    let consequence = match none.cause {
        NoCycleCause::SyncCycleDisabled
        | NoCycleCause::SchedulerSuspended
        | NoCycleCause::ServerDown => Some(seven_day_consequence(report, now, lang, fmt)),
        NoCycleCause::AfterHorizon | NoCycleCause::Truncated | NoCycleCause::BeforeHorizon => None,
    };
    Answer::Never {
        why,
        consequence: lead(consequence),
    }
}

/// When a change made on-premises at `change_at` reaches Entra ID and which cycle exports it,
/// or that none does within the horizon, followed by what makes that time less certain than
/// it looks (a full sync needed past the 7-day window). `fmt` formats instants for the reader.
pub fn export_sentence(
    report: &ServerReport,
    change_at: Instant,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> String {
    let Some(e) = report.export_time(change_at) else {
        return NOT_EXPORTED.get(lang).to_owned();
    };
    let exported = EXPORTED.fill(
        lang,
        &[
            &fmt(change_at),
            &fmt(e.exported_at),
            &span(lang, (e.exported_at - change_at).num_seconds()),
            &fmt(e.import_start),
        ],
    );
    let mut parts = vec![exported];
    // "I changed a sync rule at 14:00": the cycle that carries the change runs full steps.
    if let Some(names) = report
        .cycles
        .get(e.cycle as usize)
        .and_then(|c| super::cycles::override_names(report, c))
    {
        parts.push(EXPORTED_WITH_OVERRIDE.fill(lang, &[&names]));
    }
    if let Some(caveat) = e.caveat {
        parts.push(export_caveat_text(&caveat, lang, fmt));
    }
    parts.join(sep(lang))
}

/// The caveat on an export time, as a sentence.
pub(super) fn export_caveat_text(
    caveat: &ExportCaveat,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> String {
    match caveat {
        ExportCaveat::FullSyncNeeded { deadline, .. } => {
            CAVEAT_FULL_SYNC_NEEDED.fill(lang, &[&fmt(*deadline)])
        }
    }
}

/// What `Get-ADSyncScheduler` prints at an instant: its text (as an en-US server prints it,
/// in either language), or why it cannot answer.
pub fn scheduler_output_text(output: &SchedulerOutput, lang: Lang) -> String {
    match output {
        SchedulerOutput::Printed(view) => view.to_powershell(),
        SchedulerOutput::ServiceDown { .. } => CMDLET_SERVICE_DOWN.get(lang).to_owned(),
        SchedulerOutput::BeforeHorizon => CMDLET_BEFORE_HORIZON.get(lang).to_owned(),
    }
}

/// "Delta cycle, every 30 minutes" / "差分同期サイクル（30分ごと）", with what kind of start it is.
fn next_by(report: &ServerReport, next: &NextCycle, interval: Period, lang: Lang) -> String {
    let period = every(lang, interval);
    let staging = next
        .cycle
        .and_then(|i| report.cycles.get(i as usize))
        .is_some_and(|c| c.staging);
    let mut notes: Vec<String> = Vec::new();
    notes.push(terms::policy_note(next.policy).get(lang).to_owned());
    notes.push(match next.trigger {
        Trigger::Manual => BY_MANUAL.get(lang).to_owned(),
        Trigger::CatchUp => BY_CATCH_UP.fill(lang, &[&period]),
        Trigger::Overrun => BY_OVERRUN.fill(lang, &[&period]),
        Trigger::Scheduled => period,
    });
    if staging {
        notes.push(BY_STAGING.get(lang).to_owned());
    }
    notes.retain(|n| !n.is_empty());
    NEXT_BY.fill(
        lang,
        &[
            terms::policy_base(next.policy).get(lang),
            &notes.join(LIST_SEP.get(lang)),
        ],
    )
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
        parts.push(RUNNING.fill(lang, &[&fmt(c.start), &ago]));
    } else if let Some(c) = report.last_cycle_before(now) {
        let took = span(lang, (c.end - c.start).num_seconds());
        let said = match c.outcome {
            CycleOutcome::Completed => LAST_COMPLETED,
            CycleOutcome::Stopped { .. } => LAST_STOPPED,
            CycleOutcome::Interrupted { .. } => LAST_INTERRUPTED,
        };
        parts.push(said.fill(lang, &[&fmt(c.start), &took]));
    }
    if next.trigger == Trigger::CatchUp
        && let Some(c) = next.cycle.and_then(|i| report.cycles.get(i as usize))
        && let Some(block) = c.slot.and_then(|s| report.block_at_slot(s))
    {
        // "Now" may lie before the block: the scenario says it will happen, so the tense
        // follows the reader's "now", not the simulation's.
        let said = if block.first_slot <= now {
            CATCHES_UP_PAST
        } else {
            CATCHES_UP_FUTURE
        };
        let cause = block_noun(block.cause).get(lang);
        parts.push(said.fill(lang, &[&fmt(block.first_slot), cause]));
    }
    if let Some(deadline) = report.delta_deadline(next.start)
        && next.start > deadline
    {
        parts.push(AFTER_DEADLINE.fill(lang, &[&fmt(deadline)]));
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
    let from = since.map(|s| FROM_ON.fill(lang, &[s])).unwrap_or_default();
    match cause {
        NoCycleCause::SyncCycleDisabled => NEVER_DISABLED.fill(lang, &[&from]),
        NoCycleCause::SchedulerSuspended => NEVER_SUSPENDED.fill(lang, &[&from]),
        NoCycleCause::ServerDown => NEVER_DOWN.fill(lang, &[&from]),
        NoCycleCause::AfterHorizon => {
            NEVER_AFTER_HORIZON.fill(lang, &[&fmt(now), &fmt(report.horizon.end())])
        }
        NoCycleCause::Truncated => NEVER_TRUNCATED.fill(lang, &[&thousands(MAX_EVENTS)]),
        NoCycleCause::BeforeHorizon => {
            NEVER_BEFORE_HORIZON.fill(lang, &[&fmt(now), &fmt(report.horizon.start())])
        }
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
    let t = report.horizon.end().max(now);
    let completed = report.last_completed(t);
    let last = report.last_completed_end(t);
    let deadline = report.delta_deadline(t).unwrap_or(last);
    // Without a completed cycle the date is the scenario's assumption; say where it comes from.
    let lead = if completed.is_some() {
        LAST_COMPLETED_ENDED
    } else {
        COUNTS_FROM_ASSUMED
    };
    let rest = if deadline > now {
        FULL_SYNC_AFTER
    } else {
        FULL_SYNC_NOW
    };
    [
        lead.fill(lang, &[&fmt(last)]),
        rest.fill(lang, &[&fmt(deadline)]),
    ]
    .join(sep(lang))
}
