//! The device half of a scenario: what the device is, how it was enrolled, which published
//! schedule it follows, what happened to it (power, sleep, network, logons, syncs) and the knobs
//! for every behaviour the sources leave open.
//!
//! Every field has a serde default except `enrolled_at`, so `{"enrolled_at": "…"}` is a complete
//! Windows device. `docs/scenario-device.md` documents each field, its default and the source or
//! choice behind that default; keep the two in step.

use serde::{Deserialize, Serialize};

use crate::engine::span::Span;
use crate::engine::time::{Delay, Instant, Period, Window};

/// An Intune-managed device and what happens to it over the horizon.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceScenario {
    /// The operating system, which picks the documented schedule.
    #[serde(default)]
    pub platform: Platform,
    /// When the device enrolled: the schedule's ramp starts here. May precede the horizon.
    pub enrolled_at: Instant,
    /// Which published schedule (or a custom DMClient CSP poll schedule) the device follows.
    #[serde(default)]
    pub rule_set: RuleSet,
    /// Spans when the device is shut down (or hibernating); an open one ("not yet fixed")
    /// lasts to the horizon's end.
    #[serde(default)]
    pub power_off: Vec<Span>,
    /// Spans when the device sleeps.
    #[serde(default)]
    pub sleep: Vec<Window>,
    /// Spans when the device is on but has no network connection (may be open).
    #[serde(default)]
    pub offline: Vec<Span>,
    /// Instants when a user signs in.
    #[serde(default)]
    pub logons: Vec<Instant>,
    /// Syncs a user starts on the device.
    #[serde(default)]
    pub manual_syncs: Vec<ManualSync>,
    /// Instants when an admin presses Sync in the Intune admin center (a push to the device).
    #[serde(default)]
    pub admin_syncs: Vec<Instant>,
    /// How long an admin push takes to reach the device.
    #[serde(default)]
    pub push_delivery_delay: Delay,
    /// Spans when the push service (dmwappushservice) is Disabled; an open one has not been
    /// re-enabled yet.
    #[serde(default)]
    pub push_service_disabled: Vec<Span>,
    /// What a disabled push service stops.
    #[serde(default)]
    pub push_service_impact: PushServiceImpact,
    /// How an admin's Sync reaches the device on each platform's push channel.
    #[serde(default)]
    pub push: PushSettings,
    /// How missed, offline and coinciding scheduled runs are handled.
    #[serde(default)]
    pub scheduler: SchedulerSettings,
    /// Service-side rules: the maintenance sync limit, compliance and cleanup.
    #[serde(default)]
    pub service: ServiceSettings,
    /// The Intune Management Extension's own check-ins (Windows only).
    #[serde(default)]
    pub ime: ImeSettings,
    /// Seed for the random delays; the same seed always gives the same delays.
    #[serde(default)]
    pub seed: u64,
}

impl DeviceScenario {
    /// A Windows device enrolled at `enrolled_at`, with nothing happening to it and every
    /// setting at its documented default: the same as `{"enrolled_at": …}` in JSON.
    pub fn new(enrolled_at: Instant) -> Self {
        Self {
            platform: Platform::default(),
            enrolled_at,
            rule_set: RuleSet::default(),
            power_off: Vec::new(),
            sleep: Vec::new(),
            offline: Vec::new(),
            logons: Vec::new(),
            manual_syncs: Vec::new(),
            admin_syncs: Vec::new(),
            push_delivery_delay: Delay::ZERO,
            push_service_disabled: Vec::new(),
            push_service_impact: PushServiceImpact::default(),
            push: PushSettings::default(),
            scheduler: SchedulerSettings::default(),
            service: ServiceSettings::default(),
            ime: ImeSettings::default(),
            seed: 0,
        }
    }
}

/// The device's operating system, as Intune's refresh-interval table names them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    /// Windows 10/11.
    #[default]
    Windows,
    /// iOS and iPadOS.
    Ios,
    /// macOS.
    Macos,
    /// Android device administrator.
    AndroidDeviceAdmin,
    /// Android Enterprise.
    AndroidEnterprise,
    /// Android Open Source Project devices (no Google services).
    AndroidAosp,
    /// Linux: enrolled in Intune, but no refresh schedule is documented.
    Linux,
}

impl Platform {
    /// Every choice, in the order a select offers them.
    pub const ALL: [Platform; 7] = [
        Platform::Windows,
        Platform::Ios,
        Platform::Macos,
        Platform::AndroidDeviceAdmin,
        Platform::AndroidEnterprise,
        Platform::AndroidAosp,
        Platform::Linux,
    ];

