//! The questions people ask about a server, answered from a finished simulation at a given
//! "now": when is the next cycle, what would `Get-ADSyncScheduler` print right now, when does a
//! change made on-premises reach Entra ID, and if nothing will sync, why.
//!
//! "Now" is always an argument (the engine never reads the clock), so the UI can move it along
//! a timeline without re-simulating.

use chrono::{DateTime, FixedOffset, TimeDelta};
use serde::Serialize;

use super::calendar::{BlockCause, flag};
use super::queries::DELTA_WINDOW;
use super::report::{PhsState, ServerReport, Tail, Trigger};
use super::rules::Rule;
use super::scenario::PolicyType;
use crate::engine::time::{Instant, Period};
use crate::engine::zone::DisplayZone;

/// Everything the first screen shows about a server at one instant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ServerAnswers {
    /// The instant asked about.
    pub now: Instant,
    /// Whether the server is down at `now`.
    pub server_down: bool,
    /// The cycle running at `now`, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_cycle: Option<u32>,
    /// The next cycle to start after `now`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cycle: Option<NextCycle>,
    /// Why there is no next cycle, when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_next_cycle: Option<NoNextCycle>,
    /// What `Get-ADSyncScheduler` would print at `now`, or why it cannot answer.
    pub get_adsyncscheduler: SchedulerOutput,
    /// When a change made on-premises at `now` reaches Entra ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_of_change_now: Option<ExportTime>,
    /// The next password hash sync run after `now`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_password_hash_sync: Option<Instant>,
    /// How far back run history reaches at `now` (absent when maintenance is disabled, so
    /// nothing is purged).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_history: Option<RunHistory>,
}

/// What run history Synchronization Service Manager still shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RunHistory {
    /// Runs older than this have been purged.
    pub kept_since: Instant,
    /// `run_history_purge`.
    pub rule: Rule,
}

/// The next cycle's start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct NextCycle {
    /// When it starts, in UTC.
    pub start: Instant,
    /// The same instant in the display zone, when that zone is UTC or a fixed offset (named
    /// zones are the browser's to resolve).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_local: Option<DateTime<FixedOffset>>,
    /// Delta or initial.
    pub policy: PolicyType,
    /// What starts it.
    pub trigger: Trigger,
    /// Why it starts then.
    pub rule: Rule,
    /// The cycle in the report; absent when it starts after the horizon.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cycle: Option<u32>,
}

/// Why no cycle follows `now`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct NoNextCycle {
    /// The reason, as a code.
    pub cause: NoCycleCause,
    /// Since when what blocks the scheduler has held ("down since 01:01"), where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<Instant>,
    /// The rule behind it, where one applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<Rule>,
}

/// The reasons nothing will sync.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoCycleCause {
    /// `SyncCycleEnabled` stays false until the end of the horizon.
    SyncCycleDisabled,
    /// The scheduler stays suspended until the end of the horizon.
    SchedulerSuspended,
    /// The server stays down until the end of the horizon.
    ServerDown,
    /// `now` lies past the horizon and its last known due time.
    AfterHorizon,
    /// The simulation stopped at the event limit before `now`.
    Truncated,
    /// `now` lies before the horizon: the scenario describes the server from the horizon's
    /// start, and what it did before is not simulated.
    BeforeHorizon,
}

/// What `Get-ADSyncScheduler` answers at an instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SchedulerOutput {
    /// The cmdlet prints the scheduler's state.
    Printed(SchedulerView),
    /// The cmdlet cannot answer: the server or its ADSync service is down, so there is no
    /// scheduler to ask (`cmdlet_while_down`).
    ServiceDown {
        /// `cmdlet_while_down`.
        rule: Rule,
    },
    /// `now` lies before the horizon, whose start the scenario's settings describe: what the
    /// cmdlet printed then is not known.
    BeforeHorizon,
}

impl SchedulerOutput {
    /// The printed state, when the cmdlet answers.
    pub fn view(&self) -> Option<&SchedulerView> {
        match self {
            Self::Printed(view) => Some(view),
            Self::ServiceDown { .. } | Self::BeforeHorizon => None,
        }
    }

    /// The text as an en-US server prints it, when the cmdlet answers.
    pub fn to_powershell(&self) -> Option<String> {
        self.view().map(SchedulerView::to_powershell)
    }
}

