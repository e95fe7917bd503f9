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
