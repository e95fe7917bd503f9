//! The sentence that opens the answer while something keeps the device from syncing at "now":
//! what it is, since when, whether it is fixed yet, and what it blocks ("dmwappushservice is
//! disabled since …, not yet fixed: no MDM session starts … until it is re-enabled").
//!
//! Accurate to the domain: a device that is off or asleep runs nothing; without a network no
//! check-in reaches Intune; a disabled dmwappushservice stops every MDM session by default (an
//! inference, `inference-push-service-disabled`) or only pushes under the "pushes only" setting,
//! in which case scheduled check-ins still run and the answer says so.

use super::Words;
use crate::engine::Instant;
use crate::engine::intune::{Disruption, DisruptionKind, PushServiceImpact};
use crate::present::text::Text;

/// Off, not yet back on: since when.
const OFF_OPEN: Text = Text::new(
    "The device has been off since {0}, not yet back on: nothing syncs until someone starts it",
    "デバイスは{0}から電源オフのままです（未復旧）。起動されるまで何も同期されません",
);
/// Off over a span: from, until.
const OFF_UNTIL: Text = Text::new(
    "The device is off from {0} until {1}: nothing syncs while it is off",
    "デバイスは{0}から{1}まで電源オフです。その間は何も同期されません",
);
/// Asleep over a span: from, until.
const ASLEEP_UNTIL: Text = Text::new(
    "The device sleeps from {0} until {1}: nothing syncs while it sleeps",
    "デバイスは{0}から{1}までスリープです。その間は何も同期されません",
);
/// No network, not yet fixed: since when.
const OFFLINE_OPEN: Text = Text::new(
    "The device has had no network since {0}, not yet fixed: no check-in reaches Intune until it reconnects",
    "デバイスは{0}からネットワークに接続できていません（未復旧）。再接続するまでチェックインは Intune に届きません",
);
/// No network over a span: from, until.
const OFFLINE_UNTIL: Text = Text::new(
    "The device has no network from {0} until {1}: no check-in reaches Intune until it reconnects",
    "デバイスは{0}から{1}までネットワークに接続できません。その間チェックインは Intune に届きません",
);
/// Push service disabled, every session blocked, not yet fixed: since when.
const PUSH_ALL_OPEN: Text = Text::new(
    "dmwappushservice has been disabled since {0}, not yet fixed: no MDM session starts (scheduled, logon, manual or push) until it is re-enabled",
    "dmwappushservice は{0}から無効のままです（未復旧）。再び有効にするまで MDM セッションは開始しません（定期、ログオン、手動同期、プッシュのいずれも）",
);
/// Push service disabled over a span, every session blocked: from, until.
const PUSH_ALL_UNTIL: Text = Text::new(
    "dmwappushservice is disabled from {0} until {1}: no MDM session starts (scheduled, logon, manual or push) while it is disabled",
    "dmwappushservice は{0}から{1}まで無効です。その間 MDM セッションは開始しません（定期、ログオン、手動同期、プッシュのいずれも）",
);
/// Push service disabled, pushes only, not yet fixed: since when.
const PUSH_ONLY_OPEN: Text = Text::new(
    "dmwappushservice has been disabled since {0}, not yet fixed: admin syncs (push) cannot arrive until it is re-enabled; scheduled check-ins still run",
    "dmwappushservice は{0}から無効のままです（未復旧）。再び有効にするまで管理者による同期（プッシュ）は届きません。定期チェックインは実行されます",
);
/// Push service disabled over a span, pushes only: from, until.
const PUSH_ONLY_UNTIL: Text = Text::new(
    "dmwappushservice is disabled from {0} until {1}: admin syncs (push) cannot arrive while it is disabled; scheduled check-ins still run",
    "dmwappushservice は{0}から{1}まで無効です。その間、管理者による同期（プッシュ）は届きません。定期チェックインは実行されます",
);
/// When the next sync comes only after the span: its end.
const BLOCKED_BEFORE: Text = Text::new(
    "Everything due before {0} is blocked",
    "{0}より前に予定されている同期はすべて実行されません",
);

/// A disruption ahead of now, with an end: the condition, from, until, the first sync after.
const AHEAD_UNTIL: Text = Text::new(
    "Ahead: {0} from {1} until {2}; the first sync after that is at {3}",
    "予定: {1}から{2}まで{0}。その後の最初の同期は{3}です",
);
/// A disruption ahead of now, with an end and no sync after it: the condition, from, until.
const AHEAD_UNTIL_NONE: Text = Text::new(
    "Ahead: {0} from {1} until {2}; no sync follows within the simulated period",
    "予定: {1}から{2}まで{0}。その後、期間内に同期はありません",
);
/// A disruption ahead of now with no end: the condition, from.
const AHEAD_OPEN: Text = Text::new(
    "Ahead: {0} from {1}, with no end set",
    "予定: {1}から{0}（終了未定）",
);

