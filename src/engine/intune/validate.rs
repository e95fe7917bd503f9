//! Checks a device scenario for what its types cannot rule out: values outside documented
//! ranges, lists that are too long, spans and instants outside the horizon, and entries that
//! contradict each other (two power-off spans that overlap, a logon while the device is off).
//!
//! Each error names the offending field by path (`device.power_off[2]`), so the UI can mark it.
//! The checks run in a fixed order, so the same bad scenario always reports the same error.

use super::rules::{MAX_POLL_INTERVAL, MIN_POLL_INTERVAL};
use super::scenario::{DeviceScenario, MAX_EXTRA_TRIGGERS, ManualVia, PollSet, RuleSet};
use crate::engine::error::{Because, Bound, Problem, ScenarioError, check_len};
use crate::engine::limits::{MAX_LIST_LEN, in_era};
use crate::engine::span::{Span, close_all};
use crate::engine::time::{Delay, Instant, Period, Window};

/// Compliance status validity period, in days (Microsoft Learn).
pub const COMPLIANCE_VALIDITY_DAYS: std::ops::RangeInclusive<u32> = 1..=120;

/// Device cleanup rule threshold, in days (Microsoft Learn).
pub const CLEANUP_DAYS: std::ops::RangeInclusive<u32> = 30..=270;

/// The longest random delay the IME is observed to add.
pub const MAX_IME_RANDOM_DELAY: Delay = Delay::minutes(60);

/// A list of windows in the scenario, by its field name.
type Named<'a> = (&'a str, &'a [Window]);

impl DeviceScenario {
    /// Power-off and sleep together: a device is off or asleep, never both, so a new entry of
    /// either kind must overlap none of these ([`Self::validate`] checks them as one list).
    pub fn down_spans(&self) -> Vec<Span> {
        let sleep = self.sleep.iter().copied().map(Span::from);
        self.power_off.iter().copied().chain(sleep).collect()
    }

    /// Checks the device against the horizon. Errors point at `device.…`.
    pub fn validate(&self, horizon: &Window) -> Result<(), ScenarioError> {
        self.check_enrollment(horizon)?;
        self.check_rule_set()?;
        self.check_lists()?;
        self.check_push_service()?;
        let sleep: Vec<Span> = self.sleep.iter().copied().map(Span::from).collect();
        for (name, spans) in [
            ("power_off", &self.power_off[..]),
            ("sleep", &sleep[..]),
            ("offline", &self.offline[..]),
            ("push_service_disabled", &self.push_service_disabled[..]),
        ] {
            check_inside(name, spans, horizon)?;
        }
        // Inside the horizon, a span not yet fixed lasts to its end: the checks below see it so.
        let until = horizon.end();
        let (power_off, offline, push_off) = (
            close_all(&self.power_off, until),
            close_all(&self.offline, until),
            close_all(&self.push_service_disabled, until),
        );
        let down: [Named; 2] = [("power_off", &power_off), ("sleep", &self.sleep)];
        // Off and asleep exclude each other, so they are checked as one list (as
        // `down_spans` gives them to whoever adds to either).
        check_no_overlap(&down)?;
        check_no_overlap(&[("offline", &offline)])?;
        check_no_overlap(&[("push_service_disabled", &push_off)])?;
        self.check_instants(horizon, &down)?;
        self.check_settings()
    }

    fn check_enrollment(&self, horizon: &Window) -> Result<(), ScenarioError> {
        let at = "device.enrolled_at";
        if !in_era(self.enrolled_at) {
            return Err(ScenarioError::new(at, era()));
        }
        if self.enrolled_at >= horizon.end() {
            return Err(ScenarioError::new(at, Problem::OutsideHorizon));
        }
        Ok(())
    }

