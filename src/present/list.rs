//! The event list's shape, decided natively: which rows stand alone, which runs of the same
//! rule fold into one expandable row ("Schedule #2 ran 8 times, every 15 minutes"), and which
//! rules the list needs to explain once in its legend.
//!
//! A device polls every few minutes for hours and a server cycles every 30 minutes for a
//! year, so a list that states every run and repeats each rule's sentence and source under
//! it buries the few events that differ. Runs are folded per lane: a run of one lane goes on
//! while that lane's next shown row has the same rule and the same outcome, whatever other
//! lanes do in between, so the interleaving of lanes does not keep a steady schedule from
//! folding. A marked row ([`Mark`]: a cycle that runs full steps, a deadline) never folds: it
//! stands alone and ends the run before it. Everything here works on indices into [`View::rows`], so the UI keeps its
//! selection (an index) and looks rows up itself.

use std::collections::HashSet;

use super::grammar::{every, ja_after, span, thousands};
use super::text::{Lang, Text};
use super::{Mark, Tone, View};
use crate::engine::Period;

/// The fewest runs of one rule that fold into a group; two rows side by side read fine.
pub const MIN_RUN: usize = 3;

/// One line of the list before any is expanded: a row on its own, or a run folded together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// One row, by index into [`View::rows`].
    Row(usize),
    /// A run of rows of one lane with the same rule and outcome.
    Group(Group),
}

/// A run of [`MIN_RUN`] or more rows of one lane with the same rule and outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The members, as indices into [`View::rows`], in time order; never fewer than
    /// [`MIN_RUN`]. The first also keys the group.
    pub members: Vec<usize>,
}

impl Group {
    /// The first member, which stands for the group (its lane, rule, outcome and key).
    pub fn first(&self) -> usize {
        self.members[0]
    }

    /// The last member.
    pub fn last(&self) -> usize {
        self.members[self.members.len() - 1]
    }

    /// The time between members when it is always the same, as a period.
    pub fn cadence(&self, view: &View) -> Option<Period> {
        let at = |i: usize| view.rows.get(i).map(|r| r.at);
        let mut gaps = self
            .members
            .windows(2)
            .map(|w| Some((at(w[1])? - at(w[0])?).num_seconds()));
        let first = gaps.next()??;
        if gaps.all(|g| g == Some(first)) {
            Period::from_secs(u32::try_from(first).ok()?)
        } else {
            None
        }
    }

    /// The group in one line: "Schedule #2 ran 8 times, every 15 minutes" /
    /// "スケジュール #2 が15分ごとに8回実行".
    pub fn summary(&self, view: &View, lang: Lang) -> String {
        let Some(row) = view.rows.get(self.first()) else {
            return String::new();
        };
        let lane = view
            .lanes
            .get(row.lane)
            .map(|l| l.label.as_str())
            .unwrap_or_default();
        let cadence = match self.cadence(view) {
            Some(period) => EVERY.fill(lang, &[&every(lang, period)]),
            None => {
                let from = view.rows.get(self.first()).map(|r| r.at);
                let to = view.rows.get(self.last()).map(|r| r.at);
                let secs = match (from, to) {
                    (Some(a), Some(b)) => (b - a).num_seconds(),
                    _ => 0,
                };
                OVER.fill(lang, &[&span(lang, secs)])
            }
        };
        // The lane as the sentence's subject: bare in English, followed by its particle in
        // Japanese, spaced the way Latin text before kana is.
        let subject = ja_after(lane, SUBJECT.get(lang));
        run(row.tone).fill(lang, &[&subject, &thousands(self.members.len()), &cadence])
    }
}

/// What follows a run's lane when it is the subject: nothing in English, "が" in Japanese.
const SUBJECT: Text = Text::new("", "が");

/// How the members of a group are spaced, when evenly: {0} is "every 15 minutes".
const EVERY: Text = Text::new("{0}", "{0}に");

/// How long a group lasts, when its members are unevenly spaced: {0} is a length of time.
const OVER: Text = Text::new("over {0}", "{0}の間に");

