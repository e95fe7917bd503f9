//! Every fixed label of the interface, in both languages, in one place: headings, buttons,
//! field labels, hints and the messages fields show. Each is a [`Text`] `const`, so a label
//! cannot exist in one language only, and the glossary test reads them all at once.
//!
//! Labels with values in them have numbered holes (`{0}`), filled with [`Text::fill`]. Words
//! for engine codes (outcomes, problems, sources, setting choices) are not here: they are
//! exhaustive `match`es in [`super::terms`] and [`super::choices`]. The device's and the
//! server's settings have their own files, [`device`] and [`server`].

pub mod device;
pub mod export;
pub mod server;

use super::text::Text;

// The page and its header.

/// The product name, in the header (the same in both languages).
pub const APP_TITLE: Text = Text::new("Sync Planner", "Sync Planner");
/// One line under the title: what the tool answers.
pub const TAGLINE: Text = Text::new(
    "Predicts when an Intune device or an Entra Connect server syncs next, and when your change lands",
    "Intune デバイスと Entra Connect サーバーが次にいつ同期するか、変更がいつ届くかを予測します",
);
/// Accessible name of the language switch.
pub const LANGUAGE: Text = Text::new("Language", "言語");
/// Each language's name in itself, on its own switch button: read it in the language it
/// names (`LANGUAGE_NAME.get(choice)`), whatever the interface speaks.
pub const LANGUAGE_NAME: Text = Text::new("English", "日本語");
/// Heading of the answer region (top of the page).
pub const ANSWER_HEADING: Text = Text::new("Next sync", "次の同期");
/// Heading of the timeline region.
pub const TIMELINE_HEADING: Text = Text::new("Timeline", "タイムライン");
/// Heading of the controls region.
pub const CONTROLS_HEADING: Text = Text::new("Settings", "設定");
/// The fold holding the period, the time zone and the device's or server's own settings.
pub const SETTINGS_FOLD: Text = Text::new(
    "Edit the scenario: period, time zone, and what happens to the device or server",
    "シナリオを編集: 期間、タイム ゾーン、デバイスまたはサーバーに起きること",
);
/// Heading of the event list.
pub const EVENTS_HEADING: Text = Text::new("Events", "イベント一覧");

// The answer at the top.

/// At the top of the answer while the draft is invalid: the plan shown is the last valid one.
pub const NOT_THE_PLAN_TYPED: Text = Text::new(
    "This is not the plan you typed: the answer and the chart still show the last valid plan.",
    "入力した計画ではありません。回答と図は、最後に有効だった計画のままです。",
);
/// The button after it that moves to the field at fault.
pub const GO_TO_FIELD: Text = Text::new("Go to the field", "その項目へ移動");
/// The skip link at the top of the page, to the menu that adds what happens.
pub const SKIP_TO_ADD: Text = Text::new("Skip to “Add what happens”", "「出来事を追加」へ移動");

/// In the answer region while there is nothing to answer yet (and in the event list).
pub const ANSWER_PENDING: Text = Text::new(
    "Set up a scenario and the next sync time appears here.",
    "シナリオを設定すると、次の同期時刻がここに表示されます。",
);
/// Label of the what-if "now" input under the answer.
pub const WHAT_IF_NOW: Text = Text::new("What if now were:", "現在時刻を仮定:");
/// Button next to the what-if input that returns to the live clock.
pub const LIVE: Text = Text::new("Live", "現在時刻に戻す");
/// Under the what-if input: what was typed is not a date and time.
pub const BAD_INSTANT: Text = Text::new(
    "That date and time cannot be read.",
    "日時を読み取れません。",
);
/// Under the what-if input when "now" is fixed.
pub const NOW_FIXED: Text = Text::new(
    "Answering for the time you set.",
    "仮定した時刻で回答しています。",
);
/// Under the what-if input when "now" follows the clock.
pub const NOW_LIVE: Text = Text::new("Following the clock.", "現在時刻に合わせて自動更新します。");
/// Under the answer: how long the engine took; {0} is milliseconds.
pub const COMPUTED_IN: Text = Text::new("computed in {0} ms", "計算時間 {0} ms");
/// Server answer: label of the input for when a change is made on-premises.
pub const CHANGE_AT: Text = Text::new("A change made on-premises at", "オンプレミスで変更した時刻");
/// Server answer: hint under that input.
pub const CHANGE_AT_HINT: Text = Text::new("Empty: now.", "空欄: 現在時刻");
/// Server answer: when a change reaches Entra ID. {0} the change, {1} its export, {2} the
/// wait between them, {3} the start of the cycle that exports it.
pub const EXPORT_TIME: Text = Text::new(
    "A change made on-premises at {0} reaches Entra ID at {1} ({2} later): exported by the cycle that starts at {3}.",
    "{0} にオンプレミスで行った変更は {1} に Entra ID へ反映されます（{2}後）。{3} に始まる同期サイクルでエクスポートされます。",
);
/// Server answer: a change at that time is never exported within the horizon.
pub const NOT_EXPORTED: Text = Text::new(
    "A change made on-premises at that time is not exported to Entra ID within the simulated period.",
    "その時刻にオンプレミスで行った変更は、シミュレーション期間内には Entra ID へエクスポートされません。",
);
/// Server answer: summary of the fold-out with `Get-ADSyncScheduler` output at "now".
pub const POWERSHELL_NOW: Text = Text::new(
    "What Get-ADSyncScheduler prints now",
    "現在の Get-ADSyncScheduler の出力",
);

