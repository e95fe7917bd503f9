//! The planner's state: what the user chose (a scenario, a "now", a zoom, filters) and what
//! follows from it. Choices are signals; everything else is a memo derived from them, so no
//! value is stored twice and nothing can drift out of date.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;

use chrono::{DurationRound, TimeDelta};

use crate::chart::{self, Zoom};
use crate::engine::Simulation;
use crate::engine::Window;
use crate::engine::{Instant, OpensOn, Scenario, ScenarioError, Widening};
pub use crate::present::System;
use crate::present::fields::{self, Refusal};
use crate::present::text::{Lang, Text};
use crate::present::{self, Answer, Tone, View, page_paths};
use crate::share::SharedView;

use super::timefmt;

/// The simulation of the last valid scenario, and what is wrong with the current one.
///
/// An invalid edit keeps the last valid result on screen (the chart does not blank while a
/// date is half typed); the error is shown next to the field instead.
#[derive(Clone, Debug)]
pub struct Computed {
    /// The last valid scenario and its outcome.
    pub good: Option<(Arc<Scenario>, Arc<Simulation>)>,
    /// What is wrong with the current draft, if anything.
    pub error: Option<ScenarioError>,
    /// How long the engine took for the last valid scenario, in milliseconds.
    pub engine_ms: f64,
    /// Counts recomputations; two results are equal only if they are the same computation.
    generation: u64,
}

impl PartialEq for Computed {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation && self.error == other.error
    }
}

/// Everything the components share, provided as context by the app.
#[derive(Clone, Copy)]
pub struct Planner {
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// Whether the person chose the language (with the switch, or through a link that says
    /// so); only a chosen language travels in links.
    pub lang_chosen: RwSignal<bool>,
    /// The scenario being edited; may be invalid while the user types.
    pub draft: RwSignal<Scenario>,
    /// Whether the person set the simulated period themselves; until they do, the period
    /// follows what they type ([`Planner::follow_what_is_typed`]).
    pub period_fixed: RwSignal<bool>,
    /// The last time the period was widened to hold what was typed, for the note that says so.
    pub widened: RwSignal<Option<Widening>>,
    /// The system shown.
    pub system: RwSignal<System>,
    /// A "now" set by the user for what-if questions; `None` follows the clock.
    pub fixed_now: RwSignal<Option<Instant>>,
    /// The live clock, advanced every second.
    pub clock: RwSignal<Instant>,
    /// The simulation of the draft.
    pub computed: Memo<Computed>,
    /// The timeline and list contents for the system shown, from the last valid result.
    pub view: Memo<Option<Arc<View>>>,
    /// "Now" in steps of ten seconds: enough for the now-line (a pixel is at least ten seconds
    /// at the closest zoom), and it spares redrawing the chart and the list on every tick.
    pub coarse_now: Memo<Instant>,
    /// The span the timeline and the event list show.
    pub window: Memo<Option<Window>>,
    /// The timeline's zoom level.
    pub zoom: RwSignal<Zoom>,
    /// Where panning left the timeline's window; `None` follows "now".
    pub pan: RwSignal<Option<Instant>>,
    /// The event selected on the timeline or in the list (index into the view's rows).
    pub selected: RwSignal<Option<usize>>,
    /// Show only this lane (by key).
    pub lane_filter: RwSignal<Option<&'static str>>,
    /// Show only this outcome.
    pub tone_filter: RwSignal<Option<Tone>>,
    /// What fields refused, by field path: input that never reached the draft (a half-typed
    /// length, an end typed before its start). While any is here, the plan on screen is not
    /// the plan typed, and the answer says so.
    pub refused: RwSignal<BTreeMap<String, Refusal>>,
}

fn performance_now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

