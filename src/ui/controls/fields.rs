//! Form fields that edit the scenario: each parses what was typed, refuses what cannot be
//! (marking the field and saying why, in the user's language), and otherwise hands a typed
//! value to the scenario. The engine's own checks come back as a path; the field whose path it
//! names shows that message too, so an error is always shown where it was made.

use leptos::prelude::*;

use crate::engine::DisplayZone;
use crate::engine::{DurationError, Period};
use crate::engine::{Instant, ScenarioError, Span, first_free};
use crate::present::fields::{Refusal, remove_name};
use crate::present::lengths;
use crate::present::text::Text;
use crate::present::{labels, terms};

use super::super::focus;
use super::super::state::{Planner, use_planner};
use super::super::timefmt;
use super::edges::{Edges, spans_of};

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

/// The message at `path`: what the field there refused, else the engine's complaint about it.
pub fn message_at(p: &Planner, path: &str) -> Option<String> {
    p.refusal(path)
        .map(|r| r.words(p.lang.get()))
        .or_else(|| engine_error(p, path))
}

/// The id of the message shown for `path`, for the field's `aria-describedby`.
pub fn message_id(path: &str) -> String {
    let safe: String = path
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("msg-{safe}")
}

/// The zone the scenario is displayed in (inputs read and show times in it).
pub fn display_zone(p: &Planner) -> DisplayZone {
    p.draft.with(|s| s.display_zone.clone())
}

/// The message under a field or a list row: what was refused there wins over the engine's
/// complaint. Its id is [`message_id`], which the fields it concerns point at.
#[component]
pub fn FieldMessage(path: String) -> impl IntoView {
    let p = use_planner();
    let id = message_id(&path);
    view! {
        {move || message_at(&p, &path).map(|m| view! { <span class="field-error" id=id.clone() role="alert">{m}</span> })}
    }
}

/// The marks of a field at `path` inside an optional list row: whether it is invalid, and the
/// ids of the messages that describe it (its own, its row's).
fn marks(p: &Planner, path: &str, row: Option<&str>) -> (bool, Option<String>) {
    let ids: Vec<String> = std::iter::once(path)
        .chain(row)
        .filter(|at| message_at(p, at).is_some())
        .map(message_id)
        .collect();
    (!ids.is_empty(), (!ids.is_empty()).then(|| ids.join(" ")))
}

/// Puts `shown` into the input only when it differs from what the input holds: writing the
/// same value into a date field that is being typed in resets the part being typed.
fn follow_value(input: NodeRef<leptos::html::Input>, shown: Signal<String>) {
    Effect::new(move |_| {
        let value = shown.get();
        if let Some(el) = input.get()
            && el.value() != value
        {
            el.set_value(&value);
        }
    });
}

/// Whether the browser holds input it cannot turn into a value: a date with a part left
/// blank gives the page an empty value and sets `validity.badInput`. Read through `Reflect`
/// so that the bundle's `web-sys` features (shared by every build of the app) stay as they are.
fn holds_bad_input(input: &web_sys::HtmlInputElement) -> bool {
    use wasm_bindgen::JsValue;
    js_sys::Reflect::get(input, &JsValue::from_str("validity"))
        .and_then(|v| js_sys::Reflect::get(&v, &JsValue::from_str("badInput")))
        .is_ok_and(|b| b.as_bool() == Some(true))
}

/// The part every typed field shares: a label, an input, and a message under it. `accept`
/// parses what was typed and applies it, or says why it cannot (shown at the field, with the
/// field marked invalid, and kept as typed); the engine's complaint about `path` shows there
/// too. A field in a list row is also marked by its row's message. `incomplete` is what the
/// field says when the browser holds input it cannot give as a value (a date with a part
/// blank): what was typed is unfinished, not wrong.
#[component]
fn TypedField(
    label: Text,
    #[prop(optional_no_strip)] suffix: Option<&'static str>,
    input_type: &'static str,
    #[prop(optional_no_strip)] placeholder: Option<Text>,
    #[prop(optional_no_strip)] incomplete: Option<Refusal>,
    #[prop(optional)] min: Option<u32>,
    #[prop(optional)] max: Option<u32>,
    #[prop(into)] shown: Signal<String>,
    accept: Callback<String, Result<(), Refusal>>,
    path: String,
    #[prop(optional_no_strip)] row: Option<String>,
) -> impl IntoView {
    let p = use_planner();
    let input = NodeRef::<leptos::html::Input>::new();
    follow_value(input, shown);
    let (mark_path, mark_row) = (path.clone(), row.clone());
    let marked = Memo::new(move |_| marks(&p, &mark_path, mark_row.as_deref()));
    let own = path.clone();
    // A field that goes away takes its refusal with it.
    let gone = path.clone();
    on_cleanup(move || p.refuse(&gone, None));
    view! {
        <label class="field">
            <span>{move || p.say(label)} {suffix}</span>
            <input
                node_ref=input
                type=input_type
                spellcheck="false"
                placeholder=move || placeholder.map(|t| p.say(t))
                min=min
                max=max
                data-path=path.clone()
                aria-invalid=move || marked.get().0.to_string()
                aria-describedby=move || marked.get().1
                on:change=move |ev| {
                    let el = event_target::<web_sys::HtmlInputElement>(&ev);
                    let refusal = match &incomplete {
                        Some(r) if holds_bad_input(&el) => Some(r.clone()),
                        _ => accept.run(el.value()).err(),
                    };
                    p.refuse(&own, refusal);
                }
            />
            <FieldMessage path=path />
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
    #[prop(optional_no_strip)] row: Option<String>,
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
            None => Err(Refusal::NotAnInstant),
        },
    );
    let shown = Signal::derive(move || timefmt::to_input(value.get(), &zone()));
    view! {
        <TypedField label=label suffix=utc.then_some(" (UTC)") input_type="datetime-local" incomplete=Some(Refusal::DateIncomplete) shown=shown accept=accept path=path row=row />
    }
}

