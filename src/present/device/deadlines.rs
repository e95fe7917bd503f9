//! The compliance and cleanup deadlines as sentences: when the device turns (or turned)
//! noncompliant, when a cleanup rule hides (or hid) it, and, when both hang on the same "if it
//! does not sync after the horizon", the two said with the condition once. Each date is
//! counted from the last sync at or before now; a sentence says whether the simulation shows
//! it holding, or it holds only if the device stopped syncing now, and a crossing the
//! simulation predicts later is said as predicted.

use super::Words;
use crate::engine::Instant;
use crate::engine::intune::Deadline;
use crate::engine::source::{LEARN_COMPLIANCE_VALIDITY, LEARN_DEVICE_CLEANUP, Source};
use crate::present::grammar::days;
use crate::present::text::Text;
use crate::present::{Lane, Mark, Row, Tone};

/// The lane deadline rows go on, last: they are dates, not runs.
const DEADLINES_LANE: Text = Text::new("Deadlines", "期限");

/// A compliance deadline row's label: {0} the validity period.
const NONCOMPLIANT_WHAT: Text = Text::new(
    "Noncompliant: {0} without a check-in",
    "非準拠: {0}間チェックインなし",
);
/// A cleanup deadline row's label: {0} the threshold.
const HIDDEN_WHAT: Text = Text::new(
    "Hidden by the device cleanup rule: {0} without a check-in",
    "デバイスのクリーンアップ ルールで非表示: {0}間チェックインなし",
);
/// Why the device turns noncompliant there, inside the period: {0} the validity period.
const NONCOMPLIANT_WHY: Text = Text::new(
    "The compliance status validity period runs out {0} after the last sync, with no check-in since: Intune marks the device noncompliant until it checks in again.",
    "最後の同期から{0}チェックインがないため、コンプライアンス状態の有効期間が切れ、再びチェックインするまで Intune はデバイスを非準拠とします。",
);
/// The same after the period's end, which holds only if nothing syncs after it.
const NONCOMPLIANT_WHY_AFTER: Text = Text::new(
    "If it does not sync after the simulated period either, the compliance status validity period runs out {0} after the last sync: Intune marks the device noncompliant until it checks in again.",
    "期間後も同期しなければ、最後の同期から{0}後にコンプライアンス状態の有効期間が切れ、再びチェックインするまで Intune はデバイスを非準拠とします。",
);
/// Why a cleanup rule hides the device there, inside the period: {0} the threshold.
const HIDDEN_WHY: Text = Text::new(
    "The device cleanup rule hides the device {0} after the last sync, with no check-in since.",
    "最後の同期から{0}チェックインがないため、デバイスのクリーンアップ ルールによりデバイスが非表示になります。",
);
/// The same after the period's end.
const HIDDEN_WHY_AFTER: Text = Text::new(
    "If it does not sync after the simulated period either, the device cleanup rule hides the device {0} after the last sync.",
    "期間後も同期しなければ、最後の同期から{0}後にデバイスのクリーンアップ ルールによりデバイスが非表示になります。",
);
/// The rule of a compliance deadline row: {0} the validity period.
const COMPLIANCE_RULE: Text = Text::new(
    "Compliance status validity period: {0}",
    "コンプライアンス状態の有効期間: {0}",
);
/// The rule of a cleanup deadline row: {0} the threshold.
const CLEANUP_RULE: Text = Text::new(
    "Device cleanup rule: {0} without a check-in",
    "デバイスのクリーンアップ ルール: {0}間チェックインなし",
);

/// Where a deadline stands for a given "now", as far as the simulation knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum When {
    /// Passed, with no sync between it and now: it holds.
    Passed,
    /// Ahead, inside the horizon, with no sync before it: it will hold.
    Coming,
    /// Passed, but after the horizon's end: it holds only if nothing synced after the horizon.
    IfStopped,
    /// Ahead and after the horizon's end: it holds only if nothing syncs after the horizon.
    IfStops,
    /// Ahead, but the simulation shows the device syncing again before it: it holds only if
    /// the device stopped syncing now.
    IfStoppedNow,
}

/// Where `d` stands at `now`.
pub(super) fn when(d: &Deadline, now: Instant) -> When {
    if d.synced_again.is_some() {
        return When::IfStoppedNow;
    }
    match (d.within_horizon, d.at <= now) {
        (true, true) => When::Passed,
        (true, false) => When::Coming,
        (false, true) => When::IfStopped,
        (false, false) => When::IfStops,
    }
}

