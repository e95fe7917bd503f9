//! The timeline picture: one lane per trigger source, shaded spans behind them (power off,
//! offline, outage…), a marker per event whose colour *and* shape say how it went, a time axis
//! in the display zone, and the now-line. Drawn with plotters' SVG backend into a string.
//!
//! Pure (no browser types), so it is tested natively; the UI supplies the time-zone offset and
//! the tick labels as functions, since `Intl` lives in the browser. Geometry is exposed so the
//! UI can map a pointer position back to the nearest event.

use chrono::TimeDelta;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::engine::Instant;
use crate::engine::Window;
use crate::present::{Mark, ShadeKind, Tone, View};

mod zoom;

pub use zoom::{Zoom, needs_date, opening_zoom, panned, visible};

/// The size of all text in the chart, in SVG units. The chart is drawn at the width it is
/// shown at (one unit is one CSS pixel), so this is the text's size on screen at every width:
/// the page's own small-text size.
pub const TEXT_PX: u32 = 13;

/// The height of one lane: its name on a line of its own, then its markers.
const LANE_HEIGHT: i32 = 44;

/// The band at the top of a lane that holds its name.
const LANE_NAME_BAND: i32 = 16;

/// The least room between two texts on one line, in SVG units.
const TEXT_GAP: f64 = 12.0;

/// A text's estimated width at [`TEXT_PX`], in SVG units. Measuring would need the browser,
/// so the estimate errs on the wide side (Latin letters and digits of a wide sans-serif such as
/// DejaVu Sans; kana and kanji a full em and a little), and layouts built on it leave room.
pub fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 8.3 } else { 13.5 })
        .sum()
}

/// Colours for one colour scheme. The marker colours are Okabe–Ito, distinguishable with the
/// common colour-vision deficiencies; shapes differ too, so colour is never the only cue.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// Page background behind the chart.
    pub background: RGBColor,
    /// Text and axis.
    pub ink: RGBColor,
    /// Grid lines and lane separators.
    pub grid: RGBColor,
    /// The now-line and the selection ring.
    pub accent: RGBColor,
}

/// The light scheme.
pub const LIGHT: Palette = Palette {
    background: RGBColor(0xff, 0xff, 0xff),
    ink: RGBColor(0x1b, 0x1f, 0x24),
    grid: RGBColor(0xd0, 0xd7, 0xde),
    accent: RGBColor(0x0b, 0x5c, 0xad),
};

/// The dark scheme.
pub const DARK: Palette = Palette {
    background: RGBColor(0x16, 0x1b, 0x22),
    ink: RGBColor(0xe6, 0xed, 0xf3),
    grid: RGBColor(0x30, 0x36, 0x3d),
    accent: RGBColor(0x44, 0x93, 0xf8),
};

/// A tone's marker colour (Okabe–Ito).
pub fn tone_color(tone: Tone) -> RGBColor {
    match tone {
        Tone::Synced => RGBColor(0x00, 0x9e, 0x73), // bluish green
        Tone::CaughtUp => RGBColor(0x00, 0x72, 0xb2), // blue
        Tone::Skipped => RGBColor(0xe6, 0x9f, 0x00), // orange
        Tone::Blocked => RGBColor(0xd5, 0x5e, 0x00), // vermillion
        Tone::Info => RGBColor(0xcc, 0x79, 0xa7),   // reddish purple
        Tone::Warning => RGBColor(0xf0, 0xe4, 0x42), // yellow, always outlined
    }
}

/// A shaded span's colour; drawn translucent.
pub fn shade_color(kind: ShadeKind) -> RGBColor {
    match kind {
        ShadeKind::Off | ShadeKind::Outage => RGBColor(0x80, 0x80, 0x80),
        ShadeKind::Sleep => RGBColor(0xa0, 0xa0, 0xc0),
        ShadeKind::Offline => RGBColor(0x56, 0xb4, 0xe9),
        ShadeKind::PushDisabled | ShadeKind::Disabled => RGBColor(0xd5, 0x5e, 0x00),
        ShadeKind::Suspended => RGBColor(0xe6, 0x9f, 0x00),
        ShadeKind::Staging => RGBColor(0xcc, 0x79, 0xa7),
    }
}

/// Where things are in the picture, in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    /// Total width.
    pub width: u32,
    /// Total height.
    pub height: u32,
    /// Left edge of the plot (lane labels sit left of it).
    pub left: i32,
    /// Right edge of the plot.
    pub right: i32,
    /// Top of the first lane.
    pub top: i32,
    /// Height of one lane.
    pub lane_height: i32,
}

impl Geometry {
    fn new(width: u32, lanes: usize) -> Self {
        let lane_height = LANE_HEIGHT;
        let top = 8;
        let lanes = i32::try_from(lanes.max(1)).unwrap_or(1);
        // Below the axis: a line of tick labels, then the line that names the day.
        let height = top + lanes * lane_height + 48;
        // Lane names sit above their lane, not in a column beside it, so the plot has the
        // whole width and every name is whole at every width; the margins keep a marker at
        // either end inside the picture.
        Self {
            width,
            height: height as u32,
            left: 12,
            right: width as i32 - 14,
            top,
            lane_height,
        }
    }

    /// The x coordinate of `t` in `window`, clamped to the plot.
    pub fn x(&self, t: Instant, window: &Window) -> i32 {
        let span = window.length().num_milliseconds().max(1) as f64;
        let off = (t - window.start()).num_milliseconds() as f64;
        let frac = (off / span).clamp(0.0, 1.0);
        self.left + (frac * f64::from(self.right - self.left)).round() as i32
    }

    /// The top of lane `lane`, where its name is written.
    fn lane_top(&self, lane: usize) -> i32 {
        self.top + i32::try_from(lane).unwrap_or(0) * self.lane_height
    }

    /// The vertical centre of lane `lane`'s markers, below its name.
    pub fn lane_y(&self, lane: usize) -> i32 {
        self.lane_top(lane) + LANE_NAME_BAND + (self.lane_height - LANE_NAME_BAND) / 2
    }

    /// The bottom of the last lane (where the axis is).
    fn axis_y(&self, lanes: usize) -> i32 {
        self.top + i32::try_from(lanes.max(1)).unwrap_or(1) * self.lane_height
    }
}

