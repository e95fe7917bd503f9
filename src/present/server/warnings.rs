//! Warnings: one row per engine warning on the Warnings lane, dated where the engine dates it,
//! and the sentences above the timeline (the first few warnings, and truncation). Those
//! sentences have no row time beside them, so their dates are in the sentence, in UTC.

use super::lanes::{Draft, LaneId};
use super::rules::rule_text;
use crate::engine::MAX_EVENTS;
use crate::engine::entra::{ServerReport, Warning, WarningKind};
use crate::present::grammar::{every, length, sep, span, thousands, utc};
use crate::present::text::{Lang, Text};
use crate::present::{Mark, Row, Tone};

/// At most this many warning sentences above the timeline; the rest stay in the Warnings lane,
/// so that a year of 8-day intervals does not push the timeline off the screen.
const MAX_WARNING_SENTENCES: usize = 20;

const DELTA_WHAT: Text = Text::new(
    "7-day rule broken: full sync needed",
    "7日ルール超過: 完全同期が必要",
);
/// {0}: the interval used.
const CLAMPED_WHAT: Text = Text::new("Interval clamped to {0}", "間隔を{0}に補正");
const OVERLONG_WHAT: Text = Text::new("Interval longer than 7 days", "間隔が7日を超えています");
const STALE_WHAT: Text = Text::new(
    "NextSyncCycleStartTimeInUTC is stale: no cycle since",
    "NextSyncCycleStartTimeInUTC が古い: それ以降サイクルなし",
);
/// Stale, and a day/month swap explains it.
const STALE_SWAPPED_WHAT: Text = Text::new(
    "NextSyncCycleStartTimeInUTC in the past: day and month swapped?",
    "NextSyncCycleStartTimeInUTC が過去: 日と月の取り違え?",
);
const AHEAD_WHAT: Text = Text::new(
    "NextSyncCycleStartTimeInUTC far ahead: day and month swapped?",
    "NextSyncCycleStartTimeInUTC が遠い未来: 日と月の取り違え?",
);
/// Far ahead, and no day/month swap explains it.
const AHEAD_LATER_WHAT: Text = Text::new(
    "NextSyncCycleStartTimeInUTC far ahead: output from a later time?",
    "NextSyncCycleStartTimeInUTC が遠い未来: より後の時点の出力?",
);

