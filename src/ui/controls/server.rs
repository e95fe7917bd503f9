//! The server's settings: what `Get-ADSyncScheduler` shows (typed, or pasted and imported),
//! spans when the scheduler is disabled, suspended or the server is down, staging, manual
//! `Start-`/`Stop-ADSyncSyncCycle` commands, and the behaviour the documentation leaves open.

use leptos::prelude::*;

use crate::engine::entra::ImportResult;
use crate::engine::entra::{
    Build, CatchUp, Command, Connector, ConnectorKind, CountFrom, CycleDurations, Durations,
    DurationsKind, ManualCommand, Overrun, PolicyType, ServerScenario, StepDurations,
    parse_get_adsyncscheduler_at,
};
use crate::engine::{Delay, Period};
use crate::engine::{Instant, sort_by_instant};
use crate::present::choices::{self, Choice};
use crate::present::fields::remove_name;
use crate::present::labels::server as words;
use crate::present::page_paths;
use crate::present::terms;
use crate::present::text::Text;

use super::super::state::{Planner, use_planner};
use super::fields::{
    AddMenu, CheckField, InstantField, InstantList, PeriodField, SelectField, WindowList,
    add_instant, add_window,
};
use super::overrides::{OverrideList, add_override, override_list};
use super::{enum_options, enum_select, lens};

/// Reads and writes one part of the server, if the scenario has one.
macro_rules! server {
    ($($setting:tt)*) => {
        part!(server: ServerScenario, $($setting)*)
    };
}

