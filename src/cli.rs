//! The `simulate` command line: reads a scenario (the JSON the app exports), simulates it, and
//! prints events and answers as JSON. It serves scripting, and checking the engine outside the
//! browser. Kept in the library (native only) so its parsing is unit-tested.

pub mod import;

use std::fmt;

use serde::Serialize;

use crate::engine::Simulation;
use crate::engine::entra::{ServerAnswers, ServerReport};
use crate::engine::intune::{DeviceAnswers, DeviceReport};
use crate::engine::{Instant, Scenario, ScenarioError};

/// How to use the command.
pub const USAGE: &str = "\
usage: simulate [--now <RFC 3339 instant>] [--compact] <scenario.json | ->
       simulate import [--now <instant>] [--zone <+HH:MM>] [--compact] <FILE>…

Reads a Sync Planner scenario (the JSON the app exports; `-` reads standard input), simulates
it, and prints the events and the answers as JSON. --now sets the instant the answers are about
(\"next sync after now\"); it defaults to the start of the scenario's horizon.

  simulate examples/windows-fresh.json --now 2026-11-21T12:00:00Z

`simulate import` reads Task Scheduler XML and Get-ADSyncScheduler text and prints the scenario
JSON the app would open (`simulate import --help`).
";

/// What the command line asked for.
#[derive(Debug, PartialEq, Eq)]
pub struct Args {
    /// Path of the scenario file, or `-` for standard input.
    pub input: String,
    /// The instant the answers are about.
    pub now: Option<Instant>,
    /// One line of JSON instead of indented output.
    pub compact: bool,
}

/// Why the command line could not be understood.
#[derive(Debug, PartialEq, Eq)]
pub enum ArgsError {
    /// `--help` was asked for.
    Help,
    /// Anything else, with the message to print.
    Bad(String),
}

impl fmt::Display for ArgsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Help => f.write_str(USAGE),
            Self::Bad(msg) => write!(f, "simulate: {msg}\n\n{USAGE}"),
        }
    }
}

/// Parses the arguments after the program name.
pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Args, ArgsError> {
    let mut input = None;
    let mut now = None;
    let mut compact = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Err(ArgsError::Help),
            "--compact" => compact = true,
            "--now" => {
                let value = args
                    .next()
                    .ok_or_else(|| ArgsError::Bad("--now needs an instant".into()))?;
                now = Some(parse_instant(&value)?);
            }
            flag if flag.starts_with("--now=") => now = Some(parse_instant(&flag[6..])?),
            flag if flag.starts_with("--") => {
                return Err(ArgsError::Bad(format!("unknown option {flag}")));
            }
            _ if input.is_some() => return Err(ArgsError::Bad("give one scenario file".into())),
            _ => input = Some(arg),
        }
    }
    let input = input.ok_or_else(|| ArgsError::Bad("no scenario file given".into()))?;
    Ok(Args {
        input,
        now,
        compact,
    })
}

fn parse_instant(text: &str) -> Result<Instant, ArgsError> {
    chrono::DateTime::parse_from_rfc3339(text.trim())
        .map(|t| t.to_utc())
        .map_err(|_| {
            ArgsError::Bad(format!(
                "'{text}' is not an RFC 3339 instant such as 2026-11-21T12:00:00Z"
            ))
        })
}

/// Everything `simulate` prints.
#[derive(Serialize)]
pub struct Report<'a> {
    /// The instant the answers are about.
    pub now: Instant,
    /// The device's events, and the answers at `now`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<Section<'a, DeviceReport, DeviceAnswers>>,
    /// The server's cycles and events, and the answers at `now`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<Section<'a, ServerReport, ServerAnswers>>,
}

/// One system's simulation and its answers.
#[derive(Serialize)]
pub struct Section<'a, R, A> {
    /// Next sync, last sync, deadlines… at `now`.
    pub answers: A,
    /// The full simulation.
    #[serde(flatten)]
    pub report: &'a R,
}

/// Reads, checks and simulates a scenario text; the JSON to print, or the error to report.
pub fn run(text: &str, now: Option<Instant>, compact: bool) -> Result<String, ScenarioError> {
    let scenario = Scenario::from_json(text)?;
    let outcome: Simulation = scenario.simulate()?;
    let now = now.unwrap_or(scenario.horizon.start());
    let report = Report {
        now,
        device: outcome.device.as_ref().map(|r| Section {
            answers: r.answers(now),
            report: r,
        }),
        server: outcome.server.as_ref().map(|r| Section {
            answers: r.answers_in(now, &scenario.display_zone),
            report: r,
        }),
    };
    let json = if compact {
        serde_json::to_string(&report)
    } else {
        serde_json::to_string_pretty(&report)
    };
    // Serializing plain data to a String cannot fail.
    Ok(json.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Args, ArgsError> {
        parse_args(list.iter().map(|s| s.to_string()))
    }

    #[test]
    fn reads_file_and_now() {
        let a = args(&["s.json", "--now", "2026-11-21T12:00:00+09:00"]).unwrap();
        assert_eq!(a.input, "s.json");
        assert_eq!(a.now.unwrap().to_rfc3339(), "2026-11-21T03:00:00+00:00");
        assert!(!a.compact);
        assert!(
            args(&["--now=2026-11-21T12:00:00Z", "-", "--compact"])
                .unwrap()
                .compact
        );
    }

    #[test]
    fn rejects_what_it_does_not_understand() {
        assert_eq!(args(&["--help"]), Err(ArgsError::Help));
        assert!(matches!(args(&[]), Err(ArgsError::Bad(_))));
        assert!(matches!(args(&["a", "b"]), Err(ArgsError::Bad(_))));
        assert!(matches!(args(&["a", "--now"]), Err(ArgsError::Bad(_))));
        assert!(matches!(
            args(&["a", "--now", "tomorrow"]),
            Err(ArgsError::Bad(_))
        ));
        assert!(matches!(args(&["a", "--verbose"]), Err(ArgsError::Bad(_))));
    }

    #[test]
    fn prints_events_and_answers_at_now() {
        let scenario = r#"{"version": 1,
            "horizon": {"start": "2026-11-21T09:00:00Z", "end": "2026-11-22T09:00:00Z"},
            "device": {"enrolled_at": "2026-11-21T09:00:00Z"},
            "server": {}}"#;
        let json = run(
            scenario,
            Some("2026-11-21T09:10:00Z".parse().unwrap()),
            true,
        )
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["now"], "2026-11-21T09:10:00Z");
        assert_eq!(
            v["device"]["answers"]["next_sync"]["at"],
            "2026-11-21T09:12:00Z"
        );
        assert!(
            v["device"]["events"]
                .as_array()
                .is_some_and(|e| !e.is_empty())
        );
        assert_eq!(
            v["server"]["answers"]["next_cycle"]["start"],
            "2026-11-21T09:30:00Z"
        );
    }

    #[test]
    fn bad_scenarios_are_errors_not_panics() {
        for text in [
            "",
            "{",
            "[]",
            "{\"version\": 1}",
            "{\"version\": 99}",
            "null",
        ] {
            assert!(run(text, None, true).is_err(), "{text}");
        }
    }
}
