//! Ready-made scenarios for the stories admins ask about most: a freshly enrolled device over
//! its first hours, a device that was off over the weekend, a push service disabled by a
//! "debloat" script, an Entra Connect wizard left open overnight, the sync interval changed to
//! three hours, and a server down for eight days.
//!
//! Each preset is built around "now", so it tells its story at whatever time the app is
//! opened. Pure, and tested natively: every preset must be valid and must show what it claims.

use chrono::{DurationRound, FixedOffset, TimeDelta};

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
    /// A Windows device off from Friday 18:00 to Monday 08:00 (the reader's clock, see
    /// [`Preset::scenario_at`]): the weekend under way at "now", or else the coming one.
    OffOverWeekend,
    /// dmwappushservice disabled by a "debloat" script two days ago.
    PushServiceDisabled,
    /// The Entra Connect configuration wizard left open overnight, 18:00 to 09:00 (the reader's
    /// clock): the night under way at "now", or else tonight.
    WizardOpenOvernight,
    /// The sync interval changed to three hours.
    IntervalThreeHours,
    /// An Entra Connect server down for eight days, back two hours from "now".
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

    /// The scenario, told around `now`, its evenings and weekends placed in UTC.
    pub fn scenario(self, now: Instant) -> Scenario {
        self.scenario_at(now, 0)
    }

    /// The scenario, told around `now` for a reader whose clocks are `offset_secs` ahead of UTC
    /// at `now`: "18:00" and "Friday" are the reader's own, so a story about a night or a
    /// weekend reads as one in Tokyo as in London. (A daylight saving change inside the story
    /// moves its later hours by the change; the offset at `now` is the reader's.)
    pub fn scenario_at(self, now: Instant, offset_secs: i32) -> Scenario {
        // Clocks lie within −12 h and +14 h of UTC; an offset past ±18 h is read as UTC.
        let local = Some(offset_secs)
            .filter(|s| s.abs() <= MAX_OFFSET_SECS)
            .and_then(FixedOffset::east_opt)
            .unwrap_or(UTC);
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
                let off = weekend(now, local);
                dev.power_off = vec![off.into()];
                dev.logons = vec![off.end() + TimeDelta::minutes(3)];
                let start = (off.start() - d(2)).min(now - d(1));
                with_device(span(start, off.end() + d(2)), dev)
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
                    suspended_spans: vec![overnight(now, local).into()],
                    ..ServerScenario::default()
                };
                with_server(span(now - d(1), now + d(2)), server)
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
                    // Under way at "now", so the answer says what the outage blocks and what
                    // the 7-day rule asks once the server is back.
                    outages: vec![span(now + h(2) - d(8), now + h(2)).into()],
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

/// Friday 18:00 to Monday 08:00 at `local`: the weekend `now` lies in, or else the coming one.
fn weekend(now: Instant, local: FixedOffset) -> Window {
    use chrono::Datelike;
    let length = TimeDelta::hours(62);
    let weekday = now.with_timezone(&local).weekday();
    let days_since_friday = (weekday.num_days_from_monday() + 7 - 4) % 7;
    let mut friday = at_hour(now, 18, local) - TimeDelta::days(i64::from(days_since_friday));
    if friday > now {
        friday -= TimeDelta::days(7);
    }
    if friday + length <= now {
        friday += TimeDelta::days(7);
    }
    span(friday, friday + length)
}

/// 18:00 to 09:00 the next morning at `local`: the night `now` lies in, or else tonight.
fn overnight(now: Instant, local: FixedOffset) -> Window {
    let length = TimeDelta::hours(15);
    let mut evening = at_hour(now, 18, local);
    if evening > now {
        evening -= TimeDelta::days(1);
    }
    if evening + length <= now {
        evening += TimeDelta::days(1);
    }
    span(evening, evening + length)
}