// The timeline.

/// Accessible name of the zoom buttons.
pub const ZOOM: Text = Text::new("Zoom", "表示範囲");
/// Accessible name of the pan buttons.
pub const PAN: Text = Text::new("Move", "移動");
/// Pan button: earlier times.
pub const EARLIER: Text = Text::new("◀ Earlier", "◀ 前へ");
/// Pan button: back so that now is in view.
pub const BACK_TO_NOW: Text = Text::new("Now", "現在");
/// Pan button: later times.
pub const LATER: Text = Text::new("Later ▶", "次へ ▶");
/// What the chart is, for screen readers (`aria-roledescription`).
pub const CHART_ROLE: Text = Text::new("timeline chart", "タイムライン図");
/// How to use the chart from the keyboard (the chart's accessible name).
pub const CHART_HELP: Text = Text::new(
    "Timeline. Left and right arrows move between events, + and − zoom, Page Up and Page Down move in time, Escape clears the selection",
    "タイムライン。←→ でイベント間を移動、+/− で拡大縮小、PageUp/PageDown で前後に移動、Esc で選択解除",
);
/// In the details panel under the chart when no event is selected.
pub const CHART_HINT: Text = Text::new(
    "Point at an event, or focus the chart and use the arrow keys, to see its exact time, rule and source.",
    "イベントにポインターを合わせるか、図にフォーカスして ←→ キーで選ぶと、正確な時刻・ルール・出典が表示されます。",
);
/// In the details panel: how long the selected event lasted; {0} is the length.
pub const DURATION: Text = Text::new("duration {0}", "所要時間 {0}");
/// Accessible name of the legend under the chart.
pub const LEGEND: Text = Text::new("Legend", "凡例");
/// Accessible name of the select that decides what a click on the chart adds.
pub const CLICK_ADD: Text = Text::new(
    "What a click on the chart adds",
    "図をクリックしたときに追加するもの",
);
/// Click-add choice: nothing.
pub const CLICK_ADD_NOTHING: Text = Text::new("Click adds nothing", "クリックで追加しない");
/// Click-add choice (device): eight hours powered off.
pub const CLICK_ADD_POWER_OFF: Text = Text::new(
    "Click adds: power off (8 h)",
    "クリックで追加: 電源オフ (8 時間)",
);
/// Click-add choice (device): two hours without network.
pub const CLICK_ADD_OFFLINE: Text = Text::new(
    "Click adds: no network (2 h)",
    "クリックで追加: ネットワークなし (2 時間)",
);
/// Click-add choice (device): a user logon.
pub const CLICK_ADD_LOGON: Text = Text::new(
    "Click adds: user logon",
    "クリックで追加: ユーザーのログオン",
);
/// Click-add choice (device): an admin sync from Intune.
pub const CLICK_ADD_ADMIN_SYNC: Text = Text::new(
    "Click adds: admin sync (push)",
    "クリックで追加: 管理者による同期（プッシュ）",
);
/// Click-add choice (server): four hours down.
pub const CLICK_ADD_OUTAGE: Text = Text::new(
    "Click adds: server down (4 h)",
    "クリックで追加: サーバー停止 (4 時間)",
);
/// Click-add choice (server): the wizard open for eight hours.
pub const CLICK_ADD_SUSPENDED: Text = Text::new(
    "Click adds: wizard open (8 h)",
    "クリックで追加: ウィザード起動 (8 時間)",
);
/// Click-add choice (server): a manual delta cycle.
pub const CLICK_ADD_MANUAL_DELTA: Text = Text::new(
    "Click adds: Start-ADSyncSyncCycle Delta",
    "クリックで追加: Start-ADSyncSyncCycle Delta",
);

// The event list.

