//! The names the engine gives to what happens: lanes (which trigger a run came from) and rules
//! (which documented fact or parameter choice produced or decided it, with its source), and the
//! poll plan each rule set expands into.
//!
//! Lanes and rules serialize as stable snake_case codes. The UI translates the codes, so no
//! English prose travels in events; renaming a code is a format change.

use serde::{Serialize, Serializer};

use super::scenario::{CustomPoll, Platform, PollSet, RuleSet};
use crate::engine::source::{self, Source};
use crate::engine::time::{Delay, Period};

/// The shortest repetition interval Task Scheduler accepts (and so a poll set may have).
pub const MIN_POLL_INTERVAL: Period = Period::minutes(1);

/// The longest repetition interval Task Scheduler accepts.
pub const MAX_POLL_INTERVAL: Period = Period::days(31);

/// Intune's limit: at most one maintenance sync per device every 6.5 hours.
pub const MAINTENANCE_SPACING: Period = Period::minutes(390);

/// Where a run came from. The order of the variants is the tie-break between runs at the same
/// instant: the earlier lane runs first, and a later one at the same instant merges into it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lane {
    /// Poll set 1: Windows' "Schedule #1 created by enrollment client"; elsewhere the first
    /// phase of the documented schedule.
    Schedule1,
    /// Poll set 2: Windows' "Schedule #2".
    Schedule2,
    /// Poll set 3, the indefinite one: Windows' "Schedule #3"; elsewhere "about every 8 h".
    Schedule3,
    /// The DMClient CSP's 24-hour schedule in the maintenance window, which Windows creates when
    /// no poll set repeats indefinitely ("Maintenance Schedule created by enrollment client").
    MaintenanceSchedule,
    /// Windows' "Login Schedule" (or the CSP's PollOnLogin): a poll at any user's logon.
    Login,
    /// A run that starts late: a missed start caught up, or a retry when the network returns.
    CatchUp,
    /// Sync pressed in the Settings app.
    ManualSettings,
    /// Sync pressed in Company Portal.
    ManualCompanyPortal,
    /// An admin's Sync from the Intune admin center, delivered as a push.
    Push,
    /// The Intune Management Extension's own check-in (not an MDM session).
    Ime,
}

impl Lane {
    /// Every lane, in tie-break order.
    pub const ALL: [Lane; 10] = [
        Self::Schedule1,
        Self::Schedule2,
        Self::Schedule3,
        Self::MaintenanceSchedule,
        Self::Login,
        Self::CatchUp,
        Self::ManualSettings,
        Self::ManualCompanyPortal,
        Self::Push,
        Self::Ime,
    ];

    /// The stable code the JSON and the UI use.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Schedule1 => "schedule_1",
            Self::Schedule2 => "schedule_2",
            Self::Schedule3 => "schedule_3",
            Self::MaintenanceSchedule => "maintenance_schedule",
            Self::Login => "login",
            Self::CatchUp => "catch_up",
            Self::ManualSettings => "manual_settings",
            Self::ManualCompanyPortal => "manual_company_portal",
            Self::Push => "push",
            Self::Ime => "ime",
        }
    }

    /// Whether runs in this lane are MDM sessions (everything but the IME).
    pub const fn is_mdm(self) -> bool {
        !matches!(self, Self::Ime)
    }

    /// The tie-break rank (position in [`Lane::ALL`]).
    pub(crate) const fn rank(self) -> u8 {
        self as u8
    }
}