/// `hour`:00 at `local` on `now`'s day there.
fn at_hour(now: Instant, hour: i64, local: FixedOffset) -> Instant {
    let shift = TimeDelta::seconds(i64::from(local.local_minus_utc()));
    let wall = now + shift;
    let midnight = wall.duration_trunc(TimeDelta::days(1)).unwrap_or(wall);
    midnight + TimeDelta::hours(hour) - shift
}

/// The largest offset from UTC read as a reader's clock, in seconds.
const MAX_OFFSET_SECS: i32 = 18 * 3600;

/// Coordinated Universal Time, as an offset.
const UTC: FixedOffset = match FixedOffset::east_opt(0) {
    Some(utc) => utc,
    None => unreachable!(),
};

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
        opens_on: None,
        change: None,
    }
}

fn with_server(horizon: Window, server: ServerScenario) -> Scenario {
    Scenario {
        version: SCENARIO_VERSION,
        horizon,
        display_zone: DisplayZone::Browser,
        device: None,
        server: Some(server),
        opens_on: None,
        change: None,
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
    fn evenings_and_weekends_are_the_readers_own() {
        let tokyo = 9 * 3600;
        // 10:30 UTC on Saturday 21 November is 19:30 in Tokyo: that evening's weekend.
        let s = Preset::OffOverWeekend.scenario_at(now(), tokyo);
        let off = s.device.unwrap().power_off[0];
        assert_eq!(
            off.start(),
            "2026-11-20T09:00:00Z".parse::<Instant>().unwrap()
        );
        assert_eq!(off.end(), Some("2026-11-22T23:00:00Z".parse().unwrap()));
        // 19:30 in Tokyo is inside the night that began at 18:00 there (09:00 UTC).
        let s = Preset::WizardOpenOvernight.scenario_at(now(), tokyo);
        let night = s.server.unwrap().suspended_spans[0];
        assert_eq!(
            night.start(),
            "2026-11-21T09:00:00Z".parse::<Instant>().unwrap()
        );
        assert_eq!(night.end(), Some("2026-11-22T00:00:00Z".parse().unwrap()));
        // West of UTC: 10:30 UTC is 05:30 in New York, still the night that began Friday 18:00.
        let s = Preset::WizardOpenOvernight.scenario_at(now(), -5 * 3600);
        let night = s.server.unwrap().suspended_spans[0];
        assert_eq!(
            night.start(),
            "2026-11-20T23:00:00Z".parse::<Instant>().unwrap()
        );
        // No clock is 20 hours ahead: read as UTC, never a panic.
        assert_eq!(
            Preset::WizardOpenOvernight.scenario_at(now(), 20 * 3600),
            Preset::WizardOpenOvernight.scenario(now())
        );
    }

    #[test]
    fn the_weekend_device_catches_up_after_boot() {
        let s = Preset::OffOverWeekend.scenario(now());
        let report = s.simulate().unwrap().device.unwrap();
        // 21 November 2026 is a Saturday: the weekend under way, back on Monday 08:00.
        let booted: Instant = "2026-11-23T08:00:00Z".parse().unwrap();
        assert_eq!(s.device.unwrap().power_off[0].end(), Some(booted));
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
    fn a_shared_file_opens_on_the_system_it_was_shared_from() {
        use crate::engine::OpensOn;
        let device = Preset::FreshlyEnrolled.scenario(now());
        let server = Preset::IntervalThreeHours.scenario(now());
        assert_eq!(device.opening(), OpensOn::Device);
        assert_eq!(
            server.opening(),
            OpensOn::Server,
            "a server alone opens on the server"
        );
        let mut both = server.clone();
        both.device = Some(super::device(server.horizon.start()));
        assert_eq!(
            both.opening(),
            OpensOn::Device,
            "both, no choice: the device"
        );
        both.opens_on = Some(OpensOn::Server);
        let back = Scenario::from_json(&both.to_json()).unwrap();
        assert_eq!(
            back.opening(),
            OpensOn::Server,
            "the choice survives the file"
        );
        let opened = crate::share::open(&crate::share::to_fragment(&both)).unwrap();
        assert_eq!(
            opened.scenario.unwrap().opening(),
            OpensOn::Server,
            "and a link"
        );
        // A choice naming a system the file does not hold is ignored.
        let mut lone = server.clone();
        lone.opens_on = Some(OpensOn::Device);
        assert_eq!(lone.opening(), OpensOn::Server);
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
            "the scheduler resumes in the morning"
        );
    }

    /// Every hour of a fortnight, as "now".
    fn nows() -> impl Iterator<Item = Instant> {
        let start: Instant = "2026-11-16T00:17:00Z".parse().unwrap();
        (0..14 * 24).map(move |i| start + TimeDelta::hours(i))
    }

    /// The answer at `now` in English, as one text.
    fn said(preset: Preset, now: Instant) -> String {
        use crate::present::{Answer, System, answer, text::Lang};
        let sim = preset.scenario(now).simulate().unwrap();
        let system = if sim.device.is_some() {
            System::Device
        } else {
            System::Server
        };
        let fmt = |t: Instant| t.format("%a %H:%M").to_string();
        match answer(&sim, system, now, Lang::En, &fmt).expect("an answer") {
            Answer::Next { by, detail, .. } => format!("{by} | {}", detail.unwrap_or_default()),
            Answer::Never { why, consequence } => {
                format!("{why} | {}", consequence.unwrap_or_default())
            }
        }
    }

    /// Issue 12: each story's question is still open at "now", whatever the day and hour, so
    /// the answer at "now" tells it.
    #[test]
    fn each_story_is_open_at_now_and_its_answer_tells_it() {
        for now in nows() {
            let weekend = said(Preset::OffOverWeekend, now);
            assert!(
                weekend.contains("The device is off from Fri 18:00 until Mon 08:00")
                    || weekend.contains("Ahead: the device is off from Fri 18:00 until Mon 08:00"),
                "{now}: {weekend}"
            );
            let wizard = said(Preset::WizardOpenOvernight, now);
            assert!(
                wizard.contains("The scheduler is suspended from")
                    || wizard.contains("Ahead: the scheduler is suspended (the wizard is open"),
                "{now}: {wizard}"
            );
            let down = said(Preset::ServerDownEightDays, now);
            assert!(
                down.contains("The server (or its ADSync service) is down from"),
                "{now}: {down}"
            );
            let debloat = said(Preset::PushServiceDisabled, now);
            assert!(
                debloat.contains("dmwappushservice has been disabled since"),
                "{now}: {debloat}"
            );
        }
    }

    #[test]
    fn the_weekend_and_the_night_are_the_ones_under_way_or_the_next() {
        let t = |s: &str| s.parse::<Instant>().unwrap();
        // Wednesday: the coming weekend.
        let w = weekend(t("2026-11-18T12:00:00Z"), UTC);
        assert_eq!(
            (w.start(), w.end()),
            (t("2026-11-20T18:00:00Z"), t("2026-11-23T08:00:00Z"))
        );
        // Monday 07:59: still the weekend just past; 08:00: the next one.
        assert_eq!(
            weekend(t("2026-11-23T07:59:00Z"), UTC).start(),
            t("2026-11-20T18:00:00Z")
        );
        assert_eq!(
            weekend(t("2026-11-23T08:00:00Z"), UTC).start(),
            t("2026-11-27T18:00:00Z")
        );
        // Friday 18:00 on the dot: under way.
        assert_eq!(
            weekend(t("2026-11-20T18:00:00Z"), UTC).start(),
            t("2026-11-20T18:00:00Z")
        );
        // The night: 02:00 is inside last evening's; 12:00 waits for tonight.
        assert_eq!(
            overnight(t("2026-11-18T02:00:00Z"), UTC).start(),
            t("2026-11-17T18:00:00Z")
        );
        assert_eq!(
            overnight(t("2026-11-18T12:00:00Z"), UTC).start(),
            t("2026-11-18T18:00:00Z")
        );
    }
}
