//! The timeline on the page: the chart from [`crate::chart`], zoom and pan controls, and a
//! details panel for the event under the pointer or the keyboard cursor.
//!
//! The chart is one SVG string drawn from our own data (labels from `present`'s tables and
//! `Intl`; nothing a user typed), so it is set as markup. Interaction maps pointer positions
//! back to events through the chart's geometry, and the keyboard moves a cursor through the
//! events, so the chart is usable without a mouse.

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::chart::{self, Geometry, Zoom};
use crate::engine::Window;
use crate::engine::{Instant, sort_by_instant};
use crate::present::text::Text;
use crate::present::{Mark, Tone, View, grammar, labels, terms};

use super::state::{Planner, use_planner};
use super::timefmt::{self, Style};

/// Whether the page is in its dark colour scheme (the chart and its pictures follow it).
pub(super) fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// What a click on an empty spot of the chart adds there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ClickAdd {
    Nothing,
    PowerOff,
    Offline,
    Logon,
    AdminSync,
    Outage,
    Suspended,
    ManualDelta,
}

impl ClickAdd {
    const DEVICE: [ClickAdd; 5] = [
        ClickAdd::Nothing,
        ClickAdd::PowerOff,
        ClickAdd::Offline,
        ClickAdd::Logon,
        ClickAdd::AdminSync,
    ];
    const SERVER: [ClickAdd; 4] = [
        ClickAdd::Nothing,
        ClickAdd::Outage,
        ClickAdd::Suspended,
        ClickAdd::ManualDelta,
    ];

    fn key(self) -> &'static str {
        match self {
            ClickAdd::Nothing => "nothing",
            ClickAdd::PowerOff => "power-off",
            ClickAdd::Offline => "offline",
            ClickAdd::Logon => "logon",
            ClickAdd::AdminSync => "admin-sync",
            ClickAdd::Outage => "outage",
            ClickAdd::Suspended => "suspended",
            ClickAdd::ManualDelta => "manual-delta",
        }
    }

    /// The choice's words in the click-add select.
    const fn label(self) -> Text {
        match self {
            ClickAdd::Nothing => labels::CLICK_ADD_NOTHING,
            ClickAdd::PowerOff => labels::CLICK_ADD_POWER_OFF,
            ClickAdd::Offline => labels::CLICK_ADD_OFFLINE,
            ClickAdd::Logon => labels::CLICK_ADD_LOGON,
            ClickAdd::AdminSync => labels::CLICK_ADD_ADMIN_SYNC,
            ClickAdd::Outage => labels::CLICK_ADD_OUTAGE,
            ClickAdd::Suspended => labels::CLICK_ADD_SUSPENDED,
            ClickAdd::ManualDelta => labels::CLICK_ADD_MANUAL_DELTA,
        }
    }

    /// Adds this kind of entry at `at` to the scenario. Entries that the scenario refuses
    /// (e.g. overlapping another power-off) show up as an error at the list, like typed ones.
    fn apply(self, s: &mut crate::engine::Scenario, at: Instant) {
        use crate::engine::Period;
        use crate::engine::entra::{Command, ManualCommand};
        let span = |hours: u32| {
            let w = Window::starting(at, Period::hours(hours));
            Window::new(w.start(), w.end().min(s.horizon.end())).ok()
        };
        match self {
            ClickAdd::Nothing => {}
            ClickAdd::PowerOff => {
                if let (Some(w), Some(d)) = (span(8), s.device.as_mut()) {
                    d.power_off.push(w.into());
                }
            }
            ClickAdd::Offline => {
                if let (Some(w), Some(d)) = (span(2), s.device.as_mut()) {
                    d.offline.push(w.into());
                }
            }
            ClickAdd::Logon => s.device.iter_mut().for_each(|d| d.logons.push(at)),
            ClickAdd::AdminSync => s.device.iter_mut().for_each(|d| d.admin_syncs.push(at)),
            ClickAdd::Outage => {
                if let (Some(w), Some(v)) = (span(4), s.server.as_mut()) {
                    v.outages.push(w.into());
                }
            }
            ClickAdd::Suspended => {
                if let (Some(w), Some(v)) = (span(8), s.server.as_mut()) {
                    v.suspended_spans.push(w.into());
                }
            }
            ClickAdd::ManualDelta => s.server.iter_mut().for_each(|v| {
                v.manual.push(ManualCommand {
                    at,
                    command: Command::StartDelta,
                });
                sort_by_instant(&mut v.manual, |m| m.at);
            }),
        }
    }
}

/// The event-list filters as they stand, read once per computation: each signal read is
/// tracked, so reading them for every row would cost thousands of subscriptions on a long
/// horizon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowFilter {
    lane: Option<&'static str>,
    tone: Option<Tone>,
}

