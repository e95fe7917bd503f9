//! Word tables for the server view, one per engine code: policy types, triggers, how a cycle
//! ended, refusals, why slots did not run, why password hash sync paused. Each is an
//! exhaustive `match` returning [`Text`], so a new engine variant without words does not
//! compile, and each code has one name per language wherever the server view shows it.

use crate::engine::entra::{BlockKind, CycleOutcome, PhsPause, PolicyType, Rejection, Trigger};
use crate::present::text::{Lang, Text};

/// Notes after a name, in one parenthesis: " (a, b)" / "（a、b）".
const NOTES: Text = Text::new(" ({0})", "（{0}）");

/// Between two items of a short list.
pub(super) const LIST_SEP: Text = Text::new(", ", "、");

/// Notes in one parenthesis after a name, or nothing; empty notes (a word one language does
/// not say) are left out.
pub(super) fn notes(lang: Lang, items: &[&str]) -> String {
    let kept: Vec<&str> = items.iter().copied().filter(|n| !n.is_empty()).collect();
    if kept.is_empty() {
        String::new()
    } else {
        NOTES.fill(lang, &[&kept.join(LIST_SEP.get(lang))])
    }
}

/// A cycle by its policy type: "Delta cycle" / "差分同期サイクル", "Initial (full) cycle" /
/// "完全同期サイクル（Initial）".
pub(super) const fn policy(policy: PolicyType) -> Text {
    match policy {
        PolicyType::Delta => Text::new("Delta cycle", "差分同期サイクル"),
        PolicyType::Initial => Text::new("Initial (full) cycle", "完全同期サイクル（Initial）"),
    }
}

/// The same without the note Japanese puts in parentheses ("完全同期サイクル"), for names
/// that gather every note in one parenthesis; see [`policy_note`].
pub(super) const fn policy_base(policy: PolicyType) -> Text {
    match policy {
        PolicyType::Delta => Text::new("Delta cycle", "差分同期サイクル"),
        PolicyType::Initial => Text::new("Initial (full) cycle", "完全同期サイクル"),
    }
}

/// The note [`policy_base`] leaves out: "Initial" in Japanese; English says it in the name.
pub(super) const fn policy_note(policy: PolicyType) -> Text {
    match policy {
        PolicyType::Delta => Text::new("", ""),
        PolicyType::Initial => Text::new("", "Initial"),
    }
}

/// The value `-PolicyType` takes (a PowerShell argument, the same in both languages).
pub(super) const fn policy_arg(policy: PolicyType) -> &'static str {
    match policy {
        PolicyType::Delta => "Delta",
        PolicyType::Initial => "Initial",
    }
}

/// What goes before a cycle's name to say what started it: "Catch-up: " / "遅延実行: ".
pub(super) const fn trigger_prefix(trigger: Trigger) -> Text {
    match trigger {
        Trigger::Scheduled => Text::new("", ""),
        Trigger::CatchUp => Text::new("Catch-up: ", "遅延実行: "),
        Trigger::Overrun => Text::new("Late start: ", "前回の終了待ち: "),
        Trigger::Manual => Text::new("Manual ", "手動の"),
    }
}

/// The staging note on a cycle's name.
pub(super) const STAGING_NOTE: Text = Text::new("staging mode", "ステージング モード");

/// How a cycle ended, as Japanese says it among the name's notes ("手動で停止").
pub(super) const fn outcome_note(outcome: CycleOutcome) -> Text {
    match outcome {
        CycleOutcome::Completed => Text::new("", ""),
        CycleOutcome::Stopped { .. } => Text::new("", "手動で停止"),
        CycleOutcome::Interrupted { .. } => Text::new("", "サーバー停止で打ち切り"),
    }
}

/// How a cycle ended, as English says it after the name (" — stopped").
pub(super) const fn outcome_suffix(outcome: CycleOutcome) -> Text {
    match outcome {
        CycleOutcome::Completed => Text::new("", ""),
        CycleOutcome::Stopped { .. } => Text::new(" — stopped", ""),
        CycleOutcome::Interrupted { .. } => Text::new(" — interrupted (server down)", ""),
    }
}

