use chrono::FixedOffset;

use super::*;
use crate::engine::intune::scenario::{CustomPoll, PollSet};

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/tasks/",
            $name
        ))
    };
}

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap()
}

fn tokyo() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).unwrap()
}

fn at(text: &str) -> Instant {
    text.parse().unwrap()
}

const FOUR: [&[u8]; 4] = [
    fixture!("schedule1.xml"),
    fixture!("schedule2.xml"),
    fixture!("schedule3.xml"),
    fixture!("login.xml"),
];

#[test]
fn the_four_utf16_exports_are_the_published_schedule_enrolled_at_schedule_1s_start() {
    let r = import_task_xml_files(&FOUR, &utc());
    assert_eq!(r.encodings, vec![Some(Encoding::Utf16Le); 4]);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.rule_set, Some(RuleSet::Learn2025_10));
    assert_eq!(r.enrolled_at, Some(at("2026-11-20T00:00:00Z")));
    assert_eq!(
        r.tasks.iter().map(|t| t.task).collect::<Vec<_>>(),
        EnrolmentTask::ALL
    );
    assert_eq!(r.tasks[0].at, At { file: 1, line: 2 });
    assert_eq!(r.tasks[2].duration, None);
    assert_eq!(r.knobs.start_when_available, Some(true));
    assert_eq!(r.knobs.random_delay, Some(Delay::ZERO));
    // Nothing moved, nothing missing; the limit and the unused elements are told.
    assert!(!r.notes.iter().any(|n| matches!(
        n,
        Note::StartMoved { .. } | Note::MissingTask { .. } | Note::LocalTimeAssumed { .. }
    )));
    assert!(r.notes.contains(&Note::ExecutionTimeLimitNotModelled {
        limit: Delay::minutes(60)
    }));
    let priority = r.notes.iter().find_map(|n| match n {
        Note::Unused {
            element,
            value,
            count,
            at,
        } if element == "Settings/Priority" => Some((value.clone(), *count, *at)),
        _ => None,
    });
    assert_eq!(priority, Some(("7".into(), 4, At { file: 1, line: 41 })));
    for element in [
        "Actions/Exec/Command",
        "Principals/Principal/UserId",
        "Settings/IdleSettings/StopOnIdleEnd",
        "Triggers/TimeTrigger/Repetition/StopAtDurationEnd",
        "RegistrationInfo/Author",
    ] {
        assert!(
            r.notes
                .iter()
                .any(|n| matches!(n, Note::Unused { element: e, .. } if e == element)),
            "{element} not listed"
        );
    }
}

#[test]
fn one_task_alone_keeps_the_published_values_of_the_others() {
    let r = import_task_xml(fixture!("schedule3.xml"), &utc());
    assert_eq!(r.rule_set, Some(RuleSet::Learn2025_10));
    // Worked back from #3: 11:15 +09:00 less 15 min and 2 h.
    assert_eq!(r.enrolled_at, Some(at("2026-11-20T00:00:00Z")));
    assert!(r.notes.contains(&Note::EnrolmentFrom {
        task: EnrolmentTask::Schedule3
    }));
    for task in [
        EnrolmentTask::Schedule1,
        EnrolmentTask::Schedule2,
        EnrolmentTask::LoginSchedule,
    ] {
        assert!(r.notes.contains(&Note::MissingTask { task }));
    }
    // The Login Schedule alone gives no enrolment instant.
    let login = import_task_xml(fixture!("login.xml"), &utc());
    assert_eq!(login.rule_set, Some(RuleSet::Learn2025_10));
    assert_eq!(login.enrolled_at, None);
}

