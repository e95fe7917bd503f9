//! Words for the codes every view shares, one table per enum: the shaded spans behind the
//! lanes, outcomes, confidence, sources, what is wrong with a scenario or a pasted line, and
//! the answer's opening words. Each table is an exhaustive `match`, so a new variant without
//! words does not compile, and each code has one name in each language wherever it is shown.

use super::places::field_name;
use super::text::{Lang, Text};
use super::{ShadeKind, System, Tone, grammar};
use crate::engine::entra::{LineProblem, Note, OrderBasis};
use crate::engine::source::{self, Confidence, Published, Source};
use crate::engine::{Because, Bound, NameProblem, Problem, ReadProblem};

/// The name of a shaded span, the same on a device's and a server's timeline.
pub const fn shade(kind: ShadeKind) -> Text {
    match kind {
        ShadeKind::Off => Text::new("Powered off", "電源オフ"),
        ShadeKind::Sleep => Text::new("Asleep", "スリープ"),
        ShadeKind::Offline => Text::new("Offline", "オフライン"),
        ShadeKind::PushDisabled => Text::new("dmwappushservice disabled", "dmwappushservice 無効"),
        ShadeKind::Outage => Text::new("Server down", "サーバー停止"),
        ShadeKind::Suspended => Text::new("Scheduler suspended", "スケジューラ中断中"),
        ShadeKind::Disabled => Text::new(
            "Sync cycles disabled (SyncCycleEnabled = False)",
            "同期サイクル無効 (SyncCycleEnabled = False)",
        ),
        ShadeKind::Staging => Text::new("Staging mode", "ステージング モード"),
    }
}

/// The name of an outcome, in the legend and the outcome filter.
pub const fn tone(tone: Tone) -> Text {
    match tone {
        Tone::Synced => Text::new("Synced", "同期済み"),
        Tone::CaughtUp => Text::new("Caught up", "遅延実行"),
        Tone::Skipped => Text::new("Skipped or missed", "スキップ・見送り"),
        Tone::Blocked => Text::new("Blocked or refused", "ブロック・拒否"),
        Tone::Info => Text::new("Information", "情報"),
        Tone::Warning => Text::new("Warning", "警告"),
    }
}

/// How sure a source is, in words, after its title.
pub const fn confidence(confidence: Confidence) -> Text {
    match confidence {
        Confidence::High => Text::new("Microsoft documentation", "Microsoft のドキュメント"),
        Confidence::Medium => Text::new("community observation", "コミュニティの観察"),
        Confidence::Low => Text::new("assumption", "想定"),
    }
}

/// A source's title for the reader, in the reader's language. Documents published in each
/// reader's language (Microsoft Learn) keep their own title, which is how they are found;
/// a document in one language is named by what it is, in the reader's language, its own
/// language marked ("Qiita article (in Japanese): …", "…（英語）"); titles we wrote
/// ourselves (inferences, settings, summaries of community observations) are translated.
pub fn source_title(source: &Source) -> Text {
    match source.language {
        Published::Translated => Text::new(source.title, source.title),
        Published::English => Text::new(source.title, english_only(source)),
        Published::Japanese => Text::new(in_japanese(source), japanese_title(source)),
        Published::Ours => Text::new(source.title, our_title(source)),
    }
}

/// An English-only document for a Japanese reader: its title, its language marked.
fn english_only(source: &Source) -> &'static str {
    match source.id {
        id if id == source::APPLE_APNS_STORE.id => {
            "Apple Developer（英語）: Sending notification requests to APNs（オフラインのデバイス宛て通知の保存）"
        }
        id if id == source::COMMUNITY_PUSH_THROTTLE.id => {
            "Patch My PC のブログ（英語）: Intune policy delivery — debugging the 8-hour sync myth（プッシュの抑制）"
        }
        _ => source.title,
    }
}

/// A Japanese-only document for an English reader: what it is, its language, and its title
/// in English.
fn in_japanese(source: &Source) -> &'static str {
    match source.id {
        id if id == source::SEED_INTUNE_SYNC_TIMING.id => {
            "Qiita article (in Japanese): A deep dive into Intune sync timing"
        }
        id if id == source::SCCM_JP_DEVICEENROLLER.id => {
            "sccm.jp blog post (in Japanese): Unravelling DeviceEnroller.exe, season 2"
        }
        _ => source.title,
    }
}