impl Serialize for Lane {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// The rule behind an event: either what produced the run (a schedule, a user, an admin, a
/// catch-up) or what decided its outcome (the network condition, the push service, the
/// maintenance limit). Each names one [`Source`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Windows Schedule #1: at enrollment, every 3 min for 15 min.
    WindowsSchedule1,
    /// Windows Schedule #2: 15 min after #1 starts, every 15 min for 2 h.
    WindowsSchedule2,
    /// Windows Schedule #3: 2 h after #2 starts, every 8 h, indefinitely.
    WindowsSchedule3,
    /// Windows Login Schedule: at logon of any user.
    WindowsLoginSchedule,
    /// Android: every 3 minutes for 15 minutes after enrollment.
    RefreshEvery3MinFor15Min,
    /// Android: then every 15 minutes for 2 hours.
    RefreshEvery15MinFor2H,
    /// iOS/iPadOS and macOS: every 15 minutes for 1 hour after enrollment.
    RefreshEvery15MinFor1H,
    /// Android, iOS/iPadOS and macOS: then about every 8 hours.
    RefreshEvery8H,
    /// Older iOS/macOS schedule: every 15 minutes for 6 hours after enrollment.
    LegacyRefreshEvery15MinFor6H,
    /// Older iOS/macOS schedule: then about every 8 hours.
    LegacyRefreshEvery8H,
    /// Custom poll schedule, first set.
    CustomPollFirst,
    /// Custom poll schedule, second set.
    CustomPollSecond,
    /// Custom poll schedule, remaining set.
    CustomPollRemaining,
    /// Custom poll schedule, PollOnLogin.
    CustomPollOnLogin,
    /// No poll set repeats indefinitely: a 24-hour schedule launches in the maintenance window
    /// (DMClient CSP Poll, [MS-MDE2]).
    CspMaintenanceSchedule,
    /// The user pressed Sync in Settings.
    ManualSyncSettings,
    /// The user pressed Sync in Company Portal.
    ManualSyncCompanyPortal,
    /// An admin pressed Sync; the device syncs when the push arrives.
    AdminSyncPush,
    /// StartWhenAvailable: a missed start runs after the catch-up delay once the device is up.
    CatchUpStartWhenAvailable,
    /// Outside Windows, a missed poll is assumed to run once the device is up again.
    CatchUpAssumed,
    /// A run skipped for want of network starts when the network returns (parameter).
    NetworkRetry,
    /// The IME checks in when its service starts (enrollment, boot).
    ImeServiceStart,
    /// The IME checks in after a user signs in.
    ImeSignIn,
    /// Company Portal's Sync also starts an IME check-in.
    ImeCompanyPortal,
    /// The IME checks in every 8 hours (IME page).
    ImeInterval8H,
    /// The IME checks in every hour (Win32 app management page).
    ImeInterval1H,
    /// Tasks do not wake the device (WakeToRun is not set): a start while off or asleep is lost.
    NoWakeToRun,
    /// The tasks run only if a network connection is available.
    RunOnlyIfNetworkAvailable,
    /// A push reaches only a device that is on and online; otherwise the change waits for the
    /// next check-in (no channel documented: Linux).
    PushNeedsReachableDevice,
    /// WNS drops a notification for a device that is off, asleep or offline on its way.
    PushWnsDropsOffline,
    /// APNs keeps only the last notification for an unreachable device, for a limited time.
    PushApnsKeepsLast,
    /// FCM keeps a message for an unreachable device up to its time to live.
    PushFcmKeeps,
    /// AOSP has no push: the agent finds the Sync when it polls for tasks.
    PushAospTaskPoll,
    /// At most one push per device every 30 minutes (community report).
    PushRateLimit,
    /// dmwappushservice Disabled: no MDM session starts at all (inference).
    PushServiceDisabled,
    /// dmwappushservice Disabled, with the impact set to push sessions only (parameter).
    PushServiceDisabledPushOnly,
    /// At most one maintenance sync per device every 6.5 hours; a maintenance run inside it
    /// still checks in, but its maintenance work may be skipped (lenient reading, default).
    MaintenanceSyncLimit,
    /// The strict reading of the 6.5-hour limit: the service refuses the session (parameter).
    MaintenanceSyncLimitRefused,
    /// Two runs at the same instant make one session (parameter).
    CoincidentRunsMerged,
}

impl Rule {
    /// Every rule, for listings and tests.
    pub const ALL: [Rule; 39] = [
        Self::WindowsSchedule1,
        Self::WindowsSchedule2,
        Self::WindowsSchedule3,
        Self::WindowsLoginSchedule,
        Self::RefreshEvery3MinFor15Min,
        Self::RefreshEvery15MinFor2H,
        Self::RefreshEvery15MinFor1H,
        Self::RefreshEvery8H,
        Self::LegacyRefreshEvery15MinFor6H,
        Self::LegacyRefreshEvery8H,
        Self::CustomPollFirst,
        Self::CustomPollSecond,
        Self::CustomPollRemaining,
        Self::CustomPollOnLogin,
        Self::CspMaintenanceSchedule,
        Self::ManualSyncSettings,
        Self::ManualSyncCompanyPortal,
        Self::AdminSyncPush,
        Self::CatchUpStartWhenAvailable,
        Self::CatchUpAssumed,
        Self::NetworkRetry,
        Self::ImeServiceStart,
        Self::ImeSignIn,
        Self::ImeCompanyPortal,
        Self::ImeInterval8H,
        Self::ImeInterval1H,
        Self::NoWakeToRun,
        Self::RunOnlyIfNetworkAvailable,
        Self::PushNeedsReachableDevice,
        Self::PushWnsDropsOffline,
        Self::PushApnsKeepsLast,
        Self::PushFcmKeeps,
        Self::PushAospTaskPoll,
        Self::PushRateLimit,
        Self::PushServiceDisabled,
        Self::PushServiceDisabledPushOnly,
        Self::MaintenanceSyncLimit,
        Self::MaintenanceSyncLimitRefused,
        Self::CoincidentRunsMerged,
    ];

