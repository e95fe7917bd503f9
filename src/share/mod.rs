//! Shareable links. A plan travels in the URL *fragment*, which browsers never send to a
//! server, so sharing sends nothing anywhere. Opening a link restores the plan *and* the view
//! it was shared from (system, zoom, window, "what if now", language, filters).
//!
//! Two formats exist; both open, the app writes the newest (`docs/links.md` is the reference):
//! - **version 1**, `#s=<base64url of the scenario JSON>` ([`v1`]): 1,000–1,550 characters
//!   for a preset, and no view;
//! - **version 2**, `#v2=<tree>&t=<base>&<view…>&c=<check>`: only the fields that differ from
//!   their defaults ([`defaults`]) in a small JSON tree of our own ([`node`]), written in a
//!   URL-safe tree syntax with short keys and enum values ([`tree`], [`words`]), instants as
//!   base-36 minutes after the base `t`; then the view ([`view`]) and a check over everything
//!   before it, so a link cut short or changed by hand is told apart from a good one.
//!
//! Decoding never panics and is bounded: the fragment's length, the tree's depth, the numbers'
//! digits. What cannot be used is named in [`LinkProblem`], and [`Opened::kept`] says which
//! part of the link was used anyway.

pub mod banner;
pub mod defaults;
pub mod node;
pub mod tree;
pub mod v1;
pub mod view;
pub mod words;

use chrono::{DateTime, DurationRound, TimeDelta};

use crate::engine::{Instant, Scenario, ScenarioError};

pub use view::{SharedView, ViewPart};

/// The fragment key of the current format.
pub const KEY: &str = "v2";

/// The longest fragment accepted. Browsers keep far longer URLs, but a link this long is no
/// longer something people share; the limit bounds decoding work.
pub const MAX_FRAGMENT_CHARS: usize = 64 * 1024;

/// What was wrong with a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// Longer than [`MAX_FRAGMENT_CHARS`].
    TooLong,
    /// Not in the link format (mangled in transit, or cut short inside the plan).
    Garbled,
    /// The check at the end is missing: the link was cut short.
    CutShort,
    /// The check does not match: the link was changed after it was made.
    Altered,
    /// Made by a newer version of the app, in a format this one does not know.
    Newer,
    /// Readable, but not a valid scenario.
    Scenario(ScenarioError),
    /// One part of the view is unreadable.
    View(ViewPart),
}

/// Which part of a link was used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    /// The plan and the whole view.
    Everything,
    /// The plan, but not (all of) the view.
    PlanNotView,
    /// Nothing: the default plan is shown.
    Nothing,
}

/// A link, opened.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// The plan, if it could be used.
    pub scenario: Option<Scenario>,
    /// The view; only the parts that could be used (all unset when the plan was not used).
    pub view: SharedView,
    /// What was wrong, most important first; empty for a good link.
    pub problems: Vec<LinkProblem>,
}

impl Opened {
    /// Which part of the link was used.
    pub fn kept(&self) -> Kept {
        match (&self.scenario, self.problems.is_empty()) {
            (None, _) => Kept::Nothing,
            (Some(_), true) => Kept::Everything,
            (Some(_), false) => Kept::PlanNotView,
        }
    }

    fn failed(problem: LinkProblem) -> Self {
        Self {
            scenario: None,
            view: SharedView::default(),
            problems: vec![problem],
        }
    }
}

/// The fragment (without `#`) that reopens `scenario` in `view`.
pub fn link(scenario: &Scenario, view: &SharedView) -> String {
    let base = base_of(scenario);
    let mut tree = String::new();
    tree::write(&defaults::strip(scenario), base, &mut tree);
    // Leaving defaults out relies on every nested group reading missing members as defaults;
    // should a future field break that, the full tree still travels rather than a wrong plan.
    if read_tree(&tree, Some(base)).ok().as_ref() != Some(scenario) {
        tree.clear();
        tree::write(&defaults::tree(scenario), base, &mut tree);
    }
    let minutes = u64::try_from(base.timestamp().div_euclid(60)).unwrap_or(0);
    let mut body = format!("{KEY}={tree}&t={}", tree::base36(minutes));
    for param in view.params(base) {
        body.push('&');
        body.push_str(&param);
    }
    let check = checksum(&normalize(&body));
    format!("{body}&c={check}")
}

/// The version-2 fragment of `scenario` with no view.
pub fn to_fragment(scenario: &Scenario) -> String {
    link(scenario, &SharedView::default())
}

/// Opens a fragment (with or without `#`) of any format; `None` if it carries no link.
pub fn open(fragment: &str) -> Option<Opened> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT_CHARS {
        // Named as too long only if it is a link at all; nothing more is read.
        return format(fragment).map(|_| Opened::failed(LinkProblem::TooLong));
    }
    let normalized = normalize(fragment);
    let kind = format(&normalized)?;
    Some(match kind {
        Format::Newer => Opened::failed(LinkProblem::Newer),
        Format::V1 => {
            let payload = normalized
                .split('&')
                .find_map(|p| p.strip_prefix(v1::KEY)?.strip_prefix('='))
                .unwrap_or_default();
            match v1::decode(payload) {
                Ok(scenario) => Opened {
                    scenario: Some(scenario),
                    view: SharedView::default(),
                    problems: Vec::new(),
                },
                Err(problem) => Opened::failed(problem),
            }
        }
        Format::V2 => open_v2(&normalized),
    })
}