    /// Whether the refresh schedule is Windows Task Scheduler tasks (and IME exists).
    pub fn is_windows(self) -> bool {
        self == Self::Windows
    }

    /// Whether the platform is iOS/iPadOS or macOS.
    pub fn is_apple(self) -> bool {
        matches!(self, Self::Ios | Self::Macos)
    }

    /// The channel an admin's Sync takes to reach the device.
    pub fn push_channel(self) -> PushChannel {
        match self {
            Self::Windows => PushChannel::Wns,
            Self::Ios | Self::Macos => PushChannel::Apns,
            Self::AndroidDeviceAdmin | Self::AndroidEnterprise => PushChannel::Fcm,
            Self::AndroidAosp => PushChannel::AospTaskPoll,
            Self::Linux => PushChannel::Unspecified,
        }
    }

    /// Whether Microsoft documents a refresh schedule for the platform.
    pub fn is_documented(self) -> bool {
        self != Self::Linux
    }
}

/// How an admin's Sync reaches the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PushChannel {
    /// Windows Push Notification Services: drops a notification for an offline device.
    Wns,
    /// Apple Push Notification service: keeps the last notification for a limited time.
    Apns,
    /// Firebase Cloud Messaging: keeps messages up to their time to live (28 days by default).
    Fcm,
    /// AOSP (no Google services, so no FCM): no push; the agent polls for tasks.
    AospTaskPoll,
    /// Linux: no push channel documented; a push reaches only a reachable device.
    Unspecified,
}

/// How admin pushes travel, per channel; each value has its source in
/// `docs/scenario-device.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PushSettings {
    /// At most one push per device in this span (community report: 30 min); `PT0S` = no limit.
    pub min_spacing: Delay,
    /// How long APNs keeps the last notification for an unreachable device (Apple: "a limited
    /// period"; no figure published).
    pub apns_keeps_for: Delay,
    /// How long FCM keeps a message for an unreachable device (its default time to live).
    pub fcm_keeps_for: Delay,
    /// AOSP: how often the agent polls for tasks (about every 15 minutes on newer agents).
    pub aosp_task_poll: Period,
}

impl Default for PushSettings {
    fn default() -> Self {
        Self {
            min_spacing: Delay::minutes(30),
            apns_keeps_for: Delay::minutes(24 * 60),
            fcm_keeps_for: Delay::minutes(28 * 24 * 60),
            aosp_task_poll: Period::minutes(15),
        }
    }
}

/// Which schedule the device polls on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleSet {
    /// Microsoft Learn's "Policy refresh intervals" table, revision of October 2025, for the
    /// device's platform. Linux has no row: no scheduled polls (the report says so).
    #[default]
    #[serde(rename = "learn_2025_10")]
    Learn2025_10,
    /// The older published iOS/iPadOS and macOS variant: every 15 minutes for 6 hours, then
    /// about every 8 hours. Only for Apple platforms.
    #[serde(rename = "legacy_apple_15min_for_6h")]
    LegacyApple15MinFor6H,
    /// Your own schedule, shaped like the DMClient CSP `Poll` node.
    Custom(CustomPoll),
}

impl RuleSet {
    /// Which rule set this is, without a custom schedule's values.
    pub fn kind(&self) -> RuleSetKind {
        match self {
            Self::Learn2025_10 => RuleSetKind::Learn2025_10,
            Self::LegacyApple15MinFor6H => RuleSetKind::LegacyApple15MinFor6H,
            Self::Custom(_) => RuleSetKind::Custom,
        }
    }
}

/// Which [`RuleSet`], without a custom schedule's values: what a select offers. Its serde
/// names are the rule set's own (a custom rule set is the object under `custom`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RuleSetKind {
    /// [`RuleSet::Learn2025_10`].
    #[serde(rename = "learn_2025_10")]
    Learn2025_10,
    /// [`RuleSet::LegacyApple15MinFor6H`].
    #[serde(rename = "legacy_apple_15min_for_6h")]
    LegacyApple15MinFor6H,
    /// [`RuleSet::Custom`].
    #[serde(rename = "custom")]
    Custom,
}

impl RuleSetKind {
    /// Every choice, in the order a select offers them.
    pub const ALL: [RuleSetKind; 3] = [
        RuleSetKind::Learn2025_10,
        RuleSetKind::LegacyApple15MinFor6H,
        RuleSetKind::Custom,
    ];
}

