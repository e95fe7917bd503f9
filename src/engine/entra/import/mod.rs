//! Reads pasted `Get-ADSyncScheduler` output into scheduler settings, so that people can copy
//! their server's state instead of typing it.
//!
//! Pasted text is messy: CRLF line ends, a prompt line, odd spacing, a field a newer build
//! added, a date in the server's culture, a line cut in half. The reader never fails and never
//! panics: it fills what it can, lists fields it does not know instead of dropping them, and
//! reports each line it could not read with its 1-based line number and a code saying why.
//! Input beyond [`MAX_IMPORT_BYTES`] is cut off (and the result says so), so the work stays
//! bounded whatever is pasted.

mod date;

use serde::Serialize;

use date::DateError;
pub use date::{Clock, DateOrder, DateReading, DayMonthOrder, OrderBasis};

use super::scenario::{Build, IntervalChange, PolicyType, SchedulerSettings, ServerScenario};
use crate::engine::time::{DurationError, Instant, Period};

/// The most text read, in bytes: `Get-ADSyncScheduler` prints well under 1 KiB.
pub const MAX_IMPORT_BYTES: usize = 64 * 1024;

/// The most entries kept in each of the `unknown` and `malformed` lists; the rest are counted
/// in `omitted`.
pub const MAX_REPORTED_LINES: usize = 100;

/// The longest piece of a line quoted back, in characters.
const MAX_QUOTE_CHARS: usize = 80;

/// A field `Get-ADSyncScheduler` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// `AllowedSyncCycleInterval`.
    AllowedSyncCycleInterval,
    /// `CurrentlyEffectiveSyncCycleInterval` (read-only).
    CurrentlyEffectiveSyncCycleInterval,
    /// `CustomizedSyncCycleInterval`.
    CustomizedSyncCycleInterval,
    /// `NextSyncCyclePolicyType`.
    NextSyncCyclePolicyType,
    /// `NextSyncCycleStartTimeInUTC`.
    NextSyncCycleStartTimeInUtc,
    /// `PurgeRunHistoryInterval`.
    PurgeRunHistoryInterval,
    /// `SyncCycleEnabled`.
    SyncCycleEnabled,
    /// `MaintenanceEnabled`.
    MaintenanceEnabled,
    /// `StagingModeEnabled` (`IsStagingModeEnabled` on early builds).
    StagingModeEnabled,
    /// `SchedulerSuspended`.
    SchedulerSuspended,
    /// `SyncCycleInProgress` (read-only).
    SyncCycleInProgress,
}

impl Field {
    /// Every field, in the order the cmdlet prints them.
    pub const ALL: [Field; 11] = [
        Field::AllowedSyncCycleInterval,
        Field::CurrentlyEffectiveSyncCycleInterval,
        Field::CustomizedSyncCycleInterval,
        Field::NextSyncCyclePolicyType,
        Field::NextSyncCycleStartTimeInUtc,
        Field::PurgeRunHistoryInterval,
        Field::SyncCycleEnabled,
        Field::MaintenanceEnabled,
        Field::StagingModeEnabled,
        Field::SchedulerSuspended,
        Field::SyncCycleInProgress,
    ];

    /// The name as the cmdlet prints it.
    pub const fn name(self) -> &'static str {
        match self {
            Field::AllowedSyncCycleInterval => "AllowedSyncCycleInterval",
            Field::CurrentlyEffectiveSyncCycleInterval => "CurrentlyEffectiveSyncCycleInterval",
            Field::CustomizedSyncCycleInterval => "CustomizedSyncCycleInterval",
            Field::NextSyncCyclePolicyType => "NextSyncCyclePolicyType",
            Field::NextSyncCycleStartTimeInUtc => "NextSyncCycleStartTimeInUTC",
            Field::PurgeRunHistoryInterval => "PurgeRunHistoryInterval",
            Field::SyncCycleEnabled => "SyncCycleEnabled",
            Field::MaintenanceEnabled => "MaintenanceEnabled",
            Field::StagingModeEnabled => "StagingModeEnabled",
            Field::SchedulerSuspended => "SchedulerSuspended",
            Field::SyncCycleInProgress => "SyncCycleInProgress",
        }
    }

    /// The field with this name (any case; early builds' `IsStagingModeEnabled` too).
    pub fn from_name(name: &str) -> Option<Field> {
        if name.eq_ignore_ascii_case("IsStagingModeEnabled") {
            return Some(Field::StagingModeEnabled);
        }
        Field::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// Whether the field is a setting (as opposed to read-only state).
    pub const fn is_setting(self) -> bool {
        !matches!(
            self,
            Field::CurrentlyEffectiveSyncCycleInterval | Field::SyncCycleInProgress
        )
    }
}

