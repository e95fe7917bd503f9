//! The interface's words in Japanese and English.
//!
//! Every string lives in one [`Strings`] table per language. A table is a struct, so adding a
//! field forces both languages to fill it: a label cannot exist in one language only. The
//! module is pure Rust (no web types), so the command line and native tests use it too.

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

    /// The words of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Ja => &JA,
            Lang::En => &EN,
        }
    }
}

/// Every fixed label of the interface, in one language.
#[derive(Debug)]
pub struct Strings {
    /// The product name, as shown in the header.
    pub app_title: &'static str,
    /// One line under the title: what the tool answers.
    pub tagline: &'static str,
    /// Accessible name of the language switch.
    pub language: &'static str,
    /// Name of the language in itself, shown on its switch button.
    pub self_name: &'static str,
    /// Heading of the answer region.
    pub answer_heading: &'static str,
    /// Heading of the timeline region.
    pub timeline_heading: &'static str,
    /// Heading of the controls region.
    pub controls_heading: &'static str,
    /// Heading of the event list.
    pub events_heading: &'static str,
    /// Shown while there is nothing to answer yet.
    pub answer_pending: &'static str,
}

/// Japanese.
pub const JA: Strings = Strings {
    app_title: "Sync Planner",
    tagline: "Intune デバイスと Entra Connect サーバーが次にいつ同期するか、変更がいつ届くかを予測します",
    language: "言語",
    self_name: "日本語",
    answer_heading: "次の同期",
    timeline_heading: "タイムライン",
    controls_heading: "設定",
    events_heading: "イベント一覧",
    answer_pending: "シナリオを設定すると、次の同期時刻がここに表示されます。",
};

/// English.
pub const EN: Strings = Strings {
    app_title: "Sync Planner",
    tagline: "Predicts when an Intune device or an Entra Connect server syncs next, and when your change lands",
    language: "Language",
    self_name: "English",
    answer_heading: "Next sync",
    timeline_heading: "Timeline",
    controls_heading: "Settings",
    events_heading: "Events",
    answer_pending: "Set up a scenario and the next sync time appears here.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_map_to_languages() {
        assert_eq!(Lang::from_tag("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn negotiation_takes_the_first_known_preference() {
        assert_eq!(Lang::negotiate(["fr-FR", "ja", "en"]), Lang::Ja);
        assert_eq!(Lang::negotiate(["de"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn languages_differ_where_they_should() {
        // The product name is shared; the labels around it are not.
        assert_eq!(JA.app_title, EN.app_title);
        assert_ne!(JA.answer_heading, EN.answer_heading);
        assert_ne!(JA.self_name, EN.self_name);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }
}
