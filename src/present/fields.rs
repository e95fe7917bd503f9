//! The sentences that name a problem with its place ("Powered off › entry 3 › End: the end
//! must be after the start"), for the engine's errors and for the refusals a field makes
//! before anything reaches the engine ([`Refusal`]). Places are named by [`super::places`].

use crate::engine::ScenarioError;

pub use super::places::{SCENARIO, field_name, remove_name};

use super::labels;
use super::terms;
use super::text::{Lang, Text};

/// A place and what is wrong there.
const AT_PLACE: Text = Text::new("{0}: {1}", "{0}: {1}");

/// Why a field refused what was typed, before anything reached the engine. A code, not text,
/// so the message follows a language switch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a date and time the engine accepts.
    NotAnInstant,
    /// A date and time with a part left blank.
    DateIncomplete,
    /// A span whose end is not after its start; both edges stay as typed.
    EndNotAfterStart,
    /// A length of zero.
    LengthZero,
    /// A length over the longest accepted.
    LengthTooLong,
    /// Not a length at all.
    LengthSyntax,
    /// Not a whole number in `min..=max`.
    WholeNumber {
        /// The smallest accepted.
        min: u32,
        /// The largest accepted.
        max: u32,
    },
    /// A time zone nobody knows.
    UnknownZone,
}

impl Refusal {
    /// The message under the field, in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Self::NotAnInstant => labels::ENTER_INSTANT.get(lang).to_owned(),
            Self::DateIncomplete => labels::DATE_INCOMPLETE.get(lang).to_owned(),
            Self::EndNotAfterStart => labels::END_AFTER_START.get(lang).to_owned(),
            Self::LengthZero => labels::LENGTH_ZERO.get(lang).to_owned(),
            Self::LengthTooLong => labels::LENGTH_TOO_LONG.get(lang).to_owned(),
            Self::LengthSyntax => labels::LENGTH_SYNTAX.get(lang).to_owned(),
            Self::WholeNumber { min, max } => {
                labels::WHOLE_NUMBER.fill(lang, &[&min.to_string(), &max.to_string()])
            }
            Self::UnknownZone => labels::UNKNOWN_ZONE.get(lang).to_owned(),
        }
    }
}

/// The problem `e` with its place: "Powered off › entry 3 › End: the end must be after the
/// start". A problem with the whole scenario goes without a place.
pub fn problem_sentence(e: &ScenarioError, lang: Lang) -> String {
    let what = terms::problem(&e.problem, lang);
    if e.at.is_empty() {
        return super::grammar::capitalize(&what);
    }
    AT_PLACE.fill(lang, &[&field_name(&e.at, lang), &what])
}

/// The banner's heading when `n` fields need a fix, before the list that names each; `None`
/// for one, whose sentence says it all.
pub fn fields_to_fix(lang: Lang, n: usize) -> Option<String> {
    (n > 1).then(|| labels::FIELDS_TO_FIX.fill(lang, &[&n.to_string()]))
}

/// A refusal with its place, like [`problem_sentence`].
pub fn refusal_sentence(path: &str, refusal: &Refusal, lang: Lang) -> String {
    AT_PLACE.fill(lang, &[&field_name(path, lang), &refusal.words(lang)])
}

#[cfg(test)]
mod tests;