impl Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(self.name())
    }
}

/// What reading the text produced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ImportResult {
    /// The settings: the values found, defaults for the rest.
    pub settings: SchedulerSettings,
    /// Fields found and read, in the order of the text.
    pub found: Vec<Field>,
    /// Fields not found (or not readable); their settings keep the defaults.
    pub missing: Vec<Field>,
    /// Read-only state the text showed.
    pub observed: Observed,
    /// How `NextSyncCycleStartTimeInUTC` was read, when it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<DateReading>,
    /// Things worth telling about the values as a whole.
    pub notes: Vec<Note>,
    /// Lines shaped like `Name : value` whose name is not a known field.
    pub unknown: Vec<UnknownField>,
    /// Lines that could not be read.
    pub malformed: Vec<Malformed>,
    /// 1-based numbers of prompt lines (`PS C:\> Get-ADSyncScheduler`), skipped on purpose.
    pub ignored_lines: Vec<usize>,
    /// How many `unknown` and `malformed` entries were left out past [`MAX_REPORTED_LINES`].
    pub omitted: usize,
    /// Whether the text was longer than [`MAX_IMPORT_BYTES`] and was cut.
    pub input_truncated: bool,
}

/// Read-only state from the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Observed {
    /// `CurrentlyEffectiveSyncCycleInterval`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currently_effective_sync_cycle_interval: Option<Period>,
    /// `SyncCycleInProgress`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sync_cycle_in_progress: Option<bool>,
}

/// A remark about the values as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Note {
    /// The printed effective interval is not the larger of customized and allowed: likely a
    /// build before 1.1.281 with a change that applies after the next cycle.
    EffectiveIntervalMismatch {
        /// What the text says.
        printed: Period,
        /// What the settings give.
        computed: Period,
    },
    /// The customized interval is below the allowed one; the allowed one is used.
    CustomizedBelowAllowed {
        /// The customized interval.
        customized: Period,
        /// The allowed interval.
        allowed: Period,
    },
    /// A cycle was running: `NextSyncCycleStartTimeInUTC` then shows that cycle's (past) time.
    CycleInProgress,
    /// `NextSyncCycleStartTimeInUTC` reads as two valid dates (day and month can be swapped):
    /// which one was taken, why, and the other one, which
    /// [`ImportResult::take_other_date`] switches to.
    AmbiguousDate {
        /// The date used.
        taken: Instant,
        /// Its order.
        taken_order: DateOrder,
        /// What decided.
        decided_by: OrderBasis,
        /// The other reading.
        other: Instant,
        /// Its order.
        other_order: DateOrder,
    },
    /// No known field at all: probably not `Get-ADSyncScheduler` output.
    NothingRecognized,
}

/// A `Name : value` line with a name this reader does not know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnknownField {
    /// 1-based line number.
    pub line: usize,
    /// The name as written.
    pub name: String,
    /// The value as written (cut to 80 characters).
    pub value: String,
}

/// A line that could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Malformed {
    /// 1-based line number.
    pub line: usize,
    /// The field, when the name was recognized.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<Field>,
    /// Why it could not be read.
    pub problem: LineProblem,
    /// The line as written (cut to 80 characters).
    pub text: String,
}