/// What to draw.
pub struct Spec<'a> {
    /// The lanes, rows and shades.
    pub view: &'a View,
    /// The span of time visible.
    pub window: Window,
    /// Where the now-line goes, if inside the window.
    pub now: Option<Instant>,
    /// The row to ring, if any (keyboard focus or hover).
    pub selected: Option<usize>,
    /// Rows to leave out (filtered in the event list), by index.
    pub hidden: &'a dyn Fn(usize) -> bool,
    /// Colours.
    pub palette: Palette,
    /// Width in SVG units; the height follows from the number of lanes.
    pub width: u32,
    /// The display zone's offset from UTC at an instant, in seconds.
    pub offset: &'a dyn Fn(Instant) -> i32,
    /// An instant on the axis written as a time or as a day (see [`AxisText`]).
    pub tick_label: &'a dyn Fn(Instant, AxisText) -> String,
}

/// How an instant on the axis is written. The chart chooses; the UI formats (with `Intl`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AxisText {
    /// The time of day: "14:00", "2:00 PM".
    Time,
    /// The day: "Mon, Nov 30", "11月30日(月)".
    Day,
}

/// The steps the axis may use, shortest first; the first that gives few enough ticks wins.
const TICK_STEPS: [i64; 11] = [
    900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800, 604_800, 2_592_000,
];

/// Instants of axis ticks in `window`, aligned to round local times in the display zone, at
/// most about `max_ticks` of them (fewer on a narrow chart, so labels never overlap).
pub fn ticks(
    window: &Window,
    offset: &dyn Fn(Instant) -> i32,
    max_ticks: i64,
) -> Vec<(Instant, bool)> {
    let span = window.length().num_seconds();
    let max_ticks = max_ticks.clamp(2, 10);
    let step = TICK_STEPS
        .iter()
        .copied()
        .find(|s| span / s <= max_ticks)
        .unwrap_or(2_592_000);
    ticks_every(window, offset, step)
}

/// Instants of axis ticks every `step` seconds of local time in `window`, each with whether
/// it falls on local midnight. At most 40.
fn ticks_every(
    window: &Window,
    offset: &dyn Fn(Instant) -> i32,
    step: i64,
) -> Vec<(Instant, bool)> {
    let local = |t: Instant| t.timestamp() + i64::from(offset(t));
    let first_local = local(window.start()).div_euclid(step) * step;
    let mut out = Vec::new();
    let mut k = first_local;
    while out.len() < 40 {
        k += step;
        // Local wall time back to UTC, with the offset in force there (DST-aware).
        let guess = chrono::DateTime::from_timestamp(k, 0).unwrap_or(window.end());
        let utc = guess - TimeDelta::seconds(offset(guess).into());
        let utc = guess - TimeDelta::seconds(offset(utc).into());
        if utc >= window.end() {
            break;
        }
        if utc > window.start() {
            out.push((utc, k.rem_euclid(86_400) == 0));
        }
    }
    out
}

/// The axis's ticks with their labels: the shortest step whose labels, as wide as
/// [`text_width`] estimates them, leave [`TEXT_GAP`] between neighbours (a week in Japanese
/// on a phone gets every other day, not days run together); a label that would stick out of
/// the picture is left off (its grid line says enough). Three days and more: every tick is a
/// day; shorter: times, with the day at local midnight.
fn axis_ticks(spec: &Spec<'_>, geo: &Geometry) -> Vec<(Instant, bool, Option<String>)> {
    let w = &spec.window;
    let all_days = w.length().num_days() >= 3;
    let plot = f64::from(geo.right - geo.left);
    let span = w.length().num_seconds().max(1) as f64;
    let labelled = |step: i64| -> Vec<(Instant, bool, String)> {
        ticks_every(w, spec.offset, step)
            .into_iter()
            .map(|(t, midnight)| {
                let kind = if all_days || midnight {
                    AxisText::Day
                } else {
                    AxisText::Time
                };
                (t, midnight, (spec.tick_label)(t, kind))
            })
            .collect()
    };
    let fits = |ticks: &[(Instant, bool, String)], step: i64| {
        let room = plot * step as f64 / span;
        let widest = ticks
            .iter()
            .map(|(_, _, l)| text_width(l))
            .fold(0.0, f64::max);
        room >= widest + TEXT_GAP
    };
    let mut chosen = Vec::new();
    for step in TICK_STEPS {
        // Whole days once every tick is a day.
        if all_days && step < 86_400 {
            continue;
        }
        let ticks = labelled(step);
        if ticks.len() <= 12 && fits(&ticks, step) {
            chosen = ticks;
            break;
        }
    }
    // Too few labels that way (a week on a phone): the longest step that still gives three
    // ticks, its labels thinned below to those that fit.
    if chosen.len() < 3 {
        let denser = TICK_STEPS
            .iter()
            .rev()
            .filter(|&&step| !all_days || step >= 86_400)
            .map(|&step| labelled(step))
            .find(|ticks| (3..=12).contains(&ticks.len()));
        if let Some(ticks) = denser {
            chosen = ticks;
        }
    }
    let mut last_right = f64::NEG_INFINITY;
    chosen
        .into_iter()
        .map(|(t, midnight, label)| {
            let x = f64::from(geo.x(t, w));
            let half = text_width(&label) / 2.0;
            let fits = x - half >= 0.0
                && x + half <= f64::from(geo.width)
                && x - half >= last_right + TEXT_GAP;
            if fits {
                last_right = x + half;
            }
            (t, midnight, fits.then_some(label))
        })
        .collect()
}

/// Draws the timeline. Never panics: a drawing error yields whatever was drawn so far.
pub fn render(spec: &Spec<'_>) -> (String, Geometry) {
    let geo = Geometry::new(spec.width.clamp(320, 4000), spec.view.lanes.len());
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (geo.width, geo.height)).into_drawing_area();
        let _ = draw(&root, spec, &geo);
        let _ = root.present();
    }
    // Lane labels are placed by hand, after plotters' shapes: each carries its full name as a
    // tooltip (`<title>`), which plotters cannot write, for labels shortened to fit.
    let mut labels = marks(spec, &geo);
    labels.push_str(&lane_labels(spec, &geo));
    labels.push_str(&axis_date(spec, &geo));
    labels.push_str(&now_line(spec, &geo));
    match svg.rfind("</svg>") {
        Some(end) => svg.insert_str(end, &labels),
        None => svg.push_str(&labels),
    }
    (svg, geo)
}

