//! The interface's words in Japanese and English.
//!
//! Every string lives in one [`Strings`] table per language. A table is a struct, so adding a
//! field forces both languages to fill it: a label cannot exist in one language only. The
//! module is pure Rust (no web types), so the command line and native tests use it too.

use crate::chart::Zoom;
use crate::engine::error::Problem;
use crate::engine::source::{Confidence, Source};
use crate::present::text::Text;
use crate::present::{System, Tone};

pub use crate::present::text::Lang;

impl Lang {
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
    /// The language of this table, for sentences built with numbers.
    pub lang: Lang,
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
    /// Accessible name of the zoom buttons.
    pub zoom: &'static str,
    /// Zoom: the first three hours.
    pub zoom_3h: &'static str,
    /// Zoom: one day.
    pub zoom_day: &'static str,
    /// Zoom: one week.
    pub zoom_week: &'static str,
    /// Zoom: thirty days.
    pub zoom_month: &'static str,
    /// Zoom: the whole horizon.
    pub zoom_all: &'static str,
    /// Accessible name of the pan buttons.
    pub pan: &'static str,
    /// Pan to earlier times.
    pub earlier: &'static str,
    /// Pan back so that now is in view.
    pub back_to_now: &'static str,
    /// Pan to later times.
    pub later: &'static str,
    /// What the chart is, for screen readers.
    pub chart_role: &'static str,
    /// How to use the chart from the keyboard.
    pub chart_help: &'static str,
    /// Shown in the details panel when no event is selected.
    pub chart_hint: &'static str,
    /// Label before a duration.
    pub duration: &'static str,
    /// Accessible name of the legend.
    pub legend: &'static str,
    /// Confidence of a Microsoft-documented source.
    pub conf_high: &'static str,
    /// Confidence of a community observation.
    pub conf_medium: &'static str,
    /// Confidence of an inference or a default.
    pub conf_low: &'static str,
    /// Outcome: synced.
    pub tone_synced: &'static str,
    /// Outcome: caught up after a missed start.
    pub tone_caught_up: &'static str,
    /// Outcome: skipped or missed.
    pub tone_skipped: &'static str,
    /// Outcome: blocked, busy or throttled.
    pub tone_blocked: &'static str,
    /// Outcome: information (logon, stop…).
    pub tone_info: &'static str,
    /// Outcome: a warning.
    pub tone_warning: &'static str,
    /// Label of the lane filter.
    pub filter_lane: &'static str,
    /// Label of the outcome filter.
    pub filter_outcome: &'static str,
    /// Filter choice: everything.
    pub all: &'static str,
    /// Shown when no event is visible.
    pub no_events: &'static str,
    /// Event list column: time.
    pub col_time: &'static str,
    /// Event list column: lane.
    pub col_lane: &'static str,
    /// Event list column: outcome.
    pub col_outcome: &'static str,
    /// Event list column: reason.
    pub col_why: &'static str,
    /// Answer prefix for a device.
    pub next_sync: &'static str,
    /// Answer prefix for a server.
    pub next_cycle: &'static str,
    /// Answer when a device will not sync.
    pub never_device: &'static str,
    /// Answer when a server will not run a cycle.
    pub never_server: &'static str,
    /// Label of the what-if now input.
    pub what_if_now: &'static str,
    /// Button that returns to the live clock.
    pub live: &'static str,
    /// Error for an unreadable date and time.
    pub bad_instant: &'static str,
    /// Hint when now is fixed.
    pub now_fixed: &'static str,
    /// Hint when now follows the clock.
    pub now_live: &'static str,
    /// Label before the engine time.
    pub computed_in: &'static str,
}

