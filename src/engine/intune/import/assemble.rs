//! From tasks as read to the device's schedule: the poll sets (published or custom), the
//! enrolment instant, the scheduler settings, and a note for each choice made on the way.
//!
//! The engine's model (`docs/scenario-device.md`): set 1 starts at enrolment and each later set
//! where the previous enabled set's span (`interval × count`) ends. A task's own
//! `StartBoundary` that disagrees is noted, not followed.

use std::collections::HashMap;

use super::read::{Read, TaskRead};
use super::{At, EnrolmentTask, MAX_REPORTED, Note, TaskFound, TaskImport, TaskKnobs};
use crate::engine::intune::scenario::{CustomPoll, PollSet, RuleSet};
use crate::engine::time::{Delay, Instant, Period};

/// The published Windows poll sets (`learn_2025_10`): 3 min × 5, 15 min × 8, 8 h indefinitely.
const PUBLISHED: [PollSet; 3] = [
    PollSet {
        interval: Period::minutes(3),
        count: 5,
    },
    PollSet {
        interval: Period::minutes(15),
        count: 8,
    },
    PollSet {
        interval: Period::hours(8),
        count: 0,
    },
];

/// Which task's settings speak for all, when they differ: the maintenance task first.
const PREFERENCE: [EnrolmentTask; 4] = [
    EnrolmentTask::Schedule3,
    EnrolmentTask::Schedule1,
    EnrolmentTask::Schedule2,
    EnrolmentTask::LoginSchedule,
];

pub(super) fn assemble(read: Read) -> TaskImport {
    let mut notes = read.notes;
    let mut chosen: [Option<&TaskRead>; 4] = [None; 4];
    let mut broken = [false; 4];
    for t in &read.tasks {
        let Some(task) = t.task else { continue };
        let i = task as usize;
        if chosen[i].is_some() || broken[i] {
            let at = t.at.unwrap_or(At { file: 1, line: 1 });
            notes.push(Note::DuplicateTask { task, at });
        } else if t.broken {
            broken[i] = true;
        } else {
            chosen[i] = Some(t);
        }
    }
    let mut result = TaskImport {
        encodings: read.encodings,
        tasks: Vec::new(),
        rule_set: None,
        enrolled_at: None,
        knobs: TaskKnobs::default(),
        notes: Vec::new(),
        problems: read.problems,
        omitted: read.omitted,
    };
    if chosen.iter().all(Option::is_none) {
        notes.push(Note::NothingRecognized);
        result.notes = notes;
        return cap(result);
    }
    for task in EnrolmentTask::ALL {
        let i = task as usize;
        if let Some(t) = chosen[i] {
            result.tasks.push(found(task, t));
        } else if !broken[i] {
            notes.push(Note::MissingTask { task });
        }
    }

    let sets = poll_sets(&chosen, &mut notes);
    let poll_on_login = match chosen[3] {
        None => true,
        Some(t) => {
            if !t.enabled {
                notes.push(Note::DisabledTask {
                    task: EnrolmentTask::LoginSchedule,
                });
            }
            if t.logon_user {
                notes.push(Note::LogonOfOneUser);
            }
            t.enabled && t.logon
        }
    };
    result.rule_set = Some(if sets == PUBLISHED.map(Some) && poll_on_login {
        RuleSet::Learn2025_10
    } else {
        RuleSet::Custom(CustomPoll {
            first: sets[0],
            second: sets[1],
            remaining: sets[2],
            poll_on_login,
        })
    });
    result.enrolled_at = enrolment(&chosen, &sets, &mut notes);
    result.knobs = knobs(&chosen, &mut notes);
    settings_notes(&chosen, &read.local_offsets, &mut notes);
    unused(&chosen, read.unused, &mut notes);
    result.notes = notes;
    cap(result)
}

fn found(task: EnrolmentTask, t: &TaskRead) -> TaskFound {
    let time = t.time.unwrap_or_default();
    TaskFound {
        task,
        at: t.at.unwrap_or(At { file: 1, line: 1 }),
        enabled: t.enabled,
        start: time.start,
        interval: time.interval,
        duration: time.duration,
    }
}

/// The three poll sets: imported where a task was read, published where not.
fn poll_sets(chosen: &[Option<&TaskRead>; 4], notes: &mut Vec<Note>) -> [Option<PollSet>; 3] {
    let mut sets = PUBLISHED.map(Some);
    for (i, task) in EnrolmentTask::ALL[..3].iter().copied().enumerate() {
        let Some(t) = chosen[i] else { continue };
        sets[i] = None;
        if !t.enabled {
            notes.push(Note::DisabledTask { task });
            continue;
        }
        let Some(time) = t.time.filter(|time| time.repetition) else {
            notes.push(Note::NoRepetition { task });
            continue;
        };
        let Some(interval) = time.interval else {
            continue;
        };
        let count = match time.duration {
            None => 0,
            Some(d) => {
                let whole = d.secs() / interval.secs();
                let count = whole.max(1);
                if d.secs() % interval.secs() != 0 || whole == 0 {
                    notes.push(Note::CountRounded { task, count });
                }
                count
            }
        };
        sets[i] = Some(PollSet { interval, count });
    }
    let mut ended = false;
    for (i, task) in EnrolmentTask::ALL[..3].iter().copied().enumerate() {
        if ended && sets[i].is_some() {
            notes.push(Note::AfterIndefinite { task });
            sets[i] = None;
        }
        ended |= sets[i].is_some_and(|s| s.count == 0);
    }
    sets
}

/// How long set `i` runs before the next starts; `None` when it never ends.
fn span(set: Option<PollSet>) -> Option<i64> {
    match set {
        None => Some(0),
        Some(s) if s.count == 0 => None,
        Some(s) => Some(i64::from(s.interval.secs()) * i64::from(s.count)),
    }
}

