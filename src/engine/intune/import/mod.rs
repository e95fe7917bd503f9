//! Reads the Windows enrolment tasks exported from Task Scheduler (or printed by
//! `schtasks /query /xml`) into the device's poll sets, scheduler settings and enrolment
//! instant, so that people can load what their device really has instead of typing it.
//!
//! The enrolment client creates four tasks under `\Microsoft\Windows\EnterpriseMgmt\{GUID}\`:
//! `Schedule #1/#2/#3 created by enrollment client` and `Login Schedule created by enrollment
//! client` (`docs/scenario-device.md`). Their repetition becomes the poll sets (the published
//! rule set when all four match it, a custom one when they differ), their settings the
//! scheduler knobs, and Schedule #1's `StartBoundary` the enrolment instant (Schedule #1 starts
//! at enrolment; #2 and #3 start where the set before them ends, or at their own start when it
//! differs). A trigger's `EndBoundary` and a task's further time triggers are kept; what the
//! engine cannot model is noted ([`Note::changes_prediction`]) and said in the summary.
//!
//! Like the `Get-ADSyncScheduler` reader, this one never panics and never stops at the first
//! problem: it uses what it can read, lists every element it read but does not use (so nothing
//! is dropped silently), and reports what it could not read by element and line. Work is
//! bounded: [`MAX_TASK_XML_BYTES`] per file, [`MAX_TASKS`] tasks, [`MAX_XML_NODES`] nodes per
//! document, [`MAX_REPORTED`] notes.

mod assemble;
mod decode;
mod read;

use chrono::FixedOffset;
use serde::Serialize;

pub use decode::Encoding;

use super::rules::Lane;
use super::scenario::{DeviceScenario, Platform, RuleSet};
use crate::engine::time::{Delay, Instant, Period};

/// The largest file read, in bytes: one exported task is about 4 KB in UTF-16, and
/// `schtasks /query /xml` over a whole folder stays well under this.
pub const MAX_TASK_XML_BYTES: usize = 512 * 1024;

/// The most tasks read from one import; the rest are counted, not read.
pub const MAX_TASKS: usize = 32;

/// The most XML nodes one document may hold: an exported task has about 150 (elements, text
/// and the spacing between them), so [`MAX_TASKS`] tasks fit with room to spare.
pub const MAX_XML_NODES: u32 = 8_000;

/// The most notes and problems kept each; the rest are counted in `omitted`.
pub const MAX_REPORTED: usize = 100;

/// One of the four tasks the enrolment client creates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EnrolmentTask {
    /// `Schedule #1 created by enrollment client`: the first poll set.
    Schedule1,
    /// `Schedule #2 created by enrollment client`: the second poll set.
    Schedule2,
    /// `Schedule #3 created by enrollment client`: the remaining (maintenance) poll set.
    Schedule3,
    /// `Login Schedule created by enrollment client`: a poll at any user's logon.
    LoginSchedule,
}

impl EnrolmentTask {
    /// The four, in the order their sets run.
    pub const ALL: [EnrolmentTask; 4] = [
        Self::Schedule1,
        Self::Schedule2,
        Self::Schedule3,
        Self::LoginSchedule,
    ];

    /// The task's name as Task Scheduler shows it.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Schedule1 => "Schedule #1 created by enrollment client",
            Self::Schedule2 => "Schedule #2 created by enrollment client",
            Self::Schedule3 => "Schedule #3 created by enrollment client",
            Self::LoginSchedule => "Login Schedule created by enrollment client",
        }
    }

    /// The lane the task's runs are drawn in.
    pub const fn lane(self) -> Lane {
        match self {
            Self::Schedule1 => Lane::Schedule1,
            Self::Schedule2 => Lane::Schedule2,
            Self::Schedule3 => Lane::Schedule3,
            Self::LoginSchedule => Lane::Login,
        }
    }

    /// Which task a name or URI (`\Microsoft\Windows\EnterpriseMgmt\{GUID}\Schedule #1 …`)
    /// is: its last path segment, any case.
    pub fn from_name(name: &str) -> Option<Self> {
        let last = name.trim().rsplit('\\').next().unwrap_or_default();
        let last = last.trim().to_ascii_lowercase();
        if !last.ends_with("created by enrollment client") {
            return None;
        }
        [
            ("schedule #1 ", Self::Schedule1),
            ("schedule #2 ", Self::Schedule2),
            ("schedule #3 ", Self::Schedule3),
            ("login schedule ", Self::LoginSchedule),
        ]
        .into_iter()
        .find(|(prefix, _)| last.starts_with(prefix))
        .map(|(_, task)| task)
    }
}