    fn check_rule_set(&self) -> Result<(), ScenarioError> {
        match &self.rule_set {
            RuleSet::Learn2025_10 => Ok(()),
            RuleSet::LegacyApple15MinFor6H if self.platform.is_apple() => Ok(()),
            RuleSet::LegacyApple15MinFor6H => Err(ScenarioError::new(
                "device.rule_set",
                Problem::Conflict {
                    with: "device.platform".into(),
                },
            )),
            RuleSet::Custom(custom) => {
                let sets = [
                    ("first", custom.first),
                    ("second", custom.second),
                    ("remaining", custom.remaining),
                ];
                for (name, set) in sets {
                    if let Some(set) = set {
                        check_poll_set(&format!("device.rule_set.custom.{name}"), set)?;
                    }
                }
                check_len(
                    "device.rule_set.custom.extra",
                    &custom.extra,
                    MAX_EXTRA_TRIGGERS,
                )?;
                for (i, x) in custom.extra.iter().enumerate() {
                    let set = PollSet::new(x.interval, x.count);
                    check_poll_set(&format!("device.rule_set.custom.extra[{i}]"), set)?;
                }
                // A set that repeats indefinitely never ends, so a later set would never start
                // (the CSP ignores it); say so rather than silently drop it.
                for (i, (name, set)) in sets.iter().enumerate() {
                    let endless = set.is_some_and(|s| s.count == 0);
                    if let Some((later, _)) = sets[i + 1..]
                        .iter()
                        .find(|(_, s)| s.is_some())
                        .filter(|_| endless)
                    {
                        return Err(ScenarioError::new(
                            format!("device.rule_set.custom.{name}.count"),
                            Problem::ConflictBecause {
                                with: format!("device.rule_set.custom.{later}"),
                                because: Because::CountZeroIsIndefinite,
                            },
                        ));
                    }
                }
                Ok(())
            }
        }
    }

    /// dmwappushservice is a Windows service: a disabled span elsewhere would block sessions
    /// on a platform that has no such service.
    fn check_push_service(&self) -> Result<(), ScenarioError> {
        if self.platform.is_windows() || self.push_service_disabled.is_empty() {
            return Ok(());
        }
        Err(ScenarioError::new(
            "device.push_service_disabled[0]",
            Problem::ConflictBecause {
                with: "device.platform".into(),
                because: Because::PushServiceIsWindowsOnly,
            },
        ))
    }

    fn check_lists(&self) -> Result<(), ScenarioError> {
        check_len("device.power_off", &self.power_off, MAX_LIST_LEN)?;
        check_len("device.sleep", &self.sleep, MAX_LIST_LEN)?;
        check_len("device.offline", &self.offline, MAX_LIST_LEN)?;
        check_len("device.logons", &self.logons, MAX_LIST_LEN)?;
        check_len("device.manual_syncs", &self.manual_syncs, MAX_LIST_LEN)?;
        check_len("device.admin_syncs", &self.admin_syncs, MAX_LIST_LEN)?;
        check_len(
            "device.push_service_disabled",
            &self.push_service_disabled,
            MAX_LIST_LEN,
        )
    }

    fn check_instants(&self, horizon: &Window, down: &[Named; 2]) -> Result<(), ScenarioError> {
        let sorted_down = sorted(down);
        // The device must be up for a user to sign in, press Sync, or enroll it.
        let up = |at: String, t: Instant| match covering(&sorted_down, t) {
            Some((name, i)) => Err(ScenarioError::new(
                at,
                Problem::Conflict {
                    with: format!("device.{name}[{i}]"),
                },
            )),
            None => Ok(()),
        };
        if horizon.contains(self.enrolled_at) {
            up("device.enrolled_at".into(), self.enrolled_at)?;
            // Enrolling needs the network, as it needs the device on.
            let offline = close_all(&self.offline, horizon.end());
            let offline = sorted(&[("offline", &offline)]);
            if let Some((name, i)) = covering(&offline, self.enrolled_at) {
                return Err(ScenarioError::new(
                    "device.enrolled_at",
                    Problem::ConflictBecause {
                        with: format!("device.{name}[{i}]"),
                        because: Because::EnrollmentNeedsNetwork,
                    },
                ));
            }
        }
        for (i, &t) in self.logons.iter().enumerate() {
            let at = format!("device.logons[{i}]");
            check_instant(&at, t, horizon)?;
            // One rule for everything that happens on the device: not before enrollment.
            before_enrollment(&at, t, self.enrolled_at)?;
            up(at, t)?;
        }
        for (i, m) in self.manual_syncs.iter().enumerate() {
            let at = format!("device.manual_syncs[{i}]");
            check_instant(&format!("{at}.at"), m.at, horizon)?;
            if m.via == ManualVia::Settings && !self.platform.is_windows() {
                let with = "device.platform".into();
                return Err(ScenarioError::new(
                    format!("{at}.via"),
                    Problem::Conflict { with },
                ));
            }
            before_enrollment(&format!("{at}.at"), m.at, self.enrolled_at)?;
            up(format!("{at}.at"), m.at)?;
        }
        for (i, &t) in self.admin_syncs.iter().enumerate() {
            let at = format!("device.admin_syncs[{i}]");
            check_instant(&at, t, horizon)?;
            // An admin can press Sync while the device is off; the push is then lost.
            before_enrollment(&at, t, self.enrolled_at)?;
        }
        Ok(())
    }

