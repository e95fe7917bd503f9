//! Device reports in words: the Intune engine's codes (lane, rule, outcome, timing) turned into
//! the lanes, rows, shaded spans, warnings and one-sentence answer people read, in Japanese or
//! English.
//!
//! The engine stays language-free so that its events can be tested and serialized as data; this
//! module is the one place where a `Missed { state: Off, caught_up_at }` becomes "missed: the
//! device was off when Schedule #3 was due; caught up 2 d 1 h later, 10 min after boot". It is
//! pure (no web types, no clock) and bounded by the report's size, so every sentence is tested
//! natively.
//!
//! Naming. On Windows the poll sets are the enrollment client's Task Scheduler tasks, so their
//! lanes are "Schedule #1".."Schedule #3" and "Login Schedule" ("Schedule #1 created by
//! enrollment client" is too long for a lane). Elsewhere there are no tasks, so a poll set is
//! named by what it does, "Every 3 minutes (first 15 min)", "About every 8 hours", taken from
//! the report's poll plan. The report does not carry the platform; it is read from the report's
//! notes (only non-Windows reports carry `task_scheduler_model_assumed` or
//! `undocumented_platform`), so the view and the answer, which has no scenario, name lanes
//! alike.
//!
//! Times inside row sentences are relative to the row ("2 h 5 min earlier"): the row's own
//! instant is shown beside it in the reader's zone, and `view` has no formatter. The answer,
//! which gets one, gives dates with it.

use super::grammar::{every, span};
use super::{Answer, Lane as ViewLane, Row, Shade, ShadeKind, Tone, View};
use crate::engine::Instant;
use crate::engine::intune::rules::MAINTENANCE_SPACING;
use crate::engine::intune::{
    Deadline, DeviceAnswers, DeviceReport, DeviceScenario, Down, Event, Lane, NoSyncReason, Note,
    Outcome, PushServiceImpact, Rule, SyncRef, Timing,
};
use crate::engine::limits::MAX_EVENTS;
use crate::engine::time::Window;
use crate::i18n::Lang;

/// Seconds in a day.
const DAY: i64 = 86_400;

/// How close a future compliance deadline must be for the "next sync" answer to mention it:
/// about a week, the span in which an admin can still act on it.
const DEADLINE_NOTICE_SECS: i64 = 7 * DAY;

