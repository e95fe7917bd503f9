//! Words for the codes every view shares, one table per enum: the shaded spans behind the
//! lanes (and, as the catalogue grows, outcomes, confidence, sources and problems). Each
//! table is an exhaustive `match`, so a new variant without words does not compile, and each
//! code has one name in each language wherever it is shown.

use super::ShadeKind;
use super::text::Text;

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
