//! From bytes to tasks: decodes each file, splits pasted text holding several documents,
//! parses the XML (bounded by node count), finds each `<Task>` and its name, and reads the
//! elements the engine uses. Every other element is kept as an "unused" entry; every element
//! that cannot be read is a problem naming the element and its line.

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone};
use roxmltree::{Document, Error as XmlError, Node, ParsingOptions};

use super::decode::{self, Encoding};
use super::{
    At, EnrolmentTask, LocalClock, MAX_REPORTED, MAX_TASK_XML_BYTES, MAX_TASKS, MAX_XML_NODES,
    Note, ProblemKind, XmlProblem, quote,
};
use crate::engine::intune::scenario::MAX_EXTRA_TRIGGERS;
use crate::engine::limits::in_era;
use crate::engine::time::{Delay, DurationError, Instant, Period};

/// How deep under a task's top elements unused elements are listed one by one (a real task
/// nests four levels).
const MAX_DEPTH: usize = 8;

/// One enrolment task's elements, as read.
#[derive(Clone, Debug, Default)]
pub(super) struct TaskRead {
    pub task: Option<EnrolmentTask>,
    pub at: Option<At>,
    /// `Settings/Enabled` and the trigger's `Enabled` (both default to true).
    pub enabled: bool,
    /// The first time trigger, if any.
    pub time: Option<TimeRead>,
    /// The task's further time triggers (every trigger fires), each with its own `Enabled`.
    pub more_times: Vec<(TimeRead, At)>,
    /// Triggers of other kinds (`BootTrigger`, `CalendarTrigger`…), which the engine cannot
    /// model: their element name and place.
    pub other_triggers: Vec<(String, At)>,
    /// Whether a logon trigger is there.
    pub logon: bool,
    /// The logon trigger names one user.
    pub logon_user: bool,
    /// `Settings/StartWhenAvailable` (default false).
    pub start_when_available: bool,
    /// `Settings/RunOnlyIfNetworkAvailable` (default false).
    pub run_only_if_network: bool,
    /// `Settings/WakeToRun` (default false).
    pub wake_to_run: bool,
    /// The longest `ExecutionTimeLimit` (settings or trigger); `PT0S` means none.
    pub execution_time_limit: Option<Delay>,
    /// Whether `StartBoundary` had no offset.
    pub local_time: bool,
    /// Whether an element the schedule needs could not be read: the task is not used.
    pub broken: bool,
}

/// A time trigger's schedule.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct TimeRead {
    pub start: Option<Instant>,
    /// `EndBoundary`: the trigger cannot start the task after it.
    pub end: Option<Instant>,
    /// The trigger's own `Enabled` (for a further trigger; the first one's is the task's).
    pub disabled: bool,
    pub repetition: bool,
    pub interval: Option<Period>,
    pub duration: Option<Period>,
    pub random_delay: Option<Delay>,
}

/// An element read but not used: its path, value and place.
pub(super) type Unused = (String, String, At);

/// Everything read from all files, before it is made into poll sets.
pub(super) struct Read {
    pub encodings: Vec<Option<Encoding>>,
    pub tasks: Vec<TaskRead>,
    pub unused: Vec<Unused>,
    pub notes: Vec<Note>,
    pub problems: Vec<XmlProblem>,
    pub omitted: usize,
    /// The offsets `StartBoundary` values without one were read at, each once, in order.
    pub local_offsets: Vec<FixedOffset>,
}

/// Reads files one after another.
pub(super) struct Reader<'c> {
    read: Read,
    local: &'c dyn LocalClock,
    seen_tasks: usize,
}

impl<'c> Reader<'c> {
    pub fn new(local: &'c dyn LocalClock) -> Self {
        Self {
            read: Read {
                encodings: Vec::new(),
                tasks: Vec::new(),
                unused: Vec::new(),
                notes: Vec::new(),
                problems: Vec::new(),
                omitted: 0,
                local_offsets: Vec::new(),
            },
            local,
            seen_tasks: 0,
        }
    }

