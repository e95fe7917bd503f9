//! The answer at the top of the page in words: what the next sync comes from and the sentence
//! after it (the last sync, a near compliance deadline), or why nothing will sync and what
//! follows (the compliance and cleanup dates, worded in [`super::deadlines`]).

use super::deadlines::{When, when};
use super::{Words, set_index, terms};
use crate::engine::Instant;
use crate::engine::intune::MAINTENANCE_SPACING;
use crate::engine::intune::{
    Deadline, DeviceAnswers, Lane, NoSyncReason, PushChannel, PushServiceImpact, Rule, SyncRef,
    Timing,
};
use crate::present::grammar::{days, sentences};
use crate::present::text::Text;

/// Seconds in a day.
const DAY: i64 = 86_400;

/// How close a future compliance deadline must be for the "next sync" answer to mention it:
/// about a week, the span in which an admin can still act on it.
const DEADLINE_NOTICE_SECS: i64 = 7 * DAY;

/// A Windows task and how often it runs.
const TASK_EVERY: Text = Text::new("{0}, {1}", "{0}（{1}）");
/// A non-Windows poll set, how often, and its phase.
const CHECK_IN_PHASE: Text = Text::new(
    "scheduled check-in, {0} ({1})",
    "定期チェックイン（{0}、{1}）",
);
/// A non-Windows poll set and how often.
const CHECK_IN: Text = Text::new("scheduled check-in, {0}", "定期チェックイン（{0}）");
/// The Windows logon task.
const LOGIN_SCHEDULE: Text = Text::new(
    "Login Schedule, at a user's logon",
    "ログオン スケジュール（ユーザーのログオン時）",
);
/// The DMClient CSP's 24-hour schedule, named with its rule and source: the window's time.
const MAINTENANCE_SCHEDULE: Text = Text::new(
    "Maintenance Schedule, every 24 hours in the maintenance window (at {0} by this plan): no poll set repeats indefinitely, and then Windows creates it (DMClient CSP Poll, [MS-MDE2])",
    "メンテナンス スケジュール（メンテナンス時間帯に24時間ごと。このプランでは {0}）: 無期限に繰り返すポーリング セットがないため、Windows が作成します（DMClient CSP の Poll、[MS-MDE2]）",
);
/// An admin sync.
const ADMIN_PUSH: Text = Text::new(
    "the admin's Sync, delivered as a push",
    "管理者による同期（プッシュ）",
);
/// An admin sync on AOSP, which has no push: the agent finds it at its task poll.
const ADMIN_TASK_POLL: Text = Text::new(
    "the admin's Sync, found at the agent's task poll (AOSP has no push)",
    "管理者による同期（AOSP はプッシュなし。エージェントのタスク確認で取得）",
);
/// A retry to come: of what.
const RETRY_NEXT: Text = Text::new(
    "retry of {0}, when the network returns",
    "{0}の再試行（ネットワーク復帰時）",
);
/// A catch-up to come as soon as the device is up: of what.
const CATCH_UP_AT_UP: Text = Text::new(
    "catch-up of {0}, as soon as the device is up",
    "{0}の遅延実行（デバイス復帰時）",
);
/// A catch-up to come a while after the device is up: of what, how long after.
const CATCH_UP_AFTER_UP: Text = Text::new(
    "catch-up of {0}, {1} after the device is up",
    "{0}の遅延実行（デバイス復帰から{1}後）",
);
/// The last sync, just now: when.
const LAST_JUST_NOW: Text = Text::new("Last synced just now, at {0}", "最終同期: たった今（{0}）");
/// The last sync: when, how long ago.
const LAST_AGO: Text = Text::new("Last synced {1} ago, at {0}", "最終同期: {1}前（{0}）");
/// No sync to point at.
const NO_SYNC_YET: Text = Text::new(
    "No sync yet in the simulated period",
    "期間内の同期はまだありません",
);
/// No deadline can be counted: the validity period.
const NO_DEADLINE: Text = Text::new(
    "With no sync in the simulated period, the compliance deadline cannot be counted (a device that has not checked in for {0} turns noncompliant)",
    "期間内に同期がないため、非準拠になる日時は算出できません（{0}間チェックインがないと非準拠になります）",
);

/// A next sync inside the maintenance limit: what it comes from.
const MAINTENANCE_MAY_BE_SKIPPED: Text = Text::new(
    "{0} (a check-in; its maintenance work may be skipped under the 6.5-hour limit)",
    "{0}（チェックイン。6.5時間の制限によりメンテナンス処理は省略される可能性あり）",
);

