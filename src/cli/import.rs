//! `simulate import FILE…`: reads what admins already have — the enrolment tasks exported from
//! Task Scheduler (XML, UTF-16 or UTF-8, one task or `schtasks /query /xml` output) and
//! `Get-ADSyncScheduler` output saved as text — and prints the scenario JSON the app would
//! open. Each file's kind is sniffed from its content. What was not used and what could not be
//! read go to standard error, so both can be scripted and checked.

use std::fmt::Write as _;
use std::process::ExitCode;

use chrono::{FixedOffset, Offset, TimeDelta, Utc};

use super::ArgsError;
use crate::engine::entra::{self, ServerScenario};
use crate::engine::intune::{self, DeviceScenario};
use crate::engine::{Instant, MAX_HORIZON, SCENARIO_VERSION, Scenario, Window};
use crate::present::task_import as words;
use crate::present::terms;
use crate::present::text::Lang;

/// How to use the subcommand.
pub const USAGE: &str = "\
usage: simulate import [--now <RFC 3339 instant>] [--zone <+HH:MM>] [--compact] <FILE>…

Reads Windows enrolment tasks exported from Task Scheduler (XML, as exported or from
schtasks /query /xml; several files make one device) and Get-ADSyncScheduler output saved as
text (the server), and prints the scenario JSON the app would open. Notes about what was not
used, and what could not be read, go to standard error.

--zone is the offset a StartBoundary without one is read in (default +00:00). --now is the
moment the Get-ADSyncScheduler output was printed (it also decides a date that reads two ways).

The horizon keeps each file's own time. It starts at --now; else, with Get-ADSyncScheduler
output, when that output was printed (one interval before its NextSyncCycleStartTimeInUTC, or
that time itself while a cycle runs: the scheduler sets the next start one interval after the
cycle it starts; community-entra-scheduler, Medium; the earliest moment is our choice, Low);
else at the enrolment. It runs for 7 days, or to 7 days after a later enrolment (400 days at
most). A device enrolled before the horizon keeps its enrolment and syncs in phase.

An output whose CurrentlyEffectiveSyncCycleInterval differs from its customized interval shows a
change a build before 1.1.281 applies after the next cycle (learn-entra-scheduler): the scenario
keeps the interval in effect, the printed one as a change at the horizon start, and
behaviour.build before_1_1_281, so the simulated Get-ADSyncScheduler prints what was pasted.

  simulate import \"Schedule #1.xml\" \"Schedule #2.xml\" \"Schedule #3.xml\" Login.xml
";

/// The horizon an imported scenario gets.
const HORIZON_DAYS: i64 = 7;

/// What `simulate import` was asked.
#[derive(Debug, PartialEq, Eq)]
pub struct ImportArgs {
    /// The files, in order.
    pub files: Vec<String>,
    /// Where the horizon starts, when given.
    pub now: Option<Instant>,
    /// The offset a `StartBoundary` without one is read in.
    pub zone: FixedOffset,
    /// One line of JSON instead of indented output.
    pub compact: bool,
}

/// An instant as the messages write it: `2026-11-21 10:30 UTC`.
fn day_time(t: Instant) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// Parses the arguments after `import`.
pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<ImportArgs, ArgsError> {
    let mut parsed = ImportArgs {
        files: Vec::new(),
        now: None,
        zone: Utc.fix(),
        compact: false,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| ArgsError::Bad(format!("{name} needs a value")))
        };
        match arg.as_str() {
            "-h" | "--help" => return Err(ArgsError::Help),
            "--compact" => parsed.compact = true,
            "--now" => parsed.now = Some(super::parse_instant(&value("--now")?)?),
            "--zone" => parsed.zone = parse_zone(&value("--zone")?)?,
            flag if flag.starts_with("--") => {
                return Err(ArgsError::Bad(format!("unknown option {flag}")));
            }
            _ => parsed.files.push(arg),
        }
    }
    if parsed.files.is_empty() {
        return Err(ArgsError::Bad("no file given to import".into()));
    }
    Ok(parsed)
}

