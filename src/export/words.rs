//! The words of the calendar export that people read: its name, and the labels inside an
//! event's description. (CSV headers sit with their columns, in `csv.rs`.)

use crate::present::System;
use crate::present::text::Text;

/// The calendar's name, by system.
pub const fn calendar_name(system: Option<System>) -> Text {
    match system {
        Some(System::Device) => Text::new(
            "Sync Planner: Intune device syncs",
            "Sync Planner: Intune デバイスの同期",
        ),
        Some(System::Server) => Text::new(
            "Sync Planner: Entra Connect sync cycles",
            "Sync Planner: Entra Connect の同期サイクル",
        ),
        None => Text::new("Sync Planner", "Sync Planner"),
    }
}

/// An event's summary: {0} what happened, {1} the lane.
pub const SUMMARY: Text = Text::new("{0} ({1})", "{0}（{1}）");

/// The description's line for the rule: {0} the rule in words.
pub const RULE: Text = Text::new("Rule: {0}", "ルール: {0}");
/// The description's line for the source: {0} its title, {1} as of, {2} how sure.
pub const SOURCE: Text = Text::new("Source: {0} ({1}; {2})", "出典: {0}（{1}、{2}）");
/// The description's line for the source's address: {0} the URL.
pub const READ_AT: Text = Text::new("Read it at {0}", "参照先: {0}");
/// A note closing each description, so a calendar entry is not taken for an observed fact.
pub const PREDICTED: Text = Text::new(
    "Predicted by Sync Planner from the scenario; not observed on a device or server.",
    "Sync Planner がシナリオから予測した時刻です。デバイスやサーバーで観測したものではありません。",
);
