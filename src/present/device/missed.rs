//! Runs kept from happening (device off, asleep or offline) and the catch-ups and retries that
//! stand for them: "missed: the device was off when Schedule #3 was due; caught up 2 d 1 h
//! later, 10 min after boot (…)".

use super::Words;
use super::terms::{self, Cond};
use crate::engine::Instant;
use crate::engine::intune::{Down, Event, Lane, Rule, Timing};
use crate::present::text::Text;

/// One run a catch-up stands for: the task, how long before it was due.
const RUN_OF: Text = Text::new("the run of {0} due {1} earlier", "{0}の実行（{1}前に予定）");
/// Several runs a catch-up stands for: the task, how long before the first was due, how many.
const RUNS_OF: Text = Text::new(
    "{2} runs of {0}, the first due {1} earlier,",
    "{0}の実行{2}回分（最初は{1}前に予定）",
);
/// A retry that started: the runs.
const RETRY_STARTED: Text = Text::new(
    "{0} was retried when the network returned",
    "{0}がネットワーク復帰時に再試行",
);
/// A catch-up that started: the runs, when.
const CATCH_UP_STARTED: Text = Text::new("{0} ran late, {1}", "{0}が{1}に遅延実行");
/// Right when the device came back: from what.
const AT_UP: Text = Text::new("at {0}", "{0}時");
/// A while after the device came back: from what, how long.
const AFTER_UP: Text = Text::new("{1} after {0}", "{0}から{1}後");
/// A retry that synced, for one run: the runs, the rule.
const RETRIED_ONE: Text = Text::new(
    "retried: {0} was skipped for want of network; it ran when the network returned ({1})",
    "再試行で同期: ネットワーク不通のため{0}がスキップされ、ネットワーク復帰時に実行（{1}）",
);
/// A retry that synced, for several runs: the runs, the rule.
const RETRIED_SEVERAL: Text = Text::new(
    "retried: {0} were skipped for want of network; one retry ran when the network returned ({1})",
    "再試行で同期: ネットワーク不通のため{0}がスキップされ、ネットワーク復帰時に実行（{1}）",
);
/// A catch-up that synced, for one run: the runs, the state, when, the rule.
const CAUGHT_UP_ONE: Text = Text::new(
    "caught up: {0} was missed while the device was {1}; it ran {2} ({3})",
    "遅延実行で同期: {1}のため{0}が行われず、{2}に実行（{3}）",
);
/// A catch-up that synced, for several runs: the runs, the state, when, the rule.
const CAUGHT_UP_SEVERAL: Text = Text::new(
    "caught up: {0} were missed while the device was {1}; one catch-up ran {2} ({3})",
    "遅延実行で同期: {1}のため{0}が行われず、{2}にまとめて1回実行（{3}）",
);
/// A missed run whose catch-up falls after the horizon: the task, the state, the rule.
const MISSED_BEYOND: Text = Text::new(
    "missed: the device was {1} when {0} was due; the catch-up falls after the end of the simulated period ({2})",
    "未実行: {0}の予定時刻に{1}。遅延実行は期間の終了後（{2}）",
);
/// A missed run and its catch-up: the task, the state, the rule, how much later, when.
const MISSED_CAUGHT_UP_AFTER: Text = Text::new(
    "missed: the device was {1} when {0} was due; caught up {3} later, {4} ({2})",
    "未実行: {0}の予定時刻に{1}。{3}後（{4}）に遅延実行（{2}）",
);
/// A missed run and its catch-up: the task, the state, the rule, how much later.
const MISSED_CAUGHT_UP: Text = Text::new(
    "missed: the device was {1} when {0} was due; caught up {3} later ({2})",
    "未実行: {0}の予定時刻に{1}。{3}後に遅延実行（{2}）",
);
/// A push that found the device down: the state.
const PUSH_LOST: Text = Text::new(
    "lost: the admin's push found the device {0}; the change waits for the next check-in",
    "未達: 管理者のプッシュ到着時にデバイスが{0}。変更は次回のチェックインで反映",
);
/// A manual sync on a device down: the state.
const MANUAL_SKIPPED: Text = Text::new(
    "skipped: the user pressed Sync, but the device was {0}",
    "スキップ: ユーザーが [同期] を実行したが、デバイスが{0}",
);
/// The retry after a run skipped offline: how much later.
const RETRIED_LATER: Text = Text::new(
    "; retried {0} later, when the network returned",
    "。{0}後、ネットワーク復帰時に再試行",
);
/// A catch-up that found no network: the run, the network condition, the retry.
const CATCH_UP_NO_NETWORK: Text = Text::new(
    "skipped: {0} found no network{1}{2}",
    "スキップ: {0}の時点でネットワークなし{1}{2}",
);
/// A run due with no network: the run, the network condition, the retry.
const NO_NETWORK: Text = Text::new(
    "skipped: no network when {0} was due{1}{2}",
    "スキップ: {0}の予定時刻にネットワークなし{1}{2}",
);
/// A catch-up lost with catch-up off: the run, the state.
const CATCH_UP_LOST: Text = Text::new(
    "skipped: {0} found the device {1}, and catch-up is turned off, so the run is lost",
    "スキップ: {0}の時点で{1}。遅延実行は無効のため、この実行は失われる",
);
/// A Windows task lost because tasks do not wake the device: the run, the state.
const LOST_NO_WAKE: Text = Text::new(
    "skipped: the device was {1} when {0} was due; the tasks do not wake it and catch-up is turned off, so this run is lost",
    "スキップ: {0}の予定時刻に{1}。タスクはデバイスを起動せず、遅延実行も無効のため、この実行は失われる",
);
/// A run lost with catch-up off: the run, the state.
const LOST: Text = Text::new(
    "skipped: the device was {1} when {0} was due, and catch-up is turned off, so this run is lost",
    "スキップ: {0}の予定時刻に{1}。遅延実行は無効のため、この実行は失われる",
);