/// Lanes, rows, shades and warnings for the timeline and the event list.
///
/// The report carries no disruption windows, so the scenario it was simulated from is passed
/// too; only its `power_off`, `sleep`, `offline`, `push_service_disabled` and
/// `push_service_impact` are read. Everything else comes from the report.
///
/// Every event becomes a row, merged runs included (as [`Tone::Info`]; the session they
/// joined says so too). A row's `rule` names the rule that produced the run, then the one that
/// decided its outcome if another ("Schedule #3 … → Intune: at most one maintenance sync …");
/// its `source` is that of the deciding rule when there is one, because that is what the
/// row's claim (blocked, throttled, missed) rests on, and otherwise that of the producing rule.
pub fn view(report: &DeviceReport, device: &DeviceScenario, lang: Lang) -> View {
    let w = Words::new(report, lang);
    let (lanes, slot) = w.lanes();
    let rows = report
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
        })
        .collect();
    View {
        lanes,
        rows,
        shades: shades(device, &report.horizon, lang),
        warnings: warnings(report, device, lang),
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
    match answers.next_sync {
        Some(next) => Answer::Next {
            at: next.at,
            by: w.next_by(&next),
            detail: w.next_detail(&answers, fmt),
        },
        None => {
            let reason = answers.no_future_sync.unwrap_or(NoSyncReason::HorizonEnds);
            Answer::Never {
                why: w.never_why(reason),
                consequence: w.consequence(&answers, reason, fmt),
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
        Outcome::PendingPastHorizon { .. } => Tone::Info,
        // Kept (rather than dropped) so the timeline shows that the second task fired too; the
        // surviving session's sentence says so as well.
        Outcome::Merged { .. } => Tone::Info,
    }
}

/// What kept a run from happening.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cond {
    Off,
    Asleep,
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

/// The sentence builder for one report in one language.
struct Words<'a> {
    report: &'a DeviceReport,
    lang: Lang,
    /// Whether the poll sets are Windows Task Scheduler tasks (named "Schedule #n").
    windows: bool,
}

impl<'a> Words<'a> {
    fn new(report: &'a DeviceReport, lang: Lang) -> Self {
        let windows = !report.notes.iter().any(|n| {
            matches!(
                n,
                Note::TaskSchedulerModelAssumed | Note::UndocumentedPlatform
            )
        });
        Self {
            report,
            lang,
            windows,
        }
    }

    // ---- Lanes -------------------------------------------------------------------------

    /// The lanes that occur, in the engine's order, and each engine lane's index among them.
    fn lanes(&self) -> (Vec<ViewLane>, [Option<usize>; Lane::ALL.len()]) {
        let mut seen = [false; Lane::ALL.len()];
        for e in &self.report.events {
            if let Some(s) = seen.get_mut(usize::from(e.lane.rank())) {
                *s = true;
            }
        }
        let mut slot = [None; Lane::ALL.len()];
        let mut lanes = Vec::new();
        for (lane, (&on, index)) in Lane::ALL.iter().zip(seen.iter().zip(slot.iter_mut())) {
            if on {
                *index = Some(lanes.len());
                lanes.push(ViewLane {
                    key: lane.code(),
                    label: self.lane_label(*lane),
                });
            }
        }
        (lanes, slot)
    }

    /// A lane's name as the timeline shows it.
    fn lane_label(&self, lane: Lane) -> String {
        let lang = self.lang;
        if let Some(idx) = set_index(lane) {
            return self.set_label(idx);
        }
        let (en, ja) = match lane {
            Lane::Login if self.windows => ("Login Schedule", "ログオン スケジュール"),
            Lane::Login => ("At logon", "ログオン時"),
            Lane::CatchUp => ("Catch-up", "遅延実行"),
            Lane::ManualSettings => ("Manual (Settings)", "手動同期 (設定)"),
            Lane::ManualCompanyPortal => ("Manual (Company Portal)", "手動同期 (ポータル サイト)"),
            Lane::Push => ("Push (admin)", "管理者による同期 (プッシュ)"),
            Lane::Ime => ("IME", "IME"),
            // Poll-set lanes returned above.
            Lane::Schedule1 | Lane::Schedule2 | Lane::Schedule3 => ("Schedule", "スケジュール"),
        };
        match lang {
            Lang::Ja => ja.to_owned(),
            Lang::En => en.to_owned(),
        }
    }

    /// How often poll set `idx` runs ("about every 8 hours"), and in which phase ("first
    /// 15 min"), from the plan. `None` when the plan has no such set.
    fn set_every(&self, idx: usize) -> Option<(String, Option<String>)> {
        let lang = self.lang;
        let sets = &self.report.plan.sets;
        let set = sets.get(idx).copied().flatten()?;
        // The published table says "about every 8 hours"; a custom interval is exact.
        let about =
            !self.windows && matches!(set.rule, Rule::RefreshEvery8H | Rule::LegacyRefreshEvery8H);
        let often = every(lang, set.interval);
        let often = match (lang, about) {
            (Lang::Ja, true) => format!("約{often}"),
            (Lang::En, true) => format!("about {often}"),
            (_, false) => often,
        };
        let phase = (!set.is_indefinite()).then(|| {
            let length = span(lang, i64::from(set.interval.secs()) * i64::from(set.count));
            let first = sets.iter().take(idx).all(Option::is_none);
            match (lang, first) {
                (Lang::Ja, true) => format!("最初の{length}"),
                (Lang::Ja, false) => format!("続く{length}"),
                (Lang::En, true) => format!("first {length}"),
                (Lang::En, false) => format!("next {length}"),
            }
        });
        Some((often, phase))
    }

    /// A poll set's lane name: the Windows task, or what the set does.
    fn set_label(&self, idx: usize) -> String {
        let (lang, n) = (self.lang, idx + 1);
        if self.windows {
            return match lang {
                Lang::Ja => format!("スケジュール #{n}"),
                Lang::En => format!("Schedule #{n}"),
            };
        }
        match (self.set_every(idx), lang) {
            (Some((often, Some(phase))), Lang::Ja) => format!("{often}（{phase}）"),
            (Some((often, None)), Lang::Ja) => often,
            (Some((often, Some(phase))), Lang::En) => format!("{} ({phase})", capitalize(&often)),
            (Some((often, None)), Lang::En) => capitalize(&often),
            (None, Lang::Ja) => format!("ポーリング セット {n}"),
            (None, Lang::En) => format!("Poll set {n}"),
        }
    }

    /// A poll set as the subject of a sentence: "Schedule #3", "the scheduled check-in (about
    /// every 8 hours)".
    fn set_noun(&self, idx: usize) -> String {
        if self.windows {
            return self.set_label(idx);
        }
        match (self.set_every(idx), self.lang) {
            (Some((often, Some(phase))), Lang::Ja) => {
                format!("定期チェックイン（{often}、{phase}）")
            }
            (Some((often, None)), Lang::Ja) => format!("定期チェックイン（{often}）"),
            (Some((often, Some(phase))), Lang::En) => {
                format!("the scheduled check-in ({often}, {phase})")
            }
            (Some((often, None)), Lang::En) => format!("the scheduled check-in ({often})"),
            (None, _) => self.set_label(idx),
        }
    }

    /// A lane as the subject of a sentence.
    fn lane_noun(&self, lane: Lane) -> String {
        if let Some(idx) = set_index(lane) {
            return self.set_noun(idx);
        }
        let (en, ja) = match lane {
            Lane::Login if self.windows => ("the Login Schedule", "ログオン スケジュール"),
            Lane::Login => ("the poll at logon", "ログオン時のポーリング"),
            Lane::CatchUp => ("a catch-up run", "遅延実行"),
            Lane::ManualSettings => ("the manual sync in Settings", "設定アプリからの手動同期"),
            Lane::ManualCompanyPortal => (
                "the manual sync in Company Portal",
                "ポータル サイトからの手動同期",
            ),
            Lane::Push => ("the admin's push", "管理者によるプッシュ"),
            Lane::Ime => ("the IME check-in", "IME のチェックイン"),
            Lane::Schedule1 | Lane::Schedule2 | Lane::Schedule3 => ("a poll", "ポーリング"),
        };
        match self.lang {
            Lang::Ja => ja.to_owned(),
            Lang::En => en.to_owned(),
        }
    }

    /// An event as the subject of a sentence: a catch-up names the task it stands for.
    fn event_noun(&self, e: &Event) -> String {
        if let Timing::CatchUp { for_lane, .. } = e.timing {
            let of = self.lane_noun(for_lane);
            let retry = e.rule == Rule::NetworkRetry;
            return match (self.lang, retry) {
                (Lang::Ja, false) => ja_after(&of, "の遅延実行"),
                (Lang::Ja, true) => ja_after(&of, "の再試行"),
                (Lang::En, false) => format!("the catch-up of {of}"),
                (Lang::En, true) => format!("the retry of {of}"),
            };
        }
        self.lane_noun(e.lane)
    }

    // ---- Rows: short label -------------------------------------------------------------

    /// The short label of a row: "Synced", "Missed: device off".
    fn what(&self, e: &Event) -> String {
        let lang = self.lang;
        let cond = |c: Cond| match (lang, c) {
            (Lang::Ja, Cond::Off) => "電源オフ",
            (Lang::Ja, Cond::Asleep) => "スリープ中",
            (Lang::Ja, Cond::Offline) => "オフライン",
            (Lang::En, Cond::Off) => "device off",
            (Lang::En, Cond::Asleep) => "asleep",
            (Lang::En, Cond::Offline) => "offline",
        };
        let skipped = |c: Cond| {
            let head = match (lang, e.lane) {
                (Lang::Ja, Lane::Push) => "プッシュ未達",
                (Lang::Ja, Lane::Ime) => "IME スキップ",
                (Lang::Ja, _) => "スキップ",
                (Lang::En, Lane::Push) => "Push lost",
                (Lang::En, Lane::Ime) => "IME skipped",
                (Lang::En, _) => "Skipped",
            };
            format!("{head}: {}", cond(c))
        };
        match e.outcome {
            Outcome::Synced => {
                let (en, ja) = match e.lane {
                    Lane::Ime => ("IME check-in", "IME チェックイン"),
                    Lane::CatchUp if e.rule == Rule::NetworkRetry => {
                        ("Retried: synced", "再試行で同期")
                    }
                    Lane::CatchUp => ("Caught up", "遅延実行で同期"),
                    _ => ("Synced", "同期"),
                };
                match lang {
                    Lang::Ja => ja.to_owned(),
                    Lang::En => en.to_owned(),
                }
            }
            Outcome::SyncedMaintenanceLimited { .. } => crate::present::text::Text::new(
                "Synced; maintenance may be skipped",
                "同期（メンテナンス処理は省略の可能性）",
            )
            .get(lang)
            .to_owned(),
            Outcome::SkippedOff => skipped(Cond::Off),
            Outcome::SkippedAsleep => skipped(Cond::Asleep),
            Outcome::SkippedOffline { .. } => skipped(Cond::Offline),
            Outcome::Missed { state, .. } => match lang {
                Lang::Ja => format!("未実行: {}", cond(state.into())),
                Lang::En => format!("Missed: {}", cond(state.into())),
            },
            Outcome::BlockedPushService => match lang {
                Lang::Ja => "ブロック: プッシュ サービス無効".to_owned(),
                Lang::En => "Blocked: push service disabled".to_owned(),
            },
            Outcome::Throttled { .. } => match lang {
                Lang::Ja => "抑制: メンテナンス同期の制限".to_owned(),
                Lang::En => "Throttled: maintenance limit".to_owned(),
            },
            Outcome::PushRateLimited { .. } => crate::present::text::Text::new(
                "Push not sent: one per 30 min",
                "プッシュ未送信: 30分に1回まで",
            )
            .get(lang)
            .to_owned(),
            Outcome::PendingPastHorizon { .. } => crate::present::text::Text::new(
                "Push pending past the horizon",
                "プッシュ保留（期間外）",
            )
            .get(lang)
            .to_owned(),
            Outcome::Merged { into } => {
                let into = self.lane_label(into);
                match lang {
                    Lang::Ja => ja_after(&into, "に統合"),
                    Lang::En => format!("Merged into {into}"),
                }
            }
        }
    }

    // ---- Rows: the sentence ------------------------------------------------------------

    /// The sentence that says why: outcome first, then what ran and when.
    fn why(&self, i: usize, e: &Event) -> String {
        match e.outcome {
            Outcome::Synced if e.lane == Lane::Ime => self.ime_why(e, None),
            Outcome::Synced if e.lane == Lane::CatchUp => {
                let mut s = self.caught_up_why(e);
                s.push_str(&self.merged_note(i, e));
                s
            }
            Outcome::Synced => {
                let trigger = self.trigger(e);
                let note = self.merged_note(i, e);
                match self.lang {
                    Lang::Ja => format!("同期: {trigger}{note}"),
                    Lang::En => format!("synced: {trigger}{note}"),
                }
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
            } => crate::present::text::Text::new(
                "not sent: Intune sends at most one push per device every {0}; the previous went {1} earlier, so the next can go {2} later (community report); the change waits for the next check-in",
                "未送信: Intune がデバイスに送るプッシュは{0}に1回まで。前回は{1}前のため、次に送れるのは{2}後（コミュニティの報告）。変更は次回のチェックインで反映",
            )
            .fill(
                self.lang,
                &[
                    &span(self.lang, (allowed_from - previous).num_seconds()),
                    &span(self.lang, (e.at - previous).num_seconds()),
                    &span(self.lang, (allowed_from - e.at).num_seconds()),
                ],
            ),
            Outcome::PendingPastHorizon { earliest } => crate::present::text::Text::new(
                "pending: the admin pressed Sync, and the push reaches the device {0} later at the earliest, after the simulated period; it is not lost",
                "保留: 管理者が [同期] を実行し、プッシュがデバイスに届くのは早くても{0}後で、シミュレーション期間の後。失われてはいない",
            )
            .fill(
                self.lang,
                &[&span(self.lang, (earliest - e.at).num_seconds())],
            ),
            Outcome::Merged { into } => self.merged_why(i, e, into),
        }
    }

    /// What ran, for runs that did start: "Schedule #3 ran on time (every 8 hours)".
    fn trigger(&self, e: &Event) -> String {
        let lang = self.lang;
        match e.lane {
            Lane::Schedule1 | Lane::Schedule2 | Lane::Schedule3 => self.poll_trigger(e),
            Lane::Login if self.windows => match lang {
                Lang::Ja => "ユーザーのログオンでログオン スケジュールが実行".to_owned(),
                Lang::En => "a user signed in and the Login Schedule ran".to_owned(),
            },
            Lane::Login => match lang {
                Lang::Ja => "ユーザーのログオンでポーリングが実行".to_owned(),
                Lang::En => "a user signed in and the device polled at logon".to_owned(),
            },
            Lane::CatchUp => self.catch_up_trigger(e),
            Lane::ManualSettings => match lang {
                Lang::Ja => "ユーザーが設定アプリで [同期] を実行".to_owned(),
                Lang::En => "the user pressed Sync in Settings".to_owned(),
            },
            Lane::ManualCompanyPortal => match lang {
                Lang::Ja => "ユーザーがポータル サイトで [同期] を実行".to_owned(),
                Lang::En => "the user pressed Sync in Company Portal".to_owned(),
            },
            Lane::Push => {
                let delay = match e.timing {
                    Timing::Delivered { delay, .. } => i64::from(delay.secs()),
                    _ => 0,
                };
                match (lang, delay) {
                    (Lang::Ja, 0) => {
                        "管理者が Intune 管理センターで [同期] を実行し、プッシュが即時に到着"
                            .to_owned()
                    }
                    (Lang::Ja, d) => format!(
                        "管理者が Intune 管理センターで [同期] を実行し、プッシュが{}後に到着",
                        span(lang, d)
                    ),
                    (Lang::En, 0) => {
                        "an admin pressed Sync in the Intune admin center and the push arrived at once"
                            .to_owned()
                    }
                    (Lang::En, d) => format!(
                        "an admin pressed Sync in the Intune admin center and the push arrived {} later",
                        span(lang, d)
                    ),
                }
            }
            Lane::Ime => self.ime_cause(e.rule),
        }
    }

    /// A poll set's run that started: on time, or moved by a random delay.
    fn poll_trigger(&self, e: &Event) -> String {
        let lang = self.lang;
        let idx = set_index(e.lane).unwrap_or(0);
        let noun = self.set_noun(idx);
        if let Timing::RandomDelay { delay, .. } = e.timing {
            let late = span(lang, i64::from(delay.secs()));
            return match (lang, self.windows) {
                (Lang::Ja, true) => format!(
                    "{}タスク スケジューラのランダム遅延により{late}遅れて実行",
                    ja_after(&noun, "が")
                ),
                (Lang::Ja, false) => {
                    format!(
                        "{}ランダム遅延により{late}遅れて実行",
                        ja_after(&noun, "が")
                    )
                }
                (Lang::En, true) => {
                    format!("{noun} ran {late} late (Task Scheduler random delay)")
                }
                (Lang::En, false) => format!("{noun} ran {late} late (random delay)"),
            };
        }
        // Windows names a task, so say how often it runs; elsewhere the name already says it.
        let often = self
            .set_every(idx)
            .filter(|_| self.windows)
            .map(|(often, _)| often);
        match (lang, often) {
            (Lang::Ja, Some(o)) => format!("{}予定どおり実行（{o}）", ja_after(&noun, "が")),
            (Lang::Ja, None) => format!("{}予定どおり実行", ja_after(&noun, "が")),
            (Lang::En, Some(o)) => format!("{noun} ran on time ({o})"),
            (Lang::En, None) => format!("{noun} ran on time"),
        }
    }

    /// The runs a catch-up stands for: "the run of Schedule #3 due 2 d earlier".
    fn stood_for(&self, e: &Event) -> String {
        let lang = self.lang;
        let Timing::CatchUp {
            for_lane,
            first_due,
            count,
            ..
        } = e.timing
        else {
            return self.lane_noun(e.lane);
        };
        let of = self.lane_noun(for_lane);
        let due = span(lang, (e.at - first_due).num_seconds());
        match (lang, count) {
            (Lang::Ja, 0 | 1) => format!("{}（{due}前に予定）", ja_after(&of, "の実行")),
            (Lang::Ja, n) => format!("{}{n}回分（最初は{due}前に予定）", ja_after(&of, "の実行")),
            (Lang::En, 0 | 1) => format!("the run of {of} due {due} earlier"),
            (Lang::En, n) => format!("{n} runs of {of}, the first due {due} earlier,"),
        }
    }

    /// A catch-up that started (for the sentences of blocked, throttled or merged catch-ups).
    fn catch_up_trigger(&self, e: &Event) -> String {
        let lang = self.lang;
        let runs = self.stood_for(e);
        if e.rule == Rule::NetworkRetry {
            return match lang {
                Lang::Ja => format!("{runs}がネットワーク復帰時に再試行"),
                Lang::En => format!("{runs} was retried when the network returned"),
            };
        }
        let after = self.after_up(e);
        match lang {
            Lang::Ja => format!("{runs}が{after}に遅れて実行"),
            Lang::En => format!("{runs} ran late, {after}"),
        }
    }

    /// How long after the device came back a catch-up ran: "10 min after boot", "at wake".
    fn after_up(&self, e: &Event) -> String {
        let lang = self.lang;
        let (delay, down) = match e.timing {
            Timing::CatchUp {
                for_lane,
                last_due,
                delay,
                ..
            } => (
                i64::from(delay.secs()),
                self.missed_state(for_lane, last_due),
            ),
            _ => (0, None),
        };
        let (en, ja) = match down {
            Some(Down::Off) => ("boot", "起動"),
            Some(Down::Asleep) => ("wake", "スリープ解除"),
            None => ("the device was back", "復帰"),
        };
        match (lang, delay) {
            (Lang::Ja, 0) => format!("{ja}時"),
            (Lang::Ja, d) => format!("{ja}から{}後", span(lang, d)),
            (Lang::En, 0) => format!("at {en}"),
            (Lang::En, d) => format!("{} after {en}", span(lang, d)),
        }
    }

    /// A catch-up that synced.
    fn caught_up_why(&self, e: &Event) -> String {
        let lang = self.lang;
        let runs = self.stood_for(e);
        let several = matches!(e.timing, Timing::CatchUp { count, .. } if count > 1);
        let rule = self.catch_up_rule_words(e.rule);
        if e.rule == Rule::NetworkRetry {
            return match (lang, several) {
                (Lang::Ja, _) => format!(
                    "再試行で同期: ネットワーク不通のため{runs}がスキップされ、ネットワーク復帰時に実行（{rule}）"
                ),
                (Lang::En, false) => format!(
                    "retried: {runs} was skipped for want of network; it ran when the network returned ({rule})"
                ),
                (Lang::En, true) => format!(
                    "retried: {runs} were skipped for want of network; one retry ran when the network returned ({rule})"
                ),
            };
        }
        let after = self.after_up(e);
        let down = match e.timing {
            Timing::CatchUp {
                for_lane, last_due, ..
            } => self.missed_state(for_lane, last_due),
            _ => None,
        };
        let (en, ja) = match down {
            Some(Down::Off) => ("off", "電源オフ"),
            Some(Down::Asleep) => ("asleep", "スリープ中"),
            None => ("down", "停止中"),
        };
        match (lang, several) {
            (Lang::Ja, false) => {
                format!("遅延実行で同期: {ja}のため{runs}が行われず、{after}に実行（{rule}）")
            }
            (Lang::Ja, true) => format!(
                "遅延実行で同期: {ja}のため{runs}が行われず、{after}にまとめて1回実行（{rule}）"
            ),
            (Lang::En, false) => format!(
                "caught up: {runs} was missed while the device was {en}; it ran {after} ({rule})"
            ),
            (Lang::En, true) => format!(
                "caught up: {runs} were missed while the device was {en}; one catch-up ran {after} ({rule})"
            ),
        }
    }

    /// A scheduled start missed while the device was down, queued for a catch-up.
    fn missed_why(&self, e: &Event, state: Down, caught_up_at: Option<Instant>) -> String {
        let lang = self.lang;
        let noun = self.event_noun(e);
        let rule = self.catch_up_rule_words(e.reason.unwrap_or(Rule::CatchUpAssumed));
        let (en, ja) = match state {
            Down::Off => ("off", "電源オフ"),
            Down::Asleep => ("asleep", "スリープ中"),
        };
        let Some(at) = caught_up_at else {
            return match lang {
                Lang::Ja => format!(
                    "未実行: {}{ja}。遅延実行は期間の終了後（{rule}）",
                    ja_after(&noun, "の予定時刻に")
                ),
                Lang::En => format!(
                    "missed: the device was {en} when {noun} was due; the catch-up falls after the end of the horizon ({rule})"
                ),
            };
        };
        let later = span(lang, (at - e.at).num_seconds());
        let after = self.catch_up_for(e.lane, at).map(|c| self.after_up(c));
        match (lang, after) {
            (Lang::Ja, Some(after)) => format!(
                "未実行: {}{ja}。{later}後（{after}）に遅延実行（{rule}）",
                ja_after(&noun, "の予定時刻に")
            ),
            (Lang::Ja, None) => format!(
                "未実行: {}{ja}。{later}後に遅延実行（{rule}）",
                ja_after(&noun, "の予定時刻に")
            ),
            (Lang::En, Some(after)) => format!(
                "missed: the device was {en} when {noun} was due; caught up {later} later, {after} ({rule})"
            ),
            (Lang::En, None) => format!(
                "missed: the device was {en} when {noun} was due; caught up {later} later ({rule})"
            ),
        }
    }

    /// A run that could not happen: device off, asleep or offline.
    fn skipped_why(&self, e: &Event, cond: Cond, retried_at: Option<Instant>) -> String {
        let lang = self.lang;
        let (en, ja) = match cond {
            Cond::Off => ("off", "電源オフ"),
            Cond::Asleep => ("asleep", "スリープ中"),
            Cond::Offline => ("offline", "オフライン"),
        };
        let noun = self.event_noun(e);
        match e.lane {
            Lane::Ime => self.ime_why(e, Some(cond)),
            Lane::Push => match lang {
                Lang::Ja => format!(
                    "未達: 管理者のプッシュ到着時にデバイスが{ja}。変更は次回のチェックインで反映"
                ),
                Lang::En => format!(
                    "lost: the admin's push found the device {en}; the change waits for the next check-in"
                ),
            },
            Lane::ManualSettings | Lane::ManualCompanyPortal => match lang {
                Lang::Ja => format!("スキップ: ユーザーが [同期] を実行したが、デバイスが{ja}"),
                Lang::En => format!("skipped: the user pressed Sync, but the device was {en}"),
            },
            _ if cond == Cond::Offline => {
                let network = self.network_clause(e);
                let retried = retried_at.map(|t| span(lang, (t - e.at).num_seconds()));
                let tail = match (lang, retried) {
                    (Lang::Ja, Some(later)) => format!("。{later}後、ネットワーク復帰時に再試行"),
                    (Lang::En, Some(later)) => {
                        format!("; retried {later} later, when the network returned")
                    }
                    (_, None) => String::new(),
                };
                match (lang, e.lane) {
                    (Lang::Ja, Lane::CatchUp) => format!(
                        "スキップ: {}ネットワークなし{network}{tail}",
                        ja_after(&noun, "の時点で")
                    ),
                    (Lang::Ja, _) => format!(
                        "スキップ: {}ネットワークなし{network}{tail}",
                        ja_after(&noun, "の予定時刻に")
                    ),
                    (Lang::En, Lane::CatchUp) => {
                        format!("skipped: {noun} found no network{network}{tail}")
                    }
                    (Lang::En, _) => {
                        format!("skipped: no network when {noun} was due{network}{tail}")
                    }
                }
            }
            Lane::CatchUp => match lang {
                Lang::Ja => format!(
                    "スキップ: {}{ja}。遅延実行は無効のため、この実行は失われる",
                    ja_after(&noun, "の時点で")
                ),
                Lang::En => format!(
                    "skipped: {noun} found the device {en}, and catch-up is turned off, so the run is lost"
                ),
            },
            _ => {
                // Windows cites the tasks' missing WakeToRun; elsewhere nothing is documented.
                let no_wake = e.reason == Some(Rule::NoWakeToRun);
                match (lang, no_wake) {
                    (Lang::Ja, true) => format!(
                        "スキップ: {}{ja}。タスクはデバイスを起動せず、遅延実行も無効のため、この実行は失われる",
                        ja_after(&noun, "の予定時刻に")
                    ),
                    (Lang::Ja, false) => format!(
                        "スキップ: {}{ja}。遅延実行は無効のため、この実行は失われる",
                        ja_after(&noun, "の予定時刻に")
                    ),
                    (Lang::En, true) => format!(
                        "skipped: the device was {en} when {noun} was due; the tasks do not wake it and catch-up is turned off, so this run is lost"
                    ),
                    (Lang::En, false) => format!(
                        "skipped: the device was {en} when {noun} was due, and catch-up is turned off, so this run is lost"
                    ),
                }
            }
        }
    }

    /// The Task Scheduler network condition, when the event cites it (Windows only).
    fn network_clause(&self, e: &Event) -> String {
        if e.reason != Some(Rule::RunOnlyIfNetworkAvailable) {
            return String::new();
        }
        match self.lang {
            Lang::Ja => "（ネットワーク接続が使用可能な場合のみタスクを開始する）".to_owned(),
            Lang::En => " (the task starts only if a network connection is available)".to_owned(),
        }
    }

    /// A run refused because dmwappushservice is Disabled.
    fn blocked_why(&self, e: &Event) -> String {
        let trigger = self.trigger(e);
        let push_only = e.reason == Some(Rule::PushServiceDisabledPushOnly);
        match (self.lang, push_only) {
            (Lang::Ja, false) => format!(
                "ブロック: dmwappushservice が無効のため MDM セッションが開始しない（参考記事からの推論）。{trigger}"
            ),
            (Lang::Ja, true) => format!(
                "ブロック: dmwappushservice が無効のため、プッシュによるセッションは開始しない（設定値: プッシュのみ影響）。{trigger}"
            ),
            (Lang::En, false) => format!(
                "blocked: dmwappushservice is disabled, so no MDM session starts (inference from the seed article); {trigger}"
            ),
            (Lang::En, true) => format!(
                "blocked: dmwappushservice is disabled, so a session started by a push is lost (chosen setting: pushes only); {trigger}"
            ),
        }
    }

    /// A maintenance run refused by the service's 6.5-hour limit.
    fn throttled_why(&self, e: &Event, previous: Instant, allowed_from: Instant) -> String {
        let lang = self.lang;
        let limit = span(lang, i64::from(MAINTENANCE_SPACING.secs()));
        let before = span(lang, (e.at - previous).num_seconds());
        let wait = span(lang, (allowed_from - e.at).num_seconds());
        let trigger = self.trigger(e);
        match lang {
            Lang::Ja => format!(
                "抑制: Intune のメンテナンス同期は{limit}に1回まで。前回は{before}前のため、次に受け付けられるのは{wait}後。{trigger}"
            ),
            Lang::En => format!(
                "throttled: Intune allows one maintenance sync per {limit}; the previous was {before} earlier, so the service accepts the next {wait} later; {trigger}"
            ),
        }
    }

    /// A maintenance run inside the 6.5-hour limit, read leniently: it checks in, but the
    /// service may skip its maintenance work.
    fn maintenance_limited_why(
        &self,
        e: &Event,
        previous: Instant,
        allowed_from: Instant,
    ) -> String {
        let lang = self.lang;
        let limit = span(lang, i64::from(MAINTENANCE_SPACING.secs()));
        let before = span(lang, (e.at - previous).num_seconds());
        let wait = span(lang, (allowed_from - e.at).num_seconds());
        let trigger = self.trigger(e);
        crate::present::text::Text::new(
            "synced: the device checks in, but Intune allows one maintenance sync per {0} and the previous was {1} earlier, so the service may skip this session's maintenance work until {2} later (reading of the limit: the check-in still happens); {3}",
            "同期: デバイスはチェックインするが、Intune のメンテナンス同期は{0}に1回までで前回は{1}前のため、{2}後まではこのセッションのメンテナンス処理が省略される可能性がある（制限の解釈: チェックイン自体は行われる）。{3}",
        )
        .fill(lang, &[&limit, &before, &wait, &trigger])
    }

    /// A run that joined a session another run started at the same instant.
    fn merged_why(&self, i: usize, e: &Event, into: Lane) -> String {
        let noun = self.event_noun(e);
        let into_noun = self
            .session_at(i, into)
            .map_or_else(|| self.lane_noun(into), |s| self.event_noun(s));
        match self.lang {
            Lang::Ja => format!(
                "統合: 同時刻に{}セッションを開始したため、{}そのセッションに含まれる（1つのセッション、設定値）",
                ja_after(&into_noun, "が"),
                ja_after(&noun, "は")
            ),
            Lang::En => format!(
                "merged: {into_noun} started a session at this very instant, and {noun} joined it: one session (chosen setting)"
            ),
        }
    }

    /// For a session that synced, the runs that merged into it: "; Schedule #1 and Schedule #2
    /// fired at the same instant: one session". Empty when none did. Many catch-ups at one
    /// instant (one per missed run) are counted rather than listed one by one.
    fn merged_note(&self, i: usize, e: &Event) -> String {
        let mut joined: Vec<(String, usize)> = Vec::new();
        let merged = self
            .report
            .events
            .iter()
            .skip(i + 1)
            .take_while(|o| o.at == e.at)
            .filter(|o| matches!(o.outcome, Outcome::Merged { into } if into == e.lane));
        for o in merged {
            let noun = self.event_noun(o);
            match joined.iter_mut().find(|(n, _)| *n == noun) {
                Some((_, count)) => *count += 1,
                None => joined.push((noun, 1)),
            }
        }
        let total: usize = joined.iter().map(|(_, n)| n).sum();
        let lang = self.lang;
        let first = self.event_noun(e);
        let named: Vec<String> = joined
            .into_iter()
            .map(|(noun, n)| match (lang, n) {
                (_, 1) => noun,
                (Lang::Ja, n) => format!("{noun}（{n}回）"),
                (Lang::En, n) => format!("{noun} ({n} runs)"),
            })
            .collect();
        match (lang, total) {
            (_, 0) => String::new(),
            (Lang::Ja, 1) => format!(
                "。{}{}同時刻に起動: 1つのセッション",
                ja_after(&first, "と"),
                ja_after(&named.concat(), "が")
            ),
            (Lang::Ja, n) => format!(
                "。同時刻にほかに{n}件の実行があり、このセッションに含まれる: {}",
                named.join("、")
            ),
            (Lang::En, 1) => format!(
                "; {first} and {} fired at the same instant: one session",
                named.concat()
            ),
            (Lang::En, n) => format!(
                "; {n} more runs fired at the same instant and joined this session: {}",
                and_list(&named)
            ),
        }
    }

    /// An IME check-in (synced when `skipped` is `None`). Never an MDM sync, and it says so.
    fn ime_why(&self, e: &Event, skipped: Option<Cond>) -> String {
        let lang = self.lang;
        let cause = self.ime_cause(e.rule);
        if let Some(cond) = skipped {
            let (en, ja) = match cond {
                Cond::Off => ("off", "電源オフ"),
                Cond::Asleep => ("asleep", "スリープ中"),
                Cond::Offline => ("offline", "オフライン"),
            };
            return match lang {
                Lang::Ja => format!(
                    "IME のチェックインをスキップ: デバイスが{ja}（{cause}）。MDM の同期ではない"
                ),
                Lang::En => {
                    format!("IME check-in skipped: the device was {en} ({cause}); not an MDM sync")
                }
            };
        }
        let timing = match e.timing {
            Timing::RandomDelay { delay, .. } => {
                let late = span(lang, i64::from(delay.secs()));
                match lang {
                    Lang::Ja => format!("、ランダム遅延により{late}遅れて実行"),
                    Lang::En => format!(", {late} late (random delay)"),
                }
            }
            Timing::AfterWake { due } => {
                let before = span(lang, (e.at - due).num_seconds());
                match lang {
                    Lang::Ja => format!("。{before}前のスリープ中に予定され、スリープ解除時に実行"),
                    Lang::En => {
                        format!("; due {before} earlier while the device slept, it ran at wake")
                    }
                }
            }
            _ => String::new(),
        };
        match lang {
            Lang::Ja => format!("IME のチェックイン（MDM の同期ではない）: {cause}{timing}"),
            Lang::En => format!("IME check-in, not an MDM sync: {cause}{timing}"),
        }
    }

    /// Why the IME checked in, as a clause.
    fn ime_cause(&self, rule: Rule) -> String {
        let (en, ja) = match rule {
            Rule::ImeServiceStart => (
                "its service started (enrollment or boot)",
                "サービス開始時（登録時または起動時）",
            ),
            Rule::ImeSignIn => ("a user signed in", "ユーザーのサインイン後"),
            Rule::ImeCompanyPortal => (
                "Sync was pressed in Company Portal",
                "ポータル サイトでの同期に伴って",
            ),
            Rule::ImeInterval8H => ("its 8-hour timer", "8時間ごとのタイマー"),
            Rule::ImeInterval1H => ("its hourly timer", "1時間ごとのタイマー"),
            _ => ("its own schedule", "IME 自身のスケジュール"),
        };
        match self.lang {
            Lang::Ja => ja.to_owned(),
            Lang::En => en.to_owned(),
        }
    }

    // ---- Rows: the rule ----------------------------------------------------------------

    /// The rule that produced the run, and the one that decided its outcome if another:
    /// "Schedule #3: every 8 hours, indefinitely → Intune: at most one maintenance sync…".
    fn rule_text(&self, e: &Event) -> String {
        let made = self.rule_words(e.rule);
        match e.reason.filter(|r| *r != e.rule) {
            Some(decided) => format!("{made} → {}", self.rule_words(decided)),
            None => made,
        }
    }

    /// A rule in words, as a title: what it says, briefly.
    fn rule_words(&self, rule: Rule) -> String {
        let custom = |idx: usize| self.custom_set_words(idx);
        let (en, ja) = match rule {
            Rule::WindowsSchedule1 => (
                "Schedule #1: every 3 minutes for 15 min from enrollment",
                "スケジュール #1: 登録時から15分間、3分ごと",
            ),
            Rule::WindowsSchedule2 => (
                "Schedule #2: every 15 minutes for 2 h, from 15 min after enrollment",
                "スケジュール #2: 登録の15分後から2時間、15分ごと",
            ),
            Rule::WindowsSchedule3 => (
                "Schedule #3: every 8 hours, indefinitely",
                "スケジュール #3: 8時間ごと（無期限）",
            ),
            Rule::WindowsLoginSchedule => (
                "Login Schedule: at any user's logon",
                "ログオン スケジュール: いずれかのユーザーのログオン時",
            ),
            Rule::RefreshEvery3MinFor15Min => (
                "Intune refresh interval: every 3 minutes for 15 min after enrollment",
                "Intune の更新間隔: 登録後15分間は3分ごと",
            ),
            Rule::RefreshEvery15MinFor2H => (
                "Intune refresh interval: then every 15 minutes for 2 h",
                "Intune の更新間隔: その後2時間は15分ごと",
            ),
            Rule::RefreshEvery15MinFor1H => (
                "Intune refresh interval: every 15 minutes for 1 h after enrollment",
                "Intune の更新間隔: 登録後1時間は15分ごと",
            ),
            Rule::RefreshEvery8H => (
                "Intune refresh interval: then about every 8 hours",
                "Intune の更新間隔: その後は約8時間ごと",
            ),
            Rule::LegacyRefreshEvery15MinFor6H => (
                "Earlier published interval: every 15 minutes for 6 h after enrollment",
                "以前の公開値: 登録後6時間は15分ごと",
            ),
            Rule::LegacyRefreshEvery8H => (
                "Earlier published interval: then about every 8 hours",
                "以前の公開値: その後は約8時間ごと",
            ),
            Rule::CustomPollFirst => return custom(0),
            Rule::CustomPollSecond => return custom(1),
            Rule::CustomPollRemaining => return custom(2),
            Rule::CustomPollOnLogin => (
                "Custom poll (DMClient CSP): at any user's logon (PollOnLogin)",
                "カスタム ポーリング (DMClient CSP): ユーザーのログオン時 (PollOnLogin)",
            ),
            Rule::ManualSyncSettings => (
                "Manual sync: Sync in Settings > Accounts > Access work or school",
                "手動同期: 設定 > アカウント > 職場または学校にアクセスする の [同期]",
            ),
            Rule::ManualSyncCompanyPortal => (
                "Manual sync: Sync in Company Portal",
                "手動同期: ポータル サイトの [同期]",
            ),
            Rule::AdminSyncPush => (
                "Admin sync: Sync in the Intune admin center, sent to the device as a push",
                "管理者による同期: Intune 管理センターの [同期]（プッシュで送信）",
            ),
            Rule::CatchUpStartWhenAvailable => (
                "Task Scheduler: run task as soon as possible after a scheduled start is missed",
                "タスク スケジューラ: スケジュールされた時刻にタスクを開始できなかった場合、すぐにタスクを実行する",
            ),
            Rule::CatchUpAssumed => (
                "Assumed: a missed check-in runs once the device is up again, as on Windows",
                "仮定: 実行できなかったチェックインは、Windows と同様にデバイスの復帰後に実行",
            ),
            Rule::NetworkRetry => (
                "Chosen setting: a run skipped for want of network starts when the network returns",
                "設定値: ネットワーク不通でスキップした実行はネットワーク復帰時に実行",
            ),
            Rule::ImeServiceStart => (
                "IME: checks in when its service starts (enrollment, boot)",
                "IME: サービス開始時（登録時・起動時）にチェックイン",
            ),
            Rule::ImeSignIn => (
                "IME: checks in after a user signs in",
                "IME: ユーザーのサインイン後にチェックイン",
            ),
            Rule::ImeCompanyPortal => (
                "IME: Company Portal's Sync also starts an IME check-in",
                "IME: ポータル サイトの同期で IME もチェックイン",
            ),
            Rule::ImeInterval8H => (
                "IME: checks in every 8 hours (IME documentation)",
                "IME: 8時間ごとにチェックイン（IME のドキュメント）",
            ),
            Rule::ImeInterval1H => (
                "IME: checks in every hour (Win32 app management documentation)",
                "IME: 1時間ごとにチェックイン（Win32 アプリ管理のドキュメント）",
            ),
            Rule::NoWakeToRun => (
                "Task Scheduler: the tasks do not wake the device, so a start while off or asleep is lost",
                "タスク スケジューラ: タスクはデバイスを起動しないため、電源オフやスリープ中の開始は失われる",
            ),
            Rule::RunOnlyIfNetworkAvailable => (
                "Task Scheduler: start only if a network connection is available",
                "タスク スケジューラ: ネットワーク接続が使用可能な場合のみタスクを開始する",
            ),
            Rule::PushNeedsReachableDevice => (
                "Push: reaches only a device that is on and online; otherwise the change waits for the next check-in",
                "プッシュ: 電源オンかつオンラインのデバイスにのみ届き、届かない場合は次回のチェックインまで待機",
            ),
            Rule::PushWnsDropsOffline => (
                "WNS: a push for a device that is off, asleep or offline on its way is dropped, not queued; the change waits for the next check-in",
                "WNS: 途中でデバイスが電源オフ・スリープ・オフラインになったプッシュはキューされずに破棄され、変更は次回のチェックインまで待機",
            ),
            Rule::PushApnsKeepsLast => (
                "APNs: for an unreachable device only the last notification is kept, for a limited time, and delivered when it is back",
                "APNs: 届かないデバイス宛ての通知は最後の1件だけが一定時間保持され、復帰時に配信",
            ),
            Rule::PushFcmKeeps => (
                "FCM: a message for an unreachable device is kept up to its time to live (28 days by default) and delivered when it is back",
                "FCM: 届かないデバイス宛てのメッセージは有効期間（既定28日）まで保持され、復帰時に配信",
            ),
            Rule::PushAospTaskPoll => (
                "AOSP: no push (no Google services); the agent finds the Sync when it polls for tasks, about every 15 minutes",
                "AOSP: プッシュなし（Google サービスなし）。エージェントが約15分ごとのタスク確認で [同期] を見つける",
            ),
            Rule::PushRateLimit => (
                "Intune: at most one push per device every 30 minutes (community report)",
                "Intune: プッシュはデバイスごとに30分に1回まで（コミュニティの報告）",
            ),
            Rule::PushServiceDisabled => (
                "dmwappushservice disabled: no MDM session starts (inference)",
                "dmwappushservice が無効: MDM セッションは一切開始しない（推論）",
            ),
            Rule::PushServiceDisabledPushOnly => (
                "dmwappushservice disabled: sessions started by a push are lost (chosen setting)",
                "dmwappushservice が無効: プッシュによるセッションのみ失われる（設定値）",
            ),
            Rule::MaintenanceSyncLimit => (
                "Intune: at most one maintenance sync per device every 6.5 hours",
                "Intune: メンテナンス同期はデバイスごとに6.5時間に1回まで",
            ),
            Rule::MaintenanceSyncLimitRefused => (
                "Chosen setting: inside Intune's 6.5-hour maintenance limit the service refuses the session",
                "設定値: Intune の6.5時間のメンテナンス制限内では、サービスがセッションを拒否する",
            ),
            Rule::CoincidentRunsMerged => (
                "Chosen setting: runs at the same instant make one MDM session",
                "設定値: 同時刻の実行は1つの MDM セッションになる",
            ),
        };
        match self.lang {
            Lang::Ja => ja.to_owned(),
            Lang::En => en.to_owned(),
        }
    }

    /// A custom (DMClient CSP) poll set in words, from the plan.
    fn custom_set_words(&self, idx: usize) -> String {
        let lang = self.lang;
        let name = match (lang, idx) {
            (Lang::Ja, 0) => "カスタム ポーリング (DMClient CSP) 第1セット",
            (Lang::Ja, 1) => "カスタム ポーリング (DMClient CSP) 第2セット",
            (Lang::Ja, _) => "カスタム ポーリング (DMClient CSP) 残りのセット",
            (Lang::En, 0) => "Custom poll (DMClient CSP), first set",
            (Lang::En, 1) => "Custom poll (DMClient CSP), second set",
            (Lang::En, _) => "Custom poll (DMClient CSP), remaining set",
        };
        let Some(set) = self.report.plan.sets.get(idx).copied().flatten() else {
            return name.to_owned();
        };
        let often = every(lang, set.interval);
        let length = span(lang, i64::from(set.interval.secs()) * i64::from(set.count));
        match (lang, set.is_indefinite()) {
            (Lang::Ja, true) => format!("{name}: {often}（無期限）"),
            (Lang::Ja, false) => format!("{name}: {length}、{often}"),
            (Lang::En, true) => format!("{name}: {often}, indefinitely"),
            (Lang::En, false) => format!("{name}: {often} for {length}"),
        }
    }

    /// The catch-up rule, as the parenthesis after a catch-up sentence.
    fn catch_up_rule_words(&self, rule: Rule) -> String {
        let (en, ja) = match rule {
            Rule::CatchUpStartWhenAvailable => (
                "run as soon as possible after a missed start",
                "スケジュールされた時刻にタスクを開始できなかった場合、すぐにタスクを実行する",
            ),
            Rule::NetworkRetry => (
                "chosen setting: retry when the network returns",
                "設定値: ネットワーク復帰時に再試行",
            ),
            _ => (
                "assumed to work as Windows Task Scheduler's catch-up",
                "Windows のタスク スケジューラと同様と仮定",
            ),
        };
        match self.lang {
            Lang::Ja => ja.to_owned(),
            Lang::En => en.to_owned(),
        }
    }

    // ---- Looking things up in the report -------------------------------------------------

    /// The events at instant `at` (events are sorted by instant).
    fn events_at(&self, at: Instant) -> impl Iterator<Item = &'a Event> {
        let events = &self.report.events;
        let from = events.partition_point(|x| x.at < at);
        events
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(move |x| x.at == at)
    }

    /// Whether the device was off or asleep at a missed run of `lane` at `due`.
    fn missed_state(&self, lane: Lane, due: Instant) -> Option<Down> {
        self.events_at(due).find_map(|x| match x.outcome {
            Outcome::Missed { state, .. } if x.lane == lane => Some(state),
            _ => None,
        })
    }

    /// The catch-up run at `at` that stands for runs of `lane`.
    fn catch_up_for(&self, lane: Lane, at: Instant) -> Option<&'a Event> {
        self.events_at(at).find(|x| {
            x.lane == Lane::CatchUp
                && matches!(x.timing, Timing::CatchUp { for_lane, .. } if for_lane == lane)
        })
    }

    /// The session in lane `lane` that event `i` merged into (at the same instant, before it).
    fn session_at(&self, i: usize, lane: Lane) -> Option<&'a Event> {
        let events = &self.report.events;
        let at = events.get(i)?.at;
        events
            .get(..i)?
            .iter()
            .rev()
            .take_while(|x| x.at == at)
            .find(|x| x.lane == lane && x.outcome == Outcome::Synced)
    }

    // ---- The answer ----------------------------------------------------------------------

    /// What the next sync comes from: "Schedule #3, every 8 hours", and whether the service may
    /// skip its maintenance work.
    fn next_by(&self, next: &SyncRef) -> String {
        let by = self.next_by_trigger(next);
        if !next.maintenance_may_be_skipped {
            return by;
        }
        crate::present::text::Text::new(
            "{0} (a check-in; its maintenance work may be skipped under the 6.5-hour limit)",
            "{0}（チェックイン。6.5時間の制限によりメンテナンス処理は省略される可能性あり）",
        )
        .fill(self.lang, &[&by])
    }

    /// The trigger of the next sync in words.
    fn next_by_trigger(&self, next: &SyncRef) -> String {
        let lang = self.lang;
        if let Some(idx) = set_index(next.lane) {
            let name = self.set_label(idx);
            return match (self.set_every(idx), lang, self.windows) {
                (Some((often, _)), Lang::Ja, true) => format!("{name}（{often}）"),
                (Some((often, _)), Lang::En, true) => format!("{name}, {often}"),
                (Some(_), Lang::Ja, false) => self.set_noun(idx),
                (Some((often, phase)), Lang::En, false) => match phase {
                    Some(p) => format!("scheduled check-in, {often} ({p})"),
                    None => format!("scheduled check-in, {often}"),
                },
                (None, _, _) => name,
            };
        }
        match next.lane {
            Lane::CatchUp => self.next_catch_up_by(next),
            Lane::Login if self.windows => match lang {
                Lang::Ja => "ログオン スケジュール（ユーザーのログオン時）".to_owned(),
                Lang::En => "Login Schedule, at a user's logon".to_owned(),
            },
            Lane::Push => match lang {
                Lang::Ja => "管理者による同期 (プッシュ)".to_owned(),
                Lang::En => "the admin's Sync, delivered as a push".to_owned(),
            },
            lane => self.lane_noun(lane),
        }
    }

    /// A catch-up or retry as the answer's "by".
    fn next_catch_up_by(&self, next: &SyncRef) -> String {
        let lang = self.lang;
        let found = self
            .events_at(next.at)
            .find(|e| e.lane == Lane::CatchUp && e.is_sync());
        let Some(Event {
            timing: Timing::CatchUp {
                for_lane, delay, ..
            },
            rule,
            ..
        }) = found
        else {
            return self.lane_label(Lane::CatchUp);
        };
        let of = self.lane_noun(*for_lane);
        let delay = i64::from(delay.secs());
        match (lang, *rule == Rule::NetworkRetry, delay) {
            (Lang::Ja, true, _) => format!("{}（ネットワーク復帰時）", ja_after(&of, "の再試行")),
            (Lang::En, true, _) => format!("retry of {of}, when the network returns"),
            (Lang::Ja, false, 0) => format!("{}（デバイス復帰時）", ja_after(&of, "の遅延実行")),
            (Lang::Ja, false, d) => format!(
                "{}（デバイス復帰から{}後）",
                ja_after(&of, "の遅延実行"),
                span(lang, d)
            ),
            (Lang::En, false, 0) => format!("catch-up of {of}, as soon as the device is up"),
            (Lang::En, false, d) => {
                format!("catch-up of {of}, {} after the device is up", span(lang, d))
            }
        }
    }

    /// The second sentence of a "next sync" answer: the last sync, and a compliance deadline
    /// that is near or passed.
    fn next_detail(&self, a: &DeviceAnswers, fmt: &dyn Fn(Instant) -> String) -> Option<String> {
        let lang = self.lang;
        let mut parts = Vec::new();
        parts.push(match a.last_sync {
            Some(last) => {
                let ago = (a.now - last.at).num_seconds();
                let when = fmt(last.at);
                match (lang, ago < 1) {
                    (Lang::Ja, true) => format!("最終同期: たった今（{when}）"),
                    (Lang::Ja, false) => format!("最終同期: {}前（{when}）", span(lang, ago)),
                    (Lang::En, true) => format!("Last synced just now, at {when}"),
                    (Lang::En, false) => format!("Last synced {} ago, at {when}", span(lang, ago)),
                }
            }
            None => match lang {
                Lang::Ja => "期間内の同期はまだありません".to_owned(),
                Lang::En => "No sync yet within the horizon".to_owned(),
            },
        });
        // A deadline that holds and has passed, or holds and is near; one that only holds if
        // the device stops syncing after the horizon is noise next to a coming sync.
        if let Some(c) = a.compliance.as_ref().filter(|c| match when(c, a.now) {
            When::Passed => true,
            When::Coming => (c.at - a.now).num_seconds() <= DEADLINE_NOTICE_SECS,
            When::IfStopped | When::IfStops => false,
        }) {
            parts.push(self.compliance_sentence(c, a.now, fmt));
        }
        Some(sentences(lang, &parts))
    }

    /// Why nothing will sync, plainly.
    fn never_why(&self, reason: NoSyncReason) -> String {
        let lang = self.lang;
        let limit = span(lang, i64::from(MAINTENANCE_SPACING.secs()));
        let (en, ja): (String, String) = match reason {
            NoSyncReason::PushServiceDisabled if self.push_only() => (
                "The push service (dmwappushservice) is disabled, so the admin's push is lost, and nothing else starts a sync before the horizon ends.".into(),
                "プッシュ サービス (dmwappushservice) が無効のため管理者によるプッシュが失われ、期間の終わりまでほかに同期のきっかけがありません。".into(),
            ),
            NoSyncReason::PushServiceDisabled => (
                "The push service (dmwappushservice) is disabled: no MDM session starts — scheduled, logon, manual or push.".into(),
                "プッシュ サービス (dmwappushservice) が無効です。MDM セッションは一切開始しません（スケジュール、ログオン、手動同期、プッシュのいずれも）。".into(),
            ),
            NoSyncReason::PoweredOff => (
                "The device is powered off when its runs fall due, so none of them syncs before the horizon ends.".into(),
                "実行予定の時刻にデバイスの電源がオフのため、期間の終わりまで同期しません。".into(),
            ),
            NoSyncReason::Asleep => (
                "The device is asleep when its runs fall due, so none of them syncs before the horizon ends.".into(),
                "実行予定の時刻にデバイスがスリープ中のため、期間の終わりまで同期しません。".into(),
            ),
            NoSyncReason::Offline => (
                "The device has no network when its runs fall due, so none of them syncs before the horizon ends.".into(),
                "実行予定の時刻にデバイスがオフラインのため、期間の終わりまで同期しません。".into(),
            ),
            NoSyncReason::Throttled => (
                format!("Intune refuses the remaining maintenance syncs (at most one every {limit}), and nothing else starts a sync before the horizon ends."),
                format!("残りのメンテナンス同期は Intune の制限（{limit}に1回まで）により拒否され、期間の終わりまでほかに同期のきっかけがありません。"),
            ),
            NoSyncReason::UndocumentedPlatform => (
                "Microsoft documents no refresh schedule for Linux, so the device has no scheduled check-ins, and no manual or admin sync follows.".into(),
                "Linux の更新間隔は Microsoft が公開していないため定期チェックインがなく、この後に手動同期や管理者による同期もありません。".into(),
            ),
            NoSyncReason::NoSchedule => (
                "The rule set has no scheduled polls, and no manual or admin sync follows.".into(),
                "ルール セットに定期ポーリングがなく、この後に手動同期や管理者による同期もありません。".into(),
            ),
            NoSyncReason::ScheduleEnded => (
                "Every poll set of the schedule has ended (none repeats indefinitely), and no manual or admin sync follows.".into(),
                "スケジュールのポーリング セットはすべて終了しており（無期限に繰り返すものがありません）、この後に手動同期や管理者による同期もありません。".into(),
            ),
            NoSyncReason::HorizonEnds => (
                "The next scheduled run falls after the end of the horizon: extend the horizon to see it.".into(),
                "次の定期実行は期間の終了後です。期間を延ばすと表示されます。".into(),
            ),
            NoSyncReason::Truncated => (
                "The simulation stopped at its event limit before any later sync: shorten the horizon or lengthen the intervals.".into(),
                "シミュレーションがイベント数の上限で停止したため、以降の同期はわかりません。期間を短くするか間隔を長くしてください。".into(),
            ),
        };
        match lang {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }

    /// Whether the report's blocked runs follow the "push only" impact (no run cites the
    /// all-sessions inference).
    fn push_only(&self) -> bool {
        let cites = |rule| self.report.events.iter().any(|e| e.reason == Some(rule));
        cites(Rule::PushServiceDisabledPushOnly) && !cites(Rule::PushServiceDisabled)
    }

    /// What follows from not syncing: the compliance and cleanup dates. Deadlines still ahead
    /// are left out when the device is only waiting for a run beyond the horizon (it will
    /// sync), or when the simulation was cut short (nothing is known).
    fn consequence(
        &self,
        a: &DeviceAnswers,
        reason: NoSyncReason,
        fmt: &dyn Fn(Instant) -> String,
    ) -> Option<String> {
        let lang = self.lang;
        let unknown = matches!(reason, NoSyncReason::HorizonEnds | NoSyncReason::Truncated);
        let shown = |d: &&Deadline| !unknown || when(d, a.now) == When::Passed;
        let compliance = a.compliance.as_ref().filter(shown);
        let cleanup = a.cleanup.as_ref().filter(shown);
        let mut parts = self.deadline_sentences(compliance, cleanup, a.now, fmt);
        if a.compliance.is_none() && !unknown {
            let days = days_words(lang, self.report.compliance_validity_days);
            parts.push(match lang {
                Lang::Ja => format!(
                    "期間内に同期がないため、非準拠になる日時は算出できません（{days}間チェックインがないと非準拠になります）"
                ),
                Lang::En => format!(
                    "With no sync within the horizon, the compliance deadline cannot be counted (a device that has not checked in for {days} turns noncompliant)"
                ),
            });
        }
        (!parts.is_empty()).then(|| sentences(lang, &parts))
    }

    /// The compliance and cleanup deadlines as sentences. When both hang on the same "if it
    /// does not sync after the horizon", the condition is said once.
    fn deadline_sentences(
        &self,
        compliance: Option<&Deadline>,
        cleanup: Option<&Deadline>,
        now: Instant,
        fmt: &dyn Fn(Instant) -> String,
    ) -> Vec<String> {
        let lang = self.lang;
        if let (Some(c), Some(h)) = (compliance, cleanup) {
            let (cd, hd) = (days_words(lang, c.days), days_words(lang, h.days));
            let (ca, ha) = (fmt(c.at), fmt(h.at));
            match (lang, when(c, now), when(h, now)) {
                (Lang::Ja, When::IfStops, When::IfStops) => {
                    return vec![format!(
                        "期間後も同期しなければ、{ca} に非準拠になり（コンプライアンス状態の有効期間は{cd}）、{ha} にデバイスのクリーンアップ ルールにより非表示になります（{hd}間チェックインなし）"
                    )];
                }
                (Lang::En, When::IfStops, When::IfStops) => {
                    return vec![format!(
                        "If it does not sync after the horizon either, it turns noncompliant on {ca} (compliance status validity period {cd}) and the device cleanup rule hides it on {ha} ({hd} without a check-in)"
                    )];
                }
                (Lang::Ja, When::IfStopped, When::IfStopped) => {
                    return vec![format!(
                        "期間後に同期していなければ、{ca} から非準拠で（コンプライアンス状態の有効期間は{cd}）、{ha} からデバイスのクリーンアップ ルールにより非表示です（{hd}間チェックインなし）"
                    )];
                }
                (Lang::En, When::IfStopped, When::IfStopped) => {
                    return vec![format!(
                        "If it has not synced since the horizon ended, it has been noncompliant since {ca} (compliance status validity period {cd}) and hidden by the device cleanup rule since {ha} ({hd} without a check-in)"
                    )];
                }
                _ => {}
            }
        }
        let mut out = Vec::new();
        out.extend(compliance.map(|c| self.compliance_sentence(c, now, fmt)));
        out.extend(cleanup.map(|h| self.cleanup_sentence(h, now, fmt)));
        out
    }

    /// When the device turns (or turned) noncompliant.
    fn compliance_sentence(
        &self,
        c: &Deadline,
        now: Instant,
        fmt: &dyn Fn(Instant) -> String,
    ) -> String {
        let lang = self.lang;
        let days = days_words(lang, c.days);
        let (at, from) = (fmt(c.at), fmt(c.last_sync));
        match (lang, when(c, now)) {
            (Lang::Ja, When::Passed) => format!(
                "{at} から非準拠です（{days}間チェックインがなく、コンプライアンス状態の有効期間を超過）"
            ),
            (Lang::Ja, When::Coming) => format!(
                "{at} に非準拠になります（コンプライアンス状態の有効期間は{days}、{from} の同期から起算）"
            ),
            (Lang::Ja, When::IfStopped) => format!(
                "期間後に同期していなければ、{at} から非準拠です（コンプライアンス状態の有効期間は{days}）"
            ),
            (Lang::Ja, When::IfStops) => format!(
                "期間後も同期しなければ、{at} に非準拠になります（コンプライアンス状態の有効期間は{days}）"
            ),
            (Lang::En, When::Passed) => format!(
                "Noncompliant since {at}: no check-in for {days} (compliance status validity period)"
            ),
            (Lang::En, When::Coming) => format!(
                "Turns noncompliant on {at} (compliance status validity period {days}, counted from the sync at {from})"
            ),
            (Lang::En, When::IfStopped) => format!(
                "If it has not synced since the horizon ended, it has been noncompliant since {at} (compliance status validity period {days})"
            ),
            (Lang::En, When::IfStops) => format!(
                "If it does not sync after the horizon either, it turns noncompliant on {at} (compliance status validity period {days})"
            ),
        }
    }

    /// When a cleanup rule hides (or hid) the device.
    fn cleanup_sentence(
        &self,
        h: &Deadline,
        now: Instant,
        fmt: &dyn Fn(Instant) -> String,
    ) -> String {
        let lang = self.lang;
        let days = days_words(lang, h.days);
        let at = fmt(h.at);
        match (lang, when(h, now)) {
            (Lang::Ja, When::Passed) => format!(
                "{at} からデバイスのクリーンアップ ルールにより非表示です（{days}間チェックインなし）"
            ),
            (Lang::Ja, When::Coming) => format!(
                "{at} にデバイスのクリーンアップ ルールにより非表示になります（{days}間チェックインなし）"
            ),
            (Lang::Ja, When::IfStopped) => format!(
                "期間後に同期していなければ、{at} からデバイスのクリーンアップ ルールにより非表示です（{days}間チェックインなし）"
            ),
            (Lang::Ja, When::IfStops) => format!(
                "期間後も同期しなければ、{at} にデバイスのクリーンアップ ルールにより非表示になります（{days}間チェックインなし）"
            ),
            (Lang::En, When::Passed) => {
                format!("Hidden by the device cleanup rule since {at} ({days} without a check-in)")
            }
            (Lang::En, When::Coming) => {
                format!("Hidden by the device cleanup rule on {at} ({days} without a check-in)")
            }
            (Lang::En, When::IfStopped) => format!(
                "If it has not synced since the horizon ended, the device cleanup rule has hidden it since {at} ({days} without a check-in)"
            ),
            (Lang::En, When::IfStops) => format!(
                "If it does not sync after the horizon either, the device cleanup rule hides it on {at} ({days} without a check-in)"
            ),
        }
    }
}

