//! Word tables for the Intune engine's codes: lanes, the conditions that keep a run from
//! happening, why the IME checked in, which catch-up rule applied, the report's notes, why
//! nothing will sync, and which shade a disruption is. Each is an exhaustive `match` returning
//! [`Text`], so a new engine variant without words does not compile. (Rule titles, the longest
//! table, are in [`super::rules`].)

use crate::engine::intune::{DisruptionKind, Down, Lane, NoSyncReason, Note, Rule};
use crate::present::ShadeKind;
use crate::present::text::Text;

/// What kept a run from happening.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cond {
    /// Powered off (or hibernating).
    Off,
    /// Asleep.
    Asleep,
    /// No network.
    Offline,
}

impl From<Down> for Cond {
    fn from(d: Down) -> Self {
        match d {
            Down::Off => Cond::Off,
            Down::Asleep => Cond::Asleep,
        }
    }
}

/// A condition in a row's short label: "Missed: device off".
pub(super) const fn cond_label(c: Cond) -> Text {
    match c {
        Cond::Off => Text::new("device off", "電源オフ"),
        Cond::Asleep => Text::new("asleep", "スリープ中"),
        Cond::Offline => Text::new("offline", "オフライン"),
    }
}

/// A condition as a sentence says the device was: "the device was off".
pub(super) const fn cond_state(c: Cond) -> Text {
    match c {
        Cond::Off => Text::new("off", "電源オフ"),
        Cond::Asleep => Text::new("asleep", "スリープ中"),
        Cond::Offline => Text::new("offline", "オフライン"),
    }
}

/// The state a catch-up's runs were missed in, when the report knows it.
pub(super) const fn down_state(d: Option<Down>) -> Text {
    match d {
        Some(Down::Off) => Text::new("off", "電源オフ"),
        Some(Down::Asleep) => Text::new("asleep", "スリープ中"),
        None => Text::new("down", "停止中"),
    }
}

/// What the device came back from, for "10 min after boot".
pub(super) const fn back_from(d: Option<Down>) -> Text {
    match d {
        Some(Down::Off) => Text::new("boot", "起動"),
        Some(Down::Asleep) => Text::new("wake", "スリープ解除"),
        None => Text::new("the device was back", "復帰"),
    }
}

/// A lane's name on the timeline, for the lanes that are not poll sets (those are named from
/// the plan, see [`super::lanes`]; the fallback here is never shown for them).
pub(super) const fn lane_label(lane: Lane, windows: bool) -> Text {
    match lane {
        Lane::Login if windows => Text::new("Login Schedule", "ログオン スケジュール"),
        Lane::Login => Text::new("At logon", "ログオン時"),
        Lane::MaintenanceSchedule => Text::new("Maintenance Schedule", "メンテナンス スケジュール"),
        Lane::CatchUp => Text::new("Catch-up", "遅延実行"),
        Lane::ManualSettings => Text::new("Manual (Settings)", "手動同期（設定）"),
        Lane::ManualCompanyPortal => {
            Text::new("Manual (Company Portal)", "手動同期（ポータル サイト）")
        }
        Lane::Push => Text::new("Admin sync (push)", "管理者による同期（プッシュ）"),
        Lane::Ime => Text::new("IME", "IME"),
        Lane::Schedule1 | Lane::Schedule2 | Lane::Schedule3 => {
            Text::new("Schedule", "スケジュール")
        }
    }
}

