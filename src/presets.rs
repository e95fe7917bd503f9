//! Ready-made scenarios for the stories admins ask about most: a freshly enrolled device over
//! its first hours, a device that was off over the weekend, a push service disabled by a
//! "debloat" script, an Entra Connect wizard left open overnight, the sync interval changed to
//! three hours, and a server down for eight days.
//!
//! Each preset is built around "now", so it tells its story at whatever time the app is
//! opened. Pure, and tested natively: every preset must be valid and must show what it claims.

use chrono::{DurationRound, TimeDelta};

use crate::chart::Zoom;
use crate::engine::DisplayZone;
use crate::engine::SCENARIO_VERSION;
use crate::engine::entra::{IntervalChange, ServerScenario};
use crate::engine::intune::{DeviceScenario, ManualSync, ManualVia};
use crate::engine::{Instant, Scenario};
use crate::engine::{Period, Span, Window};
use crate::present::text::Text;

/// A story the app can load with one click.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    /// A Windows device enrolled 20 minutes ago: the 3-minute and 15-minute ramp.
    FreshlyEnrolled,
    /// A Windows device that was off from Friday evening and booted two hours ago.
    OffOverWeekend,
    /// dmwappushservice disabled by a "debloat" script two days ago.
    PushServiceDisabled,
    /// The Entra Connect configuration wizard left open overnight.
    WizardOpenOvernight,
    /// The sync interval changed to three hours.
    IntervalThreeHours,
    /// An Entra Connect server down for eight days.
    ServerDownEightDays,
}

impl Preset {
    /// Every preset, devices first.
    pub const ALL: [Preset; 6] = [
        Preset::FreshlyEnrolled,
        Preset::OffOverWeekend,
        Preset::PushServiceDisabled,
        Preset::WizardOpenOvernight,
        Preset::IntervalThreeHours,
        Preset::ServerDownEightDays,
    ];

    /// A stable key, for buttons and tests.
    pub const fn key(self) -> &'static str {
        match self {
            Preset::FreshlyEnrolled => "fresh",
            Preset::OffOverWeekend => "weekend",
            Preset::PushServiceDisabled => "debloat",
            Preset::WizardOpenOvernight => "wizard",
            Preset::IntervalThreeHours => "interval-3h",
            Preset::ServerDownEightDays => "down-8-days",
        }
    }

    /// The preset's name, on its button.
    pub const fn title(self) -> Text {
        match self {
            Preset::FreshlyEnrolled => Text::new(
                "Freshly enrolled Windows device",
                "登録直後の Windows デバイス",
            ),
            Preset::OffOverWeekend => Text::new("Off over the weekend", "週末に電源オフ"),
            Preset::PushServiceDisabled => Text::new(
                "dmwappushservice disabled by a debloat script",
                "最適化スクリプトで dmwappushservice が無効",
            ),
            Preset::WizardOpenOvernight => Text::new(
                "Entra Connect wizard left open overnight",
                "Entra Connect ウィザードを一晩開いたまま",
            ),
            Preset::IntervalThreeHours => Text::new(
                "Sync interval changed to 3 hours",
                "同期間隔を 3 時間に変更",
            ),
            Preset::ServerDownEightDays => {
                Text::new("Server down for 8 days", "サーバーが 8 日間停止")
            }
        }
    }

    /// The zoom that tells the story best.
    pub const fn zoom(self) -> Zoom {
        match self {
            Preset::FreshlyEnrolled => Zoom::FirstHours,
            Preset::OffOverWeekend => Zoom::Week,
            Preset::PushServiceDisabled => Zoom::Month,
            Preset::WizardOpenOvernight | Preset::IntervalThreeHours => Zoom::Day,
            Preset::ServerDownEightDays => Zoom::All,
        }
    }

    /// The scenario, told around `now`.
    pub fn scenario(self, now: Instant) -> Scenario {
        // Whole minutes read better than the second the page happened to open.
        let now = now.duration_trunc(TimeDelta::minutes(1)).unwrap_or(now);
        let h = TimeDelta::hours;
        let d = TimeDelta::days;
        match self {
            Preset::FreshlyEnrolled => {
                let enrolled = now - TimeDelta::minutes(20);
                with_device(span(enrolled, enrolled + d(3)), device(enrolled))
            }
            Preset::OffOverWeekend => {
                let mut dev = device(now - d(30));
                let booted = now - h(2);
                dev.power_off = vec![span(now - h(62), booted).into()];
                dev.logons = vec![booted + TimeDelta::minutes(3)];
                with_device(span(now - d(4), now + d(3)), dev)
            }
            Preset::PushServiceDisabled => {
                let mut dev = device(now - d(20));
                let horizon = span(now - d(5), now + d(40));
                // The script's change stays until someone re-enables the service.
                dev.push_service_disabled = vec![Span::open(now - d(2))];
                dev.manual_syncs = vec![ManualSync {
                    at: now - d(1),
                    via: ManualVia::Settings,
                }];
                with_device(horizon, dev)
            }
            Preset::WizardOpenOvernight => {
                let server = ServerScenario {
                    suspended_spans: vec![span(now - h(15), now - h(1)).into()],
                    ..ServerScenario::default()
                };
                with_server(span(now - d(1), now + d(1)), server)
            }
            Preset::IntervalThreeHours => {
                let server = ServerScenario {
                    interval_changes: vec![IntervalChange {
                        at: now - h(6),
                        customized_sync_cycle_interval: Some(Period::hours(3)),
                    }],
                    ..ServerScenario::default()
                };
                with_server(span(now - d(1), now + d(2)), server)
            }
            Preset::ServerDownEightDays => {
                let server = ServerScenario {
                    outages: vec![span(now - d(8) - h(2), now - h(2)).into()],
                    ..ServerScenario::default()
                };
                with_server(span(now - d(10), now + d(2)), server)
            }
        }
    }
}

