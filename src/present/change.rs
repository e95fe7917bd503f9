//! The change forecast in words: the one answer line "Your change (policy, assigned 10:05)
//! most likely lands at 18:12 tomorrow, 9 in 10 by 18:40 — …", or the sentence that says it
//! does not land and why (issue 18).
//!
//! It exists apart from the device and server presenters because the forecast joins both: its
//! clauses name the Entra Connect export, the group processing, the push and the check-in, in
//! the order the change passes them. The words of the device's own rules stay exhaustive
//! `match`es here, keyed by the engine's enums, so a new rule without words does not compile.

use super::grammar::{and_list, sentence};
use super::text::{Lang, Text};
use crate::engine::chain::{ChainRule, ChangeReport, NoLanding, Stage, StageRule, StageSpan};
use crate::engine::intune::{DeviceReport, DisruptionKind, Rule};
use crate::engine::{ChangeKind, ChangeOrigin, Instant};

/// What the change is, as the parenthesis names it.
pub const fn kind_word(kind: ChangeKind) -> Text {
    match kind {
        ChangeKind::Policy => Text::new("policy", "ポリシー"),
        ChangeKind::App => Text::new("app", "アプリ"),
        ChangeKind::Removal => Text::new("removal", "削除"),
    }
}

/// What was done at the change's instant, by its origin: "assigned {0}", "{0} に割り当て".
const fn made(origin: ChangeOrigin) -> Text {
    match origin {
        ChangeOrigin::Intune => Text::new("assigned {0}", "{0} に割り当て"),
        ChangeOrigin::EntraGroup => Text::new("group changed {0}", "{0} にグループを変更"),
        ChangeOrigin::EntraDynamicGroup => Text::new("attribute changed {0}", "{0} に属性を変更"),
        ChangeOrigin::OnPremises => {
            Text::new("changed on-premises {0}", "{0} にオンプレミスで変更")
        }
    }
}

const LANDS: Text = Text::new(
    "Your change ({0}) most likely lands at {1}, 9 in 10 by {2} — {3}",
    "変更（{0}）がデバイスに届くのは {1} ごろの見込みで、10 回に 9 回は {2} までに届きます — {3}",
);
const LANDS_TAIL_OPEN: Text = Text::new(
    "Your change ({0}) most likely lands at {1}, but more than 1 in 10 samples do not land before {2} — {3}",
    "変更（{0}）がデバイスに届くのは {1} ごろの見込みですが、10 回に 1 回以上は {2} までに届きません — {3}",
);
const NEVER: Text = Text::new(
    "Your change ({0}) does not reach this device before {1}: {2}",
    "変更（{0}）は {1} までにこのデバイスに届きません: {2}",
);

