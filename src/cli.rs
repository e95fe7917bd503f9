//! The `simulate` command line: reads a scenario (the JSON the app exports), simulates it, and
//! prints events and answers as JSON, or exports the predicted syncs as a calendar and the
//! events as CSV or JSON (the files the app downloads). It serves scripting, and checking the engine outside the
//! browser. Kept in the library (native only) so its parsing is unit-tested.

pub mod import;

use std::fmt;

use serde::Serialize;

use crate::engine::Simulation;
use crate::engine::chain::{ChangeReport, Landing, NoLanding, Stage, StageRule};
use crate::engine::entra::{ServerAnswers, ServerReport};
use crate::engine::intune::{DeviceAnswers, DeviceReport};
use crate::engine::{DisplayZone, Instant, Scenario, ScenarioError};
use crate::export::{self, Options, Part};
use crate::present::text::Lang;
use crate::present::{self, System, View};

/// How to use the command.
pub const USAGE: &str = "\
usage: simulate [--now <RFC 3339 instant>] [--compact] [--format ics|csv|json] [--lang en|ja]
                [--zone <+HH:MM>] [--seed <N>] <scenario.json | ->
       simulate import [--now <instant>] [--zone <+HH:MM>] [--compact] <FILE>…

Reads a Sync Planner scenario (the JSON the app exports; `-` reads standard input), simulates
it, and prints the events and the answers as JSON. --now sets the instant the answers are about
(\"next sync after now\"); it defaults to the start of the scenario's horizon. Before the
horizon, what it does not simulate is said, not guessed (no_future_sync / no_next_cycle
\"before_horizon\"); after the event limit, \"simulated_until\" says where the answers stop.

--format prints an export instead, as the app downloads it: ics, the predicted syncs as an
iCalendar file (its DTSTAMP is --now); csv or json, every event with its rule and source.
--lang picks the language of the words in an export (default en).
--zone sets the zone of local times (exports' local columns and the answers' start_local), as
choosing that offset in the app's zone menu does; default the scenario's display_zone. The app
reads a named zone's rules (Asia/Tokyo, daylight saving time) from the browser; here there are
none, so for a named zone or \"browser\" local times are UTC (+00:00, as each time says) and
standard error says so: give --zone with the offset the app shows to get the same file (one
offset: across a daylight-saving change the app's times differ by the change).

When the scenario has a change (\"change\": {\"at\", \"origin\", \"kind\", ranges…}, see
docs/scenario.md), the report has a \"change\" object: when it lands on the device, sampled
1,000 times over the ranges the sources give —
  {\"lands\": {\"p50\": RFC 3339, \"p90\": …, \"p99\": …} | null, \"why\": {\"code\": …} (only when
   lands is null), \"dominant_stage\": \"…\", \"stages\": [{\"stage\", \"start\", \"end\", \"rule\",
   \"source\"}] (the median sample's path), \"seed\": N}
times in UTC; a percentile the samples do not reach inside the horizon is null. Stages: export,
group_processing, notification, logon, check_in, ime_check_in. --seed N fixes the sampling
(default: the change's \"seed\", 1 if it has none); the same seed gives the same result.

  simulate examples/windows-fresh.json --now 2026-11-21T12:00:00Z
  simulate examples/windows-fresh.json --format ics --lang ja > syncs.ics

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
    /// What to print.
    pub format: Format,
    /// The language of an export's words.
    pub lang: Lang,
    /// The zone of local times, instead of the scenario's display zone: UTC or a fixed offset.
    pub zone: Option<DisplayZone>,
    /// The seed of the change forecast's sampling, instead of the change's own.
    pub seed: Option<u64>,
}

/// What `simulate` prints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// The events and the answers at "now", as JSON (the default).
    #[default]
    Report,
    /// The predicted syncs as an iCalendar file.
    Ics,
    /// The events as CSV.
    Csv,
    /// The events as JSON, as the app exports them.
    Json,
}

impl Format {
    fn parse(text: &str) -> Result<Format, ArgsError> {
        match text.trim().to_ascii_lowercase().as_str() {
            "ics" => Ok(Format::Ics),
            "csv" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            _ => Err(ArgsError::Bad(format!(
                "'{text}' is not a format; use ics, csv or json"
            ))),
        }
    }
}

/// A `--zone` value: UTC or a fixed offset; named zones need the browser's rules.
fn parse_zone(text: &str) -> Result<DisplayZone, ArgsError> {
    match text.trim().parse::<DisplayZone>() {
        Ok(zone @ (DisplayZone::Utc | DisplayZone::Fixed(_))) => Ok(zone),
        _ => Err(ArgsError::Bad(format!(
            "'{text}' is not an offset such as +09:00 (named zones' rules are the browser's)"
        ))),
    }
}

fn parse_lang(text: &str) -> Result<Lang, ArgsError> {
    Lang::from_tag(text)
        .ok_or_else(|| ArgsError::Bad(format!("'{text}' is not a language; use en or ja")))
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
    let mut format = Format::Report;
    let mut lang = Lang::En;
    let mut zone = None;
    let mut seed = None;
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
            "--format" => {
                let value = args
                    .next()
                    .ok_or_else(|| ArgsError::Bad("--format needs ics, csv or json".into()))?;
                format = Format::parse(&value)?;
            }
            flag if flag.starts_with("--format=") => format = Format::parse(&flag[9..])?,
            "--lang" => {
                let value = args
                    .next()
                    .ok_or_else(|| ArgsError::Bad("--lang needs en or ja".into()))?;
                lang = parse_lang(&value)?;
            }
            flag if flag.starts_with("--lang=") => lang = parse_lang(&flag[7..])?,
            "--zone" => {
                let value = args.next().ok_or_else(|| {
                    ArgsError::Bad("--zone needs an offset such as +09:00".into())
                })?;
                zone = Some(parse_zone(&value)?);
            }
            flag if flag.starts_with("--zone=") => zone = Some(parse_zone(&flag[7..])?),
            "--seed" => {
                let value = args
                    .next()
                    .ok_or_else(|| ArgsError::Bad("--seed needs a number".into()))?;
                seed = Some(parse_seed(&value)?);
            }
            flag if flag.starts_with("--seed=") => seed = Some(parse_seed(&flag[7..])?),
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
        format,
        lang,
        zone,
        seed,
    })
}

