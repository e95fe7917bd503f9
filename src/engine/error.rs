//! Typed errors for impossible or unreadable scenarios. Each says what is wrong ([`Problem`])
//! and where ([`ScenarioError::at`], a path such as `device.disruptions[3].end`), so the UI can
//! mark the very field that was typed and the command line can print a precise message.

use std::fmt;

use serde::Serialize;

use super::limits::{EARLIEST_SECS, LATEST_SECS};
use super::time::{Delay, Instant, Period};

/// What is wrong with a scenario, and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScenarioError {
    /// Path of the offending value: `horizon.end`, `device.disruptions[2]`; empty for the whole.
    pub at: String,
    /// What is wrong there.
    pub problem: Problem,
}

impl ScenarioError {
    /// An error at `at`.
    pub fn new(at: impl Into<String>, problem: Problem) -> Self {
        Self {
            at: at.into(),
            problem,
        }
    }
}

/// The kinds of wrong input. The UI translates each variant; `Display` gives the English text
/// used by the command line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// The text is not a scenario: bad JSON, a wrong type, an unknown field, a bad value.
    Unreadable {
        /// 1-based line in the text (0 when unknown).
        line: usize,
        /// 1-based column in the text (0 when unknown).
        column: usize,
        /// What kind of mistake the parser met, so the page can say it in words.
        mistake: ReadProblem,
        /// The parser's explanation (English, for the command line).
        message: String,
    },
    /// A scenario format version this build does not know.
    UnsupportedVersion {
        /// The version in the file.
        found: u32,
        /// The version this build writes and reads.
        supported: u32,
    },
    /// Neither a device nor a server to simulate.
    NothingToSimulate,
    /// A change made on-premises, in a plan without an Entra Connect server to export it.
    ChangeNeedsServer,
    /// A span whose end is not after its start.
    EndNotAfterStart,
    /// A span or instant outside the scenario's horizon.
    OutsideHorizon,
    /// A horizon longer than the engine accepts.
    HorizonTooLong {
        /// The longest horizon accepted.
        limit: Period,
    },
    /// A list longer than the engine accepts.
    TooMany {
        /// The most entries accepted.
        limit: usize,
    },
    /// Two spans of the same kind that overlap (e.g. two power-off periods).
    Overlap {
        /// Path of the other span.
        other: String,
    },
    /// A number, length or instant outside its documented range.
    OutOfRange {
        /// The smallest value accepted.
        min: Bound,
        /// The largest value accepted.
        max: Bound,
    },
    /// Two settings or entries that contradict each other.
    Conflict {
        /// Path of the other setting or entry.
        with: String,
    },
    /// Two settings or entries that contradict each other, with what the value means that
    /// makes them contradict ("count 0 means indefinitely, so nothing can follow it").
    ConflictBecause {
        /// Path of the other setting or entry.
        with: String,
        /// What makes them contradict.
        because: Because,
    },
    /// A name that is empty, too long, or used twice where names must be unique.
    BadName {
        /// Why the name is refused.
        reason: NameProblem,
    },
}

/// What kind of mistake made a scenario text unreadable: a code the page words in the reader's
/// language, instead of showing the JSON parser's own English ("expected ident").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReadProblem {
    /// The text stops in the middle of a value (a bracket, brace or quote left open).
    EndOfText,
    /// Not JSON at that place: a missing comma or quote, a stray character, text after the end.
    Syntax,
    /// A field this format does not have (often a typing mistake in its name).
    UnknownField {
        /// The field's name as written.
        name: String,
    },
    /// A field the format requires is missing.
    MissingField {
        /// The missing field's name.
        name: String,
    },
    /// A value of the wrong kind (text where a number belongs) or not one of the accepted values.
    WrongValue,
}

/// What a value means that makes it contradict another: the explanation an error message
/// gives with [`Problem::ConflictBecause`].
impl Problem {
    /// An instant outside the era scenarios may use ([`super::limits::in_era`]).
    pub fn outside_era() -> Self {
        let at = |secs| Bound::Instant(Instant::from_timestamp(secs, 0).unwrap_or_default());
        Self::OutOfRange {
            min: at(EARLIEST_SECS),
            max: at(LATEST_SECS),
        }
    }
}

