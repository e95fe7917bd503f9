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
    "The server (or its ADSync service) is down since {0}, not yet back: no sync cycle and no password hash sync runs until it is",
    "サーバー (または ADSync サービス) は{0}から停止したままです（未復旧）。復旧するまで同期サイクルもパスワード ハッシュ同期も実行されません",
);
/// Down over a span: from, until.
const DOWN_UNTIL: Text = Text::new(
    "The server (or its ADSync service) is down from {0} until {1}: no sync cycle runs while it is down",
    "サーバー (または ADSync サービス) は{0}から{1}まで停止しています。その間は同期サイクルが実行されません",
);
/// Suspended, not yet resumed: since when.
const SUSPENDED_OPEN: Text = Text::new(
    "The scheduler is suspended since {0} (the wizard is open or an upgrade is under way), not yet resumed: no sync cycle runs until the wizard is closed or the upgrade is done",
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

/// The sentences that open the answer while something blocks cycles at `now`, ended; empty
/// when nothing does. `next` is the next cycle's start, `None` for none.
pub(super) fn blocker(
    report: &ServerReport,
    now: Instant,
    next: Option<Instant>,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> Vec<String> {
    let Some(b) = blocker_at(report, now) else {
        return Vec::new();
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