/// The compliance deadline: when, the validity period, the sync it counts from.
const fn compliance(w: When) -> Text {
    match w {
        When::Passed => Text::new(
            "Noncompliant since {0}: no check-in for {1} (compliance status validity period)",
            "{0} から非準拠です（{1}間チェックインがなく、コンプライアンス状態の有効期間を超過）",
        ),
        When::Coming => Text::new(
            "Turns noncompliant on {0} (compliance status validity period {1}, counted from the sync at {2})",
            "{0} に非準拠になります（コンプライアンス状態の有効期間は{1}、{2} の同期から起算）",
        ),
        When::IfStopped => Text::new(
            "If it has not synced since the simulated period ended, it has been noncompliant since {0} (compliance status validity period {1})",
            "期間後に同期していなければ、{0} から非準拠です（コンプライアンス状態の有効期間は{1}）",
        ),
        When::IfStops => Text::new(
            "If it does not sync after the simulated period either, it turns noncompliant on {0} (compliance status validity period {1})",
            "期間後も同期しなければ、{0} に非準拠になります（コンプライアンス状態の有効期間は{1}）",
        ),
        When::IfStoppedNow => Text::new(
            "If it stopped syncing now, it would turn noncompliant on {0} (compliance status validity period {1}, counted from the sync at {2}); the simulation shows it syncing again before then",
            "今後同期しなければ、{0} に非準拠になります（コンプライアンス状態の有効期間は{1}、{2} の同期から起算）。シミュレーションではそれまでに再び同期します",
        ),
    }
}

/// A crossing the simulation predicts after syncs still to come: when, the validity period,
/// the last sync before the gap.
const PREDICTED_COMPLIANCE: Text = Text::new(
    "The simulation shows it turning noncompliant on {0} (compliance status validity period {1}, counted from the sync at {2}, the last before a longer gap)",
    "シミュレーションでは {0} に非準拠になります（コンプライアンス状態の有効期間は{1}、長い空白の前の最後の同期 {2} から起算）",
);

/// The cleanup deadline: when, the threshold.
const fn cleanup(w: When) -> Text {
    match w {
        When::Passed => Text::new(
            "Hidden by the device cleanup rule since {0} ({1} without a check-in)",
            "{0} からデバイスのクリーンアップ ルールにより非表示です（{1}間チェックインなし）",
        ),
        When::Coming => Text::new(
            "Hidden by the device cleanup rule on {0} ({1} without a check-in)",
            "{0} にデバイスのクリーンアップ ルールにより非表示になります（{1}間チェックインなし）",
        ),
        When::IfStopped => Text::new(
            "If it has not synced since the simulated period ended, the device cleanup rule has hidden it since {0} ({1} without a check-in)",
            "期間後に同期していなければ、{0} からデバイスのクリーンアップ ルールにより非表示です（{1}間チェックインなし）",
        ),
        When::IfStops => Text::new(
            "If it does not sync after the simulated period either, the device cleanup rule hides it on {0} ({1} without a check-in)",
            "期間後も同期しなければ、{0} にデバイスのクリーンアップ ルールにより非表示になります（{1}間チェックインなし）",
        ),
        When::IfStoppedNow => Text::new(
            "If it stopped syncing now, the device cleanup rule would hide it on {0} ({1} without a check-in); the simulation shows it syncing again before then",
            "今後同期しなければ、{0} にデバイスのクリーンアップ ルールにより非表示になります（{1}間チェックインなし）。シミュレーションではそれまでに再び同期します",
        ),
    }
}

/// Both deadlines under one condition, when both hang on it: compliance date and period,
/// cleanup date and threshold.
const fn both(w: When) -> Option<Text> {
    match w {
        When::IfStops => Some(Text::new(
            "If it does not sync after the simulated period either, it turns noncompliant on {0} (compliance status validity period {1}) and the device cleanup rule hides it on {2} ({3} without a check-in)",
            "期間後も同期しなければ、{0} に非準拠になり（コンプライアンス状態の有効期間は{1}）、{2} にデバイスのクリーンアップ ルールにより非表示になります（{3}間チェックインなし）",
        )),
        When::IfStopped => Some(Text::new(
            "If it has not synced since the simulated period ended, it has been noncompliant since {0} (compliance status validity period {1}) and hidden by the device cleanup rule since {2} ({3} without a check-in)",
            "期間後に同期していなければ、{0} から非準拠で（コンプライアンス状態の有効期間は{1}）、{2} からデバイスのクリーンアップ ルールにより非表示です（{3}間チェックインなし）",
        )),
        When::Passed | When::Coming | When::IfStoppedNow => None,
    }
}