#[test]
fn a_start_without_offset_is_read_at_its_own_seasons_offset() {
    /// A clock on summer time (+02:00) until 25 October 2026 01:00 UTC, winter time (+01:00)
    /// after: the browser reads a winter task while it is summer.
    struct Autumn;
    impl LocalClock for Autumn {
        fn offset_at(&self, t: crate::engine::Instant) -> FixedOffset {
            let hours = if t < at("2026-10-25T01:00:00Z") { 2 } else { 1 };
            FixedOffset::east_opt(hours * 3600).unwrap()
        }
    }
    let r = import_task_xml_files(
        &[
            fixture!("schedule1.xml"),
            fixture!("schedule3-every-4h-utf8.xml"),
        ],
        &Autumn,
    );
    // 20 November 11:15 is winter time: 10:15 UTC, not the 09:15 summer's offset would give.
    // It is not where the model's chain puts #3 (02:15): the task's own start is used.
    assert!(r.notes.contains(&Note::OwnStart {
        task: EnrolmentTask::Schedule3,
        start: at("2026-11-20T10:15:00Z"),
    }));
    assert!(r.notes.contains(&Note::LocalTimeAssumed {
        offset: "+01:00".into()
    }));
}

#[test]
fn a_changed_task_in_utf8_makes_a_custom_rule_set_read_in_the_given_zone() {
    let r = import_task_xml_files(
        &[
            fixture!("schedule1.xml"),
            fixture!("schedule3-every-4h-utf8.xml"),
        ],
        &tokyo(),
    );
    assert_eq!(
        r.encodings,
        vec![Some(Encoding::Utf16Le), Some(Encoding::Utf8)]
    );
    assert_eq!(
        r.rule_set,
        Some(RuleSet::Custom(CustomPoll {
            first: Some(PollSet::new(Period::minutes(3), 5)),
            second: Some(PollSet::new(Period::minutes(15), 8)),
            remaining: Some(PollSet::new(Period::hours(4), 0)),
            poll_on_login: true,
            extra: Vec::new(),
        }))
    );
    assert!(r.notes.contains(&Note::LocalTimeAssumed {
        offset: "+09:00".into()
    }));
    assert!(r.notes.contains(&Note::NetworkConditionOff {
        task: EnrolmentTask::Schedule3
    }));
    // 11:15 in Tokyo is where the model starts #3: nothing moved.
    assert!(!r.notes.iter().any(|n| matches!(n, Note::StartMoved { .. })));
    // Read in UTC instead, the same text is nine hours later than the model's chain: the set
    // starts at the task's own start, 11 h 15 min after enrolment (00:00 UTC).
    let r = import_task_xml_files(
        &[
            fixture!("schedule1.xml"),
            fixture!("schedule3-every-4h-utf8.xml"),
        ],
        &utc(),
    );
    assert!(r.notes.contains(&Note::OwnStart {
        task: EnrolmentTask::Schedule3,
        start: at("2026-11-20T11:15:00Z"),
    }));
    let Some(RuleSet::Custom(c)) = &r.rule_set else {
        panic!("{:?}", r.rule_set)
    };
    assert_eq!(
        c.remaining.and_then(|s| s.starts_after),
        Some(Delay::minutes(11 * 60 + 15))
    );
}

#[test]
fn schtasks_folder_output_reads_every_task_by_its_comment() {
    let r = import_task_xml(fixture!("schtasks-folder.xml"), &utc());
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.tasks.len(), 4);
    assert_eq!(r.rule_set, Some(RuleSet::Learn2025_10));
    assert_eq!(r.enrolled_at, Some(at("2026-11-20T00:00:00Z")));
    let other = r.notes.iter().find_map(|n| match n {
        Note::OtherTask { name, .. } => Some(name.clone()),
        _ => None,
    });
    assert_eq!(
        other.as_deref(),
        Some("Schedule to run OMADMClient by client")
    );
    // Each task's line is its own, counted through the whole file.
    let lines: Vec<usize> = r.tasks.iter().map(|t| t.at.line).collect();
    assert!(lines.windows(2).all(|w| w[0] < w[1]), "{lines:?}");
}

