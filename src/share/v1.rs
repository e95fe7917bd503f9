//! Version-1 links (`#s=…`), the first format: the scenario's compact JSON in unpadded
//! base64url, and nothing of the view. Links of this kind are still out there, so they keep
//! opening; `tests/fixtures/links/v1-*.txt` hold two of them.

use crate::engine::Scenario;

use super::LinkProblem;

/// The fragment key of a version-1 link.
pub const KEY: &str = "s";

/// A version-1 fragment (without `#`) for `scenario`. The app no longer writes these; the
/// encoder stays so that tests and tools can still make the links people hold.
pub fn encode(scenario: &Scenario) -> String {
    // The compact JSON, made from the pretty JSON the export writes: one serializer for the
    // scenario in the browser bundle instead of two.
    let json = compact(&scenario.to_json());
    format!("{KEY}={}", base64_encode(json.as_bytes()))
}

/// The scenario in a version-1 payload (the text after `s=`).
pub fn decode(payload: &str) -> Result<Scenario, LinkProblem> {
    let bytes = base64_decode(payload).ok_or(LinkProblem::Garbled)?;
    let json = String::from_utf8(bytes).map_err(|_| LinkProblem::Garbled)?;
    Scenario::from_json(&json).map_err(LinkProblem::Scenario)
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
fn base64_encode(bytes: &[u8]) -> String {
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
fn base64_decode(text: &str) -> Option<Vec<u8>> {
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
            let text = base64_encode(&data[..len]);
            assert!(text.bytes().all(|c| ALPHABET.contains(&c)));
            assert_eq!(base64_decode(&text).unwrap(), &data[..len], "length {len}");
        }
    }

    #[test]
    fn base64url_matches_known_vectors() {
        assert_eq!(base64_encode(b"f"), "Zg");
        assert_eq!(base64_encode(b"foob"), "Zm9vYg");
        assert_eq!(base64_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64_decode("Zm9vYmFy").unwrap(), b"foobar");
        assert_eq!(base64_decode("Zg==").unwrap(), b"f");
    }

    #[test]
    fn garbage_is_refused_not_panicked_on() {
        assert_eq!(base64_decode("Z"), None);
        assert_eq!(base64_decode("Zm9v!"), None);
        assert_eq!(decode("%%%"), Err(LinkProblem::Garbled));
        assert_eq!(decode("_w"), Err(LinkProblem::Garbled)); // 0xff is not UTF-8
        assert!(matches!(
            decode(&base64_encode(b"{}")),
            Err(LinkProblem::Scenario(_))
        ));
    }
}