/// Where a deadline stands for a given "now", as far as the simulation knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum When {
    /// Passed, with no sync between it and now: it holds.
    Passed,
    /// Ahead, inside the horizon, with no sync before it: it will hold.
    Coming,
    /// Passed, but after the horizon's end: it holds only if nothing synced after the horizon.
    IfStopped,
    /// Ahead and after the horizon's end: it holds only if nothing syncs after the horizon.
    IfStops,
}

/// Where `d` stands at `now`.
fn when(d: &Deadline, now: Instant) -> When {
    match (d.within_horizon, d.at <= now) {
        (true, true) => When::Passed,
        (true, false) => When::Coming,
        (false, true) => When::IfStopped,
        (false, false) => When::IfStops,
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

/// The disruption windows as shaded spans, clipped to the horizon, in time order.
fn shades(device: &DeviceScenario, horizon: &Window, lang: Lang) -> Vec<Shade> {
    let groups: [(&[Window], ShadeKind); 4] = [
        (&device.power_off, ShadeKind::Off),
        (&device.sleep, ShadeKind::Sleep),
        (&device.offline, ShadeKind::Offline),
        (&device.push_service_disabled, ShadeKind::PushDisabled),
    ];
    let mut out: Vec<(usize, Shade)> = Vec::new();
    for (rank, (windows, kind)) in groups.iter().enumerate() {
        for w in windows.iter() {
            if let Some(window) = clip(w, horizon) {
                out.push((
                    rank,
                    Shade {
                        window,
                        kind: *kind,
                        label: shade_label(*kind, lang),
                    },
                ));
            }
        }
    }
    out.sort_by_key(|(rank, s)| (s.window.start(), *rank, s.window.end()));
    out.into_iter().map(|(_, s)| s).collect()
}

/// The part of `w` inside the horizon, if any (only unvalidated input reaches outside).
fn clip(w: &Window, horizon: &Window) -> Option<Window> {
    Window::new(w.start().max(horizon.start()), w.end().min(horizon.end())).ok()
}

/// A shade's name.
fn shade_label(kind: ShadeKind, lang: Lang) -> String {
    let (en, ja) = match kind {
        ShadeKind::Off => ("Powered off", "電源オフ"),
        ShadeKind::Sleep => ("Asleep", "スリープ"),
        ShadeKind::Offline => ("Offline", "オフライン"),
        ShadeKind::PushDisabled => ("dmwappushservice disabled", "dmwappushservice 無効"),
        // The server's kinds never occur on a device; named anyway rather than left blank.
        ShadeKind::Outage => ("Down", "停止"),
        ShadeKind::Suspended => ("Suspended", "一時停止"),
        ShadeKind::Disabled => ("Disabled", "無効"),
        ShadeKind::Staging => ("Staging mode", "ステージング モード"),
    };
    match lang {
        Lang::Ja => ja.to_owned(),
        Lang::En => en.to_owned(),
    }
}

/// Warnings above the timeline: the report's notes, truncation, and a disabled push service
/// with how to fix it.
fn warnings(report: &DeviceReport, device: &DeviceScenario, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = report.notes.iter().map(|n| note_words(*n, lang)).collect();
    if report.truncated {
        out.push(match lang {
            Lang::Ja => format!(
                "シミュレーションはイベント数の上限（{MAX_EVENTS}件）で停止しました。以降のイベントは表示されず、回答もそこまでの内容に基づきます。期間を短くするか間隔を長くしてください。"
            ),
            Lang::En => format!(
                "The simulation stopped at its limit of {MAX_EVENTS} events: later events are not shown, and the answers only know what came before. Shorten the horizon or lengthen the intervals."
            ),
        });
    }
    if let Some(w) = push_warning(report, device, lang) {
        out.push(w);
    }
    out
}

/// A report note in words.
fn note_words(note: Note, lang: Lang) -> String {
    let (en, ja) = match note {
        Note::UndocumentedPlatform => (
            "Microsoft documents no refresh schedule for Linux: with the documented rule set the device has no scheduled check-ins, and only manual and admin syncs run. Use a custom rule set to model a schedule you have observed.",
            "Linux の更新間隔は Microsoft が公開していません。公開されたルール セットでは定期チェックインがなく、手動同期と管理者による同期だけが実行されます。観測したスケジュールを再現するには、カスタム ルール セットを使ってください。",
        ),
        Note::TaskSchedulerModelAssumed => (
            "Outside Windows, how missed and offline check-ins are handled is not documented: the Windows Task Scheduler model (catch-up after the device is up, network condition) is assumed.",
            "Windows 以外では、実行できなかったチェックインやオフライン時の扱いが公開されていないため、Windows のタスク スケジューラと同じ動作（復帰後の遅延実行、ネットワーク条件）を仮定しています。",
        ),
        Note::RuleSetForOtherPlatform => (
            "The earlier \"every 15 minutes for 6 hours\" schedule was published for iOS/iPadOS and macOS only; here it is applied to another platform.",
            "以前の「6時間は15分ごと」の間隔は iOS/iPadOS と macOS 向けに公開されたものですが、ここでは別のプラットフォームに適用しています。",
        ),
    };
    match lang {
        Lang::Ja => ja.to_owned(),
        Lang::En => en.to_owned(),
    }
}

/// The dmwappushservice warning, when the service is Disabled at some point of the horizon or
/// a run was blocked: what it breaks, and the start types that work.
fn push_warning(report: &DeviceReport, device: &DeviceScenario, lang: Lang) -> Option<String> {
    let disabled: i64 = device
        .push_service_disabled
        .iter()
        .filter_map(|w| clip(w, &report.horizon))
        .map(|w| w.length().num_seconds())
        .sum();
    let blocked = report
        .events
        .iter()
        .filter(|e| e.outcome == Outcome::BlockedPushService)
        .count();
    if disabled <= 0 && blocked == 0 {
        return None;
    }
    let length = span(lang, disabled);
    let push_only = device.push_service_impact == PushServiceImpact::PushOnly;
    let effect = match (lang, push_only) {
        (Lang::Ja, false) => format!(
            "その間は MDM セッションが開始せず、デバイスは同期しません（ブロックされた実行: {blocked}件）。"
        ),
        (Lang::Ja, true) => format!(
            "その間は管理者によるプッシュが失われます（ブロック: {blocked}件。設定値による想定で、既定ではすべての MDM セッションが開始しません）。"
        ),
        (Lang::En, false) => format!(
            "while it is, no MDM session starts and the device does not sync ({blocked} {} blocked).",
            if blocked == 1 { "run" } else { "runs" }
        ),
        (Lang::En, true) => format!(
            "while it is, admin pushes are lost ({blocked} blocked; a chosen setting — by default no MDM session would start at all)."
        ),
    };
    Some(match lang {
        Lang::Ja => format!(
            "dmwappushservice（Device Management WAP Push message Routing Service）が期間中の{length}にわたり「無効」です。{effect}スタートアップの種類を「自動 (遅延開始)」または「手動」に戻してください。「停止」は正常ですが、「無効」では Intune の同期が失敗します。"
        ),
        Lang::En => format!(
            "dmwappushservice (Device Management WAP Push message Routing Service) is Disabled for {length} of the horizon: {effect} Set its startup type back to Automatic (Delayed Start) or Manual: Stopped is normal, but Disabled breaks Intune sync."
        ),
    })
}

/// A number of days: "30 days", "1 day", "30日".
fn days_words(lang: Lang, days: u32) -> String {
    match (lang, days) {
        (Lang::Ja, n) => format!("{n}日"),
        (Lang::En, 1) => "1 day".to_owned(),
        (Lang::En, n) => format!("{n} days"),
    }
}

/// Sentences joined: "A. B." in English, "A。B。" in Japanese.
fn sentences(lang: Lang, parts: &[String]) -> String {
    match lang {
        Lang::Ja => parts.iter().map(|p| format!("{p}。")).collect(),
        Lang::En => parts
            .iter()
            .map(|p| format!("{p}."))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// "A", "A and B", "A, B and C".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The first letter in upper case ("every 3 minutes" → "Every 3 minutes").
fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A Japanese noun followed by a particle or phrase, with the half-width space Japanese
/// technical writing puts between Latin text and kana ("スケジュール #3 の", "IME が"), and
/// none between kana ("遅延実行の").
fn ja_after(noun: &str, rest: &str) -> String {
    let latin_end = noun
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == ')');
    let kana_start = rest.chars().next().is_some_and(|c| !c.is_ascii());
    if latin_end && kana_start {
        format!("{noun} {rest}")
    } else {
        format!("{noun}{rest}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Scenario;
    use crate::engine::intune::simulate;
    use crate::presets::Preset;

    fn now() -> Instant {
        "2026-11-21T10:30:27Z".parse().expect("instant")
    }

    fn fmt(t: Instant) -> String {
        t.format("%Y-%m-%d %H:%M").to_string()
    }

    /// The device report and the device of a scenario.
    fn device_of(s: &Scenario) -> (DeviceReport, DeviceScenario) {
        let report = s.simulate().expect("valid").device.expect("a device");
        (report, s.device.clone().expect("a device"))
    }

    fn preset(p: Preset) -> (DeviceReport, DeviceScenario) {
        device_of(&p.scenario(now()))
    }

    fn both(report: &DeviceReport, device: &DeviceScenario) -> (View, View) {
        (
            view(report, device, Lang::En),
            view(report, device, Lang::Ja),
        )
    }

    fn answer_in(report: &DeviceReport, at: Instant, lang: Lang) -> Answer {
        answer(report, at, lang, &fmt)
    }

    /// ASCII words allowed in Japanese text: product, service and setting names.
    const JA_ALLOWED: &[&str] = &[
        "Intune",
        "IME",
        "MDM",
        "dmwappushservice",
        "Device",
        "Management",
        "WAP",
        "Push",
        "message",
        "Routing",
        "Service",
        "DMClient",
        "CSP",
        "PollOnLogin",
        "Windows",
        "Linux",
        "iOS",
        "iPadOS",
        "macOS",
        "Win32",
        "Microsoft",
        // Push channels and their vendor, named as products.
        "WNS",
        "APNs",
        "FCM",
        "AOSP",
        "Google",
    ];

    /// Fails if Japanese text holds an English word that is not a product name.
    fn assert_no_english(text: &str) {
        for word in text
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        {
            assert!(
                JA_ALLOWED.contains(&word),
                "English word {word:?} in Japanese text: {text}"
            );
        }
    }

    /// Everything a view must hold whatever the scenario.
    fn check_view(en: &View, ja: &View, report: &DeviceReport) {
        assert_eq!(en.rows.len(), report.events.len());
        assert_eq!(ja.rows.len(), en.rows.len());
        assert_eq!(en.lanes.len(), ja.lanes.len());
        for (l, j) in en.lanes.iter().zip(&ja.lanes) {
            assert_eq!(l.key, j.key);
            assert!(!l.label.is_empty() && !j.label.is_empty());
            assert!(
                l.key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit())
            );
            assert_no_english(&j.label);
        }
        assert!(
            en.rows.windows(2).all(|p| p[0].at <= p[1].at),
            "rows in time order"
        );
        for (r, j) in en.rows.iter().zip(&ja.rows) {
            assert!(r.lane < en.lanes.len(), "lane index in range");
            assert_eq!((r.at, r.lane, r.tone), (j.at, j.lane, j.tone));
            for (e, jt) in [(&r.what, &j.what), (&r.why, &j.why), (&r.rule, &j.rule)] {
                assert!(!e.is_empty() && !jt.is_empty(), "empty text at {}", r.at);
                assert_ne!(e, jt, "Japanese equals English: {e}");
                assert_no_english(jt);
            }
        }
        assert!(
            en.shades
                .windows(2)
                .all(|p| p[0].window.start() <= p[1].window.start())
        );
        for s in en.shades.iter().chain(&ja.shades) {
            assert!(!s.label.is_empty());
            assert!(s.window.start() >= report.horizon.start());
            assert!(s.window.end() <= report.horizon.end());
        }
        assert_eq!(en.warnings.len(), ja.warnings.len());
        for (w, j) in en.warnings.iter().zip(&ja.warnings) {
            assert!(!w.is_empty() && w != j);
            assert_no_english(j);
        }
        assert_eq!(en.truncated, report.truncated);
    }

    /// Everything an answer must hold whatever the scenario.
    fn check_answer(report: &DeviceReport, at: Instant) {
        let en = answer_in(report, at, Lang::En);
        let ja = answer_in(report, at, Lang::Ja);
        match (&en, &ja) {
            (
                Answer::Next { at: a, by, detail },
                Answer::Next {
                    at: b,
                    by: jby,
                    detail: jdetail,
                },
            ) => {
                assert_eq!(a, b);
                assert!(*a > at);
                assert!(!by.is_empty() && by != jby);
                assert_no_english(jby);
                let (d, jd) = (
                    detail.clone().unwrap_or_default(),
                    jdetail.clone().unwrap_or_default(),
                );
                assert!(!d.is_empty() && d != jd);
                assert_no_english(&jd.replace(&fmt(at), ""));
            }
            (
                Answer::Never { why, consequence },
                Answer::Never {
                    why: jwhy,
                    consequence: jc,
                },
            ) => {
                assert!(!why.is_empty() && why != jwhy);
                assert_no_english(jwhy);
                assert_eq!(consequence.is_some(), jc.is_some());
                if let (Some(c), Some(j)) = (consequence, jc) {
                    assert!(!c.is_empty() && c != j);
                    assert_no_english(j);
                }
            }
            _ => panic!("the two languages disagree: {en:?} / {ja:?}"),
        }
    }

    #[test]
    fn a_fresh_windows_device_ramps_up_on_schedules_1_and_2() {
        let (report, device) = preset(Preset::FreshlyEnrolled);
        let (en, ja) = both(&report, &device);
        check_view(&en, &ja, &report);
        let keys: Vec<&str> = en.lanes.iter().map(|l| l.key).collect();
        assert!(
            keys.starts_with(&["schedule_1", "schedule_2", "schedule_3"]),
            "{keys:?}"
        );
        assert_eq!(en.lanes[0].label, "Schedule #1");
        assert_eq!(ja.lanes[1].label, "スケジュール #2");
        assert!(
            en.rows
                .iter()
                .any(|r| r.tone == Tone::Synced && r.lane == 0)
        );
        assert!(
            en.rows
                .iter()
                .any(|r| r.tone == Tone::Synced && r.lane == 1)
        );
        assert!(en.warnings.is_empty(), "{:?}", en.warnings);

        let Answer::Next { at, by, detail } = answer_in(&report, now(), Lang::En) else {
            panic!("a fresh device syncs soon")
        };
        assert!((at - now()).num_seconds() <= 15 * 60);
        assert!(by.contains("Schedule"), "{by}");
        assert!(detail.is_some_and(|d| d.starts_with("Last synced")));
        let Answer::Next { by, detail, .. } = answer_in(&report, now(), Lang::Ja) else {
            panic!("a fresh device syncs soon")
        };
        assert!(by.contains("スケジュール"), "{by}");
        assert!(detail.is_some_and(|d| d.contains("最終同期")));
    }

    #[test]
    fn coinciding_runs_are_one_session_and_both_rows_say_so() {
        let (report, device) = preset(Preset::FreshlyEnrolled);
        let en = view(&report, &device, Lang::En);
        let merged = en
            .rows
            .iter()
            .position(|r| r.tone == Tone::Info)
            .expect("Schedule #2's first run joins Schedule #1's last");
        let row = &en.rows[merged];
        assert_eq!(row.what, "Merged into Schedule #1");
        assert!(
            row.why.contains("Schedule #1 started a session"),
            "{}",
            row.why
        );
        assert_eq!(row.source.id, "parameter-default");
        let survivor = en.rows[..merged]
            .iter()
            .rev()
            .find(|r| r.at == row.at && r.tone == Tone::Synced)
            .expect("the session it joined");
        assert!(
            survivor
                .why
                .ends_with("Schedule #1 and Schedule #2 fired at the same instant: one session"),
            "{}",
            survivor.why
        );
        let ja = view(&report, &device, Lang::Ja);
        assert!(
            ja.rows[merged]
                .why
                .contains("同時刻にスケジュール #1 がセッションを開始")
        );
    }

    #[test]
    fn the_weekend_device_caught_up_after_boot() {
        let (report, device) = preset(Preset::OffOverWeekend);
        let (en, ja) = both(&report, &device);
        check_view(&en, &ja, &report);
        let caught = en
            .rows
            .iter()
            .position(|r| r.tone == Tone::CaughtUp)
            .expect("a catch-up after boot");
        let why = &en.rows[caught].why;
        assert!(why.contains("off") && why.contains("boot"), "{why}");
        assert!(why.contains("10 min after boot"), "{why}");
        assert!(
            ja.rows[caught].why.contains("電源"),
            "{}",
            ja.rows[caught].why
        );
        assert!(ja.rows[caught].why.contains("起動から10分後"));
        assert_eq!(
            en.rows[caught].source.id,
            "task-scheduler-start-when-available"
        );
        let missed = en
            .rows
            .iter()
            .find(|r| r.what == "Missed: device off")
            .expect("runs missed over the weekend");
        assert_eq!(missed.tone, Tone::Skipped);
        assert!(
            missed.why.contains("caught up") && missed.why.contains("after boot"),
            "{}",
            missed.why
        );
        let off: Vec<&Shade> = en
            .shades
            .iter()
            .filter(|s| s.kind == ShadeKind::Off)
            .collect();
        assert_eq!(off.len(), 1);
        assert_eq!(off[0].label, "Powered off");
        assert!(ja.shades.iter().any(|s| s.label == "電源オフ"));
        assert!(
            en.lanes
                .iter()
                .any(|l| l.key == "catch_up" && l.label == "Catch-up")
        );
    }

    #[test]
    fn the_debloated_device_is_blocked_and_never_syncs_again() {
        let (report, device) = preset(Preset::PushServiceDisabled);
        let (en, ja) = both(&report, &device);
        check_view(&en, &ja, &report);
        let blocked: Vec<&Row> = en.rows.iter().filter(|r| r.tone == Tone::Blocked).collect();
        assert!(!blocked.is_empty());
        assert!(
            blocked
                .iter()
                .all(|r| r.why.contains("dmwappushservice is disabled"))
        );
        assert!(
            blocked
                .iter()
                .all(|r| r.source.id == "inference-push-service-disabled")
        );
        assert!(
            en.rows.iter().any(|r| r.lane
                == en
                    .lanes
                    .iter()
                    .position(|l| l.key == "manual_settings")
                    .unwrap_or(usize::MAX)
                && r.tone == Tone::Blocked),
            "the user's Sync in Settings did nothing"
        );
        assert!(en.shades.iter().any(|s| s.kind == ShadeKind::PushDisabled));
        let warning = en
            .warnings
            .iter()
            .find(|w| w.contains("dmwappushservice"))
            .expect("a warning");
        assert!(
            warning.contains("Automatic (Delayed Start)")
                && warning.contains("Disabled breaks Intune sync")
        );
        assert!(ja.warnings.iter().any(|w| w.contains("自動 (遅延開始)")));

        let deadline = report.answers(now()).compliance.expect("a deadline").at;
        let Answer::Never { why, consequence } = answer_in(&report, now(), Lang::En) else {
            panic!("nothing syncs again")
        };
        assert!(why.contains("dmwappushservice"), "{why}");
        let consequence = consequence.expect("a consequence");
        assert!(
            consequence.contains(&format!("noncompliant on {}", fmt(deadline))),
            "{consequence}"
        );
        assert!(consequence.contains("compliance status validity period 30 days"));
        assert!(consequence.contains("cleanup rule"));
        let Answer::Never { why, consequence } = answer_in(&report, now(), Lang::Ja) else {
            panic!("nothing syncs again")
        };
        assert!(why.contains("dmwappushservice"));
        let consequence = consequence.expect("a consequence");
        assert!(consequence.contains(&fmt(deadline)) && consequence.contains("非準拠"));
        assert!(consequence.contains("コンプライアンス状態の有効期間"));
    }

    #[test]
    fn every_preset_row_is_worded_in_both_languages() {
        for p in [
            Preset::FreshlyEnrolled,
            Preset::OffOverWeekend,
            Preset::PushServiceDisabled,
        ] {
            let (report, device) = preset(p);
            let (en, ja) = both(&report, &device);
            assert!(!en.rows.is_empty(), "{}", p.key());
            check_view(&en, &ja, &report);
            for at in [now(), report.horizon.start(), report.horizon.end()] {
                check_answer(&report, at);
            }
        }
    }

    /// A week of a Windows device with everything happening to it.
    const EVERYTHING: &str = r#"{
      "version": 1,
      "horizon": { "start": "2026-01-05T00:00:00Z", "end": "2026-01-12T00:00:00Z" },
      "device": {
        "enrolled_at": "2026-01-05T09:00:00Z",
        "power_off": [
          { "start": "2026-01-05T19:00:00Z", "end": "2026-01-06T08:00:00Z" },
          { "start": "2026-01-07T02:00:00Z", "end": "2026-01-07T04:00:00Z" }
        ],
        "sleep": [{ "start": "2026-01-07T11:00:00Z", "end": "2026-01-07T11:30:00Z" }],
        "offline": [{ "start": "2026-01-06T18:00:00Z", "end": "2026-01-06T20:00:00Z" }],
        "logons": ["2026-01-06T08:05:00Z", "2026-01-07T08:05:00Z"],
        "manual_syncs": [
          { "at": "2026-01-06T10:00:00Z", "via": "company_portal" },
          { "at": "2026-01-07T09:00:00Z", "via": "settings" },
          { "at": "2026-01-06T19:00:00Z", "via": "company_portal" }
        ],
        "admin_syncs": ["2026-01-07T10:00:00Z", "2026-01-05T20:00:00Z", "2026-01-09T10:00:00Z"],
        "push_delivery_delay": "PT2M",
        "push_service_disabled": [{ "start": "2026-01-08T18:00:00Z", "end": "2026-01-12T00:00:00Z" }],
        "scheduler": { "random_delay": "PT5M" },
        "ime": { "cadence": "every_1h", "random_delay": "PT30M" },
        "seed": 42
      }
    }"#;

    /// The same week with the other choices: no catch-up, retries when online, each missed
    /// run late, separate sessions, push-only impact, no maintenance limit.
    const OTHER_CHOICES: &str = r#"{
      "version": 1,
      "horizon": { "start": "2026-01-05T00:00:00Z", "end": "2026-01-12T00:00:00Z" },
      "device": {
        "enrolled_at": "2026-01-05T09:00:00Z",
        "power_off": [{ "start": "2026-01-05T19:00:00Z", "end": "2026-01-06T08:00:00Z" }],
        "sleep": [{ "start": "2026-01-06T11:00:00Z", "end": "2026-01-06T11:30:00Z" }],
        "offline": [{ "start": "2026-01-06T18:00:00Z", "end": "2026-01-06T20:00:00Z" }],
        "admin_syncs": ["2026-01-08T10:00:00Z"],
        "push_service_disabled": [{ "start": "2026-01-08T00:00:00Z", "end": "2026-01-09T00:00:00Z" }],
        "push_service_impact": "push_only",
        "scheduler": {
          "start_when_available": false, "no_network": "retry_when_online",
          "missed_runs": "each_late", "repetition_end": "exclusive", "coincident_runs": "separate"
        },
        "service": { "maintenance_limit": false, "compliance_validity_days": 1, "cleanup_after_days": 30 },
        "ime": { "enabled": false }
      }
    }"#;

    /// Catch-ups that pile up, with each missed run late and a retry, throttled afterwards.
    const CATCH_UPS: &str = r#"{
      "version": 1,
      "horizon": { "start": "2026-01-05T00:00:00Z", "end": "2026-01-09T00:00:00Z" },
      "device": {
        "enrolled_at": "2026-01-05T09:00:00Z",
        "power_off": [{ "start": "2026-01-05T10:00:00Z", "end": "2026-01-06T22:00:00Z" }],
        "offline": [{ "start": "2026-01-07T18:00:00Z", "end": "2026-01-07T20:00:00Z" }],
        "scheduler": { "missed_runs": "each_late", "no_network": "retry_when_online", "catch_up_delay": "PT0S" }
      }
    }"#;

    fn scenario(platform_and_more: &str) -> String {
        format!(
            r#"{{"version":1,"horizon":{{"start":"2026-01-05T00:00:00Z","end":"2026-02-20T00:00:00Z"}},
            "device":{{"enrolled_at":"2026-01-05T09:00:00Z"{platform_and_more}}}}}"#
        )
    }

    fn rich_scenarios() -> Vec<String> {
        let down = r#","power_off":[{"start":"2026-01-06T00:00:00Z","end":"2026-01-07T00:00:00Z"}],
            "sleep":[{"start":"2026-01-08T00:00:00Z","end":"2026-01-08T06:00:00Z"}],
            "offline":[{"start":"2026-01-09T00:00:00Z","end":"2026-01-09T12:00:00Z"}],
            "admin_syncs":["2026-01-06T12:00:00Z","2026-01-10T12:00:00Z"],
            "manual_syncs":[{"at":"2026-01-09T06:00:00Z","via":"company_portal"}]"#;
        vec![
            EVERYTHING.to_owned(),
            OTHER_CHOICES.to_owned(),
            CATCH_UPS.to_owned(),
            scenario(&format!(r#","platform":"android_enterprise"{down}"#)),
            scenario(&format!(r#","platform":"android_aosp"{down}"#)),
            scenario(&format!(
                r#","platform":"ios","rule_set":"legacy_apple_15min_for_6h"{down}"#
            )),
            scenario(&format!(r#","platform":"macos"{down}"#)),
            scenario(&format!(r#","platform":"linux"{down}"#)),
            scenario(r#","platform":"linux""#),
            scenario(
                r#","platform":"macos","logons":["2026-01-06T09:00:00Z"],
                "rule_set":{"custom":{"first":{"interval":"PT10M","count":6},"remaining":{"interval":"PT1H","count":5},"poll_on_login":true}}"#,
            ),
            scenario(
                r#","rule_set":{"custom":{"second":{"interval":"PT30M","count":4},"remaining":{"interval":"PT4H"},"poll_on_login":true}},
                "logons":["2026-01-06T09:00:00Z"]"#,
            ),
            scenario(r#","platform":"android_device_admin","rule_set":{"custom":{}}"#),
            scenario(
                r#","push_service_disabled":[{"start":"2026-01-10T00:00:00Z","end":"2026-02-20T00:00:00Z"}],"push_service_impact":"push_only","admin_syncs":["2026-01-11T00:00:00Z"]"#,
            ),
            scenario(
                r#","power_off":[{"start":"2026-01-10T00:00:00Z","end":"2026-02-20T00:00:00Z"}]"#,
            ),
            scenario(r#","sleep":[{"start":"2026-01-10T00:00:00Z","end":"2026-02-20T00:00:00Z"}]"#),
            scenario(
                r#","offline":[{"start":"2026-01-10T00:00:00Z","end":"2026-02-20T00:00:00Z"}]"#,
            ),
        ]
    }

    /// Instants to ask the answers at: around the horizon and every half day inside it.
    fn nows(report: &DeviceReport) -> Vec<Instant> {
        let (start, end) = (report.horizon.start(), report.horizon.end());
        let mut out = vec![
            start - chrono::TimeDelta::days(3),
            start,
            end,
            end + chrono::TimeDelta::days(3),
        ];
        let mut t = start;
        while t < end {
            out.push(t);
            t += chrono::TimeDelta::hours(12);
        }
        out.extend(report.events.iter().step_by(7).map(|e| e.at));
        out
    }

    #[test]
    fn a_rich_walk_leaves_no_text_empty_and_never_panics() {
        let mut tones = std::collections::HashSet::new();
        let mut reasons = std::collections::HashSet::new();
        for text in rich_scenarios() {
            let s = Scenario::from_json(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
            let (report, device) = device_of(&s);
            let (en, ja) = both(&report, &device);
            check_view(&en, &ja, &report);
            tones.extend(en.rows.iter().map(|r| r.tone));
            for at in nows(&report) {
                check_answer(&report, at);
                reasons.extend(report.answers(at).no_future_sync);
            }
        }
        for tone in [
            Tone::Synced,
            Tone::CaughtUp,
            Tone::Skipped,
            Tone::Blocked,
            Tone::Info,
        ] {
            assert!(tones.contains(&tone), "no {tone:?} row in the walk");
        }
        for reason in [
            NoSyncReason::PushServiceDisabled,
            NoSyncReason::PoweredOff,
            NoSyncReason::Asleep,
            NoSyncReason::Offline,
            NoSyncReason::UndocumentedPlatform,
            NoSyncReason::NoSchedule,
            NoSyncReason::ScheduleEnded,
            NoSyncReason::HorizonEnds,
        ] {
            assert!(
                reasons.contains(&reason),
                "no {reason:?} answer in the walk"
            );
        }
    }

    #[test]
    fn a_throttled_run_says_when_the_previous_was_and_when_the_next_is_allowed() {
        let s = Scenario::from_json(EVERYTHING).expect("valid");
        let (report, device) = device_of(&s);
        let en = view(&report, &device, Lang::En);
        let ja = view(&report, &device, Lang::Ja);
        // By default a run inside the 6.5-hour limit still checks in (issue 11).
        let i = en
            .rows
            .iter()
            .position(|r| r.what.starts_with("Synced; maintenance may be skipped"))
            .expect("a maintenance-limited run after the catch-up");
        let why = &en.rows[i].why;
        assert!(
            why.starts_with(
                "synced: the device checks in, but Intune allows one maintenance sync per 6 h 30 min and the previous was"
            ),
            "{why}"
        );
        assert!(why.contains("earlier") && why.contains("later"), "{why}");
        assert_eq!(en.rows[i].source.id, "learn-policy-refresh");
        assert!(en.rows[i].rule.contains("→"), "{}", en.rows[i].rule);
        assert!(ja.rows[i].why.starts_with(
            "同期: デバイスはチェックインするが、Intune のメンテナンス同期は6時間30分に1回まで"
        ));
        // The strict reading refuses it, and says so.
        let strict = EVERYTHING.replace(
            r#""seed": 42"#,
            r#""seed": 42, "service": { "throttled_run": "refused" }"#,
        );
        assert_ne!(strict, EVERYTHING);
        let s = Scenario::from_json(&strict).expect("valid");
        let (report, device) = device_of(&s);
        let en = view(&report, &device, Lang::En);
        let ja = view(&report, &device, Lang::Ja);
        let i = en
            .rows
            .iter()
            .position(|r| r.what.starts_with("Throttled"))
            .expect("a throttled run after the catch-up");
        let why = &en.rows[i].why;
        assert!(
            why.starts_with(
                "throttled: Intune allows one maintenance sync per 6 h 30 min; the previous was"
            ),
            "{why}"
        );
        assert_eq!(en.rows[i].source.id, "parameter-default");
        assert!(
            ja.rows[i]
                .why
                .starts_with("抑制: Intune のメンテナンス同期は6時間30分に1回まで")
        );
        // The IME's check-ins are on their own lane and say they are not MDM syncs.
        let ime = en
            .lanes
            .iter()
            .position(|l| l.key == "ime")
            .expect("an IME lane");
        assert_eq!(
            en.lanes.last().map(|l| l.key),
            Some("ime"),
            "the IME lane comes last"
        );
        let row = en
            .rows
            .iter()
            .find(|r| r.lane == ime && r.tone == Tone::Synced)
            .expect("a check-in");
        assert!(row.why.contains("not an MDM sync"), "{}", row.why);
        // The lost push while the device was off.
        assert!(en.rows.iter().any(|r| r.what == "Push lost: device off"));
    }

    #[test]
    fn other_platforms_name_their_lanes_by_what_they_do_and_say_what_is_assumed() {
        let s =
            Scenario::from_json(&scenario(r#","platform":"android_enterprise""#)).expect("valid");
        let (report, device) = device_of(&s);
        let en = view(&report, &device, Lang::En);
        let ja = view(&report, &device, Lang::Ja);
        let labels: Vec<&str> = en.lanes.iter().map(|l| l.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Every 3 minutes (first 15 min)",
                "Every 15 minutes (next 2 h)",
                "About every 8 hours"
            ]
        );
        assert_eq!(ja.lanes[2].label, "約8時間ごと");
        assert!(
            en.warnings
                .iter()
                .any(|w| w.contains("Task Scheduler model"))
        );
        let Answer::Next { by, .. } = answer_in(
            &report,
            "2026-01-06T00:00:00Z".parse().expect("t"),
            Lang::En,
        ) else {
            panic!("the device syncs")
        };
        assert_eq!(by, "scheduled check-in, about every 8 hours");

        let s = Scenario::from_json(&scenario(r#","platform":"linux""#)).expect("valid");
        let (report, device) = device_of(&s);
        let en = view(&report, &device, Lang::En);
        assert!(en.warnings.iter().any(|w| w.contains("Linux")));
        let Answer::Never { why, .. } = answer_in(&report, now(), Lang::En) else {
            panic!("Linux has no schedule")
        };
        assert!(why.contains("Linux"), "{why}");
    }

    #[test]
    fn a_pending_catch_up_is_the_next_sync() {
        let (report, _) = preset(Preset::OffOverWeekend);
        let caught = report
            .events
            .iter()
            .find(|e| e.lane == Lane::CatchUp && e.is_sync())
            .expect("a catch-up");
        let before = caught.at - chrono::TimeDelta::minutes(1);
        let Answer::Next { at, by, .. } = answer_in(&report, before, Lang::En) else {
            panic!("the catch-up is next")
        };
        assert_eq!(at, caught.at);
        assert!(
            by.starts_with("catch-up of Schedule #")
                && by.ends_with("10 min after the device is up"),
            "{by}"
        );
        let Answer::Next { by, .. } = answer_in(&report, before, Lang::Ja) else {
            panic!("the catch-up is next")
        };
        assert!(by.contains("の遅延実行（デバイス復帰から10分後）"), "{by}");
    }

    #[test]
    fn truncation_and_unvalidated_input_are_reported_without_panicking() {
        let s = Scenario::from_json(EVERYTHING).expect("valid");
        let (mut report, mut device) = device_of(&s);
        report.truncated = true;
        let en = view(&report, &device, Lang::En);
        assert!(en.truncated && en.warnings.iter().any(|w| w.contains("200000 events")));
        let Answer::Never { why, .. } = answer_in(&report, report.horizon.end(), Lang::En) else {
            panic!("nothing after the end")
        };
        assert!(why.contains("event limit"), "{why}");

        // Windows outside the horizon and overlapping: clipped, never a panic.
        let far = |a: &str, b: &str| {
            Window::new(a.parse().expect("t"), b.parse().expect("t")).expect("window")
        };
        device
            .power_off
            .push(far("2025-12-01T00:00:00Z", "2026-01-05T06:00:00Z"));
        device
            .sleep
            .push(far("2026-01-11T00:00:00Z", "2026-03-01T00:00:00Z"));
        device
            .offline
            .push(far("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"));
        let report = simulate(&device, &report.horizon);
        let (en, ja) = both(&report, &device);
        check_view(&en, &ja, &report);
        assert_eq!(
            en.shades.first().map(|s| (s.kind, s.window.start())),
            Some((ShadeKind::Off, report.horizon.start()))
        );
    }

    #[test]
    fn japanese_spacing_follows_latin_text_only() {
        assert_eq!(
            ja_after("スケジュール #3", "の遅延実行"),
            "スケジュール #3 の遅延実行"
        );
        assert_eq!(
            ja_after("約8時間ごとの定期チェックイン", "の遅延実行"),
            "約8時間ごとの定期チェックインの遅延実行"
        );
        assert_eq!(
            and_list(&["A".into(), "B".into(), "C".into()]),
            "A, B and C"
        );
        assert_eq!(capitalize("every hour"), "Every hour");
    }

    #[test]
    fn next_sync_inside_the_maintenance_limit_says_its_maintenance_may_be_skipped() {
        let s =
            Scenario::from_json(include_str!("../../examples/windows-fresh.json")).expect("valid");
        let (report, device) = device_of(&s);
        let at: Instant = "2026-11-23T01:00:00Z".parse().expect("t");
        let Answer::Next { at: next, by, .. } = answer_in(&report, at, Lang::En) else {
            panic!("the device syncs")
        };
        assert_eq!(next, "2026-11-23T02:15:00Z".parse::<Instant>().expect("t"));
        assert!(by.starts_with("Schedule #3"), "{by}");
        assert!(by.contains("maintenance work may be skipped"), "{by}");
        let Answer::Next { by, .. } = answer_in(&report, at, Lang::Ja) else {
            panic!("the device syncs")
        };
        assert!(by.contains("メンテナンス処理は省略される可能性"), "{by}");
        assert_no_english(&by);
        let ja = view(&report, &device, Lang::Ja);
        assert!(
            ja.rows
                .iter()
                .any(|r| r.what.starts_with("同期（メンテナンス"))
        );
    }

    #[test]
    fn pushes_not_sent_and_pending_past_the_horizon_have_words() {
        let json = r#"{"version":1,"horizon":{"start":"2026-01-05T00:00:00Z","end":"2026-01-07T00:00:00Z"},
            "device":{"enrolled_at":"2026-01-05T09:00:00Z","push_delivery_delay":"PT2H",
            "admin_syncs":["2026-01-05T12:00:00Z","2026-01-05T12:10:00Z","2026-01-06T23:00:00Z"]}}"#;
        let s = Scenario::from_json(json).expect("valid");
        let (report, device) = device_of(&s);
        let en = view(&report, &device, Lang::En);
        let ja = view(&report, &device, Lang::Ja);
        let row = |what: &str| {
            en.rows
                .iter()
                .position(|r| r.what == what)
                .unwrap_or_else(|| panic!("a row {what:?}"))
        };
        let i = row("Push not sent: one per 30 min");
        assert!(
            en.rows[i].why.starts_with(
                "not sent: Intune sends at most one push per device every 30 min; the previous went 10 min earlier"
            ),
            "{}",
            en.rows[i].why
        );
        assert_eq!(en.rows[i].source.id, "community-push-throttle");
        assert_no_english(&ja.rows[i].why);
        let i = row("Push pending past the horizon");
        assert!(en.rows[i].why.contains("2 h later"), "{}", en.rows[i].why);
        assert_no_english(&ja.rows[i].why);
    }
}