#[test]
fn several_exports_pasted_as_one_text_are_all_read() {
    let mut text = String::new();
    for name in ["Schedule #1", "Schedule #2"] {
        text.push_str(&format!(
            "<?xml version=\"1.0\"?>\n<Task><RegistrationInfo><URI>\\X\\{name} created by enrollment client</URI></RegistrationInfo>\n<Triggers><TimeTrigger><StartBoundary>2026-11-20T09:00:00Z</StartBoundary><Repetition><Interval>PT5M</Interval><Duration>PT20M</Duration></Repetition></TimeTrigger></Triggers></Task>\n"
        ));
    }
    let r = import_task_xml(text.as_bytes(), &utc());
    assert_eq!(r.tasks.len(), 2);
    assert_eq!(r.tasks[1].at.line, 5);
    let Some(RuleSet::Custom(c)) = r.rule_set else {
        panic!("{:?}", r.rule_set)
    };
    // Schedule #2 starts at 09:00 in the text, where the chain would say 09:20: its own
    // start is used.
    assert_eq!(
        c.second,
        Some(PollSet {
            starts_after: Some(Delay::ZERO),
            ..PollSet::new(Period::minutes(5), 4)
        })
    );
    assert!(r.notes.contains(&Note::OwnStart {
        task: EnrolmentTask::Schedule2,
        start: at("2026-11-20T09:00:00Z"),
    }));
    // No settings at all: StartWhenAvailable is absent, which the schema reads as false.
    assert_eq!(r.knobs.start_when_available, Some(false));
}

#[test]
fn broken_files_are_problems_naming_element_and_line() {
    let r = import_task_xml(fixture!("broken-unclosed.xml"), &utc());
    assert_eq!(r.encodings, vec![Some(Encoding::Utf8Bom)]);
    assert_eq!(r.problems.len(), 1);
    assert_eq!(r.problems[0].kind, ProblemKind::NotXml);
    assert!(r.problems[0].at.line > 10, "{:?}", r.problems[0]);
    assert!(r.notes.contains(&Note::NothingRecognized));
    assert_eq!(r.rule_set, None);

    let r = import_task_xml(fixture!("broken-values.xml"), &utc());
    let found: Vec<(Option<&str>, ProblemKind, usize)> = r
        .problems
        .iter()
        .map(|p| (p.element.as_deref(), p.kind, p.at.line))
        .collect();
    assert_eq!(
        found,
        [
            (
                Some("Triggers/TimeTrigger/Repetition/Interval"),
                ProblemKind::BadDuration,
                10
            ),
            (
                Some("Triggers/TimeTrigger/StartBoundary"),
                ProblemKind::BadDateTime,
                14
            ),
            (Some("Settings/WakeToRun"), ProblemKind::BadBoolean, 39),
        ]
    );
    assert_eq!(r.problems[0].text, "PT15X");
    // The broken task is not used, so nothing is imported.
    assert_eq!(r.rule_set, None);

    let r = import_task_xml(fixture!("broken-bytes.xml"), &utc());
    assert_eq!(r.encodings, vec![None]);
    assert_eq!(r.problems[0].kind, ProblemKind::NotText);
    assert_eq!(r.problems[0].at.line, 3);

    let r = import_task_xml(fixture!("not-a-task.xml"), &utc());
    assert_eq!(r.problems[0].kind, ProblemKind::NoTask);
    assert_eq!(r.problems[0].text, "Configuration");
    assert_eq!(r.problems[0].at.line, 2);
}

#[test]
fn a_broken_task_next_to_good_ones_keeps_the_published_values() {
    let r = import_task_xml_files(
        &[fixture!("schedule1.xml"), fixture!("broken-values.xml")],
        &utc(),
    );
    assert_eq!(r.rule_set, Some(RuleSet::Learn2025_10));
    assert_eq!(r.problems.len(), 3);
    assert!(r.problems.iter().all(|p| p.at.file == 2));
    // Schedule #2 was there, only unreadable: not "missing".
    assert!(!r.notes.contains(&Note::MissingTask {
        task: EnrolmentTask::Schedule2
    }));
}

