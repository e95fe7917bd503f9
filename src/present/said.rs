//! Everything the page says about a plan at an instant, gathered in one list: the answer, the
//! warnings above the timeline, when a change reaches Entra ID, what `Get-ADSyncScheduler`
//! prints. The interface shows these pieces in different places; gathering them here gives one
//! thing to compare when the question is "does a colleague who opens my link, or my file, read
//! what I read?" (`tests/shared_answers.rs`). A sentence that hangs on state kept outside the
//! scenario cannot be produced here, which is the point: everything an answer reads must be in
//! the scenario, the view or "now".

use super::text::Lang;
use super::{Answer, System};
use crate::engine::{Change, ChangeOrigin, Instant, Scenario, Simulation};

/// The instant whose way to Entra ID the server's answer follows: the plan's change when it
/// was made on-premises, else "now" (a change made this instant).
pub fn change_instant(change: Option<&Change>, now: Instant) -> Instant {
    change
        .filter(|c| c.origin == ChangeOrigin::OnPremises)
        .map_or(now, |c| c.at)
}

/// What the page says about `scenario` (simulated as `sim`) at `now`, in `lang`, instants
/// written by `fmt`: for each system the plan holds, its answer, its warnings, and for a
/// server the change's export time and the cmdlet's printout; for a change and a device, the
/// change forecast's line.
pub fn said(
    scenario: &Scenario,
    sim: &Simulation,
    now: Instant,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> Vec<String> {
    let mut out = Vec::new();
    for system in [System::Device, System::Server] {
        if let Some(answer) = super::answer(sim, system, now, lang, fmt) {
            match answer {
                Answer::Next { at, by, detail } => {
                    out.push(fmt(at));
                    out.push(by);
                    out.extend(detail);
                }
                Answer::Never { why, consequence } => {
                    out.push(why);
                    out.extend(consequence);
                }
            }
        }
        if let Some(view) = super::view(sim, system, lang) {
            out.extend(view.warnings);
        }
    }
    if let (Some(change), Some(device)) = (&sim.change, &sim.device) {
        out.push(super::change::change_line(change, device, lang, fmt));
    }
    if let Some(report) = &sim.server {
        let at = change_instant(scenario.change.as_ref(), now);
        out.push(super::server::export_sentence(report, at, lang, fmt));
        let printed = report.answers_in(now, &scenario.display_zone);
        out.push(super::server::scheduler_output_text(
            &printed.get_adsyncscheduler,
            lang,
        ));
    }
    out
}