/// Why a line could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineProblem {
    /// No `:` between a name and a value.
    NoSeparator,
    /// Something before the `:` that cannot be a field name.
    NotAName,
    /// A field that needs a value has none.
    EmptyValue,
    /// Not a length of time (`00:30:00`, `7.00:00:00`).
    BadInterval,
    /// A length of zero where an interval is needed.
    ZeroInterval,
    /// A length above the engine's maximum.
    IntervalTooLong,
    /// Neither `True` nor `False`.
    BadBoolean,
    /// Neither `Delta` nor `Initial`.
    BadPolicyType,
    /// Not a date in any known culture's format.
    BadDate,
    /// A date outside 2000–2200.
    DateOutOfRange,
    /// The field appeared before; the first value is kept.
    Duplicate,
}

impl ImportResult {
    /// Switches an ambiguous `NextSyncCycleStartTimeInUTC` to its other reading (the one-click
    /// correction): the settings, the reading and the note all follow. Returns whether there
    /// was another reading to take.
    pub fn take_other_date(&mut self) -> bool {
        let Some(i) = self
            .notes
            .iter()
            .position(|n| matches!(n, Note::AmbiguousDate { .. }))
        else {
            return false;
        };
        let Note::AmbiguousDate {
            taken,
            taken_order,
            other,
            other_order,
            ..
        } = self.notes[i]
        else {
            return false;
        };
        self.settings.next_sync_cycle_start_time_in_utc = Some(other);
        if let Some(reading) = self.date.as_mut() {
            reading.order = other_order;
            reading.decided_by = OrderBasis::Chosen;
            reading.alternative = Some(taken);
        }
        self.notes[i] = Note::AmbiguousDate {
            taken: other,
            taken_order: other_order,
            decided_by: OrderBasis::Chosen,
            other: taken,
            other_order: taken_order,
        };
        true
    }

    /// Copies the settings that were found onto `target`, leaving the others as they are.
    pub fn apply_to(&self, target: &mut SchedulerSettings) {
        let s = &self.settings;
        for field in &self.found {
            match field {
                Field::AllowedSyncCycleInterval => {
                    target.allowed_sync_cycle_interval = s.allowed_sync_cycle_interval;
                }
                Field::CustomizedSyncCycleInterval => {
                    target.customized_sync_cycle_interval = s.customized_sync_cycle_interval;
                }
                Field::NextSyncCyclePolicyType => {
                    target.next_sync_cycle_policy_type = s.next_sync_cycle_policy_type;
                }
                Field::NextSyncCycleStartTimeInUtc => {
                    target.next_sync_cycle_start_time_in_utc = s.next_sync_cycle_start_time_in_utc;
                }
                Field::PurgeRunHistoryInterval => {
                    target.purge_run_history_interval = s.purge_run_history_interval;
                }
                Field::SyncCycleEnabled => target.sync_cycle_enabled = s.sync_cycle_enabled,
                Field::MaintenanceEnabled => target.maintenance_enabled = s.maintenance_enabled,
                Field::StagingModeEnabled => target.staging_mode_enabled = s.staging_mode_enabled,
                Field::SchedulerSuspended => target.scheduler_suspended = s.scheduler_suspended,
                Field::CurrentlyEffectiveSyncCycleInterval | Field::SyncCycleInProgress => {}
            }
        }
    }
}

/// A change the pasted output shows as made but not yet in effect: on a build before 1.1.281,
/// `Set-ADSyncScheduler -CustomizedSyncCycleInterval` applies after the next cycle, and until
/// then `CurrentlyEffectiveSyncCycleInterval` keeps the old value (`learn-entra-scheduler`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PendingChange {
    /// The customized interval in effect until the next cycle (`None`: not customized, the
    /// allowed interval), chosen so that the effective interval is the one printed.
    pub in_effect: Option<Period>,
    /// The customized interval the output prints, which takes over after the next cycle.
    pub pending: Option<Period>,
}

impl ImportResult {
    /// The pending interval change the output shows, when the printed effective interval can
    /// be made from a customized one (it is the allowed interval or longer) and differs from
    /// what the settings give.
    pub fn pending_change(&self) -> Option<PendingChange> {
        let printed = self.observed.currently_effective_sync_cycle_interval?;
        let s = &self.settings;
        if printed == s.effective(s.customized_sync_cycle_interval) {
            return None;
        }
        let allowed = s.allowed_sync_cycle_interval;
        let in_effect = match printed.cmp(&allowed) {
            std::cmp::Ordering::Greater => Some(printed),
            std::cmp::Ordering::Equal => None,
            // The allowed interval is a floor: no customized value prints less.
            std::cmp::Ordering::Less => return None,
        };
        Some(PendingChange {
            in_effect,
            pending: s.customized_sync_cycle_interval,
        })
    }