/// A lane as the subject of a sentence, for the lanes that are not poll sets.
pub(super) const fn lane_noun(lane: Lane, windows: bool) -> Text {
    match lane {
        Lane::Login if windows => Text::new("the Login Schedule", "ログオン スケジュール"),
        Lane::Login => Text::new("the poll at logon", "ログオン時のポーリング"),
        Lane::MaintenanceSchedule => Text::new(
            "the Maintenance Schedule (24 hours, in the maintenance window)",
            "メンテナンス スケジュール（24時間ごと、メンテナンス時間帯）",
        ),
        Lane::CatchUp => Text::new("a catch-up run", "遅延実行"),
        Lane::ManualSettings => {
            Text::new("the manual sync in Settings", "設定アプリからの手動同期")
        }
        Lane::ManualCompanyPortal => Text::new(
            "the manual sync in Company Portal",
            "ポータル サイトからの手動同期",
        ),
        Lane::Push => Text::new("the admin's push", "管理者によるプッシュ"),
        Lane::Ime => Text::new("the IME check-in", "IME のチェックイン"),
        Lane::Schedule1 | Lane::Schedule2 | Lane::Schedule3 => Text::new("a poll", "ポーリング"),
    }
}

/// Why the IME checked in, as a clause.
pub(super) const fn ime_cause(rule: Rule) -> Text {
    match rule {
        Rule::ImeServiceStart => Text::new(
            "its service started (enrollment or boot)",
            "サービス開始時（登録時または起動時）",
        ),
        Rule::ImeSignIn => Text::new("a user logged on", "ユーザーのログオン後"),
        Rule::ImeCompanyPortal => Text::new(
            "Sync was pressed in Company Portal",
            "ポータル サイトでの同期に伴って",
        ),
        Rule::ImeInterval8H => Text::new("its 8-hour timer", "8時間ごとのタイマー"),
        Rule::ImeInterval1H => Text::new("its hourly timer", "1時間ごとのタイマー"),
        _ => Text::new("its own schedule", "IME 自身のスケジュール"),
    }
}

/// The catch-up rule, as the parenthesis after a catch-up sentence.
pub(super) const fn catch_up_rule(rule: Rule) -> Text {
    match rule {
        Rule::CatchUpStartWhenAvailable => Text::new(
            "run as soon as possible after a missed start",
            "スケジュールされた時刻にタスクを開始できなかった場合、すぐにタスクを実行する",
        ),
        Rule::NetworkRetry => Text::new(
            "chosen setting: retry when the network returns",
            "設定値: ネットワーク復帰時に再試行",
        ),
        _ => Text::new(
            "assumed to work as Windows Task Scheduler's catch-up",
            "Windows のタスク スケジューラと同様と仮定",
        ),
    }
}

/// A report note, as a warning above the timeline.
pub(super) const fn note(note: Note) -> Text {
    match note {
        Note::UndocumentedPlatform => Text::new(
            "Microsoft documents no refresh schedule for Linux: with the documented rule set the device has no scheduled check-ins, and only manual and admin syncs run. Use a custom rule set to model a schedule you have observed.",
            "Linux の更新間隔は Microsoft が公開していません。公開されたルール セットでは定期チェックインがなく、手動同期と管理者による同期だけが実行されます。観測したスケジュールを再現するには、カスタム ルール セットを使ってください。",
        ),
        Note::TaskSchedulerModelAssumed => Text::new(
            "Outside Windows, how missed and offline check-ins are handled is not documented: the Windows Task Scheduler model (catch-up after the device is up, network condition) is assumed.",
            "Windows 以外では、実行できなかったチェックインやオフライン時の扱いが公開されていないため、Windows のタスク スケジューラと同じ動作（復帰後の遅延実行、ネットワーク条件）を仮定しています。",
        ),
        Note::RuleSetForOtherPlatform => Text::new(
            "The earlier \"every 15 minutes for 6 hours\" schedule was published for iOS/iPadOS and macOS only; here it is applied to another platform.",
            "以前の「6時間は15分ごと」の間隔は iOS/iPadOS と macOS 向けに公開されたものですが、ここでは別のプラットフォームに適用しています。",
        ),
    }
}