/// The answer line for the forecast `report` on the device of `device`, instants written by
/// `fmt`.
pub fn change_line(
    report: &ChangeReport,
    device: &DeviceReport,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> String {
    let c = &report.change;
    let at = fmt(c.at);
    let what = format!(
        "{}{}{}",
        kind_word(c.kind).get(lang),
        if lang == Lang::Ja { "、" } else { ", " },
        made(c.origin).fill(lang, &[&at])
    );
    let clauses: Vec<String> = report
        .stages
        .iter()
        .filter_map(|s| clause(s, device, lang, fmt))
        .collect();
    let because = clauses_joined(lang, &clauses);
    let text = match (report.lands.p50, report.lands.p90, report.why) {
        (Some(p50), Some(p90), _) => LANDS.fill(lang, &[&what, &fmt(p50), &fmt(p90), &because]),
        (Some(p50), None, _) => {
            let end = fmt(device.horizon.end());
            LANDS_TAIL_OPEN.fill(lang, &[&what, &fmt(p50), &end, &because])
        }
        (None, _, why) => {
            let end = fmt(device.horizon.end());
            let mut parts = clauses;
            parts.push(no_landing(why.unwrap_or(NoLanding::NoCheckIn), lang));
            NEVER.fill(lang, &[&what, &end, &clauses_joined(lang, &parts)])
        }
    };
    sentence(lang, &text)
}

/// Clauses in the order the change passed them: "A; B" in English, "A、B" in Japanese.
fn clauses_joined(lang: Lang, clauses: &[String]) -> String {
    clauses.join(match lang {
        Lang::En => "; ",
        Lang::Ja => "、",
    })
}

/// One stage of the median path as a clause, or nothing where it needs no saying.
fn clause(
    s: &StageSpan,
    device: &DeviceReport,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> Option<String> {
    let end = fmt(s.end);
    let text = match (s.stage, s.rule) {
        (Stage::Export, _) => Text::new(
            "Entra Connect exports it at {0}",
            "Entra Connect が {0} にエクスポートし",
        )
        .fill(lang, &[&end]),
        (Stage::GroupProcessing, StageRule::Chain(ChainRule::DynamicGroupProcessing)) => Text::new(
            "the dynamic group takes it in by {0}",
            "動的グループへの反映が {0} まで",
        )
        .fill(lang, &[&end]),
        (Stage::GroupProcessing, _) => Text::new(
            "Intune learns of the group change by {0}",
            "グループの変更が {0} までに Intune に届き",
        )
        .fill(lang, &[&end]),
        (Stage::Notification, StageRule::Device(rule)) => lost(rule, s.end, device, lang, fmt),
        // A notification that arrives is said with the check-in it starts.
        (Stage::Notification, _) => return None,
        (Stage::Logon, _) => Text::new(
            "the removal waits for the logon at {0}",
            "削除は {0} のログオンを待ち",
        )
        .fill(lang, &[&end]),
        (Stage::CheckIn, StageRule::Chain(_)) => Text::new(
            "the push reaches it at {0} and starts the check-in that picks it up",
            "{0} にプッシュが届いてチェックインが始まり、変更を受け取ります",
        )
        .fill(lang, &[&end]),
        (Stage::CheckIn, StageRule::Device(rule)) => picked_up(rule).fill(lang, &[&end]),
        (Stage::ImeCheckIn, _) => Text::new(
            "the IME check-in at {0} installs it",
            "{0} の IME のチェックインでインストールされます",
        )
        .fill(lang, &[&end]),
    };
    Some(text)
}

/// The check-in that picked the change up, by the device rule behind it.
const fn picked_up(rule: Rule) -> Text {
    match rule {
        Rule::CatchUpStartWhenAvailable | Rule::CatchUpAssumed => Text::new(
            "its catch-up check-in after boot picks it up at {0}",
            "起動後の遅延実行のチェックイン（{0}）で受け取ります",
        ),
        Rule::NetworkRetry => Text::new(
            "its check-in when the network returns picks it up at {0}",
            "ネットワーク復帰時のチェックイン（{0}）で受け取ります",
        ),
        Rule::WindowsLoginSchedule | Rule::CustomPollOnLogin => Text::new(
            "the check-in at logon picks it up at {0}",
            "ログオン時のチェックイン（{0}）で受け取ります",
        ),
        Rule::ManualSyncSettings | Rule::ManualSyncCompanyPortal => Text::new(
            "the manual sync at {0} picks it up",
            "{0} の手動同期で受け取ります",
        ),
        Rule::AdminSyncPush => Text::new(
            "the admin's push at {0} picks it up",
            "{0} の管理者によるプッシュで受け取ります",
        ),
        _ => Text::new(
            "the scheduled check-in at {0} picks it up",
            "{0} のスケジュールされたチェックインで受け取ります",
        ),
    }
}

/// The push that was lost, with the device's state then when the report has it ("the device is
/// off until 08:00 and the push at 10:06 is dropped").
fn lost(
    rule: Rule,
    at: Instant,
    device: &DeviceReport,
    lang: Lang,
    fmt: &dyn Fn(Instant) -> String,
) -> String {
    let t = fmt(at);
    let push = match rule {
        Rule::PushWnsDropsOffline => {
            Text::new("the push at {0} is dropped", "{0} のプッシュは破棄され")
        }
        Rule::PushApnsKeepsLast | Rule::PushFcmKeeps => Text::new(
            "the push at {0} expires or is replaced before the device is back",
            "{0} のプッシュはデバイスが戻る前に期限切れか置き換えになり",
        ),
        Rule::PushRateLimit => Text::new(
            "the push at {0} is held back by the push limit",
            "{0} のプッシュはプッシュの間隔制限で送られず",
        ),
        Rule::PushServiceDisabled | Rule::PushServiceDisabledPushOnly => Text::new(
            "dmwappushservice is disabled, so the push at {0} starts no session",
            "dmwappushservice が無効なので {0} のプッシュではセッションが始まらず",
        ),
        _ => Text::new(
            "the push at {0} does not reach the device",
            "{0} のプッシュはデバイスに届かず",
        ),
    }
    .fill(lang, &[&t]);
    let state = device
        .disruptions
        .iter()
        .find(|d| d.window.start() <= at && at < d.window.end())
        .and_then(|d| {
            let until = fmt(d.window.end());
            let words = match d.kind {
                DisruptionKind::PoweredOff => Text::new(
                    "the device is off until {0}",
                    "デバイスは {0} まで電源オフで",
                ),
                DisruptionKind::Asleep => Text::new(
                    "the device sleeps until {0}",
                    "デバイスは {0} までスリープで",
                ),
                DisruptionKind::Offline => Text::new(
                    "the device is offline until {0}",
                    "デバイスは {0} までオフラインで",
                ),
                DisruptionKind::PushServiceDisabled => return None,
            };
            Some(words.fill(lang, &[&until]))
        });
    match state {
        Some(state) => and_list(lang, &[state, push]),
        None => push,
    }
}

/// Why the change does not land, as the last clause.
fn no_landing(why: NoLanding, lang: Lang) -> String {
    match why {
        NoLanding::NotExported => Text::new(
            "no Entra Connect sync cycle in the period exports it",
            "期間内にエクスポートする Entra Connect の同期サイクルがありません",
        ),
        NoLanding::NotInIntune => Text::new(
            "it reaches Intune only after the period",
            "Intune に届くのが期間の後です",
        ),
        NoLanding::PushLostNoCheckIn { .. } => Text::new(
            "no check-in follows in the period",
            "期間内にその後のチェックインがありません",
        ),
        NoLanding::NoCheckIn => Text::new(
            "no push reaches it and no check-in follows in the period (a removal on Windows also waits for a logon)",
            "プッシュが届かず、期間内にチェックインもありません（Windows での削除はログオンも待ちます）",
        ),
        NoLanding::NoImeCheckIn => Text::new(
            "the MDM check-in comes, but no IME check-in follows in the period",
            "MDM のチェックインはありますが、期間内に IME のチェックインがありません",
        ),
    }
    .get(lang)
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Scenario;

    fn hm(t: Instant) -> String {
        t.format("%d %H:%M").to_string()
    }

    fn line(device_extra: &str, change: &str, lang: Lang) -> String {
        let json = format!(
            r#"{{"version": 2,
            "horizon": {{"start": "2026-12-08T00:00:00Z", "end": "2026-12-10T00:00:00Z"}},
            "device": {{"platform": "windows", "enrolled_at": "2026-12-01T09:00:00Z"{device_extra}}},
            "change": {change}}}"#
        );
        let sim = Scenario::from_json(&json).unwrap().simulate().unwrap();
        let (c, d) = (sim.change.unwrap(), sim.device.unwrap());
        change_line(&c, &d, lang, &hm)
    }

    const POLICY: &str = r#"{"at": "2026-12-08T10:05:00Z", "origin": "intune"}"#;
    const OFF: &str =
        r#", "power_off": [{"start": "2026-12-08T09:00:00Z", "end": "2026-12-09T08:00:00Z"}]"#;

    #[test]
    fn the_issue_s_line_in_both_languages() {
        assert_eq!(
            line(OFF, POLICY, Lang::En),
            "Your change (policy, assigned 08 10:05) most likely lands at 09 08:10, 9 in 10 by \
             09 08:10 — the device is off until 09 08:00 and the push at 08 10:59 is dropped; \
             its catch-up check-in after boot picks it up at 09 08:10."
        );
        assert_eq!(
            line(OFF, POLICY, Lang::Ja),
            "変更（ポリシー、08 10:05 に割り当て）がデバイスに届くのは 09 08:10 ごろの見込みで、\
             10 回に 9 回は 09 08:10 までに届きます — デバイスは 09 08:00 まで電源オフで、\
             08 10:59 のプッシュは破棄され、起動後の遅延実行のチェックイン（09 08:10）で受け取ります。"
        );
    }

    #[test]
    fn a_push_that_lands_and_an_app_s_ime_check_in() {
        let en = line("", POLICY, Lang::En);
        assert!(
            en.contains("the push reaches it at 08 10:34 and starts the check-in"),
            "{en}"
        );
        let app = r#"{"at": "2026-12-08T10:05:00Z", "origin": "intune", "kind": "app"}"#;
        let ja = line("", app, Lang::Ja);
        assert!(
            ja.starts_with("変更（アプリ、08 10:05 に割り当て）"),
            "{ja}"
        );
        assert!(
            ja.contains("08 17:00 の IME のチェックインでインストールされます"),
            "{ja}"
        );
    }

    #[test]
    fn a_change_that_cannot_land_says_so_and_why() {
        let off = r#", "power_off": [{"start": "2026-12-08T09:00:00Z"}]"#;
        assert_eq!(
            line(off, POLICY, Lang::En),
            "Your change (policy, assigned 08 10:05) does not reach this device before 10 00:00: \
             the device is off until 10 00:00 and the push at 08 10:59 is dropped; no check-in \
             follows in the period."
        );
        assert_eq!(
            line(off, POLICY, Lang::Ja),
            "変更（ポリシー、08 10:05 に割り当て）は 10 00:00 までにこのデバイスに届きません: \
             デバイスは 10 00:00 まで電源オフで、08 10:59 のプッシュは破棄され、\
             期間内にその後のチェックインがありません。"
        );
        let group = r#"{"at": "2026-12-08T10:05:00Z", "origin": "entra_group", "kind": "removal"}"#;
        let en = line("", group, Lang::En);
        assert!(en.starts_with("Your change (removal, group changed 08 10:05) does not reach"));
        assert!(en.contains("waits for a logon"), "{en}");
    }
}