/// A length of time, shown as people write it ("10 min", "10分") and read from that, from
/// the clock spelling ("00:10:00", "1.00:00:00") and from ISO 8601 ("PT10M"), never shown
/// in ISO 8601 (`present::lengths`); optional fields accept empty.
#[component]
pub fn PeriodField(
    label: Text,
    #[prop(into)] value: Signal<Option<Period>>,
    on_set: Callback<Option<Period>>,
    #[prop(into)] path: String,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let accept = Callback::new(move |text: String| {
        if text.trim().is_empty() && optional {
            on_set.run(None);
            return Ok(());
        }
        match lengths::read(&text) {
            Ok(period) => {
                on_set.run(Some(period));
                Ok(())
            }
            Err(DurationError::Zero) => Err(Refusal::LengthZero),
            Err(DurationError::TooLong) => Err(Refusal::LengthTooLong),
            Err(DurationError::Syntax(_)) => Err(Refusal::LengthSyntax),
        }
    });
    let p = use_planner();
    let shown = Signal::derive(move || {
        value
            .get()
            .map(|v| lengths::field_text(p.lang.get(), v))
            .unwrap_or_default()
    });
    view! {
        <TypedField label=label input_type="text" placeholder=Some(labels::LENGTH_PLACEHOLDER) shown=shown accept=accept path=path />
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
            None => Err(Refusal::WholeNumber { min, max }),
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
            <FieldMessage path=path />
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
/// an add button. Rows are keyed by their place in the list, so typing in one (which changes
/// the list) never rebuilds it and the focus stays where it is. Rows that may stay open (see
/// [`Edges::CAN_BE_OPEN`]) also have a "not yet fixed" box, which hides the end while ticked.
#[component]
pub fn WindowList<T: Edges>(
    label: Text,
    #[prop(into)] items: Signal<Vec<T>>,
    on_change: Callback<Vec<T>>,
    path: &'static str,
) -> impl IntoView {
    view! {
        <ListFrame label=label path=path empty=Signal::derive(move || items.with(Vec::is_empty))>
            <For each=move || 0..items.with(Vec::len) key=|i| *i let:i>
                <WindowRow items=items on_change=on_change path=path index=i />
            </For>
        </ListFrame>
    }
}

/// Row `index` of a [`WindowList`]. An end typed before its start is kept as typed, in both
/// fields, and the row is marked with a message; the list keeps its last valid span until the
/// row makes sense again.
#[component]
fn WindowRow<T: Edges>(
    items: Signal<Vec<T>>,
    on_change: Callback<Vec<T>>,
    path: &'static str,
    index: usize,
) -> impl IntoView {
    let p = use_planner();
    let row_path = format!("{path}[{index}]");
    // Both edges as typed, while they make no span.
    let typed = RwSignal::new(None::<(Instant, Option<Instant>)>);
    let live = move || items.with(|l| l.get(index).map(|w| (w.first(), w.last())));
    let pending_path = row_path.clone();
    let pending = Memo::new(move |_| {
        typed
            .get()
            .filter(|_| p.refused.with(|m| m.contains_key(&pending_path)))
    });
    let edges = Signal::derive(move || pending.get().or_else(live).unwrap_or_default());
    let set_path = row_path.clone();
    let set_edges = Callback::new(
        move |(s, e): (Instant, Option<Instant>)| match T::make(s, e) {
            Some(w) => {
                typed.set(None);
                p.refuse(&set_path, None);
                let mut list = items.get_untracked();
                if let Some(slot) = list.get_mut(index) {
                    *slot = w;
                    on_change.run(list);
                }
            }
            None => {
                typed.set(Some((s, e)));
                p.refuse(&set_path, Some(Refusal::EndNotAfterStart));
            }
        },
    );
    // What the row holds now: as typed while refused, else the list's span.
    let current = move || {
        pending
            .get_untracked()
            .or_else(|| items.with_untracked(|l| l.get(index).map(|w| (w.first(), w.last()))))
    };
    let set_start = move |t: Instant| {
        if let Some((_, e)) = current() {
            set_edges.run((t, e));
        }
    };
    let set_end = move |t: Instant| {
        if let Some((s, _)) = current() {
            set_edges.run((s, Some(t)));
        }
    };
    // Unticking "not yet fixed" gives the span back an end: 8 hours on, inside the horizon.
    let set_open = move |open: bool| {
        let Some((s, _)) = current() else {
            return;
        };
        let horizon_end = p.draft.with_untracked(|d| d.horizon.end());
        let end = (!open).then(|| (s + chrono::TimeDelta::hours(8)).min(horizon_end));
        set_edges.run((s, end));
    };
    let gone = row_path.clone();
    on_cleanup(move || p.refuse(&gone, None));
    let (start_path, end_path) = (format!("{row_path}.start"), format!("{row_path}.end"));
    let row = Some(row_path.clone());
    let end_row = row.clone();
    let data_row = row_path.clone();
    let is_open = Memo::new(move |_| edges.get().1.is_none());
    let end = move || {
        let row = end_row.clone();
        let end_path = end_path.clone();
        (!is_open.get()).then(move || {
            view! {
                <InstantField label=labels::END value=Signal::derive(move || edges.get().1.unwrap_or_default()) on_set=Callback::new(set_end) path=end_path row=row />
            }
        })
    };
    let open_box = T::CAN_BE_OPEN.then(|| {
        view! {
            <CheckField label=labels::NOT_YET_FIXED value=Signal::derive(move || is_open.get()) on_set=Callback::new(set_open) />
        }
    });
    view! {
        <div class="list-row" data-row=data_row>
            <InstantField label=labels::START value=Signal::derive(move || edges.get().0) on_set=Callback::new(set_start) path=start_path row=row />
            {end}
            {open_box}
            <RemoveButton items=items on_change=on_change path=path index=index />
            <FieldMessage path=row_path />
        </div>
    }
}

/// A new span of `length` appended to `list`, at the usual place for new entries or, when
/// that would overlap an entry of `list` or of `beside` (entries that must not overlap these,
/// such as sleep beside power-off), right after them: adding two in a row never makes an
/// error by itself.
pub fn add_window<T: Edges>(
    p: &Planner,
    mut list: Vec<T>,
    length: Period,
    beside: &[Span],
) -> Vec<T> {
    let preferred = new_entry_start(p);
    let horizon = p.draft.with_untracked(|s| s.horizon);
    let mut taken = spans_of(&list);
    taken.extend_from_slice(beside);
    // No room before the period's end (an open entry, or a full period): where it would go
    // anyway, and the field says what clashes.
    let start = first_free(preferred, length.delta(), &taken)
        .filter(|s| *s < horizon.end() - chrono::TimeDelta::minutes(1))
        .unwrap_or(preferred);
    let end = (start + length.delta()).min(horizon.end());
    if let Some(w) = T::make(start, Some(end)) {
        list.push(w);
    }
    list
}

/// The × that removes entry `index` from a list. Focus then moves to the first field of the
/// row that took its place, or to the add button when no row follows.
#[component]
pub(super) fn RemoveButton<T>(
    #[prop(into)] items: Signal<Vec<T>>,
    on_change: Callback<Vec<T>>,
    path: &'static str,
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
            data-action="remove"
            aria-label=move || remove_name(&format!("{path}[{index}]"), p.lang.get())
            on:click=move |ev| {
                let mut list = items.get_untracked();
                if index < list.len() {
                    let frame = event_target::<web_sys::Element>(&ev).closest("fieldset").ok().flatten();
                    list.remove(index);
                    // Rows are kept by place, so what the list's rows refused no longer
                    // belongs to the entries now at those places.
                    let prefix = format!("{path}[");
                    p.refused.update(|m| m.retain(|k, _| !k.starts_with(&prefix)));
                    on_change.run(list);
                    focus::after_removal(frame, index);
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
        <div class="add-menu" id="what-happens">
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
                        let before = focus::list_values();
                        action.run(());
                        // On to the new entry's first field, ready to be set.
                        focus::after_adding(before);
                    }
                }
            >
                {move || p.say(labels::ADD)}
            </button>
        </div>
    }
}

/// A list of instants (logons, admin syncs…), its rows keyed by place like [`WindowList`]'s.
#[component]
pub fn InstantList(
    label: Text,
    #[prop(into)] items: Signal<Vec<Instant>>,
    on_change: Callback<Vec<Instant>>,
    path: &'static str,
) -> impl IntoView {
    view! {
        <ListFrame label=label path=path empty=Signal::derive(move || items.with(Vec::is_empty))>
            <For each=move || 0..items.with(Vec::len) key=|i| *i let:i>
                <div class="list-row" data-row=format!("{path}[{i}]")>
                    <InstantField
                        label=labels::AT
                        value=Signal::derive(move || items.with(|l| l.get(i).copied()).unwrap_or_default())
                        on_set=Callback::new(move |t| {
                            let mut list = items.get_untracked();
                            if let Some(slot) = list.get_mut(i) {
                                *slot = t;
                                on_change.run(list);
                            }
                        })
                        path=format!("{path}[{i}]")
                    />
                    <RemoveButton items=items on_change=on_change path=path index=i />
                </div>
            </For>
        </ListFrame>
    }
}