/// Label of the lane filter above the event list.
pub const FILTER_LANE: Text = Text::new("Lane", "レーン");
/// Label of the outcome filter above the event list.
pub const FILTER_OUTCOME: Text = Text::new("Outcome", "結果");
/// Filter choice: everything.
pub const ALL: Text = Text::new("All", "すべて");
/// In the event list when no event is visible.
pub const NO_EVENTS: Text = Text::new(
    "No events in this span.",
    "この範囲に表示するイベントはありません。",
);
/// Event list column: time.
pub const COL_TIME: Text = Text::new("Time", "日時");
/// Event list column: lane.
pub const COL_LANE: Text = Text::new("Lane", "レーン");
/// Event list column: outcome.
pub const COL_OUTCOME: Text = Text::new("Outcome", "結果");
/// Event list column: reason.
pub const COL_WHY: Text = Text::new("Why", "理由");
/// Above the event list; {0} is how many events it holds (filters applied).
pub const EVENT_COUNT: Text = Text::new("{0} events", "{0} 件のイベント");
/// Event list: the button that clears the lane and outcome filters.
pub const SHOW_ALL: Text = Text::new("Show all", "すべて表示");
/// Heading of the legend that states each rule in the event list once, with its source.
pub const RULES_USED: Text = Text::new("Rules behind these events", "これらのイベントのルール");
/// On a folded row: show its events; {0} is how many.
pub const SHOW_RUN: Text = Text::new("Show all {0}", "{0} 件を表示");
/// On an unfolded row: fold its events again.
pub const HIDE_RUN: Text = Text::new("Hide them", "折りたたむ");

// Form fields, and the messages they show.

/// Date-and-time field: what was typed is not a date and time in range.
pub const ENTER_INSTANT: Text = Text::new(
    "Enter a date and time between 2000 and 2200.",
    "2000年から2200年までの日時を入力してください。",
);
/// Length field: a length of zero.
pub const LENGTH_ZERO: Text = Text::new(
    "The length must be greater than zero.",
    "0 より長い時間を入力してください。",
);
/// Length field: longer than the engine accepts.
pub const LENGTH_TOO_LONG: Text = Text::new("At most 400 days.", "最大 400 日です。");
/// Date field: a part of the date or time was left blank (the browser gives no value).
pub const DATE_INCOMPLETE: Text = Text::new(
    "The date is incomplete: fill in every part of the date and time.",
    "日時が途中までしか入力されていません。すべての欄を入力してください。",
);
/// The banner when several fields need a fix: how many, before the list naming each.
pub const FIELDS_TO_FIX: Text = Text::new(
    "{0} fields need fixing:",
    "直す必要のある項目が {0} 件あります:",
);
/// Length field: the hint inside it, the spellings people use.
pub const LENGTH_PLACEHOLDER: Text = Text::new("10 min, 8 h, 00:30:00", "10分、8時間、00:30:00");
/// Length field: what was typed is not a length.
pub const LENGTH_SYNTAX: Text = Text::new(
    "Write a length such as 10 min, 1 h 30 min, 2 d or 00:30:00.",
    "10分、1時間30分、2日、00:30:00 のように入力してください。",
);
/// Number field: not a whole number in range; {0} and {1} are the bounds.
pub const WHOLE_NUMBER: Text = Text::new(
    "Enter a whole number from {0} to {1}.",
    "{0} から {1} までの整数を入力してください。",
);
/// At a span (list row, simulated period) whose end is not after its start.
pub const END_AFTER_START: Text = Text::new(
    "The end must be after the start.",
    "終了は開始より後にしてください。",
);
/// Start of a span in a list.
pub const START: Text = Text::new("Start", "開始");
/// End of a span in a list.
pub const END: Text = Text::new("End", "終了");
/// The box that leaves a disruption's end open ("from T, until further notice").
pub const NOT_YET_FIXED: Text = Text::new("Not yet fixed (no end yet)", "未復旧（終了未定）");
/// An instant in a list (logons, manual syncs…).
pub const AT: Text = Text::new("At", "日時");
/// Accessible name of the × that removes a list entry: {0} the entry ("Powered off › entry 2").
pub const REMOVE: Text = Text::new("Remove {0}", "{0} を削除");
/// Label of the select in the add menu.
pub const ADD_WHAT: Text = Text::new("Add what happens", "出来事を追加");
/// The add menu's button.
pub const ADD: Text = Text::new("+ Add", "+ 追加");

// The whole scenario: system, stories, period, zone, sharing.