/// Everything about the server.
#[component]
pub fn ServerControls() -> impl IntoView {
    let p = use_planner();

    let (anchor, set_anchor) = server!(
        lens,
        p,
        |s| s
            .scheduler
            .next_sync_cycle_start_time_in_utc
            .unwrap_or_default(),
        |s, v| s.scheduler.next_sync_cycle_start_time_in_utc = Some(v)
    );
    let has_anchor = move || {
        p.draft.with(|s| {
            s.server
                .as_ref()
                .is_some_and(|v| v.scheduler.next_sync_cycle_start_time_in_utc.is_some())
        })
    };
    let (allowed, set_allowed) = server!(
        lens,
        p,
        |s| Some(s.scheduler.allowed_sync_cycle_interval),
        |s, v| if let Some(v) = v {
            s.scheduler.allowed_sync_cycle_interval = v
        }
    );
    let (custom, set_custom) = server!(
        lens,
        p,
        |s| s.scheduler.customized_sync_cycle_interval,
        |s, v| { s.scheduler.customized_sync_cycle_interval = v }
    );
    let (policy, set_policy) = server!(
        enum_select,
        p,
        |x| x.scheduler.next_sync_cycle_policy_type,
        |x, v| x.scheduler.next_sync_cycle_policy_type = v
    );
    let (enabled, set_enabled) = server!(lens, p, |s| s.scheduler.sync_cycle_enabled, |s, v| s
        .scheduler
        .sync_cycle_enabled =
        v);
    let (suspended, set_suspended) =
        server!(lens, p, |s| s.scheduler.scheduler_suspended, |s, v| s
            .scheduler
            .scheduler_suspended =
            v);
    let (staging, set_staging) = server!(lens, p, |s| s.scheduler.staging_mode_enabled, |s, v| s
        .scheduler
        .staging_mode_enabled =
        v);
    let (disabled_spans, set_disabled_spans) =
        server!(lens, p, |s| s.disabled_spans.clone(), |s, v| s
            .disabled_spans =
            v);
    let (suspended_spans, set_suspended_spans) =
        server!(lens, p, |s| s.suspended_spans.clone(), |s, v| s
            .suspended_spans =
            v);
    let (staging_spans, set_staging_spans) =
        server!(lens, p, |s| s.staging_spans.clone(), |s, v| s
            .staging_spans =
            v);
    let (outages, set_outages) = server!(lens, p, |s| s.outages.clone(), |s, v| s.outages = v);
    let (start_delta, set_start_delta) = manual_list(p, Command::StartDelta);
    let (start_initial, set_start_initial) = manual_list(p, Command::StartInitial);
    let (stops, set_stops) = manual_list(p, Command::Stop);
    let (overrides, set_overrides) = override_list(p);
    let (phs, set_phs) = server!(lens, p, |s| s.password_hash_sync.enabled, |s, v| s
        .password_hash_sync
        .enabled =
        v);
    let (build, set_build) = server!(enum_select, p, |x| x.behaviour.build, |x, v| x
        .behaviour
        .build = v);
    let (count_from, set_count_from) = server!(
        enum_select,
        p,
        |x| x.behaviour.next_start_counted_from,
        |x, v| x.behaviour.next_start_counted_from = v
    );
    let (overrun, set_overrun) = server!(enum_select, p, |x| x.behaviour.overrun, |x, v| x
        .behaviour
        .overrun =
        v);
    let (catch_up, set_catch_up) = server!(enum_select, p, |x| x.behaviour.catch_up, |x, v| x
        .behaviour
        .catch_up =
        v);
    let (rebases, set_rebases) = server!(lens, p, |s| s.behaviour.manual_cycle_rebases, |s, v| s
        .behaviour
        .manual_cycle_rebases =
        v);

    view! {
        <ImportPanel />
        <div class="group">
            <Show
                when=has_anchor
                fallback=move || view! {
                    <p class="hint">
                        {p.say(words::ANCHOR_UNSET)}
                        " "
                        <button type="button" data-action="set-anchor" on:click=move |_| set_anchor.run(super::fields::new_entry_start(&p))>
                            {p.say(words::SET)}
                        </button>
                    </p>
                }
            >
                <InstantField label=words::NEXT_START value=anchor on_set=set_anchor path="server.scheduler.next_sync_cycle_start_time_in_utc" utc=true />
            </Show>
            <PeriodField label=words::ALLOWED_INTERVAL value=allowed on_set=set_allowed path="server.scheduler.allowed_sync_cycle_interval" />
            <PeriodField label=words::CUSTOMIZED_INTERVAL value=custom on_set=set_custom path="server.scheduler.customized_sync_cycle_interval" optional=true />
            <SelectField
                label=words::POLICY_TYPE
                options={enum_options::<PolicyType>()}
                value=policy
                on_set=set_policy
                path="server.scheduler.next_sync_cycle_policy_type"
            />
            <CheckField label=words::SYNC_CYCLE_ENABLED value=enabled on_set=set_enabled />
            <CheckField label=words::SCHEDULER_SUSPENDED value=suspended on_set=set_suspended />
            <CheckField label=words::STAGING_MODE_ENABLED value=staging on_set=set_staging />
            <CheckField label=words::PASSWORD_HASH_SYNC value=phs on_set=set_phs />
        </div>
        <AddMenu options=vec![
            (words::START_DELTA, Callback::new(move |_| set_start_delta.run(add_instant(&p, start_delta.get_untracked())))),
            (words::START_INITIAL, Callback::new(move |_| set_start_initial.run(add_instant(&p, start_initial.get_untracked())))),
            (words::STOP, Callback::new(move |_| set_stops.run(add_instant(&p, stops.get_untracked())))),
            (words::SERVER_DOWN, Callback::new(move |_| set_outages.run(add_window(&p, outages.get_untracked(), Period::hours(4), &[])))),
            (words::SUSPENDED, Callback::new(move |_| set_suspended_spans.run(add_window(&p, suspended_spans.get_untracked(), Period::hours(8), &[])))),
            (words::CYCLES_DISABLED, Callback::new(move |_| set_disabled_spans.run(add_window(&p, disabled_spans.get_untracked(), Period::hours(2), &[])))),
            (words::STAGING_MODE, Callback::new(move |_| set_staging_spans.run(add_window(&p, staging_spans.get_untracked(), Period::days(1), &[])))),
            (words::CONNECTOR_OVERRIDE_AT, Callback::new(move |_| set_overrides.run(add_override(&p, overrides.get_untracked())))),
        ] />
        <WindowList label=words::CYCLES_DISABLED_SPANS items=disabled_spans on_change=set_disabled_spans path="server.disabled_spans" />
        <WindowList label=words::SUSPENDED items=suspended_spans on_change=set_suspended_spans path="server.suspended_spans" />
        <WindowList label=words::SERVER_DOWN items=outages on_change=set_outages path="server.outages" />
        <WindowList label=words::STAGING_MODE items=staging_spans on_change=set_staging_spans path="server.staging_spans" />
        <InstantList label=words::START_DELTA items=start_delta on_change=set_start_delta path=page_paths::manual_command_list(Command::StartDelta) />
        <InstantList label=words::START_INITIAL items=start_initial on_change=set_start_initial path=page_paths::manual_command_list(Command::StartInitial) />
        <InstantList label=words::STOP items=stops on_change=set_stops path=page_paths::manual_command_list(Command::Stop) />
        <OverrideList items=overrides on_change=set_overrides />
        <ConnectorsAndDurations />
        <details class="advanced">
            <summary>{move || p.say(words::ADVANCED)}</summary>
            <SelectField
                label=words::BUILD
                options={enum_options::<Build>()}
                value=build
                on_set=set_build
                path="server.behaviour.build"
            />
            <SelectField
                label=words::COUNT_FROM
                options={enum_options::<CountFrom>()}
                value=count_from
                on_set=set_count_from
                path="server.behaviour.next_start_counted_from"
            />
            <SelectField
                label=words::OVERRUN
                options={enum_options::<Overrun>()}
                value=overrun
                on_set=set_overrun
                path="server.behaviour.overrun"
            />
            <SelectField
                label=words::CATCH_UP
                options={enum_options::<CatchUp>()}
                value=catch_up
                on_set=set_catch_up
                path="server.behaviour.catch_up"
            />
            <CheckField label=words::MANUAL_REBASES value=rebases on_set=set_rebases />
        </details>
    }
}

