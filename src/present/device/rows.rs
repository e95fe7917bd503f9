//! A row's short label ("Synced", "Missed: device off") and its why-sentence: which outcome
//! sentence applies, and the sentences of runs that started (what triggered them, why they
//! were blocked or throttled). Runs kept from happening are worded in [`super::missed`],
//! merged runs and IME check-ins in [`super::sessions`].

use super::terms::{self, Cond};
use super::{Words, set_index};
use crate::engine::Instant;
use crate::engine::intune::MAINTENANCE_SPACING;
use crate::engine::intune::{Event, Lane, Outcome, Rule, Timing};
use crate::present::text::Text;

/// The label of a synced IME check-in.
const IME_CHECK_IN: Text = Text::new("IME check-in", "IME チェックイン");
/// The label of a network retry that synced.
const RETRIED: Text = Text::new("Retried: synced", "再試行で同期");
/// The label of a catch-up that synced.
const CAUGHT_UP: Text = Text::new("Caught up", "遅延実行で同期");
/// The label of a run that synced.
const SYNCED: Text = Text::new("Synced", "同期");
/// The label of a lost push: the condition.
const PUSH_LOST: Text = Text::new("Push lost: {0}", "プッシュ未達: {0}");
/// The label of a skipped IME check-in: the condition.
const IME_SKIPPED: Text = Text::new("IME skipped: {0}", "IME スキップ: {0}");
/// The label of a skipped run: the condition.
const SKIPPED: Text = Text::new("Skipped: {0}", "スキップ: {0}");
/// The label of a missed run: the condition.
const MISSED: Text = Text::new("Missed: {0}", "未実行: {0}");
/// The label of a blocked run.
const BLOCKED: Text = Text::new(
    "Blocked: dmwappushservice disabled",
    "ブロック: dmwappushservice 無効",
);
/// The label of a throttled run.
const THROTTLED: Text = Text::new(
    "Throttled: maintenance limit",
    "抑制: メンテナンス同期の制限",
);
/// The label of a maintenance run inside the 6.5-hour limit, read leniently (it checks in).
const SYNCED_MAINTENANCE_LIMITED: Text = Text::new(
    "Synced; maintenance may be skipped",
    "同期（メンテナンス処理は省略の可能性）",
);
/// The label of a push Intune did not send because of the push spacing.
const PUSH_RATE_LIMITED: Text = Text::new(
    "Push not sent: one per 30 min",
    "プッシュ未送信: 30分に1回まで",
);
/// The label of a push that reaches the device after the simulated period.
const PUSH_PENDING: Text = Text::new(
    "Push pending past the simulated period",
    "プッシュ保留（期間外）",
);
/// The label of a merged run: the lane it joined.
const MERGED_INTO: Text = Text::new("Merged into {0}", "{0}に統合");

