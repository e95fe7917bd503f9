//! Form fields that edit the scenario: each parses what was typed, refuses what cannot be
//! (marking the field and saying why, in the user's language), and otherwise hands a typed
//! value to the scenario. The engine's own checks come back as a path; the field whose path it
//! names shows that message too, so an error is always shown where it was made.

use leptos::prelude::*;

use crate::engine::DisplayZone;
use crate::engine::{DurationError, Period};
use crate::engine::{Instant, ScenarioError};
use crate::present::text::Text;
use crate::present::{labels, terms};

use super::super::state::{Planner, use_planner};
use super::super::timefmt;
use super::edges::Edges;

/// The engine's complaint about `path` (or anything inside it), in the user's language.
pub fn engine_error(p: &Planner, path: &str) -> Option<String> {
    let lang = p.lang.get();
    p.computed.with(|c| {
        let e: &ScenarioError = c.error.as_ref()?;
        let inside = e.at == path
            || e.at
                .strip_prefix(path)
                .is_some_and(|rest| rest.starts_with(['.', '[']));
        inside.then(|| terms::problem(&e.problem, lang))
    })
}

/// The zone the scenario is displayed in (inputs read and show times in it).
pub fn display_zone(p: &Planner) -> DisplayZone {
    p.draft.with(|s| s.display_zone.clone())
}

/// A message under a field: a local parse error wins over the engine's.
#[component]
fn FieldMessage(#[prop(into)] local: Signal<Option<String>>, path: String) -> impl IntoView {
    let p = use_planner();
    let message = move || local.get().or_else(|| engine_error(&p, &path));
    view! {
        {move || message().map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
    }
}

/// The part every typed field shares: a label, an input, and a message under it. `accept`
/// parses what was typed and applies it, or says why it cannot (shown at the field, with the
/// field marked invalid); the engine's complaint about `path` shows there too.
#[component]
fn TypedField(
    label: Text,
    #[prop(optional_no_strip)] suffix: Option<&'static str>,
    input_type: &'static str,
    #[prop(optional)] placeholder: Option<&'static str>,
    #[prop(optional)] min: Option<u32>,
    #[prop(optional)] max: Option<u32>,
    #[prop(into)] shown: Signal<String>,
    accept: Callback<String, Result<(), String>>,
    path: String,
) -> impl IntoView {
    let p = use_planner();
    let local = RwSignal::new(None::<String>);
    view! {
        <label class="field">
            <span>{move || p.say(label)} {suffix}</span>
            <input
                type=input_type
                spellcheck="false"
                placeholder=placeholder
                min=min
                max=max
                data-path=path.clone()
                prop:value=move || shown.get()
                aria-invalid=move || local.get().is_some().to_string()
                on:change=move |ev| local.set(accept.run(event_target_value(&ev)).err())
            />
            <FieldMessage local=local path=path />
        </label>
    }
}

/// A date and time, typed in the display zone (or in UTC where the source system uses UTC).
#[component]
pub fn InstantField(
    label: Text,
    #[prop(into)] value: Signal<Instant>,
    on_set: Callback<Instant>,
    #[prop(into)] path: String,
    #[prop(optional)] utc: bool,
) -> impl IntoView {
    let p = use_planner();
    let zone = move || {
        if utc {
            DisplayZone::Utc
        } else {
            display_zone(&p)
        }
    };
    let accept = Callback::new(
        move |text: String| match timefmt::from_input(&text, &zone()) {
            Some(t) => {
                on_set.run(t);
                Ok(())
            }
            None => Err(labels::ENTER_INSTANT.get(p.lang.get_untracked()).to_owned()),
        },
    );
    let shown = Signal::derive(move || timefmt::to_input(value.get(), &zone()));
    view! {
        <TypedField label=label suffix=utc.then_some(" (UTC)") input_type="datetime-local" shown=shown accept=accept path=path />
    }
}

/// A length of time typed as `PT8H`, `8:00:00` or `1.00:00:00`; optional fields accept empty.
#[component]
pub fn PeriodField(
    label: Text,
    #[prop(into)] value: Signal<Option<Period>>,
    on_set: Callback<Option<Period>>,
    #[prop(into)] path: String,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let p = use_planner();
    let accept = Callback::new(move |text: String| {
        if text.trim().is_empty() && optional {
            on_set.run(None);
            return Ok(());
        }
        let lang = p.lang.get_untracked();
        match text.parse::<Period>() {
            Ok(period) => {
                on_set.run(Some(period));
                Ok(())
            }
            Err(DurationError::Zero) => Err(labels::LENGTH_ZERO.get(lang).to_owned()),
            Err(DurationError::TooLong) => Err(labels::LENGTH_TOO_LONG.get(lang).to_owned()),
            Err(DurationError::Syntax(_)) => Err(labels::LENGTH_SYNTAX.get(lang).to_owned()),
        }
    });
    let shown = Signal::derive(move || value.get().map(|v| v.to_string()).unwrap_or_default());
    view! {
        <TypedField label=label input_type="text" placeholder="1.00:00:00 / PT8H" shown=shown accept=accept path=path />
    }
}

/// A whole number in `min..=max`.
#[component]
pub fn NumberField(
    label: Text,
    #[prop(into)] value: Signal<u32>,
    on_set: Callback<u32>,
    #[prop(into)] path: String,
    min: u32,
    max: u32,
) -> impl IntoView {
    let p = use_planner();
    let accept = Callback::new(move |text: String| {
        match text
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (min..=max).contains(n))
        {
            Some(n) => {
                on_set.run(n);
                Ok(())
            }
            None => Err(labels::WHOLE_NUMBER.fill(
                p.lang.get_untracked(),
                &[&min.to_string(), &max.to_string()],
            )),
        }
    });
    let shown = Signal::derive(move || value.get().to_string());
    view! {
        <TypedField label=label input_type="number" min=min max=max shown=shown accept=accept path=path />
    }
}

