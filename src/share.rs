//! Shareable links. A scenario travels in the URL *fragment* (`#s=…`), which browsers never send
//! to a server, so sharing a plan sends nothing anywhere. The payload is the scenario's compact
//! JSON in unpadded base64url: versioned by the scenario format itself, readable by `simulate`
//! once decoded, and checked like any pasted file when opened.

use std::fmt;

use crate::engine::{Scenario, ScenarioError};

/// The fragment key that carries a scenario.
pub const FRAGMENT_KEY: &str = "s";

/// The longest fragment payload accepted. Browsers keep far longer URLs, but a link this long
/// is no longer something people share; the limit bounds decoding work.
pub const MAX_PAYLOAD_CHARS: usize = 64 * 1024;

/// Why a link does not open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The payload is longer than [`MAX_PAYLOAD_CHARS`].
    TooLong,
    /// Not base64url, or not UTF-8 inside (a link cut short or mangled in transit).
    Garbled,
    /// Decoded fine, but is not a valid scenario.
    Scenario(ScenarioError),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLong => write!(
                f,
                "the link is too long (at most {MAX_PAYLOAD_CHARS} characters)"
            ),
            Self::Garbled => write!(
                f,
                "the link is damaged: it may have been cut short when copied"
            ),
            Self::Scenario(e) => write!(f, "the link holds an invalid scenario: {e}"),
        }
    }
}

impl std::error::Error for LinkError {}

/// The fragment (without `#`) that reproduces `scenario`.
pub fn to_fragment(scenario: &Scenario) -> String {
    // The compact JSON, made from the pretty JSON the export writes: one serializer for the
    // scenario in the browser bundle instead of two (about 9 KB of code).
    let json = compact(&scenario.to_json());
    format!("{FRAGMENT_KEY}={}", encode(json.as_bytes()))
}

/// The scenario in a fragment (with or without `#`); `Ok(None)` if it carries none.
pub fn from_fragment(fragment: &str) -> Result<Option<Scenario>, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(payload) = fragment
        .split('&')
        .find_map(|pair| pair.strip_prefix(FRAGMENT_KEY)?.strip_prefix('='))
    else {
        return Ok(None);
    };
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(LinkError::TooLong);
    }
    let bytes = decode(payload).ok_or(LinkError::Garbled)?;
    let json = String::from_utf8(bytes).map_err(|_| LinkError::Garbled)?;
    Scenario::from_json(&json)
        .map(Some)
        .map_err(LinkError::Scenario)
}

/// `json` without the whitespace between its tokens: serde_json's pretty output becomes exactly
/// its compact output (whitespace inside strings is kept; escapes are skipped over).
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else if c.is_ascii_whitespace() {
            continue;
        }
        out.push(c);
    }
    out
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded base64url. Ten lines here beat a dependency in the WASM bundle.
fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Decodes unpadded (or padded) base64url, also accepting the `+/` alphabet that some tools
/// substitute; `None` on any other character or an impossible length.
fn decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = acc << 6 | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compacted_pretty_json_is_serde_jsons_compact_json() {
        for preset in crate::presets::Preset::ALL {
            let now = "2026-11-21T10:30:27Z".parse().unwrap();
            let scenario = preset.scenario(now);
            let expected = serde_json::to_string(&scenario).unwrap();
            assert_eq!(compact(&scenario.to_json()), expected, "{}", preset.key());
        }
        // Whitespace, quotes and backslashes inside strings survive.
        assert_eq!(
            compact("{\n  \"a b\": \" x \\\" y\\\\\"\n}"),
            "{\"a b\":\" x \\\" y\\\\\"}"
        );
    }

    #[test]
    fn base64url_round_trips_every_length() {
        let data: Vec<u8> = (0..=255).collect();
        for len in 0..data.len() {
            let text = encode(&data[..len]);
            assert!(text.bytes().all(|c| ALPHABET.contains(&c)));
            assert_eq!(decode(&text).unwrap(), &data[..len], "length {len}");
        }
    }

    #[test]
    fn base64url_matches_known_vectors() {
        assert_eq!(encode(b"f"), "Zg");
        assert_eq!(encode(b"foob"), "Zm9vYg");
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("Zm9vYmFy").unwrap(), b"foobar");
        assert_eq!(decode("Zg==").unwrap(), b"f");
    }

    #[test]
    fn garbage_is_refused_not_panicked_on() {
        assert_eq!(decode("Z"), None);
        assert_eq!(decode("Zm9v!"), None);
        assert_eq!(from_fragment("#s=%%%"), Err(LinkError::Garbled));
        assert_eq!(from_fragment("#s=_w"), Err(LinkError::Garbled)); // 0xff is not UTF-8
        let long = format!("s={}", "A".repeat(MAX_PAYLOAD_CHARS + 1));
        assert_eq!(from_fragment(&long), Err(LinkError::TooLong));
        assert!(matches!(
            from_fragment(&format!("s={}", encode(b"{}"))),
            Err(LinkError::Scenario(_))
        ));
    }

    #[test]
    fn fragments_without_a_scenario_are_not_errors() {
        assert_eq!(from_fragment(""), Ok(None));
        assert_eq!(from_fragment("#top"), Ok(None));
        assert_eq!(from_fragment("#x=1&sort=2"), Ok(None));
    }
}