/// Where something is: which file (1-based, in the order given) and which line (1-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct At {
    /// The file, 1-based.
    pub file: usize,
    /// The line, 1-based.
    pub line: usize,
}

/// One enrolment task as read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TaskFound {
    /// Which task.
    pub task: EnrolmentTask,
    /// Where its `<Task>` element starts.
    pub at: At,
    /// Whether the task and its trigger are enabled.
    pub enabled: bool,
    /// `StartBoundary` of its time trigger, in UTC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<Instant>,
    /// `Repetition/Interval`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<Period>,
    /// `Repetition/Duration`; `None` with an interval means indefinitely.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<Period>,
}

/// The scheduler settings the tasks gave; `None` where no task said.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TaskKnobs {
    /// `Settings/StartWhenAvailable` (absent means false, as in the schema).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_when_available: Option<bool>,
    /// `TimeTrigger/RandomDelay` (absent means none), when every task has the same; when
    /// they differ each set carries its own and this is `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub random_delay: Option<Delay>,
}

/// Something worth telling about the import: what was read but not used, what was assumed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Note {
    /// An element read but not used by the engine, with its value (cut to 80 characters).
    Unused {
        /// Its path under `<Task>`, e.g. `Settings/Priority`.
        element: String,
        /// Its text.
        value: String,
        /// Where (the first place it appeared with this value).
        at: At,
        /// How many tasks had it with this value.
        count: usize,
    },
    /// `StartBoundary` had no offset: it was read on the device's clock.
    LocalTimeAssumed {
        /// The offsets used, as `+09:00`, or `+01:00, +02:00` when the values fell on both
        /// sides of a daylight saving change.
        offset: String,
    },
    /// A task whose name is not one of the four enrolment tasks: not used.
    OtherTask {
        /// The last segment of its name or URI (cut to 80 characters); empty when it had none.
        name: String,
        /// Where.
        at: At,
    },
    /// The same enrolment task appeared again: the first one is used.
    DuplicateTask {
        /// Which.
        task: EnrolmentTask,
        /// Where the repeat is.
        at: At,
    },
    /// One of the four tasks was not in the import: its published values are kept.
    MissingTask {
        /// Which.
        task: EnrolmentTask,
    },
    /// The task or its trigger is disabled: its poll set is off.
    DisabledTask {
        /// Which.
        task: EnrolmentTask,
    },
    /// A time trigger without `Repetition` runs once; the engine's poll sets repeat, so the set
    /// is off.
    NoRepetition {
        /// Which.
        task: EnrolmentTask,
    },
    /// `Duration` is not a whole number of `Interval`s: the count was rounded down (at least 1).
    CountRounded {
        /// Which.
        task: EnrolmentTask,
        /// The count used.
        count: u32,
    },
    /// A set that repeats indefinitely comes before this one, so this one never runs: it is off.
    AfterIndefinite {
        /// Which.
        task: EnrolmentTask,
    },
    /// The task's `StartBoundary` is before enrolment, which the model cannot say (a set's own
    /// start is counted from enrolment): the chain's start is used.
    StartMoved {
        /// Which.
        task: EnrolmentTask,
        /// What the task says.
        imported: Instant,
        /// Where the model starts it.
        used: Instant,
    },
    /// The task's `StartBoundary` is after enrolment by more than the longest period the engine
    /// can count from it ([`Period::MAX`], which is also the longest horizon): the set is left
    /// out, so it runs nowhere in the prediction, where the task would run from that start.
    StartBeyondReach {
        /// Which.
        task: EnrolmentTask,
        /// What the task says.
        start: Instant,
    },
    /// The task's `StartBoundary` is not where the set before it ends (a set before it is
    /// disabled, say): the set starts at the task's own start, as the task does.
    OwnStart {
        /// Which.
        task: EnrolmentTask,
        /// Its start.
        start: Instant,
    },
    /// The trigger has an `EndBoundary`: no run starts at or after it.
    EndBoundary {
        /// Which.
        task: EnrolmentTask,
        /// The end.
        end: Instant,
    },
    /// A further time trigger on the task: it fires too, from its own start.
    ExtraTrigger {
        /// Whose.
        task: EnrolmentTask,
        /// Where.
        at: At,
        /// Whether it runs (false: the trigger is disabled).
        runs: bool,
    },
    /// A logon trigger on a schedule task: simulated as a poll at any user's logon.
    LogonTriggerOn {
        /// Which.
        task: EnrolmentTask,
    },
    /// The tasks' `RandomDelay`s differ: each set keeps its own task's.
    OwnRandomDelays,
    /// The schedule tasks share a `RandomDelay` the enrolment client does not set: each of
    /// their runs is predicted up to this late.
    RandomDelaySet {
        /// The delay.
        delay: Delay,
    },
    /// `StartWhenAvailable` is false where the enrolment client sets it true: a run missed
    /// while the device is off or asleep is not caught up.
    StartWhenAvailableOff,
    /// A trigger the simulation cannot model (a boot, calendar or event trigger, a time
    /// trigger that runs once, a time trigger on the Login Schedule): left out.
    TriggerNotModelled {
        /// Whose.
        task: EnrolmentTask,
        /// Its element, e.g. `BootTrigger`.
        trigger: String,
        /// Where.
        at: At,
    },
    /// There was no Schedule #1: the enrolment instant was worked back from this task's
    /// `StartBoundary` and the spans of the sets before it.
    EnrolmentFrom {
        /// Which.
        task: EnrolmentTask,
    },
    /// The tasks disagree on a setting the engine holds once for all sets: this task's value
    /// is used.
    SettingsDiffer {
        /// The element, e.g. `Settings/StartWhenAvailable`.
        element: String,
        /// Whose value was taken.
        taken_from: EnrolmentTask,
    },
    /// `WakeToRun` is set: the engine never wakes the device, so a start while it is off or
    /// asleep is still missed.
    WakeToRunNotModelled,
    /// `RunOnlyIfNetworkAvailable` is off: the task starts anyway, but an MDM session needs the
    /// network, so the engine still counts an offline run as not synced.
    NetworkConditionOff {
        /// Which.
        task: EnrolmentTask,
    },
    /// `ExecutionTimeLimit`: the engine's runs take no time, so the limit changes nothing.
    ExecutionTimeLimitNotModelled {
        /// The longest limit seen.
        limit: Delay,
    },
    /// The logon trigger names one user; the engine's logons are anyone's.
    LogonOfOneUser,
    /// More than [`MAX_TASKS`] tasks: the rest were not read.
    TooManyTasks,
    /// No enrolment task found: nothing was imported.
    NothingRecognized,
}

