//! The server's settings: what `Get-ADSyncScheduler` shows (typed, or pasted and imported),
//! spans when the scheduler is disabled, suspended or the server is down, staging, manual
//! `Start-`/`Stop-ADSyncSyncCycle` commands, and the behaviour the documentation leaves open.

use leptos::prelude::*;

use crate::engine::Instant;
use crate::engine::entra::import::{ImportResult, LineProblem, Note};
use crate::engine::entra::{
    Command, Connector, ConnectorKind, CycleDurations, Durations, ManualCommand, ServerScenario,
    StepDurations, parse_get_adsyncscheduler_at,
};
use crate::engine::time::{Delay, Period};
use crate::i18n::{Lang, tr};

use super::super::state::{Planner, use_planner};
use super::fields::{
    AddMenu, CheckField, InstantField, InstantList, PeriodField, SelectField, WindowList,
    add_instant, add_window,
};
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
    let t = move |en, ja| tr(p.lang.get(), en, ja);

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
                        {t("NextSyncCycleStartTimeInUTC: the start of the period (set one to anchor the schedule).", "NextSyncCycleStartTimeInUTC: 期間の開始時刻（スケジュールの基準を設定できます）")}
                        " "
                        <button type="button" data-action="set-anchor" on:click=move |_| set_anchor.run(super::fields::new_entry_start(&p))>
                            {t("Set", "設定")}
                        </button>
                    </p>
                }
            >
                <InstantField label=("NextSyncCycleStartTimeInUTC", "NextSyncCycleStartTimeInUTC") value=anchor on_set=set_anchor path="server.scheduler.next_sync_cycle_start_time_in_utc" utc=true />
            </Show>
            <PeriodField label=("AllowedSyncCycleInterval", "AllowedSyncCycleInterval") value=allowed on_set=set_allowed path="server.scheduler.allowed_sync_cycle_interval" />
            <PeriodField label=("CustomizedSyncCycleInterval (empty: not set)", "CustomizedSyncCycleInterval（空欄: 未設定）") value=custom on_set=set_custom path="server.scheduler.customized_sync_cycle_interval" optional=true />
            <SelectField
                label=("NextSyncCyclePolicyType", "NextSyncCyclePolicyType")
                options=enum_options(&[("delta", ("Delta", "Delta（差分）")), ("initial", ("Initial (full)", "Initial（完全）"))])
                value=policy
                on_set=set_policy
                path="server.scheduler.next_sync_cycle_policy_type"
            />
            <CheckField label=("SyncCycleEnabled", "SyncCycleEnabled（同期サイクル有効）") value=enabled on_set=set_enabled />
            <CheckField label=("SchedulerSuspended (wizard open, upgrade)", "SchedulerSuspended（ウィザード起動中・アップグレード中）") value=suspended on_set=set_suspended />
            <CheckField label=("StagingModeEnabled (exports suppressed)", "StagingModeEnabled（エクスポート抑止）") value=staging on_set=set_staging />
            <CheckField label=("Password hash sync (every 2 minutes)", "パスワード ハッシュ同期（約 2 分ごと）") value=phs on_set=set_phs />
        </div>
        <AddMenu options=vec![
            (("Start-ADSyncSyncCycle -PolicyType Delta", "Start-ADSyncSyncCycle -PolicyType Delta"), Callback::new(move |_| set_start_delta.run(add_instant(&p, start_delta.get_untracked())))),
            (("Start-ADSyncSyncCycle -PolicyType Initial", "Start-ADSyncSyncCycle -PolicyType Initial"), Callback::new(move |_| set_start_initial.run(add_instant(&p, start_initial.get_untracked())))),
            (("Stop-ADSyncSyncCycle", "Stop-ADSyncSyncCycle"), Callback::new(move |_| set_stops.run(add_instant(&p, stops.get_untracked())))),
            (("Server down", "サーバー停止"), Callback::new(move |_| set_outages.run(add_window(&p, outages.get_untracked(), Period::hours(4))))),
            (("Scheduler suspended (wizard open)", "スケジューラ中断（ウィザード起動中）"), Callback::new(move |_| set_suspended_spans.run(add_window(&p, suspended_spans.get_untracked(), Period::hours(8))))),
            (("Sync cycle disabled", "同期サイクル無効"), Callback::new(move |_| set_disabled_spans.run(add_window(&p, disabled_spans.get_untracked(), Period::hours(2))))),
            (("Staging mode", "ステージング モード"), Callback::new(move |_| set_staging_spans.run(add_window(&p, staging_spans.get_untracked(), Period::days(1))))),
        ] />
        <WindowList label=("Sync cycle disabled (Set-ADSyncScheduler -SyncCycleEnabled $false)", "同期サイクル無効（Set-ADSyncScheduler -SyncCycleEnabled $false）") items=disabled_spans on_change=set_disabled_spans path="server.disabled_spans" />
        <WindowList label=("Scheduler suspended (wizard open)", "スケジューラ中断（ウィザード起動中）") items=suspended_spans on_change=set_suspended_spans path="server.suspended_spans" />
        <WindowList label=("Server down", "サーバー停止") items=outages on_change=set_outages path="server.outages" />
        <WindowList label=("Staging mode", "ステージング モード") items=staging_spans on_change=set_staging_spans path="server.staging_spans" />
        <InstantList label=("Start-ADSyncSyncCycle -PolicyType Delta", "Start-ADSyncSyncCycle -PolicyType Delta") items=start_delta on_change=set_start_delta path="server.manual" />
        <InstantList label=("Start-ADSyncSyncCycle -PolicyType Initial", "Start-ADSyncSyncCycle -PolicyType Initial") items=start_initial on_change=set_start_initial path="server.manual" />
        <InstantList label=("Stop-ADSyncSyncCycle", "Stop-ADSyncSyncCycle") items=stops on_change=set_stops path="server.manual" />
        <ConnectorsAndDurations />
        <details class="advanced">
            <summary>{move || t("Behaviour the documentation leaves open", "ドキュメントに明記されていない動作")}</summary>
            <SelectField
                label=("Server build", "サーバーのビルド")
                options=enum_options(&[
                    ("from_1_1_281", ("1.1.281 or later: interval changes apply at once (default)", "1.1.281 以降: 間隔の変更はすぐ反映（既定）")),
                    ("before_1_1_281", ("Before 1.1.281: after the next cycle", "1.1.281 より前: 次のサイクル後に反映")),
                ])
                value=build
                on_set=set_build
                path="server.behaviour.build"
            />
            <SelectField
                label=("Next start counted from", "次回開始の起点")
                options=enum_options(&[
                    ("cycle_start", ("The cycle's start (default)", "サイクルの開始（既定）")),
                    ("cycle_end", ("The cycle's end", "サイクルの終了")),
                ])
                value=count_from
                on_set=set_count_from
                path="server.behaviour.next_start_counted_from"
            />
            <SelectField
                label=("A cycle longer than the interval", "間隔より長いサイクル")
                options=enum_options(&[
                    ("start_at_once", ("Next one starts at once (default)", "次のサイクルをすぐ開始（既定）")),
                    ("skip_to_next_slot", ("Skip to the next slot", "次の枠まで待つ")),
                ])
                value=overrun
                on_set=set_overrun
                path="server.behaviour.overrun"
            />
            <SelectField
                label=("After an outage or suspension", "停止・中断の後")
                options=enum_options(&[
                    ("at_once", ("Catch up at once (default)", "すぐに実行（既定）")),
                    ("next_slot", ("Wait for the next slot", "次の枠まで待つ")),
                ])
                value=catch_up
                on_set=set_catch_up
                path="server.behaviour.catch_up"
            />
            <CheckField label=("A manual cycle re-bases the schedule (15:04 → :04 and :34)", "手動サイクルでスケジュールの基準が移る（15:04 → :04 と :34）") value=rebases on_set=set_rebases />
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
                v.manual.sort_by_key(|m| m.at);
            }
        },
    )
}