/// The manual commands of one kind, as a list of instants; the other kinds are kept.
fn manual_list(p: Planner, command: Command) -> (Signal<Vec<Instant>>, Callback<Vec<Instant>>) {
    lens(
        p,
        move |s| {
            s.server.as_ref().map(|v| {
                v.manual
                    .iter()
                    .filter(|m| m.command == command)
                    .map(|m| m.at)
                    .collect()
            })
        },
        move |s, list: Vec<Instant>| {
            if let Some(v) = s.server.as_mut() {
                v.manual.retain(|m| m.command != command);
                v.manual
                    .extend(list.into_iter().map(|at| ManualCommand { at, command }));
                sort_by_instant(&mut v.manual, |m| m.at);
            }
        },
    )
}

/// Paste `Get-ADSyncScheduler` output to fill the settings; says what it found, what it did
/// not know and which lines it could not read, by line number.
#[component]
fn ImportPanel() -> impl IntoView {
    let p = use_planner();
    let text = RwSignal::new(String::new());
    let result = RwSignal::new(None::<ImportResult>);
    let import = move |_| {
        // "Now" decides an ambiguous date: the next start is at most one interval away.
        let now = p.now();
        let parsed = parse_get_adsyncscheduler_at(&text.get_untracked(), now, None);
        if !parsed.found.is_empty() {
            p.draft.update(|s| {
                let in_horizon = s.horizon.contains(now);
                if let Some(server) = s.server.as_mut() {
                    // A change the output shows as pending becomes a change at now, so that
                    // the simulated cmdlet prints at now what was pasted (an interval change
                    // must lie in the horizon).
                    if in_horizon {
                        parsed.apply_to_server(server, now);
                    } else {
                        parsed.apply_to(&mut server.scheduler);
                    }
                }
            });
            p.selected.set(None);
        }
        result.set(Some(parsed));
    };
    view! {
        <details class="import">
            <summary>{move || p.say(words::PASTE_SCHEDULER)}</summary>
            <textarea
                rows="8"
                spellcheck="false"
                data-input="get-adsyncscheduler"
                aria-label=move || p.say(words::PASTE_SCHEDULER)
                placeholder="AllowedSyncCycleInterval            : 00:30:00\nCustomizedSyncCycleInterval         :\nNextSyncCyclePolicyType             : Delta\nNextSyncCycleStartTimeInUTC         : 11/21/2026 10:30:00 AM\n…"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <button type="button" data-action="import" on:click=import>
                {move || p.say(words::IMPORT)}
            </button>
            {move || result.get().map(|r| view! { <ImportReport result=r /> })}
        </details>
    }
}