impl Note {
    /// Whether the note says the simulation differs from what the tasks do: something read
    /// and left out, merged or changed. Such an import is never "the published schedule".
    /// (`NetworkConditionOff` is not: offline, the task runs and fails, or does not start —
    /// no sync either way.)
    pub fn changes_prediction(&self) -> bool {
        matches!(
            self,
            Self::NoRepetition { .. }
                | Self::CountRounded { .. }
                | Self::AfterIndefinite { .. }
                | Self::StartMoved { .. }
                | Self::StartBeyondReach { .. }
                | Self::SettingsDiffer { .. }
                | Self::WakeToRunNotModelled
                | Self::LogonOfOneUser
                | Self::TriggerNotModelled { .. }
                | Self::TooManyTasks
        )
    }
}

impl Note {
    /// Whether the note names a setting the simulation follows but the enrolment client
    /// creates otherwise, so the prediction is not the published schedule's even when the
    /// poll sets are. Such an import is never "the published schedule" either.
    pub fn differs_from_enrolment(&self) -> bool {
        matches!(
            self,
            Self::RandomDelaySet { .. } | Self::StartWhenAvailableOff
        )
    }
}

/// Why part of the input could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// Larger than [`MAX_TASK_XML_BYTES`]: not read.
    TooLarge,
    /// The bytes are not valid text in the encoding they announce.
    NotText,
    /// Not well-formed XML.
    NotXml,
    /// More than [`MAX_XML_NODES`] nodes.
    TooManyNodes,
    /// The document holds no `<Task>`.
    NoTask,
    /// Not a date and time (`2026-11-21T09:00:00`, optionally with `Z` or an offset).
    BadDateTime,
    /// A date outside 2000–2200.
    DateOutOfRange,
    /// Not an ISO 8601 duration (`PT15M`, `P1D`).
    BadDuration,
    /// An interval outside Task Scheduler's PT1M..P31D.
    IntervalOutOfRange,
    /// Neither `true` nor `false`.
    BadBoolean,
    /// A required element is missing (`StartBoundary`, `Repetition/Interval`).
    MissingElement,
    /// The task has neither a time trigger nor a logon trigger.
    NoTrigger,
}

/// Something that could not be read, by element and line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct XmlProblem {
    /// Where.
    pub at: At,
    /// The element (path under `<Task>`), when the problem is in one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    /// Why.
    pub kind: ProblemKind,
    /// The text that could not be read, or the XML parser's message (cut to 80 characters).
    pub text: String,
}