/// {0}: the deadline, {1}: when the last completed cycle ended.
const DELTA_HEAD: Text = Text::new(
    "7-day rule broken on {0}: no sync cycle completed within 7 days of the last one (ended {1}), so a delta sync is no longer enough. Run a full sync: Start-ADSyncSyncCycle -PolicyType Initial.",
    "7日ルール違反: 最後に完了したサイクル（{1} 終了）から7日以内に同期サイクルが完了しなかったため、{0} 以降は差分同期では足りません。完全同期（Start-ADSyncSyncCycle -PolicyType Initial）を実行してください。",
);
/// {0}: when the next cycle started.
const NEXT_WAS_FULL: Text = Text::new(
    "The next cycle, at {0}, was a full (Initial) one.",
    "{0} に開始した次のサイクルは完全同期（Initial）でした。",
);
/// {0}: when the next cycle started.
const NEXT_WAS_DELTA: Text = Text::new(
    "The next cycle, at {0}, was a delta one, which is not enough.",
    "次のサイクル（{0} 開始）は差分同期だったため、これでは足りません。",
);
const NONE_COMPLETED: Text = Text::new(
    "No cycle completed before the end of the simulated period.",
    "期間の終わりまでにサイクルは完了していません。",
);
/// {0}: the period used, {1}: the customized value, {2}: the allowed value.
const CLAMPED: Text = Text::new(
    "CustomizedSyncCycleInterval ({1}) is below AllowedSyncCycleInterval ({2}), so it is not used: sync cycles run {0}.",
    "CustomizedSyncCycleInterval ({1}) が AllowedSyncCycleInterval ({2}) より短いため使われず、同期サイクルは{0}に実行されます。",
);
/// {0}: the period used, {1}: since when.
const OVERLONG: Text = Text::new(
    "The sync cycle interval set as of {1} ({0}) is longer than 7 days: every gap between cycles breaks the 7-day rule, so each would need a full sync. Set an interval of 7 days or less (Set-ADSyncScheduler -CustomizedSyncCycleInterval).",
    "{1} 時点で設定された同期サイクルの間隔（{0}）は7日より長いため、サイクルのたびに7日ルールを破り、毎回完全同期が必要になります。Set-ADSyncScheduler -CustomizedSyncCycleInterval で7日以内の間隔を設定してください。",
);
/// {0}: the value given, {1}: how long before the horizon start, {2}: scheduled starts passed.
const STALE: Text = Text::new(
    "NextSyncCycleStartTimeInUTC ({0}) lies {1} before the start of the simulated period, more than one interval plus a cycle: the scheduler has not started a cycle since then ({2} scheduled starts passed). The cycle it names is treated as overdue and the 7-day rule counts from it. Check that the ADSync service and its scheduler are running (Get-ADSyncScheduler, SyncCycleEnabled, SchedulerSuspended).",
    "NextSyncCycleStartTimeInUTC（{0}）はシミュレーション期間の開始より {1} 前で、1間隔とサイクル1回分より古いため、スケジューラはそれ以降サイクルを開始していません（予定された開始 {2} 回分が過ぎています）。この開始は期限切れとして扱い、7日ルールもこの時刻から数えます。ADSync サービスとスケジューラが動いているか確認してください（Get-ADSyncScheduler の SyncCycleEnabled、SchedulerSuspended）。",
);
/// {0}: the value given, {1}: how long before the horizon start, {2}: the swapped reading.
const STALE_SWAPPED: Text = Text::new(
    "NextSyncCycleStartTimeInUTC ({0}) lies {1} before the start of the simulated period, although the scheduler's next start is at most one interval away: the date was most likely read with day and month swapped ({2} fits). Check the pasted date; until then the cycle it names is treated as overdue and the 7-day rule counts from it.",
    "NextSyncCycleStartTimeInUTC（{0}）はシミュレーション期間の開始より {1} 前ですが、スケジューラの次の開始は最大でも1間隔先のはずです。日付の日と月を取り違えて読んだ可能性が高いため（{2} なら合います）、貼り付けた日付を確認してください。それまではこの開始を期限切れとして扱い、7日ルールもこの時刻から数えます。",
);
/// {0}: the value given, {1}: how long after the horizon start, {2}: the swapped reading.
const AHEAD: Text = Text::new(
    "NextSyncCycleStartTimeInUTC ({0}) lies {1} after the start of the simulated period, although the scheduler's next start is at most one interval away: the date was most likely read with day and month swapped ({2} fits). Check the pasted date; nothing runs before it.",
    "NextSyncCycleStartTimeInUTC（{0}）はシミュレーション期間の開始より {1} 後ですが、スケジューラの次の開始は最大でも1間隔先のはずです。日付の日と月を取り違えて読んだ可能性が高いため（{2} なら合います）、貼り付けた日付を確認してください。この時刻より前には何も実行されません。",
);
/// {0}: the value given, {1}: how long after the horizon start. No day/month swap explains it.
const AHEAD_LATER: Text = Text::new(
    "NextSyncCycleStartTimeInUTC ({0}) lies {1} after the start of the simulated period, although the scheduler's next start is at most one interval away from the moment Get-ADSyncScheduler ran: the output most likely comes from a later time than the start of the simulated period. Start the period when the output was taken; nothing runs before it here.",
    "NextSyncCycleStartTimeInUTC（{0}）はシミュレーション期間の開始より {1} 後ですが、スケジューラの次の開始は Get-ADSyncScheduler を実行した時点から最大でも1間隔先のはずです。この出力はシミュレーション期間の開始より後の時点のものと考えられます。期間の開始を出力を取得した時点にしてください。ここではこの時刻より前には何も実行されません。",
);
/// {0}: how many more.
const MORE_WARNINGS: Text = Text::new(
    "{0} more warnings are in the Warnings lane.",
    "ほかに{0}件の警告があります。「警告」レーンで確認できます。",
);
/// {0}: the event limit, {1}: where the simulation stopped.
const TRUNCATED: Text = Text::new(
    "The simulation stopped at its limit of {0} events, at {1}: nothing later is shown. Shorten the simulated period to see the rest.",
    "シミュレーションは上限の{0}件に達したため、{1} で打ち切られました。それ以降は表示されません。期間を短くしてください。",
);

