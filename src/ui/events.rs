//! The event list: the simulation's events as a table, for keyboard and screen-reader users and
//! for reading every reason in full. It follows the chart's filters, and selecting a row
//! selects the event on the chart (and selecting one on the chart scrolls the list to it).
//!
//! Three things keep it readable and fast whatever the scenario holds:
//! - each rule's sentence and source is stated once, in a legend above the rows, not under
//!   every row (the lane cell carries the rule as a tooltip);
//! - runs of one rule with one outcome fold into one row that expands ([`crate::present::list`]
//!   decides the folding, natively tested);
//! - only the rows near the scroll position are in the page: the table scrolls in its own box,
//!   and spacer rows above and below stand for the rest, so a year of cycles renders as fast
//!   as a day. Rows are keyed, so scrolling adds and removes only the rows that come and go.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::engine::DisplayZone;
use crate::present::grammar::thousands;
use crate::present::list::{self, Entry};
use crate::present::{Tone, View, labels, terms};

use super::fold::after_paint;
use super::state::{Planner, use_planner};
use super::timefmt::{self, Style};
use super::timeline::{RowFilter, SourceLink};

/// A row's height in CSS pixels until one is measured (the stylesheet fixes every row's
/// height, so one measurement holds for all).
const ROW_PX: f64 = 56.0;

/// The scroll box's height until it is measured (its CSS max-height is about this).
const VIEWPORT_PX: f64 = 560.0;

/// Rows rendered beyond each edge of the visible part, so a quick scroll does not show blanks.
const OVERSCAN: usize = 12;

/// What the list shows for one view and one set of filters.
#[derive(Clone)]
struct Listing {
    view: Arc<View>,
    /// Rows and folded runs, in time order.
    entries: Vec<Entry>,
    /// The first row of each rule the rows rest on, for the rule legend.
    rules: Vec<usize>,
    /// How many events pass the filters.
    count: usize,
    /// The filters it was made with (with the view, its identity).
    filters: (Option<&'static str>, Option<Tone>),
}

impl PartialEq for Listing {
    // The view memo makes a new `Arc` only when the view changed, so identity is enough and
    // comparing 200,000 rows is avoided.
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.view, &other.view) && self.filters == other.filters
    }
}

/// One line of the table once folded runs are expanded or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Line {
    /// A row: its index into the view's rows, and whether it sits inside an expanded run.
    Row { row: usize, member: bool },
    /// A folded run: its index into the listing's entries.
    Group { entry: usize },
}

/// The filterable, windowed table of events.
#[component]
pub fn EventList() -> impl IntoView {
    let p = use_planner();

    let listing = Memo::new(move |_| {
        let view = p.view.get()?;
        let filters = (p.lane_filter.get(), p.tone_filter.get());
        let filter = RowFilter::read(&p);
        let shown: Vec<usize> = (0..view.rows.len())
            .filter(|&i| !filter.hides(&view, i))
            .collect();
        Some(Listing {
            entries: list::entries(&view, &shown),
            rules: list::rules_used(&view, &shown),
            count: shown.len(),
            view,
            filters,
        })
    });
    // Expanded runs, by their first row. A new view starts folded.
    let expanded = RwSignal::new(HashSet::<usize>::new());
    Effect::new(move |_| {
        p.view.track();
        expanded.set(HashSet::new());
    });
    // The zone times are shown in: a change re-renders the rows even when the view is equal.
    let zone = Memo::new(move |_| {
        p.computed
            .with(|c| c.good.as_ref().map(|(s, _)| s.display_zone.clone()))
            .unwrap_or_default()
    });
    let lines = Memo::new(move |_| {
        listing.with(|l| {
            let Some(l) = l else { return Vec::new() };
            expanded.with(|open| flatten(&l.entries, open))
        })
    });

    // Says what the filters hide, with a way to show everything again.
    let note = move || {
        let lang = p.lang.get();
        let view = p.view.get()?;
        let shown = listing.with(|l| l.as_ref().map_or(0, |l| l.count));
        let lane = p.lane_filter.get().and_then(|k| {
            view.lanes
                .iter()
                .find(|l| l.key == k)
                .map(|l| l.label.clone())
        });
        let outcome = p.tone_filter.get().map(|t| terms::tone(t).get(lang));
        let filtered = lane.is_some() || outcome.is_some();
        let words = list::count_note(shown, view.rows.len(), lane.as_deref(), outcome, lang);
        Some(view! {
            <p class="hint event-count" data-filtered=filtered.to_string()>
                {words}
                {filtered.then(|| view! {
                    " "
                    <button
                        type="button"
                        class="link-button"
                        data-action="show-all"
                        on:click=move |_| {
                            p.lane_filter.set(None);
                            p.tone_filter.set(None);
                        }
                    >
                        {p.say(labels::SHOW_ALL)}
                    </button>
                })}
            </p>
        })
    };

    // Read once, when the list is first built after the first paint: `innerWidth` needs a
    // fresh layout, which inside a click would be forced between the DOM changes and the paint.
    let wide = wide_screen();

    // The selected event's outcome and reason in full: the rows cut them to two lines, and a
    // tooltip does not open on a touch screen, but tapping the row's time selects it.
    let selected_in_full = move || {
        let i = p.selected.get()?;
        let view = p.view.get()?;
        let row = view.rows.get(i)?;
        Some(view! {
            <p class="selected-why" data-selected-why="">
                <strong>{row.what.clone()}</strong>
                " — "
                {row.why.clone()}
            </p>
        })
    };

    view! {
        <Filters />
        {note}
        {selected_in_full}
        {move || match listing.get() {
            None => view! { <p class="hint">{p.say(labels::ANSWER_PENDING)}</p> }.into_any(),
            Some(l) if l.count == 0 => {
                view! { <p class="hint" data-empty="true">{p.say(labels::NO_EVENTS)}</p> }.into_any()
            }
            Some(l) => view! {
                <RulesUsed listing=l.clone() wide />
                <Rows listing=l expanded lines zone=zone.get() />
            }
            .into_any(),
        }}
    }
}

