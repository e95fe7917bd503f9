//! The text syntax of a version-2 link: a JSON tree written with characters that survive in a
//! URL fragment unescaped, so a link stays short and readable, and decoding is one small,
//! bounded parser.
//!
//! ```text
//! value   = object | array | literal | instant | number | word | string
//! object  = "(" [ key ":" value *( "," key ":" value ) ] ")"
//! array   = "!(" [ value *( "," value ) ] ")"
//! literal = "!t" | "!f" | "!n"                      ; true, false, null
//! instant = "@" ["-"] base36 [ "." base36 ]         ; minutes (and seconds) after the base
//! number  = ["-"] DIGIT *( DIGIT / "." / "e" / "E" / "+" / "-" )   ; a JSON number
//! word    = ( ALPHA / "_" ) *( ALPHA / DIGIT / "_" ) ; a short code, else the text itself
//! string  = "~" *( unreserved / pct-encoded ) "~"    ; any other text, percent-encoded
//! key     = word | string
//! ```
//!
//! Words are looked up in [`super::words`]: a key in the key table, a value in the value table;
//! a word found in neither is itself. The writer quotes any text that would be mistaken for a
//! code, an instant or a number, so every JSON tree round-trips.

use super::node::Node;
use super::words::{self, KEYS, VALUES};
use crate::engine::Instant;
use chrono::{SecondsFormat, TimeDelta};

/// How deeply objects and arrays may nest: a scenario needs five levels; the bound keeps a
/// hostile link from exhausting the stack.
pub const MAX_DEPTH: usize = 16;

/// How many members an object may have: the widest part of a scenario has a few dozen fields.
/// The bound keeps sorting a hostile link's members (see [`Node::object`]) instant.
pub const MAX_MEMBERS: usize = 64;

/// Why a tree could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unreadable;

/// `true` if `text` can be written as a bare word.
pub fn is_word(text: &str) -> bool {
    let mut bytes = text.bytes();
    bytes
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Writes `value`, with instants relative to `base`.
pub fn write(value: &Node, base: Instant, out: &mut String) {
    match value {
        Node::Null => out.push_str("!n"),
        Node::Bool(true) => out.push_str("!t"),
        Node::Bool(false) => out.push_str("!f"),
        Node::Number(n) => out.push_str(n),
        Node::Text(s) => match as_instant(s) {
            Some(t) => {
                out.push('@');
                write_offset(t - base, out);
            }
            None => write_text(s, VALUES, out),
        },
        Node::Array(items) => {
            out.push_str("!(");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, base, out);
            }
            out.push(')');
        }
        Node::Object(members) => {
            out.push('(');
            for (i, (key, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_text(key, KEYS, out);
                out.push(':');
                write(item, base, out);
            }
            out.push(')');
        }
    }
}

/// An instant's offset from the base: signed base-36 minutes, then `.` and base-36 seconds
/// when it is not a whole minute.
pub fn write_offset(offset: TimeDelta, out: &mut String) {
    let secs = offset.num_seconds();
    let (minutes, seconds) = (secs.div_euclid(60), secs.rem_euclid(60));
    if minutes < 0 {
        out.push('-');
    }
    out.push_str(&base36(minutes.unsigned_abs()));
    if seconds != 0 {
        out.push('.');
        out.push_str(&base36(seconds.unsigned_abs()));
    }
}

/// Reads an offset written by [`write_offset`]; `None` if malformed or out of range.
pub fn read_offset(text: &str) -> Option<TimeDelta> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (minutes, seconds) = match rest.split_once('.') {
        Some((m, s)) => (m, Some(s)),
        None => (rest, None),
    };
    let minutes = i64::try_from(unbase36(minutes)?).ok()?;
    let minutes = if negative { -minutes } else { minutes };
    let seconds = match seconds {
        Some(s) => i64::try_from(unbase36(s)?).ok().filter(|s| *s < 60)?,
        None => 0,
    };
    TimeDelta::try_seconds(minutes.checked_mul(60)?.checked_add(seconds)?)
}