/// A Japanese-only document for a Japanese reader: what it is, then its own title.
fn japanese_title(source: &Source) -> &'static str {
    match source.id {
        id if id == source::SEED_INTUNE_SYNC_TIMING.id => {
            "Qiita の記事: Intune の 同期 タイミングについて 深堀してみた"
        }
        id if id == source::SCCM_JP_DEVICEENROLLER.id => {
            "sccm.jp のブログ記事: DeviceEnroller.exe の謎に迫る Season 2"
        }
        _ => source.title,
    }
}

/// A title we wrote, in Japanese.
fn our_title(source: &Source) -> &'static str {
    match source.id {
        id if id == source::LEGACY_APPLE_REFRESH.id => {
            "以前に公開されていた iOS/iPadOS・macOS の更新間隔（6 時間まで 15 分ごと）"
        }
        id if id == source::INFERENCE_PUSH_SERVICE_DISABLED.id => {
            "Qiita の記事「Intune の 同期 タイミングについて 深堀してみた」と Microsoft のサービス説明からの推定: dmwappushservice が無効だと MDM セッションは開始しない"
        }
        id if id == source::INFERENCE_SERVER_OFF.id => {
            "推定: 停止中の Entra Connect サーバーは同期サイクルもパスワード ハッシュ同期も実行しない"
        }
        id if id == source::COMMUNITY_ENTRA_SCHEDULER.id => {
            "Entra Connect スケジューラについてのコミュニティの観察（ビジー エラー、基準時刻の移動）"
        }
        id if id == source::INFERENCE_ENTRA_NEXT_START.id => {
            "推定: NextSyncCycleStartTimeInUTC は Get-ADSyncScheduler を実行した時刻から1間隔以内にある"
        }
        id if id == source::PARAMETER_DEFAULT.id => {
            "Microsoft の文書に記載なし: Sync Planner の設定（変更できます）"
        }
        _ => source.title,
    }
}

/// The words before the time in the answer: "Next sync", "Next sync cycle".
pub const fn next_prefix(system: System) -> Text {
    match system {
        System::Device => Text::new("Next sync", "次の同期:"),
        System::Server => Text::new("Next sync cycle", "次の同期サイクル:"),
    }
}

/// The answer when nothing will sync within the horizon.
pub const fn never(system: System) -> Text {
    match system {
        System::Device => Text::new(
            "This device will not sync in the simulated period.",
            "このデバイスは期間内に同期しません。",
        ),
        System::Server => Text::new(
            "This server will not run a sync cycle in the simulated period.",
            "このサーバーは期間内に同期サイクルを実行しません。",
        ),
    }
}

/// What is wrong with a scenario, in words, for the message next to the field and the
/// summary at the top.
pub fn problem(problem: &Problem, lang: Lang) -> String {
    match problem {
        Problem::Unreadable {
            line,
            column,
            mistake,
            ..
        } => unreadable(mistake, *line, *column, lang),
        Problem::UnsupportedVersion { found, supported } => Text::new(
            "format version {0} is not supported (this version reads {1})",
            "形式バージョン {0} には対応していません（対応: {1}）",
        )
        .fill(lang, &[&found.to_string(), &supported.to_string()]),
        Problem::NothingToSimulate => Text::new(
            "there is neither a device nor a server",
            "デバイスもサーバーもありません",
        )
        .get(lang)
        .to_owned(),
        Problem::ChangeNeedsServer => Text::new(
            "a change made on-premises reaches Entra ID through Entra Connect Sync: add the server, or paste its Get-ADSyncScheduler output",
            "オンプレミスでの変更は Entra Connect Sync を経て Entra ID に届きます。サーバーを追加するか、Get-ADSyncScheduler の出力を貼り付けてください",
        )
        .get(lang)
        .to_owned(),
        Problem::EndNotAfterStart => Text::new(
            "the end must be after the start",
            "終了は開始より後にしてください",
        )
        .get(lang)
        .to_owned(),
        Problem::OutsideHorizon => Text::new(
            "lies outside the simulated period",
            "シミュレーション期間の外にあります",
        )
        .get(lang)
        .to_owned(),
        Problem::HorizonTooLong { limit } => Text::new(
            "the period is too long (at most {0} days)",
            "期間が長すぎます（最大 {0} 日）",
        )
        .fill(lang, &[&(limit.secs() / 86_400).to_string()]),
        Problem::TooMany { limit } => Text::new(
            "too many entries (at most {0})",
            "項目が多すぎます（最大 {0}）",
        )
        .fill(lang, &[&grammar::thousands(*limit)]),
        Problem::Overlap { other } => Text::new("overlaps {0}", "{0} と重なっています")
            .fill(lang, &[&field_name(other, lang)]),
        Problem::OutOfRange { min, max } => Text::new(
            "must be between {0} and {1}",
            "{0} から {1} の範囲にしてください",
        )
        .fill(lang, &[&bound(min, lang), &bound(max, lang)]),
        Problem::Conflict { with } => Text::new("contradicts {0}", "{0} と矛盾しています")
            .fill(lang, &[&field_name(with, lang)]),
        Problem::ConflictBecause { with, because } => {
            Text::new("contradicts {0}: {1}", "{0} と矛盾しています: {1}").fill(
                lang,
                &[&field_name(with, lang), because_text(*because).get(lang)],
            )
        }
        Problem::BadName { reason } => name_problem(*reason, lang),
    }
}