/// The lane and outcome filters, shared with the chart.
#[component]
fn Filters() -> impl IntoView {
    let p = use_planner();
    let lanes = move || p.view.get().map(|v| v.lanes.clone()).unwrap_or_default();
    view! {
        <div class="filters">
            <label>
                {move || p.say(labels::FILTER_LANE)}
                <select
                    data-filter="lane"
                    on:change=move |ev| {
                        let key = event_target_value(&ev);
                        let found = lanes().into_iter().find(|l| l.key == key).map(|l| l.key);
                        p.lane_filter.set(found);
                    }
                >
                    <option value="" selected=move || p.lane_filter.get().is_none()>
                        {move || p.say(labels::ALL)}
                    </option>
                    {move || {
                        lanes()
                            .into_iter()
                            .map(|lane| {
                                let key = lane.key;
                                view! {
                                    <option value=key selected=move || p.lane_filter.get() == Some(key)>
                                        {lane.label}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
            <label>
                {move || p.say(labels::FILTER_OUTCOME)}
                <select
                    data-filter="outcome"
                    on:change=move |ev| {
                        let key = event_target_value(&ev);
                        p.tone_filter.set(Tone::ALL.into_iter().find(|t| t.key() == key));
                    }
                >
                    <option value="" selected=move || p.tone_filter.get().is_none()>
                        {move || p.say(labels::ALL)}
                    </option>
                    {Tone::ALL
                        .into_iter()
                        .map(|tone| {
                            view! {
                                <option value=tone.key() selected=move || p.tone_filter.get() == Some(tone)>
                                    {move || p.say(terms::tone(tone))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}

/// Each rule the listed events rest on, once, with its source.
#[component]
fn RulesUsed(listing: Listing, wide: bool) -> impl IntoView {
    let p = use_planner();
    let view = listing.view;
    view! {
        <details class="rules-used" open=wide>
            <summary>{move || p.say(labels::RULES_USED)}</summary>
            <ul>
                {listing
                    .rules
                    .iter()
                    .filter_map(|&i| view.rows.get(i))
                    .map(|row| {
                        let lane = view.lanes.get(row.lane).map(|l| l.label.clone()).unwrap_or_default();
                        let rule = list::rule_after_lane(&row.rule, &lane).to_owned();
                        view! {
                            <li>
                                <strong>{lane}</strong>
                                " "
                                {rule}
                                " — "
                                <SourceLink source=row.source />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}

/// Whether the window is wide enough to show the rule legend open above the rows; on a phone
/// it starts folded, so the rows are not pushed a screen down.
fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w >= 700.0)
}

/// The lines of the table, folded runs expanded where `open` says so.
fn flatten(entries: &[Entry], open: &HashSet<usize>) -> Vec<Line> {
    let mut out = Vec::with_capacity(entries.len());
    for (k, entry) in entries.iter().enumerate() {
        match entry {
            Entry::Row(row) => out.push(Line::Row {
                row: *row,
                member: false,
            }),
            Entry::Group(g) => {
                out.push(Line::Group { entry: k });
                if open.contains(&g.first()) {
                    out.extend(g.members.iter().map(|&row| Line::Row { row, member: true }));
                }
            }
        }
    }
    out
}

/// The table itself: a scroll box holding the rows near its scroll position between two
/// spacers.
#[component]
fn Rows(
    listing: Listing,
    expanded: RwSignal<HashSet<usize>>,
    lines: Memo<Vec<Line>>,
    zone: DisplayZone,
) -> impl IntoView {
    let p = use_planner();
    let entries = Arc::new(listing.entries);
    let scroller = NodeRef::<leptos::html::Div>::new();
    let scroll_top = RwSignal::new(0.0f64);
    let viewport = RwSignal::new(VIEWPORT_PX);
    let row_px = RwSignal::new(ROW_PX);
    // Reads the box's scroll position and size and a row's height. Each read needs a fresh
    // layout, so this runs only when layout is already done: from a scroll event, or after the
    // frame that painted new rows (never right after the rows changed, which would force the
    // layout inside the click). It may run after the list was replaced, hence `try_`.
    let measure = move || {
        let Some(Some(el)) = scroller.try_get_untracked() else {
            return;
        };
        let top = f64::from(el.scroll_top());
        if scroll_top.try_get_untracked() != Some(top) {
            scroll_top.try_set(top);
        }
        let height = f64::from(el.client_height());
        if height > 0.0
            && viewport
                .try_get_untracked()
                .is_some_and(|v| (height - v).abs() > 0.5)
        {
            viewport.try_set(height);
        }
        // Every row has the same height by the stylesheet; one measurement gives it.
        if let Ok(Some(row)) = el.query_selector("tbody tr.line") {
            let h = row.get_bounding_client_rect().height();
            if h > 1.0
                && row_px
                    .try_get_untracked()
                    .is_some_and(|r| (h - r).abs() > 0.5)
            {
                row_px.try_set(h);
            }
        }
    };
    // Measured once the rows are on screen, so the spacers use the real row height.
    Effect::new(move |_| {
        lines.track();
        after_paint(measure);
    });
    // The lines in or near the scroll box's visible part, as a range of line positions.
    let range = Memo::new(move |_| {
        let total = lines.with(Vec::len);
        let h = row_px.get().max(1.0);
        let first = (scroll_top.get() / h).floor().max(0.0) as usize;
        let visible = (viewport.get() / h).ceil() as usize + 1;
        let start = first.saturating_sub(OVERSCAN).min(total);
        let end = (first + visible + OVERSCAN).min(total);
        (start, end)
    });
    let found_in = entries.clone();
    // Selecting an event on the chart brings its row (or its folded run) into view.
    Effect::new(move |_| {
        let Some(selected) = p.selected.get() else {
            return;
        };
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        let at = lines.with_untracked(|lines| position(lines, &found_in, selected));
        let Some(at) = at else { return };
        let h = row_px.get_untracked();
        let top = at as f64 * h;
        let shown = f64::from(el.scroll_top());
        if top < shown || top + h > shown + viewport.get_untracked() {
            el.set_scroll_top((top - viewport.get_untracked() / 3.0).max(0.0) as i32);
            measure();
        }
    });

    let lang = p.lang.get_untracked();
    let total = move || lines.with(Vec::len);
    let view = listing.view.clone();
    // Heights go through the CSSOM (`style:`), which the page's CSP allows; a `style`
    // attribute would be refused by `style-src 'self'`.
    let spacer = move |px: f64| format!("{px}px");
    view! {
        // The box's height and scrolling are what the windowing rests on, so they are set
        // here (through the CSSOM, which the page's CSP allows) rather than left to the
        // stylesheet, which a browser test does not load.
        <div
            class="event-scroll"
            style:max-height="min(70vh, 35rem)"
            style:overflow-y="auto"
            node_ref=scroller
            on:scroll=move |_| measure()
        >
            <table class="events" aria-rowcount=move || (total() + 1).to_string()>
                <thead>
                    <tr aria-rowindex="1">
                        <th scope="col">{p.say(labels::COL_TIME)}</th>
                        <th scope="col">{p.say(labels::COL_LANE)}</th>
                        <th scope="col">{p.say(labels::COL_OUTCOME)}</th>
                        <th scope="col">{p.say(labels::COL_WHY)}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr class="spacer" aria-hidden="true">
                        <td colspan="4" style:height=move || spacer(range.get().0 as f64 * row_px.get())></td>
                    </tr>
                    <For
                        each=move || {
                            let (start, end) = range.get();
                            lines
                                .with(|l| {
                                    let end = end.min(l.len());
                                    let start = start.min(end);
                                    l[start..end]
                                        .iter()
                                        .copied()
                                        .enumerate()
                                        .map(|(k, line)| (start + k, line))
                                        .collect::<Vec<_>>()
                                })
                        }
                        key=|item| *item
                        children=move |(pos, line)| {
                            let ctx = RowCtx { p, view: view.clone(), zone: zone.clone(), lang, pos };
                            match line {
                                Line::Row { row, member } => ctx.row(row, member),
                                Line::Group { entry } => match entries.get(entry) {
                                    Some(Entry::Group(g)) => ctx.group(g.clone(), expanded),
                                    _ => ().into_any(),
                                },
                            }
                        }
                    />
                    <tr class="spacer" aria-hidden="true">
                        <td
                            colspan="4"
                            style:height=move || spacer(total().saturating_sub(range.get().1) as f64 * row_px.get())
                        ></td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

/// Where row `selected` is among `lines`: its own line, or its folded run's.
fn position(lines: &[Line], entries: &[Entry], selected: usize) -> Option<usize> {
    lines.iter().position(|line| match *line {
        Line::Row { row, .. } => row == selected,
        Line::Group { entry } => match entries.get(entry) {
            Some(Entry::Group(g)) => g.members.contains(&selected),
            _ => false,
        },
    })
}

/// What every rendered line needs.
struct RowCtx {
    p: Planner,
    view: Arc<View>,
    zone: DisplayZone,
    lang: crate::present::text::Lang,
    /// The line's position in the table, for `aria-rowindex` (the header is 1).
    pos: usize,
}

impl RowCtx {
    fn lane(&self, lane: usize) -> String {
        self.view
            .lanes
            .get(lane)
            .map(|l| l.label.clone())
            .unwrap_or_default()
    }

    fn when(&self, i: usize) -> (String, String) {
        self.view.rows.get(i).map_or_else(Default::default, |r| {
            (
                r.at.to_rfc3339(),
                timefmt::format(r.at, &self.zone, self.lang, Style::DateTime),
            )
        })
    }

    /// The cells every line starts with: the time (a button that selects event `select`), the
    /// lane with its rule as a tooltip, and the outcome.
    fn lead(&self, select: usize, row: &crate::present::Row) -> impl IntoView + use<> {
        let p = self.p;
        let (datetime, when) = self.when(select);
        let lane = self.lane(row.lane);
        let (rule, what) = (row.rule.clone(), row.what.clone());
        view! {
            <td>
                <button type="button" class="linklike" on:click=move |_| p.selected.set(Some(select))>
                    <time datetime=datetime>{when}</time>
                </button>
            </td>
            <td title=rule>{lane}</td>
            <td>
                <span class="clamp">
                    <span class="swatch" aria-hidden="true"></span>
                    {what}
                </span>
            </td>
        }
    }

    /// One event.
    fn row(self, i: usize, member: bool) -> AnyView {
        let p = self.p;
        let Some(row) = self.view.rows.get(i) else {
            return ().into_any();
        };
        let class = format!(
            "line tone-{}{}",
            row.tone.key(),
            if member { " member" } else { "" }
        );
        view! {
            <tr
                class=class
                data-row=i
                aria-rowindex=(self.pos + 2).to_string()
                aria-selected=move || (p.selected.get() == Some(i)).to_string()
            >
                {self.lead(i, row)}
                <td>
                    <span class="clamp" title=row.why.clone()>{row.why.clone()}</span>
                </td>
            </tr>
        }
        .into_any()
    }

    /// A folded run, with the button that expands it.
    fn group(self, g: list::Group, expanded: RwSignal<HashSet<usize>>) -> AnyView {
        let p = self.p;
        let first = g.first();
        let Some(row) = self.view.rows.get(first) else {
            return ().into_any();
        };
        let summary = g.summary(&self.view, self.lang);
        let count = thousands(g.members.len());
        let lang = self.lang;
        let members = g.members.clone();
        let open = move || expanded.with(|e| e.contains(&first));
        let toggle = move |_| {
            expanded.update(|e| {
                if !e.remove(&first) {
                    e.insert(first);
                }
            })
        };
        view! {
            <tr
                class=format!("line group tone-{}", row.tone.key())
                data-group=first
                aria-rowindex=(self.pos + 2).to_string()
                aria-selected=move || p.selected.get().is_some_and(|s| members.contains(&s)).to_string()
            >
                {self.lead(first, row)}
                <td>
                    <span class="clamp">{summary}</span>
                    <button
                        type="button"
                        class="linklike expand"
                        aria-expanded=move || open().to_string()
                        on:click=toggle
                    >
                        {move || {
                            if open() {
                                labels::HIDE_RUN.get(lang).to_owned()
                            } else {
                                labels::SHOW_RUN.fill(lang, &[&count])
                            }
                        }}
                    </button>
                </td>
            </tr>
        }
        .into_any()
    }
}