    pub fn finish(self) -> Read {
        self.read
    }

    /// Reads one file (1-based `file`).
    pub fn file(&mut self, file: usize, bytes: &[u8]) {
        let top = At { file, line: 1 };
        if bytes.len() > MAX_TASK_XML_BYTES {
            self.read.encodings.push(None);
            let text = format!("{} bytes", bytes.len());
            return self.problem(top, None, ProblemKind::TooLarge, text);
        }
        let text = match decode::decode(bytes) {
            Ok((text, encoding)) => {
                self.read.encodings.push(Some(encoding));
                text
            }
            Err(e) => {
                self.read.encodings.push(None);
                let at = At { file, line: e.line };
                return self.problem(at, None, ProblemKind::NotText, format!("{:?}", e.encoding));
            }
        };
        // Pasted text may hold several exports one after another, each with its declaration.
        let mut starts: Vec<usize> = text.match_indices("<?xml").map(|(i, _)| i).collect();
        if starts.first() != Some(&0) {
            starts.insert(0, 0);
        }
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(text.len());
            let base = text[..start].matches('\n').count();
            self.document(file, base, &text[start..end]);
        }
    }

    fn document(&mut self, file: usize, base: usize, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let options = ParsingOptions {
            allow_dtd: false,
            nodes_limit: MAX_XML_NODES,
            ..ParsingOptions::default()
        };
        let doc = match Document::parse_with_options(text, options) {
            Ok(doc) => doc,
            Err(e) => {
                let kind = match e {
                    XmlError::NodesLimitReached => ProblemKind::TooManyNodes,
                    _ => ProblemKind::NotXml,
                };
                let at = At {
                    file,
                    line: base + e.pos().row as usize,
                };
                return self.problem(at, None, kind, e.to_string());
            }
        };
        // Where each line starts, once: roxmltree's own `text_pos_at` scans from the top at
        // every call, which made a task with thousands of elements take seconds.
        let starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let line = |node: Node| At {
            file,
            line: base + starts.partition_point(|&s| s <= node.range().start),
        };
        let root = doc.root_element();
        let tasks: Vec<Node> = match root.tag_name().name() {
            "Task" => vec![root],
            _ => root
                .children()
                .filter(|n| n.is_element() && n.tag_name().name() == "Task")
                .collect(),
        };
        if tasks.is_empty() {
            let name = root.tag_name().name().to_owned();
            return self.problem(line(root), None, ProblemKind::NoTask, name);
        }
        for node in tasks {
            self.seen_tasks += 1;
            if self.seen_tasks > MAX_TASKS {
                if !self.read.notes.contains(&Note::TooManyTasks) {
                    self.read.notes.push(Note::TooManyTasks);
                }
                return;
            }
            let mut t = TaskReader {
                reader: self,
                line: &line,
                read: TaskRead {
                    enabled: true,
                    ..TaskRead::default()
                },
            };
            t.task(node);
        }
    }

    fn problem(&mut self, at: At, element: Option<String>, kind: ProblemKind, text: String) {
        if self.read.problems.len() >= MAX_REPORTED {
            self.read.omitted += 1;
            return;
        }
        let text = quote(&text);
        self.read.problems.push(XmlProblem {
            at,
            element,
            kind,
            text,
        });
    }

    fn note(&mut self, note: Note) {
        if self.read.notes.len() >= MAX_REPORTED {
            self.read.omitted += 1;
        } else {
            self.read.notes.push(note);
        }
    }
}

/// Reads one `<Task>`.
struct TaskReader<'r, 'l, 'c> {
    reader: &'r mut Reader<'c>,
    line: &'l dyn Fn(Node) -> At,
    read: TaskRead,
}