/// A disruption as a condition inside the "ahead" sentences.
const fn condition(kind: DisruptionKind) -> Text {
    match kind {
        DisruptionKind::PoweredOff => Text::new("the device is off", "デバイスは電源オフ"),
        DisruptionKind::Asleep => Text::new("the device sleeps", "デバイスはスリープ"),
        DisruptionKind::Offline => {
            Text::new("the device has no network", "デバイスはネットワークなし")
        }
        DisruptionKind::PushServiceDisabled => {
            Text::new("dmwappushservice is disabled", "dmwappushservice は無効")
        }
    }
}

/// Which disruption blocks most when several hold at once: off, asleep, offline, push.
fn rank(kind: DisruptionKind) -> u8 {
    match kind {
        DisruptionKind::PoweredOff => 0,
        DisruptionKind::Asleep => 1,
        DisruptionKind::Offline => 2,
        DisruptionKind::PushServiceDisabled => 3,
    }
}

impl Words<'_> {
    /// The disruption in force at `now` that blocks most, if any.
    fn blocker_at(&self, now: Instant) -> Option<&Disruption> {
        self.report
            .disruptions
            .iter()
            .filter(|d| d.window.contains(now))
            .min_by_key(|d| rank(d.kind))
    }

    /// The sentences that open the answer while something blocks syncing at `now`: what it
    /// is and what it blocks, then, when the next sync (`next`, `None` for none) comes only
    /// after a span with an end, that everything before that end is blocked. With nothing in
    /// force, the first disruption still ahead, if any.
    pub(super) fn blocker(
        &self,
        now: Instant,
        next: Option<Instant>,
        fmt: &dyn Fn(Instant) -> String,
    ) -> Vec<String> {
        let Some(d) = self.blocker_at(now) else {
            return self.ahead(now, fmt).into_iter().collect();
        };
        let push_only = self.report.push_service_impact == PushServiceImpact::PushOnly;
        let text = match (d.kind, d.open, push_only) {
            (DisruptionKind::PoweredOff, true, _) => OFF_OPEN,
            (DisruptionKind::PoweredOff, false, _) => OFF_UNTIL,
            (DisruptionKind::Asleep, _, _) => ASLEEP_UNTIL,
            (DisruptionKind::Offline, true, _) => OFFLINE_OPEN,
            (DisruptionKind::Offline, false, _) => OFFLINE_UNTIL,
            (DisruptionKind::PushServiceDisabled, true, false) => PUSH_ALL_OPEN,
            (DisruptionKind::PushServiceDisabled, false, false) => PUSH_ALL_UNTIL,
            (DisruptionKind::PushServiceDisabled, true, true) => PUSH_ONLY_OPEN,
            (DisruptionKind::PushServiceDisabled, false, true) => PUSH_ONLY_UNTIL,
        };
        let (from, until) = (fmt(d.window.start()), fmt(d.window.end()));
        let mut out = vec![text.fill(self.lang, &[&from, &until])];
        // Only a span with an end has a "before": an open one lasts past the horizon. Under
        // "pushes only" scheduled check-ins go on, so nothing else is blocked.
        let blocks_all = !(d.kind == DisruptionKind::PushServiceDisabled && push_only);
        let after = next.is_none_or(|n| n >= d.window.end());
        if !d.open && blocks_all && after {
            out.push(BLOCKED_BEFORE.fill(self.lang, &[&until]));
        }
        out
    }

    /// The first disruption that starts after `now`, so that a story still to come (the
    /// coming weekend) is told at "now": what, from, until, and the first sync after it.
    fn ahead(&self, now: Instant, fmt: &dyn Fn(Instant) -> String) -> Option<String> {
        let d = self
            .report
            .disruptions
            .iter()
            .find(|d| d.window.start() > now)?;
        let lang = self.lang;
        let what = condition(d.kind).get(lang);
        let (from, until) = (fmt(d.window.start()), fmt(d.window.end()));
        if d.open {
            return Some(AHEAD_OPEN.fill(lang, &[what, &from]));
        }
        let after = self.report.syncs().find(|e| e.at >= d.window.end());
        Some(match after {
            Some(e) => AHEAD_UNTIL.fill(lang, &[what, &from, &until, &fmt(e.at)]),
            None => AHEAD_UNTIL_NONE.fill(lang, &[what, &from, &until]),
        })
    }
}