/// `Get-ADSyncScheduler`'s output at an instant, field for field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SchedulerView {
    /// `AllowedSyncCycleInterval`.
    pub allowed_sync_cycle_interval: Period,
    /// `CurrentlyEffectiveSyncCycleInterval`.
    pub currently_effective_sync_cycle_interval: Period,
    /// `CustomizedSyncCycleInterval` (empty when not set).
    pub customized_sync_cycle_interval: Option<Period>,
    /// `NextSyncCyclePolicyType`.
    pub next_sync_cycle_policy_type: PolicyType,
    /// `NextSyncCycleStartTimeInUTC`: a past time while a cycle runs.
    pub next_sync_cycle_start_time_in_utc: Instant,
    /// `PurgeRunHistoryInterval`.
    pub purge_run_history_interval: Period,
    /// `SyncCycleEnabled`.
    pub sync_cycle_enabled: bool,
    /// `MaintenanceEnabled`.
    pub maintenance_enabled: bool,
    /// `StagingModeEnabled`.
    pub staging_mode_enabled: bool,
    /// `SchedulerSuspended`.
    pub scheduler_suspended: bool,
    /// `SyncCycleInProgress`.
    pub sync_cycle_in_progress: bool,
}

/// When a change made on-premises is exported to Entra ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ExportTime {
    /// The cycle that carries it.
    pub cycle: u32,
    /// When that cycle's AD import started (after the change).
    pub import_start: Instant,
    /// When its export to Entra ID ended: the change is in Entra ID.
    pub exported_at: Instant,
    /// What makes the answer less certain than it looks, if anything.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<ExportCaveat>,
}

/// Why an export time is less certain than it looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ExportCaveat {
    /// The 7-day delta window had passed before the carrying cycle (a delta one) and no full
    /// cycle has completed since: Microsoft says a full sync is needed, so until one runs
    /// (`Start-ADSyncSyncCycle -PolicyType Initial`) the delta cycle may not carry the change
    /// as computed.
    FullSyncNeeded {
        /// The end of the last completed cycle before the window passed.
        last_sync_end: Instant,
        /// Seven days later: when the window passed.
        deadline: Instant,
        /// `delta_within_seven_days`.
        rule: Rule,
    },
}

/// The instant as a local time in `zone`, when the engine can know the offset.
pub fn local_time(t: Instant, zone: &DisplayZone) -> Option<DateTime<FixedOffset>> {
    let offset = match zone {
        DisplayZone::Utc => FixedOffset::east_opt(0)?,
        DisplayZone::Fixed(off) => *off,
        DisplayZone::Browser | DisplayZone::Named(_) => return None,
    };
    Some(t.with_timezone(&offset))
}

impl ServerReport {
    /// The answers at `now`, with local times in UTC.
    pub fn answers(&self, now: Instant) -> ServerAnswers {
        self.answers_in(now, &DisplayZone::Utc)
    }

    /// The answers at `now`, with local times in `zone` where it has a fixed offset. Before
    /// the horizon only the settings are known (the run history kept); the next cycle, the
    /// cmdlet's output, the export of a change and password hash sync are not, and say so.
    pub fn answers_in(&self, now: Instant, zone: &DisplayZone) -> ServerAnswers {
        if now < self.horizon.start() {
            let settings = &self.settings;
            return ServerAnswers {
                now,
                server_down: false,
                running_cycle: None,
                next_cycle: None,
                no_next_cycle: Some(NoNextCycle {
                    cause: NoCycleCause::BeforeHorizon,
                    since: None,
                    rule: None,
                }),
                get_adsyncscheduler: SchedulerOutput::BeforeHorizon,
                export_of_change_now: None,
                next_password_hash_sync: None,
                run_history: settings.maintenance_enabled.then(|| RunHistory {
                    kept_since: now - settings.purge_run_history_interval.delta(),
                    rule: Rule::RunHistoryPurge,
                }),
            };
        }
        let next = self.cycles.partition_point(|c| c.start <= now);
        let running = next
            .checked_sub(1)
            .map(|i| &self.cycles[i])
            .filter(|c| now < c.end)
            .map(|c| c.index);
        let state = self.state_at(now);
        let (next_cycle, no_next_cycle) = match self.cycles.get(next) {
            Some(c) => (
                Some(NextCycle {
                    start: c.start,
                    start_local: local_time(c.start, zone),
                    policy: c.policy,
                    trigger: c.trigger,
                    rule: c.rule,
                    cycle: Some(c.index),
                }),
                None,
            ),
            None => self.after_last_cycle(now, zone),
        };
        let flags = self.flags_at(now);
        let settings = &self.settings;
        let server_down = flags & flag::OUTAGE != 0;
        let view = SchedulerView {
            allowed_sync_cycle_interval: settings.allowed_sync_cycle_interval,
            currently_effective_sync_cycle_interval: state.effective,
            customized_sync_cycle_interval: state.customized,
            next_sync_cycle_policy_type: state.policy,
            next_sync_cycle_start_time_in_utc: state.next_start,
            purge_run_history_interval: settings.purge_run_history_interval,
            sync_cycle_enabled: flags & flag::DISABLED == 0,
            maintenance_enabled: settings.maintenance_enabled,
            staging_mode_enabled: flags & flag::STAGING != 0,
            scheduler_suspended: flags & flag::SUSPENDED != 0,
            sync_cycle_in_progress: running.is_some(),
        };
        ServerAnswers {
            now,
            server_down,
            running_cycle: running,
            next_cycle,
            no_next_cycle,
            // A cmdlet needs its service: while it is down there is nothing to print.
            get_adsyncscheduler: if server_down {
                SchedulerOutput::ServiceDown {
                    rule: Rule::CmdletWhileDown,
                }
            } else {
                SchedulerOutput::Printed(view)
            },
            export_of_change_now: self.export_time(now),
            next_password_hash_sync: self.next_password_hash_sync(now),
            run_history: settings.maintenance_enabled.then(|| RunHistory {
                kept_since: now - settings.purge_run_history_interval.delta(),
                rule: Rule::RunHistoryPurge,
            }),
        }
    }