/// Why nothing will sync, plainly. `push_only` picks the sentence for a push service whose
/// Disabled state only loses pushes; the throttled sentence has a hole `{0}` for the limit.
pub(super) const fn no_sync(reason: NoSyncReason, push_only: bool) -> Text {
    match reason {
        NoSyncReason::PushServiceDisabled if push_only => Text::new(
            "The push service (dmwappushservice) is disabled, so the admin's push is lost, and nothing else starts a sync before the simulated period ends.",
            "プッシュ サービス (dmwappushservice) が無効のため管理者によるプッシュが失われ、期間の終わりまでほかに同期のきっかけがありません。",
        ),
        NoSyncReason::PushServiceDisabled => Text::new(
            "The push service (dmwappushservice) is disabled: no MDM session starts — scheduled, logon, manual or push.",
            "プッシュ サービス (dmwappushservice) が無効です。MDM セッションは一切開始しません（定期、ログオン、手動同期、プッシュのいずれも）。",
        ),
        NoSyncReason::PoweredOff => Text::new(
            "The device is powered off when its runs fall due, so none of them syncs before the simulated period ends.",
            "実行予定の時刻にデバイスの電源がオフのため、期間の終わりまで同期しません。",
        ),
        NoSyncReason::Asleep => Text::new(
            "The device is asleep when its runs fall due, so none of them syncs before the simulated period ends.",
            "実行予定の時刻にデバイスがスリープ中のため、期間の終わりまで同期しません。",
        ),
        NoSyncReason::Offline => Text::new(
            "The device has no network when its runs fall due, so none of them syncs before the simulated period ends.",
            "実行予定の時刻にデバイスがオフラインのため、期間の終わりまで同期しません。",
        ),
        NoSyncReason::Throttled => Text::new(
            "Intune refuses the remaining maintenance syncs (at most one every {0}), and nothing else starts a sync before the simulated period ends.",
            "残りのメンテナンス同期は Intune の制限（{0}に1回まで）により拒否され、期間の終わりまでほかに同期のきっかけがありません。",
        ),
        NoSyncReason::UndocumentedPlatform => Text::new(
            "Microsoft documents no refresh schedule for Linux, so the device has no scheduled check-ins, and no manual or admin sync follows.",
            "Linux の更新間隔は Microsoft が公開していないため定期チェックインがなく、この後に手動同期や管理者による同期もありません。",
        ),
        NoSyncReason::NoSchedule => Text::new(
            "The rule set has no scheduled polls, and no manual or admin sync follows.",
            "ルール セットに定期ポーリングがなく、この後に手動同期や管理者による同期もありません。",
        ),
        NoSyncReason::ScheduleEnded => Text::new(
            "Every poll set of the schedule has ended (none repeats indefinitely), and no manual or admin sync follows.",
            "スケジュールのポーリング セットはすべて終了しており（無期限に繰り返すものがありません）、この後に手動同期や管理者による同期もありません。",
        ),
        NoSyncReason::HorizonEnds => Text::new(
            "The next scheduled run falls after the end of the simulated period: extend the simulated period to see it.",
            "次の定期実行は期間の終了後です。期間を延ばすと表示されます。",
        ),
        NoSyncReason::BeforeHorizon => Text::new(
            "This moment lies before the simulated period, and the device is enrolled by then: its syncs before the period starts are not simulated, so the next one is not known. Move now into the period, or start the period earlier.",
            "この時点はシミュレーション期間より前で、デバイスはすでに登録済みです。期間開始前の同期はシミュレーションしていないため、次の同期はわかりません。現在時刻を期間内に移すか、期間の開始を早めてください。",
        ),
        NoSyncReason::Truncated => Text::new(
            "The simulation stopped at its event limit before any later sync: shorten the simulated period or lengthen the intervals.",
            "シミュレーションがイベント数の上限で停止したため、以降の同期はわかりません。期間を短くするか間隔を長くしてください。",
        ),
    }
}

/// The shade a disruption is drawn as.
pub(super) const fn shade_kind(kind: DisruptionKind) -> ShadeKind {
    match kind {
        DisruptionKind::PoweredOff => ShadeKind::Off,
        DisruptionKind::Asleep => ShadeKind::Sleep,
        DisruptionKind::Offline => ShadeKind::Offline,
        DisruptionKind::PushServiceDisabled => ShadeKind::PushDisabled,
    }
}