/// A poll schedule shaped like the DMClient CSP `Poll` node: three sets of (interval, count),
/// run one after another from enrollment, plus a poll at logon.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomPoll {
    /// First set (`IntervalForFirstSetOfRetries`, `NumberOfFirstRetries`); absent = disabled.
    #[serde(default)]
    pub first: Option<PollSet>,
    /// Second set (`IntervalForSecondSetOfRetries`, `NumberOfSecondRetries`); absent = disabled.
    #[serde(default)]
    pub second: Option<PollSet>,
    /// Remaining set (`IntervalForRemainingScheduledRetries`,
    /// `NumberOfRemainingScheduledRetries`); absent = disabled.
    #[serde(default)]
    pub remaining: Option<PollSet>,
    /// `PollOnLogin`: poll when any user signs in. The CSP's default is off.
    #[serde(default)]
    pub poll_on_login: bool,
    /// More time triggers on the tasks of the sets (a task in Task Scheduler may hold several,
    /// and every one fires): each repeats from its own start. Empty in the CSP's own shape; the
    /// Task Scheduler import fills it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra: Vec<ExtraTrigger>,
}

/// The most extra time triggers a custom schedule may hold (a task in Task Scheduler rarely has
/// more than one or two).
pub const MAX_EXTRA_TRIGGERS: usize = 8;

/// Which poll set's task a trigger belongs to: its runs are drawn in that set's lane, cite its
/// rule and share its catch-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PollTask {
    /// The first set's task (Windows: Schedule #1).
    First,
    /// The second set's task (Schedule #2).
    Second,
    /// The remaining set's task (Schedule #3).
    Remaining,
}

impl PollTask {
    /// The set's index (0..3).
    pub const fn index(self) -> usize {
        match self {
            Self::First => 0,
            Self::Second => 1,
            Self::Remaining => 2,
        }
    }
}

/// One more time trigger on a set's task: it launches at `starts_after` (after enrollment) and
/// repeats every `interval` for `interval × count` (0 = indefinitely), until `ends_after`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraTrigger {
    /// Whose task it is.
    pub task: PollTask,
    /// Its own start (`StartBoundary`), as time after enrollment.
    pub starts_after: Delay,
    /// Time between runs.
    pub interval: Period,
    /// How many intervals it lasts; 0 = indefinitely.
    #[serde(default)]
    pub count: u32,
    /// Its `EndBoundary`, as time after enrollment: no run starts at or after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_after: Option<Delay>,
    /// Its own `RandomDelay`; absent: `scheduler.random_delay`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub random_delay: Option<Delay>,
}

/// One (interval, count) set of the DMClient CSP `Poll` node.
///
/// Like the Task Scheduler task it becomes, the set starts when the previous set's span ends
/// (`interval × count` after the previous set started), or at its own start when it gives one,
/// and repeats every `interval` for `interval × count`, up to its end boundary if any. A count
/// of zero means "indefinitely", as in the CSP.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollSet {
    /// Time between polls (Task Scheduler accepts PT1M..P31D).
    pub interval: Period,
    /// How many intervals the set lasts; 0 = indefinitely.
    #[serde(default)]
    pub count: u32,
    /// The task's own start (`StartBoundary`), as time after enrollment. Absent: where the
    /// previous set's span ends (the CSP's chaining). A set after this one still starts where
    /// this one's span ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_after: Option<Delay>,
    /// The trigger's `EndBoundary`, as time after enrollment: "the trigger cannot start the task
    /// after it is deactivated", so no run starts at or after it. Absent: no end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_after: Option<Delay>,
    /// This task's own `RandomDelay`. Absent: `scheduler.random_delay`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub random_delay: Option<Delay>,
}

impl PollSet {
    /// A set of `count` intervals (0 = indefinitely) chained after the previous set, with no
    /// end and the scheduler's random delay: the CSP's shape.
    pub const fn new(interval: Period, count: u32) -> Self {
        Self {
            interval,
            count,
            starts_after: None,
            ends_after: None,
            random_delay: None,
        }
    }
}

/// A sync the user starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManualSync {
    /// When the user presses Sync.
    pub at: Instant,
    /// Where the user pressed it.
    pub via: ManualVia,
}

/// Where a user starts a sync.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ManualVia {
    /// Settings > Accounts > Access work or school > Info > Sync (Windows only).
    Settings,
    /// Company Portal's Sync; on Windows it also starts an IME check-in.
    CompanyPortal,
}