fn task(name: &str, body: &str) -> String {
    format!(
        "<Task><RegistrationInfo><URI>\\{name} created by enrollment client</URI></RegistrationInfo>{body}</Task>"
    )
}

fn trigger(start: &str, repetition: &str, extra: &str) -> String {
    format!(
        "<Triggers><TimeTrigger><StartBoundary>{start}</StartBoundary>{repetition}{extra}</TimeTrigger></Triggers>"
    )
}

#[test]
fn disabled_one_shot_rounded_and_after_indefinite_sets_are_told() {
    let s1 = task(
        "Schedule #1",
        &trigger(
            "2026-11-20T09:00:00Z",
            "<Repetition><Interval>PT7M</Interval><Duration>PT15M</Duration></Repetition>",
            "<RandomDelay>PT2M</RandomDelay>",
        ),
    );
    let s2 = task(
        "Schedule #2",
        &trigger(
            "2026-11-20T09:14:00Z",
            "<Repetition><Interval>PT1H</Interval></Repetition>",
            "",
        ),
    );
    let s3 = task(
        "Schedule #3",
        &trigger("2026-11-20T11:00:00Z", "", "<Enabled>false</Enabled>"),
    );
    let login = task(
        "Login Schedule",
        "<Triggers><LogonTrigger><UserId>CONTOSO\\ann</UserId></LogonTrigger></Triggers><Settings><WakeToRun>true</WakeToRun><Enabled>false</Enabled></Settings>",
    );
    let text = format!("<Tasks>{s1}{s2}{s3}{login}</Tasks>");
    let r = import_task_xml(text.as_bytes(), &utc());
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(
        r.rule_set,
        Some(RuleSet::Custom(CustomPoll {
            first: Some(PollSet {
                random_delay: Some(Delay::minutes(2)),
                ..PollSet::new(Period::minutes(7), 2)
            }),
            second: Some(PollSet {
                random_delay: Some(Delay::ZERO),
                ..PollSet::new(Period::hours(1), 0)
            }),
            remaining: None,
            poll_on_login: false,
            extra: Vec::new(),
        }))
    );
    for note in [
        Note::CountRounded {
            task: EnrolmentTask::Schedule1,
            count: 2,
        },
        Note::DisabledTask {
            task: EnrolmentTask::Schedule3,
        },
        Note::DisabledTask {
            task: EnrolmentTask::LoginSchedule,
        },
        Note::LogonOfOneUser,
        Note::WakeToRunNotModelled,
        Note::OwnRandomDelays,
    ] {
        assert!(r.notes.contains(&note), "{note:?} not in {:?}", r.notes);
    }
    // #1 has PT2M and #2 none (#3 is disabled): each set keeps its own, nothing is merged.
    assert_eq!(r.knobs.random_delay, None);

    // An indefinite first set leaves no room for the others.
    let s1 = task(
        "Schedule #1",
        &trigger(
            "2026-11-20T09:00:00Z",
            "<Repetition><Interval>PT3M</Interval></Repetition>",
            "",
        ),
    );
    let r = import_task_xml(s1.as_bytes(), &utc());
    assert!(r.notes.contains(&Note::AfterIndefinite {
        task: EnrolmentTask::Schedule2
    }));
    let Some(RuleSet::Custom(c)) = r.rule_set else {
        panic!()
    };
    assert!(c.second.is_none() && c.remaining.is_none());
}