/// A sync: what triggered it, then the runs that joined it.
const SYNCED_WHY: Text = Text::new("synced: {0}{1}", "同期: {0}{1}");
/// A logon on Windows.
/// The DMClient CSP's 24-hour schedule.
const MAINTENANCE_WINDOW: Text = Text::new(
    "the Maintenance Schedule ran in the maintenance window (no poll set repeats indefinitely)",
    "メンテナンス時間帯にメンテナンス スケジュールが実行（無期限に繰り返すポーリング セットがないため）",
);
const LOGON_WINDOWS: Text = Text::new(
    "a user logged on and the Login Schedule ran",
    "ユーザーのログオンでログオン スケジュールが実行",
);
/// A logon elsewhere.
const LOGON: Text = Text::new(
    "a user logged on and the device polled at logon",
    "ユーザーのログオンでポーリングが実行",
);
/// Sync pressed in Settings.
const SYNC_IN_SETTINGS: Text = Text::new(
    "the user pressed Sync in Settings",
    "ユーザーが設定アプリで [同期] を実行",
);
/// Sync pressed in Company Portal.
const SYNC_IN_PORTAL: Text = Text::new(
    "the user pressed Sync in Company Portal",
    "ユーザーがポータル サイトで [同期] を実行",
);
/// An admin sync delivered at once.
const PUSH_AT_ONCE: Text = Text::new(
    "an admin pressed Sync in the Intune admin center and the push arrived at once",
    "管理者が Intune 管理センターで [同期] を実行し、プッシュが即時に到着",
);
/// An admin sync delivered after a delay: the delay.
const PUSH_LATER: Text = Text::new(
    "an admin pressed Sync in the Intune admin center and the push arrived {0} later",
    "管理者が Intune 管理センターで [同期] を実行し、プッシュが{0}後に到着",
);
/// An admin sync on AOSP, found by the agent's task poll: how long after the press.
const TASK_POLL_LATER: Text = Text::new(
    "an admin pressed Sync in the Intune admin center and the agent found it at its task poll {0} later (AOSP has no push)",
    "管理者が Intune 管理センターで [同期] を実行し、エージェントが{0}後のタスク確認で取得（AOSP はプッシュなし）",
);
/// An admin sync on AOSP found by a task poll at the same moment.
const TASK_POLL_AT_ONCE: Text = Text::new(
    "an admin pressed Sync in the Intune admin center and the agent's task poll found it at once (AOSP has no push)",
    "管理者が Intune 管理センターで [同期] を実行し、エージェントのタスク確認ですぐに取得（AOSP はプッシュなし）",
);
/// A Windows task moved by its random delay: the task, the delay.
const TASK_RANDOM_DELAY: Text = Text::new(
    "{0} ran {1} late (Task Scheduler random delay)",
    "{0}がタスク スケジューラのランダム遅延により{1}遅れて開始",
);
/// A poll moved by a random delay: the poll, the delay.
const RANDOM_DELAY: Text = Text::new(
    "{0} ran {1} late (random delay)",
    "{0}がランダム遅延により{1}遅れて開始",
);
/// A poll that was due but did not sync (blocked): the poll, how often it runs.
const DUE_EVERY: Text = Text::new("{0} was due ({1})", "{0}の実行予定（{1}）");
/// A poll that was due but did not sync: the poll.
const DUE: Text = Text::new("{0} was due", "{0}の実行予定");
/// A poll moved by a random delay that did not sync: the poll, the delay.
const DUE_LATE: Text = Text::new(
    "{0} was due {1} late (random delay)",
    "{0}の実行予定（ランダム遅延で{1}遅れ）",
);
/// An admin sync whose push could not start a session.
const ADMIN_PRESSED: Text = Text::new(
    "an admin pressed Sync in the Intune admin center",
    "管理者が Intune 管理センターで [同期] を実行",
);
/// A poll on time: the poll, how often it runs.
const ON_TIME_EVERY: Text = Text::new("{0} ran on time ({1})", "{0}が予定どおり実行（{1}）");
/// A poll on time: the poll.
const ON_TIME: Text = Text::new("{0} ran on time", "{0}が予定どおり実行");
/// The Task Scheduler network condition, as a clause after a skipped run.
const NETWORK_CONDITION: Text = Text::new(
    " (the task starts only if a network connection is available)",
    "（ネットワーク接続が使用可能な場合のみタスクを開始する）",
);
/// A run blocked by the disabled push service (the default, inferred impact): the trigger.
const BLOCKED_ALL: Text = Text::new(
    "blocked: dmwappushservice is disabled, so no MDM session starts (our inference from a Qiita article on Intune sync timing, in Japanese); {0}",
    "ブロック: dmwappushservice が無効のため MDM セッションが開始しない（Qiita の記事「Intune の 同期 タイミングについて 深堀してみた」からの推論）。{0}",
);
/// A push blocked by the disabled push service (the "pushes only" setting): the trigger.
const BLOCKED_PUSH_ONLY: Text = Text::new(
    "blocked: dmwappushservice is disabled, so a session started by a push is lost (chosen setting: pushes only); {0}",
    "ブロック: dmwappushservice が無効のため、プッシュによるセッションは開始しない（設定値: プッシュのみ影響）。{0}",
);
/// A throttled run: the limit, time since the previous, wait for the next, the trigger.
const THROTTLED_WHY: Text = Text::new(
    "throttled: Intune allows one maintenance sync per {0}; the previous was {1} earlier, so the service accepts the next {2} later; {3}",
    "抑制: Intune のメンテナンス同期は{0}に1回まで。前回は{1}前のため、次に受け付けられるのは{2}後。{3}",
);
/// A maintenance run inside the limit that still checks in: the limit, time since the
/// previous, wait until the limit allows the next, the trigger.
const MAINTENANCE_LIMITED_WHY: Text = Text::new(
    "synced: the device checks in, but Intune allows one maintenance sync per {0} and the previous was {1} earlier, so the service may skip this session's maintenance work until {2} later (reading of the limit: the check-in still happens); {3}",
    "同期: デバイスはチェックインするが、Intune のメンテナンス同期は{0}に1回までで前回は{1}前のため、{2}後まではこのセッションのメンテナンス処理が省略される可能性がある（制限の解釈: チェックイン自体は行われる）。{3}",
);
/// A push not sent: the spacing, time since the previous push, wait until the next may go.
const PUSH_RATE_LIMITED_WHY: Text = Text::new(
    "not sent: Intune sends at most one push per device every {0}; the previous went {1} earlier, so the next can go {2} later (community report); the change waits for the next check-in",
    "未送信: Intune がデバイスに送るプッシュは{0}に1回まで。前回は{1}前のため、次に送れるのは{2}後（コミュニティの報告）。変更は次回のチェックインで反映",
);
/// A push delivered after the horizon: how long after the press it arrives at the earliest.
const PUSH_PENDING_WHY: Text = Text::new(
    "pending: the admin pressed Sync, and the push reaches the device {0} later at the earliest, after the simulated period; it is not lost",
    "保留: 管理者が [同期] を実行し、プッシュがデバイスに届くのは早くても{0}後で、シミュレーション期間の後。失われてはいない",
);

