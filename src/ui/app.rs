//! The page: a header with the product name and the language switch, then the three regions
//! of the planner — the answer first, the timeline, and the controls.

use leptos::prelude::*;

use super::lang::{LangSwitch, apply_lang, initial_lang};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(initial_lang());
    Effect::new(move |_| apply_lang(lang.get()));
    provide_context(lang);
    let t = move || lang.get().strings();

    view! {
        <header class="top">
            <div class="brand">
                <h1>{move || t().app_title}</h1>
                <p class="tagline">{move || t().tagline}</p>
            </div>
            <LangSwitch lang=lang />
        </header>
        <main class="planner">
            <section class="answer" aria-labelledby="answer-heading" aria-live="polite">
                <h2 id="answer-heading">{move || t().answer_heading}</h2>
                <p class="answer-text">{move || t().answer_pending}</p>
            </section>
            <section class="timeline" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{move || t().timeline_heading}</h2>
            </section>
            <section class="controls" aria-labelledby="controls-heading">
                <h2 id="controls-heading">{move || t().controls_heading}</h2>
            </section>
        </main>
    }
}