#[test]
fn an_imported_device_is_a_valid_scenario() {
    use crate::engine::{SCENARIO_VERSION, Scenario, Window};
    let imports = [
        import_task_xml_files(&FOUR, &utc()),
        import_task_xml(fixture!("schedule3-every-4h-utf8.xml"), &tokyo()),
        import_task_xml(fixture!("schtasks-folder.xml"), &utc()),
    ];
    for r in imports {
        let enrolled = r.enrolled_at.unwrap();
        let mut device = DeviceScenario::new(at("2026-01-01T00:00:00Z"));
        r.apply_to(&mut device);
        assert_eq!(device.enrolled_at, enrolled);
        let scenario = Scenario {
            version: SCENARIO_VERSION,
            horizon: Window::starting(enrolled, Period::days(2)),
            display_zone: Default::default(),
            device: Some(device),
            server: None,
            opens_on: None,
            change: None,
        };
        scenario.validate().unwrap();
        assert!(
            !scenario
                .simulate()
                .unwrap()
                .device
                .unwrap()
                .events
                .is_empty()
        );
    }
}

#[test]
fn limits_hold_whatever_the_input() {
    let big = vec![b' '; MAX_TASK_XML_BYTES + 1];
    let r = import_task_xml(&big, &utc());
    assert_eq!(r.problems[0].kind, ProblemKind::TooLarge);
    let many = format!("<Tasks>{}</Tasks>", "<Task/>".repeat(MAX_TASKS + 5));
    let r = import_task_xml(many.as_bytes(), &utc());
    assert!(r.notes.contains(&Note::TooManyTasks));
    let deep = format!("<Task>{}</Task>", "<a/>".repeat(MAX_XML_NODES as usize));
    let r = import_task_xml(deep.as_bytes(), &utc());
    assert_eq!(r.problems[0].kind, ProblemKind::TooManyNodes);
    // A DTD (an entity expansion attack) is refused, not expanded.
    let dtd = "<!DOCTYPE t [<!ENTITY a \"aaaa\">]><Task>&a;</Task>";
    assert_eq!(
        import_task_xml(dtd.as_bytes(), &utc()).problems[0].kind,
        ProblemKind::NotXml
    );
    // Deep nesting in an unused element is listed without recursing to the bottom.
    let deep = task(
        "Schedule #3",
        &format!(
            "{}{}{}",
            trigger(
                "2026-11-20T09:00:00Z",
                "<Repetition><Interval>PT8H</Interval></Repetition>",
                ""
            ),
            "<Data>".repeat(3000),
            "</Data>".repeat(3000)
        ),
    );
    let r = import_task_xml(deep.as_bytes(), &utc());
    assert!(r.found_any(), "{:?}", r.problems);
    assert!(r.notes.iter().any(
        |n| matches!(n, Note::Unused { element, .. } if element.matches("Data").count() == 9)
    ));
    for bytes in [
        &b""[..],
        b"\xff\xfe",
        b"\xfe\xff\x00",
        b"<",
        b"<Task>",
        b"\x00<\x00",
    ] {
        let r = import_task_xml(bytes, &utc());
        assert_eq!(r.rule_set, None);
    }
}

#[test]
fn names_and_content_are_sniffed() {
    assert_eq!(
        EnrolmentTask::from_name(
            "\\Microsoft\\Windows\\EnterpriseMgmt\\{X}\\Login Schedule created by enrollment client"
        ),
        Some(EnrolmentTask::LoginSchedule)
    );
    assert_eq!(
        EnrolmentTask::from_name("schedule #3 created by ENROLLMENT client"),
        Some(EnrolmentTask::Schedule3)
    );
    assert_eq!(
        EnrolmentTask::from_name("Schedule to run OMADMClient by client"),
        None
    );
    for task in EnrolmentTask::ALL {
        assert_eq!(EnrolmentTask::from_name(task.name()), Some(task));
    }
    assert!(looks_like_xml(fixture!("schedule1.xml")));
    assert!(looks_like_xml(b"\n  <Task/>"));
    assert!(!looks_like_xml(b"AllowedSyncCycleInterval : 00:30:00"));
}

