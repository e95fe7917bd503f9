//! What a link says about the view, beside the plan: the system shown, the zoom, where the
//! timeline was panned to, a fixed "what if now", the language if the person chose one, and the
//! event list's filters. Each is one short fragment parameter, left out when unset.

use crate::chart::Zoom;
use crate::engine::Instant;
use crate::present::text::Lang;
use crate::present::{System, Tone};

use super::tree::{read_offset, write_offset};

/// The view a link restores. `None` everywhere means "as the app opens by itself".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedView {
    /// The system shown (device or server tab).
    pub system: Option<System>,
    /// The timeline's zoom.
    pub zoom: Option<Zoom>,
    /// Where the timeline was panned to (the window's start); `None` follows "now".
    pub pan: Option<Instant>,
    /// A fixed "what if now"; `None` follows the clock.
    pub now: Option<Instant>,
    /// The interface language, only when the person chose it.
    pub lang: Option<Lang>,
    /// The event list's lane filter, by lane key.
    pub lane: Option<String>,
    /// The event list's outcome filter.
    pub outcome: Option<Tone>,
}

/// One part of the view, to say which one a link got wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewPart {
    /// `y`: the system.
    System,
    /// `z`: the zoom.
    Zoom,
    /// `p`: the panned window.
    Pan,
    /// `n`: the fixed "now".
    Now,
    /// `l`: the language.
    Lang,
    /// `fl`: the lane filter.
    Lane,
    /// `fo`: the outcome filter.
    Outcome,
}

/// The longest lane key accepted.
const MAX_LANE_KEY: usize = 32;

fn system_code(s: System) -> &'static str {
    match s {
        System::Device => "d",
        System::Server => "s",
    }
}

fn zoom_code(z: Zoom) -> &'static str {
    match z {
        Zoom::FirstHours => "h",
        Zoom::Day => "d",
        Zoom::Week => "w",
        Zoom::Month => "m",
        Zoom::All => "a",
    }
}

fn tone_code(t: Tone) -> &'static str {
    match t {
        Tone::Synced => "s",
        Tone::Skipped => "k",
        Tone::CaughtUp => "c",
        Tone::Blocked => "b",
        Tone::Info => "i",
        Tone::Warning => "w",
    }
}

impl SharedView {
    /// The view's parameters (`key=value`), instants relative to `base`.
    pub fn params(&self, base: Instant) -> Vec<String> {
        let offset = |t: Instant| {
            let mut s = String::new();
            write_offset(t - base, &mut s);
            s
        };
        let mut out = Vec::new();
        if let Some(s) = self.system {
            out.push(format!("y={}", system_code(s)));
        }
        if let Some(z) = self.zoom {
            out.push(format!("z={}", zoom_code(z)));
        }
        if let Some(t) = self.pan {
            out.push(format!("p={}", offset(t)));
        }
        if let Some(t) = self.now {
            out.push(format!("n={}", offset(t)));
        }
        if let Some(l) = self.lang {
            out.push(format!("l={}", l.tag()));
        }
        if let Some(lane) = self.lane.as_deref().filter(|k| lane_key_ok(k)) {
            out.push(format!("fl={lane}"));
        }
        if let Some(t) = self.outcome {
            out.push(format!("fo={}", tone_code(t)));
        }
        out
    }

    /// Reads one parameter into the view. `Ok(false)` if `key` is not a view parameter;
    /// `Err` names the part whose value is unreadable (that part stays unset).
    pub fn read_param(
        &mut self,
        key: &str,
        value: &str,
        base: Option<Instant>,
    ) -> Result<bool, ViewPart> {
        let instant = |part| {
            let offset = read_offset(value).ok_or(part)?;
            base.and_then(|b| b.checked_add_signed(offset)).ok_or(part)
        };
        match key {
            "y" => {
                let found = [System::Device, System::Server]
                    .into_iter()
                    .find(|s| system_code(*s) == value);
                self.system = Some(found.ok_or(ViewPart::System)?);
            }
            "z" => {
                let found = Zoom::ALL.into_iter().find(|z| zoom_code(*z) == value);
                self.zoom = Some(found.ok_or(ViewPart::Zoom)?);
            }
            "p" => self.pan = Some(instant(ViewPart::Pan)?),
            "n" => self.now = Some(instant(ViewPart::Now)?),
            "l" => {
                let found = Lang::ALL.into_iter().find(|l| l.tag() == value);
                self.lang = Some(found.ok_or(ViewPart::Lang)?);
            }
            "fl" => {
                if !lane_key_ok(value) {
                    return Err(ViewPart::Lane);
                }
                self.lane = Some(value.to_owned());
            }
            "fo" => {
                let found = Tone::ALL.into_iter().find(|t| tone_code(*t) == value);
                self.outcome = Some(found.ok_or(ViewPart::Outcome)?);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}

/// Lane keys are short lowercase identifiers; anything else is not one of ours.
fn lane_key_ok(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= MAX_LANE_KEY
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}
