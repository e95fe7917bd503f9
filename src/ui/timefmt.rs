//! Dates and times as people read them: in the chosen display zone, in the interface's
//! language. The browser's `Intl` does the work, because it carries the current time-zone
//! database (DST rules included) at no cost to the bundle.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{TimeDelta, Timelike, Utc};
use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::engine::DisplayZone;
use crate::engine::Instant;
use crate::present::text::Lang;

/// Which pieces of an instant to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// Date and time: "2026/11/21 18:03", "Nov 21, 2026, 6:03 PM".
    DateTime,
    /// Time only: "18:03".
    Time,
    /// Weekday, month and day: "11月21日(土)", "Sat, Nov 21".
    Day,
    /// Date and time with seconds, for exact readings in tooltips.
    Exact,
}

thread_local! {
    // Building an Intl.DateTimeFormat costs far more than using one; keep one per combination.
    static CACHE: RefCell<HashMap<(Lang, String, Style), Intl::DateTimeFormat>> =
        RefCell::new(HashMap::new());
}

fn set(options: &Object, key: &str, value: &str) {
    let _ = Reflect::set(options, &JsValue::from_str(key), &JsValue::from_str(value));
}

/// `new Intl.DateTimeFormat(locale, options)`, or `None` where JavaScript would throw (an
/// unknown time zone throws a RangeError, which must not reach WASM as an exception).
fn construct(locale: &str, options: &Object) -> Option<Intl::DateTimeFormat> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let ctor = Reflect::get(&intl, &JsValue::from_str("DateTimeFormat")).ok()?;
    let ctor = ctor.dyn_into::<js_sys::Function>().ok()?;
    let args = Array::of2(&JsValue::from_str(locale), options);
    Reflect::construct(&ctor, &args)
        .ok()
        .map(JsCast::unchecked_into)
}

fn formatter(lang: Lang, iana: Option<&str>, style: Style) -> Option<Intl::DateTimeFormat> {
    let key = (lang, iana.unwrap_or("").to_owned(), style);
    if let Some(found) = CACHE.with(|cache| cache.borrow().get(&key).cloned()) {
        return Some(found);
    }
    let options = Object::new();
    if let Some(zone) = iana {
        set(&options, "timeZone", zone);
    }
    match style {
        Style::DateTime => {
            set(&options, "dateStyle", "medium");
            set(&options, "timeStyle", "short");
        }
        Style::Exact => {
            set(&options, "dateStyle", "medium");
            set(&options, "timeStyle", "medium");
        }
        Style::Time => set(&options, "timeStyle", "short"),
        Style::Day => {
            set(&options, "weekday", "short");
            set(&options, "month", "short");
            set(&options, "day", "numeric");
        }
    }
    let built = construct(lang.tag(), &options)?;
    CACHE.with(|cache| cache.borrow_mut().insert(key, built.clone()));
    Some(built)
}

/// Formats `t` in `zone` for `lang`.
pub fn format(t: Instant, zone: &DisplayZone, lang: Lang, style: Style) -> String {
    // A fixed offset has no name Intl knows everywhere: shift the instant and format it as UTC.
    let (t, iana) = match zone {
        DisplayZone::Browser => (t, None),
        DisplayZone::Utc => (t, Some("UTC")),
        DisplayZone::Fixed(off) => (
            t + TimeDelta::seconds(off.local_minus_utc().into()),
            Some("UTC"),
        ),
        DisplayZone::Named(name) => (t, Some(name.as_str())),
    };
    let date = Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
    // An unknown zone (checked where it is typed, but links can carry anything) falls back to UTC.
    let Some(dtf) = formatter(lang, iana, style).or_else(|| formatter(lang, Some("UTC"), style))
    else {
        return t.to_rfc3339();
    };
    let text = dtf.format().call1(&JsValue::NULL, &date);
    text.ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| t.to_rfc3339())
}

/// The same instant in UTC, for tooltips that show both.
pub fn format_utc(t: Instant, lang: Lang) -> String {
    format(t, &DisplayZone::Utc, lang, Style::Exact) + " UTC"
}

