//! The scheduler's rules in words, for the "rule" column of every row. A rule that runs on an
//! interval has a hole `{0}` for it ("every 30 minutes (AllowedSyncCycleInterval)"); without
//! one it is still stated, just not quantified.

use crate::engine::Period;
use crate::engine::entra::{Rule, ServerReport};
use crate::present::grammar::every;
use crate::present::text::{Lang, Text};

/// What fills a rule's interval hole when there is no interval to name.
const ON_ITS_INTERVAL: Text = Text::new("on its interval", "設定された間隔ごと");

/// An interval and the setting it comes from.
const INTERVAL_FROM: Text = Text::new("{0} ({1})", "{0}（{1}）");

/// A rule in words. `detail` is the interval (or period) the rule runs on, where it has one:
/// "every 30 minutes (AllowedSyncCycleInterval)".
pub(super) fn rule_text(rule: Rule, lang: Lang, detail: Option<String>) -> String {
    let d = detail.unwrap_or_else(|| ON_ITS_INTERVAL.get(lang).to_owned());
    rule_words(rule).fill(lang, &[&d])
}

/// "every 30 minutes (AllowedSyncCycleInterval)" / "30分ごと（AllowedSyncCycleInterval）".
pub(super) fn interval_words(report: &ServerReport, interval: Period, lang: Lang) -> String {
    INTERVAL_FROM.fill(
        lang,
        &[&every(lang, interval), interval_name(report, interval)],
    )
}

/// Which setting an effective interval comes from: the effective interval is the larger of
/// the customized and the allowed one, so anything longer than the allowed one is customized.
pub(super) fn interval_name(report: &ServerReport, interval: Period) -> &'static str {
    if interval > report.settings.allowed_sync_cycle_interval {
        "CustomizedSyncCycleInterval"
    } else {
        "AllowedSyncCycleInterval"
    }
}

