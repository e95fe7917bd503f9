//! Labels of the server's settings: what `Get-ADSyncScheduler` shows, the spans and commands
//! that change the schedule, connectors and step lengths, the import of pasted output, and
//! the behaviour the documentation leaves open. Setting and cmdlet names stay in English in
//! both languages (that is how they are typed); the Japanese adds a gloss where it helps.

use crate::present::text::Text;

// The scheduler's settings.

/// Hint shown instead of the anchor field while it is not set.
pub const ANCHOR_UNSET: Text = Text::new(
    "NextSyncCycleStartTimeInUTC: the start of the period (set one to anchor the schedule).",
    "NextSyncCycleStartTimeInUTC: 期間の開始時刻（スケジュールの基準を設定できます）",
);
/// Button that sets the anchor.
pub const SET: Text = Text::new("Set", "設定");
/// Date and time: the scheduler's anchor.
pub const NEXT_START: Text =
    Text::new("NextSyncCycleStartTimeInUTC", "NextSyncCycleStartTimeInUTC");
/// Length: the service's minimum interval.
pub const ALLOWED_INTERVAL: Text =
    Text::new("AllowedSyncCycleInterval", "AllowedSyncCycleInterval");
/// Length: the interval an admin set.
pub const CUSTOMIZED_INTERVAL: Text = Text::new(
    "CustomizedSyncCycleInterval (empty: not set)",
    "CustomizedSyncCycleInterval（空欄: 未設定）",
);
/// Select: the next cycle's policy type.
pub const POLICY_TYPE: Text = Text::new("NextSyncCyclePolicyType", "NextSyncCyclePolicyType");
/// Check: SyncCycleEnabled.
pub const SYNC_CYCLE_ENABLED: Text =
    Text::new("SyncCycleEnabled", "SyncCycleEnabled（同期サイクル有効）");
/// Check: SchedulerSuspended.
pub const SCHEDULER_SUSPENDED: Text = Text::new(
    "SchedulerSuspended (wizard open, upgrade)",
    "SchedulerSuspended（ウィザード起動中・アップグレード中）",
);
/// Check: StagingModeEnabled.
pub const STAGING_MODE_ENABLED: Text = Text::new(
    "StagingModeEnabled (exports suppressed)",
    "StagingModeEnabled（エクスポート抑止）",
);
/// Check: password hash sync.
pub const PASSWORD_HASH_SYNC: Text = Text::new(
    "Password hash sync (every 2 minutes)",
    "パスワード ハッシュ同期（約 2 分ごと）",
);

// What happens to the server: add-menu entries and the lists they fill.

/// Add menu and list: manual delta cycles.
pub const START_DELTA: Text = Text::new(
    "Start-ADSyncSyncCycle -PolicyType Delta",
    "Start-ADSyncSyncCycle -PolicyType Delta",
);
/// Add menu and list: manual initial cycles.
pub const START_INITIAL: Text = Text::new(
    "Start-ADSyncSyncCycle -PolicyType Initial",
    "Start-ADSyncSyncCycle -PolicyType Initial",
);
/// Add menu and list: manual stops.
pub const STOP: Text = Text::new("Stop-ADSyncSyncCycle", "Stop-ADSyncSyncCycle");
/// Add menu and list: spans when the server is down.
pub const SERVER_DOWN: Text = Text::new("Server down", "サーバー停止");
/// Add menu and list: spans when the wizard is open.
pub const SUSPENDED: Text = Text::new(
    "Scheduler suspended (wizard open)",
    "スケジューラ中断（ウィザード起動中）",
);
/// Add menu: a span with sync cycles disabled.
pub const CYCLES_DISABLED: Text = Text::new("Sync cycle disabled", "同期サイクル無効");
/// List: spans with sync cycles disabled.
pub const CYCLES_DISABLED_SPANS: Text = Text::new(
    "Sync cycle disabled (Set-ADSyncScheduler -SyncCycleEnabled $false)",
    "同期サイクル無効（Set-ADSyncScheduler -SyncCycleEnabled $false）",
);
/// Add menu and list: spans in staging mode.
pub const STAGING_MODE: Text = Text::new("Staging mode", "ステージング モード");

// Behaviour the documentation leaves open (the "advanced" fold-out).