impl Strings {
    /// The label of a zoom level.
    pub fn zoom_label(&self, zoom: Zoom) -> &'static str {
        match zoom {
            Zoom::FirstHours => self.zoom_3h,
            Zoom::Day => self.zoom_day,
            Zoom::Week => self.zoom_week,
            Zoom::Month => self.zoom_month,
            Zoom::All => self.zoom_all,
        }
    }

    /// The name of an outcome.
    pub fn tone(&self, tone: Tone) -> &'static str {
        match tone {
            Tone::Synced => self.tone_synced,
            Tone::CaughtUp => self.tone_caught_up,
            Tone::Skipped => self.tone_skipped,
            Tone::Blocked => self.tone_blocked,
            Tone::Info => self.tone_info,
            Tone::Warning => self.tone_warning,
        }
    }

    /// How sure a source is, in words.
    pub fn confidence(&self, confidence: Confidence) -> &'static str {
        match confidence {
            Confidence::High => self.conf_high,
            Confidence::Medium => self.conf_medium,
            Confidence::Low => self.conf_low,
        }
    }

    /// The words before the time in the answer: "Next sync", "Next sync cycle".
    pub fn next_prefix(&self, system: System) -> &'static str {
        match system {
            System::Device => self.next_sync,
            System::Server => self.next_cycle,
        }
    }

    /// The answer when nothing will sync.
    pub fn never(&self, system: System) -> &'static str {
        match system {
            System::Device => self.never_device,
            System::Server => self.never_server,
        }
    }

    /// Says that `n` more rows are not listed.
    pub fn more_rows(&self, n: usize) -> String {
        match self.lang {
            Lang::En => {
                format!("{n} more events in this span are not listed: zoom in to see them.")
            }
            Lang::Ja => {
                format!("この範囲にはさらに {n} 件のイベントがあります。拡大すると表示されます。")
            }
        }
    }
}

/// One label in both languages, side by side where it is used: for the many form labels that
/// would crowd the [`Strings`] tables. Both arguments are required, so neither can be missing.
pub const fn tr(lang: Lang, en: &'static str, ja: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ja => ja,
    }
}

/// What is wrong with a scenario, in words, for the message next to the field.
pub fn problem_text(lang: Lang, problem: &Problem) -> String {
    match (problem, lang) {
        (Problem::Unreadable { message, .. }, Lang::En) => format!("cannot be read: {message}"),
        (Problem::Unreadable { message, .. }, Lang::Ja) => format!("読み取れません: {message}"),
        (Problem::UnsupportedVersion { found, supported }, Lang::En) => {
            format!("format version {found} is not supported (this version reads {supported})")
        }
        (Problem::UnsupportedVersion { found, supported }, Lang::Ja) => {
            format!("形式バージョン {found} には対応していません（対応: {supported}）")
        }
        (Problem::NothingToSimulate, Lang::En) => "there is neither a device nor a server".into(),
        (Problem::NothingToSimulate, Lang::Ja) => "デバイスもサーバーもありません".into(),
        (Problem::EndNotAfterStart, Lang::En) => "the end must be after the start".into(),
        (Problem::EndNotAfterStart, Lang::Ja) => "終了は開始より後にしてください".into(),
        (Problem::OutsideHorizon, Lang::En) => "lies outside the simulated period".into(),
        (Problem::OutsideHorizon, Lang::Ja) => "シミュレーション期間の外にあります".into(),
        (Problem::HorizonTooLong { limit }, Lang::En) => {
            format!(
                "the period is too long (at most {} days)",
                limit.secs() / 86_400
            )
        }
        (Problem::HorizonTooLong { limit }, Lang::Ja) => {
            format!("期間が長すぎます（最大 {} 日）", limit.secs() / 86_400)
        }
        (Problem::TooMany { limit }, Lang::En) => format!("too many entries (at most {limit})"),
        (Problem::TooMany { limit }, Lang::Ja) => format!("項目が多すぎます（最大 {limit}）"),
        (Problem::Overlap { other }, Lang::En) => format!("overlaps {other}"),
        (Problem::Overlap { other }, Lang::Ja) => format!("{other} と重なっています"),
        (Problem::OutOfRange { min, max }, Lang::En) => format!("must be between {min} and {max}"),
        (Problem::OutOfRange { min, max }, Lang::Ja) => {
            format!("{min} から {max} の範囲にしてください")
        }
        (Problem::Conflict { with }, Lang::En) => format!("contradicts {with}"),
        (Problem::Conflict { with }, Lang::Ja) => format!("{with} と矛盾しています"),
        // The engine's reason codes, said with what they mean (connector names are what
        // Synchronization Service Manager shows, unique ignoring case).
        (Problem::BadName { reason }, _) => match reason.as_str() {
            "empty" => Text::new(
                "the name is empty: a connector is named as Synchronization Service Manager shows it",
                "名前が空です。コネクタには Synchronization Service Manager に表示される名前を付けてください",
            )
            .get(lang)
            .to_owned(),
            "too_long" => Text::new(
                "the name is longer than 256 characters",
                "名前が 256 文字を超えています",
            )
            .get(lang)
            .to_owned(),
            "duplicate" => Text::new(
                "another connector has this name (ignoring case, as Synchronization Service Manager does), so the two could not be told apart",
                "同じ名前のコネクタがほかにあります（Synchronization Service Manager と同じく大文字と小文字は区別しません）。区別できないため、別の名前にしてください",
            )
            .get(lang)
            .to_owned(),
            other => Text::new("bad name: {0}", "名前が不正です: {0}").fill(lang, &[other]),
        },
    }
}

