//! From tasks as read to the device's schedule: the poll sets (published or custom), the
//! enrolment instant, the scheduler settings, and a note for each choice made on the way.
//!
//! The engine's model (`docs/scenario-device.md`): set 1 starts at enrolment and each later set
//! where the previous enabled set's span (`interval × count`) ends, unless the set gives its
//! own start. A task's own `StartBoundary` that disagrees with that chain becomes the set's own
//! start (a disabled Schedule #1 does not move #2 and #3), its `EndBoundary` the set's end, and
//! its further time triggers extra triggers; what cannot be said is noted, and the notes that
//! change the prediction are what the summary lists.

use std::collections::HashMap;

use super::read::{Read, TaskRead, TimeRead};
use super::{At, EnrolmentTask, MAX_REPORTED, Note, TaskFound, TaskImport, TaskKnobs};
use crate::engine::intune::scenario::{CustomPoll, ExtraTrigger, PollSet, PollTask, RuleSet};
use crate::engine::time::{Delay, Instant, Period};

/// The published Windows poll sets (`learn_2025_10`): 3 min × 5, 15 min × 8, 8 h indefinitely.
const PUBLISHED: [PollSet; 3] = [
    PollSet::new(Period::minutes(3), 5),
    PollSet::new(Period::minutes(15), 8),
    PollSet::new(Period::hours(8), 0),
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

    let mut sets = poll_sets(&chosen, &mut notes);
    let enrolled = enrolment(&chosen, &sets, &mut notes);
    let extra = match enrolled {
        Some(enrolled) => place(&chosen, &mut sets, enrolled, &mut notes),
        None => Vec::new(),
    };
    let mut poll_on_login = match chosen[3] {
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
    // A logon trigger on a schedule task fires at every logon too: a poll at logon.
    for (task, t) in EnrolmentTask::ALL[..3].iter().zip(&chosen) {
        if let Some(t) = t.filter(|t| t.enabled && t.logon) {
            poll_on_login = true;
            notes.push(Note::LogonTriggerOn { task: *task });
            if t.logon_user && !notes.contains(&Note::LogonOfOneUser) {
                notes.push(Note::LogonOfOneUser);
            }
        }
    }
    let random_delay = random_delays(&chosen, &mut sets, &mut notes);
    let published = sets == PUBLISHED.map(Some) && poll_on_login && extra.is_empty();
    result.rule_set = Some(if published {
        RuleSet::Learn2025_10
    } else {
        RuleSet::Custom(CustomPoll {
            first: sets[0],
            second: sets[1],
            remaining: sets[2],
            poll_on_login,
            extra,
        })
    });
    result.enrolled_at = enrolled;
    result.knobs = TaskKnobs {
        random_delay,
        ..knobs(&chosen, &mut notes)
    };
    // What the tasks set otherwise than the enrolment client does: followed, and said.
    if result.knobs.random_delay.is_some_and(|d| d > Delay::ZERO) {
        notes.push(Note::RandomDelaySet {
            delay: result.knobs.random_delay.unwrap_or(Delay::ZERO),
        });
    }
    if result.knobs.start_when_available == Some(false) {
        notes.push(Note::StartWhenAvailableOff);
    }
    settings_notes(&chosen, &read.local_offsets, &mut notes);
    unused(read.unused, &mut notes);
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
        sets[i] = Some(PollSet::new(interval, count));
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
    Some(enrolled)
}

/// Each set at the task's own start when it is not where the set before it ends, with the
/// trigger's end boundary; and the tasks' further time triggers, each from its own start. A
/// start before enrolment cannot be said (the model counts from enrolment): noted, chained. A
/// start past the model's reach (`Period::MAX` after enrolment) leaves the set off: noted.
fn place(
    chosen: &[Option<&TaskRead>; 4],
    sets: &mut [Option<PollSet>; 3],
    enrolled: Instant,
    notes: &mut Vec<Note>,
) -> Vec<ExtraTrigger> {
    let since = |t: Instant| -> Option<Delay> {
        let secs = u32::try_from((t - enrolled).num_seconds()).ok()?;
        Delay::from_secs(secs)
    };
    // An end before enrolment: the trigger never runs; one past the model's reach: no end.
    let end_of = |end: Instant| since(end).or((end < enrolled).then_some(Delay::ZERO));
    let mut chain = Some(enrolled);
    for (i, task) in EnrolmentTask::ALL[..3].iter().copied().enumerate() {
        let Some(set) = sets[i].as_mut() else {
            continue;
        };
        let own = chosen[i].and_then(|t| t.time);
        let mut beyond = false;
        let start = match (own.and_then(|t| t.start), chain) {
            (Some(own), chained) if Some(own) != chained => match since(own) {
                Some(after) => {
                    set.starts_after = Some(after);
                    notes.push(Note::OwnStart { task, start: own });
                    Some(own)
                }
                // Past the engine's reach (more than `Period::MAX` after enrolment): the set
                // cannot start there, and must not start earlier, so it is left out.
                None if own > enrolled => {
                    notes.push(Note::StartBeyondReach { task, start: own });
                    beyond = true;
                    None
                }
                None => {
                    if let Some(used) = chained {
                        notes.push(Note::StartMoved {
                            task,
                            imported: own,
                            used,
                        });
                    }
                    chained
                }
            },
            _ => chain,
        };
        if beyond {
            // The engine chains past a set that is off, as it does here.
            sets[i] = None;
            continue;
        }
        if let Some(end) = own.and_then(|t| t.end) {
            set.ends_after = end_of(end);
            notes.push(Note::EndBoundary { task, end });
        }
        let span = i64::from(set.interval.secs()) * i64::from(set.count);
        chain = match set.count {
            0 => None,
            _ => start.map(|s| s + chrono::TimeDelta::seconds(span)),
        };
    }
    let mut extra = Vec::new();
    for (i, task) in EnrolmentTask::ALL.iter().copied().enumerate() {
        let Some(t) = chosen[i].filter(|t| t.enabled) else {
            continue;
        };
        let not_modelled = |trigger: &str, at: At| Note::TriggerNotModelled {
            task,
            trigger: trigger.to_owned(),
            at,
        };
        for (trigger, at) in &t.other_triggers {
            notes.push(not_modelled(trigger, *at));
        }
        if task == EnrolmentTask::LoginSchedule {
            // The Login Schedule's lane is the logon poll: a time trigger on it has no set.
            let at = t.at.unwrap_or(At { file: 1, line: 1 });
            let times = t
                .time
                .iter()
                .map(|_| at)
                .chain(t.more_times.iter().map(|m| m.1));
            for at in times {
                notes.push(not_modelled("TimeTrigger", at));
            }
            continue;
        }
        for (time, at) in &t.more_times {
            if time.disabled {
                notes.push(Note::ExtraTrigger {
                    task,
                    at: *at,
                    runs: false,
                });
                continue;
            }
            match extra_trigger(task, time, enrolled, since) {
                Some(x) => {
                    extra.push(ExtraTrigger {
                        ends_after: time.end.and_then(end_of),
                        ..x
                    });
                    notes.push(Note::ExtraTrigger {
                        task,
                        at: *at,
                        runs: true,
                    });
                }
                None => notes.push(not_modelled("TimeTrigger", *at)),
            }
        }
    }
    extra
}

/// A further time trigger as the engine runs it: from its first run at or after enrolment.
/// `None` when it does not repeat (a one-time trigger) or all its runs precede enrolment.
fn extra_trigger(
    task: EnrolmentTask,
    time: &TimeRead,
    enrolled: Instant,
    since: impl Fn(Instant) -> Option<Delay>,
) -> Option<ExtraTrigger> {
    let (true, Some(interval), Some(start)) = (time.repetition, time.interval, time.start) else {
        return None;
    };
    let step = i64::from(interval.secs());
    let mut count = match time.duration {
        None => 0,
        Some(d) => (d.secs() / interval.secs()).max(1),
    };
    // Runs before enrolment did not happen: start at the first one after it.
    let behind = (enrolled - start).num_seconds();
    let skipped = if behind > 0 {
        (behind + step - 1) / step
    } else {
        0
    };
    if count > 0 {
        let skipped = u32::try_from(skipped).ok()?;
        count = count.checked_sub(skipped).filter(|c| *c > 0)?;
    }
    let first = start + chrono::TimeDelta::seconds(skipped * step);
    let slot = match task {
        EnrolmentTask::Schedule1 => PollTask::First,
        EnrolmentTask::Schedule2 => PollTask::Second,
        EnrolmentTask::Schedule3 => PollTask::Remaining,
        EnrolmentTask::LoginSchedule => return None,
    };
    Some(ExtraTrigger {
        task: slot,
        starts_after: since(first)?,
        interval,
        count,
        ends_after: None,
        random_delay: Some(time.random_delay.unwrap_or(Delay::ZERO)),
    })
}

/// The tasks' `RandomDelay`s: one value for all when the enabled schedule tasks agree (the
/// scheduler's); otherwise each set keeps its own task's (none for a task not imported), noted.
fn random_delays(
    chosen: &[Option<&TaskRead>; 4],
    sets: &mut [Option<PollSet>; 3],
    notes: &mut Vec<Note>,
) -> Option<Delay> {
    let own = |i: usize| -> Option<Delay> {
        let t = chosen[i].filter(|t| t.enabled)?;
        t.time.map(|time| time.random_delay.unwrap_or(Delay::ZERO))
    };
    let values: Vec<Delay> = (0..3).filter_map(own).collect();
    let &first = values.first()?;
    if values.iter().all(|v| *v == first) {
        return Some(first);
    }
    notes.push(Note::OwnRandomDelays);
    for (i, set) in sets.iter_mut().enumerate() {
        if let Some(set) = set {
            set.random_delay = Some(own(i).unwrap_or(Delay::ZERO));
        }
    }
    None
}

/// The settings held once for all sets, from the maintenance task first.
fn knobs(chosen: &[Option<&TaskRead>; 4], notes: &mut Vec<Note>) -> TaskKnobs {
    let swa = pick(chosen, notes, "Settings/StartWhenAvailable", |t| {
        Some(t.start_when_available)
    });
    TaskKnobs {
        start_when_available: swa,
        random_delay: None,
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

/// Elements read but not used, one note per element and value, with how many tasks had it.
fn unused(unused: Vec<super::read::Unused>, notes: &mut Vec<Note>) {
    let mut order: Vec<(String, String)> = Vec::new();
    let mut seen: HashMap<(String, String), (At, usize)> = HashMap::new();
    for (element, value, at) in unused {
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