/// The lane labels as SVG `<text>` elements, each on the line above its lane's markers, from
/// the plot's left edge; whole unless longer than the chart is wide (then cut by
/// [`fit_label`]), and carrying the full name as a `<title>` tooltip.
fn lane_labels(spec: &Spec<'_>, geo: &Geometry) -> String {
    let ink = spec.palette.ink;
    let colour = format!("#{:02x}{:02x}{:02x}", ink.0, ink.1, ink.2);
    let mut out = String::new();
    for (i, lane) in spec.view.lanes.iter().enumerate() {
        let shown = fit_label(&lane.label, geo.right - geo.left);
        out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" dy=\"0.8em\" text-anchor=\"start\" \
             font-family=\"sans-serif\" font-size=\"{TEXT_PX}\" fill=\"{colour}\" \
             class=\"lane-label\"><title>{full}</title>{shown}</text>",
            x = geo.left,
            y = geo.lane_top(i) + 2,
            full = xml_escape(&lane.label),
            shown = xml_escape(&shown),
        ));
    }
    out
}

/// What sets rows apart ([`Mark`]), drawn over their markers: a cycle that runs full steps
/// gets an outline in ink around its bar; a deadline in the window gets a dashed line across
/// the lanes at its date, and one after the window an arrow at the right edge of its lane with
/// its day written before it (as many as fit, latest nearest the arrow's end).
fn marks(spec: &Spec<'_>, geo: &Geometry) -> String {
    let w = &spec.window;
    let ink = spec.palette.ink;
    let colour = format!("#{:02x}{:02x}{:02x}", ink.0, ink.1, ink.2);
    let axis_y = geo.axis_y(spec.view.lanes.len());
    let mut out = String::new();
    // Per lane, the left end of the last day label written after the window.
    let mut later_left: Vec<f64> = vec![f64::from(geo.right - 14); spec.view.lanes.len()];
    let mut later: Vec<(usize, &crate::present::Row)> = Vec::new();
    for (i, row) in spec.view.rows.iter().enumerate() {
        if row.mark == Mark::Plain || (spec.hidden)(i) {
            continue;
        }
        let (x, y) = (geo.x(row.at, w), geo.lane_y(row.lane));
        match row.mark {
            Mark::Plain => {}
            Mark::FullSteps => {
                let end = row.end.unwrap_or(row.at);
                if row.at >= w.end() || end < w.start() {
                    continue;
                }
                let x1 = geo.x(end, w).max(x + 2);
                out.push_str(&format!(
                    "<rect x=\"{x0}\" y=\"{y0}\" width=\"{wd}\" height=\"18\" fill=\"none\" \
                     stroke=\"{colour}\" stroke-width=\"2\" class=\"full-steps\"/>",
                    x0 = x - 3,
                    y0 = y - 9,
                    wd = x1 - x + 6,
                ));
            }
            Mark::Deadline if w.contains(row.at) => {
                out.push_str(&format!(
                    "<line x1=\"{x}\" y1=\"{top}\" x2=\"{x}\" y2=\"{axis_y}\" stroke=\"{colour}\" \
                     stroke-width=\"1.5\" stroke-dasharray=\"4 3\" class=\"deadline\"/>",
                    top = geo.top,
                ));
            }
            Mark::Deadline if row.at >= w.end() => later.push((i, row)),
            Mark::Deadline => {}
        }
    }
    // After the window: one arrow per lane, the days before it, latest first.
    later.reverse();
    let mut arrowed = vec![false; spec.view.lanes.len()];
    for (_, row) in later {
        let (Some(done), Some(left)) = (arrowed.get_mut(row.lane), later_left.get_mut(row.lane))
        else {
            continue;
        };
        let y = geo.lane_y(row.lane);
        let r = geo.right + 6;
        if !*done {
            *done = true;
            out.push_str(&format!(
                "<polygon points=\"{a},{y0} {r},{y} {a},{y1}\" fill=\"{colour}\" class=\"deadline-arrow\"/>\
                 <line x1=\"{b}\" y1=\"{y}\" x2=\"{a}\" y2=\"{y}\" stroke=\"{colour}\" stroke-width=\"2\"/>",
                a = r - 8,
                b = r - 20,
                y0 = y - 6,
                y1 = y + 6,
            ));
        }
        let day = (spec.tick_label)(row.at, AxisText::Day);
        let width = text_width(&day);
        let right = *left;
        if right - width < f64::from(geo.left) {
            continue;
        }
        *left = right - width - TEXT_GAP;
        out.push_str(&format!(
            "<text x=\"{x:.0}\" y=\"{y}\" dy=\"0.35em\" text-anchor=\"end\" font-family=\"sans-serif\" \
             font-size=\"{TEXT_PX}\" fill=\"{colour}\" class=\"deadline-label\"><title>{what}</title>{day}</text>",
            x = right,
            what = xml_escape(&row.what),
            day = xml_escape(&day),
        ));
    }
    out
}

/// The day the axis starts on, on its own line under the tick labels (so it never runs into
/// the first of them), when an axis of times would otherwise read as today ([`needs_date`]);
/// empty when the ticks already are days.
fn axis_date(spec: &Spec<'_>, geo: &Geometry) -> String {
    let w = &spec.window;
    if w.length().num_days() >= 3 || !needs_date(w, spec.now, spec.offset) {
        return String::new();
    }
    let ink = spec.palette.ink;
    let day = (spec.tick_label)(w.start(), AxisText::Day);
    format!(
        "<text x=\"{x}\" y=\"{y}\" dy=\"0.8em\" text-anchor=\"start\" font-family=\"sans-serif\" \
         font-size=\"{TEXT_PX}\" font-weight=\"bold\" fill=\"#{r:02x}{g:02x}{b:02x}\" \
         class=\"axis-date\">{day}</text>",
        x = geo.left,
        y = geo.axis_y(spec.view.lanes.len()) + 28,
        r = ink.0,
        g = ink.1,
        b = ink.2,
        day = xml_escape(&day),
    )
}