/// The plan in a fragment of any format, without the view; `Ok(None)` if it carries none.
pub fn from_fragment(fragment: &str) -> Result<Option<Scenario>, LinkProblem> {
    match open(fragment) {
        None => Ok(None),
        Some(Opened {
            scenario: Some(s), ..
        }) => Ok(Some(s)),
        Some(opened) => Err(opened
            .problems
            .into_iter()
            .next()
            .unwrap_or(LinkProblem::Garbled)),
    }
}

enum Format {
    V1,
    V2,
    Newer,
}

/// Which format a fragment is in, by its keys; `None` if it is not a link.
fn format(fragment: &str) -> Option<Format> {
    let mut keys = fragment
        .split('&')
        .map(|p| p.split_once('=').map_or(p, |(k, _)| k));
    let mut found = None;
    for key in &mut keys {
        match key {
            KEY => return Some(Format::V2),
            v1::KEY => found = Some(Format::V1),
            k if found.is_none() && is_newer_key(k) => found = Some(Format::Newer),
            _ => {}
        }
    }
    found
}

/// `v3`, `v4`…: a format from a later version of the app.
fn is_newer_key(key: &str) -> bool {
    key.strip_prefix('v')
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|n| n > 2)
}

fn open_v2(fragment: &str) -> Opened {
    let (body, check) = match fragment.rfind("&c=") {
        Some(i) => (&fragment[..i], Some(&fragment[i + 3..])),
        None => (fragment, None),
    };
    let mut problems = Vec::new();
    match check {
        None => problems.push(LinkProblem::CutShort),
        Some(c) if c != checksum(body) => problems.push(LinkProblem::Altered),
        Some(_) => {}
    }
    let params: Vec<(&str, &str)> = body
        .split('&')
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    let value = |key: &str| params.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    let base = match value("t") {
        None => None,
        Some(t) => match base_from(t) {
            Some(base) => Some(base),
            None => {
                return Opened {
                    scenario: None,
                    view: SharedView::default(),
                    problems: unreadable(LinkProblem::Garbled, problems),
                };
            }
        },
    };
    let scenario = match read_tree(value(KEY).unwrap_or_default(), base) {
        Ok(s) => s,
        Err(problem) => {
            return Opened {
                scenario: None,
                view: SharedView::default(),
                problems: unreadable(problem, problems),
            };
        }
    };
    let mut view = SharedView::default();
    if problems.is_empty() {
        for (key, text) in &params {
            if let Err(part) = view.read_param(key, text, base) {
                problems.push(LinkProblem::View(part));
            }
        }
    }
    Opened {
        scenario: Some(scenario),
        view,
        problems,
    }
}

/// The problems of a link whose plan could not be used: `first`, then what the check found.
/// A plan that is not even in the link format says all there is to say: the missing or
/// wrong check would only repeat it (and "cut short" would be a guess: the text may never
/// have been a link).
fn unreadable(first: LinkProblem, check: Vec<LinkProblem>) -> Vec<LinkProblem> {
    let mut problems = vec![first];
    if problems[0] != LinkProblem::Garbled {
        problems.extend(check);
    }
    problems
}

/// The scenario in a tree: read, versioned, then checked like any pasted file.
fn read_tree(text: &str, base: Option<Instant>) -> Result<Scenario, LinkProblem> {
    let value = tree::read(text, base).map_err(|_| LinkProblem::Garbled)?;
    let json = defaults::fill(value).to_json();
    Scenario::from_json(&json).map_err(LinkProblem::Scenario)
}

/// The instant offsets count from: the horizon's start, to the minute.
fn base_of(scenario: &Scenario) -> Instant {
    let start = scenario.horizon.start();
    start.duration_trunc(TimeDelta::minutes(1)).unwrap_or(start)
}

/// The base in `t=`: base-36 minutes since 1970.
fn base_from(text: &str) -> Option<Instant> {
    let minutes = i64::try_from(tree::unbase36(text)?).ok()?;
    DateTime::from_timestamp(minutes.checked_mul(60)?, 0)
}

/// Undoes the percent-encoding some mail and chat tools apply to the link's punctuation, so
/// such a link still reads (and its check still matches). Text inside `~…~` is percent-encoded
/// by us anyway, so turning `%28` back into `(` there changes nothing.
fn normalize(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = text.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(hex, 16)
            && b"()!,:@".contains(&b)
        {
            out.push(char::from(b));
            i += 3;
            continue;
        }
        // Copy one whole character (the text may hold non-ASCII from elsewhere).
        let len = text[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&text[i..i + len]);
        i += len;
    }
    out
}

/// The check at the end of a link: 32-bit FNV-1a, as five base-36 digits.
fn checksum(text: &str) -> String {
    let hash = text.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    let s = tree::base36(u64::from(hash) % 36u64.pow(5));
    format!("{s:0>5}")
}

#[cfg(test)]
mod tests;