/// One end of a range as people say it: "200,000", "30 min", a date in UTC.
fn bound(b: &Bound, lang: Lang) -> String {
    match b {
        Bound::Number(n) => grammar::thousands(usize::try_from(*n).unwrap_or(usize::MAX)),
        Bound::Length(d) => grammar::span(lang, i64::from(d.secs())),
        Bound::Instant(t) => grammar::utc(lang, *t),
    }
}

/// Why a scenario text cannot be read, in words, with the line and column when known.
fn unreadable(kind: &ReadProblem, line: usize, column: usize, lang: Lang) -> String {
    let what = match kind {
        ReadProblem::EndOfText => Text::new(
            "the text ends too early: a bracket, brace or quote is not closed",
            "テキストが途中で終わっています。括弧または引用符が閉じていません",
        )
        .get(lang)
        .to_owned(),
        ReadProblem::Syntax => Text::new(
            "this is not valid JSON (a comma, quote or bracket is missing or extra)",
            "JSON として正しくありません（カンマ、引用符、括弧の過不足）",
        )
        .get(lang)
        .to_owned(),
        ReadProblem::UnknownField { name } => Text::new(
            "there is no field named “{0}” in this format",
            "この形式に「{0}」という項目はありません",
        )
        .fill(lang, &[name]),
        ReadProblem::MissingField { name } => Text::new(
            "the field “{0}” is required here",
            "ここには項目「{0}」が必要です",
        )
        .fill(lang, &[name]),
        ReadProblem::WrongValue => Text::new(
            "this value is of the wrong kind or not one of the accepted values",
            "値の種類が違うか、受け付けられる値ではありません",
        )
        .get(lang)
        .to_owned(),
    };
    if line == 0 {
        return what;
    }
    Text::new("{0} (line {1}, column {2})", "{0}（{1} 行 {2} 列目）")
        .fill(lang, &[&what, &line.to_string(), &column.to_string()])
}

/// What a value means that makes it contradict another, in words.
fn because_text(because: Because) -> Text {
    match because {
        Because::CountZeroIsIndefinite => Text::new(
            Because::CountZeroIsIndefinite.en(),
            "回数 0 は無期限を意味するため、後に続くセットは実行されません",
        ),
        Because::PushServiceIsWindowsOnly => Text::new(
            Because::PushServiceIsWindowsOnly.en(),
            "dmwappushservice は Windows のサービスで、このプラットフォームには無効にできるサービスがありません",
        ),
        Because::EnrollmentNeedsNetwork => Text::new(
            Because::EnrollmentNeedsNetwork.en(),
            "登録にはネットワークが必要ですが、その時刻にデバイスはオフラインです",
        ),
        Because::BeforeEnrollment => Text::new(
            Because::BeforeEnrollment.en(),
            "デバイスの登録前には何も起きません",
        ),
    }
}

/// Why a name is refused.
fn name_problem(reason: NameProblem, lang: Lang) -> String {
    match reason {
        NameProblem::Empty => Text::new("the name is empty", "名前が空です")
            .get(lang)
            .to_owned(),
        NameProblem::TooLong { max } => Text::new(
            "the name is too long (at most {0} characters)",
            "名前が長すぎます（最大 {0} 文字）",
        )
        .fill(lang, &[&grammar::thousands(max)]),
        NameProblem::Duplicate => Text::new(
            "another entry has this name",
            "同じ名前の項目がほかにあります",
        )
        .get(lang)
        .to_owned(),
        NameProblem::Unknown => Text::new(
            "no connector has this name",
            "この名前のコネクタはありません",
        )
        .get(lang)
        .to_owned(),
    }
}