/// `n` in lowercase base 36.
pub fn base36(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

/// A base-36 number of at most 12 digits (either case); `None` otherwise.
pub fn unbase36(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 12 {
        return None;
    }
    text.bytes().try_fold(0u64, |n, b| {
        let d = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'z' => b - b'a' + 10,
            b'A'..=b'Z' => b - b'A' + 10,
            _ => return None,
        };
        Some(n * 36 + u64::from(d))
    })
}

/// The instant `text` names, if it is one written the way the scenario writes instants
/// (whole seconds, UTC), so that writing it back gives the same text.
fn as_instant(text: &str) -> Option<Instant> {
    if text.len() != 20 || !text.ends_with('Z') {
        return None;
    }
    let t: Instant = text.parse().ok()?;
    (instant_text(t) == text).then_some(t)
}

/// An instant as the scenario writes it.
pub fn instant_text(t: Instant) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Writes a key or a text value: its code, else the bare word, else a quoted string.
fn write_text(text: &str, table: &[(&'static str, &'static str)], out: &mut String) {
    if let Some(code) = words::code(table, text) {
        out.push_str(code);
    } else if is_word(text) && words::long(table, text).is_none() {
        out.push_str(text);
    } else {
        out.push('~');
        for b in text.bytes() {
            if b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_' {
                out.push(char::from(b));
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out.push('~');
    }
}

/// Reads a whole tree; instants become text again, relative to `base` (a link without a base
/// may not hold instants).
pub fn read(text: &str, base: Option<Instant>) -> Result<Node, Unreadable> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
        base,
    };
    let value = reader.value(0)?;
    if reader.at == reader.bytes.len() {
        Ok(value)
    } else {
        Err(Unreadable)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    base: Option<Instant>,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        if found {
            self.at += 1;
        }
        found
    }

    /// The bytes from here while `keep` holds.
    fn take_while(&mut self, keep: impl Fn(u8) -> bool) -> &str {
        let start = self.at;
        while self.peek().is_some_and(&keep) {
            self.at += 1;
        }
        // Only ASCII bytes are taken, so this is always valid UTF-8.
        std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or_default()
    }

    fn value(&mut self, depth: usize) -> Result<Node, Unreadable> {
        if depth > MAX_DEPTH {
            return Err(Unreadable);
        }
        match self.peek().ok_or(Unreadable)? {
            b'(' => {
                self.at += 1;
                let mut members = Vec::new();
                if self.eat(b')') {
                    return Ok(Node::Object(members));
                }
                loop {
                    let key = self.text(KEYS)?;
                    if !self.eat(b':') {
                        return Err(Unreadable);
                    }
                    let item = self.value(depth + 1)?;
                    if members.len() == MAX_MEMBERS {
                        return Err(Unreadable);
                    }
                    members.push((key, item));
                    if self.eat(b')') {
                        return Ok(Node::object(members));
                    }
                    if !self.eat(b',') {
                        return Err(Unreadable);
                    }
                }
            }
            b'!' => {
                self.at += 1;
                match self.peek() {
                    Some(b't') => {
                        self.at += 1;
                        Ok(Node::Bool(true))
                    }
                    Some(b'f') => {
                        self.at += 1;
                        Ok(Node::Bool(false))
                    }
                    Some(b'n') => {
                        self.at += 1;
                        Ok(Node::Null)
                    }
                    Some(b'(') => {
                        self.at += 1;
                        let mut items = Vec::new();
                        if self.eat(b')') {
                            return Ok(Node::Array(items));
                        }
                        loop {
                            items.push(self.value(depth + 1)?);
                            if self.eat(b')') {
                                return Ok(Node::Array(items));
                            }
                            if !self.eat(b',') {
                                return Err(Unreadable);
                            }
                        }
                    }
                    _ => Err(Unreadable),
                }
            }
            b'@' => {
                self.at += 1;
                let base = self.base.ok_or(Unreadable)?;
                let offset =
                    self.take_while(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
                let offset = read_offset(offset).ok_or(Unreadable)?;
                let t = base.checked_add_signed(offset).ok_or(Unreadable)?;
                Ok(Node::Text(instant_text(t)))
            }
            b'-' | b'0'..=b'9' => {
                let start = self.at;
                self.at += 1;
                self.take_while(|b| {
                    b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-')
                });
                let text =
                    std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| Unreadable)?;
                Node::number(text).ok_or(Unreadable)
            }
            _ => self.text(VALUES).map(Node::Text),
        }
    }

    /// A word (expanded through `table`) or a quoted string.
    fn text(&mut self, table: &[(&'static str, &'static str)]) -> Result<String, Unreadable> {
        if self.eat(b'~') {
            let start = self.at;
            while self.peek().is_some_and(|b| b != b'~') {
                self.at += 1;
            }
            if !self.eat(b'~') {
                return Err(Unreadable);
            }
            return percent_decode(&self.bytes[start..self.at - 1]);
        }
        let word = self.take_while(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !is_word(word) {
            return Err(Unreadable);
        }
        Ok(words::long(table, word).unwrap_or(word).to_owned())
    }
}