    /// The stable code the JSON and the UI use.
    pub const fn code(self) -> &'static str {
        match self {
            Self::WindowsSchedule1 => "windows_schedule_1",
            Self::WindowsSchedule2 => "windows_schedule_2",
            Self::WindowsSchedule3 => "windows_schedule_3",
            Self::WindowsLoginSchedule => "windows_login_schedule",
            Self::RefreshEvery3MinFor15Min => "refresh_every_3min_for_15min",
            Self::RefreshEvery15MinFor2H => "refresh_every_15min_for_2h",
            Self::RefreshEvery15MinFor1H => "refresh_every_15min_for_1h",
            Self::RefreshEvery8H => "refresh_every_8h",
            Self::LegacyRefreshEvery15MinFor6H => "legacy_refresh_every_15min_for_6h",
            Self::LegacyRefreshEvery8H => "legacy_refresh_every_8h",
            Self::CustomPollFirst => "custom_poll_first",
            Self::CustomPollSecond => "custom_poll_second",
            Self::CustomPollRemaining => "custom_poll_remaining",
            Self::CustomPollOnLogin => "custom_poll_on_login",
            Self::CspMaintenanceSchedule => "csp_maintenance_schedule",
            Self::ManualSyncSettings => "manual_sync_settings",
            Self::ManualSyncCompanyPortal => "manual_sync_company_portal",
            Self::AdminSyncPush => "admin_sync_push",
            Self::CatchUpStartWhenAvailable => "catch_up_start_when_available",
            Self::CatchUpAssumed => "catch_up_assumed",
            Self::NetworkRetry => "network_retry",
            Self::ImeServiceStart => "ime_service_start",
            Self::ImeSignIn => "ime_sign_in",
            Self::ImeCompanyPortal => "ime_company_portal",
            Self::ImeInterval8H => "ime_interval_8h",
            Self::ImeInterval1H => "ime_interval_1h",
            Self::NoWakeToRun => "no_wake_to_run",
            Self::RunOnlyIfNetworkAvailable => "run_only_if_network_available",
            Self::PushNeedsReachableDevice => "push_needs_reachable_device",
            Self::PushWnsDropsOffline => "push_wns_drops_offline",
            Self::PushApnsKeepsLast => "push_apns_keeps_last",
            Self::PushFcmKeeps => "push_fcm_keeps",
            Self::PushAospTaskPoll => "push_aosp_task_poll",
            Self::PushRateLimit => "push_rate_limit",
            Self::PushServiceDisabled => "push_service_disabled",
            Self::PushServiceDisabledPushOnly => "push_service_disabled_push_only",
            Self::MaintenanceSyncLimit => "maintenance_sync_limit",
            Self::MaintenanceSyncLimitRefused => "maintenance_sync_limit_refused",
            Self::CoincidentRunsMerged => "coincident_runs_merged",
        }
    }

    /// The document (or inference) the rule rests on.
    pub const fn source(self) -> &'static Source {
        match self {
            // The task names, triggers and chaining come from the seed's reading of the tasks.
            Self::WindowsSchedule1
            | Self::WindowsSchedule2
            | Self::WindowsSchedule3
            | Self::WindowsLoginSchedule => &source::SEED_INTUNE_SYNC_TIMING,
            Self::RefreshEvery3MinFor15Min
            | Self::RefreshEvery15MinFor2H
            | Self::RefreshEvery15MinFor1H
            | Self::RefreshEvery8H
            | Self::MaintenanceSyncLimit
            | Self::PushNeedsReachableDevice
            | Self::PushAospTaskPoll => &source::LEARN_POLICY_REFRESH,
            Self::LegacyRefreshEvery15MinFor6H | Self::LegacyRefreshEvery8H => {
                &source::LEGACY_APPLE_REFRESH
            }
            Self::CustomPollFirst
            | Self::CustomPollSecond
            | Self::CustomPollRemaining
            | Self::CustomPollOnLogin
            | Self::CspMaintenanceSchedule => &source::DMCLIENT_CSP_POLL,
            Self::ManualSyncSettings | Self::ManualSyncCompanyPortal | Self::ImeCompanyPortal => {
                &source::LEARN_MANUAL_SYNC
            }
            Self::AdminSyncPush => &source::LEARN_DEVICE_SYNC,
            Self::CatchUpStartWhenAvailable | Self::NoWakeToRun => {
                &source::TASK_SCHEDULER_START_WHEN_AVAILABLE
            }
            Self::RunOnlyIfNetworkAvailable => &source::TASK_SCHEDULER_NETWORK,
            Self::PushWnsDropsOffline => &source::LEARN_WNS_RAW_OFFLINE,
            Self::PushApnsKeepsLast => &source::APPLE_APNS_STORE,
            Self::PushFcmKeeps => &source::FIREBASE_FCM_LIFESPAN,
            Self::PushRateLimit => &source::COMMUNITY_PUSH_THROTTLE,
            Self::ImeServiceStart | Self::ImeSignIn | Self::ImeInterval8H => &source::LEARN_IME,
            Self::ImeInterval1H => &source::LEARN_WIN32_APPS,
            Self::PushServiceDisabled => &source::INFERENCE_PUSH_SERVICE_DISABLED,
            Self::CatchUpAssumed
            | Self::NetworkRetry
            | Self::PushServiceDisabledPushOnly
            | Self::MaintenanceSyncLimitRefused
            | Self::CoincidentRunsMerged => &source::PARAMETER_DEFAULT,
        }
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// A rule with its source, as the report's legend lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    /// The rule's code.
    pub rule: Rule,
    /// Where it comes from.
    pub source: &'static Source,
}