    fn check_settings(&self) -> Result<(), ScenarioError> {
        let range = |at: &str, value: u32, range: std::ops::RangeInclusive<u32>| {
            if range.contains(&value) {
                return Ok(());
            }
            let problem = Problem::OutOfRange {
                min: Bound::Number(u64::from(*range.start())),
                max: Bound::Number(u64::from(*range.end())),
            };
            Err(ScenarioError::new(at, problem))
        };
        range(
            "device.service.compliance_validity_days",
            self.service.compliance_validity_days,
            COMPLIANCE_VALIDITY_DAYS,
        )?;
        range(
            "device.service.cleanup_after_days",
            self.service.cleanup_after_days,
            CLEANUP_DAYS,
        )?;
        if self.ime.random_delay > MAX_IME_RANDOM_DELAY {
            let problem = Problem::OutOfRange {
                min: Bound::Length(Delay::ZERO),
                max: Bound::Length(MAX_IME_RANDOM_DELAY),
            };
            return Err(ScenarioError::new("device.ime.random_delay", problem));
        }
        Ok(())
    }
}

/// The era error, with its bounds.
fn era() -> Problem {
    Problem::outside_era()
}

/// A poll set's interval and count, at `path` (`device.rule_set.custom.first`).
fn check_poll_set(path: &str, set: PollSet) -> Result<(), ScenarioError> {
    if set.interval < MIN_POLL_INTERVAL || set.interval > MAX_POLL_INTERVAL {
        let problem = Problem::OutOfRange {
            min: Bound::Length(MIN_POLL_INTERVAL.into()),
            max: Bound::Length(MAX_POLL_INTERVAL.into()),
        };
        return Err(ScenarioError::new(format!("{path}.interval"), problem));
    }
    // The set's span (interval × count) must be a length the engine accepts.
    let max_count = Period::MAX.secs() / set.interval.secs();
    if set.count > max_count {
        let problem = Problem::OutOfRange {
            min: Bound::Number(0),
            max: Bound::Number(u64::from(max_count)),
        };
        return Err(ScenarioError::new(format!("{path}.count"), problem));
    }
    Ok(())
}

/// Every window of the list lies inside the horizon.
fn check_inside(name: &str, spans: &[Span], horizon: &Window) -> Result<(), ScenarioError> {
    for (i, s) in spans.iter().enumerate() {
        // An open span must start inside the horizon; a closed one must also end inside it.
        let end_outside = s.end().is_some_and(|e| e > horizon.end());
        if s.start() < horizon.start() || s.start() >= horizon.end() || end_outside {
            return Err(ScenarioError::new(
                format!("device.{name}[{i}]"),
                Problem::OutsideHorizon,
            ));
        }
    }
    Ok(())
}

/// An instant lies in the era and inside the horizon.
fn check_instant(at: &str, t: Instant, horizon: &Window) -> Result<(), ScenarioError> {
    if !in_era(t) {
        return Err(ScenarioError::new(at, era()));
    }
    if !horizon.contains(t) {
        return Err(ScenarioError::new(at, Problem::OutsideHorizon));
    }
    Ok(())
}

/// Nothing happens on a device before it is enrolled: no logon poll, no sync, no push.
fn before_enrollment(at: &str, t: Instant, enrolled: Instant) -> Result<(), ScenarioError> {
    if t < enrolled {
        let problem = Problem::ConflictBecause {
            with: "device.enrolled_at".into(),
            because: Because::BeforeEnrollment,
        };
        return Err(ScenarioError::new(at, problem));
    }
    Ok(())
}

