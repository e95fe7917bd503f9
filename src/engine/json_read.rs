//! What kind of mistake serde_json met in a scenario text, as a [`ReadProblem`] code.
//!
//! serde_json explains itself in English ("expected ident", "EOF while parsing a value"); the
//! page must say it in the reader's language. Its error category separates a text cut short
//! and bad JSON from JSON that does not fit the format; for the latter, the message's fixed
//! opening words ("unknown field `x`", "missing field `x`") carry the field's name.

use super::error::ReadProblem;

/// The kind of `error`, with the field's name when the parser named one.
pub fn classify(error: &serde_json::Error) -> ReadProblem {
    use serde_json::error::Category;
    match error.classify() {
        Category::Eof => ReadProblem::EndOfText,
        Category::Syntax | Category::Io => ReadProblem::Syntax,
        Category::Data => data_problem(&error.to_string()),
    }
}

/// A data error's kind, from the opening words serde's derived deserializers always use.
fn data_problem(message: &str) -> ReadProblem {
    if let Some(name) = quoted_after(message, "unknown field ") {
        return ReadProblem::UnknownField { name };
    }
    if let Some(name) = quoted_after(message, "missing field ") {
        return ReadProblem::MissingField { name };
    }
    ReadProblem::WrongValue
}

/// The name between backticks right after `opening` at the start of `message`.
fn quoted_after(message: &str, opening: &str) -> Option<String> {
    let rest = message.strip_prefix(opening)?.strip_prefix('`')?;
    let end = rest.find('`')?;
    Some(rest[..end].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // Read only by serde, to provoke its errors.
    struct Form {
        start: u32,
    }

    fn kind(text: &str) -> ReadProblem {
        classify(&serde_json::from_str::<Form>(text).unwrap_err())
    }

    #[test]
    fn each_kind_of_mistake_is_told_apart() {
        assert_eq!(kind(r#"{"start": 1"#), ReadProblem::EndOfText);
        assert_eq!(kind(r#"{"start": tru}"#), ReadProblem::Syntax);
        assert_eq!(kind(r#"{"start": 1} x"#), ReadProblem::Syntax);
        assert_eq!(
            kind(r#"{"start": 1, "stop": 2}"#),
            ReadProblem::UnknownField {
                name: "stop".into()
            }
        );
        assert_eq!(
            kind("{}"),
            ReadProblem::MissingField {
                name: "start".into()
            }
        );
        assert_eq!(kind(r#"{"start": "one"}"#), ReadProblem::WrongValue);
    }

    #[test]
    fn a_message_without_the_expected_shape_is_a_wrong_value() {
        assert_eq!(data_problem("unknown field"), ReadProblem::WrongValue);
        assert_eq!(data_problem("missing field `x"), ReadProblem::WrongValue);
        assert_eq!(data_problem(""), ReadProblem::WrongValue);
    }
}