/// A run in words, by its outcome: {0} the lane as subject ([`SUBJECT`]), {1} the count,
/// {2} the cadence ([`EVERY`] or [`OVER`]).
const fn run(tone: Tone) -> Text {
    match tone {
        Tone::Synced => Text::new("{0} ran {1} times, {2}", "{0}{2}{1}回実行"),
        Tone::CaughtUp => Text::new("{0} caught up {1} times, {2}", "{0}{2}{1}回遅延実行"),
        Tone::Skipped => Text::new(
            "{0} was skipped or missed {1} times, {2}",
            "{0}{2}{1}回見送り",
        ),
        Tone::Blocked => Text::new(
            "{0} was blocked or refused {1} times, {2}",
            "{0}{2}{1}回拒否",
        ),
        Tone::Info => Text::new("{0} happened {1} times, {2}", "{0}{2}{1}回発生"),
        Tone::Warning => Text::new("{0} warned {1} times, {2}", "{0}{2}{1}回警告"),
    }
}

/// The list's entries for the rows `shown` (indices into `view.rows`, in time order): runs of
/// [`MIN_RUN`] or more rows of one lane with the same rule and outcome fold into a
/// [`Group`] placed at the run's first row; every other row stands alone. Linear in the
/// number of rows.
pub fn entries(view: &View, shown: &[usize]) -> Vec<Entry> {
    // First pass: give each shown row a run number, runs being kept open per lane.
    let mut open: Vec<Option<(usize, usize)>> = vec![None; view.lanes.len().max(1)];
    let mut run_of = Vec::with_capacity(shown.len());
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for &i in shown {
        let Some(row) = view.rows.get(i) else {
            run_of.push(None);
            continue;
        };
        if row.lane >= open.len() {
            open.resize(row.lane + 1, None);
        }
        // A marked row (a cycle with full steps, a deadline) is what an admin looks for: it
        // stands alone, and ends the plain run before it.
        let plain = row.mark == Mark::Plain;
        let same = open[row.lane].filter(|&(_, head)| {
            let h = &view.rows[head];
            plain
                && h.mark == Mark::Plain
                && h.tone == row.tone
                && std::ptr::eq(h.source, row.source)
                && h.rule == row.rule
        });
        let id = match same {
            Some((id, _)) => id,
            None => {
                runs.push(Vec::new());
                open[row.lane] = Some((runs.len() - 1, i));
                runs.len() - 1
            }
        };
        runs[id].push(i);
        run_of.push(Some(id));
    }
    // Second pass: in time order, a long run appears once at its first row, a short one as
    // its rows where they fall.
    let long: Vec<bool> = runs.iter().map(|r| r.len() >= MIN_RUN).collect();
    let mut out = Vec::with_capacity(shown.len());
    for (&i, id) in shown.iter().zip(run_of) {
        let Some(id) = id else { continue };
        if !long[id] {
            out.push(Entry::Row(i));
        } else if runs[id].first() == Some(&i) {
            out.push(Entry::Group(Group {
                members: std::mem::take(&mut runs[id]),
            }));
        }
    }
    out
}

/// The rules the rows `shown` rest on, once each, as the index of the first row of each: the
/// list's legend states each rule's sentence and source once instead of under every row.
/// In lane order, then in order of first appearance.
pub fn rules_used(view: &View, shown: &[usize]) -> Vec<usize> {
    let mut seen = HashSet::new();
    let mut firsts: Vec<usize> = shown
        .iter()
        .copied()
        .filter(|&i| {
            view.rows.get(i).is_some_and(|r| {
                seen.insert((r.lane, r.source as *const _ as usize, r.rule.as_str()))
            })
        })
        .collect();
    // The index makes every key unique, so the unstable sort (a smaller copy of sorting code in
    // the bundle than the stable one) gives the stable order.
    firsts.sort_unstable_by_key(|&i| (view.rows[i].lane, i));
    firsts
}

/// A rule's sentence for the legend, which already names the lane in bold: without the lane's
/// name in front ("Schedule #1: every 3 minutes…" under **Schedule #1** reads "every 3
/// minutes…"), in either language's punctuation.
pub fn rule_after_lane<'a>(rule: &'a str, lane: &str) -> &'a str {
    rule.strip_prefix(lane)
        .and_then(|rest| rest.strip_prefix(": ").or_else(|| rest.strip_prefix('：')))
        .map(str::trim_start)
        .filter(|rest| !rest.is_empty())
        .unwrap_or(rule)
}

