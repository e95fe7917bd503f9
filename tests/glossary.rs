//! One word per language for each key term, everywhere: reads every `.rs` file under `src/`
//! and fails if a string literal holds a forbidden variant of a term in the glossary (logon,
//! push, admin sync, catch-up, staging mode, sync cycle, scheduler, the push service) or a
//! count written without thousands separators. Comments are not read: only what people see.
//!
//! A literal that must quote a forbidden word (a test asserting its absence) can say so with
//! `glossary: allow` in a comment on the line where the literal starts.

use std::fs;
use std::path::{Path, PathBuf};

/// One term: its canonical words, and the variants that must not appear in its place.
struct Term {
    /// What the term is about.
    name: &'static str,
    /// The canonical English word.
    en: &'static str,
    /// Forbidden English variants (matched case-insensitively).
    en_forbidden: &'static [&'static str],
    /// The canonical Japanese word.
    ja: &'static str,
    /// Forbidden Japanese variants.
    ja_forbidden: &'static [&'static str],
}

const GLOSSARY: &[Term] = &[
    Term {
        name: "logon",
        en: "logon",
        en_forbidden: &[
            "sign-in",
            "sign in",
            "signs in",
            "signed in",
            "log in",
            "logged in",
        ],
        ja: "ログオン",
        ja_forbidden: &["サインイン", "ログイン"],
    },
    Term {
        name: "push",
        en: "push",
        en_forbidden: &["push-notification sync"],
        ja: "プッシュ",
        ja_forbidden: &["ﾌﾟｯｼｭ", "プッシュ通知による同期"],
    },
    Term {
        name: "admin-initiated sync",
        en: "Admin sync (push)",
        en_forbidden: &["admin-initiated sync"],
        ja: "管理者による同期（プッシュ）",
        ja_forbidden: &["管理者による同期 (プッシュ)", "管理者による同期(プッシュ)"],
    },
    Term {
        name: "catch-up",
        en: "catch-up",
        en_forbidden: &["catchup", "catch-upped"],
        ja: "遅延実行",
        ja_forbidden: &["遅れて実行", "キャッチアップ"],
    },
    Term {
        name: "staging mode",
        en: "staging mode",
        en_forbidden: &["stage mode", "staging-mode"],
        ja: "ステージング モード",
        ja_forbidden: &["ステージングモード", "ステージング・モード"],
    },
    Term {
        name: "sync cycle",
        en: "sync cycle",
        en_forbidden: &["synchronization cycle", "sync-cycle"],
        ja: "同期サイクル",
        ja_forbidden: &["同期 サイクル", "同期周期"],
    },
    Term {
        name: "scheduler",
        en: "scheduler",
        en_forbidden: &["schedular"],
        ja: "スケジューラ",
        ja_forbidden: &["スケジューラー"],
    },
    Term {
        name: "the push service",
        en: "dmwappushservice",
        en_forbidden: &["dmwappush service", "dmwap push service"],
        ja: "dmwappushservice",
        ja_forbidden: &["dmwappush サービス"],
    },
];

/// A string literal, the line it starts on, and where (in chars) its opening quote is.
struct Literal {
    line: usize,
    at: usize,
    text: String,
}

