//! The JSON tree a version-2 link carries, without `serde_json::Value`: reading and writing
//! `Value` put its own parser, printer, number type and map into the browser bundle, though the
//! link only ever walks a tree. This one keeps numbers as their JSON text, reads only what the
//! scenario's own serializer writes (plus any valid JSON), and writes compact JSON for the
//! scenario's deserializer to read.
//!
//! Objects keep their members sorted by key, one member per key (the last one read wins): the
//! order and the merging `serde_json::Map` gave, so links and the problems a damaged link
//! reports stay exactly as they were.

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its JSON text (checked to be a valid, finite JSON number).
    Number(String),
    /// A string, unescaped.
    Text(String),
    /// An array.
    Array(Vec<Node>),
    /// An object: members sorted by key, keys unique.
    Object(Vec<(String, Node)>),
}

/// How deeply [`parse`] lets arrays and objects nest; a scenario needs five levels.
const MAX_DEPTH: usize = 32;

impl Node {
    /// An object of `members` in any order, sorted by key; of members with the same key only
    /// the last one stays.
    pub fn object(members: Vec<(String, Node)>) -> Node {
        let mut sorted: Vec<(String, Node)> = Vec::with_capacity(members.len());
        for (key, value) in members {
            // Inserted in place rather than sorted afterwards: each `sort_by` is its own few
            // kilobytes of code in the bundle. Quadratic in the members, so a link's objects
            // are bounded (`tree::MAX_MEMBERS`); the scenario's own JSON has a few dozen.
            match sorted.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
                Ok(i) => sorted[i].1 = value,
                Err(i) => sorted.insert(i, (key, value)),
            }
        }
        Node::Object(sorted)
    }

    /// A number node from `text`, if it is a JSON number that fits a float (as
    /// `serde_json::Number` requires); `None` otherwise.
    pub fn number(text: &str) -> Option<Node> {
        // serde_json's own reading, so exactly the numbers `Number` accepted are accepted.
        serde_json::from_str::<f64>(text)
            .ok()
            .map(|_| Node::Number(text.to_owned()))
    }

    /// The member `key` of an object; `None` for a missing member or a non-object.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Compact JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Node::Null => out.push_str("null"),
            Node::Bool(true) => out.push_str("true"),
            Node::Bool(false) => out.push_str("false"),
            Node::Number(n) => out.push_str(n),
            Node::Text(s) => write_string(s, out),
            Node::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Node::Object(members) => {
                out.push('{');
                for (i, (key, item)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    item.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

/// `text` as a JSON string literal.
fn write_string(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => {
                let b = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[b >> 4]));
                out.push(char::from(HEX[b & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Reads JSON text into a tree; `None` if it is not JSON (or nests deeper than 32 levels).
pub fn parse(text: &str) -> Option<Node> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        at: 0,
    };
    let node = parser.value(0)?;
    parser.skip_space();
    (parser.at == parser.bytes.len()).then_some(node)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.at += 1;
        }
    }

    /// The next byte after any whitespace, consumed.
    fn next(&mut self) -> Option<u8> {
        self.skip_space();
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    /// Consumes `word` if it comes next.
    fn literal(&mut self, word: &[u8]) -> Option<()> {
        let end = self.at.checked_add(word.len())?;
        (self.bytes.get(self.at..end)? == word).then(|| self.at = end)
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.next()? {
            b'n' => self.literal(b"ull").map(|()| Node::Null),
            b't' => self.literal(b"rue").map(|()| Node::Bool(true)),
            b'f' => self.literal(b"alse").map(|()| Node::Bool(false)),
            b'"' => self.string().map(Node::Text),
            b'[' => {
                let mut items = Vec::new();
                self.skip_space();
                if self.bytes.get(self.at) == Some(&b']') {
                    self.at += 1;
                    return Some(Node::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    match self.next()? {
                        b',' => {}
                        b']' => return Some(Node::Array(items)),
                        _ => return None,
                    }
                }
            }
            b'{' => {
                let mut members = Vec::new();
                self.skip_space();
                if self.bytes.get(self.at) == Some(&b'}') {
                    self.at += 1;
                    return Some(Node::object(members));
                }
                loop {
                    if self.next()? != b'"' {
                        return None;
                    }
                    let key = self.string()?;
                    if self.next()? != b':' {
                        return None;
                    }
                    members.push((key, self.value(depth + 1)?));
                    match self.next()? {
                        b',' => {}
                        b'}' => return Some(Node::object(members)),
                        _ => return None,
                    }
                }
            }
            b'-' | b'0'..=b'9' => {
                let start = self.at - 1;
                while self.bytes.get(self.at).is_some_and(|b| {
                    b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-')
                }) {
                    self.at += 1;
                }
                Node::number(std::str::from_utf8(&self.bytes[start..self.at]).ok()?)
            }
            _ => None,
        }
    }

    /// The rest of a string literal whose opening quote was read, unescaped.
    fn string(&mut self) -> Option<String> {
        let mut out = Vec::new();
        loop {
            let b = *self.bytes.get(self.at)?;
            self.at += 1;
            match b {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let escaped = *self.bytes.get(self.at)?;
                    self.at += 1;
                    let c = match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return None,
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                0..0x20 => return None,
                b => out.push(b),
            }
        }
    }

    /// The character of a `\u` escape whose `\u` was read (a surrogate pair takes two).
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) {
            self.literal(b"\\u")?;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return None;
            }
            char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        } else {
            char::from_u32(first)
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let end = self.at.checked_add(4)?;
        let digits = std::str::from_utf8(self.bytes.get(self.at..end)?).ok()?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at = end;
        u32::from_str_radix(digits, 16).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_reads_as_serde_json_reads_it() {
        for text in [
            r#"{"b": [1, -2.5, 1e-7, true, false, null], "a": {"x": "y"}, "c": ""}"#,
            r#"["\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "日本語", "a\u0001b"]"#,
            "18446744073709551615",
            "  [ ]  ",
            "{}",
        ] {
            let node = parse(text).unwrap_or_else(|| panic!("{text}"));
            let ours: serde_json::Value = serde_json::from_str(&node.to_json()).unwrap();
            let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(ours, theirs, "{text}");
        }
    }

    #[test]
    fn objects_are_sorted_and_the_last_duplicate_wins() {
        let node = parse(r#"{"b": 1, "a": 2, "b": 3}"#).unwrap();
        assert_eq!(node.to_json(), r#"{"a":2,"b":3}"#);
        assert_eq!(node.get("b"), Some(&Node::Number("3".to_owned())));
        assert_eq!(node.get("z"), None);
    }

    #[test]
    fn what_is_not_json_is_refused() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\"}",
            "{\"a\":1,}",
            "01",
            "1.",
            "-",
            "1e400",
            "\"abc",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\u{1}\"",
            "nul",
            "[1] 2",
            "{1:2}",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
        assert_eq!(parse(&deep), None);
    }

    #[test]
    fn numbers_are_those_serde_json_accepts() {
        for good in [
            "0",
            "-0",
            "12",
            "-12",
            "1.5",
            "1e-7",
            "1E+5",
            "18446744073709551616",
        ] {
            assert!(Node::number(good).is_some(), "{good}");
        }
        for bad in ["01", "1.", ".5", "-", "1e", "1e400", "--1", "1-2", "+1", ""] {
            assert!(Node::number(bad).is_none(), "{bad}");
            assert!(bad.parse::<serde_json::Number>().is_err(), "{bad}");
        }
    }
}