/// Paste `Get-ADSyncScheduler` output to fill the settings; says what it found, what it did
/// not know and which lines it could not read, by line number.
#[component]
fn ImportPanel() -> impl IntoView {
    let p = use_planner();
    let t = move |en, ja| tr(p.lang.get(), en, ja);
    let text = RwSignal::new(String::new());
    let result = RwSignal::new(None::<ImportResult>);
    let import = move |_| {
        // "Now" decides an ambiguous date: the next start is at most one interval away.
        let parsed = parse_get_adsyncscheduler_at(&text.get_untracked(), p.now(), None);
        if !parsed.found.is_empty() {
            p.draft.update(|s| {
                if let Some(server) = s.server.as_mut() {
                    parsed.apply_to(&mut server.scheduler);
                }
            });
            p.selected.set(None);
        }
        result.set(Some(parsed));
    };
    view! {
        <details class="import">
            <summary>{move || t("Paste Get-ADSyncScheduler output", "Get-ADSyncScheduler の出力を貼り付け")}</summary>
            <textarea
                rows="8"
                spellcheck="false"
                data-input="get-adsyncscheduler"
                placeholder="AllowedSyncCycleInterval            : 00:30:00\nCustomizedSyncCycleInterval         :\nNextSyncCyclePolicyType             : Delta\nNextSyncCycleStartTimeInUTC         : 11/21/2026 10:30:00 AM\n…"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <button type="button" data-action="import" on:click=import>
                {move || t("Import", "取り込む")}
            </button>
            {move || result.get().map(|r| view! { <ImportReport result=r /> })}
        </details>
    }
}