impl Planner {
    /// A planner editing `scenario`, in `lang`.
    pub fn new(scenario: Scenario, lang: Lang) -> Self {
        let system = if scenario.device.is_some() {
            System::Device
        } else {
            System::Server
        };
        let draft = RwSignal::new(scenario);
        let computed = Memo::new(move |previous: Option<&Computed>| {
            let generation = previous.map_or(0, |p| p.generation + 1);
            let started = performance_now();
            // A complaint names the value as the page lays it out (`page_paths`), so it shows
            // on the row that holds it, with that row's number.
            let result = draft.with(|s| {
                s.simulate()
                    .map(|o| (Arc::new(s.clone()), Arc::new(o)))
                    .map_err(|mut e| {
                        e.at = page_paths::on_page(s, &e.at);
                        e
                    })
            });
            let engine_ms = performance_now() - started;
            match result {
                Ok(good) => Computed {
                    good: Some(good),
                    error: None,
                    engine_ms,
                    generation,
                },
                Err(error) => Computed {
                    good: previous.and_then(|p| p.good.clone()),
                    error: Some(error),
                    engine_ms: previous.map_or(0.0, |p| p.engine_ms),
                    generation,
                },
            }
        });
        let lang = RwSignal::new(lang);
        let system = RwSignal::new(system);
        let view = Memo::new(move |_| {
            let lang = lang.get();
            let system = system.get();
            computed.with(|c| {
                let (_, outcome) = c.good.as_ref()?;
                present::view(outcome, system, lang).map(Arc::new)
            })
        });
        let fixed_now = RwSignal::new(None::<Instant>);
        let clock = RwSignal::new(timefmt::now());
        let zoom = RwSignal::new(Zoom::Day);
        let pan = RwSignal::new(None);
        let coarse_now = Memo::new(move |_| {
            let now = fixed_now.get().unwrap_or_else(|| clock.get());
            now.duration_trunc(TimeDelta::seconds(10)).unwrap_or(now)
        });
        let window = Memo::new(move |_| {
            computed.with(|c| {
                let (scenario, outcome) = c.good.as_ref()?;
                Some(chart::visible(
                    zoom.get(),
                    &scenario.horizon,
                    origin(scenario, outcome),
                    coarse_now.get(),
                    pan.get(),
                ))
            })
        });
        Self {
            lang,
            lang_chosen: RwSignal::new(false),
            draft,
            period_fixed: RwSignal::new(false),
            widened: RwSignal::new(None),
            system,
            fixed_now,
            clock,
            computed,
            view,
            coarse_now,
            window,
            zoom,
            pan,
            selected: RwSignal::new(None),
            lane_filter: RwSignal::new(None),
            tone_filter: RwSignal::new(None),
            refused: RwSignal::new(BTreeMap::new()),
        }
    }

    /// Records what the field at `path` refused, or that it accepts its input again.
    pub fn refuse(&self, path: &str, refusal: Option<Refusal>) {
        let same = self
            .refused
            .with_untracked(|m| m.get(path) == refusal.as_ref());
        if same {
            return;
        }
        self.refused.update(|m| match refusal {
            Some(r) => {
                m.insert(path.to_owned(), r);
            }
            None => {
                m.remove(path);
            }
        });
    }

    /// Keeps the simulated period holding what is typed, until the person sets the period
    /// themselves: an enrolment this morning, a power-off that began before the period, a
    /// change made tomorrow widen it, and [`Planner::widened`] says so. Call once, inside the
    /// app's owner. The effect runs before the browser paints, so the refusal the draft held
    /// for a moment is never shown.
    pub fn follow_what_is_typed(&self) {
        let p = *self;
        Effect::new(move |_| {
            if !p.period_fixed.get() {
                // Runs again whenever the plan changes; the widening itself reads untracked.
                p.draft.track();
                p.widen_period();
            }
        });
    }

    /// Widens the period to hold what is typed, if it does not already: by itself while the
    /// period follows the plan, or at the person's request once they set it (it stays theirs).
    pub fn widen_period(&self) {
        if let Some(w) = self.draft.with_untracked(|s| s.holding_period()) {
            self.draft.update(|s| s.horizon = w.horizon);
            self.widened.set(Some(w));
        }
    }

    /// What the field at `path` refused, if anything.
    pub fn refusal(&self, path: &str) -> Option<Refusal> {
        self.refused.with(|m| m.get(path).cloned())
    }

    /// Why the plan on screen is not the plan typed: every refused field, then the engine's
    /// complaint about the draft (unless it is about a field already named), each as (path,
    /// sentence in the interface language). Empty when the plan shown is the plan typed.
    pub fn mismatches(&self) -> Vec<(String, String)> {
        let lang = self.lang.get();
        let mut all: Vec<(String, String)> = self.refused.with(|m| {
            m.iter()
                .map(|(path, r)| (path.clone(), fields::refusal_sentence(path, r, lang)))
                .collect()
        });
        self.computed.with(|c| {
            if let Some(e) = c.error.as_ref()
                && !all.iter().any(|(path, _)| *path == e.at)
            {
                all.push((e.at.clone(), fields::problem_sentence(e, lang)));
            }
        });
        all
    }

    /// The scenario as shared (a downloaded file): with the system shown, when it holds both,
    /// so that whoever opens it sees the same answer.
    pub fn shared_scenario(&self) -> Scenario {
        let mut scenario = self.draft.get_untracked();
        scenario.opens_on = (scenario.device.is_some() && scenario.server.is_some()).then(|| {
            match self.system.get_untracked() {
                System::Device => OpensOn::Device,
                System::Server => OpensOn::Server,
            }
        });
        scenario
    }

    /// Shows `scenario` (a preset, a link, a pasted file) from a clean slate: the system it
    /// holds, the timeline following "now", no selection and no filters.
    pub fn load(&self, scenario: Scenario) {
        self.system.set(opening_system(&scenario));
        self.period_fixed.set(false);
        self.widened.set(None);
        self.draft.set(scenario);
        self.pan.set(None);
        self.selected.set(None);
        self.lane_filter.set(None);
        self.tone_filter.set(None);
        // What was refused belonged to the plan being replaced.
        self.refused.set(BTreeMap::new());
        self.open_on_now(None);
    }

