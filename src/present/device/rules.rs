//! Rule titles: what each rule of the engine says, briefly, in both languages, as the row's
//! "rule" line shows it ("Schedule #3: every 8 hours, indefinitely"). A custom (DMClient CSP)
//! poll set's title is completed from the report's plan, since its interval is the user's.

use super::Words;
use crate::engine::intune::{Event, Rule};
use crate::present::grammar::every;
use crate::present::text::Text;

/// A custom poll set that repeats forever: name, how often.
const CUSTOM_INDEFINITE: Text = Text::new("{0}: {1}, indefinitely", "{0}: {1}（無期限）");
/// A custom poll set that stops: name, how often, for how long.
const CUSTOM_FOR: Text = Text::new("{0}: {1} for {2}", "{0}: {2}、{1}");
/// A set that repeats until its trigger's end boundary: name, how often, when it ends.
const CUSTOM_UNTIL: Text = Text::new(
    "{0}: {1} until {2} after enrollment (EndBoundary)",
    "{0}: 登録の{2}後まで（EndBoundary）、{1}",
);
/// A finite set whose trigger also has an end boundary: the set, when it ends.
const UNTIL: Text = Text::new(
    "{0}, until {1} after enrollment (EndBoundary)",
    "{0}、登録の{1}後まで（EndBoundary）",
);
/// A task with further time triggers: the set, how many.
const MORE_TRIGGERS: Text = Text::new(
    "{0}; plus {1} more time trigger(s) of the same task, each from its own start",
    "{0}。同じタスクの別の時刻トリガー {1} 件も、それぞれの開始時刻から実行",
);
/// The producing rule, then the deciding one.
const MADE_THEN_DECIDED: Text = Text::new("{0} → {1}", "{0} → {1}");