    /// For a change made on-premises at `change_at`: the end of the export to Entra ID of the
    /// first completed, non-staging cycle whose AD import starts at or after `change_at` (what
    /// is typed in the minute a cycle starts comes before the start). `None` when no such cycle
    /// falls in the horizon.
    pub fn export_time(&self, change_at: Instant) -> Option<ExportTime> {
        let first = self.cycles.partition_point(|c| c.start < change_at);
        self.cycles[first..]
            .iter()
            .filter(|c| c.outcome.is_completed() && !c.staging)
            .find_map(|c| {
                let exported_at = self.entra_export_end(c)?;
                Some(ExportTime {
                    cycle: c.index,
                    import_start: c.start,
                    exported_at,
                    caveat: self.full_sync_needed_at(c.index),
                })
            })
    }

    /// Whether the 7-day delta window has passed by the cycle `index` with no completed full
    /// cycle since (that cycle included). Counts from `delta_rule_since` through the
    /// completed cycles, as the warnings do.
    fn full_sync_needed_at(&self, index: u32) -> Option<ExportCaveat> {
        let cycles = self.cycles.get(..=index as usize)?;
        let mut last = self.delta_rule_since;
        let mut broken = None;
        for c in cycles.iter().filter(|c| c.outcome.is_completed()) {
            if broken.is_none() && c.start - last > DELTA_WINDOW.delta() {
                broken = Some(ExportCaveat::FullSyncNeeded {
                    last_sync_end: last,
                    deadline: last + DELTA_WINDOW.delta(),
                    rule: Rule::DeltaWithinSevenDays,
                });
            }
            // A completed full cycle is the remedy.
            if c.policy == PolicyType::Initial {
                broken = None;
            }
            last = c.end;
        }
        broken
    }

    /// `CurrentlyEffectiveSyncCycleInterval` at `now`, whether or not the cmdlet could answer.
    pub fn effective_interval_at(&self, now: Instant) -> Period {
        self.state_at(now).effective
    }

    /// The next password hash sync run strictly after `now`.
    pub fn next_password_hash_sync(&self, now: Instant) -> Option<Instant> {
        self.password_hash_sync
            .iter()
            .filter(|s| s.end > now)
            .find_map(|s| match s.state {
                PhsState::Running { every, .. } => {
                    let k = if now < s.start {
                        0
                    } else {
                        (now - s.start).num_seconds() / i64::from(every.secs()) + 1
                    };
                    let at = s.start + TimeDelta::seconds(k * i64::from(every.secs()));
                    (at < s.end).then_some(at)
                }
                PhsState::Paused { .. } => None,
            })
    }

    /// The conditions at `now`; outside the horizon, the whole-horizon switches as given, and
    /// from its end on, every span not yet fixed (an outage with no end is still down).
    fn flags_at(&self, now: Instant) -> u8 {
        if self.horizon.contains(now) {
            return self.calendar.flags_at(now);
        }
        let open = if now >= self.horizon.end() {
            self.blocks
                .iter()
                .filter(|b| b.open)
                .fold(0, |f, b| f | b.cause.flag())
        } else {
            0
        };
        let s = &self.settings;
        let mut flags = open;
        for (on, bit) in [
            (!s.sync_cycle_enabled, flag::DISABLED),
            (s.scheduler_suspended, flag::SUSPENDED),
            (s.staging_mode_enabled, flag::STAGING),
        ] {
            if on {
                flags |= bit;
            }
        }
        flags
    }

    /// The scheduler's visible state at `now` (its first state before the first entry).
    fn state_at(&self, now: Instant) -> super::report::SchedulerState {
        let i = self.timeline.partition_point(|s| s.at <= now);
        self.timeline[i.saturating_sub(1)]
    }