impl Words<'_> {
    /// What the next sync comes from: "Schedule #3, every 8 hours", and whether the service
    /// may skip its maintenance work.
    pub(super) fn next_by(&self, next: &SyncRef) -> String {
        let by = self.next_by_trigger(next);
        if !next.maintenance_may_be_skipped {
            return by;
        }
        MAINTENANCE_MAY_BE_SKIPPED.fill(self.lang, &[&by])
    }

    /// The trigger of the next sync in words.
    fn next_by_trigger(&self, next: &SyncRef) -> String {
        let lang = self.lang;
        if let Some(idx) = set_index(next.lane) {
            let name = self.set_label(idx);
            return match (self.set_every(idx), self.windows) {
                (Some((often, _)), true) => TASK_EVERY.fill(lang, &[&name, &often]),
                (Some((often, Some(phase))), false) => CHECK_IN_PHASE.fill(lang, &[&often, &phase]),
                (Some((often, None)), false) => CHECK_IN.fill(lang, &[&often]),
                (None, _) => name,
            };
        }
        match next.lane {
            Lane::CatchUp => self.next_catch_up_by(next),
            Lane::Login if self.windows => LOGIN_SCHEDULE.get(lang).to_owned(),
            Lane::MaintenanceSchedule => {
                let window = self.report.maintenance_window.unwrap_or_default();
                MAINTENANCE_SCHEDULE.fill(lang, &[&window.to_string()])
            }
            Lane::Push if self.report.platform.push_channel() == PushChannel::AospTaskPoll => {
                ADMIN_TASK_POLL.get(lang).to_owned()
            }
            Lane::Push => ADMIN_PUSH.get(lang).to_owned(),
            lane => self.lane_noun(lane),
        }
    }

    /// A catch-up or retry as the answer's "by".
    fn next_catch_up_by(&self, next: &SyncRef) -> String {
        let found = self.report.catch_up_sync_at(next.at);
        let Some((
            Timing::CatchUp {
                for_lane, delay, ..
            },
            rule,
        )) = found.map(|e| (e.timing, e.rule))
        else {
            return self.lane_label(Lane::CatchUp);
        };
        let of = self.lead(&self.lane_noun(for_lane));
        match (rule == Rule::NetworkRetry, i64::from(delay.secs())) {
            (true, _) => RETRY_NEXT.fill(self.lang, &[&of]),
            (false, 0) => CATCH_UP_AT_UP.fill(self.lang, &[&of]),
            (false, d) => CATCH_UP_AFTER_UP.fill(self.lang, &[&of, &self.span(d)]),
        }
    }

    /// The second sentence of a "next sync" answer: the last sync, and a compliance deadline
    /// that is near or passed.
    pub(super) fn next_detail(
        &self,
        a: &DeviceAnswers,
        fmt: &dyn Fn(Instant) -> String,
    ) -> Option<String> {
        let lang = self.lang;
        let mut parts = Vec::new();
        parts.push(match a.last_sync {
            Some(last) => {
                let ago = (a.now - last.at).num_seconds();
                let when = fmt(last.at);
                if ago < 1 {
                    LAST_JUST_NOW.fill(lang, &[&when])
                } else {
                    LAST_AGO.fill(lang, &[&when, &self.span(ago)])
                }
            }
            None => NO_SYNC_YET.get(lang).to_owned(),
        });
        // A deadline that holds and has passed, or holds and is near; one that only holds if
        // the device stops syncing (now, or after the horizon) is noise next to a coming sync,
        // unless the simulation predicts a crossing after the syncs to come, and it is near.
        if let Some(c) = a.compliance.as_ref() {
            let near = |at: Instant| (at - a.now).num_seconds() <= DEADLINE_NOTICE_SECS;
            match when(c, a.now) {
                When::Passed => parts.push(self.compliance_sentence(c, a.now, fmt)),
                When::Coming if near(c.at) => parts.push(self.compliance_sentence(c, a.now, fmt)),
                When::IfStoppedNow if c.predicted.is_some_and(|p| near(p.at)) => {
                    parts.extend(self.predicted_compliance_sentence(c, fmt));
                }
                When::Coming | When::IfStoppedNow | When::IfStopped | When::IfStops => {}
            }
        }
        Some(sentences(lang, &parts))
    }

    /// Why nothing will sync, plainly.
    pub(super) fn never_why(&self, reason: NoSyncReason) -> String {
        let limit = self.span(i64::from(MAINTENANCE_SPACING.secs()));
        // Blocked runs cite the "pushes only" rule exactly when the simulation chose it.
        let push_only = self.report.push_service_impact == PushServiceImpact::PushOnly;
        terms::no_sync(reason, push_only).fill(self.lang, &[&limit])
    }

    /// What follows from not syncing: the compliance and cleanup dates. Deadlines still ahead
    /// are left out when the device is only waiting for a run beyond the horizon (it will
    /// sync), or when the simulation was cut short (nothing is known).
    pub(super) fn consequence(
        &self,
        a: &DeviceAnswers,
        reason: NoSyncReason,
        fmt: &dyn Fn(Instant) -> String,
    ) -> Option<String> {
        let lang = self.lang;
        let unknown = matches!(
            reason,
            NoSyncReason::HorizonEnds | NoSyncReason::Truncated | NoSyncReason::BeforeHorizon
        );
        let shown = |d: &&Deadline| !unknown || when(d, a.now) == When::Passed;
        let compliance = a.compliance.as_ref().filter(shown);
        let cleanup = a.cleanup.as_ref().filter(shown);
        let mut parts = self.deadline_sentences(compliance, cleanup, a.now, fmt);
        if a.compliance.is_none() && !unknown {
            let period = days(lang, self.report.compliance_validity_days);
            parts.push(NO_DEADLINE.fill(lang, &[&period]));
        }
        (!parts.is_empty()).then(|| sentences(lang, &parts))
    }
}