/// A rule's title. Custom poll sets get their name only; [`Words::rule_words`] adds the plan.
pub(super) const fn title(rule: Rule) -> Text {
    match rule {
        Rule::WindowsSchedule1 => Text::new(
            "Schedule #1: every 3 minutes for 15 min from enrollment",
            "スケジュール #1: 登録時から15分間、3分ごと",
        ),
        Rule::WindowsSchedule2 => Text::new(
            "Schedule #2: every 15 minutes for 2 h, from 15 min after enrollment",
            "スケジュール #2: 登録の15分後から2時間、15分ごと",
        ),
        Rule::WindowsSchedule3 => Text::new(
            "Schedule #3: every 8 hours, indefinitely",
            "スケジュール #3: 8時間ごと（無期限）",
        ),
        Rule::WindowsLoginSchedule => Text::new(
            "Login Schedule: at any user's logon",
            "ログオン スケジュール: いずれかのユーザーのログオン時",
        ),
        Rule::RefreshEvery3MinFor15Min => Text::new(
            "Intune refresh interval: every 3 minutes for 15 min after enrollment",
            "Intune の更新間隔: 登録後15分間は3分ごと",
        ),
        Rule::RefreshEvery15MinFor2H => Text::new(
            "Intune refresh interval: then every 15 minutes for 2 h",
            "Intune の更新間隔: その後2時間は15分ごと",
        ),
        Rule::RefreshEvery15MinFor1H => Text::new(
            "Intune refresh interval: every 15 minutes for 1 h after enrollment",
            "Intune の更新間隔: 登録後1時間は15分ごと",
        ),
        Rule::RefreshEvery8H => Text::new(
            "Intune refresh interval: then about every 8 hours",
            "Intune の更新間隔: その後は約8時間ごと",
        ),
        Rule::LegacyRefreshEvery15MinFor6H => Text::new(
            "Earlier published interval: every 15 minutes for 6 h after enrollment",
            "以前の公開値: 登録後6時間は15分ごと",
        ),
        Rule::LegacyRefreshEvery8H => Text::new(
            "Earlier published interval: then about every 8 hours",
            "以前の公開値: その後は約8時間ごと",
        ),
        Rule::CustomPollFirst => Text::new(
            "Custom poll (DMClient CSP), first set",
            "カスタム ポーリング (DMClient CSP) 第1セット",
        ),
        Rule::CustomPollSecond => Text::new(
            "Custom poll (DMClient CSP), second set",
            "カスタム ポーリング (DMClient CSP) 第2セット",
        ),
        Rule::CustomPollRemaining => Text::new(
            "Custom poll (DMClient CSP), remaining set",
            "カスタム ポーリング (DMClient CSP) 残りのセット",
        ),
        Rule::CustomPollOnLogin => Text::new(
            "Custom poll (DMClient CSP): at any user's logon (PollOnLogin)",
            "カスタム ポーリング (DMClient CSP): ユーザーのログオン時 (PollOnLogin)",
        ),
        Rule::CspMaintenanceSchedule => Text::new(
            "Maintenance Schedule: no poll set repeats indefinitely, so Windows runs a 24-hour schedule in the maintenance window (DMClient CSP Poll, [MS-MDE2])",
            "メンテナンス スケジュール: 無期限に繰り返すポーリング セットがないため、Windows がメンテナンス時間帯に24時間ごとのスケジュールを実行（DMClient CSP の Poll、[MS-MDE2]）",
        ),
        Rule::ManualSyncSettings => Text::new(
            "Manual sync: Sync in Settings > Accounts > Access work or school",
            "手動同期: 設定 > アカウント > 職場または学校にアクセスする の [同期]",
        ),
        Rule::ManualSyncCompanyPortal => Text::new(
            "Manual sync: Sync in Company Portal",
            "手動同期: ポータル サイトの [同期]",
        ),
        Rule::AdminSyncPush => Text::new(
            "Admin sync: Sync in the Intune admin center, sent to the device as a push",
            "管理者による同期: Intune 管理センターの [同期]（プッシュで送信）",
        ),
        Rule::CatchUpStartWhenAvailable => Text::new(
            "Task Scheduler: run task as soon as possible after a scheduled start is missed",
            "タスク スケジューラ: スケジュールされた時刻にタスクを開始できなかった場合、すぐにタスクを実行する",
        ),
        Rule::CatchUpAssumed => Text::new(
            "Assumed: a missed check-in runs once the device is up again, as on Windows",
            "仮定: 実行できなかったチェックインは、Windows と同様にデバイスの復帰後に実行",
        ),
        Rule::NetworkRetry => Text::new(
            "A run skipped for want of network starts when the network returns",
            "ネットワーク不通でスキップした実行は、ネットワーク復帰時に実行される",
        ),
        Rule::ImeServiceStart => Text::new(
            "IME: checks in when its service starts (enrollment, boot)",
            "IME: サービス開始時（登録時・起動時）にチェックイン",
        ),
        Rule::ImeSignIn => Text::new(
            "IME: checks in after a user logs on",
            "IME: ユーザーのログオン後にチェックイン",
        ),
        Rule::ImeCompanyPortal => Text::new(
            "IME: Company Portal's Sync also starts an IME check-in",
            "IME: ポータル サイトの同期で IME もチェックイン",
        ),
        Rule::ImeInterval8H => Text::new(
            "IME: checks in every 8 hours (IME documentation)",
            "IME: 8時間ごとにチェックイン（IME のドキュメント）",
        ),
        Rule::ImeInterval1H => Text::new(
            "IME: checks in every hour (Win32 app management documentation)",
            "IME: 1時間ごとにチェックイン（Win32 アプリ管理のドキュメント）",
        ),
        Rule::NoWakeToRun => Text::new(
            "Task Scheduler: the tasks do not wake the device, so a start while off or asleep is lost",
            "タスク スケジューラ: タスクはデバイスを起動しないため、電源オフやスリープ中の開始は失われる",
        ),
        Rule::RunOnlyIfNetworkAvailable => Text::new(
            "Task Scheduler: start only if a network connection is available",
            "タスク スケジューラ: ネットワーク接続が使用可能な場合のみタスクを開始する",
        ),
        Rule::PushNeedsReachableDevice => Text::new(
            "Push: reaches only a device that is on and online; otherwise the change waits for the next check-in",
            "プッシュ: 電源オンかつオンラインのデバイスにのみ届き、届かない場合は次回のチェックインまで待機",
        ),
        Rule::PushWnsDropsOffline => Text::new(
            "WNS: a push for a device that is off, asleep or offline on its way is dropped, not queued; the change waits for the next check-in",
            "WNS: 途中でデバイスが電源オフ・スリープ・オフラインになったプッシュはキューされずに破棄され、変更は次回のチェックインまで待機",
        ),
        Rule::PushApnsKeepsLast => Text::new(
            "APNs: for an unreachable device only the last notification is kept, for a limited time, and delivered when it is back",
            "APNs: 届かないデバイス宛ての通知は最後の1件だけが一定時間保持され、復帰時に配信",
        ),
        Rule::PushFcmKeeps => Text::new(
            "FCM: a message for an unreachable device is kept up to its time to live (28 days by default) and delivered when it is back",
            "FCM: 届かないデバイス宛てのメッセージは有効期間（既定28日）まで保持され、復帰時に配信",
        ),
        Rule::PushAospTaskPoll => Text::new(
            "AOSP: no push (no Google services); the agent finds the Sync when it polls for tasks, about every 15 minutes",
            "AOSP: プッシュなし（Google サービスなし）。エージェントが約15分ごとのタスク確認で [同期] を見つける",
        ),
        Rule::PushRateLimit => Text::new(
            "Intune: at most one push per device every 30 minutes (community report)",
            "Intune: プッシュはデバイスごとに30分に1回まで（コミュニティの報告）",
        ),
        Rule::PushServiceDisabled => Text::new(
            "dmwappushservice disabled: no MDM session starts (inference)",
            "dmwappushservice が無効: MDM セッションは一切開始しない（推論）",
        ),
        Rule::PushServiceDisabledPushOnly => Text::new(
            "dmwappushservice disabled: sessions started by a push are lost (chosen setting)",
            "dmwappushservice が無効: プッシュによるセッションのみ失われる（設定値）",
        ),
        Rule::MaintenanceSyncLimit => Text::new(
            "Intune: at most one maintenance sync per device every 6.5 hours",
            "Intune: メンテナンス同期はデバイスごとに6.5時間に1回まで",
        ),
        Rule::MaintenanceSyncLimitRefused => Text::new(
            "Inside Intune's 6.5-hour maintenance limit the service refuses the session",
            "Intune の6.5時間のメンテナンス制限内では、サービスがセッションを拒否する",
        ),
        Rule::CoincidentRunsMerged => Text::new(
            "Runs due at the same moment share one MDM session",
            "同時刻に来た実行は1つの MDM セッションにまとまる",
        ),
    }
}