    /// The next cycle (or the reason for none) once the simulated cycles are over.
    fn after_last_cycle(
        &self,
        now: Instant,
        zone: &DisplayZone,
    ) -> (Option<NextCycle>, Option<NoNextCycle>) {
        let none = |cause, since, rule| (None, Some(NoNextCycle { cause, since, rule }));
        match self.tail {
            Tail::NextDue { at, rule } if at > now => {
                let policy = self.timeline.last().map_or(PolicyType::Delta, |s| s.policy);
                let next = NextCycle {
                    start: at,
                    start_local: local_time(at, zone),
                    policy,
                    trigger: Trigger::Scheduled,
                    rule,
                    cycle: None,
                };
                (Some(next), None)
            }
            Tail::NextDue { .. } => none(NoCycleCause::AfterHorizon, None, None),
            Tail::Blocked { cause, since, rule } => {
                let cause = match cause {
                    BlockCause::Disabled => NoCycleCause::SyncCycleDisabled,
                    BlockCause::Suspended => NoCycleCause::SchedulerSuspended,
                    BlockCause::Outage => NoCycleCause::ServerDown,
                };
                none(cause, Some(since), Some(rule))
            }
            Tail::Truncated => none(NoCycleCause::Truncated, None, None),
        }
    }
}

impl SchedulerView {
    /// The view as `Get-ADSyncScheduler` prints it on an en-US server (the format
    /// [`super::import::parse_get_adsyncscheduler`] reads back).
    pub fn to_powershell(&self) -> String {
        let b = |v: bool| if v { "True" } else { "False" };
        let policy = match self.next_sync_cycle_policy_type {
            PolicyType::Delta => "Delta",
            PolicyType::Initial => "Initial",
        };
        let rows: [(&str, String); 11] = [
            (
                "AllowedSyncCycleInterval",
                timespan(self.allowed_sync_cycle_interval),
            ),
            (
                "CurrentlyEffectiveSyncCycleInterval",
                timespan(self.currently_effective_sync_cycle_interval),
            ),
            (
                "CustomizedSyncCycleInterval",
                self.customized_sync_cycle_interval
                    .map(timespan)
                    .unwrap_or_default(),
            ),
            ("NextSyncCyclePolicyType", policy.to_owned()),
            (
                "NextSyncCycleStartTimeInUTC",
                en_us(self.next_sync_cycle_start_time_in_utc),
            ),
            (
                "PurgeRunHistoryInterval",
                timespan(self.purge_run_history_interval),
            ),
            ("SyncCycleEnabled", b(self.sync_cycle_enabled).to_owned()),
            ("MaintenanceEnabled", b(self.maintenance_enabled).to_owned()),
            (
                "StagingModeEnabled",
                b(self.staging_mode_enabled).to_owned(),
            ),
            ("SchedulerSuspended", b(self.scheduler_suspended).to_owned()),
            (
                "SyncCycleInProgress",
                b(self.sync_cycle_in_progress).to_owned(),
            ),
        ];
        let mut out = String::new();
        for (name, value) in rows {
            // PowerShell's list format pads names to the longest one plus a space.
            out += format!("{name:<36}: {value}").trim_end();
            out.push('\n');
        }
        out
    }
}

/// A .NET TimeSpan as PowerShell prints it: `00:30:00`, `7.00:00:00`.
pub fn timespan(p: Period) -> String {
    let s = p.secs();
    let (d, h, m, sec) = (s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60);
    if d > 0 {
        format!("{d}.{h:02}:{m:02}:{sec:02}")
    } else {
        format!("{h:02}:{m:02}:{sec:02}")
    }
}

/// An instant in en-US's general date format: `1/23/2018 2:58:30 PM`.
fn en_us(t: Instant) -> String {
    t.format("%-m/%-d/%Y %-I:%M:%S %p").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timespans_print_like_powershell() {
        assert_eq!(timespan(Period::minutes(30)), "00:30:00");
        assert_eq!(timespan(Period::days(7)), "7.00:00:00");
        assert_eq!(timespan(Period::hours(27)), "1.03:00:00");
    }

    #[test]
    fn en_us_dates_match_the_documented_sample() {
        let t: Instant = "2018-01-23T14:58:30Z".parse().unwrap();
        assert_eq!(en_us(t), "1/23/2018 2:58:30 PM");
        let t: Instant = "2018-01-23T00:05:00Z".parse().unwrap();
        assert_eq!(en_us(t), "1/23/2018 12:05:00 AM");
    }

    #[test]
    fn local_time_is_known_only_for_fixed_zones() {
        let t: Instant = "2026-11-21T10:30:00Z".parse().unwrap();
        let tokyo: DisplayZone = "+09:00".parse().unwrap();
        assert_eq!(
            local_time(t, &tokyo).unwrap().to_rfc3339(),
            "2026-11-21T19:30:00+09:00"
        );
        assert_eq!(
            local_time(t, &DisplayZone::Utc).unwrap().to_rfc3339(),
            "2026-11-21T10:30:00+00:00"
        );
        assert_eq!(local_time(t, &"Asia/Tokyo".parse().unwrap()), None);
    }
}