/// Percent-decodes `bytes` into UTF-8 text; other bytes pass through as they are.
pub fn percent_decode(bytes: &[u8]) -> Result<String, Unreadable> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).ok_or(Unreadable)?;
            let hex = std::str::from_utf8(hex).map_err(|_| Unreadable)?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| Unreadable)?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::node::parse;

    /// A tree written as JSON.
    fn json(text: &str) -> Node {
        parse(text).unwrap()
    }

    fn base() -> Instant {
        "2026-11-21T10:00:00Z".parse().unwrap()
    }

    fn round_trip(value: Node) {
        let mut text = String::new();
        write(&value, base(), &mut text);
        assert_eq!(read(&text, Some(base())), Ok(value.clone()), "{text}");
    }

    #[test]
    fn an_object_wider_than_any_scenario_part_is_refused() {
        let members = |n: usize| {
            let fields: Vec<String> = (0..n).map(|i| format!("\"k{i}\": {i}")).collect();
            json(&format!("{{{}}}", fields.join(", ")))
        };
        round_trip(members(MAX_MEMBERS));
        let mut text = String::new();
        write(&members(MAX_MEMBERS + 1), base(), &mut text);
        assert_eq!(read(&text, Some(base())), Err(Unreadable));
    }

    #[test]
    fn trees_round_trip_through_their_text() {
        round_trip(json(
            r#"{"start": "2026-11-21T10:00:00Z", "end": "2026-11-20T09:59:59Z"}"#,
        ));
        round_trip(json(
            "[true, false, null, 0, -12, 1.5, 1e-7, 18446744073709551615]",
        ));
        round_trip(json(
            r#"{"name": "contoso.com - AAD", "kind": "ad", "x y": "日本語 ~%()"}"#,
        ));
        // Text that looks like a code, a number or an instant stays text.
        round_trip(json(
            r#"["W", "windows", "v", "12", "@3", "2026-11-21T10:00:00.5Z", ""]"#,
        ));
        round_trip(json(r#"{"W": 1, "v": {"version": 2}, "": []}"#));
    }

    #[test]
    fn codes_and_instants_are_short() {
        let mut text = String::new();
        let value = json(r#"{"platform": "ios", "logons": ["2026-11-21T12:30:00Z"]}"#);
        write(&value, base(), &mut text);
        assert_eq!(text, "(lg:!(@46),pl:I)"); // 150 minutes
    }

    #[test]
    fn malformed_trees_are_refused() {
        for bad in [
            "", "(", "(a:1", "(a)", "!(1,", "!x", "@", "~abc", "~%zz~", "1x", ")", "@-", "@1.",
            "(a:1,)",
        ] {
            assert_eq!(read(bad, Some(base())), Err(Unreadable), "{bad}");
        }
        assert_eq!(read("@1", None), Err(Unreadable), "no base");
        let deep = format!("{}1{}", "!(".repeat(100), ")".repeat(100));
        assert_eq!(read(&deep, Some(base())), Err(Unreadable));
    }

    #[test]
    fn offsets_round_trip() {
        for secs in [0, 59, 60, 61, -1, -60, -61, 86_400 * 3650, -86_400 * 3650] {
            let mut text = String::new();
            write_offset(TimeDelta::seconds(secs), &mut text);
            assert_eq!(read_offset(&text), Some(TimeDelta::seconds(secs)), "{text}");
        }
        assert_eq!(read_offset("zzzzzzzzzzzzz"), None);
        assert_eq!(read_offset("1.1o"), None); // 60 seconds
    }
}