/// Whether the run a sentence describes synced, or was only due (blocked: it must not read
/// "ran on time" or "the push arrived" next to "blocked").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mood {
    /// The run started and its session happened (or was throttled after starting).
    Ran,
    /// The run was due, but no session started.
    Due,
}

impl Words<'_> {
    /// The short label of a row: "Synced", "Missed: device off".
    pub(super) fn what(&self, e: &Event) -> String {
        let lang = self.lang;
        let skipped = |c: Cond| {
            let head = match e.lane {
                Lane::Push => PUSH_LOST,
                Lane::Ime => IME_SKIPPED,
                _ => SKIPPED,
            };
            head.fill(lang, &[terms::cond_label(c).get(lang)])
        };
        match e.outcome {
            Outcome::Synced => match e.lane {
                Lane::Ime => IME_CHECK_IN,
                Lane::CatchUp if e.rule == Rule::NetworkRetry => RETRIED,
                Lane::CatchUp => CAUGHT_UP,
                _ => SYNCED,
            }
            .get(lang)
            .to_owned(),
            Outcome::SyncedMaintenanceLimited { .. } => {
                SYNCED_MAINTENANCE_LIMITED.get(lang).to_owned()
            }
            Outcome::SkippedOff => skipped(Cond::Off),
            Outcome::SkippedAsleep => skipped(Cond::Asleep),
            Outcome::SkippedOffline { .. } => skipped(Cond::Offline),
            Outcome::Missed { state, .. } => {
                MISSED.fill(lang, &[terms::cond_label(state.into()).get(lang)])
            }
            Outcome::BlockedPushService => BLOCKED.get(lang).to_owned(),
            Outcome::Throttled { .. } => THROTTLED.get(lang).to_owned(),
            Outcome::PushRateLimited { .. } => PUSH_RATE_LIMITED.get(lang).to_owned(),
            Outcome::PendingPastHorizon { .. } => PUSH_PENDING.get(lang).to_owned(),
            Outcome::Merged { into } => {
                MERGED_INTO.fill(lang, &[&self.lead(&self.lane_label(into))])
            }
        }
    }

    /// The sentence that says why: outcome first, then what ran and when.
    pub(super) fn why(&self, i: usize, e: &Event) -> String {
        match e.outcome {
            Outcome::Synced if e.lane == Lane::Ime => self.ime_why(e, None),
            Outcome::Synced if e.lane == Lane::CatchUp => {
                let mut s = self.caught_up_why(e);
                s.push_str(&self.merged_note(i, e));
                s
            }
            Outcome::Synced => {
                SYNCED_WHY.fill(self.lang, &[&self.trigger(e), &self.merged_note(i, e)])
            }
            Outcome::SkippedOff => self.skipped_why(e, Cond::Off, None),
            Outcome::SkippedAsleep => self.skipped_why(e, Cond::Asleep, None),
            Outcome::SkippedOffline { retried_at } => {
                self.skipped_why(e, Cond::Offline, retried_at)
            }
            Outcome::Missed {
                state,
                caught_up_at,
            } => self.missed_why(e, state, caught_up_at),
            Outcome::SyncedMaintenanceLimited {
                previous,
                allowed_from,
            } => self.maintenance_limited_why(e, previous, allowed_from),
            Outcome::BlockedPushService => self.blocked_why(e),
            Outcome::Throttled {
                previous,
                allowed_from,
            } => self.throttled_why(e, previous, allowed_from),
            Outcome::PushRateLimited {
                previous,
                allowed_from,
            } => PUSH_RATE_LIMITED_WHY.fill(
                self.lang,
                &[
                    &self.span((allowed_from - previous).num_seconds()),
                    &self.span((e.at - previous).num_seconds()),
                    &self.span((allowed_from - e.at).num_seconds()),
                ],
            ),
            Outcome::PendingPastHorizon { earliest } => {
                PUSH_PENDING_WHY.fill(self.lang, &[&self.span((earliest - e.at).num_seconds())])
            }
            Outcome::Merged { into } => self.merged_why(i, e, into),
        }
    }

    /// What ran, for runs that did start: "Schedule #3 ran on time (every 8 hours)".
    pub(super) fn trigger(&self, e: &Event) -> String {
        self.trigger_in(e, Mood::Ran)
    }

    /// What ran or was due: "Schedule #3 ran on time" for a run that synced, "Schedule #3 was
    /// due" for one that did not.
    pub(super) fn trigger_in(&self, e: &Event, mood: Mood) -> String {
        let lang = self.lang;
        let fixed = match e.lane {
            Lane::Schedule1 | Lane::Schedule2 | Lane::Schedule3 => {
                return self.poll_trigger(e, mood);
            }
            Lane::Push if mood == Mood::Due && e.reason != Some(Rule::PushAospTaskPoll) => {
                ADMIN_PRESSED
            }
            Lane::CatchUp => return self.catch_up_trigger(e),
            Lane::Ime => return terms::ime_cause(e.rule).get(lang).to_owned(),
            Lane::Push => {
                let delay = match e.timing {
                    Timing::Delivered { delay, .. } => i64::from(delay.secs()),
                    _ => 0,
                };
                let task_poll = e.reason == Some(Rule::PushAospTaskPoll);
                match (task_poll, delay) {
                    (true, 0) => TASK_POLL_AT_ONCE,
                    (true, d) => return TASK_POLL_LATER.fill(lang, &[&self.span(d)]),
                    (false, 0) => PUSH_AT_ONCE,
                    (false, d) => return PUSH_LATER.fill(lang, &[&self.span(d)]),
                }
            }
            Lane::Login if self.windows => LOGON_WINDOWS,
            Lane::Login => LOGON,
            Lane::MaintenanceSchedule => MAINTENANCE_WINDOW,
            Lane::ManualSettings => SYNC_IN_SETTINGS,
            Lane::ManualCompanyPortal => SYNC_IN_PORTAL,
        };
        fixed.get(lang).to_owned()
    }

    /// A poll set's run that started: on time, or moved by a random delay.
    fn poll_trigger(&self, e: &Event, mood: Mood) -> String {
        let lang = self.lang;
        let idx = set_index(e.lane).unwrap_or(0);
        let noun = self.lead(&self.set_noun(idx));
        if let Timing::RandomDelay { delay, .. } = e.timing {
            let late = self.span(i64::from(delay.secs()));
            let text = match (mood, self.windows) {
                (Mood::Due, _) => DUE_LATE,
                (Mood::Ran, true) => TASK_RANDOM_DELAY,
                (Mood::Ran, false) => RANDOM_DELAY,
            };
            return text.fill(lang, &[&noun, &late]);
        }
        // Windows names a task, so say how often it runs; elsewhere the name already says it.
        let often = self
            .set_every(idx)
            .filter(|_| self.windows)
            .map(|(often, _)| often);
        match (often, mood) {
            (Some(o), Mood::Ran) => ON_TIME_EVERY.fill(lang, &[&noun, &o]),
            (None, Mood::Ran) => ON_TIME.fill(lang, &[&noun]),
            (Some(o), Mood::Due) => DUE_EVERY.fill(lang, &[&noun, &o]),
            (None, Mood::Due) => DUE.fill(lang, &[&noun]),
        }
    }

    /// The Task Scheduler network condition, when the event cites it (Windows only).
    pub(super) fn network_clause(&self, e: &Event) -> &'static str {
        if e.reason != Some(Rule::RunOnlyIfNetworkAvailable) {
            return "";
        }
        NETWORK_CONDITION.get(self.lang)
    }

    /// A run refused because dmwappushservice is Disabled.
    fn blocked_why(&self, e: &Event) -> String {
        let text = if e.reason == Some(Rule::PushServiceDisabledPushOnly) {
            BLOCKED_PUSH_ONLY
        } else {
            BLOCKED_ALL
        };
        text.fill(self.lang, &[&self.trigger_in(e, Mood::Due)])
    }

    /// A maintenance run refused by the service's 6.5-hour limit.
    fn throttled_why(&self, e: &Event, previous: Instant, allowed_from: Instant) -> String {
        let limit = self.span(i64::from(MAINTENANCE_SPACING.secs()));
        let before = self.span((e.at - previous).num_seconds());
        let wait = self.span((allowed_from - e.at).num_seconds());
        let due = self.trigger_in(e, Mood::Due);
        THROTTLED_WHY.fill(self.lang, &[&limit, &before, &wait, &due])
    }

    /// A maintenance run inside the 6.5-hour limit, read leniently: it checks in, but the
    /// service may skip its maintenance work.
    fn maintenance_limited_why(
        &self,
        e: &Event,
        previous: Instant,
        allowed_from: Instant,
    ) -> String {
        let limit = self.span(i64::from(MAINTENANCE_SPACING.secs()));
        let before = self.span((e.at - previous).num_seconds());
        let wait = self.span((allowed_from - e.at).num_seconds());
        MAINTENANCE_LIMITED_WHY.fill(self.lang, &[&limit, &before, &wait, &self.trigger(e)])
    }
}
