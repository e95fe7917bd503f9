//! Password hash sync rows: one per running or paused stretch, never one per run (a year of
//! 2-minute runs would be 260,000 rows).

use super::lanes::{Draft, LaneId};
use super::rules::rule_text;
use super::terms;
use crate::engine::entra::{PhsPause, PhsSegment, PhsState, ServerReport};
use crate::present::grammar::{every, span};
use crate::present::text::{Lang, Text};
use crate::present::{Row, Tone};

/// {0}: the period.
const RUNS: Text = Text::new("Runs {0}", "{0}に実行");
/// {0}: the period, {1}: how many runs, {2}: how long the stretch is.
const RUNS_WHY: Text = Text::new(
    "Password hash sync runs {0} on its own scheduler, whatever the sync cycles do: {1} runs over these {2}.",
    "パスワード ハッシュ同期は同期サイクルのスケジューラとは別に{0}に実行され、この{2}の間に{1}回実行されました。",
);
const NOT_ENABLED: Text = Text::new(
    "Password hash sync is not enabled on this server, so no password hashes are synchronized from it.",
    "このサーバーではパスワード ハッシュ同期が有効になっていないため、パスワード ハッシュは同期されません。",
);
/// {0}: when it does not run ("in staging mode"), {1}: how long.
const PAUSED_THEN_RESUMED: Text = Text::new(
    "Password hash sync does not run {0}: it paused for {1}, then resumed.",
    "{0}パスワード ハッシュ同期は実行されないため、{1}の間止まり、その後再開しました。",
);
/// {0}: when it does not run, {1}: how long.
const PAUSED_TO_THE_END: Text = Text::new(
    "Password hash sync does not run {0}: it stays paused to the end of the simulated period ({1}).",
    "{0}パスワード ハッシュ同期は実行されないため、期間の終わりまで止まっています ({1})。",
);

/// One row per running or paused stretch.
pub(super) fn phs_rows(report: &ServerReport, lang: Lang, out: &mut Vec<(LaneId, Row)>) {
    for seg in &report.password_hash_sync {
        phs_row(report, seg, lang).push(LaneId::Phs, out);
    }
}

fn phs_row(report: &ServerReport, seg: &PhsSegment, lang: Lang) -> Draft {
    let long = span(lang, (seg.end - seg.start).num_seconds());
    let resumes = seg.end < report.horizon.end();
    let (tone, end, what, why, period) = match seg.state {
        PhsState::Running { every: e, runs } => {
            let period = every(lang, e);
            let what = RUNS.fill(lang, &[&period]);
            let why = RUNS_WHY.fill(lang, &[&period, &runs.to_string(), &long]);
            (Tone::Synced, Some(seg.end), what, why, Some(e))
        }
        PhsState::Paused {
            cause: PhsPause::NotEnabled,
        } => {
            let what = terms::phs_pause(PhsPause::NotEnabled).get(lang).to_owned();
            // One marker, no bar: a bar over the whole horizon would say "something ran".
            (
                Tone::Info,
                None,
                what,
                NOT_ENABLED.get(lang).to_owned(),
                None,
            )
        }
        PhsState::Paused { cause } => {
            let when = terms::phs_pause_when(cause).get(lang);
            let why = if resumes {
                PAUSED_THEN_RESUMED
            } else {
                PAUSED_TO_THE_END
            };
            let what = terms::phs_pause(cause).get(lang).to_owned();
            (
                Tone::Skipped,
                Some(seg.end),
                what,
                why.fill(lang, &[when, &long]),
                None,
            )
        }
    };
    Draft {
        at: seg.start,
        end,
        tone,
        what,
        why,
        rule_words: rule_text(seg.rule, lang, period.map(|p| every(lang, p))),
        rule: seg.rule,
    }
}