fn parse_zone(text: &str) -> Result<FixedOffset, ArgsError> {
    let bad = || ArgsError::Bad(format!("'{text}' is not an offset such as +09:00"));
    if text.eq_ignore_ascii_case("utc") || text == "Z" {
        return Ok(Utc.fix());
    }
    let sign = match text.as_bytes().first() {
        Some(b'+') => 1,
        Some(b'-') => -1,
        _ => return Err(bad()),
    };
    let (h, m) = text[1..].split_once(':').ok_or_else(bad)?;
    let (h, m): (i32, i32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if !(0..=14).contains(&h) || !(0..60).contains(&m) {
        return Err(bad());
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60)).ok_or_else(bad)
}

/// What an import printed: the scenario on success, and the messages for standard error.
#[derive(Debug)]
pub struct Outcome {
    /// The scenario JSON, when something was imported.
    pub json: Option<String>,
    /// Notes and problems, one per line.
    pub messages: Vec<String>,
}

/// Imports named files' bytes into a scenario. Pure: the caller reads the files.
pub fn run(files: &[(String, Vec<u8>)], args: &ImportArgs) -> Outcome {
    let lang = Lang::En;
    let mut messages = Vec::new();
    let (xml, text): (Vec<_>, Vec<_>) = files
        .iter()
        .partition(|(_, bytes)| intune::looks_like_xml(bytes));

    let mut device = None;
    if !xml.is_empty() {
        let bytes: Vec<&[u8]> = xml.iter().map(|(_, b)| b.as_slice()).collect();
        let import = intune::import_task_xml_files(&bytes, &args.zone);
        for (i, (name, _)) in xml.iter().enumerate() {
            messages.push(format!("file {}: {name}", i + 1));
        }
        messages.push(words::summary(lang, &import));
        messages.extend(import.notes.iter().map(|n| words::note(lang, n)));
        messages.extend(import.problems.iter().map(|p| words::problem(lang, p)));
        if import.omitted > 0 {
            messages.push(words::OMITTED.fill(lang, &[&import.omitted.to_string()]));
        }
        if import.found_any() {
            match import.enrolled_at.or(args.now) {
                Some(enrolled) => {
                    let mut d = DeviceScenario::new(enrolled);
                    import.apply_to(&mut d);
                    device = Some(d);
                }
                None => messages.push(
                    "no enrolment time in the tasks (no Schedule #1/#2/#3 start): give --now"
                        .into(),
                ),
            }
        }
    }

    let mut server = None;
    for (k, (name, bytes)) in text.iter().enumerate() {
        if k > 0 {
            messages.push(format!(
                "{name}: only one server is read; this file is not used"
            ));
            continue;
        }
        let Some(text) = intune::decode_text(bytes) else {
            messages.push(format!("{name}: not text in UTF-8 or UTF-16"));
            continue;
        };
        let parsed = match args.now {
            Some(now) => entra::parse_get_adsyncscheduler_at(&text, now, None),
            None => entra::parse_get_adsyncscheduler(&text),
        };
        let found: Vec<&str> = parsed.found.iter().map(|f| f.name()).collect();
        messages.push(format!(
            "{name}: Get-ADSyncScheduler fields read: {}",
            found.join(", ")
        ));
        messages.extend(
            parsed
                .notes
                .iter()
                .map(|n| format!("{name}: {}", terms::import_note(n, lang))),
        );
        for u in &parsed.unknown {
            messages.push(format!(
                "{name}: line {}: unknown field {} = {}",
                u.line, u.name, u.value
            ));
        }
        for m in &parsed.malformed {
            let why = terms::line_problem(m.problem).get(lang);
            messages.push(format!("{name}: line {}: {why}: {}", m.line, m.text));
        }
        if !parsed.found.is_empty() {
            server = Some(parsed);
        }
    }

    if device.is_none() && server.is_none() {
        messages
            .push("nothing to import: no enrolment task and no Get-ADSyncScheduler field".into());
        return Outcome {
            json: None,
            messages,
        };
    }
    // Each part keeps its own time: the server's settings describe the moment its output was
    // printed, so the horizon starts then (or at --now, which says when); the device keeps its
    // enrolment, before the horizon or in it.
    let paste = server.as_ref().and_then(|p| p.printed_at());
    let enrolled = device.as_ref().map(|d| d.enrolled_at);
    let Some(start) = args.now.or(paste).or(enrolled) else {
        messages.push("no instant in the files to start the horizon at: give --now".into());
        return Outcome {
            json: None,
            messages,
        };
    };
    let latest = enrolled.map_or(start, |e| e.max(start));
    let end = (latest + TimeDelta::days(HORIZON_DAYS)).min(start + MAX_HORIZON.delta());
    let why = if args.now.is_some() {
        "--now"
    } else if paste.is_some() {
        "when the Get-ADSyncScheduler output was printed"
    } else {
        "the enrolment"
    };
    let horizon = format!(
        "horizon: {} to {} (from {why})",
        day_time(start),
        day_time(end)
    );
    if let Some(e) = enrolled.filter(|e| *e >= end) {
        messages.push(format!(
            "the device enrolled at {}, too long after the horizon's start ({}) for one \
             horizon ({} days at most): import the tasks and the output apart, or give \
             --now (the moment Get-ADSyncScheduler ran)",
            day_time(e),
            day_time(start),
            MAX_HORIZON.secs() / 86_400
        ));
        return Outcome {
            json: None,
            messages,
        };
    }
    // Said only once the horizon is not refused.
    messages.push(horizon);
    if let Some(e) = enrolled {
        if e < start {
            messages.push(format!(
                "the device enrolled at {}, before the horizon: its schedule carries on in \
                 phase, and its first syncs after enrolment are not shown (import the tasks \
                 alone to see them)",
                day_time(e)
            ));
        } else if latest > start {
            messages.push(format!(
                "the device enrolled after the horizon's start: the horizon runs to {} days \
                 after the enrolment",
                HORIZON_DAYS
            ));
        }
    }
    let server = server.map(|parsed| {
        let mut s = ServerScenario::default();
        if let Some(change) = parsed.apply_to_server(&mut s, start) {
            let in_effect = change.in_effect.map_or_else(
                || "no customized interval".to_owned(),
                |p| format!("a customized interval of {}", entra::timespan(p)),
            );
            let pending = change.pending.map_or_else(
                || "CustomizedSyncCycleInterval cleared".to_owned(),
                |p| format!("CustomizedSyncCycleInterval {} set", entra::timespan(p)),
            );
            messages.push(format!(
                "the output shows a change not yet in effect (a build before 1.1.281 applies \
                 it after the next cycle): the horizon starts with {in_effect} in effect and \
                 {pending}, behaviour.build before_1_1_281"
            ));
        }
        s
    });
    let scenario = Window::new(start, end).ok().map(|horizon| Scenario {
        version: SCENARIO_VERSION,
        horizon,
        display_zone: Default::default(),
        device,
        server,
        opens_on: None,
        change: None,
    });
    let Some(scenario) = scenario else {
        messages.push("the horizon could not be made from the files' instants".into());
        return Outcome {
            json: None,
            messages,
        };
    };
    if let Err(e) = scenario.validate() {
        messages.push(format!("the imported scenario is not valid: {e}"));
        return Outcome {
            json: None,
            messages,
        };
    }
    let json = if args.compact {
        serde_json::to_string(&scenario).unwrap_or_default()
    } else {
        scenario.to_json()
    };
    Outcome {
        json: Some(json),
        messages,
    }
}

