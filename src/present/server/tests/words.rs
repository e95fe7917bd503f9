//! Words: every row, rule and helper reads in both languages, and they differ.

use super::*;

#[test]
fn every_row_has_words_in_both_languages_and_they_differ() {
    for r in rich_reports() {
        let (ja, en) = (view(&r, Lang::Ja), view(&r, Lang::En));
        assert_eq!(ja.rows.len(), en.rows.len());
        assert!(!en.shades.is_empty());
        for (j, e) in ja.rows.iter().zip(&en.rows) {
            assert_eq!((j.at, j.end, j.tone, j.lane), (e.at, e.end, e.tone, e.lane));
            for (a, b) in [(&j.what, &e.what), (&j.why, &e.why), (&j.rule, &e.rule)] {
                assert!(!a.trim().is_empty() && !b.trim().is_empty(), "{e:?}");
                assert_ne!(a, b, "{e:?}");
                assert!(is_japanese(a), "no Japanese in {a}");
                assert!(typeset(a), "half-width parenthesis against Japanese in {a}");
                assert!(!b.chars().any(is_japanese_char), "Japanese in {b}");
            }
        }
        for (j, e) in ja.warnings.iter().zip(&en.warnings) {
            assert!(
                is_japanese(j) && typeset(j) && !e.is_empty() && j != e,
                "{j}"
            );
        }
        for (j, e) in ja.shades.iter().zip(&en.shades) {
            assert!(is_japanese(&j.label) && !e.label.is_empty());
        }
        assert!(
            ja.lanes
                .iter()
                .all(|l| is_japanese(&l.label) && l.key.is_ascii())
        );
        for (i, row) in en.rows.iter().enumerate() {
            if let Some(end) = row.end {
                assert!(end >= row.at, "row {i}");
            }
            assert!(i == 0 || en.rows[i - 1].at <= row.at);
        }
    }
}

#[test]
fn the_rich_scenarios_reach_nearly_every_rule_and_each_has_words() {
    let mut seen: Vec<Rule> = rich_reports().iter().flat_map(rules_in).collect();
    seen.sort_by_key(|r| r.code());
    seen.dedup();
    for rule in &seen {
        let (ja, en) = (
            rule_text(*rule, Lang::Ja, None),
            rule_text(*rule, Lang::En, None),
        );
        assert!(!ja.is_empty() && !en.is_empty() && ja != en, "{rule:?}");
        assert!(is_japanese(&ja), "{ja}");
    }
    // Only the run-history purge and the cmdlet while down never appear in a simulation
    // (they are answers' rules).
    let missing: Vec<&str> = Rule::ALL
        .iter()
        .filter(|r| !seen.contains(r))
        .map(|r| r.code())
        .collect();
    assert_eq!(missing, ["cmdlet_while_down", "run_history_purge"]);
}

#[test]
fn every_rule_code_has_words_in_both_languages() {
    for rule in Rule::ALL {
        for detail in [None, Some("x".to_owned())] {
            let ja = rule_text(*rule, Lang::Ja, detail.clone());
            let en = rule_text(*rule, Lang::En, detail);
            assert!(
                !ja.is_empty() && !en.is_empty() && ja != en,
                "{}",
                rule.code()
            );
            assert!(
                is_japanese(&ja) && !en.chars().any(is_japanese_char),
                "{}",
                rule.code()
            );
        }
    }
}

#[test]
fn helpers_read_naturally() {
    assert_eq!(thousands(200_000), "200,000");
    assert_eq!(thousands(12), "12");
    assert_eq!(
        utc(Lang::En, t("2026-11-28T10:02:30Z")),
        "2026-11-28 10:02:30 UTC"
    );
    assert_eq!(
        utc(Lang::Ja, t("2026-11-28T10:02:00Z")),
        "2026/11/28 10:02 (UTC)"
    );
    assert_eq!(lower_first("Delta cycle"), "delta cycle");
    assert_eq!(lower_first("Initial (full) cycle"), "Initial (full) cycle");
}

/// A `{n}` left in any sentence means a template and its arguments disagree.
#[test]
fn no_hole_is_left_unfilled() {
    let unfilled = |s: &str| {
        s.as_bytes()
            .windows(3)
            .any(|w| w[0] == b'{' && w[1].is_ascii_digit() && w[2] == b'}')
    };
    for r in rich_reports() {
        for lang in Lang::ALL {
            let v = view(&r, lang);
            for row in &v.rows {
                for s in [&row.what, &row.why, &row.rule] {
                    assert!(!unfilled(s), "{s}");
                }
            }
            for s in v.warnings.iter().chain(v.lanes.iter().map(|l| &l.label)) {
                assert!(!unfilled(s), "{s}");
            }
            let (start, end) = (r.horizon.start(), r.horizon.end());
            let step = (end - start) / 23;
            let mut now = start - TimeDelta::hours(1);
            while now < end + TimeDelta::days(30) {
                let said = format!("{:?}", answer(&r, now, lang, &fmt));
                assert!(!unfilled(&said), "{said}");
                let export = export_sentence(&r, now, lang, &fmt);
                assert!(!export.is_empty() && !unfilled(&export), "{export}");
                now += step;
            }
        }
    }
}

/// Issue 12: lengths read as people say them ("30 min", "30分"); the .NET `00:30:00` and the
/// ISO `PT30M` spellings stay in the PowerShell echo and the scenario file.
#[test]
fn rows_and_warnings_write_lengths_as_people_say_them() {
    let machine = |s: &str| {
        let b = s.as_bytes();
        let dotnet = b.windows(8).any(|w| {
            w[2] == b':'
                && w[5] == b':'
                && [0, 1, 3, 4, 6, 7].iter().all(|&i| w[i].is_ascii_digit())
        });
        let iso = b
            .windows(3)
            .any(|w| w[0] == b'P' && w[1] == b'T' && w[2].is_ascii_digit());
        dotnet || iso
    };
    let mut clamped = 0;
    for r in rich_reports() {
        for lang in Lang::ALL {
            let v = view(&r, lang);
            for s in v
                .rows
                .iter()
                .flat_map(|row| [&row.what, &row.why])
                .chain(&v.warnings)
            {
                assert!(!machine(s), "{s}");
                clamped += usize::from(s.contains("AllowedSyncCycleInterval"));
            }
        }
    }
    assert!(clamped > 0, "the walk holds a clamped interval to check");
}

/// Issue 22: a connector override's cycle said 「完全ステップ」, a word no admin uses; the
/// steps are full import and full sync (完全インポート, 完全同期).
#[test]
fn full_steps_are_named_as_the_steps_they_are() {
    for r in rich_reports() {
        let ja = view(&r, Lang::Ja);
        for row in &ja.rows {
            for text in [&row.what, &row.why, &row.rule] {
                assert!(!text.contains("完全ステップ"), "{text}");
            }
        }
    }
    let ja = view(&rich_reports()[0], Lang::Ja);
    assert!(
        ja.rows.iter().any(|row| row
            .why
            .contains("の指定により、corp.contoso.com で完全インポート・完全同期を実行しました")),
        "no override cycle"
    );
}
