//! Warnings above the timeline: the report's notes, the event limit, and a disabled
//! dmwappushservice with what it breaks and how to fix it.

use super::terms;
use crate::engine::MAX_EVENTS;
use crate::engine::intune::{DeviceReport, DisruptionKind, PushServiceImpact};
use crate::present::grammar::{span, thousands};
use crate::present::text::{Lang, Text};

/// The simulation stopped at its event limit: the limit.
const TRUNCATED: Text = Text::new(
    "The simulation stopped at its limit of {0} events: later events are not shown, and the answers only know what came before. Shorten the simulated period or lengthen the intervals.",
    "シミュレーションはイベント数の上限（{0}件）で停止しました。以降のイベントは表示されず、回答もそこまでの内容に基づきます。期間を短くするか間隔を長くしてください。",
);
/// What a disabled push service stops by default, one run blocked: the count.
const STOPS_ALL_ONE: Text = Text::new(
    "while it is, no MDM session starts and the device does not sync ({0} run blocked).",
    "その間は MDM セッションが開始せず、デバイスは同期しません（ブロックされた実行: {0}件）。",
);
/// What a disabled push service stops by default: the count of blocked runs.
const STOPS_ALL: Text = Text::new(
    "while it is, no MDM session starts and the device does not sync ({0} runs blocked).",
    "その間は MDM セッションが開始せず、デバイスは同期しません（ブロックされた実行: {0}件）。",
);
/// What a disabled push service stops with the "pushes only" setting: the count.
const STOPS_PUSHES: Text = Text::new(
    "while it is, admin pushes are lost ({0} blocked; a chosen setting — by default no MDM session would start at all).",
    "その間は管理者によるプッシュが失われます（ブロック: {0}件。設定値による想定で、既定ではすべての MDM セッションが開始しません）。",
);
/// The push service warning: how long it is disabled, what that stops.
const PUSH_DISABLED: Text = Text::new(
    "dmwappushservice (Device Management WAP Push message Routing Service) is Disabled for {0} of the simulated period: {1} Set its startup type back to Automatic (Delayed Start) or Manual: Stopped is normal, but Disabled breaks Intune sync.",
    "dmwappushservice（Device Management WAP Push message Routing Service）が期間中の{0}にわたり「無効」です。{1}スタートアップの種類を「自動 (遅延開始)」または「手動」に戻してください。「停止」は正常ですが、「無効」では Intune の同期が失敗します。",
);

/// Warnings above the timeline: the report's notes, truncation, and a disabled push service
/// with how to fix it.
pub(super) fn warnings(report: &DeviceReport, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = report
        .notes
        .iter()
        .map(|n| terms::note(*n).get(lang).to_owned())
        .collect();
    if report.truncated {
        out.push(TRUNCATED.fill(lang, &[&thousands(MAX_EVENTS)]));
    }
    out.extend(push_warning(report, lang));
    out
}

/// The dmwappushservice warning, when the service is Disabled at some point of the horizon or
/// a run was blocked: what it breaks, and the start types that work.
fn push_warning(report: &DeviceReport, lang: Lang) -> Option<String> {
    let disabled = report.disrupted_secs(DisruptionKind::PushServiceDisabled);
    let blocked = report.blocked_runs();
    if disabled <= 0 && blocked == 0 {
        return None;
    }
    let effect = match (report.push_service_impact, blocked) {
        (PushServiceImpact::PushOnly, _) => STOPS_PUSHES,
        (PushServiceImpact::AllSessions, 1) => STOPS_ALL_ONE,
        (PushServiceImpact::AllSessions, _) => STOPS_ALL,
    };
    let effect = effect.fill(lang, &[&blocked.to_string()]);
    Some(PUSH_DISABLED.fill(lang, &[&span(lang, disabled), &effect]))
}