/// A refused `Start-ADSyncSyncCycle`, as a row's label.
pub(super) const fn rejection(reason: Rejection) -> Text {
    match reason {
        Rejection::Busy => Text::new(
            "Start-ADSyncSyncCycle refused: busy",
            "Start-ADSyncSyncCycle 拒否: 実行中 (ビジー)",
        ),
        Rejection::Suspended => Text::new(
            "Start-ADSyncSyncCycle refused: scheduler suspended",
            "Start-ADSyncSyncCycle 拒否: スケジューラ中断中",
        ),
        Rejection::ServerDown => Text::new(
            "Start-ADSyncSyncCycle failed: server down",
            "Start-ADSyncSyncCycle 失敗: サーバー停止中",
        ),
        Rejection::Disabled => Text::new(
            "Start-ADSyncSyncCycle refused: sync cycles disabled",
            "Start-ADSyncSyncCycle 拒否: 同期サイクル無効",
        ),
    }
}

/// Slots that did not run, as a row's label.
pub(super) const fn block_label(kind: BlockKind) -> Text {
    match kind {
        BlockKind::Disabled => Text::new(
            "Skipped: sync cycles disabled",
            "スキップ: 同期サイクル無効",
        ),
        BlockKind::Suspended => Text::new(
            "Skipped: scheduler suspended",
            "スキップ: スケジューラ中断中",
        ),
        BlockKind::Outage => Text::new("Missed: server down", "見送り: サーバー停止"),
        BlockKind::Overrun => Text::new(
            "Skipped: previous cycle still running",
            "スキップ: 前回のサイクルが継続中",
        ),
    }
}

/// Why slots did not run, as a clause: EN "the server (or its ADSync service) was down" (after
/// "because"), JA "サーバー (または ADSync サービス) が停止していた" (before "ため").
pub(super) const fn block_clause(kind: BlockKind) -> Text {
    match kind {
        BlockKind::Disabled => Text::new(
            "sync cycles were disabled (SyncCycleEnabled = False)",
            "同期サイクルが無効 (SyncCycleEnabled = False) だった",
        ),
        BlockKind::Suspended => Text::new(
            "the scheduler was suspended (installation wizard open or upgrade under way)",
            "スケジューラが中断中 (構成ウィザードの起動中やアップグレード中) だった",
        ),
        BlockKind::Outage => Text::new(
            "the server (or its ADSync service) was down",
            "サーバー (または ADSync サービス) が停止していた",
        ),
        BlockKind::Overrun => Text::new(
            "the previous cycle was still running",
            "前回のサイクルがまだ実行中だった",
        ),
    }
}

/// The clause when the report does not say what blocked the scheduler.
pub(super) const UNKNOWN_BLOCK: Text =
    Text::new("the scheduler was blocked", "スケジューラが止まっていた");

/// Why slots do not run, as a noun phrase free of tense, for sentences about the future as
/// well as the past: EN "the server being down" (after "because of"), JA "サーバー停止"
/// (before "のため").
pub(super) const fn block_noun(kind: BlockKind) -> Text {
    match kind {
        BlockKind::Disabled => Text::new(
            "sync cycles being disabled (SyncCycleEnabled = False)",
            "同期サイクルの無効化（SyncCycleEnabled = False）",
        ),
        BlockKind::Suspended => Text::new(
            "the scheduler being suspended (installation wizard or upgrade)",
            "スケジューラの中断（構成ウィザードやアップグレード）",
        ),
        BlockKind::Outage => Text::new("the server being down", "サーバー停止"),
        BlockKind::Overrun => Text::new("the previous cycle still running", "前回のサイクルの継続"),
    }
}

/// A paused password hash sync stretch, as a row's label.
pub(super) const fn phs_pause(cause: PhsPause) -> Text {
    match cause {
        PhsPause::Staging => Text::new("Paused: staging mode", "一時停止: ステージング モード"),
        PhsPause::Outage => Text::new("Paused: server down", "一時停止: サーバー停止"),
        PhsPause::NotEnabled => Text::new("Not enabled", "未構成"),
    }
}

/// When password hash sync does not run, as a phrase: "in staging mode" / "ステージング
/// モードでは" (empty when it is not enabled at all: that sentence is different).
pub(super) const fn phs_pause_when(cause: PhsPause) -> Text {
    match cause {
        PhsPause::Staging => Text::new("in staging mode", "ステージング モードでは"),
        PhsPause::Outage => Text::new("while the server is down", "サーバー停止中は"),
        PhsPause::NotEnabled => Text::new("", ""),
    }
}