/// What a Disabled dmwappushservice stops. Microsoft says management fails without it; the
/// seed saw a manual sync do nothing. Which sessions exactly is not documented.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PushServiceImpact {
    /// No MDM session starts at all: scheduled, logon, manual or push (inference, default).
    #[default]
    AllSessions,
    /// Only sessions started by an admin push are lost.
    PushOnly,
}

impl PushServiceImpact {
    /// Every choice, in the order a select offers them.
    pub const ALL: [PushServiceImpact; 2] =
        [PushServiceImpact::AllSessions, PushServiceImpact::PushOnly];
}

/// Task Scheduler behaviour the tasks' settings imply, and the choices the sources leave open.
/// On other platforms the same model is applied by assumption (the report says so).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SchedulerSettings {
    /// "Run task as soon as possible after a scheduled start is missed" (set on the tasks).
    pub start_when_available: bool,
    /// How long after the device becomes available a missed run starts (Task Scheduler: 10 min).
    pub catch_up_delay: Delay,
    /// Whether several missed runs of one task make one catch-up or one each.
    pub missed_runs: MissedRuns,
    /// What happens to a run whose network condition is not met.
    pub no_network: NoNetwork,
    /// Whether a repetition's last instant (start + duration) launches a run.
    pub repetition_end: RepetitionEnd,
    /// Whether two runs at the very same instant are one MDM session or two.
    pub coincident_runs: CoincidentRuns,
    /// Task Scheduler RandomDelay on the schedule triggers: each run starts up to this late.
    pub random_delay: Delay,
    /// When the device's maintenance window opens each day: where the DMClient CSP's 24-hour
    /// schedule launches when no poll set repeats indefinitely. Not documented for it; the
    /// default is Windows Automatic Maintenance's 02:00, in UTC unless an offset is given.
    pub maintenance_window: TimeOfDay,
}

impl Default for SchedulerSettings {
    fn default() -> Self {
        Self {
            start_when_available: true,
            catch_up_delay: Delay::minutes(10),
            missed_runs: MissedRuns::default(),
            no_network: NoNetwork::default(),
            repetition_end: RepetitionEnd::default(),
            coincident_runs: CoincidentRuns::default(),
            random_delay: Delay::ZERO,
            maintenance_window: TimeOfDay::default(),
        }
    }
}

/// A time of day on a clock at a fixed offset from UTC: `"02:00"` (UTC), `"02:00Z"`,
/// `"02:00+09:00"`. The engine knows no device zone, so the offset travels with the time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimeOfDay {
    /// Minutes after local midnight, 0..1440.
    minute: u16,
    /// The clock's offset from UTC in minutes, −14 h..=+14 h.
    offset: i16,
}

impl TimeOfDay {
    /// `hour:minute` at `offset_minutes` from UTC; `None` outside a day or ±14 h.
    pub const fn new(hour: u16, minute: u16, offset_minutes: i16) -> Option<Self> {
        if hour < 24 && minute < 60 && offset_minutes >= -14 * 60 && offset_minutes <= 14 * 60 {
            Some(Self {
                minute: hour * 60 + minute,
                offset: offset_minutes,
            })
        } else {
            None
        }
    }

    /// Seconds after midnight UTC, 0..86 400.
    pub fn utc_secs(self) -> i64 {
        (i64::from(self.minute) - i64::from(self.offset)).rem_euclid(1440) * 60
    }
}

impl Default for TimeOfDay {
    /// 02:00 UTC: Windows Automatic Maintenance's default hour, on the only clock the engine
    /// knows.
    fn default() -> Self {
        Self {
            minute: 120,
            offset: 0,
        }
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.minute / 60, self.minute % 60)?;
        if self.offset != 0 {
            let sign = if self.offset < 0 { '-' } else { '+' };
            let o = self.offset.unsigned_abs();
            write!(f, "{sign}{:02}:{:02}", o / 60, o % 60)?;
        }
        Ok(())
    }
}