/// The string literals of Rust source `src` (plain, raw and byte strings), skipping comments,
/// char literals and lifetimes. Escapes are kept as written: the terms contain none.
fn literals(src: &str) -> Vec<Literal> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let count_lines =
        |from: usize, to: usize| chars[from..to].iter().filter(|c| **c == '\n').count();
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 1;
            let start = i;
            i += 2;
            while i < chars.len() && depth > 0 {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                } else {
                    i += 1;
                }
            }
            line += count_lines(start, i);
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
        {
            // A raw string r"…" or r#"…"# (or an identifier such as r#type: no quote follows).
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                i = j;
                continue;
            }
            let start = j + 1;
            let mut k = start;
            let end = loop {
                if k >= chars.len() {
                    break chars.len();
                }
                if chars[k] == '"' && (0..hashes).all(|h| chars.get(k + 1 + h) == Some(&'#')) {
                    break k;
                }
                k += 1;
            };
            out.push(Literal {
                line,
                at: i,
                text: chars[start..end].iter().collect(),
            });
            line += count_lines(i, end.min(chars.len()));
            i = (end + 1 + hashes).min(chars.len());
        } else if c == '"' {
            let start = i + 1;
            let mut k = start;
            while k < chars.len() && chars[k] != '"' {
                k += if chars[k] == '\\' { 2 } else { 1 };
            }
            let end = k.min(chars.len());
            out.push(Literal {
                line,
                at: i,
                text: chars[start..end].iter().collect(),
            });
            line += count_lines(i, end);
            i = end + 1;
        } else if c == '\'' {
            // A char literal ('a', '\n', '\u{..}', '"') or a lifetime ('a).
            if next == Some('\\') {
                let mut k = i + 2;
                while k < chars.len() && chars[k] != '\'' {
                    k += 1;
                }
                i = k + 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Whether `text` writes a count of five or more digits without separators before a unit
/// people read ("200000 events"): counts use `grammar::thousands`.
fn unseparated_count(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_alphanumeric()) {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let rest: String = chars[i..].iter().collect();
            let rest = rest.trim_start();
            let unit = ["event", "entries", "rows", "件", "イベント", "項目"]
                .iter()
                .any(|u| rest.starts_with(u));
            if i - start >= 5 && unit {
                return Some(chars[start..i].iter().collect());
            }
        } else {
            i += 1;
        }
    }
    None
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every glossary violation in `src` as "line: what (in literal)".
fn violations(src: &str) -> Vec<String> {
    let lines: Vec<&str> = src.lines().collect();
    let mut found = Vec::new();
    for lit in literals(src) {
        let allowed = lines
            .get(lit.line - 1)
            .is_some_and(|l| l.contains("glossary: allow"));
        if allowed {
            continue;
        }
        let lower = lit.text.to_lowercase();
        for term in GLOSSARY {
            for bad in term.en_forbidden {
                if lower.contains(&bad.to_lowercase()) {
                    found.push(format!(
                        "{}: \"{bad}\" for {} (use \"{}\") in {:?}",
                        lit.line, term.name, term.en, lit.text
                    ));
                }
            }
            for bad in term.ja_forbidden {
                if lit.text.contains(bad) {
                    found.push(format!(
                        "{}: \"{bad}\" for {} (use \"{}\") in {:?}",
                        lit.line, term.name, term.ja, lit.text
                    ));
                }
            }
        }
        if let Some(n) = unseparated_count(&lit.text) {
            found.push(format!(
                "{}: count {n} without thousands separators in {:?}",
                lit.line, lit.text
            ));
        }
    }
    found
}

/// The holes (`{0}`, `{1}`…) a template has, sorted.
fn holes(template: &str) -> Vec<char> {
    let chars: Vec<char> = template.chars().collect();
    let mut found: Vec<char> = chars
        .windows(3)
        .filter(|w| w[0] == '{' && w[1].is_ascii_digit() && w[2] == '}')
        .map(|w| w[1])
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// Every `Text::new("en", "ja")` in `src` whose two languages have different holes, so that
/// filling would leave a hole or drop a value in one of them.
fn mismatched_holes(src: &str) -> Vec<String> {
    let chars: Vec<char> = src.chars().collect();
    let lits = literals(src);
    let needle: Vec<char> = "Text::new(".chars().collect();
    let mut found = Vec::new();
    for pos in 0..chars.len().saturating_sub(needle.len()) {
        if chars[pos..pos + needle.len()] != needle[..] {
            continue;
        }
        let mut after = lits.iter().filter(|l| l.at > pos);
        let (Some(en), Some(ja)) = (after.next(), after.next()) else {
            continue;
        };
        // Only literal pairs: `Text::new(source.title, ja)` has a name, not a literal, first.
        let between = |from: usize, to: usize| {
            chars[from..to]
                .iter()
                .all(|c| c.is_whitespace() || *c == ',' || *c == '(')
        };
        if !between(pos + needle.len(), en.at) {
            continue;
        }
        let en_end = en.at + en.text.chars().count() + 2;
        if en_end > ja.at || !between(en_end, ja.at) {
            continue;
        }
        if holes(&en.text) != holes(&ja.text) {
            found.push(format!("{}: {:?} / {:?}", en.line, en.text, ja.text));
        }
    }
    found
}

#[test]
fn both_languages_of_a_text_have_the_same_holes() {
    assert_eq!(holes("{1} then {0}, {1}"), ['0', '1']);
    assert_eq!(
        mismatched_holes("const A: Text = Text::new(\"{0} of {1}\", \"{1}の{0}\");").len(),
        0
    );
    assert_eq!(
        mismatched_holes("const B: Text = Text::new(\"{0} of {1}\", \"{0}\");").len(),
        1
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut report = Vec::new();
    let mut pairs = 0;
    for file in &files {
        let src = fs::read_to_string(file).unwrap_or_default();
        pairs += src.matches("Text::new(").count();
        let rel = file
            .strip_prefix(root)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/");
        // The text type's own tests build mismatched templates on purpose.
        if rel == "src/present/text.rs" {
            continue;
        }
        report.extend(
            mismatched_holes(&src)
                .into_iter()
                .map(|m| format!("{rel}:{m}")),
        );
    }
    assert!(pairs > 100, "the labels were not found ({pairs})");
    assert!(report.is_empty(), "holes differ:\n{}", report.join("\n"));
}

#[test]
fn the_scanner_reads_literals_and_skips_comments() {
    let src = "// \"サインイン\" in a comment\nlet a = 'x'; fn f<'a>() {}\nlet s = \"one \\\" two\";\nlet r = r#\"raw \"q\" 遅れて実行\"#;\n/* \"no\" */ let b = b\"bytes\";";
    let texts: Vec<String> = literals(src).into_iter().map(|l| l.text).collect();
    assert_eq!(texts, ["one \\\" two", "raw \"q\" 遅れて実行", "bytes"]);
    let found = violations(src);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("4:"), "{found:?}");
    assert!(violations("let x = \"遅れて実行\"; // glossary: allow").is_empty());
}

#[test]
fn counts_need_separators() {
    assert_eq!(
        unseparated_count("stopped at 200000 events"),
        Some("200000".into())
    );
    assert_eq!(unseparated_count("stopped at 200,000 events"), None);
    assert_eq!(unseparated_count("2026-11-21T10:30:00Z"), None);
    assert_eq!(unseparated_count("PT86400S"), None);
}

#[test]
fn every_term_has_one_word_per_language_in_the_interface() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    assert!(files.len() > 20, "the sources were not found");
    let mut report = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(root)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/");
        let src = fs::read_to_string(file).unwrap_or_default();
        report.extend(violations(&src).into_iter().map(|v| format!("{rel}:{v}")));
    }
    assert!(
        report.is_empty(),
        "glossary violations:\n{}",
        report.join("\n")
    );
    // The canonical words themselves never count as violations.
    for term in GLOSSARY {
        let canonical = format!("let x = \"{} {}\";", term.en, term.ja);
        assert!(violations(&canonical).is_empty(), "{}", term.name);
    }
}
