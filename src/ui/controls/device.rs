//! The device's settings: platform and rule set, enrollment time, what happens to it (power,
//! sleep, network, logons, syncs, the push service), and the knobs for behaviour the sources
//! leave open — each default named with its source in the scenario documentation.

use leptos::prelude::*;

use crate::engine::intune::{
    CustomPoll, DeviceScenario, ImeCadence, ImePowerOn, ManualSync, ManualVia, MissedRuns,
    NoNetwork, Platform, PollSet, PushServiceImpact, RepetitionEnd, RuleSet, RuleSetKind,
};
use crate::engine::{Period, sort_by_instant};
use crate::present::choices;
use crate::present::labels::device as labels;
use crate::present::page_paths;
use crate::present::text::Text;

use super::super::state::use_planner;
use super::fields::{
    AddMenu, CheckField, InstantField, InstantList, NumberField, PeriodField, SelectField,
    WindowList, add_instant, add_window,
};
use super::tasks::TaskImportPanel;
use super::{enum_options, enum_select, lens};

/// Reads and writes one part of the device, if the scenario has one.
macro_rules! device {
    ($($setting:tt)*) => {
        part!(device: DeviceScenario, $($setting)*)
    };
}

/// Everything about the device.
#[component]
pub fn DeviceControls() -> impl IntoView {
    let p = use_planner();

    let (platform, set_platform) = device!(enum_select, p, |x| x.platform, |x, v| x.platform = v);
    let platforms = enum_options::<Platform>();
    // The rule set is a plain choice, except "custom", which carries its own poll sets; it
    // starts from the Windows schedule written as DMClient CSP values.
    let (rule_set, set_rule_set) = lens(
        p,
        |s| s.device.as_ref().map(|d| choices::key(&d.rule_set.kind())),
        |s, key: String| {
            let (Some(d), Some(kind)) = (s.device.as_mut(), choices::from_key(&key)) else {
                return;
            };
            d.rule_set = match kind {
                RuleSetKind::Learn2025_10 => RuleSet::Learn2025_10,
                RuleSetKind::LegacyApple15MinFor6H => RuleSet::LegacyApple15MinFor6H,
                RuleSetKind::Custom => RuleSet::Custom(windows_as_custom()),
            };
        },
    );
    let rule_sets = enum_options::<RuleSetKind>();
    let is_custom = move || {
        p.draft.with(|s| {
            s.device
                .as_ref()
                .is_some_and(|d| d.rule_set.kind() == RuleSetKind::Custom)
        })
    };
    let (enrolled, set_enrolled) = device!(lens, p, |d| d.enrolled_at, |d, v| d.enrolled_at = v);
    let (power_off, set_power_off) =
        device!(lens, p, |d| d.power_off.clone(), |d, v| d.power_off = v);
    let (sleep, set_sleep) = device!(lens, p, |d| d.sleep.clone(), |d, v| d.sleep = v);
    let (offline, set_offline) = device!(lens, p, |d| d.offline.clone(), |d, v| d.offline = v);
    let (push_off, set_push_off) =
        device!(lens, p, |d| d.push_service_disabled.clone(), |d, v| d
            .push_service_disabled =
            v);
    let (logons, set_logons) = device!(lens, p, |d| d.logons.clone(), |d, v| d.logons = v);
    let (admin, set_admin) = device!(lens, p, |d| d.admin_syncs.clone(), |d, v| d.admin_syncs = v);
    let (settings_syncs, set_settings_syncs) = manual_list(p, ManualVia::Settings);
    let (portal_syncs, set_portal_syncs) = manual_list(p, ManualVia::CompanyPortal);
    let (push_delay, set_push_delay) = device!(
        lens,
        p,
        |d| Period::from_secs(d.push_delivery_delay.secs()),
        |d, v| d.push_delivery_delay = v.map(Into::into).unwrap_or_default()
    );

    let (impact, set_impact) = device!(enum_select, p, |x| x.push_service_impact, |x, v| x
        .push_service_impact =
        v);
    let (swa, set_swa) = device!(lens, p, |d| d.scheduler.start_when_available, |d, v| d
        .scheduler
        .start_when_available =
        v);
    let (catch_up, set_catch_up) = device!(
        lens,
        p,
        |d| Period::from_secs(d.scheduler.catch_up_delay.secs()),
        |d, v| d.scheduler.catch_up_delay = v.map(Into::into).unwrap_or_default()
    );
    let (missed, set_missed) = device!(enum_select, p, |x| x.scheduler.missed_runs, |x, v| x
        .scheduler
        .missed_runs =
        v);
    let (no_net, set_no_net) = device!(enum_select, p, |x| x.scheduler.no_network, |x, v| x
        .scheduler
        .no_network =
        v);
    let (rep_end, set_rep_end) =
        device!(enum_select, p, |x| x.scheduler.repetition_end, |x, v| x
            .scheduler
            .repetition_end =
            v);
    let (limit, set_limit) = device!(lens, p, |d| d.service.maintenance_limit, |d, v| d
        .service
        .maintenance_limit =
        v);
    let (validity, set_validity) =
        device!(lens, p, |d| d.service.compliance_validity_days, |d, v| d
            .service
            .compliance_validity_days =
            v);
    let (cleanup, set_cleanup) = device!(lens, p, |d| d.service.cleanup_after_days, |d, v| d
        .service
        .cleanup_after_days =
        v);
    let (ime, set_ime) = device!(lens, p, |d| d.ime.enabled, |d, v| d.ime.enabled = v);
    let (ime_cadence, set_ime_cadence) =
        device!(enum_select, p, |x| x.ime.cadence, |x, v| x.ime.cadence = v);
    let (ime_power_on, set_ime_power_on) =
        device!(enum_select, p, |x| x.ime.power_on, |x, v| x.ime.power_on =
            v);
    let is_windows = move || {
        p.draft
            .with(|s| s.device.as_ref().is_some_and(|d| d.platform.is_windows()))
    };

    // What a new power-off or sleep must not overlap, as the engine checks it.
    let down = move || {
        p.draft
            .with_untracked(|s| s.device.as_ref().map(|d| d.down_spans()))
            .unwrap_or_default()
    };

    view! {
        <div class="group">
            <SelectField label=labels::PLATFORM options=platforms value=platform on_set=set_platform path="device.platform" />
            <SelectField label=labels::RULE_SET options=rule_sets value=rule_set on_set=set_rule_set path="device.rule_set" />
            <InstantField label=labels::ENROLLED_AT value=enrolled on_set=set_enrolled path="device.enrolled_at" />
        </div>
        <Show when=is_custom>
            <CustomPollEditor />
        </Show>
        <TaskImportPanel />
        <AddMenu options=vec![
            (labels::POWER_OFF, Callback::new(move |_| set_power_off.run(add_window(&p, power_off.get_untracked(), Period::hours(8), &down())))),
            (labels::SLEEP, Callback::new(move |_| set_sleep.run(add_window(&p, sleep.get_untracked(), Period::hours(1), &down())))),
            (labels::NO_NETWORK, Callback::new(move |_| set_offline.run(add_window(&p, offline.get_untracked(), Period::hours(2), &[])))),
            (labels::USER_LOGON, Callback::new(move |_| set_logons.run(add_instant(&p, logons.get_untracked())))),
            (labels::MANUAL_SYNC_SETTINGS, Callback::new(move |_| set_settings_syncs.run(add_instant(&p, settings_syncs.get_untracked())))),
            (labels::MANUAL_SYNC_PORTAL, Callback::new(move |_| set_portal_syncs.run(add_instant(&p, portal_syncs.get_untracked())))),
            (labels::ADMIN_SYNC, Callback::new(move |_| set_admin.run(add_instant(&p, admin.get_untracked())))),
            (labels::PUSH_SERVICE_DISABLED, Callback::new(move |_| set_push_off.run(add_window(&p, push_off.get_untracked(), Period::days(1), &[])))),
        ] />
        <WindowList label=labels::POWERED_OFF items=power_off on_change=set_power_off path="device.power_off" />
        <WindowList label=labels::ASLEEP items=sleep on_change=set_sleep path="device.sleep" />
        <WindowList label=labels::OFFLINE items=offline on_change=set_offline path="device.offline" />
        // Windows only; still shown off Windows while it holds entries, so the error that
        // refuses them there points at a list the user can clear.
        <Show when=move || is_windows() || push_off.with(|w| !w.is_empty())>
            <WindowList label=labels::PUSH_SERVICE_DISABLED items=push_off on_change=set_push_off path="device.push_service_disabled" />
        </Show>
        <InstantList label=labels::USER_LOGONS items=logons on_change=set_logons path="device.logons" />
        <Show when=is_windows>
            <InstantList label=labels::MANUAL_SYNCS_SETTINGS items=settings_syncs on_change=set_settings_syncs path=page_paths::manual_sync_list(ManualVia::Settings) />
        </Show>
        <InstantList label=labels::MANUAL_SYNCS_PORTAL items=portal_syncs on_change=set_portal_syncs path=page_paths::manual_sync_list(ManualVia::CompanyPortal) />
        <InstantList label=labels::ADMIN_SYNCS items=admin on_change=set_admin path="device.admin_syncs" />
        <details class="advanced">
            <summary>{move || p.say(labels::ADVANCED)}</summary>
            <PeriodField label=labels::PUSH_DELIVERY_DELAY value=push_delay on_set=set_push_delay path="device.push_delivery_delay" optional=true />
            <Show when=is_windows>
                <SelectField
                    label=labels::PUSH_SERVICE_IMPACT
                    options={enum_options::<PushServiceImpact>()}
                    value=impact
                    on_set=set_impact
                    path="device.push_service_impact"
                />
                <CheckField label=labels::START_WHEN_AVAILABLE value=swa on_set=set_swa />
                <PeriodField label=labels::CATCH_UP_DELAY value=catch_up on_set=set_catch_up path="device.scheduler.catch_up_delay" optional=true />
                <SelectField
                    label=labels::MISSED_RUNS
                    options={enum_options::<MissedRuns>()}
                    value=missed
                    on_set=set_missed
                    path="device.scheduler.missed_runs"
                />
                <SelectField
                    label=labels::NO_NETWORK_RUN
                    options={enum_options::<NoNetwork>()}
                    value=no_net
                    on_set=set_no_net
                    path="device.scheduler.no_network"
                />
                <SelectField
                    label=labels::REPETITION_END
                    options={enum_options::<RepetitionEnd>()}
                    value=rep_end
                    on_set=set_rep_end
                    path="device.scheduler.repetition_end"
                />
                <CheckField label=labels::IME_LANE value=ime on_set=set_ime />
                <SelectField
                    label=labels::IME_CADENCE
                    options={enum_options::<ImeCadence>()}
                    value=ime_cadence
                    on_set=set_ime_cadence
                    path="device.ime.cadence"
                />
                <SelectField
                    label=labels::IME_POWER_ON
                    options={enum_options::<ImePowerOn>()}
                    value=ime_power_on
                    on_set=set_ime_power_on
                    path="device.ime.power_on"
                />
            </Show>
            <CheckField label=labels::MAINTENANCE_LIMIT value=limit on_set=set_limit />
            <NumberField label=labels::COMPLIANCE_VALIDITY value=validity on_set=set_validity path="device.service.compliance_validity_days" min=1 max=120 />
            <NumberField label=labels::CLEANUP_AFTER value=cleanup on_set=set_cleanup path="device.service.cleanup_after_days" min=30 max=270 />
        </details>
    }
}