/// What the app shows before anything is chosen: the first hours of a fresh enrollment.
pub fn default_scenario(now: Instant) -> Scenario {
    Preset::FreshlyEnrolled.scenario(now)
}

/// A Windows device with every setting at its documented default.
pub fn device(enrolled_at: Instant) -> DeviceScenario {
    DeviceScenario::new(enrolled_at)
}

fn span(start: Instant, end: Instant) -> Window {
    // Presets are written with end after start; fall back to one hour rather than panic.
    Window::new(start, end).unwrap_or_else(|_| Window::starting(start, Period::hours(1)))
}

fn with_device(horizon: Window, device: DeviceScenario) -> Scenario {
    Scenario {
        version: SCENARIO_VERSION,
        horizon,
        display_zone: DisplayZone::Browser,
        device: Some(device),
        server: None,
    }
}

fn with_server(horizon: Window, server: ServerScenario) -> Scenario {
    Scenario {
        version: SCENARIO_VERSION,
        horizon,
        display_zone: DisplayZone::Browser,
        device: None,
        server: Some(server),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Instant {
        "2026-11-21T10:30:27Z".parse().unwrap()
    }

    #[test]
    fn every_preset_is_valid_and_round_trips_through_json() {
        for preset in Preset::ALL {
            let scenario = preset.scenario(now());
            scenario
                .validate()
                .unwrap_or_else(|e| panic!("{}: {e}", preset.key()));
            let back = Scenario::from_json(&scenario.to_json()).unwrap();
            assert_eq!(back, scenario, "{}", preset.key());
            let title = preset.title();
            assert_ne!(title.ja, title.en);
        }
    }

    #[test]
    fn presets_are_told_around_now_in_whole_minutes() {
        let s = Preset::FreshlyEnrolled.scenario(now());
        let enrolled = s.device.unwrap().enrolled_at;
        assert_eq!(enrolled, "2026-11-21T10:10:00Z".parse::<Instant>().unwrap());
    }

    #[test]
    fn the_fresh_device_is_in_its_ramp_up() {
        let s = Preset::FreshlyEnrolled.scenario(now());
        let report = s.simulate().unwrap().device.unwrap();
        let answers = report.answers(now());
        let next = answers.next_sync.expect("a fresh device syncs soon");
        assert!(
            next.at - now() <= TimeDelta::minutes(15),
            "next sync within the 15-min ramp"
        );
    }

    #[test]
    fn the_debloated_device_never_syncs_again() {
        let s = Preset::PushServiceDisabled.scenario(now());
        let report = s.simulate().unwrap().device.unwrap();
        let answers = report.answers(now());
        assert!(answers.next_sync.is_none());
        assert!(answers.no_future_sync.is_some());
        assert!(
            answers.compliance.is_some(),
            "the compliance deadline follows"
        );
    }

    #[test]
    fn the_weekend_device_caught_up_after_boot() {
        let s = Preset::OffOverWeekend.scenario(now());
        let report = s.simulate().unwrap().device.unwrap();
        let booted = now().duration_trunc(TimeDelta::minutes(1)).unwrap() - TimeDelta::hours(2);
        let after_boot = report
            .syncs()
            .find(|e| e.at >= booted)
            .expect("a sync after boot");
        assert!(
            after_boot.at - booted <= TimeDelta::minutes(10),
            "caught up within the delay"
        );
    }

    #[test]
    fn the_server_presets_tell_their_story() {
        let down = Preset::ServerDownEightDays
            .scenario(now())
            .simulate()
            .unwrap()
            .server
            .unwrap();
        assert!(
            !down.warnings.is_empty(),
            "eight days down breaks the 7-day delta rule"
        );
        let wizard = Preset::WizardOpenOvernight
            .scenario(now())
            .simulate()
            .unwrap()
            .server
            .unwrap();
        assert!(
            wizard.answers(now()).next_cycle.is_some(),
            "the scheduler resumed"
        );
    }
}