    /// The moment the output was most likely printed, from its own values, for a caller that
    /// does not know it: the scheduler computes `NextSyncCycleStartTimeInUTC` one effective
    /// interval after the start of the cycle it is running (`community-entra-scheduler`), and
    /// shows it until that start comes. So an output with no cycle in progress was printed
    /// within the interval before its next start; the earliest such moment, one interval
    /// before, is taken (our inference, Low). With a cycle in progress, the value is that
    /// cycle's start, which is taken. `None` without a next start.
    pub fn printed_at(&self) -> Option<Instant> {
        let next = self.settings.next_sync_cycle_start_time_in_utc?;
        if self.observed.sync_cycle_in_progress == Some(true) {
            return Some(next);
        }
        let s = &self.settings;
        let effective = self
            .observed
            .currently_effective_sync_cycle_interval
            .unwrap_or_else(|| s.effective(s.customized_sync_cycle_interval));
        next.checked_sub_signed(effective.delta())
    }

    /// Copies what was found onto a server whose horizon starts at `at`, the moment the
    /// output was printed: the settings as [`ImportResult::apply_to`] does, and a pending
    /// interval change (see [`PendingChange`]) as what it is, so that `Get-ADSyncScheduler`
    /// simulated at `at` prints what was pasted: the interval in effect as the setting, the
    /// printed customized interval as a change at `at` (when it was seen; it was made at or
    /// before then), and the scheduler generation that applies it after the next cycle.
    /// Returns the pending change when there was one.
    pub fn apply_to_server(
        &self,
        target: &mut ServerScenario,
        at: Instant,
    ) -> Option<PendingChange> {
        self.apply_to(&mut target.scheduler);
        let change = self.pending_change()?;
        target.scheduler.customized_sync_cycle_interval = change.in_effect;
        target.behaviour.build = Build::Before1_1_281;
        target.interval_changes.retain(|c| c.at != at);
        target.interval_changes.push(IntervalChange {
            at,
            customized_sync_cycle_interval: change.pending,
        });
        crate::engine::order::sort_by_instant(&mut target.interval_changes, |c| c.at);
        Some(change)
    }
}

/// Reads `Get-ADSyncScheduler` output, deciding ambiguous day/month orders by the rule in
/// the `date` module's documentation (and `docs/scenario-server.md`).
pub fn parse_get_adsyncscheduler(text: &str) -> ImportResult {
    parse_get_adsyncscheduler_with(text, None)
}

/// Reads `Get-ADSyncScheduler` output; `hint` says which of day and month the server's
/// culture writes first, when the caller knows.
pub fn parse_get_adsyncscheduler_with(text: &str, hint: Option<DayMonthOrder>) -> ImportResult {
    read(text, hint, None)
}

/// Reads `Get-ADSyncScheduler` output pasted at `now` (the moment the cmdlet ran, near
/// enough): an ambiguous date is read the way that lies nearer to `now`, since a next start is
/// at most one interval away. `hint`, when given, still decides first. The engine never reads
/// the clock, so the caller passes `now`.
pub fn parse_get_adsyncscheduler_at(
    text: &str,
    now: Instant,
    hint: Option<DayMonthOrder>,
) -> ImportResult {
    read(text, hint, Some(now))
}

fn read(text: &str, hint: Option<DayMonthOrder>, now: Option<Instant>) -> ImportResult {
    let (text, input_truncated) = cut(text);
    let mut r = Reader {
        hint,
        now,
        result: empty(input_truncated),
    };
    for (i, line) in text.split('\n').enumerate() {
        r.line(i + 1, line);
    }
    r.finish()
}