/// The now-line, on top of everything, when "now" is in the window. Placed by hand so that it
/// carries a class the page's checks can find.
fn now_line(spec: &Spec<'_>, geo: &Geometry) -> String {
    let Some(now) = spec.now.filter(|t| spec.window.contains(*t)) else {
        return String::new();
    };
    let x = geo.x(now, &spec.window);
    let a = spec.palette.accent;
    format!(
        "<line x1=\"{x}\" y1=\"{top}\" x2=\"{x}\" y2=\"{bottom}\" stroke=\"#{r:02x}{g:02x}{b:02x}\" \
         stroke-width=\"2\" class=\"now-line\"/>",
        top = geo.top - 6,
        bottom = geo.axis_y(spec.view.lanes.len()),
        r = a.0,
        g = a.1,
        b = a.2,
    )
}

/// Text made safe inside SVG markup: lane names can hold what a user typed (a connector's
/// name), and the chart is inserted into the page as markup.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    spec: &Spec<'_>,
    geo: &Geometry,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = spec.palette;
    let w = &spec.window;
    let lanes = spec.view.lanes.len();
    let axis_y = geo.axis_y(lanes);
    root.fill(&p.background)?;

    // Shaded spans, full height, behind everything.
    for shade in &spec.view.shades {
        if !shade.window.overlaps(w) {
            continue;
        }
        let (x0, x1) = (
            geo.x(shade.window.start(), w),
            geo.x(shade.window.end(), w)
                .max(geo.x(shade.window.start(), w) + 1),
        );
        let colour = shade_color(shade.kind).mix(0.22).filled();
        root.draw(&Rectangle::new([(x0, geo.top), (x1, axis_y)], colour))?;
    }

    // Lane separators (the labels are placed by `lane_labels`).
    for i in 0..spec.view.lanes.len() {
        let y = geo.top + i32::try_from(i).unwrap_or(0) * geo.lane_height;
        root.draw(&PathElement::new(
            vec![(geo.left, y), (geo.right, y)],
            p.grid,
        ))?;
    }

    // Axis with ticks in the display zone.
    root.draw(&PathElement::new(
        vec![(geo.left, axis_y), (geo.right, axis_y)],
        p.ink,
    ))?;
    // plotters' SVG backend writes `font-size` as the given size divided by 1.24 (its
    // em-to-pixel factor), so the size is scaled up by that factor to come out at TEXT_PX.
    let tick_font = ("sans-serif", f64::from(TEXT_PX) * 1.24)
        .into_font()
        .color(&p.ink)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for (t, midnight, label) in axis_ticks(spec, geo) {
        let x = geo.x(t, w);
        let line = if midnight {
            p.ink.mix(0.5)
        } else {
            p.grid.mix(1.0)
        };
        root.draw(&PathElement::new(vec![(x, geo.top), (x, axis_y + 4)], line))?;
        if let Some(label) = label {
            root.draw(&Text::new(label, (x, axis_y + 8), tick_font.clone()))?;
        }
    }

    // Events: spans for cycles with a duration, then a marker at the start.
    for (i, row) in spec.view.rows.iter().enumerate() {
        let visible = match row.end {
            Some(end) => row.at < w.end() && end > w.start(),
            None => w.contains(row.at),
        };
        if !visible || (spec.hidden)(i) {
            continue;
        }
        let (x, y) = (geo.x(row.at, w), geo.lane_y(row.lane));
        let colour = tone_color(row.tone);
        if let Some(end) = row.end {
            let x1 = geo.x(end, w).max(x + 2);
            root.draw(&Rectangle::new(
                [(x, y - 6), (x1, y + 6)],
                colour.mix(0.55).filled(),
            ))?;
        }
        marker(root, row.tone, (x, y), colour, p.ink)?;
    }

    // The selected event gets a ring in the accent colour.
    if let Some(row) = spec.selected.and_then(|i| spec.view.rows.get(i))
        && w.contains(row.at)
    {
        let c = (geo.x(row.at, w), geo.lane_y(row.lane));
        root.draw(&Circle::new(c, 11, p.accent.stroke_width(3)))?;
    }

    Ok(())
}

/// `label`, shortened to fit `room` units. Widths are estimated (wide characters such as kana
/// and kanji count about twice a Latin letter), because measuring text would need the browser;
/// the estimate errs on the wide side. The cut is made in the middle when the label ends in a
/// short last word, so that lanes told apart by it stay apart ("スケジュール #1" →
/// "スケ… #1", never three lanes reading "スケジュー…"); otherwise at the end.
fn fit_label(label: &str, room: i32) -> String {
    let width = |c: char| text_width(c.encode_utf8(&mut [0; 4]));
    let measure = text_width;
    let room = f64::from(room.max(0));
    if measure(label) <= room {
        return label.to_owned();
    }
    let keep_tail = label
        .rsplit_once(' ')
        .map(|(_, last)| last)
        .filter(|last| !last.is_empty() && last.chars().count() <= 4);
    let (tail, budget) = match keep_tail {
        Some(last) => {
            let tail = format!(" {last}");
            let budget = room - measure(&tail);
            (tail, budget)
        }
        None => (String::new(), room),
    };
    let mut used = width('…');
    let mut out = String::new();
    for c in label.chars() {
        used += width(c);
        if used > budget {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out.push_str(&tail);
    out
}

/// One marker; the shape encodes the tone as much as the colour does.
fn marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    tone: Tone,
    (x, y): (i32, i32),
    colour: RGBColor,
    ink: RGBColor,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    match tone {
        Tone::Synced => root.draw(&Circle::new((x, y), 6, colour.filled())),
        Tone::CaughtUp => root.draw(&Polygon::new(
            vec![(x, y - 7), (x + 7, y + 6), (x - 7, y + 6)],
            colour.filled(),
        )),
        Tone::Skipped => root.draw(&Circle::new((x, y), 5, colour.stroke_width(2))),
        Tone::Blocked => {
            let style = colour.stroke_width(3);
            root.draw(&PathElement::new(
                vec![(x - 5, y - 5), (x + 5, y + 5)],
                style,
            ))?;
            root.draw(&PathElement::new(
                vec![(x - 5, y + 5), (x + 5, y - 5)],
                style,
            ))
        }
        Tone::Info => root.draw(&Polygon::new(
            vec![(x, y - 7), (x + 6, y), (x, y + 7), (x - 6, y)],
            colour.filled(),
        )),
        Tone::Warning => {
            let points = vec![(x, y - 8), (x + 8, y + 6), (x - 8, y + 6)];
            root.draw(&Polygon::new(points.clone(), colour.filled()))?;
            let mut outline = points;
            outline.push((x, y - 8));
            root.draw(&PathElement::new(outline, ink.stroke_width(1)))
        }
    }
}

/// One entry of a picture's legend: what is drawn, and its name.
#[derive(Clone, Debug, PartialEq)]
pub enum Swatch {
    /// A marker of one tone.
    Tone(Tone),
    /// A shaded span.
    Shade(ShadeKind),
    /// The outline of a cycle that runs full steps.
    FullSteps,
    /// A deadline's dashed line and arrow.
    Deadline,
}

/// What an exported picture says around the chart, so that it stands on its own: a title,
/// the span shown, the zone its times are in, and what every mark means.
pub struct Frame<'a> {
    /// "Sync Planner: Intune device timeline".
    pub title: &'a str,
    /// The span shown, in words.
    pub range: &'a str,
    /// The zone, in words.
    pub zone: &'a str,
    /// The legend, in order.
    pub legend: &'a [(Swatch, String)],
    /// Colours.
    pub palette: Palette,
}