/// A source's title for the reader. Published documents keep their own title (that is how
/// they are found); titles we wrote ourselves — inferences, parameter defaults, summaries of
/// community observations — are translated.
pub fn source_title(lang: Lang, source: &Source) -> &'static str {
    match (lang, source.id) {
        (Lang::Ja, "legacy-apple-refresh") => {
            "以前に公開されていた iOS/iPadOS・macOS の更新間隔（6 時間まで 15 分ごと）"
        }
        (Lang::Ja, "inference-push-service-disabled") => {
            "シード記事と Microsoft のサービス説明からの推定: dmwappushservice が無効だと MDM セッションは開始しない"
        }
        (Lang::Ja, "inference-server-off") => {
            "推定: 停止中の Entra Connect サーバーは同期サイクルもパスワード ハッシュ同期も実行しない"
        }
        (Lang::Ja, "community-entra-scheduler") => {
            "Entra Connect スケジューラについてのコミュニティの観察（ビジー エラー、基準時刻の移動）"
        }
        (Lang::Ja, "inference-entra-next-start") => {
            "推定: NextSyncCycleStartTimeInUTC は Get-ADSyncScheduler を実行した時刻から1間隔以内にある"
        }
        (Lang::Ja, "parameter-default") => {
            "文書化されていない動作: 既定値を明記した Sync Planner のパラメーター"
        }
        _ => source.title,
    }
}

/// Japanese.
pub const JA: Strings = Strings {
    lang: Lang::Ja,
    app_title: "Sync Planner",
    tagline: "Intune デバイスと Entra Connect サーバーが次にいつ同期するか、変更がいつ届くかを予測します",
    language: "言語",
    self_name: "日本語",
    answer_heading: "次の同期",
    timeline_heading: "タイムライン",
    controls_heading: "設定",
    events_heading: "イベント一覧",
    answer_pending: "シナリオを設定すると、次の同期時刻がここに表示されます。",
    zoom: "表示範囲",
    zoom_3h: "最初の3時間",
    zoom_day: "1日",
    zoom_week: "1週間",
    zoom_month: "30日",
    zoom_all: "全体",
    pan: "移動",
    earlier: "◀ 前へ",
    back_to_now: "現在",
    later: "次へ ▶",
    chart_role: "タイムライン図",
    chart_help: "タイムライン。←→ でイベント間を移動、+/− で拡大縮小、PageUp/PageDown で前後に移動、Esc で選択解除",
    chart_hint: "イベントにポインターを合わせるか、図にフォーカスして ←→ キーで選ぶと、正確な時刻・ルール・出典が表示されます。",
    duration: "所要時間",
    legend: "凡例",
    conf_high: "Microsoft のドキュメント",
    conf_medium: "コミュニティの観察",
    conf_low: "推定・既定値",
    tone_synced: "同期済み",
    tone_caught_up: "遅れて実行",
    tone_skipped: "スキップ・見送り",
    tone_blocked: "ブロック・拒否",
    tone_info: "情報",
    tone_warning: "警告",
    filter_lane: "レーン",
    filter_outcome: "結果",
    all: "すべて",
    no_events: "この範囲に表示するイベントはありません。",
    col_time: "日時",
    col_lane: "レーン",
    col_outcome: "結果",
    col_why: "理由",
    next_sync: "次の同期:",
    next_cycle: "次の同期サイクル:",
    never_device: "このデバイスは期間内に同期しません。",
    never_server: "このサーバーは期間内に同期サイクルを実行しません。",
    what_if_now: "現在時刻を仮定:",
    live: "現在時刻に戻す",
    bad_instant: "日時を読み取れません。",
    now_fixed: "仮定した時刻で回答しています。",
    now_live: "現在時刻に合わせて自動更新します。",
    computed_in: "計算時間",
};