/// One end of an accepted range, typed so that each reader can say it as people do ("30 min",
/// "200,000", a date) instead of showing an engine's notation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Bound {
    /// A count or a number of days.
    Number(u64),
    /// A length of time (zero allowed).
    Length(Delay),
    /// An instant.
    Instant(Instant),
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Number(n) => write!(f, "{n}"),
            Self::Length(p) => write!(f, "{p}"),
            Self::Instant(t) => write!(f, "{}", t.to_rfc3339()),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Because {
    /// A poll set's count of 0 means "indefinitely", so no later set can follow it.
    CountZeroIsIndefinite,
    /// dmwappushservice is a Windows service; other platforms have none to disable.
    PushServiceIsWindowsOnly,
    /// Enrolling needs the network, and the device is offline then.
    EnrollmentNeedsNetwork,
    /// Nothing happens on a device (logon poll, sync, push) before it is enrolled.
    BeforeEnrollment,
}

impl Because {
    /// The English explanation, for the command line.
    pub const fn en(self) -> &'static str {
        match self {
            Self::CountZeroIsIndefinite => "count 0 means indefinitely, so nothing can follow it",
            Self::PushServiceIsWindowsOnly => {
                "dmwappushservice is a Windows service; this platform has no such service to disable"
            }
            Self::EnrollmentNeedsNetwork => {
                "enrolling needs the network, and the device is offline then"
            }
            Self::BeforeEnrollment => "nothing happens on the device before it is enrolled",
        }
    }
}

/// Why a name is refused. A code, not text: the UI words it in the reader's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NameProblem {
    /// Nothing but blanks.
    Empty,
    /// Longer than the engine accepts.
    TooLong {
        /// The most characters accepted.
        max: usize,
    },
    /// Another entry of the same list has this name (names compare case-insensitively).
    Duplicate,
    /// No entry of the list it refers to has this name (a connector override's connector).
    Unknown,
}

impl fmt::Display for NameProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "the name is empty"),
            Self::TooLong { max } => write!(f, "the name is too long (at most {max} characters)"),
            Self::Duplicate => write!(f, "another entry has this name"),
            Self::Unknown => write!(f, "no connector has this name"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable {
                line,
                column,
                message,
                ..
            } if *line > 0 => {
                write!(f, "unreadable at line {line}, column {column}: {message}")
            }
            Self::Unreadable { message, .. } => write!(f, "unreadable: {message}"),
            Self::UnsupportedVersion { found, supported } => write!(
                f,
                "scenario version {found} is not supported (this build reads version {supported})"
            ),
            Self::NothingToSimulate => write!(f, "the scenario has neither a device nor a server"),
            Self::ChangeNeedsServer => write!(
                f,
                "a change made on-premises reaches Entra ID through Entra Connect Sync: add the server (or import Get-ADSyncScheduler output)"
            ),
            Self::EndNotAfterStart => write!(f, "the end must be after the start"),
            Self::OutsideHorizon => write!(f, "lies outside the scenario's horizon"),
            Self::HorizonTooLong { limit } => {
                write!(f, "the horizon is too long (at most {limit})")
            }
            Self::TooMany { limit } => write!(f, "too many entries (at most {limit})"),
            Self::Overlap { other } => write!(f, "overlaps {other}"),
            Self::OutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            Self::Conflict { with } => write!(f, "contradicts {with}"),
            Self::ConflictBecause { with, because } => {
                write!(f, "contradicts {with}: {}", because.en())
            }
            Self::BadName { reason } => write!(f, "{reason}"),
        }
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{}: {}", self.at, self.problem)
        }
    }
}

impl std::error::Error for ScenarioError {}

/// Checks that `items` holds at most `limit` entries; the error points at `at`.
pub fn check_len<T>(at: &str, items: &[T], limit: usize) -> Result<(), ScenarioError> {
    if items.len() > limit {
        return Err(ScenarioError::new(at, Problem::TooMany { limit }));
    }
    Ok(())
}