/// Whether the browser knows a named zone (`Intl` throws a RangeError for unknown ones).
pub fn zone_known(name: &str) -> bool {
    let options = Object::new();
    set(&options, "timeZone", name);
    construct("en", &options).is_some()
}

/// The browser's own zone name, e.g. "Asia/Tokyo", for labels.
pub fn browser_zone_name() -> String {
    let Some(dtf) = construct("en", &Object::new()) else {
        return "UTC".to_owned();
    };
    Reflect::get(&dtf.resolved_options(), &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "UTC".to_owned())
}

/// The current instant, read from the browser. The engine never reads a clock; the UI does,
/// and passes it in as "now".
pub fn now() -> Instant {
    let ms = Date::now() as i64;
    chrono::DateTime::<Utc>::from_timestamp_millis(ms).unwrap_or_default()
}

/// The zone's offset from UTC at instant `t`, in seconds (east positive). DST-aware for named
/// zones and the browser's own zone.
pub fn offset_secs(t: Instant, zone: &DisplayZone) -> i32 {
    match zone {
        DisplayZone::Utc => 0,
        DisplayZone::Fixed(off) => off.local_minus_utc(),
        DisplayZone::Browser => {
            let date = Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
            // getTimezoneOffset is UTC minus local, in minutes.
            -(date.get_timezone_offset() as i32) * 60
        }
        DisplayZone::Named(name) => named_offset(t, name).unwrap_or(0),
    }
}

fn named_offset(t: Instant, name: &str) -> Option<i32> {
    let key = (Lang::En, format!("parts:{name}"), Style::Exact);
    let dtf = match CACHE.with(|c| c.borrow().get(&key).cloned()) {
        Some(found) => found,
        None => {
            let options = Object::new();
            set(&options, "timeZone", name);
            set(&options, "hourCycle", "h23");
            for field in ["year", "month", "day", "hour", "minute", "second"] {
                set(&options, field, "numeric");
            }
            let built = construct("en-US", &options)?;
            CACHE.with(|c| c.borrow_mut().insert(key, built.clone()));
            built
        }
    };
    let date = Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
    let mut fields = [0i64; 6];
    for part in dtf.format_to_parts(&date).iter() {
        let kind = Reflect::get(&part, &JsValue::from_str("type"))
            .ok()?
            .as_string()?;
        let value = Reflect::get(&part, &JsValue::from_str("value"))
            .ok()?
            .as_string()?;
        let slot = ["year", "month", "day", "hour", "minute", "second"]
            .iter()
            .position(|f| *f == kind);
        if let Some(i) = slot {
            fields[i] = value.parse().ok()?;
        }
    }
    let [y, mo, d, h, mi, s] = fields;
    let local = chrono::NaiveDate::from_ymd_opt(y as i32, mo as u32, d as u32)?
        .and_hms_opt(h as u32, mi as u32, s as u32)?;
    let utc = t.naive_utc().with_nanosecond(0)?;
    i32::try_from((local - utc).num_seconds()).ok()
}

/// `t` as the value of an `<input type="datetime-local">` in `zone`: `2026-11-21T09:00`.
pub fn to_input(t: Instant, zone: &DisplayZone) -> String {
    let local = t.naive_utc() + TimeDelta::seconds(offset_secs(t, zone).into());
    local.format("%Y-%m-%dT%H:%M").to_string()
}

/// The instant a `datetime-local` value means in `zone`; `None` if the text is not one.
/// Wall-clock times that a DST change skips or repeats resolve to the offset in force just
/// before the change, as most calendar software does.
pub fn from_input(text: &str, zone: &DisplayZone) -> Option<Instant> {
    let text = text.trim();
    let naive = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
        .ok()?;
    let as_utc = naive.and_utc();
    // Two rounds settle the offset, including around DST changes.
    let first = as_utc - TimeDelta::seconds(offset_secs(as_utc, zone).into());
    let second = as_utc - TimeDelta::seconds(offset_secs(first, zone).into());
    crate::engine::in_era(second).then_some(second)
}