impl From<Rule> for RuleInfo {
    fn from(rule: Rule) -> Self {
        Self {
            rule,
            source: rule.source(),
        }
    }
}

/// One poll set of the plan, with the lane and rule its runs carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PlannedSet {
    /// The lane its runs appear in.
    pub lane: Lane,
    /// The rule its runs cite.
    pub rule: Rule,
    /// Time between runs.
    pub interval: Period,
    /// How many intervals it lasts; 0 = indefinitely.
    pub count: u32,
    /// Its own start after enrollment; `None`: where the previous set ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_after: Option<Delay>,
    /// No run starts at or after this long after enrollment (the trigger's `EndBoundary`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_after: Option<Delay>,
    /// Its own random delay; `None`: the scheduler's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub random_delay: Option<Delay>,
}

impl PlannedSet {
    /// A set with the given shape, chained, unbounded, with the scheduler's random delay.
    const fn chained(lane: Lane, rule: Rule, interval: Period, count: u32) -> Self {
        Self {
            lane,
            rule,
            interval,
            count,
            starts_after: None,
            ends_after: None,
            random_delay: None,
        }
    }

    /// Whether the set repeats indefinitely: its runs are the device's maintenance syncs.
    pub fn is_indefinite(&self) -> bool {
        self.count == 0
    }
}

/// What a rule set means for one platform: up to three poll sets and an optional logon poll.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PollPlan {
    /// The rule set's code (`learn_2025_10`, `legacy_apple_15min_for_6h`, `custom`).
    pub rule_set: &'static str,
    /// Where the rule set comes from.
    pub source: &'static Source,
    /// Poll sets 1..3 in order; `None` where a set is disabled.
    pub sets: [Option<PlannedSet>; 3],
    /// The rule of the logon poll, if the device polls at logon.
    pub on_login: Option<Rule>,
    /// More time triggers on the sets' tasks, each with its own start (`starts_after` is
    /// always set); its lane and rule say whose task it is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extra: Vec<PlannedSet>,
    /// The DMClient CSP's 24-hour schedule in the maintenance window: Windows creates it when
    /// no poll set repeats indefinitely (custom schedules only; every published one has such a
    /// set). Its start is the first maintenance window at or after enrollment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintenance_schedule: Option<PlannedSet>,
}

