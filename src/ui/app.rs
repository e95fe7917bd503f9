//! The page: a header with the product name and the language switch, then the planner — the
//! answer first, the timeline, the controls and the event list. The event list, below the
//! first screen, is built only after the answer and the chart have been painted.

use gloo_timers::callback::Interval;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::answer::AnswerPanel;
use super::controls::Controls;
use super::events::EventList;
use super::fold::after_paint;
use super::lang::{LangSwitch, apply_lang, initial_lang};
use super::link;
use super::state::Planner;
use super::timefmt;
use super::timeline::Timeline;
use crate::present::labels;
use crate::present::terms;
use crate::present::text::Lang;
use crate::presets;
use crate::share::LinkError;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    // A shared link opens its scenario; a damaged one says why and opens the default instead.
    let (scenario, link_error) = match link::scenario_from_address() {
        Ok(Some(scenario)) => (scenario, None),
        Ok(None) => (presets::default_scenario(timefmt::now()), None),
        Err(e) => (presets::default_scenario(timefmt::now()), Some(e)),
    };
    let link_error = RwSignal::new(link_error);
    let planner = Planner::new(scenario, initial_lang());
    provide_context(planner);
    // Open on "now", at the closest zoom that shows the next sync.
    planner.open_on_now(None);

    // A link pasted into the address bar of an open tab changes only the fragment: follow it.
    // (Our own address updates use replaceState, which fires no hashchange.)
    let _ = window_event_listener(
        leptos::ev::hashchange,
        move |_| match link::scenario_from_address() {
            Ok(Some(scenario)) => {
                link_error.set(None);
                planner.load(scenario);
            }
            Ok(None) => {}
            Err(e) => link_error.set(Some(e)),
        },
    );

    // The address always reproduces the plan on screen, so copying it from the address bar
    // shares it too. Only valid scenarios are written.
    Effect::new(move |_| {
        if planner.computed.with(|c| c.error.is_none()) {
            planner.draft.with(link::write_address);
        }
    });
    let lang = planner.lang;
    Effect::new(move |_| apply_lang(lang.get()));

    // The countdown and the now-line move on their own: advance the clock every second.
    let clock = planner.clock;
    let ticker = SendWrapper::new(Interval::new(1_000, move || clock.set(timefmt::now())));
    on_cleanup(move || drop(ticker));

    // The event list waits for the first paint: the answer and the chart come first.
    let list_ready = RwSignal::new(false);
    after_paint(move || list_ready.set(true));

    view! {
        <header class="top">
            <div class="brand">
                <h1>{move || planner.say(labels::APP_TITLE)}</h1>
                <p class="tagline">{move || planner.say(labels::TAGLINE)}</p>
            </div>
            <LangSwitch lang=lang />
        </header>
        {move || link_error.get().map(|e| {
            view! {
                <p class="error-summary link-error" role="alert">
                    {move || planner.say(labels::LINK_NOT_OPENED)}
                    {move || link_problem(lang.get(), &e)}
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

/// Why a link did not open, in the user's language.
fn link_problem(lang: Lang, e: &LinkError) -> String {
    match e {
        LinkError::TooLong => labels::LINK_TOO_LONG.get(lang).to_owned(),
        LinkError::Garbled => labels::LINK_GARBLED.get(lang).to_owned(),
        LinkError::Scenario(err) => {
            let place = if err.at.is_empty() {
                String::new()
            } else {
                format!("{}: ", err.at)
            };
            format!("{place}{}", terms::problem(&err.problem, lang))
        }
    }
}