    /// Puts the timeline on "now" (no pan) at the zoom [`chart::opening_zoom`] picks: `preferred`
    /// (a preset's own level) while it shows "now", else the closest level that shows "now"
    /// and the next sync of the system shown.
    pub fn open_on_now(&self, preferred: Option<Zoom>) {
        let now = self
            .fixed_now
            .get_untracked()
            .unwrap_or_else(|| self.clock.get_untracked());
        let system = self.system.get_untracked();
        let zoom = self.computed.with_untracked(|c| {
            let (scenario, outcome) = c.good.as_ref()?;
            Some(chart::opening_zoom(
                preferred,
                &scenario.horizon,
                origin(scenario, outcome),
                now,
                next_sync(outcome, system, now),
            ))
        });
        self.pan.set(None);
        if let Some(zoom) = zoom.or(preferred) {
            self.zoom.set(zoom);
        }
    }

    /// The view as a link carries it (tracked: read inside an effect, it follows every change).
    /// The system is left out when it is the one the plan opens on anyway.
    pub fn shared_view(&self) -> SharedView {
        let system = self.system.get();
        let opens_on = self.draft.with(|s| {
            if s.device.is_some() {
                System::Device
            } else {
                System::Server
            }
        });
        SharedView {
            system: (system != opens_on).then_some(system),
            zoom: Some(self.zoom.get()),
            pan: self.pan.get(),
            now: self.fixed_now.get(),
            lang: self.lang_chosen.get().then(|| self.lang.get()),
            lane: self.lane_filter.get().map(str::to_owned),
            outcome: self.tone_filter.get(),
        }
    }

    /// Restores a view a link carried, over the plan already loaded. Parts that do not fit the
    /// plan (a system it lacks, a lane it has not got) are left as they are.
    pub fn apply_view(&self, view: &SharedView) {
        if let Some(system) = view.system {
            let present = self.draft.with_untracked(|s| match system {
                System::Device => s.device.is_some(),
                System::Server => s.server.is_some(),
            });
            if present {
                self.system.set(system);
            }
        }
        if let Some(zoom) = view.zoom {
            self.zoom.set(zoom);
        }
        self.pan.set(view.pan);
        self.fixed_now.set(view.now);
        if let Some(lang) = view.lang {
            self.lang.set(lang);
            self.lang_chosen.set(true);
        }
        let lane = view.lane.as_deref().and_then(|key| {
            self.view.with_untracked(|v| {
                let lanes = &v.as_ref()?.lanes;
                lanes.iter().find(|l| l.key == key).map(|l| l.key)
            })
        });
        self.lane_filter.set(lane);
        self.tone_filter.set(view.outcome);
    }

    /// `text` in the interface language; read inside a closure, it follows the language switch.
    pub fn say(&self, text: Text) -> &'static str {
        text.get(self.lang.get())
    }

    /// The instant answers are about: the user's what-if "now", else the clock.
    pub fn now(&self) -> Instant {
        self.fixed_now.get().unwrap_or_else(|| self.clock.get())
    }

    /// The answer at "now" for the system shown.
    pub fn answer(&self) -> Option<Answer> {
        let lang = self.lang.get();
        let system = self.system.get();
        let now = self.now();
        self.computed.with(|c| {
            let (scenario, outcome) = c.good.as_ref()?;
            let zone = scenario.display_zone.clone();
            let fmt = move |t: Instant| timefmt::format(t, &zone, lang, timefmt::Style::DateTime);
            present::answer(outcome, system, now, lang, &fmt)
        })
    }
}

/// Where "first hours" starts: where the schedule starts (enrollment, or the horizon's start).
fn origin(scenario: &Scenario, outcome: &Simulation) -> Instant {
    outcome
        .device
        .as_ref()
        .map_or(scenario.horizon.start(), |d| d.enrolled_at)
}

/// The first sync of `system` after `now`: a device's next sync event, a server's next cycle.
fn next_sync(outcome: &Simulation, system: System, now: Instant) -> Option<Instant> {
    match system {
        System::Device => outcome
            .device
            .as_ref()?
            .events
            .iter()
            .find(|e| e.at > now && e.is_sync())
            .map(|e| e.at),
        System::Server => outcome
            .server
            .as_ref()?
            .cycles
            .iter()
            .find(|c| c.start > now)
            .map(|c| c.start),
    }
}

/// The planner provided by the app.
pub fn use_planner() -> Planner {
    expect_context::<Planner>()
}

/// The system a loaded scenario opens on ([`Scenario::opening`]).
fn opening_system(scenario: &Scenario) -> System {
    match scenario.opening() {
        OpensOn::Device => System::Device,
        OpensOn::Server => System::Server,
    }
}