/// The subcommand: reads the files, prints the scenario, reports on standard error.
pub fn main(args: impl IntoIterator<Item = String>) -> ExitCode {
    let args = match parse_args(args) {
        Ok(args) => args,
        Err(ArgsError::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(ArgsError::Bad(msg)) => {
            eprint!("simulate import: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut files = Vec::new();
    for name in &args.files {
        match std::fs::read(name) {
            Ok(bytes) => files.push((name.clone(), bytes)),
            Err(e) => {
                eprintln!("simulate import: cannot read {name}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let outcome = run(&files, &args);
    let mut err = String::new();
    for m in &outcome.messages {
        let _ = writeln!(err, "simulate import: {m}");
    }
    eprint!("{err}");
    match outcome.json {
        Some(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        None => ExitCode::from(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> (String, Vec<u8>) {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        (name.to_owned(), std::fs::read(&path).unwrap())
    }

    fn args(list: &[&str]) -> Result<ImportArgs, ArgsError> {
        parse_args(list.iter().map(|s| s.to_string()))
    }

    #[test]
    fn reads_files_zone_and_now() {
        let a = args(&[
            "a.xml",
            "--zone",
            "+09:00",
            "b.txt",
            "--now",
            "2026-11-21T00:00:00Z",
        ])
        .unwrap();
        assert_eq!(a.files, ["a.xml", "b.txt"]);
        assert_eq!(a.zone.local_minus_utc(), 9 * 3600);
        assert_eq!(
            args(&["x", "--zone", "-05:30"])
                .unwrap()
                .zone
                .local_minus_utc(),
            -19_800
        );
        assert!(matches!(args(&[]), Err(ArgsError::Bad(_))));
        assert!(matches!(
            args(&["x", "--zone", "Tokyo"]),
            Err(ArgsError::Bad(_))
        ));
        assert!(matches!(args(&["x", "--zone"]), Err(ArgsError::Bad(_))));
        assert_eq!(args(&["--help"]), Err(ArgsError::Help));
    }

    #[test]
    fn the_four_tasks_print_the_scenario_the_app_would_open() {
        let files: Vec<_> = [
            "schedule1.xml",
            "schedule2.xml",
            "schedule3.xml",
            "login.xml",
        ]
        .map(|f| fixture(&format!("tasks/{f}")))
        .into();
        let out = run(&files, &args(&["x"]).unwrap());
        let json = out.json.expect("a scenario");
        let scenario = Scenario::from_json(&json).unwrap();
        let device = scenario.device.unwrap();
        assert_eq!(
            device.enrolled_at,
            "2026-11-20T00:00:00Z".parse::<Instant>().unwrap()
        );
        assert_eq!(device.rule_set, intune::RuleSet::Learn2025_10);
        assert_eq!(scenario.horizon.start(), device.enrolled_at);
        assert!(scenario.server.is_none());
        assert!(
            out.messages
                .iter()
                .any(|m| m.starts_with("Imported 4 task(s)")),
            "{:?}",
            out.messages
        );
        assert!(out.messages.iter().any(|m| m.contains("Settings/Priority")));
    }

    #[test]
    fn xml_and_adsync_text_make_a_device_and_a_server() {
        let adsync = "AllowedSyncCycleInterval            : 00:30:00\r\nCustomizedSyncCycleInterval         : 01:00:00\r\nNextSyncCycleStartTimeInUTC         : 11/21/2026 10:30:00 AM\r\nSyncCycleEnabled                    : True\r\n";
        // Windows PowerShell 5 writes `> file` as UTF-16 LE with a byte-order mark.
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(adsync.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let files = vec![
            fixture("tasks/schedule3-every-4h-utf8.xml"),
            ("adsync.txt".to_owned(), utf16),
        ];
        let out = run(&files, &args(&["x", "--zone", "+09:00"]).unwrap());
        let scenario = Scenario::from_json(&out.json.unwrap()).unwrap();
        let server = scenario.server.unwrap();
        assert_eq!(
            server.scheduler.customized_sync_cycle_interval,
            Some(crate::engine::Period::hours(1))
        );
        let device = scenario.device.unwrap();
        assert_eq!(
            device.enrolled_at,
            "2026-11-20T00:00:00Z".parse::<Instant>().unwrap()
        );
        assert!(matches!(device.rule_set, intune::RuleSet::Custom(_)));
        // The task file says StartWhenAvailable true, and so does the device.
        assert!(device.scheduler.start_when_available);
        assert!(
            out.messages.iter().any(|m| m.contains("UTC+09:00")),
            "{:?}",
            out.messages
        );
    }

    #[test]
    fn a_server_alone_starts_when_its_output_was_printed_or_at_now() {
        let text =
            b"NextSyncCycleStartTimeInUTC : 11/21/2026 10:30:00 AM\nSyncCycleEnabled : True\n";
        let files = vec![("s.txt".to_owned(), text.to_vec())];
        let out = run(&files, &args(&["x"]).unwrap());
        let scenario = Scenario::from_json(&out.json.unwrap()).unwrap();
        assert!(scenario.device.is_none());
        // Printed after the cycle one interval (the default 30 minutes) before 10:30 began.
        let start: Instant = "2026-11-21T10:00:00Z".parse().unwrap();
        assert_eq!(scenario.horizon.start(), start);
        assert_eq!(scenario.horizon.end(), start + TimeDelta::days(7));
        // Without a date there is nothing to start the horizon at, unless --now says.
        let files = vec![("s.txt".to_owned(), b"SyncCycleEnabled : False\n".to_vec())];
        let out = run(&files, &args(&["x"]).unwrap());
        assert!(out.json.is_none());
        assert!(out.messages.last().unwrap().contains("--now"));
        let out = run(
            &files,
            &args(&["x", "--now", "2026-11-21T00:00:00Z"]).unwrap(),
        );
        let scenario = Scenario::from_json(&out.json.unwrap()).unwrap();
        assert!(!scenario.server.unwrap().scheduler.sync_cycle_enabled);
    }

    /// The four enrolment tasks (enrolled 2026-11-20 00:00 UTC) and the en-US
    /// `Get-ADSyncScheduler` fixture with its next start set to `next` (en-US text).
    fn tasks_and_paste(next: &str) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<_> = [
            "schedule1.xml",
            "schedule2.xml",
            "schedule3.xml",
            "login.xml",
        ]
        .map(|f| fixture(&format!("tasks/{f}")))
        .into();
        let (name, bytes) = fixture("adsync/en-us.txt");
        let text = String::from_utf8(bytes)
            .unwrap()
            .replace("1/23/2018 2:58:30 PM", next);
        files.push((name, text.into_bytes()));
        files
    }

    fn simulate(json: &str) -> (Scenario, crate::engine::Simulation) {
        let scenario = Scenario::from_json(json).unwrap();
        let sim = scenario.simulate().unwrap();
        (scenario, sim)
    }

    #[test]
    fn a_paste_months_after_the_enrolment_keeps_each_part_at_its_own_time() {
        // Issue 21, item 7: a device enrolled in November and a server pasted the next July
        // made a horizon from the enrolment to the paste, a server idle for months and a
        // warning that blamed the date's order.
        let out = run(
            &tasks_and_paste("7/14/2027 2:58:30 PM"),
            &args(&["x"]).unwrap(),
        );
        let (scenario, sim) = simulate(&out.json.expect("a scenario"));
        let next: Instant = "2027-07-14T14:58:30Z".parse().unwrap();
        // The horizon is the paste's week: it starts when the output was printed (one
        // interval before its next start) and runs for 7 days, as the help says.
        assert_eq!(scenario.horizon.start(), next - TimeDelta::minutes(30));
        assert_eq!(scenario.horizon.length(), TimeDelta::days(HORIZON_DAYS));
        // The device keeps its enrolment, before the horizon, and syncs in phase within it.
        let device = scenario.device.as_ref().unwrap();
        assert_eq!(
            device.enrolled_at,
            "2026-11-20T00:00:00Z".parse::<Instant>().unwrap()
        );
        assert!(sim.device.as_ref().unwrap().syncs().count() >= 7 * 3);
        // The server runs from its next start on, and no warning blames anything.
        let server = sim.server.as_ref().unwrap();
        assert_eq!(server.cycles[0].start, next);
        assert!(server.warnings.is_empty(), "{:?}", server.warnings);
        assert!(
            out.messages
                .iter()
                .any(|m| m.contains("before the horizon")),
            "{:?}",
            out.messages
        );
    }

    #[test]
    fn an_enrolment_after_the_paste_stretches_the_horizon_to_a_week_after_it() {
        let out = run(
            &tasks_and_paste("11/16/2026 9:30:00 AM"),
            &args(&["x"]).unwrap(),
        );
        let (scenario, sim) = simulate(&out.json.expect("a scenario"));
        let enrolled: Instant = "2026-11-20T00:00:00Z".parse().unwrap();
        assert_eq!(
            scenario.horizon.start(),
            "2026-11-16T09:00:00Z".parse::<Instant>().unwrap()
        );
        assert_eq!(
            scenario.horizon.end(),
            enrolled + TimeDelta::days(HORIZON_DAYS)
        );
        assert!(sim.server.as_ref().unwrap().warnings.is_empty());
        // Years apart (the fixture's 2018 sample), one horizon cannot hold both: say so.
        let out = run(
            &tasks_and_paste("1/23/2018 2:58:30 PM"),
            &args(&["x"]).unwrap(),
        );
        assert!(out.json.is_none());
        assert!(
            out.messages.last().unwrap().contains("--now"),
            "{:?}",
            out.messages
        );
        // A refused import makes no horizon, so none is announced before the refusal.
        assert!(
            !out.messages.iter().any(|m| m.starts_with("horizon:")),
            "{:?}",
            out.messages
        );
    }

    /// A pasted pending change (item 8): a build before 1.1.281 keeps the old interval in
    /// effect until the next cycle, so the customized and effective intervals differ.
    const PENDING: &str = "\
AllowedSyncCycleInterval            : 00:30:00
CurrentlyEffectiveSyncCycleInterval : 00:30:00
CustomizedSyncCycleInterval         : 01:00:00
NextSyncCyclePolicyType             : Delta
NextSyncCycleStartTimeInUTC         : 11/21/2026 10:30:00 AM
PurgeRunHistoryInterval             : 7.00:00:00
SyncCycleEnabled                    : True
MaintenanceEnabled                  : True
StagingModeEnabled                  : False
SchedulerSuspended                  : False
SyncCycleInProgress                 : False
";

    #[test]
    fn at_the_paste_s_instant_the_printed_state_is_the_paste() {
        let files = vec![("pending.txt".to_owned(), PENDING.as_bytes().to_vec())];
        for (flags, at) in [
            (
                vec!["x", "--now", "2026-11-21T10:05:00Z"],
                "2026-11-21T10:05:00Z",
            ),
            // Without --now the paste's instant is the horizon start.
            (vec!["x"], "2026-11-21T10:00:00Z"),
        ] {
            let out = run(&files, &args(&flags).unwrap());
            assert!(
                out.messages.iter().any(|m| m.contains("1.1.281")),
                "{:?}",
                out.messages
            );
            // The allowed interval in effect is said as such, not as a value "not customized".
            assert!(
                out.messages
                    .iter()
                    .any(|m| m
                        .contains("the horizon starts with no customized interval in effect and")),
                "{:?}",
                out.messages
            );
            let (scenario, sim) = simulate(&out.json.expect("a scenario"));
            let at: Instant = at.parse().unwrap();
            assert_eq!(scenario.horizon.start(), at);
            let server = sim.server.as_ref().unwrap();
            let printed = server.answers(at).get_adsyncscheduler.to_powershell();
            assert_eq!(printed.as_deref(), Some(PENDING), "{flags:?}");
            // The new interval takes over after the next cycle: 10:30, then hourly.
            let starts: Vec<Instant> = server.cycles.iter().take(3).map(|c| c.start).collect();
            let first: Instant = "2026-11-21T10:30:00Z".parse().unwrap();
            assert_eq!(
                starts,
                [
                    first,
                    first + TimeDelta::hours(1),
                    first + TimeDelta::hours(2)
                ]
            );
        }
    }

    #[test]
    fn nothing_readable_is_a_failure_with_reasons() {
        let files = vec![
            fixture("tasks/broken-values.xml"),
            ("empty.txt".into(), Vec::new()),
        ];
        let out = run(&files, &args(&["x"]).unwrap());
        assert!(out.json.is_none());
        assert!(
            out.messages
                .iter()
                .any(|m| m.contains("Triggers/TimeTrigger/Repetition/Interval")),
            "{:?}",
            out.messages
        );
        assert!(
            out.messages
                .last()
                .unwrap()
                .starts_with("nothing to import")
        );
    }
}