/// The text up to [`MAX_IMPORT_BYTES`], cut at a character boundary.
fn cut(text: &str) -> (&str, bool) {
    if text.len() <= MAX_IMPORT_BYTES {
        return (text, false);
    }
    let mut end = MAX_IMPORT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (&text[..end], true)
}

fn empty(input_truncated: bool) -> ImportResult {
    ImportResult {
        settings: SchedulerSettings::default(),
        found: Vec::new(),
        missing: Vec::new(),
        observed: Observed::default(),
        date: None,
        notes: Vec::new(),
        unknown: Vec::new(),
        malformed: Vec::new(),
        ignored_lines: Vec::new(),
        omitted: 0,
        input_truncated,
    }
}

/// The first `MAX_QUOTE_CHARS` characters of a piece of text.
fn quote(text: &str) -> String {
    text.chars().take(MAX_QUOTE_CHARS).collect()
}

struct Reader {
    hint: Option<DayMonthOrder>,
    now: Option<Instant>,
    result: ImportResult,
}

impl Reader {
    fn line(&mut self, number: usize, raw: &str) {
        // CRLF, a byte-order mark, tabs and non-breaking spaces are all just spacing.
        let line = raw.trim_start_matches('\u{feff}').trim();
        if line.is_empty() {
            return;
        }
        if is_prompt(line) {
            if self.result.ignored_lines.len() < MAX_REPORTED_LINES {
                self.result.ignored_lines.push(number);
            }
            return;
        }
        // Japanese input methods sometimes turn ':' into a full-width '：'.
        let Some((name, value)) = line.split_once([':', '：']) else {
            return self.malformed(number, None, LineProblem::NoSeparator, line);
        };
        let (name, value) = (name.trim(), value.trim());
        let is_name = !name.is_empty()
            && name.len() <= 64
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !is_name {
            return self.malformed(number, None, LineProblem::NotAName, line);
        }
        let Some(field) = Field::from_name(name) else {
            if self.room() {
                let unknown = UnknownField {
                    line: number,
                    name: quote(name),
                    value: quote(value),
                };
                self.result.unknown.push(unknown);
            }
            return;
        };
        if self.result.found.contains(&field) {
            return self.malformed(number, Some(field), LineProblem::Duplicate, line);
        }
        match self.value(field, value) {
            Ok(()) => self.result.found.push(field),
            Err(problem) => self.malformed(number, Some(field), problem, line),
        }
    }

    /// Reads one field's value into the result.
    fn value(&mut self, field: Field, value: &str) -> Result<(), LineProblem> {
        let s = &mut self.result.settings;
        match field {
            Field::AllowedSyncCycleInterval => s.allowed_sync_cycle_interval = interval(value)?,
            Field::CurrentlyEffectiveSyncCycleInterval => {
                self.result.observed.currently_effective_sync_cycle_interval =
                    Some(interval(value)?);
            }
            // Empty is how the cmdlet prints "not customized".
            Field::CustomizedSyncCycleInterval => {
                s.customized_sync_cycle_interval = if value.is_empty() {
                    None
                } else {
                    Some(interval(value)?)
                };
            }
            Field::NextSyncCyclePolicyType => {
                s.next_sync_cycle_policy_type = if value.eq_ignore_ascii_case("Delta") {
                    PolicyType::Delta
                } else if value.eq_ignore_ascii_case("Initial") {
                    PolicyType::Initial
                } else if value.is_empty() {
                    return Err(LineProblem::EmptyValue);
                } else {
                    return Err(LineProblem::BadPolicyType);
                };
            }
            Field::NextSyncCycleStartTimeInUtc => {
                if value.is_empty() {
                    return Err(LineProblem::EmptyValue);
                }
                let (t, reading) =
                    date::parse_date(value, self.hint, self.now).map_err(|e| match e {
                        DateError::Unreadable => LineProblem::BadDate,
                        DateError::OutOfRange => LineProblem::DateOutOfRange,
                    })?;
                s.next_sync_cycle_start_time_in_utc = Some(t);
                self.result.date = Some(reading);
            }
            Field::PurgeRunHistoryInterval => s.purge_run_history_interval = interval(value)?,
            Field::SyncCycleEnabled => s.sync_cycle_enabled = boolean(value)?,
            Field::MaintenanceEnabled => s.maintenance_enabled = boolean(value)?,
            Field::StagingModeEnabled => s.staging_mode_enabled = boolean(value)?,
            Field::SchedulerSuspended => s.scheduler_suspended = boolean(value)?,
            Field::SyncCycleInProgress => {
                self.result.observed.sync_cycle_in_progress = Some(boolean(value)?);
            }
        }
        Ok(())
    }

