//! Labels of the Export menu: the files the app can download, and what it says while the
//! picture is turned into PNG or when the browser refuses.

use crate::present::text::Text;

/// The menu's heading (a disclosure next to the sharing buttons).
pub const EXPORT: Text = Text::new("Export", "エクスポート");
/// What the menu holds.
pub const EXPORT_HINT: Text = Text::new(
    "Files are made in this browser; nothing is sent anywhere.",
    "ファイルはこのブラウザー内で作成され、どこにも送信されません。",
);
/// The calendar of predicted syncs.
pub const EXPORT_ICS: Text = Text::new("Calendar (.ics)", "カレンダー (.ics)");
/// Every event as CSV.
pub const EXPORT_CSV: Text = Text::new("Events (CSV)", "イベント (CSV)");
/// Every event as JSON.
pub const EXPORT_JSON: Text = Text::new("Events (JSON)", "イベント (JSON)");
/// The timeline as SVG.
pub const EXPORT_SVG: Text = Text::new("Chart (SVG)", "グラフ (SVG)");
/// The timeline as PNG.
pub const EXPORT_PNG: Text = Text::new("Chart (PNG)", "グラフ (PNG)");
/// Shown when a file cannot be made (no result yet, or the browser refused the picture).
pub const EXPORT_FAILED: Text = Text::new(
    "This file could not be made in this browser.",
    "このブラウザーではこのファイルを作成できませんでした。",
);
/// The title over an exported picture of the device's timeline.
pub const PICTURE_TITLE_DEVICE: Text = Text::new(
    "Sync Planner: Intune device timeline",
    "Sync Planner: Intune デバイスのタイムライン",
);
/// The title over an exported picture of the server's timeline.
pub const PICTURE_TITLE_SERVER: Text = Text::new(
    "Sync Planner: Entra Connect Sync server timeline",
    "Sync Planner: Entra Connect Sync サーバーのタイムライン",
);
/// The span an exported picture shows: {0} its start, {1} its end.
pub const PICTURE_RANGE: Text = Text::new("{0} to {1}", "{0} ～ {1}");
/// The zone an exported picture's times are in: {0} the zone.
pub const PICTURE_ZONE: Text = Text::new("Times in {0}", "時刻は {0}");
/// The legend's entry for a cycle outlined because it runs full steps.
pub const LEGEND_FULL_STEPS: Text = Text::new(
    "Outlined: a cycle with full steps",
    "枠付き: 完全ステップを含むサイクル",
);
/// The legend's entry for deadlines.
pub const LEGEND_DEADLINE: Text = Text::new(
    "Dashed line: a deadline; arrow: after the chart's end",
    "破線: 期限、矢印: グラフの範囲より後",
);