impl std::str::FromStr for TimeOfDay {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || {
            format!(
                "'{}' is not a time of day such as 02:00 or 02:00+09:00",
                text.chars().take(40).collect::<String>()
            )
        };
        let hm = |t: &str| -> Option<(u16, u16)> {
            let (h, m) = t.split_once(':')?;
            let ok = |x: &str| x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit());
            (ok(h) && ok(m)).then(|| Some((h.parse().ok()?, m.parse().ok()?)))?
        };
        let t = text.trim();
        let (clock, offset) = match t.find(['+', '-']) {
            Some(i) => {
                let (o_h, o_m) = hm(&t[i + 1..]).ok_or_else(err)?;
                let minutes = i16::try_from(o_h * 60 + o_m).map_err(|_| err())?;
                (
                    &t[..i],
                    if t[i..].starts_with('-') {
                        -minutes
                    } else {
                        minutes
                    },
                )
            }
            None => (t.strip_suffix('Z').unwrap_or(t), 0),
        };
        let (h, m) = hm(clock).ok_or_else(err)?;
        Self::new(h, m, offset).ok_or_else(err)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// How several missed runs of one task are caught up (undocumented).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MissedRuns {
    /// One catch-up run stands for all of them (default).
    #[default]
    Collapse,
    /// Each missed run is run late, one after another at the catch-up instant.
    EachLate,
}

impl MissedRuns {
    /// Every choice, in the order a select offers them.
    pub const ALL: [MissedRuns; 2] = [MissedRuns::Collapse, MissedRuns::EachLate];
}

/// What happens to a run skipped because the network was down (undocumented).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoNetwork {
    /// The occurrence is dropped; the next one runs as planned (default).
    #[default]
    Skip,
    /// The run starts when the network returns.
    RetryWhenOnline,
}

impl NoNetwork {
    /// Every choice, in the order a select offers them.
    pub const ALL: [NoNetwork; 2] = [NoNetwork::Skip, NoNetwork::RetryWhenOnline];
}

/// Whether a repetition's end point launches a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepetitionEnd {
    /// "Every 3 min for 15 min" launches at 0, 3, …, 15: six runs (Task Scheduler, default).
    #[default]
    Inclusive,
    /// The end point is left out: five runs.
    Exclusive,
}

impl RepetitionEnd {
    /// Every choice, in the order a select offers them.
    pub const ALL: [RepetitionEnd; 2] = [RepetitionEnd::Inclusive, RepetitionEnd::Exclusive];
}

/// What two runs at the very same instant do (e.g. Schedule #1's last run and Schedule #2's
/// first run, both at enrollment + 15 min). Both tasks start `deviceenroller.exe`; whether that
/// makes one session or two is not documented.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoincidentRuns {
    /// One session; the later-listed run is reported as merged into it (default).
    #[default]
    Merge,
    /// Each run is its own session.
    Separate,
}

/// Service-side rules and the consequences of not syncing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServiceSettings {
    /// Intune allows at most one maintenance sync per device every 6.5 hours.
    pub maintenance_limit: bool,
    /// What the limit does to a maintenance run inside the 6.5 hours (undocumented).
    pub throttled_run: ThrottledRun,
    /// Whether a late run of the maintenance poll set (a catch-up after the device was down,
    /// or a retry when the network returns) uses the 6.5-hour allowance (undocumented).
    pub late_run_uses_allowance: bool,
    /// Compliance status validity period in days (1..=120): a device that has not checked in
    /// for this long becomes noncompliant.
    pub compliance_validity_days: u32,
    /// Device cleanup rule in days (30..=270): a device that has not checked in for this long
    /// is hidden.
    pub cleanup_after_days: u32,
}

impl Default for ServiceSettings {
    fn default() -> Self {
        Self {
            maintenance_limit: true,
            throttled_run: ThrottledRun::default(),
            late_run_uses_allowance: true,
            compliance_validity_days: 30,
            cleanup_after_days: 90,
        }
    }
}

/// What Intune's 6.5-hour maintenance limit does to a maintenance run that falls inside it.
/// The limit is documented; what the service does with such a session is not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThrottledRun {
    /// The device still runs its task and contacts the service: a check-in whose maintenance
    /// work may be skipped. It counts as a sync (default; the lenient reading).
    #[default]
    CheckIn,
    /// The stricter reading: the service refuses the session and it delivers nothing.
    Refused,
}

/// The Intune Management Extension (Win32 apps, scripts, remediations): its own check-ins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ImeSettings {
    /// Whether to show the IME lane (Windows only; ignored on other platforms).
    pub enabled: bool,
    /// How often it checks in on its own.
    pub cadence: ImeCadence,
    /// Random delay before each check-in, up to this much (at most 60 minutes).
    pub random_delay: Delay,
    /// What the end of a `power_off` span is to the IME's service: a resume (default) or a
    /// fresh service start.
    pub power_on: ImePowerOn,
}