impl RowFilter {
    /// The filters now, tracked (a memo reading them recomputes when they change).
    pub fn read(p: &Planner) -> Self {
        Self {
            lane: p.lane_filter.get(),
            tone: p.tone_filter.get(),
        }
    }

    /// The filters now, untracked (for event handlers).
    pub fn read_untracked(p: &Planner) -> Self {
        Self {
            lane: p.lane_filter.get_untracked(),
            tone: p.tone_filter.get_untracked(),
        }
    }

    /// Whether row `i` of `view` is hidden by these filters.
    pub fn hides(&self, view: &View, i: usize) -> bool {
        let Some(row) = view.rows.get(i) else {
            return true;
        };
        let lane_key = view.lanes.get(row.lane).map(|l| l.key);
        self.lane.is_some_and(|k| Some(k) != lane_key) || self.tone.is_some_and(|t| t != row.tone)
    }
}

/// The chart with its controls.
#[component]
pub fn Timeline() -> impl IntoView {
    let p = use_planner();
    let geometry = StoredValue::new(None::<Geometry>);
    let chart_ref = NodeRef::<leptos::html::Div>::new();
    let window = p.window;
    let now = p.coarse_now;
    // The chart is drawn at the width it is shown at (one SVG unit is one CSS pixel), so its
    // text keeps the page's size at every width. The width is measured once the container is
    // in the page, and again by a ResizeObserver whenever the container changes size (a window
    // resize, a phone turned, a scrollbar appearing); the chart is redrawn when it changes.
    // Until the first measurement the chart is not drawn at all, rather than drawn at a guess
    // and stretched.
    let width = RwSignal::new(0u32);
    let measure = move || {
        if let Some(el) = chart_ref.get_untracked() {
            let w = u32::try_from(el.client_width()).unwrap_or(0);
            if w > 0 && w != width.get_untracked() {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        // Runs after the first render, once the container exists.
        let Some(el) = chart_ref.get() else {
            return;
        };
        measure();
        let on_resize = Closure::<dyn Fn()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&el);
            let kept = SendWrapper::new((observer, on_resize));
            on_cleanup(move || kept.take().0.disconnect());
        }
    });

    let svg = Memo::new(move |_| {
        let view = p.view.get()?;
        let window = window.get()?;
        let zone = p
            .computed
            .with(|c| c.good.as_ref().map(|(s, _)| s.display_zone.clone()))?;
        let lang = p.lang.get();
        let offset = |t: Instant| timefmt::offset_secs(t, &zone);
        let label = |t: Instant, kind: chart::AxisText| {
            let style = match kind {
                chart::AxisText::Day => Style::Day,
                chart::AxisText::Time => Style::Time,
            };
            timefmt::format(t, &zone, lang, style)
        };
        let filter = RowFilter::read(&p);
        let hidden = |i: usize| filter.hides(&view, i);
        let spec = chart::Spec {
            view: &view,
            window,
            now: Some(now.get()),
            selected: p.selected.get(),
            hidden: &hidden,
            palette: if prefers_dark() {
                chart::DARK
            } else {
                chart::LIGHT
            },
            width: Some(width.get()).filter(|w| *w > 0)?,
            offset: &offset,
            tick_label: &label,
        };
        let (svg, geo) = chart::render(&spec);
        geometry.set_value(Some(geo));
        Some(svg)
    });

    // Pointer position in SVG units, from a mouse event on the chart container.
    let to_svg_units = move |ev: &MouseEvent| -> Option<(f64, f64)> {
        let el = chart_ref.get()?;
        let geo = geometry.get_value()?;
        let rect = el.get_bounding_client_rect();
        let scale = f64::from(geo.width) / rect.width().max(1.0);
        Some((
            (f64::from(ev.client_x()) - rect.left()) * scale,
            (f64::from(ev.client_y()) - rect.top()) * scale,
        ))
    };
    let on_move = move |ev: MouseEvent| {
        let (Some(pt), Some(view), Some(w), Some(geo)) = (
            to_svg_units(&ev),
            p.view.get_untracked(),
            window.get_untracked(),
            geometry.get_value(),
        ) else {
            return;
        };
        if let Some(i) = chart::hit(&view, &w, &geo, pt)
            && p.selected.get_untracked() != Some(i)
        {
            p.selected.set(Some(i));
        }
    };

    let on_key = move |ev: KeyboardEvent| {
        let (Some(view), Some(w)) = (p.view.get_untracked(), window.get_untracked()) else {
            return;
        };
        let Some(horizon) = p
            .computed
            .with_untracked(|c| c.good.as_ref().map(|(s, _)| s.horizon))
        else {
            return;
        };
        let filter = RowFilter::read_untracked(&p);
        let shown: Vec<usize> = (0..view.rows.len())
            .filter(|&i| !filter.hides(&view, i))
            .collect();
        let in_window: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&i| w.contains(view.rows[i].at))
            .collect();
        let current = p.selected.get_untracked();
        let pick = |i: Option<usize>| {
            if let Some(i) = i {
                p.selected.set(Some(i));
                let at = view.rows[i].at;
                if !w.contains(at) {
                    // Follow the cursor: put the event a quarter of the way in.
                    p.pan.set(Some(at - w.length() / 4));
                }
            }
        };
        match ev.key().as_str() {
            "ArrowRight" => pick(match current {
                Some(c) => shown.iter().copied().find(|&i| i > c),
                None => in_window.first().copied(),
            }),
            "ArrowLeft" => pick(match current {
                Some(c) => shown.iter().rev().copied().find(|&i| i < c),
                None => in_window.last().copied(),
            }),
            "Home" => pick(in_window.first().copied()),
            "End" => pick(in_window.last().copied()),
            "+" | "=" => p.zoom.update(|z| *z = z.step(-1)),
            "-" | "_" => p.zoom.update(|z| *z = z.step(1)),
            "PageUp" => p.pan.set(Some(chart::panned(&w, &horizon, -0.5))),
            "PageDown" => p.pan.set(Some(chart::panned(&w, &horizon, 0.5))),
            "Escape" => p.selected.set(None),
            _ => return,
        }
        ev.prevent_default();
    };

    let click_add = RwSignal::new(ClickAdd::Nothing);
    let on_click = move |ev: MouseEvent| {
        let kind = click_add.get_untracked();
        let (Some((x, y)), Some(view), Some(w), Some(geo)) = (
            to_svg_units(&ev),
            p.view.get_untracked(),
            window.get_untracked(),
            geometry.get_value(),
        ) else {
            return;
        };
        if kind == ClickAdd::Nothing || chart::hit(&view, &w, &geo, (x, y)).is_some() {
            return;
        }
        let frac = (x - f64::from(geo.left)) / f64::from((geo.right - geo.left).max(1));
        if !(0.0..=1.0).contains(&frac) {
            return;
        }
        let offset = (w.length().num_seconds() as f64 * frac) as i64;
        // Whole minutes: nobody means 10:03:27.
        let at = w.start() + chrono::TimeDelta::seconds(offset / 60 * 60);
        p.draft.update(|s| kind.apply(s, at));
        p.selected.set(None);
    };

    let pan_by = move |fraction: f64| {
        let (Some(w), Some(horizon)) = (
            window.get_untracked(),
            p.computed
                .with_untracked(|c| c.good.as_ref().map(|(s, _)| s.horizon)),
        ) else {
            return;
        };
        p.pan.set(Some(chart::panned(&w, &horizon, fraction)));
    };

    view! {
        <div class="timeline-toolbar" role="toolbar" aria-label=move || p.say(labels::TIMELINE_HEADING)>
            <div class="zoom" role="group" aria-label=move || p.say(labels::ZOOM)>
                {Zoom::ALL
                    .into_iter()
                    .map(|z| {
                        view! {
                            <button
                                type="button"
                                data-zoom=z.key()
                                aria-pressed=move || (p.zoom.get() == z).to_string()
                                on:click=move |_| {
                                    p.zoom.set(z);
                                    p.pan.set(None);
                                }
                            >
                                {move || p.say(z.label())}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <select
                class="click-add"
                data-click-add=""
                aria-label=move || p.say(labels::CLICK_ADD)
                on:change=move |ev| {
                    let key = event_target_value(&ev);
                    let found = ClickAdd::DEVICE.iter().chain(ClickAdd::SERVER.iter()).find(|k| k.key() == key);
                    click_add.set(found.copied().unwrap_or(ClickAdd::Nothing));
                }
            >
                {move || {
                    let kinds: &[ClickAdd] = match p.system.get() {
                        super::state::System::Device => &ClickAdd::DEVICE,
                        super::state::System::Server => &ClickAdd::SERVER,
                    };
                    let lang = p.lang.get();
                    kinds
                        .iter()
                        .map(|k| {
                            let k = *k;
                            view! { <option value=k.key() selected=move || click_add.get() == k>{k.label().get(lang)}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <div class="pan" role="group" aria-label=move || p.say(labels::PAN)>
                <button type="button" data-pan="back" on:click=move |_| pan_by(-0.5)>
                    {move || p.say(labels::EARLIER)}
                </button>
                <button type="button" data-pan="now" on:click=move |_| p.pan.set(None)>
                    {move || p.say(labels::BACK_TO_NOW)}
                </button>
                <button type="button" data-pan="forward" on:click=move |_| pan_by(0.5)>
                    {move || p.say(labels::LATER)}
                </button>
            </div>
        </div>
        <div
            class="chart"
            node_ref=chart_ref
            tabindex="0"
            role="group"
            aria-roledescription=move || p.say(labels::CHART_ROLE)
            aria-label=move || p.say(labels::CHART_HELP)
            aria-describedby="event-details"
            // The visible span, for tests and tools: "start/end" in UTC (ISO 8601).
            data-window=move || {
                window.get().map(|w| format!("{}/{}", w.start().to_rfc3339(), w.end().to_rfc3339()))
            }
            class:adding=move || click_add.get() != ClickAdd::Nothing
            on:mousemove=on_move
            on:click=on_click
            on:keydown=on_key
            inner_html=move || svg.get().unwrap_or_default()
        ></div>
        <EventDetails />
        <Legend />
    }
}

/// Exact facts about the selected event: local and UTC time, duration, rule and source.
#[component]
fn EventDetails() -> impl IntoView {
    let p = use_planner();
    let details = move || {
        let i = p.selected.get()?;
        let view = p.view.get()?;
        let row = view.rows.get(i)?.clone();
        let lane = view
            .lanes
            .get(row.lane)
            .map(|l| l.label.clone())
            .unwrap_or_default();
        let zone = p
            .computed
            .with(|c| c.good.as_ref().map(|(s, _)| s.display_zone.clone()))?;
        Some((row, lane, zone))
    };
    view! {
        <div id="event-details" class="event-details" aria-live="polite">
            {move || match details() {
                None => view! { <p class="hint">{p.say(labels::CHART_HINT)}</p> }.into_any(),
                Some((row, lane, zone)) => {
                    let lang = p.lang.get();
                    let local = timefmt::format(row.at, &zone, lang, Style::Exact);
                    let utc = timefmt::format_utc(row.at, lang);
                    let duration = row.end.map(|end| {
                        labels::DURATION.fill(lang, &[&grammar::span(lang, (end - row.at).num_seconds())])
                    });
                    view! {
                        <p class=format!("what tone-{}", row.tone.key())>
                            <strong>{lane}</strong>
                            " — "
                            {row.what.clone()}
                        </p>
                        <p class="when">
                            <time datetime=row.at.to_rfc3339()>{local}</time>
                            " · "
                            {utc}
                            {duration.map(|d| format!(" · {d}"))}
                        </p>
                        <p class="why">{row.why.clone()}</p>
                        <p class="rule">
                            {row.rule.clone()}
                            " — "
                            <SourceLink source=row.source />
                        </p>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// A source, linked when it has an address, with its confidence.
#[component]
pub fn SourceLink(source: &'static crate::engine::source::Source) -> impl IntoView {
    let p = use_planner();
    let confidence = move || p.say(terms::confidence(source.confidence));
    let title = move || p.say(terms::source_title(source));
    match source.url {
        Some(url) => view! {
            <a href=url target="_blank" rel="noopener noreferrer">{title}</a>
            " ("
            {confidence}
            ")"
        }
        .into_any(),
        None => view! { <span>{title}</span> " (" {confidence} ")" }.into_any(),
    }
}

/// What the colours and shapes mean.
#[component]
fn Legend() -> impl IntoView {
    let p = use_planner();
    let shades = move || {
        let view = p.view.get()?;
        let mut kinds: Vec<_> = view
            .shades
            .iter()
            .map(|s| (s.kind, s.label.clone()))
            .collect();
        kinds.sort_by_key(|(k, _)| k.key());
        kinds.dedup_by_key(|(k, _)| *k);
        Some(kinds)
    };
    view! {
        <ul class="legend" aria-label=move || p.say(labels::LEGEND)>
            {Tone::ALL
                .into_iter()
                .map(|tone| {
                    view! {
                        <li class=format!("tone-{}", tone.key())>
                            <span class="swatch" aria-hidden="true"></span>
                            {move || p.say(terms::tone(tone))}
                        </li>
                    }
                })
                .collect_view()}
            {move || {
                shades()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(kind, label)| {
                        view! {
                            <li class=format!("shade-{}", kind.key())>
                                <span class="swatch" aria-hidden="true"></span>
                                {label}
                            </li>
                        }
                    })
                    .collect_view()
            }}
            // The marks that set rows apart, when the view has them.
            {move || {
                let view = p.view.get()?;
                let has = |m: Mark| view.rows.iter().any(|r| r.mark == m);
                let lang = p.lang.get();
                let entries = [
                    (Mark::FullSteps, "mark-full-steps", labels::export::LEGEND_FULL_STEPS),
                    (Mark::Deadline, "mark-deadline", labels::export::LEGEND_DEADLINE),
                ];
                Some(
                    entries
                        .into_iter()
                        .filter(|(m, _, _)| has(*m))
                        .map(|(_, class, words)| view! { <li class=class>{words.get(lang)}</li> })
                        .collect_view(),
                )
            }}
        </ul>
    }
}