/// English.
pub const EN: Strings = Strings {
    lang: Lang::En,
    app_title: "Sync Planner",
    tagline: "Predicts when an Intune device or an Entra Connect server syncs next, and when your change lands",
    language: "Language",
    self_name: "English",
    answer_heading: "Next sync",
    timeline_heading: "Timeline",
    controls_heading: "Settings",
    events_heading: "Events",
    answer_pending: "Set up a scenario and the next sync time appears here.",
    zoom: "Zoom",
    zoom_3h: "First 3 h",
    zoom_day: "Day",
    zoom_week: "Week",
    zoom_month: "Month",
    zoom_all: "All",
    pan: "Move",
    earlier: "◀ Earlier",
    back_to_now: "Now",
    later: "Later ▶",
    chart_role: "timeline chart",
    chart_help: "Timeline. Left and right arrows move between events, + and − zoom, Page Up and Page Down move in time, Escape clears the selection",
    chart_hint: "Point at an event, or focus the chart and use the arrow keys, to see its exact time, rule and source.",
    duration: "duration",
    legend: "Legend",
    conf_high: "Microsoft documentation",
    conf_medium: "community observation",
    conf_low: "inference or default",
    tone_synced: "Synced",
    tone_caught_up: "Caught up",
    tone_skipped: "Skipped or missed",
    tone_blocked: "Blocked or refused",
    tone_info: "Information",
    tone_warning: "Warning",
    filter_lane: "Lane",
    filter_outcome: "Outcome",
    all: "All",
    no_events: "No events in this span.",
    col_time: "Time",
    col_lane: "Lane",
    col_outcome: "Outcome",
    col_why: "Why",
    next_sync: "Next sync",
    next_cycle: "Next sync cycle",
    never_device: "This device will not sync within the horizon.",
    never_server: "This server will not run a sync cycle within the horizon.",
    what_if_now: "What if now were:",
    live: "Live",
    bad_instant: "That date and time cannot be read.",
    now_fixed: "Answering for the time you set.",
    now_live: "Following the clock.",
    computed_in: "computed in",
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
    fn our_own_source_titles_are_translated() {
        use crate::engine::source;
        for s in source::ALL
            .iter()
            .filter(|s| s.url.is_none() && s.id != "seed-intune-sync-timing")
        {
            let ja = source_title(Lang::Ja, s);
            assert_ne!(ja, s.title, "{} needs a Japanese title", s.id);
            assert!(!ja.is_ascii());
        }
        assert_eq!(
            source_title(Lang::En, &source::PARAMETER_DEFAULT),
            source::PARAMETER_DEFAULT.title
        );
    }

    #[test]
    fn problems_read_in_both_languages() {
        let p = Problem::Overlap {
            other: "device.power_off[0]".into(),
        };
        assert_eq!(problem_text(Lang::En, &p), "overlaps device.power_off[0]");
        assert!(problem_text(Lang::Ja, &p).contains("重なって"));
        assert_eq!(tr(Lang::Ja, "Add", "追加"), "追加");
        // A name's reason code is said with what it means.
        let dup = Problem::BadName {
            reason: "duplicate".into(),
        };
        assert!(problem_text(Lang::En, &dup).contains("another connector has this name"));
        assert!(problem_text(Lang::Ja, &dup).contains("同じ名前"));
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
