//! Device reports in words: the Intune engine's codes (lane, rule, outcome, timing) turned into
//! the lanes, rows, shaded spans, warnings and one-sentence answer people read, in Japanese or
//! English.
//!
//! The engine stays language-free so that its events can be tested and serialized as data; this
//! module is the one place where a `Missed { state: Off, caught_up_at }` becomes "missed: the
//! device was off when Schedule #3 was due; caught up 2 d 1 h later, 10 min after boot". It is
//! pure (no web types, no clock) and bounded by the report's size, so every sentence is tested
//! natively. Everything it needs is in the report: the platform, the disruption spans, and the
//! lookups ([`DeviceReport::events_at`] and its neighbours in `engine::intune::queries`).
//!
//! Naming. On Windows the poll sets are the enrollment client's Task Scheduler tasks, so their
//! lanes are "Schedule #1".."Schedule #3" and "Login Schedule" ("Schedule #1 created by
//! enrollment client" is too long for a lane). Elsewhere there are no tasks, so a poll set is
//! named by what it does, "Every 3 minutes (first 15 min)", "About every 8 hours", taken from
//! the report's poll plan.
//!
//! Times inside row sentences are relative to the row ("2 h 5 min earlier"): the row's own
//! instant is shown beside it in the reader's zone, and `view` has no formatter. The answer,
//! which gets one, gives dates with it.
//!
//! Files, by concern: [`terms`] (word tables keyed by the engine's enums), [`rules`] (rule
//! titles), [`lanes`] (lane names and nouns), [`rows`] (a row's label and the sentences of
//! runs that started), [`missed`] (runs kept from happening, and their catch-ups),
//! [`sessions`] (merged runs and IME check-ins), [`answer`] and [`deadlines`] (the answer at
//! the top), [`shades`] and [`warnings`].

mod answer;
mod blocker;
mod deadlines;
mod lanes;
mod missed;
mod rows;
mod rules;
mod sessions;
mod shades;
mod terms;
mod warnings;

#[cfg(test)]
mod tests;

use super::grammar::{ja_after, sentences, sep};
use super::text::Lang;
use super::{Answer, Mark, Row, Tone, View};
use crate::engine::Instant;
use crate::engine::intune::{DeviceReport, Event, Lane, NoSyncReason, Outcome};

/// Lanes, rows, shades and warnings for the timeline and the event list.
///
/// Every event becomes a row, merged runs included (as [`Tone::Info`]; the session they
/// joined says so too). A row's `rule` names the rule that produced the run, then the one that
/// decided its outcome if another ("Schedule #3 … → Intune: at most one maintenance sync …");
/// its `source` is that of the deciding rule when there is one, because that is what the
/// row's claim (blocked, throttled, missed) rests on, and otherwise that of the producing rule.
pub fn view(report: &DeviceReport, lang: Lang) -> View {
    let w = Words::new(report, lang);
    let (mut lanes, slot) = w.lanes();
    let mut rows: Vec<Row> = report
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| Row {
            at: e.at,
            end: None,
            lane: slot
                .get(usize::from(e.lane.rank()))
                .copied()
                .flatten()
                .unwrap_or(0),
            tone: tone(e),
            what: w.what(e),
            why: w.why(i, e),
            rule: w.rule_text(e),
            source: e.reason.unwrap_or(e.rule).source(),
            mark: Mark::Plain,
        })
        .collect();
    if let Some((lane, deadlines)) = w.deadline_rows(lanes.len()) {
        lanes.push(lane);
        rows.extend(deadlines);
        // Stable: rows at one instant keep the engine's order, deadlines after them.
        crate::engine::sort_by_instant(&mut rows, |r| r.at);
    }
    View {
        lanes,
        rows,
        shades: shades::shades(report, lang),
        warnings: warnings::warnings(report, lang),
        truncated: report.truncated,
    }
}

/// The one-sentence answer at `now`; `fmt` formats instants for the reader (dates in the
/// detail and the consequence).
pub fn answer(
    report: &DeviceReport,
    now: Instant,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> Answer {
    let w = Words::new(report, lang);
    let answers = report.answers(now);
    // What blocks syncing at now comes first, so the answer never names a time without it.
    let blocker = w.blocker(now, answers.next_sync.map(|n| n.at), fmt);
    let lead = |rest: Option<String>| -> Option<String> {
        let mut parts = vec![sentences(lang, &blocker)];
        parts.extend(rest);
        let joined: Vec<String> = parts.into_iter().filter(|p| !p.is_empty()).collect();
        (!joined.is_empty()).then(|| joined.join(sep(lang)))
    };
    match answers.next_sync {
        Some(next) => Answer::Next {
            at: next.at,
            by: w.next_by(&next),
            detail: lead(w.next_detail(&answers, fmt)),
        },
        None => {
            let reason = answers.no_future_sync.unwrap_or(NoSyncReason::HorizonEnds);
            Answer::Never {
                why: w.never_why(reason),
                consequence: lead(w.consequence(&answers, reason, fmt)),
            }
        }
    }
}

/// How an event went, as a colour: a catch-up that synced is told apart from an on-time sync,
/// and the IME's check-ins are plain syncs on their own lane.
fn tone(e: &Event) -> Tone {
    match e.outcome {
        Outcome::Synced | Outcome::SyncedMaintenanceLimited { .. } if e.lane == Lane::CatchUp => {
            Tone::CaughtUp
        }
        Outcome::Synced | Outcome::SyncedMaintenanceLimited { .. } => Tone::Synced,
        Outcome::SkippedOff
        | Outcome::SkippedAsleep
        | Outcome::SkippedOffline { .. }
        | Outcome::Missed { .. } => Tone::Skipped,
        Outcome::BlockedPushService
        | Outcome::Throttled { .. }
        | Outcome::PushRateLimited { .. } => Tone::Blocked,
        // Not lost: the push reaches the device after the simulated period.
        Outcome::PendingPastHorizon { .. } => Tone::Info,
        // Kept (rather than dropped) so the timeline shows that the second task fired too; the
        // surviving session's sentence says so as well.
        Outcome::Merged { .. } => Tone::Info,
    }
}

/// The sentence builder for one report in one language. Its methods are spread over this
/// folder's files, one concern each.
struct Words<'a> {
    report: &'a DeviceReport,
    lang: Lang,
    /// Whether the poll sets are Windows Task Scheduler tasks (named "Schedule #n").
    windows: bool,
}

impl<'a> Words<'a> {
    fn new(report: &'a DeviceReport, lang: Lang) -> Self {
        Self {
            report,
            lang,
            windows: report.platform.is_windows(),
        }
    }

    /// `noun` as a template's hole that Japanese kana follow ("{0}の遅延実行"): in Japanese
    /// with the half-width space Latin text takes before kana ("スケジュール #3 の"), decided
    /// by [`ja_after`]; in English as it is.
    fn lead(&self, noun: &str) -> String {
        if self.lang != Lang::Ja {
            return noun.to_owned();
        }
        // "の" stands for whichever kana the template puts after the hole.
        let joined = ja_after(noun, "の");
        joined.strip_suffix('の').unwrap_or(&joined).to_owned()
    }

    /// A length of time in this language ("2 h 13 min", "2時間13分").
    fn span(&self, secs: i64) -> String {
        super::grammar::span(self.lang, secs)
    }
}

/// The poll set (0..3) behind a lane, if it is a poll-set lane.
fn set_index(lane: Lane) -> Option<usize> {
    match lane {
        Lane::Schedule1 => Some(0),
        Lane::Schedule2 => Some(1),
        Lane::Schedule3 => Some(2),
        _ => None,
    }
}