impl Words<'_> {
    /// The deadlines lane and its rows, when the simulation shows the device crossing the
    /// compliance or cleanup threshold ([`DeviceReport::crossings`]): a dated warning each,
    /// counted from the sync before the gap, past the period's end when the device is held to
    /// it. Unlike the answer's deadlines these need no "now". `lane` is the index the lane
    /// gets.
    ///
    /// [`DeviceReport::crossings`]: crate::engine::intune::DeviceReport::crossings
    pub(super) fn deadline_rows(&self, lane: usize) -> Option<(Lane, Vec<Row>)> {
        let lang = self.lang;
        let report = self.report;
        let end = report.horizon.end();
        let kinds: [(u32, Text, Text, Text, Text, &'static Source); 2] = [
            (
                report.compliance_validity_days,
                NONCOMPLIANT_WHAT,
                NONCOMPLIANT_WHY,
                NONCOMPLIANT_WHY_AFTER,
                COMPLIANCE_RULE,
                &LEARN_COMPLIANCE_VALIDITY,
            ),
            (
                report.cleanup_after_days,
                HIDDEN_WHAT,
                HIDDEN_WHY,
                HIDDEN_WHY_AFTER,
                CLEANUP_RULE,
                &LEARN_DEVICE_CLEANUP,
            ),
        ];
        let mut rows = Vec::new();
        for (n, what, why, why_after, rule, source) in kinds {
            let d = days(lang, n);
            for c in report.crossings(n) {
                let why = if c.at < end { why } else { why_after };
                rows.push(Row {
                    at: c.at,
                    end: None,
                    lane,
                    tone: Tone::Warning,
                    what: what.fill(lang, &[&d]),
                    why: why.fill(lang, &[&d]),
                    rule: rule.fill(lang, &[&d]),
                    source,
                    mark: Mark::Deadline,
                });
            }
        }
        (!rows.is_empty()).then(|| {
            let lane = Lane {
                key: "deadlines",
                label: DEADLINES_LANE.get(lang).to_owned(),
            };
            (lane, rows)
        })
    }

    /// The compliance and cleanup deadlines as sentences. When both hang on the same "if it
    /// does not sync after the horizon", the condition is said once.
    pub(super) fn deadline_sentences(
        &self,
        compliance: Option<&Deadline>,
        cleanup: Option<&Deadline>,
        now: Instant,
        fmt: &dyn Fn(Instant) -> String,
    ) -> Vec<String> {
        let lang = self.lang;
        if let (Some(c), Some(h)) = (compliance, cleanup) {
            let w = when(c, now);
            if let Some(text) = both(w).filter(|_| when(h, now) == w) {
                let (cd, hd) = (days(lang, c.days), days(lang, h.days));
                return vec![text.fill(lang, &[&fmt(c.at), &cd, &fmt(h.at), &hd])];
            }
        }
        let mut out = Vec::new();
        out.extend(compliance.map(|c| self.compliance_sentence(c, now, fmt)));
        out.extend(cleanup.map(|h| self.cleanup_sentence(h, now, fmt)));
        out
    }

    /// When the device turns (or turned) noncompliant.
    pub(super) fn compliance_sentence(
        &self,
        c: &Deadline,
        now: Instant,
        fmt: &dyn Fn(Instant) -> String,
    ) -> String {
        let lang = self.lang;
        compliance(when(c, now)).fill(lang, &[&fmt(c.at), &days(lang, c.days), &fmt(c.last_sync)])
    }

    /// The crossing the simulation predicts after syncs still to come, if it shows one.
    pub(super) fn predicted_compliance_sentence(
        &self,
        c: &Deadline,
        fmt: &dyn Fn(Instant) -> String,
    ) -> Option<String> {
        let lang = self.lang;
        let p = c.predicted?;
        Some(PREDICTED_COMPLIANCE.fill(lang, &[&fmt(p.at), &days(lang, c.days), &fmt(p.last_sync)]))
    }

    /// When a cleanup rule hides (or hid) the device.
    fn cleanup_sentence(
        &self,
        h: &Deadline,
        now: Instant,
        fmt: &dyn Fn(Instant) -> String,
    ) -> String {
        let lang = self.lang;
        cleanup(when(h, now)).fill(lang, &[&fmt(h.at), &days(lang, h.days)])
    }
}