impl PollPlan {
    /// Expands a rule set for a platform. Linux has no documented schedule: an empty plan.
    pub fn new(platform: Platform, rule_set: &RuleSet) -> Self {
        let set =
            |lane, rule, interval, count| Some(PlannedSet::chained(lane, rule, interval, count));
        let (s1, s2, s3) = (Lane::Schedule1, Lane::Schedule2, Lane::Schedule3);
        match rule_set {
            RuleSet::Custom(custom) => Self::custom(platform, custom),
            // The legacy variant is for Apple platforms; validation refuses it elsewhere, and
            // unvalidated it still means what it says.
            RuleSet::LegacyApple15MinFor6H => Self {
                rule_set: "legacy_apple_15min_for_6h",
                source: &source::LEGACY_APPLE_REFRESH,
                sets: [
                    set(
                        s1,
                        Rule::LegacyRefreshEvery15MinFor6H,
                        Period::minutes(15),
                        24,
                    ),
                    None,
                    set(s3, Rule::LegacyRefreshEvery8H, Period::hours(8), 0),
                ],
                on_login: None,
                extra: Vec::new(),
                maintenance_schedule: None,
            },
            RuleSet::Learn2025_10 => {
                let sets = match platform {
                    // The documented table as the enrollment client's tasks implement it; the
                    // DMClient CSP defaults are the same: 3 min × 5, 15 min × 8, 8 h × ∞.
                    Platform::Windows => [
                        set(s1, Rule::WindowsSchedule1, Period::minutes(3), 5),
                        set(s2, Rule::WindowsSchedule2, Period::minutes(15), 8),
                        set(s3, Rule::WindowsSchedule3, Period::hours(8), 0),
                    ],
                    Platform::AndroidDeviceAdmin
                    | Platform::AndroidEnterprise
                    | Platform::AndroidAosp => [
                        set(s1, Rule::RefreshEvery3MinFor15Min, Period::minutes(3), 5),
                        set(s2, Rule::RefreshEvery15MinFor2H, Period::minutes(15), 8),
                        set(s3, Rule::RefreshEvery8H, Period::hours(8), 0),
                    ],
                    Platform::Ios | Platform::Macos => [
                        set(s1, Rule::RefreshEvery15MinFor1H, Period::minutes(15), 4),
                        None,
                        set(s3, Rule::RefreshEvery8H, Period::hours(8), 0),
                    ],
                    Platform::Linux => [None, None, None],
                };
                let on_login = platform.is_windows().then_some(Rule::WindowsLoginSchedule);
                Self {
                    rule_set: "learn_2025_10",
                    source: &source::LEARN_POLICY_REFRESH,
                    sets,
                    on_login,
                    extra: Vec::new(),
                    maintenance_schedule: None,
                }
            }
        }
    }

    fn custom(platform: Platform, custom: &CustomPoll) -> Self {
        const SLOTS: [(Lane, Rule); 3] = [
            (Lane::Schedule1, Rule::CustomPollFirst),
            (Lane::Schedule2, Rule::CustomPollSecond),
            (Lane::Schedule3, Rule::CustomPollRemaining),
        ];
        let planned = |p: Option<PollSet>, (lane, rule): (Lane, Rule)| {
            p.map(|p| PlannedSet {
                starts_after: p.starts_after,
                ends_after: p.ends_after,
                random_delay: p.random_delay,
                ..PlannedSet::chained(lane, rule, p.interval, p.count)
            })
        };
        let extra = custom
            .extra
            .iter()
            .map(|x| {
                let (lane, rule) = SLOTS[x.task.index()];
                PlannedSet {
                    starts_after: Some(x.starts_after),
                    ends_after: x.ends_after,
                    random_delay: x.random_delay,
                    ..PlannedSet::chained(lane, rule, x.interval, x.count)
                }
            })
            .collect();
        let sets = [
            planned(custom.first, SLOTS[0]),
            planned(custom.second, SLOTS[1]),
            planned(custom.remaining, SLOTS[2]),
        ];
        // "If there is no infinite schedule set, then a 24-hour schedule is created and
        // scheduled to launch in the maintenance window" (DMClient CSP Poll, [MS-MDE2]): the
        // CSP and its tasks are Windows', so only a Windows device gets it.
        // With every set disabled the CSP says the behaviour is undefined ("enrollment may
        // fail"): no schedule is invented then.
        let endless = sets.iter().flatten().any(PlannedSet::is_indefinite);
        let some = sets.iter().any(Option::is_some);
        let maintenance_schedule =
            (platform.is_windows() && some && !endless).then_some(PlannedSet::chained(
                Lane::MaintenanceSchedule,
                Rule::CspMaintenanceSchedule,
                Period::hours(24),
                0,
            ));
        Self {
            rule_set: "custom",
            source: &source::DMCLIENT_CSP_POLL,
            sets,
            on_login: custom.poll_on_login.then_some(Rule::CustomPollOnLogin),
            extra,
            maintenance_schedule,
        }
    }