/// The Windows enrollment schedule written as DMClient CSP `Poll` values: 3 min × 5, then
/// 15 min × 8, then 8 h for ever, and a poll at logon — a starting point for edits.
fn windows_as_custom() -> CustomPoll {
    CustomPoll {
        first: Some(PollSet::new(Period::minutes(3), 5)),
        second: Some(PollSet::new(Period::minutes(15), 8)),
        remaining: Some(PollSet::new(Period::hours(8), 0)),
        poll_on_login: true,
        extra: Vec::new(),
    }
}

/// Which of the three poll sets.
#[derive(Clone, Copy)]
enum Slot {
    First,
    Second,
    Remaining,
}

fn slot(poll: &mut CustomPoll, which: Slot) -> &mut Option<PollSet> {
    match which {
        Slot::First => &mut poll.first,
        Slot::Second => &mut poll.second,
        Slot::Remaining => &mut poll.remaining,
    }
}

fn custom(s: &crate::engine::Scenario) -> Option<&CustomPoll> {
    match &s.device.as_ref()?.rule_set {
        RuleSet::Custom(poll) => Some(poll),
        _ => None,
    }
}

fn custom_mut(s: &mut crate::engine::Scenario) -> Option<&mut CustomPoll> {
    match &mut s.device.as_mut()?.rule_set {
        RuleSet::Custom(poll) => Some(poll),
        _ => None,
    }
}

