//! The event list: the chart's events as a table, for keyboard and screen-reader users and for
//! reading every reason in full. It mirrors the chart's visible span and its filters, and
//! selecting a row selects the event on the chart.

use leptos::prelude::*;

use crate::present::grammar::thousands;
use crate::present::{Tone, labels, terms};

use super::state::use_planner;
use super::timefmt::{self, Style};
use super::timeline::{SourceLink, filtered_out};

/// The most rows the table renders at once; zooming in shows the rest. A year of Entra Connect
/// cycles would otherwise put tens of thousands of rows in the page.
const MAX_ROWS: usize = 200;

/// The filterable table of events.
#[component]
pub fn EventList() -> impl IntoView {
    let p = use_planner();

    let lanes = move || p.view.get().map(|v| v.lanes.clone()).unwrap_or_default();
    let window = p.window;
    // Compared by value: sliding the window without changing which events are inside it
    // leaves the table alone.
    let rows = Memo::new(move |_| {
        let view = p.view.get()?;
        let window = window.get()?;
        let shown: Vec<usize> = (0..view.rows.len())
            .filter(|&i| {
                let r = &view.rows[i];
                let inside = match r.end {
                    Some(end) => r.at < window.end() && end > window.start(),
                    None => window.contains(r.at),
                };
                inside && !filtered_out(&p, &view, i)
            })
            .collect();
        Some((view, shown))
    });

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
        {move || match rows.get() {
            None => view! { <p class="hint">{p.say(labels::ANSWER_PENDING)}</p> }.into_any(),
            Some((_, shown)) if shown.is_empty() => {
                view! { <p class="hint" data-empty="true">{p.say(labels::NO_EVENTS)}</p> }.into_any()
            }
            Some((view, shown)) => {
                let lang = p.lang.get();
                let zone = p
                    .computed
                    .with(|c| c.good.as_ref().map(|(s, _)| s.display_zone.clone()))
                    .unwrap_or_default();
                let more = shown.len().saturating_sub(MAX_ROWS);
                view! {
                    <table class="events">
                        <thead>
                            <tr>
                                <th scope="col">{p.say(labels::COL_TIME)}</th>
                                <th scope="col">{p.say(labels::COL_LANE)}</th>
                                <th scope="col">{p.say(labels::COL_OUTCOME)}</th>
                                <th scope="col">{p.say(labels::COL_WHY)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {shown
                                .into_iter()
                                .take(MAX_ROWS)
                                .map(|i| {
                                    let row = view.rows[i].clone();
                                    let lane = view.lanes.get(row.lane).map(|l| l.label.clone()).unwrap_or_default();
                                    let when = timefmt::format(row.at, &zone, lang, Style::DateTime);
                                    view! {
                                        <tr
                                            class=format!("tone-{}", row.tone.key())
                                            aria-selected=move || (p.selected.get() == Some(i)).to_string()
                                        >
                                            <td>
                                                <button
                                                    type="button"
                                                    class="linklike"
                                                    on:click=move |_| p.selected.set(Some(i))
                                                >
                                                    <time datetime=row.at.to_rfc3339()>{when}</time>
                                                </button>
                                            </td>
                                            <td>{lane}</td>
                                            <td>
                                                <span class="swatch" aria-hidden="true"></span>
                                                {row.what.clone()}
                                            </td>
                                            <td>
                                                {row.why.clone()}
                                                <div class="rule">
                                                    {row.rule.clone()}
                                                    " — "
                                                    <SourceLink source=row.source />
                                                </div>
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                    {(more > 0).then(|| view! { <p class="hint">{labels::MORE_ROWS.fill(lang, &[&thousands(more)])}</p> })}
                }
                    .into_any()
            }
        }}
    }
}