/// One row per engine warning.
pub(super) fn warning_rows(report: &ServerReport, lang: Lang, out: &mut Vec<(LaneId, Row)>) {
    for warning in &report.warnings {
        // The 7-day rule running out is a deadline: the chart draws it across the lanes.
        let mark = match warning.kind {
            WarningKind::DeltaWindowExceeded { .. } => Mark::Deadline,
            _ => Mark::Plain,
        };
        Draft {
            at: warning.at,
            end: None,
            tone: Tone::Warning,
            what: warning_what(warning, lang),
            why: warning_sentence(warning, lang),
            rule_words: rule_text(warning.rule, lang, None),
            rule: warning.rule,
        }
        .push_marked(LaneId::Warnings, mark, out);
    }
}

/// A warning's short label.
fn warning_what(warning: &Warning, lang: Lang) -> String {
    match &warning.kind {
        WarningKind::DeltaWindowExceeded { .. } => DELTA_WHAT.get(lang).to_owned(),
        WarningKind::CustomizedIntervalBelowAllowed { effective, .. } => {
            CLAMPED_WHAT.fill(lang, &[&span(lang, i64::from(effective.secs()))])
        }
        WarningKind::IntervalLongerThanSevenDays { .. } => OVERLONG_WHAT.get(lang).to_owned(),
        WarningKind::NextStartStale { swapped: None, .. } => STALE_WHAT.get(lang).to_owned(),
        WarningKind::NextStartStale {
            swapped: Some(_), ..
        } => STALE_SWAPPED_WHAT.get(lang).to_owned(),
        WarningKind::NextStartFarAhead {
            swapped: Some(_), ..
        } => AHEAD_WHAT.get(lang).to_owned(),
        WarningKind::NextStartFarAhead { swapped: None, .. } => {
            AHEAD_LATER_WHAT.get(lang).to_owned()
        }
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
            let head = DELTA_HEAD.fill(lang, &[&utc(lang, *deadline), &utc(lang, *last_sync_end)]);
            let tail = match next_start {
                Some(at) if *next_is_full => NEXT_WAS_FULL.fill(lang, &[&utc(lang, *at)]),
                Some(at) => NEXT_WAS_DELTA.fill(lang, &[&utc(lang, *at)]),
                None => NONE_COMPLETED.get(lang).to_owned(),
            };
            [head, tail].join(sep(lang))
        }
        WarningKind::CustomizedIntervalBelowAllowed {
            customized,
            allowed,
            effective,
        } => CLAMPED.fill(
            lang,
            &[
                &every(lang, *effective),
                &length(lang, *customized),
                &length(lang, *allowed),
            ],
        ),
        WarningKind::IntervalLongerThanSevenDays { effective } => {
            OVERLONG.fill(lang, &[&every(lang, *effective), &utc(lang, warning.at)])
        }
        WarningKind::NextStartStale {
            next_start,
            swapped: Some(other),
            ..
        } => STALE_SWAPPED.fill(
            lang,
            &[
                &utc(lang, *next_start),
                &span(lang, (warning.at - *next_start).num_seconds()),
                &utc(lang, *other),
            ],
        ),
        WarningKind::NextStartStale {
            next_start,
            slots_missed,
            swapped: None,
        } => STALE.fill(
            lang,
            &[
                &utc(lang, *next_start),
                &span(lang, (warning.at - *next_start).num_seconds()),
                &thousands(*slots_missed as usize),
            ],
        ),
        WarningKind::NextStartFarAhead {
            next_start,
            swapped,
        } => {
            let ahead = span(lang, (*next_start - warning.at).num_seconds());
            match swapped {
                Some(other) => {
                    AHEAD.fill(lang, &[&utc(lang, *next_start), &ahead, &utc(lang, *other)])
                }
                None => AHEAD_LATER.fill(lang, &[&utc(lang, *next_start), &ahead]),
            }
        }
    }
}

/// The sentences above the timeline: the engine's warnings (the first few; the lane has them
/// all) and truncation.
pub(super) fn warning_sentences(report: &ServerReport, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = report
        .warnings
        .iter()
        .take(MAX_WARNING_SENTENCES)
        .map(|w| warning_sentence(w, lang))
        .collect();
    let more = report.warnings.len().saturating_sub(MAX_WARNING_SENTENCES);
    if more > 0 {
        out.push(MORE_WARNINGS.fill(lang, &[&thousands(more)]));
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
        out.push(TRUNCATED.fill(lang, &[&thousands(MAX_EVENTS), &utc(lang, last)]));
    }
    out
}