fn line_problem(lang: Lang, problem: LineProblem) -> &'static str {
    match problem {
        LineProblem::NoSeparator => tr(
            lang,
            "no ':' between name and value",
            "名前と値の間に ':' がありません",
        ),
        LineProblem::NotAName => tr(lang, "not a setting name", "設定名ではありません"),
        LineProblem::EmptyValue => tr(lang, "the value is empty", "値が空です"),
        LineProblem::BadInterval => tr(
            lang,
            "not a time span such as 00:30:00",
            "00:30:00 のような時間ではありません",
        ),
        LineProblem::ZeroInterval => tr(
            lang,
            "an interval of zero: the scheduler would never wait between cycles, so it cannot be one",
            "間隔が 0 です。サイクルの間に待ち時間がなくなるため、間隔にはなりません",
        ),
        LineProblem::IntervalTooLong => tr(
            lang,
            "the interval is longer than the 400 days the planner simulates",
            "間隔がシミュレーションできる 400 日を超えています",
        ),
        LineProblem::BadBoolean => tr(lang, "not True or False", "True でも False でもありません"),
        LineProblem::BadPolicyType => tr(
            lang,
            "not Delta or Initial",
            "Delta でも Initial でもありません",
        ),
        LineProblem::BadDate => tr(lang, "not a date and time", "日時ではありません"),
        LineProblem::DateOutOfRange => tr(
            lang,
            "a date outside 2000–2200: NextSyncCycleStartTimeInUTC is the scheduler's next start, at most one interval from when the cmdlet ran",
            "2000〜2200 年の範囲外の日付です。NextSyncCycleStartTimeInUTC はスケジューラの次の開始時刻で、コマンドレットの実行時刻から最大でも1間隔先のはずです",
        ),
        LineProblem::Duplicate => tr(
            lang,
            "appears twice; the first was kept",
            "2 回出現しています（最初の値を使用）",
        ),
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
        .map(|n| match n {
            Note::NothingRecognized => tr(lang, "Nothing in the text looks like Get-ADSyncScheduler output.", "Get-ADSyncScheduler の出力と認識できる行がありません。").to_owned(),
            Note::AmbiguousDate { taken, decided_by, other, .. } => {
                crate::present::server::ambiguous_date_note(lang, *taken, *decided_by, *other)
            }
            Note::CycleInProgress => tr(lang, "A cycle was running: NextSyncCycleStartTimeInUTC shows that cycle's start, in the past.", "同期サイクルの実行中でした: NextSyncCycleStartTimeInUTC は実行中のサイクルの開始（過去の時刻）を示しています。").to_owned(),
            Note::CustomizedBelowAllowed { customized, allowed } => match lang {
                Lang::En => format!("CustomizedSyncCycleInterval {customized} is below AllowedSyncCycleInterval {allowed}; the allowed one is used."),
                Lang::Ja => format!("CustomizedSyncCycleInterval {customized} は AllowedSyncCycleInterval {allowed} より短いため、{allowed} が使われます。"),
            },
            Note::EffectiveIntervalMismatch { printed, computed } => match lang {
                Lang::En => format!("CurrentlyEffectiveSyncCycleInterval says {printed}, the settings give {computed}: a build before 1.1.281 applies a change after the next cycle."),
                Lang::Ja => format!("CurrentlyEffectiveSyncCycleInterval は {printed} ですが、設定からは {computed} になります: 1.1.281 より前のビルドでは変更が次のサイクル後に反映されます。"),
            },
        })
        .collect();
    view! {
        <div class="import-report" role="status">
            {(!result.found.is_empty()).then(|| view! {
                <p>{tr(lang, "Imported: ", "取り込んだ項目: ")} {found}</p>
            })}
            {notes.into_iter().map(|n| view! { <p class="note">{n}</p> }).collect_view()}
            {(!result.unknown.is_empty()).then(|| view! {
                <p>{tr(lang, "Unknown fields (not used):", "不明な項目（使用しません）:")}</p>
                <ul>
                    {result.unknown.iter().map(|u| view! {
                        <li>{format!("{} {}: {} = {}", tr(lang, "line", "行"), u.line, u.name, u.value)}</li>
                    }).collect_view()}
                </ul>
            })}
            {(!result.malformed.is_empty()).then(|| view! {
                <p class="field-error">{tr(lang, "Lines that could not be read:", "読み取れなかった行:")}</p>
                <ul>
                    {result.malformed.iter().map(|m| view! {
                        <li class="field-error">
                            {format!("{} {}: {} — ", tr(lang, "line", "行"), m.line, line_problem(lang, m.problem))}
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
    let t = move |en, ja| tr(p.lang.get(), en, ja);
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
        |s| {
            s.server.as_ref().map(|v| match v.durations {
                Durations::PerCycle(_) => "per_cycle".to_owned(),
                Durations::PerStep(_) => "per_step".to_owned(),
            })
        },
        |s, key: String| {
            if let Some(v) = s.server.as_mut() {
                v.durations = if key == "per_cycle" {
                    Durations::PerCycle(CycleDurations::default())
                } else {
                    Durations::PerStep(StepDurations::default())
                };
            }
        },
    );
    let step = move |label: (&'static str, &'static str),
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
    let cycle = move |label: (&'static str, &'static str),
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
            <summary>{move || t("Connectors and durations", "コネクタと所要時間")}</summary>
            <fieldset class="list" data-list="server.connectors">
                <legend>{move || t("Connectors", "コネクタ")}</legend>
                {move || (0..count()).map(|i| view! { <ConnectorRow index=i /> }).collect_view()}
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
                    {move || t("+ Add an AD forest", "+ AD フォレストを追加")}
                </button>
            </fieldset>
            <SelectField
                label=("Step durations", "ステップの所要時間")
                options=enum_options(&[
                    ("per_step", ("Per run-profile step (default)", "実行プロファイルのステップごと（既定）")),
                    ("per_cycle", ("Per cycle", "サイクルごと")),
                ])
                value=mode
                on_set=set_mode
                path="server.durations"
            />
            <Show
                when=per_cycle
                fallback=move || view! {
                    <div class="group">
                        {step(("Delta import", "差分インポート"), "delta_import", |s| &mut s.delta_import)}
                        {step(("Full import", "完全インポート"), "full_import", |s| &mut s.full_import)}
                        {step(("Delta sync", "差分同期"), "delta_sync", |s| &mut s.delta_sync)}
                        {step(("Full sync", "完全同期"), "full_sync", |s| &mut s.full_sync)}
                        {step(("Export", "エクスポート"), "export", |s| &mut s.export)}
                    </div>
                }
            >
                <div class="group">
                    {cycle(("Delta cycle", "差分サイクル"), "delta", |c| &mut c.delta)}
                    {cycle(("Initial cycle", "完全サイクル"), "initial", |c| &mut c.initial)}
                </div>
            </Show>
        </details>
    }
}

/// One connector: its name, kind, overrides, and a remove button.
#[component]
fn ConnectorRow(index: usize) -> impl IntoView {
    let p = use_planner();
    let t = move |en, ja| tr(p.lang.get(), en, ja);
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
    view! {
        <div class="list-row" data-row=row_path>
            <label class="field">
                <span>{move || t("Name", "名前")}</span>
                <input
                    type="text"
                    data-path=name_path
                    prop:value=move || get().map(|c| c.name).unwrap_or_default()
                    on:change=move |ev| {
                        let name = event_target_value(&ev);
                        edit(&|c| c.name = name.trim().to_owned());
                    }
                />
            </label>
            <label class="field">
                <span>{move || t("Kind", "種類")}</span>
                <select on:change=move |ev| {
                    let kind = if event_target_value(&ev) == "entra_id" { ConnectorKind::EntraId } else { ConnectorKind::Ad };
                    edit(&|c| c.kind = kind);
                }>
                    <option value="ad" selected=move || get().is_some_and(|c| c.kind == ConnectorKind::Ad)>"Active Directory"</option>
                    <option value="entra_id" selected=move || get().is_some_and(|c| c.kind == ConnectorKind::EntraId)>"Microsoft Entra ID"</option>
                </select>
            </label>
            <label class="field check">
                <input type="checkbox" prop:checked=move || get().is_some_and(|c| c.full_import_required)
                    on:change=move |ev| { let on = event_target_checked(&ev); edit(&|c| c.full_import_required = on) } />
                <span>"FullImportRequired"</span>
            </label>
            <label class="field check">
                <input type="checkbox" prop:checked=move || get().is_some_and(|c| c.full_sync_required)
                    on:change=move |ev| { let on = event_target_checked(&ev); edit(&|c| c.full_sync_required = on) } />
                <span>"FullSyncRequired"</span>
            </label>
            <button
                type="button"
                class="remove"
                aria-label=move || t("Remove", "削除")
                on:click=move |_| p.draft.update(|s| {
                    if let Some(v) = s.server.as_mut() && index < v.connectors.len() {
                        v.connectors.remove(index);
                    }
                })
            >
                "×"
            </button>
            {move || super::fields::engine_error(&p, &path).map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
        </div>
    }
}