    /// Whether the plan polls at all.
    pub fn is_empty(&self) -> bool {
        self.sets.iter().all(Option::is_none)
            && self.on_login.is_none()
            && self.extra.is_empty()
            && self.maintenance_schedule.is_none()
    }

    /// The maintenance poll set: the last enabled one (Schedule #3 in every published plan).
    /// One rule whatever its count: its runs are the device's routine check-ins, while earlier
    /// sets are the enrollment ramp. An indefinite set is always the last that runs (no later
    /// set ever starts after it, so unvalidated sets after one are skipped here too).
    pub fn maintenance_set(&self) -> Option<usize> {
        self.sets
            .iter()
            .position(|s| s.is_some_and(|s| s.is_indefinite()))
            .or_else(|| self.sets.iter().rposition(Option::is_some))
    }

    /// Whether some set repeats indefinitely, for good: without an end boundary (the CSP's
    /// maintenance schedule counts; an extra trigger too).
    pub fn has_indefinite_set(&self) -> bool {
        self.sets
            .iter()
            .flatten()
            .chain(&self.extra)
            .chain(&self.maintenance_schedule)
            .any(|s| s.is_indefinite() && s.ends_after.is_none())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_snake_case_and_serialize_as_themselves() {
        let codes: Vec<&str> = Rule::ALL.iter().map(|r| r.code()).collect();
        for (i, c) in codes.iter().enumerate() {
            assert!(!codes[i + 1..].contains(c), "duplicate {c}");
            assert!(
                c.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
            );
            assert_eq!(
                serde_json::to_string(&Rule::ALL[i]).unwrap(),
                format!("\"{c}\"")
            );
        }
        for (i, lane) in Lane::ALL.iter().enumerate() {
            assert_eq!(usize::from(lane.rank()), i);
            assert!(Lane::ALL[i + 1..].iter().all(|o| o.code() != lane.code()));
        }
    }

    #[test]
    fn every_rule_cites_a_listed_source() {
        for rule in Rule::ALL {
            assert!(source::ALL.contains(rule.source()), "{}", rule.code());
        }
        assert_eq!(
            Rule::PushServiceDisabled.source().id,
            "inference-push-service-disabled"
        );
        assert_eq!(
            Rule::MaintenanceSyncLimit.source().id,
            "learn-policy-refresh"
        );
    }

    #[test]
    fn windows_plan_matches_the_enrollment_tasks() {
        let plan = PollPlan::new(Platform::Windows, &RuleSet::Learn2025_10);
        let [Some(a), Some(b), Some(c)] = plan.sets else {
            panic!("three sets")
        };
        assert_eq!((a.interval, a.count), (Period::minutes(3), 5));
        assert_eq!((b.interval, b.count), (Period::minutes(15), 8));
        assert_eq!((c.interval, c.count), (Period::hours(8), 0));
        assert_eq!(plan.on_login, Some(Rule::WindowsLoginSchedule));
        assert!(c.is_indefinite() && !a.is_indefinite());
    }

    #[test]
    fn apple_plans_differ_by_version_and_linux_has_none() {
        let now = PollPlan::new(Platform::Ios, &RuleSet::Learn2025_10);
        assert_eq!(
            now.sets[0].map(|s| (s.interval, s.count)),
            Some((Period::minutes(15), 4))
        );
        assert!(now.sets[1].is_none() && now.on_login.is_none());
        let old = PollPlan::new(Platform::Macos, &RuleSet::LegacyApple15MinFor6H);
        assert_eq!(old.sets[0].map(|s| s.count), Some(24));
        assert_eq!(old.source.id, "legacy-apple-refresh");
        let linux = PollPlan::new(Platform::Linux, &RuleSet::Learn2025_10);
        assert!(linux.is_empty() && !linux.has_indefinite_set());
    }
}