fn parse_seed(text: &str) -> Result<u64, ArgsError> {
    text.trim().parse().map_err(|_| {
        ArgsError::Bad(format!(
            "'{text}' is not a seed: give a whole number from 0 to {}",
            u64::MAX
        ))
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
    /// When the scenario's change lands on the device.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<ChangeOut>,
}

/// The `change` object of the report, in the issue's contract (issue 18).
#[derive(Serialize)]
pub struct ChangeOut {
    /// p50/p90/p99 landing instants; `None` (null) when half the samples do not land inside
    /// the horizon.
    pub lands: Option<Landing>,
    /// Why it does not land, when `lands` is null.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<ChangeWhy>,
    /// The stage that took the longest over all samples.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dominant_stage: Option<Stage>,
    /// The median sample's path.
    pub stages: Vec<StageOut>,
    /// The seed the samples were drawn with.
    pub seed: u64,
}

/// Why a change does not land: the forecast's reason, or no device in the plan.
#[derive(Serialize)]
#[serde(untagged)]
pub enum ChangeWhy {
    /// The forecast's reason.
    Forecast(NoLanding),
    /// The plan has no device to land on.
    NoDevice {
        /// Always `no_device`.
        code: &'static str,
    },
}

/// One stage of the median path, with its rule's source.
#[derive(Serialize)]
pub struct StageOut {
    /// Which stage.
    pub stage: Stage,
    /// When the change entered it.
    pub start: Instant,
    /// When it left it.
    pub end: Instant,
    /// The rule that set its end.
    pub rule: StageRule,
    /// The id of the rule's source.
    pub source: &'static str,
}

impl ChangeOut {
    /// The contract's object for a forecast.
    fn of(report: &ChangeReport) -> Self {
        Self {
            lands: report.lands.p50.map(|_| report.lands),
            why: report
                .why
                .map(ChangeWhy::Forecast)
                .filter(|_| report.lands.p50.is_none()),
            dominant_stage: Some(report.dominant_stage),
            stages: report
                .stages
                .iter()
                .map(|s| StageOut {
                    stage: s.stage,
                    start: s.start,
                    end: s.end,
                    rule: s.rule,
                    source: s.rule.source().id,
                })
                .collect(),
            seed: report.seed,
        }
    }

    /// The object for a change in a plan without a device.
    fn without_device(seed: u64) -> Self {
        Self {
            lands: None,
            why: Some(ChangeWhy::NoDevice { code: "no_device" }),
            dominant_stage: None,
            stages: Vec::new(),
            seed,
        }
    }
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

/// What `simulate` prints: the text for standard output, and notes for standard error.
#[derive(Debug)]
pub struct Printed {
    /// The JSON report or the export.
    pub text: String,
    /// Things the reader should know about the text, one per line.
    pub notes: Vec<String>,
}

/// Reads, checks and simulates a scenario text; what to print, or the error to report.
pub fn run(text: &str, args: &Args) -> Result<Printed, ScenarioError> {
    let mut scenario = Scenario::from_json(text)?;
    if let (Some(seed), Some(change)) = (args.seed, scenario.change.as_mut()) {
        change.seed = seed;
    }
    let outcome: Simulation = scenario.simulate()?;
    let now = args.now.unwrap_or(scenario.horizon.start());
    let mut notes = Vec::new();
    if let Some(zone) = &args.zone {
        scenario.display_zone = zone.clone();
    } else if matches!(args.format, Format::Csv | Format::Json)
        && export::fixed_offset(&scenario.display_zone).is_none()
    {
        notes.push(format!(
            "the scenario's zone '{}' has no rules here (the app reads them from the browser): \
             local times are in UTC (+00:00); give --zone with the offset the app shows (such \
             as +09:00) for the same file",
            scenario.display_zone
        ));
    }
    if args.format != Format::Report {
        let text = exported(&scenario, &outcome, now, args.format, args.lang);
        return Ok(Printed { text, notes });
    }
    let compact = args.compact;
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
        change: match (&outcome.change, &scenario.change) {
            (Some(report), _) => Some(ChangeOut::of(report)),
            (None, Some(change)) => Some(ChangeOut::without_device(change.seed)),
            (None, None) => None,
        },
    };
    let json = if compact {
        serde_json::to_string(&report)
    } else {
        serde_json::to_string_pretty(&report)
    };
    // Serializing plain data to a String cannot fail.
    Ok(Printed {
        text: json.unwrap_or_default(),
        notes,
    })
}

/// An export of every system the scenario holds, its local times in the scenario's zone when
/// that zone is a fixed offset (natively there is no zone database), else in UTC.
fn exported(
    scenario: &Scenario,
    outcome: &Simulation,
    now: Instant,
    format: Format,
    lang: Lang,
) -> String {
    let views: Vec<(System, View)> = [System::Device, System::Server]
        .into_iter()
        .filter_map(|system| present::view(outcome, system, lang).map(|v| (system, v)))
        .collect();
    let parts: Vec<Part<'_>> = views
        .iter()
        .map(|(system, view)| Part {
            system: *system,
            view,
        })
        .collect();
    let offset = export::fixed_offset_secs(&scenario.display_zone);
    let offset = move |_: Instant| offset;
    let seed = scenario.to_json();
    let options = Options {
        lang,
        zone: &scenario.display_zone,
        offset: &offset,
        stamp: now,
        uid_seed: &seed,
    };
    match format {
        Format::Ics => export::calendar(&parts, &options),
        Format::Csv => export::events_csv(&parts, &options),
        Format::Json | Format::Report => export::events_json(&parts, &options),
    }
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
        assert!(matches!(
            args(&["a", "--format", "pdf"]),
            Err(ArgsError::Bad(_))
        ));
        assert!(matches!(args(&["a", "--format"]), Err(ArgsError::Bad(_))));
        assert!(matches!(
            args(&["a", "--lang", "fr"]),
            Err(ArgsError::Bad(_))
        ));
    }

    #[test]
    fn reads_format_and_lang() {
        let a = args(&["s.json"]).unwrap();
        assert_eq!((a.format, a.lang), (Format::Report, Lang::En));
        let a = args(&["--format", "ICS", "s.json", "--lang=ja-JP"]).unwrap();
        assert_eq!((a.format, a.lang), (Format::Ics, Lang::Ja));
        assert_eq!(args(&["--format=csv", "-"]).unwrap().format, Format::Csv);
        assert_eq!(
            args(&["--format", "json", "-"]).unwrap().format,
            Format::Json
        );
    }

    const BOTH: &str = r#"{"version": 1,
        "horizon": {"start": "2026-11-21T09:00:00Z", "end": "2026-11-22T09:00:00Z"},
        "display_zone": "+09:00",
        "device": {"enrolled_at": "2026-11-21T09:00:00Z"},
        "server": {}}"#;

    #[test]
    fn exports_a_calendar_of_both_systems_stamped_now() {
        let ics = run(
            BOTH,
            &args(&["-", "--format", "ics", "--now", "2026-11-21T09:10:00Z"]).unwrap(),
        )
        .unwrap()
        .text;
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.contains("\r\nDTSTAMP:20261121T091000Z\r\n"));
        // The device's first sync, at enrolment, in the fixed zone (+09:00 = 18:00).
        assert!(ics.contains("\r\nDTSTART;TZID=UTC+0900:20261121T180000\r\n"));
        assert!(ics.contains("UID:device-") && ics.contains("UID:server-"));
        // The default output is unchanged by the export options' existence.
        let report = run(BOTH, &args(&["-"]).unwrap()).unwrap().text;
        assert!(report.trim_start().starts_with('{'));
    }

    #[test]
    fn exports_events_as_csv_and_json_in_the_chosen_language() {
        let csv = run(
            BOTH,
            &args(&["-", "--format", "csv", "--lang", "ja"]).unwrap(),
        )
        .unwrap()
        .text;
        let json = run(
            BOTH,
            &args(&["-", "--format", "json", "--lang", "ja"]).unwrap(),
        )
        .unwrap()
        .text;
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let events = v["events"].as_array().unwrap();
        assert_eq!(v["lang"], "ja");
        // One CSV record per event, after the header (no field in this scenario spans lines).
        assert_eq!(csv.matches("\r\n").count(), events.len() + 1);
        assert!(csv.starts_with("system,utc,local,"));
        assert!(csv.contains(",レーン,"));
        assert!(csv.contains("+09:00,"));
        assert!(events.iter().any(|e| e["system"] == "device"));
        assert!(events.iter().any(|e| e["system"] == "server"));
    }

    const TOKYO: &str = r#"{"version": 1,
        "horizon": {"start": "2026-11-21T09:00:00Z", "end": "2026-11-22T09:00:00Z"},
        "display_zone": "Asia/Tokyo",
        "device": {"enrolled_at": "2026-11-21T09:00:00Z"}}"#;

    #[test]
    fn zone_gives_exports_the_offset_a_named_zone_has_in_the_app() {
        // The app reads Asia/Tokyo's rules from the browser; here --zone says the offset.
        let csv = run(
            TOKYO,
            &args(&["-", "--format", "csv", "--zone", "+09:00"]).unwrap(),
        )
        .unwrap();
        let first = csv.text.lines().nth(1).unwrap();
        assert!(
            first.starts_with("device,2026-11-21T09:00:00Z,2026-11-21T18:00:00+09:00,"),
            "{first}"
        );
        assert!(csv.notes.is_empty(), "{:?}", csv.notes);
        let json = run(
            TOKYO,
            &args(&["-", "--format", "json", "--zone=+09:00"]).unwrap(),
        )
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&json.text).unwrap();
        assert_eq!(v["zone"], "+09:00");
        // Without it, local times are UTC, and standard error says so and how to change it.
        let csv = run(TOKYO, &args(&["-", "--format", "csv"]).unwrap()).unwrap();
        assert!(csv.text.lines().nth(1).unwrap().contains("+00:00"));
        assert!(
            csv.notes
                .iter()
                .any(|n| n.contains("Asia/Tokyo") && n.contains("--zone")),
            "{:?}",
            csv.notes
        );
        // An offset only: zone rules are the browser's.
        assert!(matches!(
            args(&["-", "--zone", "Asia/Tokyo"]),
            Err(ArgsError::Bad(_))
        ));
    }

    #[test]
    fn prints_events_and_answers_at_now() {
        let scenario = r#"{"version": 1,
            "horizon": {"start": "2026-11-21T09:00:00Z", "end": "2026-11-22T09:00:00Z"},
            "device": {"enrolled_at": "2026-11-21T09:00:00Z"},
            "server": {}}"#;
        let json = run(
            scenario,
            &args(&["-", "--compact", "--now", "2026-11-21T09:10:00Z"]).unwrap(),
        )
        .unwrap()
        .text;
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
    fn an_outage_not_yet_fixed_is_still_down_at_the_horizon_end() {
        // Down from 01:01 with no end: at the end the server is down, the cmdlet cannot print,
        // and nothing has synced since 01:01.
        let scenario = r#"{"version": 1,
            "horizon": {"start": "2026-11-21T00:00:00Z", "end": "2026-11-21T03:00:00Z"},
            "server": {"outages": [{"start": "2026-11-21T01:01:00Z"}]}}"#;
        let json = run(
            scenario,
            &args(&["-", "--compact", "--now", "2026-11-21T03:00:00Z"]).unwrap(),
        )
        .unwrap()
        .text;
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let answers = &v["server"]["answers"];
        assert_eq!(answers["server_down"], true);
        assert_eq!(answers["get_adsyncscheduler"]["kind"], "service_down");
        assert_eq!(answers["no_next_cycle"]["cause"], "server_down");
        assert_eq!(answers["no_next_cycle"]["since"], "2026-11-21T01:01:00Z");
    }

    #[test]
    fn after_the_event_limit_the_answers_reach_only_the_simulated_end() {
        // A sync a minute for most of a year: the simulation stops at its event limit in May.
        let scenario = r#"{"version": 1,
            "horizon": {"start": "2026-01-05T00:00:00Z", "end": "2026-12-31T00:00:00Z"},
            "device": {"enrolled_at": "2026-01-05T09:00:00Z", "ime": {"enabled": false},
                       "rule_set": {"custom": {"remaining": {"interval": "PT1M"}}}}}"#;
        let json = run(
            scenario,
            &args(&["-", "--compact", "--now", "2026-12-01T00:00:00Z"]).unwrap(),
        )
        .unwrap()
        .text;
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let a = &v["device"]["answers"];
        assert!(a["simulated_until"].is_string(), "{a}");
        assert_eq!(a["longest_gap"]["kind"], "between_syncs", "{a}");
        assert_eq!(a["compliance"]["within_horizon"], false, "{a}");
    }

    #[test]
    fn now_before_the_horizon_answers_what_it_can_and_says_what_it_cannot() {
        let scenario = r#"{"version": 1,
            "horizon": {"start": "2026-11-21T09:00:00Z", "end": "2026-11-22T09:00:00Z"},
            "device": {"enrolled_at": "2026-11-01T09:00:00Z"},
            "server": {}}"#;
        let json = run(
            scenario,
            &args(&["-", "--compact", "--now", "2026-11-20T09:00:00Z"]).unwrap(),
        )
        .unwrap()
        .text;
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        // The device syncs between now and the horizon, unseen: no "next sync" is made up.
        let device = &v["device"]["answers"];
        assert_eq!(device["next_sync"], serde_json::Value::Null, "{device}");
        assert_eq!(device["no_future_sync"], "before_horizon", "{device}");
        assert!(device["longest_gap"].is_object(), "{device}");
        // The server's cycles before the horizon are not simulated either.
        let server = &v["server"]["answers"];
        assert_eq!(server["next_cycle"], serde_json::Value::Null, "{server}");
        assert_eq!(
            server["no_next_cycle"]["cause"], "before_horizon",
            "{server}"
        );
        assert_eq!(
            server["get_adsyncscheduler"]["kind"], "before_horizon",
            "{server}"
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
            assert!(run(text, &args(&["-"]).unwrap()).is_err(), "{text}");
        }
    }

    const CHANGE: &str = r#"{"version": 2,
        "horizon": {"start": "2026-12-08T00:00:00Z", "end": "2026-12-10T00:00:00Z"},
        "device": {"platform": "windows", "enrolled_at": "2026-12-01T09:00:00Z"
            POWER},
        "change": {"at": "2026-12-08T10:05:00Z", "origin": "intune", "kind": "policy"}}"#;

    fn change_of(text: &str, extra: &[&str]) -> serde_json::Value {
        let mut list = vec!["-", "--compact"];
        list.extend_from_slice(extra);
        let printed = run(text, &args(&list).unwrap()).unwrap();
        let v: serde_json::Value = serde_json::from_str(&printed.text).unwrap();
        v["change"].clone()
    }

    #[test]
    fn prints_the_change_object_of_the_contract() {
        let text = CHANGE.replace("POWER", "");
        let c = change_of(&text, &[]);
        let keys: Vec<&str> = c.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        assert_eq!(keys, ["dominant_stage", "lands", "seed", "stages"]);
        let lands = &c["lands"];
        for p in ["p50", "p90", "p99"] {
            let t = lands[p].as_str().unwrap();
            assert!(t.ends_with('Z') && t.starts_with("2026-12-08T1"), "{t}");
        }
        assert!(lands["p50"].as_str() <= lands["p90"].as_str());
        assert_eq!(c["dominant_stage"], "notification");
        assert_eq!(c["seed"], 1);
        let stage = &c["stages"][0];
        assert_eq!(stage["stage"], "notification");
        assert_eq!(stage["rule"], "assignment_notifies");
        assert_eq!(stage["source"], "learn-change-notification");
        assert!(stage["start"].as_str().is_some() && stage["end"].as_str().is_some());
        // --seed fixes the sampling: the same seed, the same object; another, another draw.
        let seeded = change_of(&text, &["--seed", "7"]);
        assert_eq!(seeded["seed"], 7);
        assert_eq!(seeded, change_of(&text, &["--seed=7"]));
        assert_ne!(seeded["lands"], c["lands"]);
        assert!(matches!(
            args(&["-", "--seed", "x"]),
            Err(ArgsError::Bad(_))
        ));
    }

    #[test]
    fn a_change_that_does_not_land_is_null_with_why() {
        let off = r#", "power_off": [{"start": "2026-12-08T09:00:00Z"}]"#;
        let c = change_of(&CHANGE.replace("POWER", off), &[]);
        assert!(c["lands"].is_null());
        assert_eq!(c["why"]["code"], "push_lost_no_check_in");
        assert_eq!(c["why"]["rule"], "push_wns_drops_offline");
        // Without a change there is no object at all.
        let plain = r#"{"version": 2,
            "horizon": {"start": "2026-12-08T00:00:00Z", "end": "2026-12-10T00:00:00Z"},
            "device": {"platform": "windows", "enrolled_at": "2026-12-01T09:00:00Z"}}"#;
        let plain = change_of(plain, &[]);
        assert!(plain.is_null());
    }
}
