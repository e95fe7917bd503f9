//! The controls that concern the whole scenario: which system, the preset stories, the time
//! zone and the simulated period, and sharing (link, download, paste), plus a summary of what
//! is wrong when the draft is invalid. The period, the zone and the device's or server's own
//! settings sit in a fold, closed at first, so they cost nothing before the first answer.

use leptos::prelude::*;

use crate::engine::DisplayZone;
use crate::engine::Window;
use crate::engine::entra::ServerScenario;
use crate::engine::{Instant, Scenario, ScenarioError};
use crate::present::fields::{self, Refusal};
use crate::present::labels;
use crate::presets::{self, Preset};

use super::super::export::ExportMenu;
use super::super::fold::Fold;
use super::super::link;
use super::super::state::{System, use_planner};
use super::super::timefmt;
use super::device::DeviceControls;
use super::fields::{FieldMessage, InstantField, message_at, message_id};
use super::server::ServerControls;

/// Zones offered in the list; any other IANA name can be typed.
const ZONES: [&str; 8] = [
    "browser",
    "UTC",
    "Asia/Tokyo",
    "America/New_York",
    "America/Los_Angeles",
    "Europe/London",
    "Europe/Berlin",
    "Australia/Sydney",
];

/// How long typing in the zone field must pause before an unknown zone is flagged.
const ZONE_PAUSE_MS: u64 = 700;

/// A zone typed in the zone field: `None` for text that is no zone, or a name the browser
/// does not know.
fn parse_zone(text: &str) -> Option<DisplayZone> {
    text.parse::<DisplayZone>().ok().filter(|z| match z {
        DisplayZone::Named(name) => timefmt::zone_known(name),
        _ => true,
    })
}

/// All the controls.
#[component]
pub fn Controls() -> impl IntoView {
    let p = use_planner();

    let switch_to = move |system: System| {
        p.draft.update(|s| match system {
            System::Device if s.device.is_none() => {
                s.device = Some(presets::device(s.horizon.start()));
            }
            System::Server if s.server.is_none() => s.server = Some(ServerScenario::default()),
            _ => {}
        });
        p.system.set(system);
        p.selected.set(None);
        p.lane_filter.set(None);
    };
    let load = move |preset: Preset| {
        // The story's evenings and weekends are the reader's, at the browser's clock.
        let now = timefmt::now();
        let offset = timefmt::offset_secs(now, &DisplayZone::Browser);
        p.load(preset.scenario_at(now, offset));
        p.fixed_now.set(None);
        // The story's own zoom while it shows "now"; otherwise one that does.
        p.open_on_now(Some(preset.zoom()));
    };

    view! {
        <div class="system-switch" role="group" aria-label=move || p.say(labels::SYSTEM)>
            {[(System::Device, labels::SYSTEM_DEVICE), (System::Server, labels::SYSTEM_SERVER)]
                .into_iter()
                .map(|(system, label)| view! {
                    <button
                        type="button"
                        data-system=if system == System::Device { "device" } else { "server" }
                        aria-pressed=move || (p.system.get() == system).to_string()
                        on:click=move |_| switch_to(system)
                    >
                        {move || p.say(label)}
                    </button>
                })
                .collect_view()}
        </div>
        <div class="presets" role="group" aria-label=move || p.say(labels::STORIES)>
            <span class="presets-label">{move || p.say(labels::STORIES_LABEL)}</span>
            {Preset::ALL
                .into_iter()
                .map(|preset| view! {
                    <button type="button" data-preset=preset.key() on:click=move |_| load(preset)>
                        {move || p.say(preset.title())}
                    </button>
                })
                .collect_view()}
        </div>
        // The many fields of the scenario wait, folded, until asked for: the answer and the
        // chart come first. The stories above and sharing below stay at hand.
        <Fold key="settings" label=labels::SETTINGS_FOLD>
            <PeriodAndZone />
            <Show when=move || p.system.get() == System::Device fallback=|| view! { <ServerControls /> }>
                <DeviceControls />
            </Show>
        </Fold>
        <ShareControls />
    }
}

