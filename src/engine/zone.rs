//! The time zone a scenario is displayed in. The engine computes in UTC; the zone only travels
//! with the scenario so that a shared link shows the same local times to everyone. Named IANA
//! zones are resolved by the browser (its `Intl` data is current and costs no bundle bytes);
//! here they are only checked for shape.

use std::fmt;

use chrono::FixedOffset;
use serde::{Deserialize, Deserializer, Serialize};

/// How times are shown: the viewer's own zone, UTC, a fixed offset, or a named IANA zone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub enum DisplayZone {
    /// Whatever zone the viewer's browser is in (`"browser"`).
    #[default]
    Browser,
    /// Coordinated Universal Time (`"UTC"`).
    Utc,
    /// A fixed offset from UTC (`"+09:00"`), which has no daylight saving time.
    Fixed(FixedOffset),
    /// A named zone such as `Asia/Tokyo` or `America/New_York`.
    Named(String),
}

/// Why a text is not a display zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZoneError(pub String);

impl fmt::Display for ZoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "'{}' is not a time zone; use browser, UTC, an offset such as +09:00, or a name such as Asia/Tokyo",
            self.0
        )
    }
}

impl std::error::Error for ZoneError {}

impl std::str::FromStr for DisplayZone {
    type Err = ZoneError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let t = text.trim();
        let err = || ZoneError(t.chars().take(40).collect());
        if t.eq_ignore_ascii_case("browser") || t.eq_ignore_ascii_case("local") {
            return Ok(Self::Browser);
        }
        if t.eq_ignore_ascii_case("utc") || t == "Z" {
            return Ok(Self::Utc);
        }
        if let Some(rest) = t.strip_prefix(['+', '-']) {
            let (h, m) = rest.split_once(':').ok_or_else(err)?;
            let (h, m): (i32, i32) = (h.parse().map_err(|_| err())?, m.parse().map_err(|_| err())?);
            if !(0..=14).contains(&h) || !(0..60).contains(&m) {
                return Err(err());
            }
            let secs = (h * 3600 + m * 60) * if t.starts_with('-') { -1 } else { 1 };
            return FixedOffset::east_opt(secs).map(Self::Fixed).ok_or_else(err);
        }
        // IANA names: letters, digits and a few separators, e.g. America/Argentina/Buenos_Aires.
        let shaped = !t.is_empty()
            && t.len() <= 64
            && t.starts_with(|c: char| c.is_ascii_alphabetic())
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || "/_+-".contains(c))
            && !t.contains("//");
        if shaped {
            Ok(Self::Named(t.to_owned()))
        } else {
            Err(err())
        }
    }
}

impl fmt::Display for DisplayZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Browser => f.write_str("browser"),
            Self::Utc => f.write_str("UTC"),
            Self::Fixed(off) => {
                let secs = off.local_minus_utc();
                let sign = if secs < 0 { '-' } else { '+' };
                let secs = secs.abs();
                write!(f, "{sign}{:02}:{:02}", secs / 3600, secs / 60 % 60)
            }
            Self::Named(name) => f.write_str(name),
        }
    }
}

impl<'de> Deserialize<'de> for DisplayZone {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        super::time::from_text(d)
    }
}

impl From<DisplayZone> for String {
    fn from(z: DisplayZone) -> Self {
        z.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_parse_and_print() {
        for text in [
            "browser",
            "UTC",
            "+09:00",
            "-05:30",
            "Asia/Tokyo",
            "Etc/GMT+9",
        ] {
            let z: DisplayZone = text.parse().unwrap();
            assert_eq!(z.to_string(), text);
        }
        assert_eq!("utc".parse::<DisplayZone>().unwrap(), DisplayZone::Utc);
    }

    #[test]
    fn bad_zones_are_rejected() {
        for text in [
            "",
            "+25:00",
            "+09",
            "Asia//Tokyo",
            "<script>",
            "9/Tokyo",
            "+09:75",
        ] {
            assert!(text.parse::<DisplayZone>().is_err(), "{text}");
        }
    }
}