/// All windows of the lists, as (window, list name, index), sorted by start then end.
fn sorted<'a>(lists: &[Named<'a>]) -> Vec<(Window, &'a str, usize)> {
    let mut all: Vec<(Window, &str, usize)> = lists
        .iter()
        .flat_map(|(name, ws)| ws.iter().enumerate().map(move |(i, w)| (*w, *name, i)))
        .collect();
    // The key is the whole item, so an unstable sort (a smaller copy of sorting code in the
    // bundle than the stable one) gives the same order.
    all.sort_unstable_by_key(|(w, name, i)| (w.start(), w.end(), *name, *i));
    all
}

/// No two windows of the lists share an instant. Reports the later-starting window, naming
/// the one it overlaps.
fn check_no_overlap(lists: &[Named]) -> Result<(), ScenarioError> {
    let all = sorted(lists);
    // The window reaching furthest so far: any later-starting window that overlaps an earlier
    // one overlaps this one.
    let mut furthest: Option<&(Window, &str, usize)> = None;
    for item in &all {
        if let Some(f) = furthest.filter(|f| item.0.start() < f.0.end()) {
            let other = format!("device.{}[{}]", f.1, f.2);
            return Err(ScenarioError::new(
                format!("device.{}[{}]", item.1, item.2),
                Problem::Overlap { other },
            ));
        }
        if furthest.is_none_or(|f| item.0.end() > f.0.end()) {
            furthest = Some(item);
        }
    }
    Ok(())
}