/// The three (interval, count) sets and PollOnLogin of a custom schedule.
#[component]
fn CustomPollEditor() -> impl IntoView {
    let p = use_planner();
    let set_row = move |which: Slot, label: Text, path: &'static str| {
        let (interval, set_interval) = lens(
            p,
            move |s| {
                custom(s).map(|c| {
                    match which {
                        Slot::First => c.first,
                        Slot::Second => c.second,
                        Slot::Remaining => c.remaining,
                    }
                    .map(|set| set.interval)
                })
            },
            move |s, v: Option<Period>| {
                if let Some(c) = custom_mut(s) {
                    let entry = slot(c, which);
                    // A new interval keeps the set's count and what an import gave it (its
                    // own start, end boundary, random delay).
                    *entry = v.map(|interval| match *entry {
                        Some(e) => PollSet { interval, ..e },
                        None => PollSet::new(interval, 0),
                    });
                }
            },
        );
        let (count, set_count) = lens(
            p,
            move |s| {
                custom(s)
                    .and_then(|c| match which {
                        Slot::First => c.first,
                        Slot::Second => c.second,
                        Slot::Remaining => c.remaining,
                    })
                    .map(|set| set.count)
            },
            move |s, n: u32| {
                if let Some(set) = custom_mut(s).and_then(|c| slot(c, which).as_mut()) {
                    set.count = n;
                }
            },
        );
        view! {
            <div class="list-row">
                <PeriodField label=label value=interval on_set=set_interval path=format!("device.rule_set.custom.{path}.interval") optional=true />
                <NumberField label=labels::POLL_COUNT value=count on_set=set_count path=format!("device.rule_set.custom.{path}.count") min=0 max=100_000 />
            </div>
        }
    };
    let (on_login, set_on_login) = lens(
        p,
        |s| custom(s).map(|c| c.poll_on_login),
        |s, v| {
            if let Some(c) = custom_mut(s) {
                c.poll_on_login = v;
            }
        },
    );
    view! {
        <fieldset class="list" data-list="device.rule_set.custom">
            <legend>{move || p.say(labels::POLL_SCHEDULE)}</legend>
            {set_row(Slot::First, labels::POLL_FIRST, "first")}
            {set_row(Slot::Second, labels::POLL_SECOND, "second")}
            {set_row(Slot::Remaining, labels::POLL_REMAINING, "remaining")}
            <CheckField label=labels::POLL_ON_LOGON value=on_login on_set=set_on_login />
        </fieldset>
    }
}

/// The manual syncs made through one channel, as a list of instants; the other channel's
/// entries are kept as they are.
fn manual_list(
    p: super::super::state::Planner,
    via: ManualVia,
) -> (
    Signal<Vec<crate::engine::Instant>>,
    Callback<Vec<crate::engine::Instant>>,
) {
    lens(
        p,
        move |s| {
            s.device.as_ref().map(|d| {
                d.manual_syncs
                    .iter()
                    .filter(|m| m.via == via)
                    .map(|m| m.at)
                    .collect()
            })
        },
        move |s, list: Vec<crate::engine::Instant>| {
            if let Some(d) = s.device.as_mut() {
                d.manual_syncs.retain(|m| m.via != via);
                d.manual_syncs
                    .extend(list.into_iter().map(|at| ManualSync { at, via }));
                sort_by_instant(&mut d.manual_syncs, |m| m.at);
            }
        },
    )
}