/// Every rule's words; `{0}` is the interval it runs on, where it has one.
const fn rule_words(rule: Rule) -> Text {
    match rule {
        Rule::Anchor => Text::new(
            "The first cycle starts at NextSyncCycleStartTimeInUTC",
            "最初のサイクルは NextSyncCycleStartTimeInUTC に開始",
        ),
        Rule::AnchorProjected => Text::new(
            "A past NextSyncCycleStartTimeInUTC is carried forward {0} to the first slot in the simulated period",
            "過去の NextSyncCycleStartTimeInUTC から{0}の予定を進め、期間内の最初の予定時刻に開始",
        ),
        Rule::AnchorOverdue => Text::new(
            "A NextSyncCycleStartTimeInUTC older than one interval plus a cycle is overdue: the scheduler runs that cycle at once (catch-up)",
            "1間隔とサイクル1回分より古い NextSyncCycleStartTimeInUTC は期限切れ: スケジューラはそのサイクルをすぐに実行する（遅延実行）",
        ),
        Rule::IntervalFromStart => Text::new(
            "Sync cycle {0}, counted from the previous cycle's start",
            "同期サイクルは{0}、前回のサイクルの開始から数える",
        ),
        Rule::IntervalFromEnd => Text::new(
            "Sync cycle {0}, counted from the previous cycle's end",
            "同期サイクルは{0}、前回のサイクルの終了から数える",
        ),
        Rule::ManualStart => Text::new(
            "Start-ADSyncSyncCycle runs a cycle at once",
            "Start-ADSyncSyncCycle はサイクルをすぐに実行する",
        ),
        Rule::ManualRebase => Text::new(
            "A manual cycle re-bases the schedule: later cycles follow it {0}",
            "手動サイクルを起点にスケジュールが組み直され、以後は{0}",
        ),
        Rule::IntervalChangeImmediate => Text::new(
            "From build 1.1.281 a changed interval applies at once",
            "ビルド 1.1.281 以降、変更した間隔はすぐに適用される",
        ),
        Rule::IntervalChangeAfterNextCycle => Text::new(
            "Before build 1.1.281 a changed interval applies after the next cycle",
            "ビルド 1.1.281 より前は、変更した間隔は次のサイクルの後から適用される",
        ),
        Rule::CatchUpAtOnce => Text::new(
            "A start missed while blocked runs as soon as the block ends",
            "止まっている間に実行できなかったサイクルは、再開後すぐに実行される",
        ),
        Rule::CatchUpNextSlot => Text::new(
            "Starts missed while blocked are dropped; the next cycle waits for its slot",
            "止まっている間の予定は見送られ、次の予定時刻まで待つ",
        ),
        Rule::OverrunStartAtOnce => Text::new(
            "A cycle that runs past the next due time: the next starts as soon as it ends",
            "サイクルが次の予定時刻を過ぎて続いたら、終了後すぐに次のサイクルを開始",
        ),
        Rule::OverrunSkipToNextSlot => Text::new(
            "A cycle that runs past due times: those starts are dropped",
            "サイクルが予定時刻を過ぎて続いたら、その予定は見送られる",
        ),
        Rule::StepOrder => Text::new(
            "Import, sync, then export on every connector, in the built-in order",
            "既定の順序で各コネクタのインポート、同期、エクスポートを実行",
        ),
        Rule::InitialPolicy => Text::new(
            "Initial policy: full import and full sync on every connector",
            "Initial ポリシー: すべてのコネクタで完全インポートと完全同期",
        ),
        Rule::ConnectorOverride => Text::new(
            "Set-ADSyncSchedulerConnectorOverride: a full step on one connector",
            "Set-ADSyncSchedulerConnectorOverride: 指定したコネクタで完全インポート・完全同期を実行",
        ),
        Rule::StagingSuppressesExport => Text::new(
            "Staging mode: imports and syncs run, exports are suppressed",
            "ステージング モード: インポートと同期は実行し、エクスポートは行わない",
        ),
        Rule::StopCycle => Text::new(
            "Stop-ADSyncSyncCycle stops the cycle under way",
            "Stop-ADSyncSyncCycle は実行中のサイクルを停止する",
        ),
        Rule::StopFinishesStep => Text::new(
            "Before build 1.1.281 a stop lets the connector finish its current step",
            "ビルド 1.1.281 より前は、停止してもコネクタは実行中のステップを終えてから止まる",
        ),
        Rule::StopWithoutCycle => Text::new(
            "Stop-ADSyncSyncCycle with no cycle running does nothing",
            "実行中のサイクルがなければ Stop-ADSyncSyncCycle は何もしない",
        ),
        Rule::OutageInterrupts => Text::new(
            "A server that goes down ends the cycle under way",
            "サーバーが停止すると実行中のサイクルはそこで打ち切られる",
        ),
        Rule::ManualBusy => Text::new(
            "Start-ADSyncSyncCycle during a cycle fails: \"AAD is busy\"",
            "サイクル実行中の Start-ADSyncSyncCycle はビジー (AAD is busy) で失敗する",
        ),
        Rule::ManualWhileSuspended => Text::new(
            "Start-ADSyncSyncCycle does not run while the scheduler is suspended",
            "スケジューラの中断中は Start-ADSyncSyncCycle は実行されない",
        ),
        Rule::ManualWhileDown => Text::new(
            "Start-ADSyncSyncCycle cannot run while the server is down",
            "サーバー停止中は Start-ADSyncSyncCycle は実行できない",
        ),
        Rule::ManualWhileDisabled => Text::new(
            "Start-ADSyncSyncCycle while SyncCycleEnabled is False runs or is refused, per parameter",
            "SyncCycleEnabled = False のときの Start-ADSyncSyncCycle は、パラメーターにより実行または拒否",
        ),
        Rule::SkippedDisabled => Text::new(
            "Scheduled cycles are skipped while SyncCycleEnabled is False",
            "SyncCycleEnabled = False の間、スケジュールされたサイクルはスキップされる",
        ),
        Rule::SkippedSuspended => Text::new(
            "Scheduled cycles are skipped while the scheduler is suspended",
            "スケジューラの中断中、スケジュールされたサイクルはスキップされる",
        ),
        Rule::MissedOutage => Text::new(
            "Scheduled cycles cannot run while the server is down",
            "サーバー停止中、スケジュールされたサイクルは実行されない",
        ),
        Rule::DeltaWithinSevenDays => Text::new(
            "A delta sync must run within 7 days of the last one; after that a full sync is needed",
            "差分同期は前回から7日以内に実行する必要があり、超えたら完全同期が必要",
        ),
        Rule::IntervalClampedToAllowed => Text::new(
            "A CustomizedSyncCycleInterval below AllowedSyncCycleInterval is not used; the allowed one is",
            "AllowedSyncCycleInterval より短い CustomizedSyncCycleInterval は使われず、AllowedSyncCycleInterval が使われる",
        ),
        Rule::IntervalLongerThanSevenDays => Text::new(
            "An interval over 7 days breaks the 7-day delta rule on every cycle",
            "7日を超える間隔では、サイクルのたびに7日ルールを破る",
        ),
        Rule::NextStartStale => Text::new(
            "NextSyncCycleStartTimeInUTC lies within one interval (plus a cycle) of the moment Get-ADSyncScheduler ran; older, the scheduler has not started a cycle since (or, when the swapped date fits, its day and month were swapped)",
            "NextSyncCycleStartTimeInUTC は Get-ADSyncScheduler を実行した時刻から1間隔（とサイクル1回分）以内にある。それより古ければ、スケジューラはそれ以降サイクルを開始していない（入れ替えた日付が合う場合は日と月の取り違え）",
        ),
        Rule::NextStartFarAhead => Text::new(
            "NextSyncCycleStartTimeInUTC is at most one interval ahead of the moment Get-ADSyncScheduler ran; far ahead, its day and month were swapped (when the swapped date fits) or the output is from a later time",
            "NextSyncCycleStartTimeInUTC は Get-ADSyncScheduler を実行した時点から最大でも1間隔先。はるかに先なら、日と月の取り違え（入れ替えた日付が合う場合）か、より後の時点の出力",
        ),
        Rule::CmdletWhileDown => Text::new(
            "While the ADSync service is down, its cmdlets (Get-ADSyncScheduler, Start-ADSyncSyncCycle) cannot answer",
            "ADSync サービスの停止中は、そのコマンドレット（Get-ADSyncScheduler、Start-ADSyncSyncCycle）は応答できない",
        ),
        Rule::PasswordHashSync => Text::new(
            "Password hash sync runs on its own scheduler, about {0}",
            "パスワード ハッシュ同期は同期サイクルとは別のスケジューラで約{0}に実行される",
        ),
        Rule::PhsPausedStaging => Text::new(
            "Password hash sync does not run in staging mode",
            "ステージング モードではパスワード ハッシュ同期は実行されない",
        ),
        Rule::PhsPausedOutage => Text::new(
            "Password hash sync does not run while the server is down",
            "サーバー停止中はパスワード ハッシュ同期は実行されない",
        ),
        Rule::PhsNotEnabled => Text::new(
            "Password hash sync is not enabled on this server",
            "このサーバーではパスワード ハッシュ同期が有効になっていない",
        ),
        Rule::RunHistoryPurge => Text::new(
            "Maintenance purges run history older than PurgeRunHistoryInterval",
            "メンテナンスにより PurgeRunHistoryInterval より古い実行履歴は削除される",
        ),
    }
}
