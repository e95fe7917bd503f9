//! Runs that share or stand beside an MDM session: a run merged into a session another run
//! started at the same instant (both rows say so), and the IME's check-ins, which are never MDM
//! syncs and say so.

use super::Words;
use super::terms::{self, Cond};
use crate::engine::intune::{Event, Lane, Timing};
use crate::present::grammar::and_list;
use crate::present::text::Text;

/// A merged run: the session's run, this run.
const MERGED_WHY: Text = Text::new(
    "merged: {0} started a session at this very instant, and {1} joined it: one session (chosen setting)",
    "統合: 同時刻に{0}がセッションを開始したため、{1}はそのセッションに含まれる（1つのセッション、設定値）",
);
/// One run named with how many of it joined: the run, the count.
const RUNS_OF_ONE: Text = Text::new("{0} ({1} runs)", "{0}（{1}回）");
/// The one run that joined a session: the session's run, the joined run.
const JOINED_ONE: Text = Text::new(
    "; {0} and {1} fired at the same instant: one session",
    "。{0}と{1}が同時刻に起動: 1つのセッション",
);
/// Several runs that joined a session: how many, which.
const JOINED_SEVERAL: Text = Text::new(
    "; {0} more runs fired at the same instant and joined this session: {1}",
    "。同時刻にほかに{0}件の実行があり、このセッションに含まれる: {1}",
);
/// A skipped IME check-in: the state, the cause.
const IME_SKIPPED: Text = Text::new(
    "IME check-in skipped: the device was {0} ({1}); not an MDM sync",
    "IME のチェックインをスキップ: デバイスが{0}（{1}）。MDM の同期ではない",
);
/// An IME check-in moved by its random delay: the delay.
const IME_LATE: Text = Text::new(
    ", {0} late (random delay)",
    "、ランダム遅延により{0}遅れて開始",
);
/// An IME check-in due while asleep: how long before.
const IME_AFTER_WAKE: Text = Text::new(
    "; due {0} earlier while the device slept, it ran at wake",
    "。{0}前のスリープ中に予定され、スリープ解除時に実行",
);
/// An IME check-in: the cause, the timing.
const IME_CHECKED_IN: Text = Text::new(
    "IME check-in, not an MDM sync: {0}{1}",
    "IME のチェックイン（MDM の同期ではない）: {0}{1}",
);

impl Words<'_> {
    /// A run that joined a session another run started at the same instant.
    pub(super) fn merged_why(&self, i: usize, e: &Event, into: Lane) -> String {
        let noun = self.lead(&self.event_noun(e));
        let into_noun = self
            .report
            .session_joined(i, into)
            .map_or_else(|| self.lane_noun(into), |s| self.event_noun(s));
        MERGED_WHY.fill(self.lang, &[&self.lead(&into_noun), &noun])
    }

    /// For a session that synced, the runs that merged into it: "; Schedule #1 and Schedule #2
    /// fired at the same instant: one session". Empty when none did. Many catch-ups at one
    /// instant (one per missed run) are counted rather than listed one by one.
    pub(super) fn merged_note(&self, i: usize, e: &Event) -> String {
        let mut joined: Vec<(String, usize)> = Vec::new();
        for o in self.report.merged_into(i) {
            let noun = self.event_noun(o);
            match joined.iter_mut().find(|(n, _)| *n == noun) {
                Some((_, count)) => *count += 1,
                None => joined.push((noun, 1)),
            }
        }
        let total: usize = joined.iter().map(|(_, n)| n).sum();
        let lang = self.lang;
        let named: Vec<String> = joined
            .into_iter()
            .map(|(noun, n)| match n {
                1 => noun,
                n => RUNS_OF_ONE.fill(lang, &[&noun, &n.to_string()]),
            })
            .collect();
        match total {
            0 => String::new(),
            1 => JOINED_ONE.fill(
                lang,
                &[&self.lead(&self.event_noun(e)), &self.lead(&named.concat())],
            ),
            n => JOINED_SEVERAL.fill(lang, &[&n.to_string(), &and_list(lang, &named)]),
        }
    }

    /// An IME check-in (synced when `skipped` is `None`). Never an MDM sync, and it says so.
    pub(super) fn ime_why(&self, e: &Event, skipped: Option<Cond>) -> String {
        let lang = self.lang;
        let cause = terms::ime_cause(e.rule).get(lang);
        if let Some(cond) = skipped {
            return IME_SKIPPED.fill(lang, &[terms::cond_state(cond).get(lang), cause]);
        }
        let timing = match e.timing {
            Timing::RandomDelay { delay, .. } => {
                IME_LATE.fill(lang, &[&self.span(i64::from(delay.secs()))])
            }
            Timing::AfterWake { due } => {
                IME_AFTER_WAKE.fill(lang, &[&self.span((e.at - due).num_seconds())])
            }
            _ => String::new(),
        };
        IME_CHECKED_IN.fill(lang, &[cause, &timing])
    }
}