/// Why a line of pasted `Get-ADSyncScheduler` output could not be read.
pub const fn line_problem(problem: LineProblem) -> Text {
    match problem {
        LineProblem::NoSeparator => Text::new(
            "no ':' between name and value",
            "名前と値の間に ':' がありません",
        ),
        LineProblem::NotAName => Text::new("not a setting name", "設定名ではありません"),
        LineProblem::EmptyValue => Text::new("the value is empty", "値が空です"),
        LineProblem::BadInterval => Text::new(
            "not a time span such as 00:30:00",
            "00:30:00 のような時間ではありません",
        ),
        LineProblem::ZeroInterval => Text::new(
            "an interval of zero: the scheduler would never wait between cycles, so it cannot be one",
            "間隔が 0 です。サイクルの間に待ち時間がなくなるため、間隔にはなりません",
        ),
        // Period::MAX: the longest horizon the planner simulates.
        LineProblem::IntervalTooLong => Text::new(
            "the interval is longer than the 400 days the planner simulates",
            "間隔がシミュレーションできる 400 日を超えています",
        ),
        LineProblem::BadBoolean => Text::new("not True or False", "True でも False でもありません"),
        LineProblem::BadPolicyType => {
            Text::new("not Delta or Initial", "Delta でも Initial でもありません")
        }
        LineProblem::BadDate => Text::new("not a date and time", "日時ではありません"),
        LineProblem::DateOutOfRange => Text::new(
            "a date outside 2000–2200: NextSyncCycleStartTimeInUTC is the scheduler's next start, at most one interval from when the cmdlet ran",
            "2000〜2200 年の範囲外の日付です。NextSyncCycleStartTimeInUTC はスケジューラの次の開始時刻で、コマンドレットの実行時刻から最大でも1間隔先のはずです",
        ),
        LineProblem::Duplicate => Text::new(
            "appears twice; the first was kept",
            "2 回出現しています（最初の値を使用）",
        ),
    }
}

/// An ambiguous `NextSyncCycleStartTimeInUTC`: {0} the reading used, {1} why, {2} the other
/// reading (dates in UTC, as the cmdlet prints them).
const AMBIGUOUS_DATE: Text = Text::new(
    "NextSyncCycleStartTimeInUTC can be read two ways (day and month swapped): {0} was used ({1}); the other reading is {2}.",
    "NextSyncCycleStartTimeInUTC は日と月を入れ替えた2通りに読めます。{0} を使いました（{1}）。もう一方の読み方は {2} です。",
);

/// What decided how a pasted date was read, as a reason after the reading.
pub const fn order_basis(basis: OrderBasis) -> Text {
    match basis {
        OrderBasis::NearerToNow => Text::new(
            "the reading nearer to now, since the next start is at most one interval away",
            "次の開始は最大でも1間隔先のため、現在時刻に近い読み方",
        ),
        OrderBasis::Hint => Text::new("the server's date format", "サーバーの日付形式"),
        OrderBasis::Separator => Text::new(
            "day first, as cultures that write dates with '.' or '-' do",
            "'.' や '-' で区切る地域の形式に従い日が先",
        ),
        OrderBasis::Padding => Text::new(
            "day first, because en-US never pads with a zero",
            "en-US は 0 を補わないため日が先",
        ),
        OrderBasis::UsDefault => Text::new(
            "month first, as en-US writes it",
            "en-US の形式に従い月が先",
        ),
        OrderBasis::Chosen => Text::new("your choice", "選択した読み方"),
        // Never ambiguous; named anyway so nothing is blank.
        OrderBasis::Values | OrderBasis::YearFirst => {
            Text::new("the values themselves", "値そのもの")
        }
    }
}