impl Words<'_> {
    /// The runs a catch-up stands for: "the run of Schedule #3 due 2 d earlier".
    fn stood_for(&self, e: &Event) -> String {
        let Timing::CatchUp {
            for_lane,
            first_due,
            count,
            ..
        } = e.timing
        else {
            return self.lane_noun(e.lane);
        };
        let of = self.lead(&self.lane_noun(for_lane));
        let due = self.span((e.at - first_due).num_seconds());
        match count {
            0 | 1 => RUN_OF.fill(self.lang, &[&of, &due]),
            n => RUNS_OF.fill(self.lang, &[&of, &due, &n.to_string()]),
        }
    }

    /// A catch-up that started (for the sentences of blocked, throttled or merged catch-ups).
    pub(super) fn catch_up_trigger(&self, e: &Event) -> String {
        let runs = self.stood_for(e);
        if e.rule == Rule::NetworkRetry {
            return RETRY_STARTED.fill(self.lang, &[&runs]);
        }
        CATCH_UP_STARTED.fill(self.lang, &[&runs, &self.after_up(e)])
    }

    /// Whether the runs a catch-up stands for were missed while off or asleep.
    fn down_for(&self, e: &Event) -> Option<Down> {
        match e.timing {
            Timing::CatchUp {
                for_lane, last_due, ..
            } => self.report.missed_state(for_lane, last_due),
            _ => None,
        }
    }

    /// How long after the device came back a catch-up ran: "10 min after boot", "at wake".
    fn after_up(&self, e: &Event) -> String {
        let delay = match e.timing {
            Timing::CatchUp { delay, .. } => i64::from(delay.secs()),
            _ => 0,
        };
        let from = terms::back_from(self.down_for(e)).get(self.lang);
        match delay {
            0 => AT_UP.fill(self.lang, &[from]),
            d => AFTER_UP.fill(self.lang, &[from, &self.span(d)]),
        }
    }

    /// A catch-up that synced.
    pub(super) fn caught_up_why(&self, e: &Event) -> String {
        let lang = self.lang;
        let runs = self.stood_for(e);
        let several = matches!(e.timing, Timing::CatchUp { count, .. } if count > 1);
        let rule = terms::catch_up_rule(e.rule).get(lang);
        if e.rule == Rule::NetworkRetry {
            let text = if several {
                RETRIED_SEVERAL
            } else {
                RETRIED_ONE
            };
            return text.fill(lang, &[&runs, rule]);
        }
        let state = terms::down_state(self.down_for(e)).get(lang);
        let text = if several {
            CAUGHT_UP_SEVERAL
        } else {
            CAUGHT_UP_ONE
        };
        text.fill(lang, &[&runs, state, &self.after_up(e), rule])
    }

    /// A scheduled start missed while the device was down, queued for a catch-up.
    pub(super) fn missed_why(
        &self,
        e: &Event,
        state: Down,
        caught_up_at: Option<Instant>,
    ) -> String {
        let lang = self.lang;
        let noun = self.lead(&self.event_noun(e));
        let rule = terms::catch_up_rule(e.reason.unwrap_or(Rule::CatchUpAssumed)).get(lang);
        let state = terms::down_state(Some(state)).get(lang);
        let Some(at) = caught_up_at else {
            return MISSED_BEYOND.fill(lang, &[&noun, state, rule]);
        };
        let later = self.span((at - e.at).num_seconds());
        match self.report.catch_up_for(e.lane, at) {
            Some(c) => {
                MISSED_CAUGHT_UP_AFTER.fill(lang, &[&noun, state, rule, &later, &self.after_up(c)])
            }
            None => MISSED_CAUGHT_UP.fill(lang, &[&noun, state, rule, &later]),
        }
    }

    /// A run that could not happen: device off, asleep or offline.
    pub(super) fn skipped_why(&self, e: &Event, cond: Cond, retried_at: Option<Instant>) -> String {
        let lang = self.lang;
        let state = terms::cond_state(cond).get(lang);
        let noun = self.lead(&self.event_noun(e));
        match e.lane {
            Lane::Ime => self.ime_why(e, Some(cond)),
            Lane::Push => PUSH_LOST.fill(lang, &[state]),
            Lane::ManualSettings | Lane::ManualCompanyPortal => MANUAL_SKIPPED.fill(lang, &[state]),
            _ if cond == Cond::Offline => {
                let network = self.network_clause(e);
                let tail = retried_at.map_or_else(String::new, |t| {
                    RETRIED_LATER.fill(lang, &[&self.span((t - e.at).num_seconds())])
                });
                let text = if e.lane == Lane::CatchUp {
                    CATCH_UP_NO_NETWORK
                } else {
                    NO_NETWORK
                };
                text.fill(lang, &[&noun, network, &tail])
            }
            Lane::CatchUp => CATCH_UP_LOST.fill(lang, &[&noun, state]),
            // Windows cites the tasks' missing WakeToRun; elsewhere nothing is documented.
            _ if e.reason == Some(Rule::NoWakeToRun) => LOST_NO_WAKE.fill(lang, &[&noun, state]),
            _ => LOST.fill(lang, &[&noun, state]),
        }
    }
}