impl TaskReader<'_, '_, '_> {
    fn task(&mut self, node: Node) {
        let at = (self.line)(node);
        let name = name_of(node);
        let Some(task) = name.as_deref().and_then(EnrolmentTask::from_name) else {
            // The last path segment: the folder (with its GUID) is the same for every task.
            let name = name.as_deref().unwrap_or_default();
            let name = quote(name.rsplit('\\').next().unwrap_or_default());
            return self.reader.note(Note::OtherTask { name, at });
        };
        self.read.task = Some(task);
        self.read.at = Some(at);
        for child in elements(node) {
            match child.tag_name().name() {
                "Triggers" => self.triggers(child),
                "Settings" => self.settings(child),
                "RegistrationInfo" => {
                    for info in elements(child) {
                        if info.tag_name().name() != "URI" {
                            self.unused(info, "RegistrationInfo/");
                        }
                    }
                }
                _ => self.unused(child, ""),
            }
        }
        if self.read.time.is_none() && !self.read.logon {
            self.read.broken = true;
            self.problem(node, None, ProblemKind::NoTrigger, String::new());
        }
        self.reader.read.tasks.push(std::mem::take(&mut self.read));
    }

    fn triggers(&mut self, triggers: Node) {
        for trigger in elements(triggers) {
            match trigger.tag_name().name() {
                "TimeTrigger" if self.read.time.is_none() => {
                    let time = self.time_trigger(trigger, true);
                    self.read.time = Some(time);
                }
                // Every trigger of a task fires: a further one is kept with its own start.
                "TimeTrigger" if self.read.more_times.len() < MAX_EXTRA_TRIGGERS => {
                    let time = self.time_trigger(trigger, false);
                    let at = (self.line)(trigger);
                    self.read.more_times.push((time, at));
                }
                "LogonTrigger" if !self.read.logon => self.logon_trigger(trigger),
                // A second logon trigger adds nothing: logons are anyone's already.
                "LogonTrigger" => self.unused(trigger, "Triggers/"),
                other => {
                    let at = (self.line)(trigger);
                    self.read.other_triggers.push((other.to_owned(), at));
                }
            }
        }
    }

    /// Reads a time trigger; the first one's `Enabled` is the task's, a further one's its own.
    fn time_trigger(&mut self, trigger: Node, first: bool) -> TimeRead {
        let mut time = TimeRead::default();
        let base = "Triggers/TimeTrigger/";
        let mut had_start = false;
        for e in elements(trigger) {
            let path = format!("{base}{}", e.tag_name().name());
            match e.tag_name().name() {
                "StartBoundary" => {
                    had_start = true;
                    time.start = self.instant(e, &path);
                }
                "Enabled" => {
                    let on = self.boolean(e, &path).unwrap_or(true);
                    if first {
                        self.read.enabled &= on;
                    } else {
                        time.disabled = !on;
                    }
                }
                "EndBoundary" => time.end = self.instant(e, &path),
                "RandomDelay" => time.random_delay = self.delay(e, &path),
                "ExecutionTimeLimit" => self.limit(e, &path),
                "Repetition" => {
                    time.repetition = true;
                    let mut had_interval = false;
                    for r in elements(e) {
                        let path = format!("{path}/{}", r.tag_name().name());
                        match r.tag_name().name() {
                            "Interval" => {
                                had_interval = true;
                                time.interval = self.interval(r, &path);
                            }
                            "Duration" => time.duration = self.period(r, &path),
                            _ => self.unused(r, &format!("{base}Repetition/")),
                        }
                    }
                    if !had_interval {
                        self.read.broken = true;
                        let path = format!("{path}/Interval");
                        self.problem(e, Some(path), ProblemKind::MissingElement, String::new());
                    }
                }
                _ => self.unused(e, base),
            }
        }
        if !had_start {
            self.read.broken = true;
            let path = format!("{base}StartBoundary");
            self.problem(
                trigger,
                Some(path),
                ProblemKind::MissingElement,
                String::new(),
            );
        }
        time
    }

    fn logon_trigger(&mut self, trigger: Node) {
        self.read.logon = true;
        let base = "Triggers/LogonTrigger/";
        for e in elements(trigger) {
            let path = format!("{base}{}", e.tag_name().name());
            match e.tag_name().name() {
                "Enabled" => self.read.enabled &= self.boolean(e, &path).unwrap_or(true),
                "UserId" => self.read.logon_user = !text(e).is_empty(),
                "ExecutionTimeLimit" => self.limit(e, &path),
                _ => self.unused(e, base),
            }
        }
    }

    fn settings(&mut self, settings: Node) {
        for e in elements(settings) {
            let path = format!("Settings/{}", e.tag_name().name());
            let flag = |t: &mut Self| t.boolean(e, &path).unwrap_or(false);
            match e.tag_name().name() {
                "StartWhenAvailable" => self.read.start_when_available = flag(self),
                "RunOnlyIfNetworkAvailable" => self.read.run_only_if_network = flag(self),
                "WakeToRun" => self.read.wake_to_run = flag(self),
                "Enabled" => self.read.enabled &= self.boolean(e, &path).unwrap_or(true),
                "ExecutionTimeLimit" => self.limit(e, &path),
                _ => self.unused(e, "Settings/"),
            }
        }
    }

    /// Keeps every leaf under `node` as unused, by path; below [`MAX_DEPTH`] levels the
    /// element is kept whole, so deep nesting cannot exhaust the stack.
    fn unused(&mut self, node: Node, prefix: &str) {
        self.unused_at(node, prefix, 0);
    }

    fn unused_at(&mut self, node: Node, prefix: &str, depth: usize) {
        let path = format!("{prefix}{}", node.tag_name().name());
        let children: Vec<Node> = elements(node).collect();
        if children.is_empty() || depth >= MAX_DEPTH {
            let at = (self.line)(node);
            self.reader.read.unused.push((path, quote(text(node)), at));
            return;
        }
        for child in children {
            self.unused_at(child, &format!("{path}/"), depth + 1);
        }
    }

    fn problem(&mut self, node: Node, element: Option<String>, kind: ProblemKind, text: String) {
        let at = (self.line)(node);
        self.reader.problem(at, element, kind, text);
    }

    fn boolean(&mut self, e: Node, path: &str) -> Option<bool> {
        match text(e) {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            other => {
                let other = other.to_owned();
                self.problem(e, Some(path.into()), ProblemKind::BadBoolean, other);
                None
            }
        }
    }

    fn instant(&mut self, e: Node, path: &str) -> Option<Instant> {
        let value = text(e);
        let parsed = if let Ok(t) = DateTime::parse_from_rfc3339(value) {
            Some(t.to_utc())
        } else if let Ok(naive) = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%S%.f") {
            self.read.local_time = true;
            let placed = place(self.reader.local, naive);
            if let Some((_, offset)) = placed {
                let used = &mut self.reader.read.local_offsets;
                if !used.contains(&offset) {
                    used.push(offset);
                }
            }
            placed.map(|(t, _)| t)
        } else {
            None
        };
        let kind = match parsed {
            Some(t) if in_era(t) => return Some(t),
            Some(_) => ProblemKind::DateOutOfRange,
            None => ProblemKind::BadDateTime,
        };
        self.read.broken = true;
        self.problem(e, Some(path.into()), kind, value.to_owned());
        None
    }

    fn delay(&mut self, e: Node, path: &str) -> Option<Delay> {
        let value = text(e);
        match iso(value).and_then(|v| v.parse::<Delay>()) {
            Ok(d) => Some(d),
            Err(_) => {
                self.problem(e, Some(path.into()), ProblemKind::BadDuration, value.into());
                None
            }
        }
    }

    fn period(&mut self, e: Node, path: &str) -> Option<Period> {
        let value = text(e);
        match iso(value).and_then(|v| v.parse::<Period>()) {
            Ok(p) => Some(p),
            Err(_) => {
                self.read.broken = true;
                self.problem(e, Some(path.into()), ProblemKind::BadDuration, value.into());
                None
            }
        }
    }

    fn interval(&mut self, e: Node, path: &str) -> Option<Period> {
        let p = self.period(e, path)?;
        if (Period::minutes(1)..=Period::days(31)).contains(&p) {
            return Some(p);
        }
        self.read.broken = true;
        let value = text(e).to_owned();
        self.problem(e, Some(path.into()), ProblemKind::IntervalOutOfRange, value);
        None
    }

    fn limit(&mut self, e: Node, path: &str) {
        if let Some(d) = self.delay(e, path) {
            let longest = self.read.execution_time_limit.map_or(d, |old| old.max(d));
            self.read.execution_time_limit = Some(longest);
        }
    }
}