/// Accessible name of the device/server switch.
pub const SYSTEM: Text = Text::new("System", "対象");
/// System switch: the device.
pub const SYSTEM_DEVICE: Text = Text::new("Intune device", "Intune デバイス");
/// System switch: the server.
pub const SYSTEM_SERVER: Text = Text::new("Entra Connect server", "Entra Connect サーバー");
/// Accessible name of the preset buttons.
pub const STORIES: Text = Text::new("Stories", "よくあるケース");
/// Visible label before the preset buttons.
pub const STORIES_LABEL: Text = Text::new("Stories:", "よくあるケース:");
/// Start of the simulated period.
pub const SIMULATE_FROM: Text = Text::new("Simulate from", "シミュレーション開始");
/// End of the simulated period.
pub const UNTIL: Text = Text::new("until", "終了");
/// Label of the display-zone input.
pub const TIME_ZONE: Text = Text::new("Time zone", "タイムゾーン");
/// Hint under the zone input when it follows the browser; {0} is the browser's zone.
pub const BROWSER_ZONE: Text =
    Text::new("Your browser's zone: {0}", "ブラウザーのタイムゾーン: {0}");
/// Under the zone input: the zone is not known.
pub const UNKNOWN_ZONE: Text = Text::new(
    "Unknown zone. Use browser, UTC, an offset such as +09:00, or a name such as Asia/Tokyo.",
    "不明なタイムゾーンです。browser、UTC、+09:00 のようなオフセット、または Asia/Tokyo のような名前を入力してください。",
);
/// Sharing: the button that copies the link.
pub const COPY_LINK: Text = Text::new("Copy link", "リンクをコピー");
/// Sharing: the button that downloads the scenario.
pub const DOWNLOAD_JSON: Text = Text::new("Download JSON", "JSON をダウンロード");
/// Sharing: the link is on the clipboard.
pub const LINK_COPIED: Text = Text::new("Link copied.", "リンクをコピーしました。");
/// Sharing: the browser refused the clipboard; the link is shown to copy by hand.
pub const LINK_NOT_COPIED: Text = Text::new(
    "The browser did not allow copying: select the link below and copy it.",
    "ブラウザーがコピーを許可しませんでした。下のリンクを選択してコピーしてください。",
);
/// Sharing: shown with the copied link.
pub const LINK_HOLDS_PLAN: Text = Text::new(
    "The link holds the whole plan and the view on screen; it is not sent anywhere.",
    "リンクに計画全体と表示中の画面が含まれます（どこにも送信されません）。",
);
/// Sharing: accessible name of the copied link's box.
pub const LINK: Text = Text::new("Link", "リンク");
/// Sharing: summary of the fold-out where a scenario is pasted.
pub const OPEN_SCENARIO: Text = Text::new(
    "Open a scenario (paste JSON)",
    "シナリオを開く（JSON を貼り付け）",
);
/// Sharing: the button that opens the pasted scenario.
pub const OPEN: Text = Text::new("Open", "開く");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::text::Lang;

    #[test]
    fn languages_differ_where_they_should() {
        // The product name is shared; the labels around it are not.
        assert_eq!(APP_TITLE.en, APP_TITLE.ja);
        assert_ne!(ANSWER_HEADING.en, ANSWER_HEADING.ja);
        // Each language names itself on its own switch button.
        assert_eq!(LANGUAGE_NAME.get(Lang::Ja), "日本語");
        assert_eq!(LANGUAGE_NAME.get(Lang::En), "English");
    }

    #[test]
    fn labels_with_values_fill_their_holes() {
        assert_eq!(SHOW_RUN.fill(Lang::Ja, &["1,200"]), "1,200 件を表示");
        assert_eq!(
            WHOLE_NUMBER.fill(Lang::Ja, &["1", "120"]),
            "1 から 120 までの整数を入力してください。"
        );
        assert_eq!(server::LINE_N.fill(Lang::En, &["3"]), "line 3");
    }

    /// Issue 22: at 390 px the Japanese of "(15:04 → :04 and :34)" broke before 「と」 and left
    /// 「と :34）」 orphaned on a line of its own: the times and their joins do not break.
    #[test]
    fn the_rebase_example_does_not_break_inside_its_parenthesis() {
        let ja = server::MANUAL_REBASES.ja;
        let inside = &ja[ja.find('（').expect("opens")..];
        assert!(!inside.contains(' '), "a breakable space in {inside}");
        assert!(
            inside.contains("15:04\u{a0}→\u{a0}:04\u{a0}と\u{a0}:34）"),
            "{inside}"
        );
    }

    /// Issue 22: a length field's hint shows the spellings people use, never ISO 8601.
    #[test]
    fn the_length_hint_shows_how_people_write_lengths() {
        for lang in [Lang::En, Lang::Ja] {
            for text in [LENGTH_SYNTAX.get(lang), LENGTH_PLACEHOLDER.get(lang)] {
                assert!(!text.contains("PT"), "{text}");
            }
        }
        assert_eq!(LENGTH_PLACEHOLDER.get(Lang::En), "10 min, 8 h, 00:30:00");
        assert_eq!(LENGTH_PLACEHOLDER.get(Lang::Ja), "10分、8時間、00:30:00");
    }
}
