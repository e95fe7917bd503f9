//! `Set-ADSyncSchedulerConnectorOverride` at an instant ("I changed a sync rule at 14:00"):
//! one row per cmdlet, with its instant, the connector and the two switches. The overrides a
//! connector has when the simulated period starts stay on the connector rows.

use leptos::prelude::*;

use crate::engine::entra::{ConnectorKind, ConnectorOverride, ServerScenario};
use crate::present::labels::{self, server as words};

use super::super::state::{Planner, use_planner};
use super::fields::{InstantField, ListFrame, RemoveButton, new_entry_start};

/// The scenario's overrides, and a setter that writes them back.
pub fn override_list(
    p: Planner,
) -> (
    Signal<Vec<ConnectorOverride>>,
    Callback<Vec<ConnectorOverride>>,
) {
    let items = Signal::derive(move || {
        p.draft
            .with(|s| s.server.as_ref().map(|v| v.connector_overrides.clone()))
            .unwrap_or_default()
    });
    let set = Callback::new(move |list: Vec<ConnectorOverride>| {
        p.draft.update(|s| {
            if let Some(v) = s.server.as_mut() {
                v.connector_overrides = list;
            }
        });
        p.selected.set(None);
    });
    (items, set)
}

/// `list` with a new override: at the usual place for new entries, on the first AD
/// connector, asking for a full sync (what a changed sync rule needs).
pub fn add_override(p: &Planner, mut list: Vec<ConnectorOverride>) -> Vec<ConnectorOverride> {
    let connector = p.draft.with_untracked(|s| {
        s.server.as_ref().and_then(|v: &ServerScenario| {
            v.connectors
                .iter()
                .find(|c| c.kind == ConnectorKind::Ad)
                .or(v.connectors.first())
                .map(|c| c.name.clone())
        })
    });
    if let Some(connector) = connector {
        list.push(ConnectorOverride {
            at: new_entry_start(p),
            connector,
            full_import_required: None,
            full_sync_required: Some(true),
        });
    }
    list
}

/// The list of overrides at an instant.
#[component]
pub fn OverrideList(
    #[prop(into)] items: Signal<Vec<ConnectorOverride>>,
    on_change: Callback<Vec<ConnectorOverride>>,
) -> impl IntoView {
    let p = use_planner();
    let path = "server.connector_overrides";
    let names = move || {
        p.draft
            .with(|s| {
                s.server.as_ref().map(|v| {
                    v.connectors
                        .iter()
                        .map(|c| c.name.clone())
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    };
    view! {
        <ListFrame label=words::CONNECTOR_OVERRIDE_AT path=path empty=Signal::derive(move || items.with(Vec::is_empty))>
            // Keyed by place, like the span lists: typing in a row never rebuilds it, so the
            // focus stays in the field.
            <For each=move || 0..items.with(Vec::len) key=|i| *i let:i>
                <OverrideRow items=items on_change=on_change path=path index=i names=Signal::derive(names) />
            </For>
        </ListFrame>
    }
}

/// Row `index` of an [`OverrideList`]: its instant, connector and the two full-run boxes.
#[component]
fn OverrideRow(
    items: Signal<Vec<ConnectorOverride>>,
    on_change: Callback<Vec<ConnectorOverride>>,
    path: &'static str,
    index: usize,
    names: Signal<Vec<String>>,
) -> impl IntoView {
    let p = use_planner();
    let row_path = format!("{path}[{index}]");
    let edit = move |f: &dyn Fn(&mut ConnectorOverride)| {
        let mut list = items.get_untracked();
        if let Some(entry) = list.get_mut(index) {
            f(entry);
            on_change.run(list);
        }
    };
    let entry = move || items.with(|l| l.get(index).cloned());
    let at = Signal::derive(move || entry().map(|o| o.at).unwrap_or_default());
    let import = move || entry().is_some_and(|o| o.full_import_required == Some(true));
    let sync = move || entry().is_some_and(|o| o.full_sync_required == Some(true));
    let chosen = move || entry().map(|o| o.connector).unwrap_or_default();
    let message_path = row_path.clone();
    view! {
        <div class="list-row" data-row=row_path.clone()>
            <InstantField label=labels::AT value=at on_set=Callback::new(move |t| edit(&|e| e.at = t)) path=format!("{row_path}.at") />
            <label class="field">
                <span>{move || p.say(words::CONNECTOR)}</span>
                <select data-path=format!("{row_path}.connector") on:change=move |ev| {
                    let name = event_target_value(&ev);
                    edit(&|e| e.connector = name.clone());
                }>
                    {move || {
                        let chosen = chosen();
                        names
                            .get()
                            .into_iter()
                            .map(|name| {
                                let selected = name.trim().eq_ignore_ascii_case(chosen.trim());
                                view! { <option value=name.clone() selected=selected>{name.clone()}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
            <label class="field check">
                <input type="checkbox" prop:checked=import
                    on:change=move |ev| { let on = event_target_checked(&ev); edit(&|e| e.full_import_required = on.then_some(true)) } />
                <span>{move || p.say(words::FULL_IMPORT_REQUIRED)}</span>
            </label>
            <label class="field check">
                <input type="checkbox" prop:checked=sync
                    on:change=move |ev| { let on = event_target_checked(&ev); edit(&|e| e.full_sync_required = on.then_some(true)) } />
                <span>{move || p.say(words::FULL_SYNC_REQUIRED)}</span>
            </label>
            <RemoveButton items=items on_change=on_change path=path index=index />
            {move || super::fields::engine_error(&p, &message_path).map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
        </div>
    }
}