/// The window of a sorted, non-overlapping list that contains `t`, as (list name, index).
fn covering<'a>(sorted: &[(Window, &'a str, usize)], t: Instant) -> Option<(&'a str, usize)> {
    let after = sorted.partition_point(|(w, _, _)| w.start() <= t);
    let (w, name, i) = sorted.get(after.checked_sub(1)?)?;
    w.contains(t).then_some((*name, *i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::intune::scenario::{CustomPoll, ManualSync, Platform};
    use crate::engine::time::Period;

    fn t(s: &str) -> Instant {
        format!("2026-01-{s}:00Z").parse().unwrap()
    }

    fn w(a: &str, b: &str) -> Window {
        Window::new(t(a), t(b)).unwrap()
    }

    fn horizon() -> Window {
        w("01T00:00", "31T00:00")
    }

    fn device() -> DeviceScenario {
        serde_json::from_str(r#"{"enrolled_at":"2026-01-05T09:00:00Z"}"#).unwrap()
    }

    fn err(d: &DeviceScenario) -> ScenarioError {
        d.validate(&horizon()).expect_err("should be refused")
    }

    #[test]
    fn a_plain_device_is_valid() {
        assert_eq!(device().validate(&horizon()), Ok(()));
    }

    #[test]
    fn overlapping_power_off_windows_are_refused_with_both_paths() {
        let mut d = device();
        d.power_off = vec![
            w("10T00:00", "10T12:00").into(),
            w("06T00:00", "06T01:00").into(),
            w("10T11:00", "10T13:00").into(),
        ];
        let e = err(&d);
        assert_eq!(e.at, "device.power_off[2]");
        assert_eq!(
            e.problem,
            Problem::Overlap {
                other: "device.power_off[0]".into()
            }
        );
    }

    #[test]
    fn sleep_overlapping_power_off_is_refused_but_touching_is_fine() {
        let mut d = device();
        d.power_off = vec![w("10T00:00", "10T12:00").into()];
        d.sleep = vec![w("10T12:00", "10T14:00")];
        assert_eq!(d.validate(&horizon()), Ok(()));
        d.sleep.push(w("09T20:00", "10T01:00"));
        let e = err(&d);
        assert_eq!(
            (e.at.as_str(), e.problem),
            (
                "device.power_off[0]",
                Problem::Overlap {
                    other: "device.sleep[1]".into()
                }
            )
        );
    }

    #[test]
    fn a_window_that_contains_another_is_an_overlap() {
        let mut d = device();
        d.offline = vec![
            w("10T00:00", "12T00:00").into(),
            w("10T01:00", "10T02:00").into(),
            w("11T00:00", "11T01:00").into(),
        ];
        assert_eq!(err(&d).at, "device.offline[1]");
    }

    #[test]
    fn windows_and_instants_outside_the_horizon_are_refused() {
        let mut d = device();
        d.sleep = vec![w("30T20:00", "31T01:00")];
        assert_eq!(
            (err(&d).at, err(&d).problem),
            ("device.sleep[0]".into(), Problem::OutsideHorizon)
        );
        let mut d = device();
        d.admin_syncs = vec![t("31T00:00")];
        assert_eq!(err(&d).at, "device.admin_syncs[0]");
        let mut d = device();
        d.enrolled_at = t("31T00:00");
        assert_eq!(err(&d).at, "device.enrolled_at");
        d.enrolled_at = "1999-12-31T00:00:00Z".parse().unwrap();
        assert!(matches!(err(&d).problem, Problem::OutOfRange { .. }));
    }

    #[test]
    fn logons_and_manual_syncs_need_the_device_up() {
        let mut d = device();
        d.power_off = vec![w("10T00:00", "10T08:00").into()];
        d.logons = vec![t("10T08:00"), t("10T07:59")];
        let e = err(&d);
        assert_eq!(
            (e.at.as_str(), e.problem),
            (
                "device.logons[1]",
                Problem::Conflict {
                    with: "device.power_off[0]".into()
                }
            )
        );
        d.logons.clear();
        d.sleep = vec![w("12T00:00", "12T08:00")];
        d.manual_syncs = vec![ManualSync {
            at: t("12T01:00"),
            via: ManualVia::CompanyPortal,
        }];
        assert_eq!(err(&d).at, "device.manual_syncs[0].at");
    }

    #[test]
    fn syncs_before_enrollment_and_settings_off_windows_are_conflicts() {
        let mut d = device();
        d.manual_syncs = vec![ManualSync {
            at: t("02T00:00"),
            via: ManualVia::Settings,
        }];
        assert_eq!(
            err(&d).problem,
            Problem::ConflictBecause {
                with: "device.enrolled_at".into(),
                because: Because::BeforeEnrollment,
            }
        );
        let mut d = device();
        d.platform = Platform::Ios;
        d.manual_syncs = vec![ManualSync {
            at: t("12T00:00"),
            via: ManualVia::Settings,
        }];
        assert_eq!(err(&d).at, "device.manual_syncs[0].via");
        d.manual_syncs[0].via = ManualVia::CompanyPortal;
        assert_eq!(d.validate(&horizon()), Ok(()));
    }

    #[test]
    fn too_many_entries_are_refused() {
        let mut d = device();
        d.admin_syncs = vec![t("12T00:00"); MAX_LIST_LEN + 1];
        assert_eq!(
            err(&d).problem,
            Problem::TooMany {
                limit: MAX_LIST_LEN
            }
        );
    }

    #[test]
    fn legacy_rule_set_is_for_apple_only() {
        let mut d = device();
        d.rule_set = RuleSet::LegacyApple15MinFor6H;
        assert_eq!(
            err(&d).problem,
            Problem::Conflict {
                with: "device.platform".into()
            }
        );
        d.platform = Platform::Macos;
        assert_eq!(d.validate(&horizon()), Ok(()));
    }

    #[test]
    fn custom_sets_are_checked_for_range_count_and_order() {
        let set = |secs, count| Some(PollSet::new(Period::from_secs(secs).unwrap(), count));
        let mut d = device();
        d.rule_set = RuleSet::Custom(CustomPoll {
            first: set(30, 5),
            ..Default::default()
        });
        assert_eq!(err(&d).at, "device.rule_set.custom.first.interval");
        d.rule_set = RuleSet::Custom(CustomPoll {
            second: set(60, u32::MAX),
            ..Default::default()
        });
        let e = err(&d);
        assert_eq!(e.at, "device.rule_set.custom.second.count");
        assert_eq!(
            e.problem,
            Problem::OutOfRange {
                min: Bound::Number(0),
                max: Bound::Number(576_000)
            }
        );
        // Further triggers: each checked like a set, and at most MAX_EXTRA_TRIGGERS.
        let extra = crate::engine::intune::scenario::ExtraTrigger {
            task: crate::engine::intune::scenario::PollTask::Remaining,
            starts_after: Delay::ZERO,
            interval: Period::days(32),
            count: 0,
            ends_after: None,
            random_delay: None,
        };
        d.rule_set = RuleSet::Custom(CustomPoll {
            extra: vec![extra],
            ..Default::default()
        });
        assert_eq!(err(&d).at, "device.rule_set.custom.extra[0].interval");
        let fine = crate::engine::intune::scenario::ExtraTrigger {
            interval: Period::hours(1),
            ..extra
        };
        d.rule_set = RuleSet::Custom(CustomPoll {
            extra: vec![fine; MAX_EXTRA_TRIGGERS],
            ..Default::default()
        });
        assert_eq!(d.validate(&horizon()), Ok(()));
        d.rule_set = RuleSet::Custom(CustomPoll {
            extra: vec![fine; MAX_EXTRA_TRIGGERS + 1],
            ..Default::default()
        });
        assert_eq!(err(&d).at, "device.rule_set.custom.extra");
        d.rule_set = RuleSet::Custom(CustomPoll {
            first: set(180, 0),
            remaining: set(3600, 0),
            ..Default::default()
        });
        let e = err(&d);
        assert_eq!(
            (e.at.as_str(), e.problem),
            (
                "device.rule_set.custom.first.count",
                Problem::ConflictBecause {
                    with: "device.rule_set.custom.remaining".into(),
                    because: Because::CountZeroIsIndefinite,
                }
            )
        );
        d.rule_set = RuleSet::Custom(CustomPoll {
            first: set(180, 5),
            remaining: set(3600, 0),
            ..Default::default()
        });
        assert_eq!(d.validate(&horizon()), Ok(()));
    }

    #[test]
    fn settings_out_of_their_documented_ranges_are_refused() {
        let mut d = device();
        d.service.compliance_validity_days = 121;
        assert_eq!(err(&d).at, "device.service.compliance_validity_days");
        let mut d = device();
        d.service.cleanup_after_days = 29;
        assert_eq!(
            err(&d).problem,
            Problem::OutOfRange {
                min: Bound::Number(30),
                max: Bound::Number(270)
            }
        );
        let mut d = device();
        d.ime.random_delay = Delay::minutes(61);
        assert_eq!(err(&d).at, "device.ime.random_delay");
    }

    #[test]
    fn logons_before_enrollment_are_refused_like_syncs() {
        let mut d = device();
        d.logons = vec![t("04T08:00")];
        let e = err(&d);
        assert_eq!(
            (e.at.as_str(), e.problem),
            (
                "device.logons[0]",
                Problem::ConflictBecause {
                    with: "device.enrolled_at".into(),
                    because: Because::BeforeEnrollment,
                }
            )
        );
    }

    #[test]
    fn enrolling_while_offline_is_refused() {
        let mut d = device();
        d.offline = vec![w("05T08:00", "05T10:00").into()];
        let e = err(&d);
        assert_eq!(
            (e.at.as_str(), e.problem),
            (
                "device.enrolled_at",
                Problem::ConflictBecause {
                    with: "device.offline[0]".into(),
                    because: Because::EnrollmentNeedsNetwork,
                }
            )
        );
        d.offline = vec![w("05T09:01", "05T10:00").into()];
        assert_eq!(d.validate(&horizon()), Ok(()));
    }

    #[test]
    fn the_push_service_is_refused_off_windows_with_its_reason() {
        let mut d = device();
        d.push_service_disabled = vec![w("10T00:00", "11T00:00").into()];
        assert_eq!(d.validate(&horizon()), Ok(()));
        for platform in [Platform::Ios, Platform::AndroidEnterprise, Platform::Linux] {
            d.platform = platform;
            let e = err(&d);
            assert_eq!(e.at, "device.push_service_disabled[0]");
            assert_eq!(
                e.problem,
                Problem::ConflictBecause {
                    with: "device.platform".into(),
                    because: Because::PushServiceIsWindowsOnly,
                }
            );
            assert!(e.problem.to_string().contains("Windows service"));
        }
    }

    #[test]
    fn an_endless_set_followed_by_another_says_what_count_0_means() {
        let mut d = device();
        d.rule_set = RuleSet::Custom(CustomPoll {
            first: Some(PollSet::new(Period::hours(1), 0)),
            remaining: Some(PollSet::new(Period::hours(8), 0)),
            ..CustomPoll::default()
        });
        let e = err(&d);
        assert_eq!(e.at, "device.rule_set.custom.first.count");
        assert_eq!(
            e.problem.to_string(),
            "contradicts device.rule_set.custom.remaining: count 0 means indefinitely, so nothing can follow it"
        );
    }
}