/// ISO 8601 only: the engine's own parser also takes TimeSpan text, which the schema does not.
fn iso(value: &str) -> Result<&str, DurationError> {
    if value.starts_with('P') {
        Ok(value)
    } else {
        Err(DurationError::Syntax(String::new()))
    }
}

/// The element children of a node.
fn elements<'a, 'i>(node: Node<'a, 'i>) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children().filter(Node::is_element)
}

/// An element's text, trimmed.
fn text<'a>(node: Node<'a, '_>) -> &'a str {
    node.text().unwrap_or_default().trim()
}

/// A task's name: its `RegistrationInfo/URI`, else the comment `schtasks` writes before it.
fn name_of(task: Node) -> Option<String> {
    let uri = elements(task)
        .filter(|n| n.tag_name().name() == "RegistrationInfo")
        .flat_map(elements)
        .find(|n| n.tag_name().name() == "URI")
        .map(|n| text(n).to_owned());
    uri.filter(|u| !u.is_empty()).or_else(|| {
        task.prev_siblings()
            .skip(1)
            .take_while(|n| !n.is_element())
            .find(|n| n.is_comment())
            .and_then(|n| n.text())
            .map(|t| t.trim().to_owned())
    })
}

/// The instant a wall-clock time without an offset names on `local`'s clock, and the offset
/// read. The offset in force at the wall time taken as UTC is at most a day off the instant;
/// read again at the instant that gives, it is the one in force there, so a time on the far
/// side of a daylight saving change gets that side's offset. (Around a change, a wall time the
/// change skips reads at the offset before it, and one it repeats at the offset after it.)
fn place(local: &dyn LocalClock, naive: NaiveDateTime) -> Option<(Instant, FixedOffset)> {
    let first = local.offset_at(naive.and_utc());
    let guess = first.from_local_datetime(&naive).single()?.to_utc();
    let offset = local.offset_at(guess);
    let t = offset.from_local_datetime(&naive).single()?.to_utc();
    Some((t, offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Central European time in 2026: +01:00, and +02:00 from 29 March 01:00 UTC to 25 October
    /// 01:00 UTC.
    struct Berlin;

    impl LocalClock for Berlin {
        fn offset_at(&self, at: Instant) -> FixedOffset {
            let summer = "2026-03-29T01:00:00Z".parse::<Instant>().unwrap()
                .."2026-10-25T01:00:00Z".parse::<Instant>().unwrap();
            let hours = if summer.contains(&at) { 2 } else { 1 };
            FixedOffset::east_opt(hours * 3600).unwrap()
        }
    }

    fn placed(wall: &str) -> (String, String) {
        let naive = NaiveDateTime::parse_from_str(wall, "%Y-%m-%dT%H:%M:%S").unwrap();
        let (t, offset) = place(&Berlin, naive).unwrap();
        (t.to_rfc3339(), offset.to_string())
    }

    #[test]
    fn a_wall_time_is_read_at_the_offset_of_its_own_season() {
        let winter = ("2026-11-20T10:15:00+00:00".into(), "+01:00".into());
        assert_eq!(placed("2026-11-20T11:15:00"), winter);
        let summer = ("2026-07-01T09:15:00+00:00".into(), "+02:00".into());
        assert_eq!(placed("2026-07-01T11:15:00"), summer);
        // The hour the spring change skips, and the one the autumn change repeats.
        let skipped = ("2026-03-29T01:30:00+00:00".into(), "+01:00".into());
        assert_eq!(placed("2026-03-29T02:30:00"), skipped);
        let repeated = ("2026-10-25T01:30:00+00:00".into(), "+01:00".into());
        assert_eq!(placed("2026-10-25T02:30:00"), repeated);
    }
}
