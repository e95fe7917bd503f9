//! The lanes a server view can have, the row draft every part of the view fills before lanes
//! are numbered, and the shaded spans behind them.

use crate::engine::entra::{Condition, Rule, ServerReport};
use crate::engine::{Instant, sort_by_instant};
use crate::present::text::{Lang, Text};
use crate::present::{Mark, Row, Shade, ShadeKind, Tone, terms};

/// The lanes a server view can have, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LaneId {
    Cycle,
    Manual,
    Settings,
    Phs,
    Warnings,
}

impl LaneId {
    /// Every lane, in the order they are shown.
    pub(super) const ALL: [LaneId; 5] = [
        LaneId::Cycle,
        LaneId::Manual,
        LaneId::Settings,
        LaneId::Phs,
        LaneId::Warnings,
    ];

    /// A stable key, for filters and tests.
    pub(super) const fn key(self) -> &'static str {
        match self {
            LaneId::Cycle => "cycle",
            LaneId::Manual => "manual",
            LaneId::Settings => "settings",
            LaneId::Phs => "phs",
            LaneId::Warnings => "warnings",
        }
    }

    /// The lane's name.
    pub(super) const fn label(self) -> Text {
        match self {
            LaneId::Cycle => Text::new("Sync cycle", "同期サイクル"),
            LaneId::Manual => Text::new("Manual (cmdlets)", "手動実行 (コマンドレット)"),
            LaneId::Settings => Text::new("Scheduler settings", "スケジューラ設定"),
            LaneId::Phs => Text::new("Password hash sync", "パスワード ハッシュ同期"),
            LaneId::Warnings => Text::new("Warnings", "警告"),
        }
    }
}

/// A row before its lane has an index (lanes are numbered once it is known which are used).
pub(super) struct Draft {
    pub at: Instant,
    pub end: Option<Instant>,
    pub tone: Tone,
    pub what: String,
    pub why: String,
    pub rule_words: String,
    pub rule: Rule,
}

impl Draft {
    /// Files the row under `lane`.
    pub(super) fn push(self, lane: LaneId, out: &mut Vec<(LaneId, Row)>) {
        self.push_marked(lane, Mark::Plain, out);
    }

    /// Files the row under `lane`, set apart from the plain runs of its lane by `mark`.
    pub(super) fn push_marked(self, lane: LaneId, mark: Mark, out: &mut Vec<(LaneId, Row)>) {
        out.push((
            lane,
            Row {
                at: self.at,
                end: self.end,
                lane: 0,
                tone: self.tone,
                what: self.what,
                why: self.why,
                rule: self.rule_words,
                source: self.rule.source(),
                mark,
            },
        ));
    }
}

/// Outages, suspended, disabled and staging spans, including the whole-horizon switches (the
/// engine's calendar already lays those over the horizon).
pub(super) fn shades(report: &ServerReport, lang: Lang) -> Vec<Shade> {
    let kinds = [
        (Condition::Outage, ShadeKind::Outage),
        (Condition::Suspended, ShadeKind::Suspended),
        (Condition::Disabled, ShadeKind::Disabled),
        (Condition::Staging, ShadeKind::Staging),
    ];
    let mut out = Vec::new();
    for (condition, kind) in kinds {
        for window in report.condition_spans(condition) {
            out.push(Shade {
                window,
                kind,
                label: terms::shade(kind).get(lang).to_owned(),
            });
        }
    }
    sort_by_instant(&mut out, |s| s.window.start());
    out
}