/// The simulated period and the display zone. A period whose end is typed before its start is
/// kept as typed and marked, like a list row; the message sits under the two dates.
#[component]
fn PeriodAndZone() -> impl IntoView {
    let p = use_planner();
    let typed = RwSignal::new(None::<(Instant, Instant)>);
    let pending = move || typed.get().filter(|_| p.refusal("horizon").is_some());
    let edges = Signal::derive(move || {
        pending().unwrap_or_else(|| p.draft.with(|s| (s.horizon.start(), s.horizon.end())))
    });
    let set_edge = move |is_start: bool, at: Instant| {
        let (s, e) = edges.get_untracked();
        let (s, e) = if is_start { (at, e) } else { (s, at) };
        match Window::new(s, e) {
            Ok(w) => {
                typed.set(None);
                p.refuse("horizon", None);
                // The period is now the person's own: it stops following what is typed.
                p.period_fixed.set(true);
                p.widened.set(None);
                p.draft.update(|sc| sc.horizon = w);
                p.pan.set(None);
            }
            Err(_) => {
                typed.set(Some((s, e)));
                p.refuse("horizon", Some(Refusal::EndNotAfterStart));
            }
        }
    };
    let zone_text = move || p.draft.with(|s| s.display_zone.to_string());
    // The zone is checked as it is typed: a valid zone is taken (and its message cleared) at
    // once; an unknown one is flagged after a pause in typing, or on leaving the field.
    // `typing` counts keystrokes so that only the last pause flags.
    let typing = StoredValue::new(0u32);
    let take_zone = move |zone: DisplayZone| {
        p.refuse("display_zone", None);
        if p.draft.with_untracked(|s| s.display_zone != zone) {
            p.draft.update(|s| s.display_zone = zone);
        }
    };
    let set_zone = move |text: String| {
        typing.update_value(|n| *n = n.wrapping_add(1));
        match parse_zone(&text) {
            Some(zone) => take_zone(zone),
            None => p.refuse("display_zone", Some(Refusal::UnknownZone)),
        }
    };
    let zone_typed = move |text: String| {
        typing.update_value(|n| *n = n.wrapping_add(1));
        let seq = typing.get_value();
        match parse_zone(&text) {
            Some(zone) => take_zone(zone),
            None => set_timeout(
                move || {
                    if typing.try_get_value() == Some(seq) {
                        p.refuse("display_zone", Some(Refusal::UnknownZone));
                    }
                },
                std::time::Duration::from_millis(ZONE_PAUSE_MS),
            ),
        }
    };
    // The field follows the draft (a preset, a link), but not while it is being typed in: a
    // zone taken mid-typing ("UTC" on the way to "UTC+9") must not rewrite the text typed.
    let zone_input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let text = zone_text();
        if let Some(el) = zone_input.get()
            && el.value() != text
            && !document()
                .active_element()
                .is_some_and(|a| a.is_same_node(Some(&el)))
        {
            el.set_value(&text);
        }
    });
    let zone_invalid = move || message_at(&p, "display_zone").is_some();
    view! {
        <div class="group period">
            <div class="period-span">
                <InstantField label=labels::SIMULATE_FROM value=Signal::derive(move || edges.get().0) on_set=Callback::new(move |t| set_edge(true, t)) path="horizon.start" row=Some("horizon".to_owned()) />
                <InstantField label=labels::UNTIL value=Signal::derive(move || edges.get().1) on_set=Callback::new(move |t| set_edge(false, t)) path="horizon.end" row=Some("horizon".to_owned()) />
                <FieldMessage path="horizon".to_owned() />
            </div>
            <label class="field">
                <span>{move || p.say(labels::TIME_ZONE)}</span>
                <input
                    type="text"
                    list="zones"
                    spellcheck="false"
                    data-path="display_zone"
                    node_ref=zone_input
                    aria-invalid=move || zone_invalid().to_string()
                    aria-describedby=move || zone_invalid().then(|| message_id("display_zone"))
                    on:input=move |ev| zone_typed(event_target_value(&ev))
                    on:change=move |ev| set_zone(event_target_value(&ev))
                />
                <datalist id="zones">
                    {ZONES.into_iter().map(|z| view! { <option value=z></option> }).collect_view()}
                </datalist>
                <span class="hint">
                    {move || match p.draft.with(|s| s.display_zone.clone()) {
                        DisplayZone::Browser => labels::BROWSER_ZONE.fill(p.lang.get(), &[&timefmt::browser_zone_name()]),
                        _ => String::new(),
                    }}
                </span>
                <FieldMessage path="display_zone".to_owned() />
            </label>
        </div>
    }
}

/// Link, download and paste.
#[component]
fn ShareControls() -> impl IntoView {
    let p = use_planner();
    // The link last copied, and whether the clipboard took it (`None` while the browser has
    // not said; the link is shown at once either way).
    let copied = RwSignal::new(None::<(String, Option<bool>)>);
    let pasted = RwSignal::new(String::new());
    let paste_error = RwSignal::new(None::<ScenarioError>);
    let copy_link = move |_| {
        let view = untrack(|| p.shared_view());
        let url = p.draft.with_untracked(|s| link::address_of(s, &view));
        copied.set(Some((url.clone(), None)));
        leptos::task::spawn_local(async move {
            let done = link::copy(&url).await;
            // Only if that link is still the one shown (another click may have followed).
            copied.update(|c| {
                if let Some((shown, state)) = c
                    && *shown == url
                {
                    *state = Some(done);
                }
            });
        });
    };
    let download = move |_| {
        let json = p.shared_scenario().to_json();
        link::download("sync-planner-scenario.json", &json);
    };
    let open = move |_| match Scenario::from_json(&pasted.get_untracked()) {
        Ok(scenario) => {
            paste_error.set(None);
            p.load(scenario);
        }
        Err(e) => paste_error.set(Some(e)),
    };
    view! {
        <div class="share">
            <button type="button" data-action="copy-link" on:click=copy_link>
                {move || p.say(labels::COPY_LINK)}
            </button>
            <button type="button" data-action="download" on:click=download>
                {move || p.say(labels::DOWNLOAD_JSON)}
            </button>
            <ExportMenu />
            <details class="paste">
                <summary>{move || p.say(labels::OPEN_SCENARIO)}</summary>
                <textarea rows="6" spellcheck="false" data-input="scenario-json" aria-label=move || p.say(labels::OPEN_SCENARIO) prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <button type="button" data-action="open-json" on:click=open>{move || p.say(labels::OPEN)}</button>
                {move || paste_error.get().map(|e| view! { <p class="field-error" role="alert">{fields::problem_sentence(&e, p.lang.get())}</p> })}
            </details>
            // After the fold, on a line of its own: what appears here moves nothing above it.
            {move || copied.get().map(|(url, done)| view! {
                <p class="hint" role="status" data-copied=done.map(|d| d.to_string())>
                    {done.map(|d| view! {
                        <strong>{p.say(if d { labels::LINK_COPIED } else { labels::LINK_NOT_COPIED })}</strong>
                        " "
                    })}
                    {p.say(labels::LINK_HOLDS_PLAN)}
                    " "
                    <input type="text" readonly class="link-out" prop:value=url aria-label=p.say(labels::LINK) />
                </p>
            })}
        </div>
    }
}
