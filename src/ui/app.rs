//! The page: a header with the product name and the language switch, then the planner — the
//! answer first, the timeline, the controls and the event list. The event list, below the
//! first screen, is built only after the answer and the chart have been painted.

use gloo_timers::callback::{Interval, Timeout};
use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::answer::AnswerPanel;
use super::controls::Controls;
use super::events::EventList;
use super::focus;
use super::fold::after_paint;
use super::lang::{LangSwitch, apply_lang, initial_lang};
use super::link;
use super::state::Planner;
use super::timefmt;
use super::timeline::Timeline;
use crate::engine::Scenario;
use crate::present::labels;
use crate::present::text::Lang;
use crate::presets;
use crate::share::banner::banner;

/// How long the address waits after a burst of changes before following them, in ms.
const QUIET_MS: f64 = 150.0;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    // A shared link opens its plan and its view; a damaged one says why and what was kept.
    let opened = link::opened_from_address();
    let scenario = opened
        .as_ref()
        .and_then(|o| o.scenario.clone())
        .unwrap_or_else(|| presets::default_scenario(timefmt::now()));
    let planner = Planner::new(scenario, initial_lang());
    provide_context(planner);
    // Open on "now", at the closest zoom that shows the next sync, unless the link carries a
    // view of its own.
    planner.open_on_now(None);
    if let Some(o) = &opened {
        planner.apply_view(&o.view);
    }
    let damaged = RwSignal::new(opened.filter(|o| !o.problems.is_empty()));

    // A link pasted into the address bar of an open tab changes only the fragment: follow it.
    // (Our own address updates use replaceState, which fires no hashchange.)
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(o) = link::opened_from_address() {
            if let Some(scenario) = o.scenario.clone() {
                planner.load(scenario);
                planner.apply_view(&o.view);
            }
            damaged.set((!o.problems.is_empty()).then_some(o));
        }
    });

    // The address always reproduces the plan and the view on screen, so copying it from the
    // address bar shares it too. Only valid plans are written. A changed plan (a preset, a typed
    // field) is written at once, so the address is never behind the plan; a burst of view-only
    // changes (PageDown held on the timeline) is written once it pauses, so that replaceState
    // is not called dozens of times a second.
    let pending = StoredValue::new(None::<SendWrapper<Timeout>>);
    let last_write = StoredValue::new(f64::NEG_INFINITY);
    let last_plan = StoredValue::new(None::<Scenario>);
    Effect::new(move |_| {
        if planner.computed.with(|c| c.error.is_none()) {
            let view = planner.shared_view();
            let scenario = planner.draft.get();
            let now = js_sys::Date::now();
            // Dropping a pending write cancels it: the newest state wins.
            pending.set_value(None);
            let plan_changed = last_plan.with_value(|p| p.as_ref() != Some(&scenario));
            if plan_changed || now - last_write.get_value() >= QUIET_MS {
                last_write.set_value(now);
                link::write_address(&scenario, &view);
                last_plan.set_value(Some(scenario));
            } else {
                let write = Timeout::new(QUIET_MS as u32, move || {
                    last_write.set_value(js_sys::Date::now());
                    link::write_address(&scenario, &view);
                });
                pending.set_value(Some(SendWrapper::new(write)));
            }
        }
    });
    let lang = planner.lang;
    Effect::new(move |previous: Option<Lang>| {
        let now = lang.get();
        apply_lang(now);
        if previous.is_some_and(|p| p != now) {
            planner.lang_chosen.set(true);
        }
        now
    });

    // The countdown and the now-line move on their own: advance the clock every second.
    let clock = planner.clock;
    let ticker = SendWrapper::new(Interval::new(1_000, move || clock.set(timefmt::now())));
    on_cleanup(move || drop(ticker));

    // The event list waits for the first paint: the answer and the chart come first.
    let list_ready = RwSignal::new(false);
    after_paint(move || list_ready.set(true));

    view! {
        // The first Tab stop: straight to the menu that adds what happens, past the answer, the
        // chart and the stories (each date field alone is several stops).
        <a
            class="skip-link"
            href="#what-happens"
            data-action="skip-to-add"
            on:click=move |ev| {
                ev.prevent_default();
                focus::go_to_add_menu();
            }
        >
            {move || planner.say(labels::SKIP_TO_ADD)}
        </a>
        <header class="top">
            <div class="brand">
                <h1>{move || planner.say(labels::APP_TITLE)}</h1>
                <p class="tagline">{move || planner.say(labels::TAGLINE)}</p>
            </div>
            <LangSwitch lang=lang />
        </header>
        {move || damaged.get().map(|o| {
            view! {
                <p class="error-summary link-error" role="alert">
                    {move || banner(&o, lang.get())}
                </p>
            }
        })}
        <main class="planner">
            <section class="answer" aria-labelledby="answer-heading" aria-live="polite">
                <AnswerPanel />
            </section>
            <section class="timeline" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{move || planner.say(labels::TIMELINE_HEADING)}</h2>
                <Timeline />
            </section>
            <section class="controls" aria-labelledby="controls-heading">
                <h2 id="controls-heading">{move || planner.say(labels::CONTROLS_HEADING)}</h2>
                <Controls />
            </section>
            <section class="event-list" aria-labelledby="events-heading">
                <h2 id="events-heading">{move || planner.say(labels::EVENTS_HEADING)}</h2>
                {move || {
                    if list_ready.get() {
                        view! { <EventList /> }.into_any()
                    } else {
                        view! { <div class="list-pending" aria-busy="true"></div> }.into_any()
                    }
                }}
            </section>
        </main>
    }
}