    /// Whether another `unknown` or `malformed` entry may be kept; counts it if not.
    fn room(&mut self) -> bool {
        let r = &mut self.result;
        let kept = r.unknown.len() + r.malformed.len() < 2 * MAX_REPORTED_LINES;
        if !kept {
            r.omitted += 1;
        }
        kept
    }

    fn malformed(&mut self, line: usize, field: Option<Field>, problem: LineProblem, text: &str) {
        if self.room() {
            self.result.malformed.push(Malformed {
                line,
                field,
                problem,
                text: quote(text),
            });
        }
    }

    fn finish(mut self) -> ImportResult {
        let r = &mut self.result;
        r.missing = Field::ALL
            .into_iter()
            .filter(|f| !r.found.contains(f))
            .collect();
        if r.found.is_empty() {
            r.notes.push(Note::NothingRecognized);
            return self.result;
        }
        let s = &r.settings;
        if let Some(c) = s.customized_sync_cycle_interval
            && c < s.allowed_sync_cycle_interval
        {
            let allowed = s.allowed_sync_cycle_interval;
            r.notes.push(Note::CustomizedBelowAllowed {
                customized: c,
                allowed,
            });
        }
        if let Some(printed) = r.observed.currently_effective_sync_cycle_interval {
            let computed = s.effective(s.customized_sync_cycle_interval);
            if printed != computed {
                r.notes
                    .push(Note::EffectiveIntervalMismatch { printed, computed });
            }
        }
        if r.observed.sync_cycle_in_progress == Some(true) {
            r.notes.push(Note::CycleInProgress);
        }
        if let (Some(taken), Some(reading)) = (s.next_sync_cycle_start_time_in_utc, r.date)
            && let Some(other) = reading.alternative.filter(|_| reading.ambiguous)
        {
            r.notes.push(Note::AmbiguousDate {
                taken,
                taken_order: reading.order,
                decided_by: reading.decided_by,
                other,
                other_order: swapped(reading.order),
            });
        }
        self.result
    }
}

/// The other order of an ambiguous date (year-first dates are never ambiguous).
fn swapped(order: DateOrder) -> DateOrder {
    match order {
        DateOrder::MonthDayYear => DateOrder::DayMonthYear,
        DateOrder::DayMonthYear => DateOrder::MonthDayYear,
        DateOrder::YearMonthDay => DateOrder::YearMonthDay,
    }
}

/// A PowerShell prompt (`PS C:\> …`, `PS>`), pasted along with the output.
fn is_prompt(line: &str) -> bool {
    line.starts_with("PS") && line.contains('>') && {
        let rest = &line[2..];
        rest.starts_with('>') || rest.starts_with(' ')
    }
}

/// A .NET TimeSpan value, as an interval.
fn interval(value: &str) -> Result<Period, LineProblem> {
    if value.is_empty() {
        return Err(LineProblem::EmptyValue);
    }
    value.parse().map_err(|e| match e {
        DurationError::Syntax(_) => LineProblem::BadInterval,
        DurationError::Zero => LineProblem::ZeroInterval,
        DurationError::TooLong => LineProblem::IntervalTooLong,
    })
}

/// `True` or `False` as PowerShell prints them (any case; `$true`/`$false` too).
fn boolean(value: &str) -> Result<bool, LineProblem> {
    let v = value.trim_start_matches('$');
    if v.eq_ignore_ascii_case("true") {
        Ok(true)
    } else if v.eq_ignore_ascii_case("false") {
        Ok(false)
    } else if v.is_empty() {
        Err(LineProblem::EmptyValue)
    } else {
        Err(LineProblem::BadBoolean)
    }
}

#[cfg(test)]
mod tests;