/// The enrolment instant: Schedule #1's start, else worked back from a later set's start.
fn enrolment(
    chosen: &[Option<&TaskRead>; 4],
    sets: &[Option<PollSet>; 3],
    notes: &mut Vec<Note>,
) -> Option<Instant> {
    let start = |i: usize| chosen[i].and_then(|t| t.time).and_then(|time| time.start);
    // Seconds from enrolment to the start of set i, by the model.
    let offset = |i: usize| -> Option<i64> { sets[..i].iter().map(|s| span(*s)).sum() };
    let enrolled = match start(0) {
        Some(t) => t,
        None => {
            let (i, t) = (1..3).find_map(|i| Some((i, start(i)?)))?;
            let back = offset(i)?;
            notes.push(Note::EnrolmentFrom {
                task: EnrolmentTask::ALL[i],
            });
            t - chrono::TimeDelta::seconds(back)
        }
    };
    for (i, set) in sets.iter().enumerate().skip(1) {
        let (Some(imported), Some(off), Some(_)) = (start(i), offset(i), set) else {
            continue;
        };
        let used = enrolled + chrono::TimeDelta::seconds(off);
        if used != imported {
            notes.push(Note::StartMoved {
                task: EnrolmentTask::ALL[i],
                imported,
                used,
            });
        }
    }
    Some(enrolled)
}

/// The settings held once for all sets, from the maintenance task first.
fn knobs(chosen: &[Option<&TaskRead>; 4], notes: &mut Vec<Note>) -> TaskKnobs {
    let swa = pick(chosen, notes, "Settings/StartWhenAvailable", |t| {
        Some(t.start_when_available)
    });
    let delay = pick(chosen, notes, "Triggers/TimeTrigger/RandomDelay", |t| {
        t.time.map(|time| time.random_delay.unwrap_or(Delay::ZERO))
    });
    TaskKnobs {
        start_when_available: swa,
        random_delay: delay,
    }
}

fn pick<T: PartialEq + Copy>(
    chosen: &[Option<&TaskRead>; 4],
    notes: &mut Vec<Note>,
    element: &str,
    value: impl Fn(&TaskRead) -> Option<T>,
) -> Option<T> {
    let values: Vec<(EnrolmentTask, T)> = PREFERENCE
        .iter()
        .filter_map(|&task| Some((task, value(chosen[task as usize]?)?)))
        .collect();
    let &(taken_from, first) = values.first()?;
    if values.iter().any(|&(_, v)| v != first) {
        notes.push(Note::SettingsDiffer {
            element: element.into(),
            taken_from,
        });
    }
    Some(first)
}

/// Notes on settings the engine does not follow as written.
fn settings_notes(
    chosen: &[Option<&TaskRead>; 4],
    local_offsets: &[chrono::FixedOffset],
    notes: &mut Vec<Note>,
) {
    let tasks = || chosen.iter().flatten();
    if tasks().any(|t| t.wake_to_run) {
        notes.push(Note::WakeToRunNotModelled);
    }
    for (task, t) in EnrolmentTask::ALL.iter().zip(chosen) {
        if t.is_some_and(|t| !t.run_only_if_network) {
            notes.push(Note::NetworkConditionOff { task: *task });
        }
    }
    let limit = tasks()
        .filter_map(|t| t.execution_time_limit)
        .filter(|d| *d > Delay::ZERO)
        .max();
    if let Some(limit) = limit {
        notes.push(Note::ExecutionTimeLimitNotModelled { limit });
    }
    if tasks().any(|t| t.local_time) {
        let offsets: Vec<String> = local_offsets.iter().map(ToString::to_string).collect();
        notes.push(Note::LocalTimeAssumed {
            offset: offsets.join(", "),
        });
    }
}

/// Elements read but not used, one note per element and value, with how many tasks had it;
/// a trigger of the wrong kind for its task (a time trigger on the Login Schedule) too.
fn unused(
    chosen: &[Option<&TaskRead>; 4],
    unused: Vec<super::read::Unused>,
    notes: &mut Vec<Note>,
) {
    let mut extra = Vec::new();
    for (task, t) in EnrolmentTask::ALL.iter().zip(chosen) {
        let (Some(t), Some(at)) = (t, t.and_then(|t| t.at)) else {
            continue;
        };
        if *task == EnrolmentTask::LoginSchedule && t.time.is_some() {
            extra.push(("Triggers/TimeTrigger".to_owned(), String::new(), at));
        } else if *task != EnrolmentTask::LoginSchedule && t.logon {
            extra.push(("Triggers/LogonTrigger".to_owned(), String::new(), at));
        }
    }
    let mut order: Vec<(String, String)> = Vec::new();
    let mut seen: HashMap<(String, String), (At, usize)> = HashMap::new();
    for (element, value, at) in unused.into_iter().chain(extra) {
        let key = (element, value);
        match seen.get_mut(&key) {
            Some((_, count)) => *count += 1,
            None => {
                order.push(key.clone());
                seen.insert(key, (at, 1));
            }
        }
    }
    for key in order {
        let Some(&(at, count)) = seen.get(&key) else {
            continue;
        };
        let (element, value) = key;
        notes.push(Note::Unused {
            element,
            value,
            at,
            count,
        });
    }
}

/// Keeps at most [`MAX_REPORTED`] notes, counting the rest.
fn cap(mut result: TaskImport) -> TaskImport {
    if result.notes.len() > MAX_REPORTED {
        result.omitted += result.notes.len() - MAX_REPORTED;
        result.notes.truncate(MAX_REPORTED);
    }
    result
}