#[test]
fn end_boundaries_further_triggers_and_logon_triggers_on_schedules_are_kept_or_named() {
    let time = |start: &str, repetition: &str, extra: &str| {
        format!(
            "<TimeTrigger><StartBoundary>{start}</StartBoundary>{repetition}{extra}</TimeTrigger>"
        )
    };
    let every = |i: &str, d: &str| {
        let d = if d.is_empty() {
            String::new()
        } else {
            format!("<Duration>{d}</Duration>")
        };
        format!("<Repetition><Interval>{i}</Interval>{d}</Repetition>")
    };
    let s1 = task(
        "Schedule #1",
        &format!(
            "<Triggers>{}</Triggers>",
            time(
                "2026-11-20T09:00:00Z",
                &every("PT3M", "PT15M"),
                "<EndBoundary>2026-11-20T09:05:00Z</EndBoundary>"
            )
        ),
    );
    let s2 = task(
        "Schedule #2",
        &format!(
            "<Triggers>{}{}{}<LogonTrigger/></Triggers>",
            time("2026-11-20T09:15:00Z", &every("PT15M", "PT2H"), ""),
            time(
                "2026-11-20T12:00:00Z",
                &every("PT1H", ""),
                "<Enabled>false</Enabled>"
            ),
            time("2026-11-21T12:00:00Z", "", ""),
        ),
    );
    let s3 = task(
        "Schedule #3",
        &format!(
            "<Triggers>{}{}<CalendarTrigger/></Triggers>",
            time("2026-11-20T11:15:00Z", &every("PT8H", ""), ""),
            time(
                "2026-11-20T08:00:00Z",
                &every("PT1H", "PT5H"),
                "<RandomDelay>PT5M</RandomDelay><EndBoundary>2026-11-20T12:30:00Z</EndBoundary>"
            ),
        ),
    );
    let login = task(
        "Login Schedule",
        &format!(
            "<Triggers>{}</Triggers><Settings><Enabled>false</Enabled></Settings>",
            time("2026-11-20T09:00:00Z", &every("PT1H", ""), "")
        ),
    );
    let text = format!("<Tasks>{s1}{s2}{s3}{login}</Tasks>");
    let r = import_task_xml(text.as_bytes(), &utc());
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let Some(RuleSet::Custom(c)) = &r.rule_set else {
        panic!("{:?}", r.rule_set)
    };
    // #1's end boundary, 5 min after enrolment; the logon trigger on #2 polls at logon.
    assert_eq!(c.first.and_then(|s| s.ends_after), Some(Delay::minutes(5)));
    assert!(c.poll_on_login);
    // #3's second trigger began an hour before enrolment: its first run after it is at
    // enrolment, and 4 of its 5 intervals are left.
    assert_eq!(
        c.extra,
        vec![crate::engine::intune::scenario::ExtraTrigger {
            task: crate::engine::intune::scenario::PollTask::Remaining,
            starts_after: Delay::ZERO,
            interval: Period::hours(1),
            count: 4,
            ends_after: Some(Delay::minutes(210)),
            random_delay: Some(Delay::minutes(5)),
        }]
    );
    fn trigger_note(n: &Note) -> Option<(&str, bool)> {
        match n {
            Note::ExtraTrigger { runs, .. } => Some(("extra", *runs)),
            Note::TriggerNotModelled { trigger, .. } => Some((trigger.as_str(), false)),
            _ => None,
        }
    }
    let told: Vec<(&str, bool)> = r.notes.iter().filter_map(trigger_note).collect();
    assert_eq!(
        told,
        [
            ("extra", false),       // #2's disabled second trigger
            ("TimeTrigger", false), // #2's one-time trigger
            ("CalendarTrigger", false),
            ("extra", true), // #3's second trigger
        ]
    );
    assert!(r.notes.contains(&Note::LogonTriggerOn {
        task: EnrolmentTask::Schedule2
    }));
    assert!(r.notes.contains(&Note::EndBoundary {
        task: EnrolmentTask::Schedule1,
        end: at("2026-11-20T09:05:00Z"),
    }));
    // The disabled Login Schedule's time trigger changes nothing: not named as left out.
    assert_eq!(r.left_out().count(), 2, "{:?}", r.notes);
}