/// `text` broken at spaces into lines no wider than `room` (by [`text_width`]); a word longer
/// than that stays whole on its own line.
fn wrap(text: &str, room: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate) > room && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            line = word.to_owned();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The chart `chart_svg` (as [`render`] drew it, `width` × `height`) inside a picture that
/// stands on its own: title, span and zone above it, the legend below, each line wrapped to
/// the width and the legend's entries flowed into rows so no two texts overlap.
pub fn framed(chart_svg: &str, width: u32, height: u32, frame: &Frame<'_>) -> String {
    let p = frame.palette;
    let hex = |c: RGBColor| format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2);
    let ink = hex(p.ink);
    let line_height = 20;
    let margin = 12;
    let room = f64::from(width) - f64::from(2 * margin);
    let mut body = String::new();
    let mut y = margin;
    let text = |out: &mut String, x: i32, y: i32, bold: bool, s: &str| {
        out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" dy=\"0.8em\" font-family=\"sans-serif\" \
             font-size=\"{TEXT_PX}\"{weight} fill=\"{ink}\">{s}</text>",
            weight = if bold { " font-weight=\"bold\"" } else { "" },
            s = xml_escape(s),
        ));
    };
    // Bold text is wider: wrap the title to less room.
    for line in wrap(frame.title, room * 0.85) {
        text(&mut body, margin, y, true, &line);
        y += line_height;
    }
    for part in [frame.range, frame.zone] {
        for line in wrap(part, room) {
            text(&mut body, margin, y, false, &line);
            y += line_height;
        }
    }
    let chart_top = y + 4;
    // The legend, flowed: a swatch (14 units) and its name, then the next where it fits.
    let mut legend = String::new();
    let (mut x, mut ly) = (f64::from(margin), chart_top + height as i32 + 8);
    for (swatch, name) in frame.legend {
        let lines = wrap(name, room - 20.0);
        let widest = lines.iter().map(|l| text_width(l)).fold(0.0, f64::max);
        let needed = 20.0 + widest;
        if x > f64::from(margin) && x + needed > f64::from(width - margin as u32) {
            x = f64::from(margin);
            ly += line_height;
        }
        let (sx, sy) = (x as i32, ly + 3);
        legend.push_str(&match swatch {
            Swatch::Tone(tone) => format!(
                "<rect x=\"{sx}\" y=\"{sy}\" width=\"12\" height=\"12\" fill=\"{}\" stroke=\"{ink}\" stroke-width=\"0.5\"/>",
                hex(tone_color(*tone))
            ),
            Swatch::Shade(kind) => format!(
                "<rect x=\"{sx}\" y=\"{sy}\" width=\"12\" height=\"12\" fill=\"{}\" fill-opacity=\"0.35\"/>",
                hex(shade_color(*kind))
            ),
            Swatch::FullSteps => format!(
                "<rect x=\"{sx}\" y=\"{sy}\" width=\"12\" height=\"12\" fill=\"none\" stroke=\"{ink}\" stroke-width=\"2\"/>"
            ),
            Swatch::Deadline => format!(
                "<line x1=\"{x0}\" y1=\"{sy}\" x2=\"{x0}\" y2=\"{y1}\" stroke=\"{ink}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>",
                x0 = sx + 6,
                y1 = sy + 12,
            ),
        });
        for (k, line) in lines.iter().enumerate() {
            text(
                &mut legend,
                sx + 20,
                ly + k as i32 * line_height,
                false,
                line,
            );
        }
        ly += (lines.len() as i32 - 1).max(0) * line_height;
        x += needed + 16.0;
        if lines.len() > 1 {
            x = f64::from(width);
        }
    }
    let total = ly + line_height + margin;
    // The chart as a nested picture, placed under the header.
    let chart = chart_svg.replacen("<svg", &format!("<svg x=\"0\" y=\"{chart_top}\""), 1);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{total}\" \
         viewBox=\"0 0 {width} {total}\"><rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/>\
         {body}{chart}{legend}</svg>",
        bg = hex(p.background),
    )
}