/// The count when filters hide some events: {0} shown, {1} in all, {2} which filters.
const SHOWING_FILTERED: Text = Text::new(
    "Showing {0} of {1} events: {2}.",
    "{1} 件中 {0} 件のイベントを表示しています（{2}）。",
);
/// A lane filter, named.
const ONLY_LANE: Text = Text::new("only the lane “{0}”", "レーン「{0}」のみ");
/// An outcome filter, named.
const ONLY_OUTCOME: Text = Text::new("only the outcome “{0}”", "結果「{0}」のみ");

/// What the list shows, said so nobody takes a filtered list for the whole plan: "36 events",
/// or "Showing 1 of 36 events: only the lane “Intune sync”." `lane` and `outcome` are the
/// filters' names, when set.
pub fn count_note(
    shown: usize,
    total: usize,
    lane: Option<&str>,
    outcome: Option<&str>,
    lang: Lang,
) -> String {
    let filters: Vec<String> = [(ONLY_LANE, lane), (ONLY_OUTCOME, outcome)]
        .into_iter()
        .filter_map(|(words, name)| Some(words.fill(lang, &[name?])))
        .collect();
    if filters.is_empty() {
        return super::labels::EVENT_COUNT.fill(lang, &[&thousands(total)]);
    }
    SHOWING_FILTERED.fill(
        lang,
        &[
            &thousands(shown),
            &thousands(total),
            &super::grammar::and_list(lang, &filters),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Instant;
    use crate::engine::source::{LEARN_POLICY_REFRESH, SEED_INTUNE_SYNC_TIMING};
    use crate::present::{Lane, Row};

    fn at(min: i64) -> Instant {
        let start: Instant = "2026-11-27T10:00:00Z".parse().unwrap();
        start + chrono::TimeDelta::minutes(min)
    }

    fn row(min: i64, lane: usize, tone: Tone, rule: &str) -> Row {
        Row {
            at: at(min),
            end: None,
            lane,
            tone,
            what: "what".into(),
            why: "why".into(),
            rule: rule.into(),
            source: &LEARN_POLICY_REFRESH,
            mark: Mark::Plain,
        }
    }

    fn view(rows: Vec<Row>) -> View {
        View {
            lanes: vec![
                Lane {
                    key: "s2",
                    label: "Schedule #2".into(),
                },
                Lane {
                    key: "ime",
                    label: "IME".into(),
                },
            ],
            rows,
            ..View::default()
        }
    }

    fn all(v: &View) -> Vec<usize> {
        (0..v.rows.len()).collect()
    }

    #[test]
    fn a_steady_schedule_folds_into_one_group_whatever_other_lanes_do() {
        // Schedule #2 every 15 min, 8 times; IME at 20 and 80 min in between.
        let mut rows: Vec<Row> = (0..8)
            .map(|k| row(k * 15, 0, Tone::Synced, "every 15"))
            .collect();
        rows.push(row(20, 1, Tone::Synced, "ime"));
        rows.push(row(80, 1, Tone::Synced, "ime"));
        rows.sort_by_key(|r| r.at);
        let v = view(rows);
        let e = entries(&v, &all(&v));
        assert_eq!(e.len(), 3, "{e:?}");
        let Entry::Group(g) = &e[0] else {
            panic!("the schedule's run comes first: {e:?}")
        };
        assert_eq!(g.members.len(), 8);
        assert!(g.members.iter().all(|&i| v.rows[i].lane == 0));
        assert_eq!(g.cadence(&v), Some(Period::minutes(15)));
        assert_eq!(
            g.summary(&v, Lang::En),
            "Schedule #2 ran 8 times, every 15 minutes"
        );
        assert_eq!(g.summary(&v, Lang::Ja), "Schedule #2 が15分ごとに8回実行");
        // The IME rows stand alone, in time order.
        assert!(matches!(e[1], Entry::Row(i) if v.rows[i].lane == 1 && v.rows[i].at == at(20)));
        assert!(matches!(e[2], Entry::Row(i) if v.rows[i].at == at(80)));
    }

    #[test]
    fn a_different_outcome_or_rule_breaks_the_run() {
        let v = view(vec![
            row(0, 0, Tone::Synced, "a"),
            row(15, 0, Tone::Synced, "a"),
            row(30, 0, Tone::Synced, "a"),
            row(45, 0, Tone::Skipped, "a"),
            row(60, 0, Tone::Synced, "a"),
            row(75, 0, Tone::Synced, "b"),
            row(90, 0, Tone::Synced, "b"),
        ]);
        let e = entries(&v, &all(&v));
        assert_eq!(
            e,
            vec![
                Entry::Group(Group {
                    members: vec![0, 1, 2]
                }),
                Entry::Row(3),
                Entry::Row(4),
                Entry::Row(5),
                Entry::Row(6),
            ]
        );
    }

    #[test]
    fn uneven_runs_say_how_long_they_lasted_and_counts_have_separators() {
        let mut rows: Vec<Row> = (0..1200)
            .map(|k| row(k * 30, 0, Tone::Skipped, "x"))
            .collect();
        rows.push(row(1200 * 30 + 7, 0, Tone::Skipped, "x"));
        let v = view(rows);
        let e = entries(&v, &all(&v));
        let [Entry::Group(g)] = e.as_slice() else {
            panic!("one group: {e:?}")
        };
        assert_eq!(g.cadence(&v), None);
        let en = g.summary(&v, Lang::En);
        assert!(
            en.contains("1,201 times") && en.contains("over 25 d"),
            "{en}"
        );
        let ja = g.summary(&v, Lang::Ja);
        assert!(
            ja.contains("1,201回見送り") && ja.contains("の間に"),
            "{ja}"
        );
    }

    #[test]
    fn only_the_shown_rows_are_grouped() {
        let v = view((0..6).map(|k| row(k * 15, 0, Tone::Synced, "a")).collect());
        // A filter left two of them: too few to fold.
        assert_eq!(entries(&v, &[1, 4]), vec![Entry::Row(1), Entry::Row(4)]);
        assert!(entries(&v, &[]).is_empty());
        // Indices past the end are ignored rather than trusted.
        assert_eq!(entries(&v, &[0, 99]), vec![Entry::Row(0)]);
    }

    #[test]
    fn each_rule_is_named_once_in_lane_order() {
        let mut rows = vec![
            row(0, 1, Tone::Synced, "ime"),
            row(5, 0, Tone::Synced, "a"),
            row(10, 0, Tone::Skipped, "a"),
            row(15, 1, Tone::Synced, "ime"),
            row(20, 0, Tone::Synced, "a"),
        ];
        rows[4].source = &SEED_INTUNE_SYNC_TIMING;
        let v = view(rows);
        // Same rule, same source, other outcome: one entry; another source: its own.
        assert_eq!(rules_used(&v, &all(&v)), vec![1, 4, 0]);
        assert_eq!(rules_used(&v, &[3]), vec![3]);
    }

    #[test]
    fn the_count_says_which_filters_hide_events() {
        assert_eq!(count_note(36, 36, None, None, Lang::En), "36 events");
        assert_eq!(
            count_note(1, 2_036, Some("Intune sync"), None, Lang::En),
            "Showing 1 of 2,036 events: only the lane “Intune sync”."
        );
        assert_eq!(
            count_note(0, 36, Some("IME"), Some("Blocked"), Lang::En),
            "Showing 0 of 36 events: only the lane “IME” and only the outcome “Blocked”."
        );
        assert_eq!(
            count_note(3, 36, None, Some("ブロック"), Lang::Ja),
            "36 件中 3 件のイベントを表示しています（結果「ブロック」のみ）。"
        );
    }

    #[test]
    fn the_legend_names_the_lane_once() {
        let lane = "Schedule #1";
        for (rule, lane, shown) in [
            ("Schedule #1: every 3 minutes", lane, "every 3 minutes"),
            ("スケジュール #1：3 分ごと", "スケジュール #1", "3 分ごと"),
            // Another lane's name, a name without its colon, or nothing after it: kept whole.
            ("IME: at boot", lane, "IME: at boot"),
            ("Schedule #10 runs", lane, "Schedule #10 runs"),
            ("Schedule #1: ", lane, "Schedule #1: "),
        ] {
            assert_eq!(super::rule_after_lane(rule, lane), shown);
        }
    }
}
