//! The answer first: one sentence at the top of the page that says when the next sync happens
//! (with a live countdown), or plainly that none will and why, with what follows from it.
//! A settable "now" turns it into a what-if question.

use leptos::prelude::*;

use crate::engine::{Problem, Window};
use crate::present::grammar::relative;
use crate::present::{Answer, fields, labels, period, terms};

use super::focus;
use super::state::use_planner;
use super::timefmt::{self, Style};

/// The answer sentence, its detail, and the "now" control.
#[component]
pub fn AnswerPanel() -> impl IntoView {
    let p = use_planner();
    let zone = move || {
        p.computed
            .with(|c| c.good.as_ref().map(|(s, _)| s.display_zone.clone()))
            .unwrap_or_default()
    };

    // Worked out once per change (and per clock tick) for the sentence and the announcement.
    let answer = Memo::new(move |_| p.answer());

    let sentence = move || {
        let lang = p.lang.get();
        let system = p.system.get();
        match answer.get() {
            None => view! { <p class="answer-text" data-state="pending">{p.say(labels::ANSWER_PENDING)}</p> }
                .into_any(),
            Some(Answer::Next { at, by, detail }) => {
                let now = p.now();
                let when = timefmt::format(at, &zone(), lang, Style::DateTime);
                let countdown = relative(lang, (at - now).num_seconds());
                view! {
                    <p class="answer-text" data-state="next">
                        {terms::next_prefix(system).get(lang)}
                        " "
                        <time datetime=at.to_rfc3339()>{when}</time>
                        " "
                        <span class="countdown">"(" {countdown} ")"</span>
                        " — "
                        <span class="by">{by}</span>
                    </p>
                    {detail.map(|d| view! { <p class="answer-detail">{d}</p> })}
                }
                .into_any()
            }
            Some(Answer::Never { why, consequence }) => view! {
                <p class="answer-text" data-state="never">{terms::never(system).get(lang)}</p>
                <p class="answer-detail why">{why}</p>
                {consequence.map(|c| view! { <p class="answer-detail consequence">{c}</p> })}
            }
            .into_any(),
        }
    };

    // The change forecast's line (issue 18), under the device's answer: when the plan's change
    // most likely lands on this device, or why it does not.
    let change_line = move || {
        if p.system.get() != crate::present::System::Device {
            return None;
        }
        let lang = p.lang.get();
        let zone = zone();
        p.computed.with(|c| {
            let (_, outcome) = c.good.as_ref()?;
            let (change, device) = (outcome.change.as_ref()?, outcome.device.as_ref()?);
            let fmt = |i| timefmt::format(i, &zone, lang, Style::DateTime);
            let line = crate::present::change::change_line(change, device, lang, &fmt);
            Some(view! { <p class="answer-detail change-line" data-change="">{line}</p> })
        })
    };

    // What a screen reader announces when the answer changes: the sentence without its
    // countdown or "ago" detail, which change every second and would be read out again and
    // again. A memo, so the live region's text changes only when these words do.
    let announcement = Memo::new(move |_| {
        let lang = p.lang.get();
        let system = p.system.get();
        match answer.get()? {
            Answer::Next { at, by, .. } => Some(format!(
                "{} {} — {by}",
                terms::next_prefix(system).get(lang),
                timefmt::format(at, &zone(), lang, Style::DateTime)
            )),
            Answer::Never { why, .. } => Some(format!("{} {why}", terms::never(system).get(lang))),
        }
    });

    let now_input = NodeRef::<leptos::html::Input>::new();
    let now_error = RwSignal::new(false);
    let now_value = move || {
        p.fixed_now
            .get()
            .map(|n| timefmt::to_input(n, &zone()))
            .unwrap_or_default()
    };

    // While the draft is invalid, the answer first says that it is not about the plan typed,
    // names every field at fault by its label (how many, when more than one), and offers to
    // go to each.
    let stale = move || {
        let all = p.mismatches();
        let (first, _) = all.first()?;
        let stale_path = first.clone();
        let count = fields::fields_to_fix(p.lang.get(), all.len());
        let go_to = move |path: String| {
            view! {
                <button type="button" class="link-button" data-action="go-to-field" data-path-to=path.clone() on:click=move |_| focus::go_to_field(&path)>
                    {p.say(labels::GO_TO_FIELD)}
                </button>
            }
        };
        let body = if all.len() == 1 {
            let (path, words) = all.into_iter().next()?;
            // An entry outside a period the person set: say where the period runs, go to the
            // period's edge that fixes it, and offer to widen it in one click.
            let outside = outside_period(&p);
            let runs = outside.as_ref().map(|(horizon, _)| {
                let lang = p.lang.get();
                let fmt = |t| timefmt::format(t, &zone(), lang, Style::DateTime);
                period::period_runs(horizon, lang, &fmt)
            });
            let path = outside.map_or(path, |(_, edge)| edge.to_owned());
            let widen = runs.is_some().then(|| {
                view! {
                    <button type="button" class="link-button" data-action="widen-period" on:click=move |_| p.widen_period()>
                        {p.say(period::WIDEN)}
                    </button>
                }
            });
            view! {
                <p class="answer-stale-text">
                    <strong>{p.say(labels::NOT_THE_PLAN_TYPED)}</strong>
                    " "
                    <span class="stale-why">{words}</span>
                    {runs.map(|r| view! { " " <span class="stale-period">{r}</span> })}
                </p>
                {go_to(path)}
                {widen}
            }
            .into_any()
        } else {
            view! {
                <p class="answer-stale-text">
                    <strong>{p.say(labels::NOT_THE_PLAN_TYPED)}</strong>
                    " "
                    <span class="stale-count">{count}</span>
                </p>
                <ul class="stale-list">
                    {all.into_iter().map(|(path, words)| view! {
                        <li><span class="stale-why">{words}</span> " " {go_to(path)}</li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        };
        Some(view! {
            <div class="answer-stale" role="alert" data-stale-path=stale_path>{body}</div>
        })
    };
    // Said once after the period was widened to hold what was typed, until dismissed.
    let widened = move || {
        let lang = p.lang.get();
        p.widened.get().map(|w| {
            let fmt = |t| timefmt::format(t, &zone(), lang, Style::DateTime);
            let note = period::widened_note(&w, lang, &fmt);
            view! {
                <p class="period-note" role="status" data-widened="">
                    <span>{note}</span>
                    " "
                    <button type="button" class="link-button" data-action="dismiss-widened" on:click=move |_| p.widened.set(None)>
                        {p.say(period::DISMISS)}
                    </button>
                </p>
            }
        })
    };
    let is_stale = move || {
        (p.refused.with(|m| !m.is_empty()) || p.computed.with(|c| c.error.is_some())).to_string()
    };

    view! {
        <h2 id="answer-heading">{move || p.say(labels::ANSWER_HEADING)}</h2>
        <div class="answer-body" data-stale=is_stale>{stale}{widened}{sentence}{change_line}</div>
        <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-announce="">
            {move || announcement.get().unwrap_or_default()}
        </p>
        <Show when=move || p.system.get() == crate::present::System::Server>
            <ServerExtras />
        </Show>
        <div class="now-control">
            <label for="now-input">{move || p.say(labels::WHAT_IF_NOW)}</label>
            <input
                id="now-input"
                node_ref=now_input
                type="datetime-local"
                prop:value=now_value
                aria-invalid=move || now_error.get().to_string()
                aria-describedby="now-hint"
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    if text.is_empty() {
                        now_error.set(false);
                        p.fixed_now.set(None);
                        return;
                    }
                    match timefmt::from_input(&text, &zone()) {
                        Some(at) => {
                            now_error.set(false);
                            p.fixed_now.set(Some(at));
                        }
                        None => now_error.set(true),
                    }
                }
            />
            <button
                type="button"
                data-action="live"
                disabled=move || p.fixed_now.get().is_none()
                on:click=move |_| {
                    p.fixed_now.set(None);
                    // The button disables itself: keep the keyboard on the field it undid,
                    // rather than losing focus to the page.
                    if let Some(input) = now_input.get_untracked() {
                        let _ = input.focus();
                    }
                }
            >
                {move || p.say(labels::LIVE)}
            </button>
            <span id="now-hint" class=move || if now_error.get() { "field-error" } else { "hint" }>
                {move || p.say(if now_error.get() { labels::BAD_INSTANT } else if p.fixed_now.get().is_some() { labels::NOW_FIXED } else { labels::NOW_LIVE })}
            </span>
            <span class="engine-time" data-engine-ms=move || millis(p.computed.with(|c| c.engine_ms), 3)>
                {move || labels::COMPUTED_IN.fill(p.lang.get(), &[&millis(p.computed.with(|c| c.engine_ms), 2)])}
            </span>
        </div>
    }
}

/// When the plan is refused for an entry outside a period the person set: the period, and the
/// edge of it that would hold the entry. `None` for any other refusal, or when no period could.
fn outside_period(p: &super::state::Planner) -> Option<(Window, &'static str)> {
    let refused_field = p.refused.with(|m| !m.is_empty());
    let outside = p.computed.with(|c| {
        c.error
            .as_ref()
            .is_some_and(|e| matches!(e.problem, Problem::OutsideHorizon))
    });
    if refused_field || !outside {
        return None;
    }
    p.draft.with(|s| Some((s.horizon, period::edge_to_fix(s)?)))
}

/// For a server: when a change made on-premises reaches Entra ID, and what
/// `Get-ADSyncScheduler` would print at "now".
#[component]
pub fn ServerExtras() -> impl IntoView {
    let p = use_planner();
    // The change lives in the plan, not in this component: a link or a file must carry it, or
    // a colleague reads another answer than the sender did.
    let change_at = move || {
        p.draft.with(|s| {
            s.change
                .filter(|c| c.origin == crate::engine::ChangeOrigin::OnPremises)
                .map(|c| c.at)
        })
    };
    let set_change = move |at: Option<crate::engine::Instant>| {
        p.draft.update(|s| {
            // This field is the on-premises change; a kind chosen elsewhere stays.
            // The ranges and the seed set elsewhere stay too.
            s.change = at.map(|at| match s.change {
                Some(c) => crate::engine::Change {
                    at,
                    origin: crate::engine::ChangeOrigin::OnPremises,
                    ..c
                },
                None => crate::engine::Change::on_premises(at),
            });
        })
    };
    let zone = move || {
        p.computed
            .with(|c| c.good.as_ref().map(|(s, _)| s.display_zone.clone()))
            .unwrap_or_default()
    };
    let export = move || {
        let lang = p.lang.get();
        let now = p.now();
        p.computed.with(|c| {
            let (scenario, outcome) = c.good.as_ref()?;
            let report = outcome.server.as_ref()?;
            let at = crate::present::said::change_instant(scenario.change.as_ref(), now);
            let fmt = |i| timefmt::format(i, &zone(), lang, Style::DateTime);
            Some(crate::present::server::export_sentence(
                report, at, lang, &fmt,
            ))
        })
    };
    let powershell = move || {
        let now = p.now();
        p.computed.with(|c| {
            let (scenario, outcome) = c.good.as_ref()?;
            let report = outcome.server.as_ref()?;
            Some(crate::present::server::scheduler_output_text(
                &report
                    .answers_in(now, &scenario.display_zone)
                    .get_adsyncscheduler,
                p.lang.get(),
            ))
        })
    };
    view! {
        <div class="server-extras">
            <label class="field">
                <span>{move || p.say(labels::CHANGE_AT)}</span>
                <input
                    type="datetime-local"
                    data-input="change-at"
                    prop:value=move || change_at().map(|c| timefmt::to_input(c, &zone())).unwrap_or_default()
                    on:change=move |ev| set_change(timefmt::from_input(&event_target_value(&ev), &zone()))
                />
                <span class="hint">{move || p.say(labels::CHANGE_AT_HINT)}</span>
            </label>
            <p class="export-time" data-export="">{export}</p>
            <details class="powershell">
                <summary>{move || p.say(labels::POWERSHELL_NOW)}</summary>
                <pre>{powershell}</pre>
            </details>
        </div>
    }
}

/// `ms` with `places` decimals (at most 3), written with integers: float formatting
/// (`{:.3}`) alone adds kilobytes of code to the browser bundle.
fn millis(ms: f64, places: u32) -> String {
    let places = places.min(3);
    let scale = 10_u64.pow(places);
    // Durations are small and non-negative; `as` saturates anything odd to 0 or u64::MAX.
    let n = (ms.max(0.0) * scale as f64).round() as u64;
    if places == 0 {
        return n.to_string();
    }
    let frac = (n % scale).to_string();
    format!(
        "{}.{}{frac}",
        n / scale,
        "0".repeat(places as usize - frac.len())
    )
}