/// The poll set (0..3) a custom-poll rule stands for.
const fn custom_index(rule: Rule) -> Option<usize> {
    match rule {
        Rule::CustomPollFirst => Some(0),
        Rule::CustomPollSecond => Some(1),
        Rule::CustomPollRemaining => Some(2),
        _ => None,
    }
}

impl Words<'_> {
    /// The rule that produced the run, and the one that decided its outcome if another:
    /// "Schedule #3: every 8 hours, indefinitely → Intune: at most one maintenance sync…".
    pub(super) fn rule_text(&self, e: &Event) -> String {
        let made = self.rule_words(e.rule);
        match e.reason.filter(|r| *r != e.rule) {
            Some(decided) => MADE_THEN_DECIDED.fill(self.lang, &[&made, &self.rule_words(decided)]),
            None => made,
        }
    }

    /// A rule in words, as a title; a custom poll set's with its interval from the plan, the
    /// end boundary of its trigger, and how many further triggers its task has.
    pub(super) fn rule_words(&self, rule: Rule) -> String {
        let lang = self.lang;
        let name = title(rule).get(lang);
        let plan = &self.report.plan;
        let Some(set) = custom_index(rule).and_then(|idx| plan.sets.get(idx).copied().flatten())
        else {
            return self.more_triggers(rule, name.to_owned());
        };
        let often = every(lang, set.interval);
        let end = set.ends_after.map(|end| self.span(i64::from(end.secs())));
        let text = match (set.is_indefinite(), end) {
            (true, None) => CUSTOM_INDEFINITE.fill(lang, &[name, &often]),
            (true, Some(end)) => CUSTOM_UNTIL.fill(lang, &[name, &often, &end]),
            (false, end) => {
                let length = self.span(i64::from(set.interval.secs()) * i64::from(set.count));
                let text = CUSTOM_FOR.fill(lang, &[name, &often, &length]);
                match end {
                    Some(end) => UNTIL.fill(lang, &[&text, &end]),
                    None => text,
                }
            }
        };
        self.more_triggers(rule, text)
    }

    /// `text`, and the further triggers of the rule's task when it has some: their runs cite
    /// the same rule.
    fn more_triggers(&self, rule: Rule, text: String) -> String {
        match self
            .report
            .plan
            .extra
            .iter()
            .filter(|x| x.rule == rule)
            .count()
        {
            0 => text,
            n => MORE_TRIGGERS.fill(self.lang, &[&text, &n.to_string()]),
        }
    }
}