/// What an import found.
#[component]
fn ImportReport(result: ImportResult) -> impl IntoView {
    let p = use_planner();
    let lang = p.lang.get_untracked();
    let found = result
        .found
        .iter()
        .map(|f| f.name())
        .collect::<Vec<_>>()
        .join(", ");
    let notes: Vec<String> = result
        .notes
        .iter()
        .map(|n| terms::import_note(n, lang))
        .collect();
    view! {
        <div class="import-report" role="status">
            {(!result.found.is_empty()).then(|| view! {
                <p>{words::IMPORTED.get(lang)} {found}</p>
            })}
            {notes.into_iter().map(|n| view! { <p class="note">{n}</p> }).collect_view()}
            {(!result.unknown.is_empty()).then(|| view! {
                <p>{words::UNKNOWN_FIELDS.get(lang)}</p>
                <ul>
                    {result.unknown.iter().map(|u| view! {
                        <li>{format!("{}: {} = {}", words::LINE_N.fill(lang, &[&u.line.to_string()]), u.name, u.value)}</li>
                    }).collect_view()}
                </ul>
            })}
            {(!result.malformed.is_empty()).then(|| view! {
                <p class="field-error">{words::UNREADABLE_LINES.get(lang)}</p>
                <ul>
                    {result.malformed.iter().map(|m| view! {
                        <li class="field-error">
                            {format!("{}: {} — ", words::LINE_N.fill(lang, &[&m.line.to_string()]), terms::line_problem(m.problem).get(lang))}
                            <code>{m.text.clone()}</code>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

/// A delay as an optional period field: empty means zero (a step that takes no time).
fn delay_lens(
    p: Planner,
    get: impl Fn(&ServerScenario) -> Option<Delay> + Send + Sync + 'static,
    set: impl Fn(&mut ServerScenario, Delay) + Send + Sync + 'static,
) -> (Signal<Option<Period>>, Callback<Option<Period>>) {
    lens(
        p,
        move |s| {
            s.server
                .as_ref()
                .and_then(&get)
                .map(|d| Period::from_secs(d.secs()))
        },
        move |s, v: Option<Period>| {
            if let Some(server) = s.server.as_mut() {
                set(server, v.map(Delay::from).unwrap_or(Delay::ZERO));
            }
        },
    )
}

/// The connectors (with the overrides `Set-ADSyncSchedulerConnectorOverride` sets) and how
/// long the run-profile steps take, which decides when a cycle's export happens.
#[component]
pub fn ConnectorsAndDurations() -> impl IntoView {
    let p = use_planner();
    let count = move || {
        p.draft
            .with(|s| s.server.as_ref().map_or(0, |v| v.connectors.len()))
    };
    let per_cycle = move || {
        p.draft.with(|s| {
            s.server
                .as_ref()
                .is_some_and(|v| matches!(v.durations, Durations::PerCycle(_)))
        })
    };
    let (mode, set_mode) = lens(
        p,
        |s| s.server.as_ref().map(|v| choices::key(&v.durations.kind())),
        |s, key: String| {
            let (Some(v), Some(kind)) = (s.server.as_mut(), choices::from_key(&key)) else {
                return;
            };
            v.durations = match kind {
                DurationsKind::PerStep => Durations::PerStep(StepDurations::default()),
                DurationsKind::PerCycle => Durations::PerCycle(CycleDurations::default()),
            };
        },
    );
    let step = move |label: Text,
                     path: &'static str,
                     field: fn(&mut StepDurations) -> &mut Delay| {
        let (value, set) = delay_lens(
            p,
            move |v| match v.durations {
                Durations::PerStep(mut steps) => Some(*field(&mut steps)),
                Durations::PerCycle(_) => None,
            },
            move |v, d| {
                if let Durations::PerStep(steps) = &mut v.durations {
                    *field(steps) = d;
                }
            },
        );
        view! { <PeriodField label=label value=value on_set=set path=format!("server.durations.per_step.{path}") optional=true /> }
    };
    let cycle = move |label: Text,
                      path: &'static str,
                      field: fn(&mut CycleDurations) -> &mut Delay| {
        let (value, set) = delay_lens(
            p,
            move |v| match v.durations {
                Durations::PerCycle(mut c) => Some(*field(&mut c)),
                Durations::PerStep(_) => None,
            },
            move |v, d| {
                if let Durations::PerCycle(c) = &mut v.durations {
                    *field(c) = d;
                }
            },
        );
        view! { <PeriodField label=label value=value on_set=set path=format!("server.durations.per_cycle.{path}") optional=true /> }
    };
    view! {
        <details class="connectors">
            <summary>{move || p.say(words::CONNECTORS_AND_DURATIONS)}</summary>
            <fieldset class="list" data-list="server.connectors">
                <legend>{move || p.say(words::CONNECTORS)}</legend>
                // Keyed by place: editing a connector does not rebuild the rows under the focus.
                <For each=move || 0..count() key=|i| *i let:i>
                    <ConnectorRow index=i />
                </For>
                <button
                    type="button"
                    class="add"
                    data-action="add-connector"
                    on:click=move |_| p.draft.update(|s| {
                        if let Some(v) = s.server.as_mut() {
                            let n = v.connectors.iter().filter(|c| c.kind == ConnectorKind::Ad).count() + 1;
                            v.connectors.push(Connector::new(&format!("forest{n}.example"), ConnectorKind::Ad));
                        }
                    })
                >
                    {move || p.say(words::ADD_FOREST)}
                </button>
            </fieldset>
            <SelectField
                label=words::STEP_DURATIONS
                options={enum_options::<DurationsKind>()}
                value=mode
                on_set=set_mode
                path="server.durations"
            />
            <Show
                when=per_cycle
                fallback=move || view! {
                    <div class="group">
                        {step(words::DELTA_IMPORT, "delta_import", |s| &mut s.delta_import)}
                        {step(words::FULL_IMPORT, "full_import", |s| &mut s.full_import)}
                        {step(words::DELTA_SYNC, "delta_sync", |s| &mut s.delta_sync)}
                        {step(words::FULL_SYNC, "full_sync", |s| &mut s.full_sync)}
                        {step(words::EXPORT, "export", |s| &mut s.export)}
                    </div>
                }
            >
                <div class="group">
                    {cycle(words::DELTA_CYCLE, "delta", |c| &mut c.delta)}
                    {cycle(words::INITIAL_CYCLE, "initial", |c| &mut c.initial)}
                </div>
            </Show>
        </details>
    }
}

/// One connector: its name, kind, overrides, and a remove button.
#[component]
fn ConnectorRow(index: usize) -> impl IntoView {
    let p = use_planner();
    let get = move || {
        p.draft.with(|s| {
            s.server
                .as_ref()
                .and_then(|v| v.connectors.get(index).cloned())
        })
    };
    let edit = move |f: &dyn Fn(&mut Connector)| {
        p.draft.update(|s| {
            if let Some(c) = s.server.as_mut().and_then(|v| v.connectors.get_mut(index)) {
                f(c);
            }
        });
        p.selected.set(None);
    };
    let path = format!("server.connectors[{index}]");
    let name_path = format!("{path}.name");
    let row_path = path.clone();
    let described = path.clone();
    let marked = Memo::new(move |_| {
        super::fields::message_at(&p, &described).map(|_| super::fields::message_id(&described))
    });
    view! {
        <div class="list-row" data-row=row_path>
            <label class="field">
                <span>{move || p.say(words::NAME)}</span>
                <input
                    type="text"
                    data-path=name_path
                    aria-invalid=move || marked.get().is_some().to_string()
                    aria-describedby=move || marked.get()
                    prop:value=move || get().map(|c| c.name).unwrap_or_default()
                    on:change=move |ev| {
                        let name = event_target_value(&ev);
                        edit(&|c| c.name = name.trim().to_owned());
                    }
                />
            </label>
            <label class="field">
                <span>{move || p.say(words::KIND)}</span>
                <select on:change=move |ev| {
                    if let Some(kind) = choices::from_key::<ConnectorKind>(&event_target_value(&ev)) {
                        edit(&|c| c.kind = kind);
                    }
                }>
                    {ConnectorKind::ALL
                        .into_iter()
                        .map(|kind| view! {
                            <option value=choices::key(&kind) selected=move || get().is_some_and(|c| c.kind == kind)>
                                {move || p.say(kind.label())}
                            </option>
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="field check">
                <input type="checkbox" prop:checked=move || get().is_some_and(|c| c.full_import_required)
                    on:change=move |ev| { let on = event_target_checked(&ev); edit(&|c| c.full_import_required = on) } />
                <span>{move || p.say(words::FULL_IMPORT_REQUIRED)}</span>
            </label>
            <label class="field check">
                <input type="checkbox" prop:checked=move || get().is_some_and(|c| c.full_sync_required)
                    on:change=move |ev| { let on = event_target_checked(&ev); edit(&|c| c.full_sync_required = on) } />
                <span>{move || p.say(words::FULL_SYNC_REQUIRED)}</span>
            </label>
            <button
                type="button"
                class="remove"
                aria-label={
                    let path = path.clone();
                    move || remove_name(&path, p.lang.get())
                }
                on:click=move |ev| {
                    let frame = event_target::<web_sys::Element>(&ev).closest("fieldset").ok().flatten();
                    p.draft.update(|s| {
                        if let Some(v) = s.server.as_mut() && index < v.connectors.len() {
                            v.connectors.remove(index);
                        }
                    });
                    super::super::focus::after_removal(frame, index);
                }
            >
                "×"
            </button>
            <super::fields::FieldMessage path=path />
        </div>
    }
}
