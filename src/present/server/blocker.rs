//! The sentence that opens a server's answer while something keeps the scheduler from
//! starting cycles at "now": down, suspended or disabled, since when, whether it is fixed yet,
//! and — when the next cycle comes only after the span — that every cycle due before it is
//! skipped. A server that is down runs no cycle and no password hash sync; a suspended or
//! disabled scheduler skips its cycles.

use crate::engine::Instant;
use crate::engine::entra::{BlockCause, BlockSpan, ServerReport};
use crate::present::text::{Lang, Text};

/// Down, not yet back: since when.
const DOWN_OPEN: Text = Text::new(
    "The server (or its ADSync service) has been down since {0}, not yet back: no sync cycle and no password hash sync runs until it is",
    "サーバー (または ADSync サービス) は{0}から停止したままです（未復旧）。復旧するまで同期サイクルもパスワード ハッシュ同期も実行されません",
);
/// Down over a span: from, until.
const DOWN_UNTIL: Text = Text::new(
    "The server (or its ADSync service) is down from {0} until {1}: no sync cycle runs while it is down",
    "サーバー (または ADSync サービス) は{0}から{1}まで停止しています。その間は同期サイクルが実行されません",
);
/// Suspended, not yet resumed: since when.
const SUSPENDED_OPEN: Text = Text::new(
    "The scheduler has been suspended since {0} (the wizard is open or an upgrade is under way), not yet resumed: no sync cycle runs until the wizard is closed or the upgrade is done",
    "スケジューラは{0}から中断したままです（構成ウィザードの起動中やアップグレード中、未復旧）。ウィザードを閉じるかアップグレードが終わるまで同期サイクルは実行されません",
);
/// Suspended over a span: from, until.
const SUSPENDED_UNTIL: Text = Text::new(
    "The scheduler is suspended from {0} until {1} (the wizard is open or an upgrade is under way): no sync cycle runs while it is suspended",
    "スケジューラは{0}から{1}まで中断しています（構成ウィザードの起動中やアップグレード中）。その間は同期サイクルが実行されません",
);
/// Disabled, not yet re-enabled: since when.
const DISABLED_OPEN: Text = Text::new(
    "Sync cycles are disabled since {0} (SyncCycleEnabled = False), not yet re-enabled: scheduled cycles are skipped until Set-ADSyncScheduler -SyncCycleEnabled $true",
    "同期サイクルは{0}から無効のままです (SyncCycleEnabled = False、未復旧)。Set-ADSyncScheduler -SyncCycleEnabled $true を実行するまでスケジュールされたサイクルはスキップされます",
);
/// Disabled over a span: from, until.
const DISABLED_UNTIL: Text = Text::new(
    "Sync cycles are disabled from {0} until {1} (SyncCycleEnabled = False): scheduled cycles are skipped while they are disabled",
    "同期サイクルは{0}から{1}まで無効です (SyncCycleEnabled = False)。その間スケジュールされたサイクルはスキップされます",
);
/// When the next cycle comes only after the span: its end.
const SKIPPED_BEFORE: Text = Text::new(
    "Every cycle due before {0} is skipped",
    "{0}より前に予定されたサイクルはすべて実行されません",
);

/// A span ahead of now, with an end: the condition, from, until, the first cycle after.
const AHEAD_UNTIL: Text = Text::new(
    "Ahead: {0} from {1} until {2}; the first cycle after that starts at {3}",
    "予定: {1}から{2}まで{0}。その後の最初のサイクルは{3}に開始します",
);
/// A span ahead of now, with an end and no cycle after it: the condition, from, until.
const AHEAD_UNTIL_NONE: Text = Text::new(
    "Ahead: {0} from {1} until {2}; no cycle follows within the simulated period",
    "予定: {1}から{2}まで{0}。その後、期間内にサイクルはありません",
);
/// A span ahead of now with no end: the condition, from.
const AHEAD_OPEN: Text = Text::new(
    "Ahead: {0} from {1}, with no end set",
    "予定: {1}から{0}（終了未定）",
);

/// A block as a condition inside the "ahead" sentences.
const fn condition(cause: BlockCause) -> Text {
    match cause {
        BlockCause::Outage => Text::new(
            "the server (or its ADSync service) is down",
            "サーバー (または ADSync サービス) は停止",
        ),
        BlockCause::Suspended => Text::new(
            "the scheduler is suspended (the wizard is open or an upgrade is under way)",
            "スケジューラは中断（構成ウィザードの起動中やアップグレード中）",
        ),
        BlockCause::Disabled => Text::new(
            "sync cycles are disabled (SyncCycleEnabled = False)",
            "同期サイクルは無効 (SyncCycleEnabled = False)",
        ),
    }
}

/// The first span that starts after `now`, so that a story still to come (tonight's wizard)
/// is told at "now": what, from, until, and the first cycle after it.
fn ahead(
    report: &ServerReport,
    now: Instant,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> Option<String> {
    let b = report.blocks.iter().find(|b| b.window.start() > now)?;
    let what = condition(b.cause).get(lang);
    let (from, until) = (fmt(b.window.start()), fmt(b.window.end()));
    if b.open {
        return Some(AHEAD_OPEN.fill(lang, &[what, &from]));
    }
    let after = report.cycles.iter().find(|c| c.start >= b.window.end());
    Some(match after {
        Some(c) => AHEAD_UNTIL.fill(lang, &[what, &from, &until, &fmt(c.start)]),
        None => AHEAD_UNTIL_NONE.fill(lang, &[what, &from, &until]),
    })
}

/// Which cause explains most when several hold at once (as the scheduler's calendar ranks
/// them): down, then suspended, then disabled.
fn rank(cause: BlockCause) -> u8 {
    match cause {
        BlockCause::Outage => 0,
        BlockCause::Suspended => 1,
        BlockCause::Disabled => 2,
    }
}

/// The span in force at `now` that blocks most, if any.
fn blocker_at(report: &ServerReport, now: Instant) -> Option<&BlockSpan> {
    report
        .blocks
        .iter()
        .filter(|b| b.window.contains(now))
        .min_by_key(|b| rank(b.cause))
}

/// The sentences that open the answer while something blocks cycles at `now`; with nothing
/// in force, the first span still ahead, if any. `next` is the next cycle's start, `None` for
/// none.
pub(super) fn blocker(
    report: &ServerReport,
    now: Instant,
    next: Option<Instant>,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> Vec<String> {
    let Some(b) = blocker_at(report, now) else {
        return ahead(report, now, lang, fmt).into_iter().collect();
    };
    let text = match (b.cause, b.open) {
        (BlockCause::Outage, true) => DOWN_OPEN,
        (BlockCause::Outage, false) => DOWN_UNTIL,
        (BlockCause::Suspended, true) => SUSPENDED_OPEN,
        (BlockCause::Suspended, false) => SUSPENDED_UNTIL,
        (BlockCause::Disabled, true) => DISABLED_OPEN,
        (BlockCause::Disabled, false) => DISABLED_UNTIL,
    };
    let (from, until) = (fmt(b.window.start()), fmt(b.window.end()));
    let mut out = vec![text.fill(lang, &[&from, &until])];
    // Only a span with an end has a "before"; an open one lasts past the horizon.
    if !b.open && next.is_none_or(|n| n >= b.window.end()) {
        out.push(SKIPPED_BEFORE.fill(lang, &[&until]));
    }
    out
}
