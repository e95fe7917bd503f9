//! Where in a JSON text a parse error happened, as a field path (`device.power_off[1].end`).
//!
//! serde_json reports a line and a column; people want the field. Rather than wrapping every
//! deserializer to track the path as it goes (which doubles the deserialization code in the
//! browser bundle), the path is recovered afterwards by scanning the text up to the error's
//! position and keeping the stack of keys and array indices open there. The scan is linear in
//! the text, allocates only the path, and never panics whatever the text.

/// One open container on the way to the error.
enum Frame {
    /// An object, with the last key read in it (if any).
    Object(Option<String>),
    /// An array, with the index of the current element.
    Array(usize),
}

/// The field path at 1-based `line` and `column` of `text`: keys joined by dots, array
/// indices in brackets, empty at the top level. The character at the position is included, so
/// an error reported on a closing brace names the object it closed.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let end = offset(text, line, column);
    let mut stack: Vec<Frame> = Vec::new();
    // A key or string being read: (its text so far, whether it is a key).
    let mut string: Option<(String, bool)> = None;
    let mut escaped = false;
    let mut expect_key = false;
    for c in text[..end].chars() {
        if let Some((s, is_key)) = string.as_mut() {
            if escaped {
                escaped = false;
                s.push(c);
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                if *is_key && let Some(Frame::Object(key)) = stack.last_mut() {
                    *key = Some(std::mem::take(s));
                }
                string = None;
            } else {
                s.push(c);
            }
            continue;
        }
        match c {
            '"' => {
                string = Some((String::new(), expect_key));
                expect_key = false;
            }
            '{' => {
                stack.push(Frame::Object(None));
                expect_key = true;
            }
            '[' => stack.push(Frame::Array(0)),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Frame::Array(i)) => *i += 1,
                Some(Frame::Object(_)) => expect_key = true,
                None => {}
            },
            _ => {}
        }
    }
    // A string still open at the position is the key being read, when it is one.
    if let Some((s, true)) = string
        && let Some(Frame::Object(key)) = stack.last_mut()
    {
        *key = Some(s);
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(i) => path.push_str(&format!("[{i}]")),
        }
    }
    path
}

/// The byte offset just past the character at 1-based `line` and `column` (counted in
/// characters), clamped to the text.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let mut at = 0;
    for (n, l) in text.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            let within = l
                .char_indices()
                .nth(column.max(1) - 1)
                .map_or(l.len(), |(i, c)| i + c.len_utf8());
            return at + within;
        }
        at += l.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path serde_json's own error position gives for `text` parsed as `T`.
    fn path_of<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let err = serde_json::from_str::<T>(text).unwrap_err();
        path_at(text, err.line(), err.column())
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // Read only by serde, to provoke its errors.
    struct Inner {
        start: u32,
        #[serde(default)]
        end: u32,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        name: String,
        spans: Vec<Inner>,
    }

    #[test]
    fn names_the_field_of_a_bad_value_an_unknown_key_and_an_array_element() {
        let bad_value = r#"{"name": "x", "spans": [{"start": 1}, {"start": "two"}]}"#;
        assert_eq!(path_of::<Outer>(bad_value), "spans[1].start");
        let unknown = "{\n  \"name\": \"x\",\n  \"spans\": [{\"start\": 1, \"wake\": true}]\n}";
        assert_eq!(path_of::<Outer>(unknown), "spans[0].wake");
        let missing = r#"{"name": "x", "spans": [{"end": 1}]}"#;
        assert_eq!(path_of::<Outer>(missing), "spans[0]");
        let top = r#"{"name": 3}"#;
        assert_eq!(path_of::<Outer>(top), "name");
    }

    #[test]
    fn keys_with_escapes_and_text_past_the_end_never_panic() {
        assert_eq!(path_at(r#"{"a\"b": [1, {"c": x"#, 1, 18), "a\"b[1].c");
        assert_eq!(path_at("", 0, 0), "");
        assert_eq!(path_at("{\"k\": 1}", 9, 99), "");
        assert_eq!(path_at("[[[", 1, 2), "[0][0]");
        assert_eq!(path_at("{\"日本\": [ ", 1, 7), "日本");
    }
}
