//! Bytes to text, by hand: Task Scheduler exports are UTF-16 LE with a byte-order mark, and
//! files saved by other tools are UTF-8 with or without one. An encoding crate would cost the
//! bundle more than these few lines, and only these four shapes occur.

use serde::Serialize;

/// How the bytes were written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (`EF BB BF`).
    Utf8Bom,
    /// UTF-16 little-endian, the Task Scheduler export (`FF FE`, or `<` then a zero byte).
    Utf16Le,
    /// UTF-16 big-endian (`FE FF`, or a zero byte then `<`).
    Utf16Be,
}

/// Why the bytes are not text; `line` is 1-based, counted up to the bad bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct NotText {
    pub encoding: Encoding,
    pub line: usize,
}

/// The text of `bytes`, and how it was encoded.
pub(super) fn decode(bytes: &[u8]) -> Result<(String, Encoding), NotText> {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => utf8(rest, Encoding::Utf8Bom),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, Encoding::Utf16Le),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, Encoding::Utf16Be),
        [b'<', 0, ..] => utf16(bytes, Encoding::Utf16Le),
        [0, b'<', ..] => utf16(bytes, Encoding::Utf16Be),
        _ => utf8(bytes, Encoding::Utf8),
    }
}

fn utf8(bytes: &[u8], encoding: Encoding) -> Result<(String, Encoding), NotText> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_owned(), encoding)),
        Err(e) => {
            let line = 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            Err(NotText { encoding, line })
        }
    }
}

fn utf16(bytes: &[u8], encoding: Encoding) -> Result<(String, Encoding), NotText> {
    let units = bytes.chunks(2).map(|pair| match (encoding, pair) {
        (Encoding::Utf16Be, [hi, lo]) => Ok(u16::from_be_bytes([*hi, *lo])),
        (_, [lo, hi]) => Ok(u16::from_le_bytes([*lo, *hi])),
        // An odd byte at the end: half a character.
        _ => Err(()),
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut line = 1;
    let mut failed = false;
    let ok_units = units.map_while(|u| u.map_err(|_| failed = true).ok());
    for c in char::decode_utf16(ok_units) {
        match c {
            Ok(c) => {
                if c == '\n' {
                    line += 1;
                }
                text.push(c);
            }
            Err(_) => return Err(NotText { encoding, line }),
        }
    }
    if failed {
        return Err(NotText { encoding, line });
    }
    Ok((text, encoding))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn le(text: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        out
    }

    #[test]
    fn reads_the_four_shapes() {
        let text = "<a>\r\n日本</a>";
        assert_eq!(
            decode(&le(text, true)),
            Ok((text.into(), Encoding::Utf16Le))
        );
        assert_eq!(
            decode(&le(text, false)),
            Ok((text.into(), Encoding::Utf16Le))
        );
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be), Ok((text.into(), Encoding::Utf16Be)));
        let mut bom8 = vec![0xEF, 0xBB, 0xBF];
        bom8.extend(text.as_bytes());
        assert_eq!(decode(&bom8), Ok((text.into(), Encoding::Utf8Bom)));
        assert_eq!(decode(text.as_bytes()), Ok((text.into(), Encoding::Utf8)));
    }

    #[test]
    fn bad_bytes_name_their_line() {
        let mut bytes = b"<a>\n\n".to_vec();
        bytes.push(0xFF);
        assert_eq!(
            decode(&bytes),
            Err(NotText {
                encoding: Encoding::Utf8,
                line: 3
            })
        );
        // A lone low surrogate on the second line, and an odd trailing byte.
        let mut u = le("<a>\n", true);
        u.extend([0x00, 0xDC]);
        assert_eq!(decode(&u).unwrap_err().line, 2);
        let mut odd = le("<a>", true);
        odd.push(b'x');
        assert!(decode(&odd).is_err());
        assert_eq!(decode(&[]), Ok((String::new(), Encoding::Utf8)));
    }
}
