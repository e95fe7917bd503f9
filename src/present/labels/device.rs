//! Labels of the device's settings: what happens to the device, and the knobs for behaviour
//! the sources leave open. The choices inside selects are in [`crate::present::choices`].

use crate::present::text::Text;

// Platform and schedule.

/// Select: the device's operating system.
pub const PLATFORM: Text = Text::new("Platform", "プラットフォーム");
/// Select: which refresh schedule the device follows.
pub const RULE_SET: Text = Text::new("Rule set", "ルールセット");
/// Date and time of enrollment.
pub const ENROLLED_AT: Text = Text::new("Enrolled at", "登録日時");

// What happens to the device: add-menu entries and the lists they fill.

/// Add menu: a span powered off.
pub const POWER_OFF: Text = Text::new("Power off", "電源オフ");
/// Add menu: a span asleep.
pub const SLEEP: Text = Text::new("Sleep", "スリープ");
/// Add menu: a span without network.
pub const NO_NETWORK: Text = Text::new("No network", "ネットワークなし");
/// Add menu: a user logon.
pub const USER_LOGON: Text = Text::new("User logon", "ユーザーのログオン");
/// Add menu: a sync pressed in the Settings app.
pub const MANUAL_SYNC_SETTINGS: Text =
    Text::new("Manual sync (Settings app)", "手動同期（設定アプリ）");
/// Add menu: a sync pressed in Company Portal.
pub const MANUAL_SYNC_PORTAL: Text = Text::new(
    "Manual sync (Company Portal)",
    "手動同期（ポータル サイト）",
);
/// Add menu: an admin sync pushed from Intune.
pub const ADMIN_SYNC: Text = Text::new("Admin sync (push)", "管理者による同期（プッシュ）");
/// Add menu and list: spans when dmwappushservice is disabled.
pub const PUSH_SERVICE_DISABLED: Text =
    Text::new("dmwappushservice disabled", "dmwappushservice 無効");
/// List: spans powered off.
pub const POWERED_OFF: Text = Text::new("Powered off", "電源オフ");
/// List: spans asleep.
pub const ASLEEP: Text = Text::new("Asleep", "スリープ");
/// List: spans without network.
pub const OFFLINE: Text = Text::new("Offline (no network)", "オフライン（ネットワークなし）");
/// List: user logons.
pub const USER_LOGONS: Text = Text::new("User logons", "ユーザーのログオン");
/// List: syncs pressed in the Settings app.
pub const MANUAL_SYNCS_SETTINGS: Text =
    Text::new("Manual sync: Settings app", "手動同期: 設定アプリ");
/// List: syncs pressed in Company Portal.
pub const MANUAL_SYNCS_PORTAL: Text =
    Text::new("Manual sync: Company Portal", "手動同期: ポータル サイト");
/// List: admin syncs pushed from Intune.
pub const ADMIN_SYNCS: Text = Text::new(
    "Admin sync (push from Intune)",
    "管理者による同期（Intune からのプッシュ）",
);

// Behaviour the sources leave open (the "advanced" fold-out).

/// Summary of the device's advanced fold-out.
pub const ADVANCED: Text = Text::new(
    "Behaviour the sources leave open",
    "出典が明示していない動作",
);
/// Length: how long a push takes to reach the device.
pub const PUSH_DELIVERY_DELAY: Text = Text::new("Push delivery delay", "プッシュ到達までの遅延");
/// Select: what a disabled dmwappushservice stops.
pub const PUSH_SERVICE_IMPACT: Text = Text::new(
    "A disabled dmwappushservice stops",
    "dmwappushservice 無効時に止まるもの",
);
/// Check: Task Scheduler's StartWhenAvailable (the Japanese is Windows' own wording).
pub const START_WHEN_AVAILABLE: Text = Text::new(
    "Run as soon as possible after a missed start (StartWhenAvailable)",
    "スケジュールされた時刻にタスクを開始できなかった場合、すぐにタスクを実行する",
);
/// Length: how long after the device is back a missed run starts.
pub const CATCH_UP_DELAY: Text = Text::new("Catch-up delay", "遅延実行までの待ち時間");
/// Select: what several missed runs of one task do.
pub const MISSED_RUNS: Text = Text::new("Several missed runs", "複数回の実行漏れ");
/// Select: what a run skipped for no network does.
pub const NO_NETWORK_RUN: Text = Text::new(
    "A run skipped for no network",
    "ネットワークなしで見送った実行",
);
/// Select: whether a repetition's end point launches a run.
pub const REPETITION_END: Text = Text::new("Repetition end", "繰り返しの終了時刻");
/// Check: show the Intune Management Extension's lane.
pub const IME_LANE: Text = Text::new(
    "Intune Management Extension lane",
    "Intune 管理拡張機能 (IME) のレーン",
);
/// Select: how often IME checks in.
pub const IME_CADENCE: Text = Text::new("IME check-in cadence", "IME のチェックイン間隔");
/// Select: what the end of a power-off is to the IME's service.
pub const IME_POWER_ON: Text = Text::new(
    "After a power-off, the IME service",
    "電源オフからの復帰時の IME サービス",
);
/// Check: the service-side limit on maintenance syncs.
pub const MAINTENANCE_LIMIT: Text = Text::new(
    "At most one maintenance sync every 6.5 h (service side)",
    "メンテナンス同期は 6.5 時間に 1 回まで（サービス側）",
);
/// Number: compliance status validity period.
pub const COMPLIANCE_VALIDITY: Text = Text::new(
    "Compliance status validity (days)",
    "コンプライアンス状態の有効期間（日）",
);
/// Number: device cleanup rule.
pub const CLEANUP_AFTER: Text = Text::new(
    "Cleanup rule: hide after (days)",
    "クリーンアップ ルール: 非表示までの日数",
);

// A custom poll schedule (DMClient CSP).

/// Legend of the custom poll schedule editor.
pub const POLL_SCHEDULE: Text = Text::new(
    "Poll schedule (empty interval: set not used)",
    "ポーリング スケジュール（間隔が空欄のセットは使用しない）",
);
/// Interval of the first poll set.
pub const POLL_FIRST: Text = Text::new("First set: interval", "第 1 セット: 間隔");
/// Interval of the second poll set.
pub const POLL_SECOND: Text = Text::new("Second set: interval", "第 2 セット: 間隔");
/// Interval of the remaining poll set.
pub const POLL_REMAINING: Text = Text::new("Remaining set: interval", "残りのセット: 間隔");
/// Count of a poll set.
pub const POLL_COUNT: Text = Text::new("Count (0 = for ever)", "回数（0 = 無期限）");
/// Check: PollOnLogin.
pub const POLL_ON_LOGON: Text = Text::new(
    "Poll at logon (PollOnLogin)",
    "ログオン時にポーリング (PollOnLogin)",
);