/// What reading the task files produced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TaskImport {
    /// How each file was encoded (in the order given; `None` where it was not text).
    pub encodings: Vec<Option<Encoding>>,
    /// The enrolment tasks found, in the order read.
    pub tasks: Vec<TaskFound>,
    /// The rule set they make: published when they match it, custom when they differ.
    /// `None` when no enrolment task was found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule_set: Option<RuleSet>,
    /// The enrolment instant, when a schedule task's `StartBoundary` gave it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrolled_at: Option<Instant>,
    /// Scheduler settings the tasks gave.
    pub knobs: TaskKnobs,
    /// What was read but not used, and what was assumed.
    pub notes: Vec<Note>,
    /// What could not be read.
    pub problems: Vec<XmlProblem>,
    /// How many notes and problems were left out past [`MAX_REPORTED`].
    pub omitted: usize,
}

impl TaskImport {
    /// Whether any enrolment task was found (and so there is something to apply).
    pub fn found_any(&self) -> bool {
        !self.tasks.is_empty()
    }

    /// What the simulation leaves out of, merges in or changes from the tasks, each with what
    /// it changes ([`Note::changes_prediction`]).
    pub fn left_out(&self) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(|n| n.changes_prediction())
    }

    /// The settings the simulation follows that differ from what the enrolment client
    /// creates ([`Note::differs_from_enrolment`]).
    pub fn changed_settings(&self) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(|n| n.differs_from_enrolment())
    }

    /// Copies what the import found onto a device: Windows, the rule set, the enrolment
    /// instant when known, and the scheduler settings the tasks gave. Everything else stays.
    pub fn apply_to(&self, device: &mut DeviceScenario) {
        let Some(rule_set) = &self.rule_set else {
            return;
        };
        device.platform = Platform::Windows;
        device.rule_set = rule_set.clone();
        if let Some(t) = self.enrolled_at {
            device.enrolled_at = t;
        }
        if let Some(on) = self.knobs.start_when_available {
            device.scheduler.start_when_available = on;
        }
        if let Some(d) = self.knobs.random_delay {
            device.scheduler.random_delay = d;
        }
    }
}

/// The device's clock: the offset from UTC in force at each instant. A `StartBoundary` written
/// without an offset is wall-clock time on it. A fixed offset (the command line's `--zone`) is
/// one; the browser's zone, whose offset moves with daylight saving time, is another, so a
/// task created in winter and read in summer still lands on its hour.
pub trait LocalClock {
    /// The offset in force at `at`.
    fn offset_at(&self, at: Instant) -> FixedOffset;
}

impl LocalClock for FixedOffset {
    fn offset_at(&self, _: Instant) -> FixedOffset {
        *self
    }
}

/// Reads one file (or pasted text) holding one or several tasks: a Task Scheduler export,
/// `schtasks /query /xml` output, or several exports one after another. `local` is the clock a
/// `StartBoundary` without an offset is read on (the device's; a note says which offsets were
/// used). Never panics; the work is bounded whatever the bytes.
pub fn import_task_xml(bytes: &[u8], local: &dyn LocalClock) -> TaskImport {
    import_task_xml_files(&[bytes], local)
}

/// Reads several files at once (drag and drop, a file picker, the command line), as one
/// device's tasks. See [`import_task_xml`].
pub fn import_task_xml_files(files: &[&[u8]], local: &dyn LocalClock) -> TaskImport {
    let mut reader = read::Reader::new(local);
    for (i, bytes) in files.iter().enumerate() {
        reader.file(i + 1, bytes);
    }
    assemble::assemble(reader.finish())
}

/// Whether bytes look like Task Scheduler XML rather than other text (`Get-ADSyncScheduler`
/// output): after any byte-order mark, spacing and the zero bytes of UTF-16, the first
/// character is `<`.
pub fn looks_like_xml(bytes: &[u8]) -> bool {
    let skip = |b: &&u8| {
        matches!(
            **b,
            0 | 0xEF | 0xBB | 0xBF | 0xFF | 0xFE | b' ' | b'\t' | b'\r' | b'\n'
        )
    };
    bytes.iter().take(4096).find(|b| !skip(b)) == Some(&b'<')
}

/// Text from bytes in UTF-8 or UTF-16 (with or without a byte-order mark), as Windows tools
/// write it (Windows PowerShell's `>` writes UTF-16 LE); `None` when it is neither.
pub fn decode_text(bytes: &[u8]) -> Option<String> {
    decode::decode(bytes).ok().map(|(text, _)| text)
}

/// The first 80 characters of a text.
fn quote(text: &str) -> String {
    text.trim().chars().take(80).collect()
}

#[cfg(test)]
mod tests;
