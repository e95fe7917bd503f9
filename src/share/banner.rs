//! The banner a damaged link gets: what was wrong with it and which part of it was used, in
//! words, both languages. (The words live beside the formats because the presenter may not
//! depend on `share`; the UI only shows the string.)

use super::{Kept, LinkProblem, Opened, ViewPart};
use crate::present::fields;
use crate::present::grammar;
use crate::present::text::{Lang, Text};

/// Lead when nothing of the link was used.
pub const NOT_OPENED: Text = Text::new(
    "This link could not be opened: ",
    "このリンクは開けませんでした: ",
);
/// Lead when the plan was used but not all of the view.
pub const OPENED_IN_PART: Text = Text::new(
    "This link opened only in part: ",
    "このリンクは一部だけ開きました: ",
);
/// Nothing was used.
const KEPT_NOTHING: Text = Text::new(
    "Nothing in it was used; the default plan is shown",
    "リンクの内容は使わず、既定の計画を表示しています",
);
/// The plan was used, the view was not.
const KEPT_PLAN: Text = Text::new(
    "The plan was opened; the view (system, zoom, window, filters) was not restored",
    "計画は開きましたが、表示（システム、ズーム、表示期間、絞り込み）は復元していません",
);
/// The plan and the rest of the view were used.
const KEPT_PLAN_AND_REST: Text = Text::new(
    "The plan and the rest of the view were opened",
    "計画と表示の残りの部分は開きました",
);

/// What was wrong, as a sentence without its full stop.
pub fn problem(problem: &LinkProblem, lang: Lang) -> String {
    let text = match problem {
        LinkProblem::TooLong => {
            // The limit the reader is told is the one `open` applies.
            return Text::new(
                "it is too long (over {0} characters)",
                "長すぎます（{0} 文字を超えています）",
            )
            .fill(lang, &[&grammar::thousands(super::MAX_FRAGMENT_CHARS)]);
        }
        LinkProblem::Garbled => Text::new(
            "it is damaged (perhaps cut short or changed when copied)",
            "破損しています（コピー時に途中で切れたか書き換えられた可能性があります）",
        ),
        LinkProblem::CutShort => Text::new(
            "its end is missing (it was cut short when copied)",
            "末尾が欠けています（コピー時に途中で切れています）",
        ),
        LinkProblem::Altered => Text::new(
            "it was changed after it was made (its check does not match)",
            "作成後に書き換えられています（チェックが一致しません）",
        ),
        LinkProblem::Newer => Text::new(
            "it was made by a newer version of Sync Planner; reload the page to update",
            "新しいバージョンの Sync Planner で作成されています。ページを再読み込みして更新してください",
        ),
        LinkProblem::Scenario(e) => {
            // Named by the field's label, never by its path.
            let what = fields::problem_sentence(e, lang);
            let what = what.trim_end_matches(['.', '。']);
            return Text::new(
                "the plan in it is not valid: {0}",
                "含まれる計画が正しくありません: {0}",
            )
            .fill(lang, &[what]);
        }
        LinkProblem::View(part) => {
            return Text::new("its {0} is unreadable", "{0}を読み取れません")
                .fill(lang, &[view_part(*part).get(lang)]);
        }
    };
    text.get(lang).to_owned()
}

/// A part of the view, as a noun.
pub const fn view_part(part: ViewPart) -> Text {
    match part {
        ViewPart::System => Text::new("system shown", "表示するシステム"),
        ViewPart::Zoom => Text::new("zoom", "ズーム"),
        ViewPart::Pan => Text::new("timeline position", "タイムラインの位置"),
        ViewPart::Now => Text::new("fixed \"now\"", "固定した「現在」"),
        ViewPart::Lang => Text::new("language", "言語"),
        ViewPart::Lane => Text::new("lane filter", "レーンの絞り込み"),
        ViewPart::Outcome => Text::new("outcome filter", "結果の絞り込み"),
    }
}

/// The whole banner for an opened link; `None` when nothing was wrong.
pub fn banner(opened: &Opened, lang: Lang) -> Option<String> {
    if opened.problems.is_empty() {
        return None;
    }
    let (lead, kept) = match opened.kept() {
        Kept::Everything => return None,
        Kept::Nothing => (NOT_OPENED, KEPT_NOTHING),
        Kept::PlanNotView
            if opened
                .problems
                .iter()
                .all(|p| matches!(p, LinkProblem::View(_))) =>
        {
            (OPENED_IN_PART, KEPT_PLAN_AND_REST)
        }
        Kept::PlanNotView => (OPENED_IN_PART, KEPT_PLAN),
    };
    // The first sentence follows the lead's colon; the others start sentences of their own.
    let mut parts: Vec<String> = opened
        .problems
        .iter()
        .enumerate()
        .map(|(i, p)| match i {
            0 => problem(p, lang),
            _ => grammar::capitalize(&problem(p, lang)),
        })
        .collect();
    parts.push(kept.get(lang).to_owned());
    Some(format!(
        "{}{}",
        lead.get(lang),
        grammar::sentences(lang, &parts)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::Preset;
    use crate::share;

    #[test]
    fn a_link_too_long_is_told_the_limit_that_refused_it() {
        let long = format!("v2={}", "a".repeat(share::MAX_FRAGMENT_CHARS + 1));
        let opened = share::open(&long).unwrap();
        assert_eq!(opened.problems, vec![LinkProblem::TooLong]);
        let en = banner(&opened, Lang::En).unwrap();
        assert!(en.contains("over 65,536 characters"), "{en}");
        let ja = banner(&opened, Lang::Ja).unwrap();
        assert!(ja.contains("65,536 文字を超えています"), "{ja}");
    }

    #[test]
    fn a_cut_short_link_says_what_was_kept_in_both_languages() {
        let now = "2026-11-21T10:30:27Z".parse().unwrap();
        let fragment = share::to_fragment(&Preset::WizardOpenOvernight.scenario(now));
        let cut = fragment.split("&c=").next().unwrap();
        let opened = share::open(cut).unwrap();
        let en = banner(&opened, Lang::En).unwrap();
        assert!(
            en.starts_with("This link opened only in part: its end is missing"),
            "{en}"
        );
        assert!(
            en.ends_with(
                "The plan was opened; the view (system, zoom, window, filters) was not restored."
            ),
            "{en}"
        );
        let ja = banner(&opened, Lang::Ja).unwrap();
        assert!(
            ja.contains("末尾が欠けています") && ja.ends_with("復元していません。"),
            "{ja}"
        );
        let garbled = share::open("#v2=(((").unwrap();
        let en = banner(&garbled, Lang::En).unwrap();
        assert!(
            en.starts_with("This link could not be opened: it is damaged"),
            "{en}"
        );
        assert!(en.ends_with("the default plan is shown."), "{en}");
        // Said once: text that is not a link is not also called "cut short".
        assert!(!en.contains("end is missing"), "{en}");
        assert_eq!(banner(&share::open(&fragment).unwrap(), Lang::En), None);
    }
}