/// The row nearest to a point in SVG units, if one is within reach (12 units), for hover.
pub fn hit(view: &View, window: &Window, geo: &Geometry, (px, py): (f64, f64)) -> Option<usize> {
    let lane = ((py - f64::from(geo.top)) / f64::from(geo.lane_height)).floor();
    if lane < 0.0 || lane >= view.lanes.len() as f64 {
        return None;
    }
    let lane = lane as usize;
    view.rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.lane == lane && window.contains(r.at))
        .map(|(i, r)| (i, (f64::from(geo.x(r.at, window)) - px).abs()))
        .filter(|(_, d)| *d <= 12.0)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::source;
    use crate::present::{Lane, Row, Shade};

    fn t(s: &str) -> Instant {
        s.parse().unwrap()
    }

    fn view() -> View {
        let row = |at: &str, lane, tone| Row {
            at: t(at),
            end: None,
            lane,
            tone,
            what: String::new(),
            why: String::new(),
            rule: String::new(),
            source: &source::LEARN_POLICY_REFRESH,
            mark: Mark::Plain,
        };
        View {
            lanes: vec![
                Lane {
                    key: "a",
                    label: "Schedule #1".into(),
                },
                Lane {
                    key: "b",
                    label: "Schedule #3".into(),
                },
            ],
            rows: vec![
                row("2026-11-21T09:00:00Z", 0, Tone::Synced),
                row("2026-11-21T12:00:00Z", 1, Tone::Skipped),
                row("2026-11-23T12:00:00Z", 1, Tone::Synced),
            ],
            shades: vec![Shade {
                window: Window::new(t("2026-11-21T10:00:00Z"), t("2026-11-21T14:00:00Z")).unwrap(),
                kind: ShadeKind::Off,
                label: "off".into(),
            }],
            warnings: vec![],
            truncated: false,
        }
    }

    fn draw_day(selected: Option<usize>) -> (String, Geometry) {
        let v = view();
        let window = Window::new(t("2026-11-21T00:00:00Z"), t("2026-11-22T00:00:00Z")).unwrap();
        let spec = Spec {
            view: &v,
            window,
            now: Some(t("2026-11-21T11:00:00Z")),
            selected,
            hidden: &|_| false,
            palette: LIGHT,
            width: 960,
            offset: &|_| 9 * 3600,
            tick_label: &|t, _| t.format("%H:%M").to_string(),
        };
        render(&spec)
    }

    #[test]
    fn draws_lanes_visible_events_shades_and_now() {
        let (svg, geo) = draw_day(None);
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("Schedule #1") && svg.contains("Schedule #3"));
        // Now (11:00 UTC) is in the window: one now-line, at its place on the axis.
        let x = geo.x(
            t("2026-11-21T11:00:00Z"),
            &Window::new(t("2026-11-21T00:00:00Z"), t("2026-11-22T00:00:00Z")).unwrap(),
        );
        assert_eq!(svg.matches("class=\"now-line\"").count(), 1, "{svg}");
        assert!(svg.contains(&format!("<line x1=\"{x}\" ")), "{svg}");
        // One filled circle (the synced run in the window); the event two days later is out.
        assert_eq!(svg.matches("<circle").count(), 2, "{svg}"); // synced + skipped ring
        assert_eq!(geo.height as i32, geo.top + 2 * geo.lane_height + 48);
        assert!(
            svg.contains("opacity=\"0.22\"") || svg.contains("fill-opacity"),
            "shade drawn"
        );
    }

    #[test]
    fn long_lane_labels_are_cut_to_fit() {
        assert_eq!(fit_label("Schedule #1", 160), "Schedule #1");
        let cut = fit_label("パスワード ハッシュ同期", 84);
        assert!(cut.ends_with('…') && cut.chars().count() < 12, "{cut}");
        assert_eq!(fit_label("abc", 0), "…");
    }

    #[test]
    fn lanes_told_apart_by_their_last_word_stay_apart_when_cut() {
        // The narrow label column (phones) holds 84 units.
        let cut: Vec<String> = ["スケジュール #1", "スケジュール #2", "スケジュール #3"]
            .iter()
            .map(|l| fit_label(l, 84))
            .collect();
        assert!(cut.iter().all(|c| c.contains('…')), "{cut:?}");
        assert_eq!(cut[0].replace("#1", "#2"), cut[1], "{cut:?}");
        assert!(
            cut[0].ends_with(" #1") && cut[2].ends_with(" #3"),
            "{cut:?}"
        );
        assert!(cut.iter().all(|c| {
            c.chars()
                .map(|c| if c.is_ascii() { 7.2 } else { 13.0 })
                .sum::<f64>()
                <= 84.0
        }));
    }

    #[test]
    fn lane_labels_are_escaped_sized_and_carry_their_full_name() {
        let mut v = view();
        v.lanes[0].label = "<b>\"Fabrikam & Co\"</b> connector".to_owned();
        let spec_view = v;
        let hidden = |_: usize| false;
        let offset = |_: Instant| 0;
        let label = |t: Instant, _: AxisText| t.format("%H:%M").to_string();
        let (svg, _) = render(&Spec {
            view: &spec_view,
            window: Window::new(t("2026-11-21T00:00:00Z"), t("2026-11-22T00:00:00Z")).unwrap(),
            now: None,
            selected: None,
            hidden: &hidden,
            palette: LIGHT,
            width: 360,
            offset: &offset,
            tick_label: &label,
        });
        assert!(!svg.contains("<b>"), "{svg}");
        assert!(
            svg.contains(
                "<title>&lt;b&gt;&quot;Fabrikam &amp; Co&quot;&lt;/b&gt; connector</title>"
            ),
            "{svg}"
        );
        assert_eq!(
            svg.matches("class=\"lane-label\"").count(),
            spec_view.lanes.len()
        );
        // Every text in the chart, lane labels and axis ticks alike, is TEXT_PX on screen.
        let sizes: Vec<f64> = svg
            .split("font-size=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next()?.parse().ok())
            .collect();
        assert!(sizes.len() > spec_view.lanes.len(), "{sizes:?}");
        assert!(
            sizes.iter().all(|px| (px - f64::from(TEXT_PX)).abs() < 0.5),
            "{sizes:?}"
        );
        assert!(svg.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn the_selected_event_gets_a_ring() {
        let (plain, _) = draw_day(None);
        let (ringed, _) = draw_day(Some(0));
        assert_eq!(
            ringed.matches("<circle").count(),
            plain.matches("<circle").count() + 1
        );
    }

    #[test]
    fn ticks_fall_on_round_local_times() {
        let window = Window::new(t("2026-11-21T00:00:00Z"), t("2026-11-22T00:00:00Z")).unwrap();
        let jst = |_: Instant| 9 * 3600;
        let ticks = ticks(&window, &jst, 10);
        assert!(!ticks.is_empty() && ticks.len() <= 12);
        for (tick, midnight) in &ticks {
            let local = tick.timestamp() + 9 * 3600;
            assert_eq!(local % 10_800, 0, "every 3 hours on the local clock");
            assert_eq!(*midnight, local % 86_400 == 0);
        }
        assert!(ticks.iter().any(|(_, m)| *m), "local midnight is marked");
        // A narrow chart gets fewer, wider-spaced ticks.
        let narrow = super::ticks(&window, &jst, 3);
        assert!(
            narrow.len() <= 4 && narrow.len() < ticks.len(),
            "{}",
            narrow.len()
        );
    }

    /// The chart over `window` at `now` in Tokyo, with ticks written "T hh:mm" or "D mm-dd".
    fn draw_axis(window: Window, now: Instant) -> String {
        let v = view();
        let label = |t: Instant, kind: AxisText| {
            let local = t + TimeDelta::hours(9);
            match kind {
                AxisText::Time => local.format("T %H:%M").to_string(),
                AxisText::Day => local.format("D %m-%d").to_string(),
            }
        };
        render(&Spec {
            view: &v,
            window,
            now: Some(now),
            selected: None,
            hidden: &|_| false,
            palette: LIGHT,
            width: 960,
            offset: &|_| 9 * 3600,
            tick_label: &label,
        })
        .0
    }

    #[test]
    fn the_axis_names_the_day_when_the_window_is_not_all_today() {
        let now = t("2026-11-30T03:00:00Z"); // Monday 12:00 in Tokyo
        let w = |a: &str, b: &str| Window::new(t(a), t(b)).unwrap();
        // Monday 09:00–12:00 in Tokyo: times only, no day anywhere.
        let today = draw_axis(w("2026-11-30T00:00:00Z", "2026-11-30T03:00:00Z"), now);
        assert!(today.contains("T 10:00"), "{today}");
        assert!(
            !today.contains("D ") && !today.contains("axis-date"),
            "{today}"
        );
        // Last Friday's first hours: the day is written at the axis's start.
        let friday = draw_axis(w("2026-11-27T00:00:00Z", "2026-11-27T03:00:00Z"), now);
        assert!(
            friday.contains("class=\"axis-date\">D 11-27</text>"),
            "{friday}"
        );
        // A day across Tokyo midnight: the starting day, and the new day at its midnight tick.
        let across = draw_axis(w("2026-11-30T09:00:00Z", "2026-12-01T09:00:00Z"), now);
        assert!(
            across.contains("class=\"axis-date\">D 11-30</text>"),
            "{across}"
        );
        assert!(
            across.contains("D 12-01") && across.contains("T 02:00"),
            "{across}"
        );
        // A week: every tick is a day, so no separate caption.
        let week = draw_axis(w("2026-11-28T00:00:00Z", "2026-12-05T00:00:00Z"), now);
        assert!(
            !week.contains("axis-date") && !week.contains("T "),
            "{week}"
        );
    }

    /// A spec over `window` at `width`, Tokyo time, with Japanese-shaped labels
    /// ("12月9日(水)", "15:00").
    fn ja_render(v: &View, window: Window, width: u32) -> (String, Geometry) {
        let label = |t: Instant, kind: AxisText| {
            let local = t + TimeDelta::hours(9);
            match kind {
                AxisText::Time => local.format("%H:%M").to_string(),
                AxisText::Day => local.format("%-m月%-d日(水)").to_string(),
            }
        };
        render(&Spec {
            view: v,
            window,
            now: None,
            selected: None,
            hidden: &|_| false,
            palette: LIGHT,
            width,
            offset: &|_| 9 * 3600,
            tick_label: &label,
        })
    }

    /// The labelled ticks of a render, as (x, label), read back from the SVG plotters wrote.
    fn tick_texts(svg: &str) -> Vec<(f64, String)> {
        svg.split("<text ")
            .skip(1)
            .filter(|t| t.contains("text-anchor=\"middle\""))
            .filter_map(|t| {
                let x: f64 = t.split("x=\"").nth(1)?.split('"').next()?.parse().ok()?;
                let label = t.split('>').nth(1)?.split('<').next()?.trim().to_owned();
                Some((x, label))
            })
            .collect()
    }

    #[test]
    fn a_week_in_japanese_on_a_phone_keeps_its_day_labels_apart() {
        let v = view();
        let week = Window::new(t("2026-12-06T15:00:00Z"), t("2026-12-13T15:00:00Z")).unwrap();
        for width in [360, 390, 768, 1366, 1920] {
            let (svg, _) = ja_render(&v, week, width);
            let ticks = tick_texts(&svg);
            assert!(ticks.len() >= 2, "{width}: {ticks:?}");
            for pair in ticks.windows(2) {
                let room = pair[1].0 - pair[0].0;
                let needed = (text_width(&pair[0].1) + text_width(&pair[1].1)) / 2.0;
                assert!(room >= needed + TEXT_GAP, "{width}: {pair:?}");
            }
        }
    }

    #[test]
    fn the_day_caption_has_a_line_of_its_own_below_the_times() {
        // A day that started yesterday in Tokyo: times on the axis, the day under them.
        let v = view();
        let day = Window::new(t("2026-11-21T06:00:00Z"), t("2026-11-22T06:00:00Z")).unwrap();
        let label = |t: Instant, kind: AxisText| match kind {
            AxisText::Time => (t + TimeDelta::hours(9)).format("%-I:%M %p").to_string(),
            AxisText::Day => (t + TimeDelta::hours(9)).format("%a, %b %-d").to_string(),
        };
        let (svg, geo) = render(&Spec {
            view: &v,
            window: day,
            now: Some(t("2026-11-25T00:00:00Z")),
            selected: None,
            hidden: &|_| false,
            palette: LIGHT,
            width: 390,
            offset: &|_| 9 * 3600,
            tick_label: &label,
        });
        let caption = svg.split("class=\"axis-date\"").next().unwrap();
        let y: i32 = caption
            .rsplit(" y=\"")
            .next()
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let axis = geo.top + 2 * geo.lane_height;
        // Tick labels hang from axis + 8 and are one line (13 px) tall.
        assert!(
            y >= axis + 8 + TEXT_PX as i32 + 4,
            "caption at {y}, axis at {axis}"
        );
        assert!(
            y + TEXT_PX as i32 + 4 <= geo.height as i32,
            "inside the picture"
        );
        assert!(!tick_texts(&svg).is_empty());
    }

    #[test]
    fn lane_names_are_whole_on_a_phone() {
        let mut v = view();
        v.lanes[0].label = "ログオン スケジュール".into();
        v.lanes[1].label = "Every 3 minutes (first 15 min)".into();
        let day = Window::new(t("2026-11-21T00:00:00Z"), t("2026-11-22T00:00:00Z")).unwrap();
        let (svg, _) = ja_render(&v, day, 360);
        assert!(
            svg.contains("</title>ログオン スケジュール</text>"),
            "{svg}"
        );
        assert!(
            svg.contains("</title>Every 3 minutes (first 15 min)</text>"),
            "{svg}"
        );
    }

    #[test]
    fn full_steps_and_deadlines_are_marked() {
        let mut v = view();
        v.rows[0].end = Some(t("2026-11-21T09:40:00Z"));
        v.rows[0].mark = Mark::FullSteps;
        // A deadline inside the day, and two after it.
        for (at, lane) in [
            ("2026-11-21T18:00:00Z", 1),
            ("2026-12-20T09:00:00Z", 1),
            ("2027-02-18T09:00:00Z", 1),
        ] {
            v.rows.push(Row {
                at: t(at),
                end: None,
                lane,
                tone: Tone::Warning,
                what: "Noncompliant".into(),
                why: String::new(),
                rule: String::new(),
                source: &source::LEARN_COMPLIANCE_VALIDITY,
                mark: Mark::Deadline,
            });
        }
        let day = Window::new(t("2026-11-21T00:00:00Z"), t("2026-11-22T00:00:00Z")).unwrap();
        let (svg, _) = ja_render(&v, day, 1366);
        assert_eq!(svg.matches("class=\"full-steps\"").count(), 1, "{svg}");
        assert_eq!(svg.matches("class=\"deadline\"").count(), 1, "{svg}");
        assert_eq!(svg.matches("class=\"deadline-arrow\"").count(), 1, "{svg}");
        assert!(
            svg.contains("12月20日(水)</text>") && svg.contains("2月18日(水)</text>"),
            "{svg}"
        );
        // On a phone only as many days as fit are written; the arrow stays.
        let (narrow, _) = ja_render(&v, day, 360);
        assert_eq!(narrow.matches("class=\"deadline-arrow\"").count(), 1);
        // Filtered out of the list, out of the chart.
        let hidden = |i: usize| i >= 3;
        let label = |t: Instant, _: AxisText| t.to_rfc3339();
        let (none, _) = render(&Spec {
            view: &v,
            window: day,
            now: None,
            selected: None,
            hidden: &hidden,
            palette: LIGHT,
            width: 960,
            offset: &|_| 0,
            tick_label: &label,
        });
        assert!(!none.contains("deadline"), "{none}");
    }

    #[test]
    fn an_exported_picture_carries_title_range_zone_legend_and_whole_lane_names() {
        let mut v = view();
        v.lanes[0].label = "Every 3 minutes (first 15 min)".into();
        let day = Window::new(t("2026-11-21T00:00:00Z"), t("2026-11-22T00:00:00Z")).unwrap();
        let (chart, geo) = ja_render(&v, day, 360);
        let legend: Vec<(Swatch, String)> = Tone::ALL
            .iter()
            .map(|&tone| (Swatch::Tone(tone), format!("{tone:?} runs, a long name")))
            .chain([(
                Swatch::Deadline,
                "Dashed line: a deadline; arrow: after the chart's end".to_owned(),
            )])
            .collect();
        let svg = framed(
            &chart,
            geo.width,
            geo.height,
            &Frame {
                title: "Sync Planner: Entra Connect Sync server timeline",
                range: "Sat, Nov 21, 2026, 9:00 AM to Sun, Nov 22, 2026, 9:00 AM",
                zone: "Times in Asia/Tokyo",
                legend: &legend,
                palette: LIGHT,
            },
        );
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        for part in [
            "Sync Planner",
            "Nov 21, 2026",
            "Asia/Tokyo",
            "Warning runs",
            "a deadline",
        ] {
            assert!(svg.contains(part), "{part}: {svg}");
        }
        assert!(
            svg.contains(">Every 3 minutes (first 15 min)</text>"),
            "{svg}"
        );
        // Every text of the frame (not the nested chart) inside the width, none overlapping.
        let frame_only = svg.replace(&chart.replacen("<svg", "", 1), "");
        let mut boxes: Vec<(f64, f64, f64)> = Vec::new();
        for t in frame_only.split("<text ").skip(1) {
            let num = |key: &str| -> f64 {
                t.split(key)
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
                    .parse()
                    .unwrap()
            };
            let (x, y) = (num("x=\""), num(" y=\""));
            let s = t.split('>').nth(1).unwrap().split('<').next().unwrap();
            let w = text_width(s);
            assert!(
                x + w <= f64::from(geo.width) + 0.5,
                "{s} at {x} is too wide"
            );
            for &(bx, by, bw) in &boxes {
                let apart = (y - by).abs() >= 16.0 || x >= bx + bw || bx >= x + w;
                assert!(apart, "{s} at ({x}, {y}) overlaps one at ({bx}, {by})");
            }
            boxes.push((x, y, w));
        }
        assert!(boxes.len() >= 3 + legend.len(), "{}", boxes.len());
    }

    #[test]
    fn hit_finds_the_nearest_event_in_the_lane() {
        let v = view();
        let window = Window::new(t("2026-11-21T00:00:00Z"), t("2026-11-22T00:00:00Z")).unwrap();
        let (_, geo) = draw_day(None);
        let x = f64::from(geo.x(t("2026-11-21T12:00:00Z"), &window));
        let y = f64::from(geo.lane_y(1));
        assert_eq!(hit(&v, &window, &geo, (x + 3.0, y)), Some(1));
        assert_eq!(hit(&v, &window, &geo, (x + 40.0, y)), None);
        assert_eq!(hit(&v, &window, &geo, (x, f64::from(geo.lane_y(0)))), None);
    }
}