/// What the IME's service does when the device comes back from a `power_off` span, which
/// covers shutdown and hibernation alike. Not documented; an inference (`parameter-default`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImePowerOn {
    /// Services resume, they do not restart: resuming from hibernation, and Windows' default
    /// "Shut down" with Fast Startup, which hibernates the session services run in. The timer
    /// keeps its rhythm; a check-in due while the device was off runs when it is back (default).
    #[default]
    Resume,
    /// A full boot (Restart, or Fast Startup off): the service starts, checks in and restarts
    /// its timer.
    ServiceStart,
}

impl ImePowerOn {
    /// Every choice, in the order a select offers them.
    pub const ALL: [ImePowerOn; 2] = [ImePowerOn::Resume, ImePowerOn::ServiceStart];
}

impl Default for ImeSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            cadence: ImeCadence::default(),
            random_delay: Delay::ZERO,
            power_on: ImePowerOn::default(),
        }
    }
}

/// The IME check-in cadence; Microsoft's two pages disagree.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImeCadence {
    /// Every 8 hours, per the IME page (default).
    #[default]
    #[serde(rename = "every_8h")]
    Every8h,
    /// Every hour, per the Win32 app management page.
    #[serde(rename = "every_1h")]
    Every1h,
}

impl ImeCadence {
    /// Every choice, in the order a select offers them.
    pub const ALL: [ImeCadence; 2] = [ImeCadence::Every8h, ImeCadence::Every1h];

    /// The cadence as a period.
    pub fn period(self) -> Period {
        match self {
            Self::Every8h => Period::hours(8),
            Self::Every1h => Period::hours(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minimal_device_is_a_windows_device_with_documented_defaults() {
        let d: DeviceScenario =
            serde_json::from_str(r#"{"enrolled_at":"2026-01-05T09:00:00Z"}"#).unwrap();
        assert_eq!(d.platform, Platform::Windows);
        assert_eq!(d.rule_set, RuleSet::Learn2025_10);
        assert!(d.scheduler.start_when_available);
        assert_eq!(d.scheduler.catch_up_delay, Delay::minutes(10));
        assert_eq!(d.scheduler.repetition_end, RepetitionEnd::Inclusive);
        assert_eq!(d.push_service_impact, PushServiceImpact::AllSessions);
        assert_eq!(d.service.compliance_validity_days, 30);
        assert!(d.service.maintenance_limit);
        assert_eq!(d.service.throttled_run, ThrottledRun::CheckIn);
        assert!(d.service.late_run_uses_allowance);
        assert_eq!(d.push.min_spacing, Delay::minutes(30));
        assert_eq!(d.push.fcm_keeps_for.secs(), 28 * 86_400);
        assert_eq!(d.push.aosp_task_poll, Period::minutes(15));
        assert_eq!(
            Platform::AndroidAosp.push_channel(),
            PushChannel::AospTaskPoll
        );
        assert_eq!(Platform::Windows.push_channel(), PushChannel::Wns);
        assert_eq!(d.ime.cadence.period(), Period::hours(8));
        assert_eq!(DeviceScenario::new(d.enrolled_at), d);
    }

    #[test]
    fn rule_sets_read_as_codes_or_a_custom_object() {
        let r: RuleSet = serde_json::from_str(r#""legacy_apple_15min_for_6h""#).unwrap();
        assert_eq!(r, RuleSet::LegacyApple15MinFor6H);
        let r: RuleSet = serde_json::from_str(
            r#"{"custom":{"remaining":{"interval":"PT1H"},"poll_on_login":true}}"#,
        )
        .unwrap();
        let RuleSet::Custom(c) = r else {
            panic!("not custom")
        };
        assert_eq!(c.remaining, Some(PollSet::new(Period::hours(1), 0)));
        assert!(c.first.is_none() && c.poll_on_login);
    }

    #[test]
    fn unknown_fields_and_zero_intervals_are_refused() {
        let bad = [
            r#"{"enrolled_at":"2026-01-05T09:00:00Z","colour":"red"}"#,
            r#"{"enrolled_at":"2026-01-05T09:00:00Z","scheduler":{"wake_to_run":true}}"#,
            r#"{"enrolled_at":"2026-01-05T09:00:00Z","rule_set":{"custom":{"first":{"interval":"PT0S","count":1}}}}"#,
            r#"{"platform":"windows"}"#,
        ];
        for text in bad {
            assert!(
                serde_json::from_str::<DeviceScenario>(text).is_err(),
                "{text}"
            );
        }
    }
}