/// Summary of the server's advanced fold-out.
pub const ADVANCED: Text = Text::new(
    "Behaviour the documentation leaves open",
    "ドキュメントに明記されていない動作",
);
/// Select: the scheduler generation.
pub const BUILD: Text = Text::new("Server build", "サーバーのビルド");
/// Select: where the next due time counts from.
pub const COUNT_FROM: Text = Text::new("Next start counted from", "次回開始の起点");
/// Select: a cycle that outlasts the interval.
pub const OVERRUN: Text = Text::new("A cycle longer than the interval", "間隔より長いサイクル");
/// Select: a slot missed while down, disabled or suspended.
pub const CATCH_UP: Text = Text::new("After an outage or suspension", "停止・中断の後");
/// Check: a manual cycle re-bases the schedule. The Japanese example is joined with
/// no-break spaces: a phone's narrow line must not strand 「と :34）」 on its own.
pub const MANUAL_REBASES: Text = Text::new(
    "A manual cycle re-bases the schedule (15:04 → :04 and :34)",
    "手動サイクルでスケジュールの基準が移る（15:04\u{a0}→\u{a0}:04\u{a0}と\u{a0}:34）",
);

// Connectors and step lengths.

/// Summary of the connectors-and-durations fold-out.
pub const CONNECTORS_AND_DURATIONS: Text =
    Text::new("Connectors and durations", "コネクタと所要時間");
/// Legend of the connector list.
pub const CONNECTORS: Text = Text::new("Connectors", "コネクタ");
/// Button that adds an AD connector.
pub const ADD_FOREST: Text = Text::new("+ Add an AD forest", "+ AD フォレストを追加");
/// A connector's name.
pub const NAME: Text = Text::new("Name", "名前");
/// A connector's kind.
pub const KIND: Text = Text::new("Kind", "種類");
/// Check: the connector's FullImportRequired override (a cmdlet parameter, kept as typed).
pub const FULL_IMPORT_REQUIRED: Text = Text::new("FullImportRequired", "FullImportRequired");
/// Check: the connector's FullSyncRequired override (a cmdlet parameter, kept as typed).
pub const FULL_SYNC_REQUIRED: Text = Text::new("FullSyncRequired", "FullSyncRequired");
/// Add-menu entry and list: `Set-ADSyncSchedulerConnectorOverride` at an instant.
pub const CONNECTOR_OVERRIDE_AT: Text = Text::new(
    "Connector override (sync rule changed)",
    "コネクタのオーバーライド（同期規則の変更）",
);
/// Select: which connector an override is for.
pub const CONNECTOR: Text = Text::new("Connector", "コネクタ");
/// Select: per step or per cycle.
pub const STEP_DURATIONS: Text = Text::new("Step durations", "ステップの所要時間");
/// Length of a delta import step.
pub const DELTA_IMPORT: Text = Text::new("Delta import", "差分インポート");
/// Length of a full import step.
pub const FULL_IMPORT: Text = Text::new("Full import", "完全インポート");
/// Length of a delta sync step.
pub const DELTA_SYNC: Text = Text::new("Delta sync", "差分同期");
/// Length of a full sync step.
pub const FULL_SYNC: Text = Text::new("Full sync", "完全同期");
/// Length of an export step.
pub const EXPORT: Text = Text::new("Export", "エクスポート");
/// Length of a whole delta cycle.
pub const DELTA_CYCLE: Text = Text::new("Delta cycle", "差分サイクル");
/// Length of a whole initial cycle.
pub const INITIAL_CYCLE: Text = Text::new("Initial cycle", "完全サイクル");

// Importing pasted Get-ADSyncScheduler output.

/// Summary of the import fold-out.
pub const PASTE_SCHEDULER: Text = Text::new(
    "Paste Get-ADSyncScheduler output",
    "Get-ADSyncScheduler の出力を貼り付け",
);
/// The import button.
pub const IMPORT: Text = Text::new("Import", "取り込む");
/// Before the list of settings an import found.
pub const IMPORTED: Text = Text::new("Imported: ", "取り込んだ項目: ");
/// Heading of the fields an import did not know.
pub const UNKNOWN_FIELDS: Text =
    Text::new("Unknown fields (not used):", "不明な項目（使用しません）:");
/// Heading of the lines an import could not read.
pub const UNREADABLE_LINES: Text =
    Text::new("Lines that could not be read:", "読み取れなかった行:");
/// A line of pasted output; {0} is its number.
pub const LINE_N: Text = Text::new("line {0}", "{0} 行目");
