//! The page: a header with the product name and the language switch, then the planner — the
//! answer first, the timeline, the controls and the event list. The controls are built only
//! after the answer and the chart have been painted, and the event list, below the first
//! screen, after the controls.

use gloo_timers::callback::Interval;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::address::AddressWriter;
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
use crate::present::labels;
use crate::present::text::Lang;
use crate::presets;
use crate::share::banner::banner;

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
    planner.follow_what_is_typed();
    // Open on "now", at the closest zoom that shows the next sync, unless the link carries a
    // view of its own.
    planner.open_on_now(None);
    if let Some(o) = &opened {
        planner.apply_view(&o.view);
    }
    let damaged = RwSignal::new(opened.filter(|o| !o.problems.is_empty()));

    // The address always reproduces the plan and the view on screen, so copying it from the
    // address bar shares it too. Only valid plans are written, once the page has been quiet
    // for a moment (see `address`), so the write never delays the frame a click paints.
    let address = AddressWriter::new();
    Effect::new(move |_| {
        if planner.computed.with(|c| c.error.is_none()) {
            address.schedule(planner.draft.get(), planner.shared_view());
        }
    });
    // Leaving the page (reload, another address, closing) writes a waiting address at once.
    let on_leave = window_event_listener(leptos::ev::pagehide, move |_| address.flush());

    // A link pasted into the address bar of an open tab changes only the fragment: follow it.
    // (Our own address updates use replaceState, which fires no hashchange.) A write still
    // waiting holds an older plan: it must not overwrite the pasted link, so it is dropped.
    let on_paste = window_event_listener(leptos::ev::hashchange, move |_| {
        address.cancel();
        if let Some(o) = link::opened_from_address() {
            if let Some(scenario) = o.scenario.clone() {
                planner.load(scenario);
                planner.apply_view(&o.view);
            }
            damaged.set((!o.problems.is_empty()).then_some(o));
        }
    });
    // An app taken off the page (the browser tests mount one after another) stops listening.
    on_cleanup(move || {
        on_leave.remove();
        on_paste.remove();
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

    // The answer and the chart come first: the controls are built once they have been
    // painted, and the event list after the controls have been. Each part built later is code
    // the browser compiles, and a page it lays out, after the answer is on screen instead of
    // before.
    let controls_ready = RwSignal::new(false);
    let list_ready = RwSignal::new(false);
    after_paint(move || {
        controls_ready.set(true);
        after_paint(move || list_ready.set(true));
    });

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
            <section class="answer" aria-labelledby="answer-heading">
                <AnswerPanel />
            </section>
            <section class="timeline" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{move || planner.say(labels::TIMELINE_HEADING)}</h2>
                <Timeline />
            </section>
            <section class="controls" aria-labelledby="controls-heading">
                <h2 id="controls-heading">{move || planner.say(labels::CONTROLS_HEADING)}</h2>
                // The same shape as the list's below, so the bundle holds one copy of it.
                {move || {
                    if controls_ready.get() {
                        view! { <Controls /> }.into_any()
                    } else {
                        ().into_any()
                    }
                }}
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