/// What an import of pasted `Get-ADSyncScheduler` output noticed.
pub fn import_note(note: &Note, lang: Lang) -> String {
    match note {
        Note::NothingRecognized => Text::new(
            "Nothing in the text looks like Get-ADSyncScheduler output.",
            "Get-ADSyncScheduler の出力と認識できる行がありません。",
        )
        .get(lang)
        .to_owned(),
        Note::AmbiguousDate {
            taken,
            decided_by,
            other,
            ..
        } => AMBIGUOUS_DATE.fill(
            lang,
            &[
                &grammar::utc(lang, *taken),
                order_basis(*decided_by).get(lang),
                &grammar::utc(lang, *other),
            ],
        ),
        Note::CycleInProgress => Text::new(
            "A cycle was running: NextSyncCycleStartTimeInUTC shows that cycle's start, in the past.",
            "同期サイクルの実行中でした: NextSyncCycleStartTimeInUTC は実行中のサイクルの開始（過去の時刻）を示しています。",
        )
        .get(lang)
        .to_owned(),
        Note::CustomizedBelowAllowed {
            customized,
            allowed,
        } => Text::new(
            "CustomizedSyncCycleInterval {0} is below AllowedSyncCycleInterval {1}; the allowed one is used.",
            "CustomizedSyncCycleInterval {0} は AllowedSyncCycleInterval {1} より短いため、{1} が使われます。",
        )
        .fill(lang, &[&grammar::length(lang, *customized), &grammar::length(lang, *allowed)]),
        Note::EffectiveIntervalMismatch { printed, computed } => Text::new(
            "CurrentlyEffectiveSyncCycleInterval says {0}, the settings give {1}: a build before 1.1.281 applies a change after the next cycle.",
            "CurrentlyEffectiveSyncCycleInterval は {0} ですが、設定からは {1} になります: 1.1.281 より前のビルドでは変更が次のサイクル後に反映されます。",
        )
        .fill(lang, &[&grammar::length(lang, *printed), &grammar::length(lang, *computed)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_own_source_titles_are_translated() {
        for s in source::ALL.iter().filter(|s| s.url.is_none()) {
            let ja = source_title(s).get(Lang::Ja);
            assert_ne!(ja, s.title, "{} needs a Japanese title", s.id);
            assert!(!ja.is_ascii());
        }
        let published = source_title(&source::LEARN_POLICY_REFRESH);
        assert_eq!(published.en, published.ja, "published titles are kept");
        assert_eq!(
            source_title(&source::PARAMETER_DEFAULT).get(Lang::En),
            source::PARAMETER_DEFAULT.title
        );
    }

    /// Hiragana, katakana or kanji: what an English reader cannot read.
    fn has_japanese(text: &str) -> bool {
        text.chars().any(|c| {
            matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
        })
    }

    #[test]
    fn sources_are_named_in_the_readers_language_with_their_own_marked() {
        // Issue 22: the Qiita post the Windows schedule cites was named in Japanese in the
        // English interface.
        for s in source::ALL {
            let en = source_title(s).get(Lang::En);
            assert!(!has_japanese(en), "{}: Japanese in English: {en}", s.id);
            assert!(
                has_japanese(source_title(s).get(Lang::Ja))
                    || s.title.starts_with("Microsoft Learn")
                    || s.title.starts_with("Firebase"),
                "{}",
                s.id
            );
        }
        // A document in one language is named anew in the other (a new one needs its words).
        for s in source::ALL {
            let t = source_title(s);
            match s.language {
                Published::English => assert_ne!(t.ja, s.title, "{} needs its Japanese name", s.id),
                Published::Japanese => assert_ne!(t.en, s.title, "{} needs its English name", s.id),
                Published::Translated | Published::Ours => {}
            }
        }
        let qiita = source_title(&source::SEED_INTUNE_SYNC_TIMING);
        assert_eq!(
            qiita.en,
            "Qiita article (in Japanese): A deep dive into Intune sync timing"
        );
        assert_eq!(
            qiita.ja,
            "Qiita の記事: Intune の 同期 タイミングについて 深堀してみた"
        );
        let blog = source_title(&source::SCCM_JP_DEVICEENROLLER);
        assert!(
            blog.en
                .ends_with("(in Japanese): Unravelling DeviceEnroller.exe, season 2"),
            "{}",
            blog.en
        );
        // An English-only document says so to a Japanese reader; Microsoft Learn, published
        // in each reader's language, does not.
        let patch = source_title(&source::COMMUNITY_PUSH_THROTTLE);
        assert!(patch.ja.contains("（英語）"), "{}", patch.ja);
        assert!(!patch.en.contains("English"), "{}", patch.en);
        let learn = source_title(&source::LEARN_POLICY_REFRESH);
        assert!(!learn.ja.contains("英語"), "{}", learn.ja);
    }

    #[test]
    fn a_sync_planner_setting_is_cited_as_an_admin_says_it() {
        // Issue 22: "… — Undocumented behaviour: a Sync Planner parameter with a documented
        // default (inference or default)".
        let s = &source::PARAMETER_DEFAULT;
        let title = source_title(s);
        assert_eq!(
            title.en,
            "Not documented by Microsoft: a Sync Planner setting you can change"
        );
        assert_eq!(
            title.ja,
            "Microsoft の文書に記載なし: Sync Planner の設定（変更できます）"
        );
        let sure = confidence(s.confidence);
        assert_eq!((sure.en, sure.ja), ("assumption", "想定"));
    }

    #[test]
    fn problems_read_in_both_languages() {
        let p = Problem::Overlap {
            other: "device.power_off[0]".into(),
        };
        // The other span is named by the labels on the page, never by its path.
        assert_eq!(problem(&p, Lang::En), "overlaps Powered off › entry 1");
        assert_eq!(problem(&p, Lang::Ja), "電源オフ › 1 件目 と重なっています");
        let many = Problem::TooMany { limit: 200_000 };
        assert_eq!(
            problem(&many, Lang::En),
            "too many entries (at most 200,000)"
        );
    }

    #[test]
    fn a_refused_name_says_why_in_words() {
        let long = Problem::BadName {
            reason: NameProblem::TooLong { max: 256 },
        };
        assert_eq!(
            problem(&long, Lang::En),
            "the name is too long (at most 256 characters)"
        );
        assert_eq!(
            problem(&long, Lang::Ja),
            "名前が長すぎます（最大 256 文字）"
        );
        let twice = Problem::BadName {
            reason: NameProblem::Duplicate,
        };
        assert_eq!(problem(&twice, Lang::En), "another entry has this name");
        for reason in [NameProblem::Empty, NameProblem::Duplicate] {
            let words = problem(&Problem::BadName { reason }, Lang::Ja);
            // The code itself ("duplicate", "empty") never reaches the reader.
            assert!(!words.is_ascii(), "{words}");
        }
    }

    #[test]
    fn a_contradiction_says_what_the_value_means() {
        let p = Problem::ConflictBecause {
            with: "device.platform".into(),
            because: Because::PushServiceIsWindowsOnly,
        };
        assert_eq!(
            problem(&p, Lang::En),
            "contradicts Platform: dmwappushservice is a Windows service; this platform has no such service to disable"
        );
        // The command line's Display says the same with the path, for people editing the file.
        assert_eq!(
            p.to_string(),
            problem(&p, Lang::En).replace("Platform", "device.platform")
        );
        assert!(problem(&p, Lang::Ja).starts_with(
            "プラットフォーム と矛盾しています: dmwappushservice は Windows のサービス"
        ));
        for because in [
            Because::CountZeroIsIndefinite,
            Because::PushServiceIsWindowsOnly,
            Because::EnrollmentNeedsNetwork,
            Because::BeforeEnrollment,
        ] {
            let t = because_text(because);
            assert_eq!(t.get(Lang::En), because.en());
            assert_ne!(
                t.get(Lang::Ja),
                t.get(Lang::En),
                "{because:?} needs Japanese"
            );
        }
    }

    #[test]
    fn an_ambiguous_date_says_which_reading_was_taken_and_the_other() {
        let at = |s: &str| -> crate::engine::Instant { s.parse().unwrap() };
        let note = Note::AmbiguousDate {
            taken: at("2026-12-03T17:12:40Z"),
            taken_order: crate::engine::entra::DateOrder::MonthDayYear,
            decided_by: OrderBasis::NearerToNow,
            other: at("2026-03-12T17:12:40Z"),
            other_order: crate::engine::entra::DateOrder::DayMonthYear,
        };
        let en = import_note(&note, Lang::En);
        let ja = import_note(&note, Lang::Ja);
        assert!(en.contains("2026-12-03 17:12:40 UTC"), "{en}");
        assert!(en.contains("the other reading is 2026-03-12"), "{en}");
        assert!(en.contains("nearer to now"), "{en}");
        assert!(
            ja.contains("2026/03/12") && ja.contains("現在時刻に近い"),
            "{ja}"
        );
        assert!(!en.contains('{') && !ja.contains('{'));
    }

    #[test]
    fn outcomes_use_the_glossary() {
        assert_eq!(tone(Tone::CaughtUp).get(Lang::Ja), "遅延実行");
        assert_eq!(next_prefix(System::Server).get(Lang::En), "Next sync cycle");
    }
}