/// A choice among fixed options, by key.
#[component]
pub fn SelectField(
    label: Text,
    options: Vec<(String, Text)>,
    #[prop(into)] value: Signal<String>,
    on_set: Callback<String>,
    #[prop(into)] path: String,
) -> impl IntoView {
    let p = use_planner();
    let keys: Vec<String> = options.iter().map(|(k, _)| k.clone()).collect();
    view! {
        <label class="field">
            <span>{move || p.say(label)}</span>
            <select
                data-path=path.clone()
                on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    if keys.contains(&chosen) {
                        on_set.run(chosen);
                    }
                }
            >
                {options
                    .into_iter()
                    .map(|(key, text)| {
                        let option_key = key.clone();
                        view! {
                            <option value=key selected=move || value.get() == option_key>
                                {move || p.say(text)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <FieldMessage local=Signal::derive(|| None::<String>) path=path />
        </label>
    }
}

/// An on/off setting.
#[component]
pub fn CheckField(
    label: Text,
    #[prop(into)] value: Signal<bool>,
    on_set: Callback<bool>,
) -> impl IntoView {
    let p = use_planner();
    view! {
        <label class="field check">
            <input
                type="checkbox"
                prop:checked=move || value.get()
                on:change=move |ev| on_set.run(event_target_checked(&ev))
            />
            <span>{move || p.say(label)}</span>
        </label>
    }
}

/// Where new entries start: at "now", to the minute, inside the horizon — the question people
/// ask is "what if the device goes off now?".
pub fn new_entry_start(p: &Planner) -> Instant {
    use chrono::DurationRound;
    let now = p.now();
    let minute = now
        .duration_trunc(chrono::TimeDelta::minutes(1))
        .unwrap_or(now);
    let horizon = p.draft.with_untracked(|s| s.horizon);
    minute.clamp(
        horizon.start(),
        horizon.end() - chrono::TimeDelta::minutes(1),
    )
}

/// The frame around an entry list: hidden while the list is empty (the add menu brings it up).
#[component]
pub(super) fn ListFrame(
    label: Text,
    path: &'static str,
    #[prop(into)] empty: Signal<bool>,
    children: ChildrenFn,
) -> impl IntoView {
    let p = use_planner();
    view! {
        <Show when=move || !empty.get()>
            <fieldset class="list" data-list=path>
                <legend>{move || p.say(label)}</legend>
                {children()}
            </fieldset>
        </Show>
    }
}

/// A list of spans (power off, outage…): each with a start, an end and a remove button, plus
/// an add button. An end before its start is refused at the row, and the list keeps its last
/// valid state. Rows that may stay open (see [`Edges::CAN_BE_OPEN`]) also have a "not yet
/// fixed" box, which hides the end while ticked.
#[component]
pub fn WindowList<T: Edges>(
    label: Text,
    #[prop(into)] items: Signal<Vec<T>>,
    on_change: Callback<Vec<T>>,
    path: &'static str,
) -> impl IntoView {
    let p = use_planner();
    view! {
        <ListFrame label=label path=path empty=Signal::derive(move || items.with(Vec::is_empty))>
            {move || {
                items
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, w)| {
                        let row_path = format!("{path}[{i}]");
                        let (start_path, end_path) = (format!("{row_path}.start"), format!("{row_path}.end"));
                        let message_path = row_path.clone();
                        let local = RwSignal::new(None::<String>);
                        let set_edges = move |s: Instant, e: Option<Instant>| {
                            let mut list = items.get_untracked();
                            if i >= list.len() {
                                return;
                            }
                            match T::make(s, e) {
                                Some(w) => {
                                    local.set(None);
                                    list[i] = w;
                                    on_change.run(list);
                                }
                                None => local.set(Some(labels::END_AFTER_START.get(p.lang.get_untracked()).into())),
                            }
                        };
                        let end = w.last().map(|end| view! {
                            <InstantField label=labels::END value=Signal::derive(move || end) on_set=Callback::new(move |t| set_edges(w.first(), Some(t))) path=end_path />
                        });
                        // Unticking gives the span back an end: 8 hours on, inside the horizon.
                        let reopen = move || {
                            let horizon_end = p.draft.with_untracked(|s| s.horizon.end());
                            (w.first() + chrono::TimeDelta::hours(8)).min(horizon_end)
                        };
                        let open_box = T::CAN_BE_OPEN.then(|| view! {
                            <CheckField label=labels::NOT_YET_FIXED value=Signal::derive(move || w.last().is_none()) on_set=Callback::new(move |open: bool| set_edges(w.first(), (!open).then(reopen))) />
                        });
                        view! {
                            <div class="list-row" data-row=row_path.clone()>
                                <InstantField label=labels::START value=Signal::derive(move || w.first()) on_set=Callback::new(move |t| set_edges(t, w.last())) path=start_path />
                                {end}
                                {open_box}
                                <RemoveButton items=items on_change=on_change index=i />
                                <FieldMessage local=local path=message_path />
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </ListFrame>
    }
}

/// A new span of `length` at the usual place for new entries, appended to `list`.
pub fn add_window<T: Edges>(p: &Planner, mut list: Vec<T>, length: Period) -> Vec<T> {
    let start = new_entry_start(p);
    let horizon = p.draft.with_untracked(|s| s.horizon);
    let end = (start + length.delta()).min(horizon.end());
    if let Some(w) = T::make(start, Some(end)) {
        list.push(w);
    }
    list
}

/// The × that removes entry `index` from a list.
#[component]
pub(super) fn RemoveButton<T>(
    #[prop(into)] items: Signal<Vec<T>>,
    on_change: Callback<Vec<T>>,
    index: usize,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    let p = use_planner();
    view! {
        <button
            type="button"
            class="remove"
            aria-label=move || p.say(labels::REMOVE)
            on:click=move |_| {
                let mut list = items.get_untracked();
                if index < list.len() {
                    list.remove(index);
                    on_change.run(list);
                }
            }
        >
            "×"
        </button>
    }
}

/// `list` with a new instant at the usual place for new entries.
pub fn add_instant(p: &Planner, mut list: Vec<Instant>) -> Vec<Instant> {
    list.push(new_entry_start(p));
    list
}

/// One menu to add any kind of entry: pick the kind, press Add. Empty lists stay out of the
/// way until something is added to them.
#[component]
pub fn AddMenu(options: Vec<(Text, Callback<()>)>) -> impl IntoView {
    let p = use_planner();
    let chosen = RwSignal::new(0usize);
    let names: Vec<Text> = options.iter().map(|(l, _)| *l).collect();
    let actions: Vec<Callback<()>> = options.into_iter().map(|(_, a)| a).collect();
    view! {
        <div class="add-menu">
            <label class="field">
                <span>{move || p.say(labels::ADD_WHAT)}</span>
                <select data-add-kind="" on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {names
                        .into_iter()
                        .enumerate()
                        .map(|(i, name)| view! {
                            <option value=i.to_string() selected=move || chosen.get() == i>
                                {move || p.say(name)}
                            </option>
                        })
                        .collect_view()}
                </select>
            </label>
            <button
                type="button"
                class="add"
                data-action="add"
                on:click=move |_| {
                    if let Some(action) = actions.get(chosen.get_untracked()) {
                        action.run(());
                    }
                }
            >
                {move || p.say(labels::ADD)}
            </button>
        </div>
    }
}

/// A list of instants (logons, admin syncs…).
#[component]
pub fn InstantList(
    label: Text,
    #[prop(into)] items: Signal<Vec<Instant>>,
    on_change: Callback<Vec<Instant>>,
    path: &'static str,
) -> impl IntoView {
    view! {
        <ListFrame label=label path=path empty=Signal::derive(move || items.with(Vec::is_empty))>
            {move || {
                items
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, at)| {
                        let row_path = format!("{path}[{i}]");
                        let field_path = row_path.clone();
                        view! {
                            <div class="list-row" data-row=row_path>
                                <InstantField
                                    label=labels::AT
                                    value=Signal::derive(move || at)
                                    on_set=Callback::new(move |t| {
                                        let mut list = items.get_untracked();
                                        if let Some(slot) = list.get_mut(i) {
                                            *slot = t;
                                            on_change.run(list);
                                        }
                                    })
                                    path=field_path
                                />
                                <RemoveButton items=items on_change=on_change index=i />
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </ListFrame>
    }
}
