//! The one way to write words for people: a [`Text`] holds the same thing said in English and
//! in Japanese, and a [`Lang`] picks one.
//!
//! Every word the interface shows is a `Text` value: fixed labels are `const`s in
//! [`super::labels`], the names of engine codes (rules, outcomes, lanes, notes, problems,
//! sources…) are returned by exhaustive `match`es keyed by the engine's enums, so a new
//! variant without words does not compile. Sentences with values in them are `Text`s with
//! numbered holes (`{0}`, `{1}`…) filled by [`Text::fill`]: numbered rather than positional
//! because Japanese often puts the same values in another order. Grammar that is more than
//! a hole (lists, sentence joining, particles after Latin text) lives in [`super::grammar`].
//!
//! No catalogue crate: they cost tens of KB in the bundle and lose the compile-time check a
//! `match` on an engine enum gives.

use serde::{Deserialize, Serialize};

/// A language the interface speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// 日本語: the language of the source material and of many of our users.
    Ja,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The BCP 47 tag, for `<html lang>` and for `Intl` date formatting.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Reads a tag as stored or as a browser reports it (`ja-JP`, `en-US`); `None` if neither.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first language we speak among the browser's preferences, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }
}

/// One thing said in both languages. Both are required, so neither can be missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Japanese.
    pub ja: &'static str,
}

impl Text {
    /// English first, then Japanese, as everywhere in the catalogue.
    pub const fn new(en: &'static str, ja: &'static str) -> Text {
        Text { en, ja }
    }

    /// The words in `lang`.
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ja => self.ja,
        }
    }

    /// The words in `lang` with each hole `{i}` replaced by `args[i]`. A hole without an
    /// argument is left as written (a catalogue test catches that), so filling never panics.
    pub fn fill(self, lang: Lang, args: &[&str]) -> String {
        fill(self.get(lang), args)
    }
}

/// Replaces `{0}`…`{9}` in `template` by the matching argument, in one pass (an argument
/// that itself contains `{1}` is not filled again).
fn fill(template: &str, args: &[&str]) -> String {
    let extra: usize = args.iter().map(|a| a.len()).sum();
    let mut out = String::with_capacity(template.len() + extra);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let digit = after.as_bytes().first().copied().filter(u8::is_ascii_digit);
        match (digit, after.as_bytes().get(1)) {
            (Some(d), Some(b'}')) if usize::from(d - b'0') < args.len() => {
                out.push_str(args[usize::from(d - b'0')]);
                rest = &after[2..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_map_to_languages() {
        assert_eq!(Lang::from_tag("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::negotiate(["fr-FR", "ja", "en"]), Lang::Ja);
        assert_eq!(Lang::negotiate(["de"]), Lang::En);
    }

    #[test]
    fn holes_are_filled_by_number_in_either_order() {
        let t = Text::new("{0} then {1}", "{1}の後に{0}");
        assert_eq!(t.fill(Lang::En, &["A", "B"]), "A then B");
        assert_eq!(t.fill(Lang::Ja, &["A", "B"]), "Bの後にA");
    }

    #[test]
    fn filling_never_panics_and_leaves_unknown_holes() {
        let t = Text::new("{0} {1} {x} {", "{");
        assert_eq!(t.fill(Lang::En, &["{1}"]), "{1} {1} {x} {");
        assert_eq!(t.fill(Lang::Ja, &[]), "{");
        assert_eq!(fill("{9}", &["a"]), "{9}");
        assert_eq!(fill("時間{0}", &["分"]), "時間分");
    }
}
