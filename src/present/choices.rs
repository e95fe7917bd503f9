//! The choices a select offers for an engine setting, derived from the engine's own enums:
//! the variants come from each enum's `ALL`, the key a `<select>` uses is the variant's serde
//! name (as written in scenario files), and the words are an exhaustive `match` here. So a
//! new variant does not compile until it has words, and no key is ever typed twice.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::text::Text;
use crate::engine::entra::{
    Build, CatchUp, ConnectorKind, CountFrom, DurationsKind, Overrun, PolicyType,
};
use crate::engine::intune::{
    ImeCadence, ImePowerOn, MissedRuns, NoNetwork, Platform, PushServiceImpact, RepetitionEnd,
    RuleSetKind,
};

/// An engine enum offered in a select: every variant, and words for each.
pub trait Choice: Copy + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static {
    /// Every variant, in the order the select lists them (the engine's `ALL`).
    const ALL: &'static [Self];

    /// The variant's name for people.
    fn label(self) -> Text;
}

/// The key a select uses for `value`: its serde name. Empty for a value that serializes to
/// something other than a name (no [`Choice`] does).
pub fn key<T: Serialize>(value: &T) -> String {
    // Written as JSON text, not through `serde_json::Value`: the text serializer is already in
    // the browser bundle for share links, the `Value` one would be extra code.
    let json = serde_json::to_string(value).unwrap_or_default();
    match json.strip_prefix('"').and_then(|j| j.strip_suffix('"')) {
        Some(name) if !name.contains(['"', '\\']) => name.to_owned(),
        _ => String::new(),
    }
}

/// The value a select's key stands for; `None` if it is not one of `T`'s keys. Found among
/// `T::ALL` by key rather than deserialized, so the bundle needs no `Value` deserializer.
pub fn from_key<T: Choice>(key: &str) -> Option<T> {
    T::ALL.iter().copied().find(|v| self::key(v) == key)
}

/// The options of a select for `T`: (key, words), in `T::ALL`'s order.
pub fn options<T: Choice>() -> Vec<(String, Text)> {
    T::ALL.iter().map(|v| (key(v), v.label())).collect()
}

impl Choice for Platform {
    const ALL: &'static [Self] = &Platform::ALL;
    fn label(self) -> Text {
        match self {
            Platform::Windows => Text::new("Windows 10/11", "Windows 10/11"),
            Platform::Ios => Text::new("iOS/iPadOS", "iOS/iPadOS"),
            Platform::Macos => Text::new("macOS", "macOS"),
            Platform::AndroidDeviceAdmin => {
                Text::new("Android (device administrator)", "Android (デバイス管理者)")
            }
            Platform::AndroidEnterprise => Text::new("Android Enterprise", "Android Enterprise"),
            Platform::AndroidAosp => Text::new("Android (AOSP)", "Android (AOSP)"),
            Platform::Linux => Text::new(
                "Linux (no documented schedule)",
                "Linux (スケジュール未公開)",
            ),
        }
    }
}

impl Choice for RuleSetKind {
    const ALL: &'static [Self] = &RuleSetKind::ALL;
    fn label(self) -> Text {
        match self {
            RuleSetKind::Learn2025_10 => Text::new(
                "Microsoft Learn, Oct 2025 (current)",
                "Microsoft Learn 2025年10月版（現行）",
            ),
            RuleSetKind::LegacyApple15MinFor6H => Text::new(
                "Older iOS/macOS: every 15 min for 6 h",
                "旧 iOS/macOS: 6 時間まで 15 分ごと",
            ),
            RuleSetKind::Custom => Text::new(
                "Custom (DMClient CSP Poll values)",
                "カスタム（DMClient CSP の Poll 値）",
            ),
        }
    }
}

impl Choice for PushServiceImpact {
    const ALL: &'static [Self] = &PushServiceImpact::ALL;
    fn label(self) -> Text {
        match self {
            PushServiceImpact::AllSessions => Text::new(
                "Every MDM session (default, inferred)",
                "すべての MDM セッション（既定・推定）",
            ),
            PushServiceImpact::PushOnly => Text::new(
                "Only push-started sessions",
                "プッシュで始まるセッションのみ",
            ),
        }
    }
}

impl Choice for MissedRuns {
    const ALL: &'static [Self] = &MissedRuns::ALL;
    fn label(self) -> Text {
        match self {
            MissedRuns::Collapse => Text::new(
                "Collapse into one catch-up (default)",
                "1 回の遅延実行にまとめる（既定）",
            ),
            MissedRuns::EachLate => Text::new("Run each one late", "1 回ずつ遅延実行"),
        }
    }
}

impl Choice for NoNetwork {
    const ALL: &'static [Self] = &NoNetwork::ALL;
    fn label(self) -> Text {
        match self {
            NoNetwork::Skip => Text::new("Is dropped (default)", "破棄する（既定）"),
            NoNetwork::RetryWhenOnline => {
                Text::new("Runs when the network returns", "ネットワーク復帰時に実行")
            }
        }
    }
}

impl Choice for RepetitionEnd {
    const ALL: &'static [Self] = &RepetitionEnd::ALL;
    fn label(self) -> Text {
        match self {
            RepetitionEnd::Inclusive => Text::new("Inclusive (default)", "含む（既定）"),
            RepetitionEnd::Exclusive => Text::new("Exclusive", "含まない"),
        }
    }
}

impl Choice for ImeCadence {
    const ALL: &'static [Self] = &ImeCadence::ALL;
    fn label(self) -> Text {
        match self {
            ImeCadence::Every8h => Text::new(
                "Every 8 hours (IME page, default)",
                "8 時間ごと（IME のページ・既定）",
            ),
            ImeCadence::Every1h => Text::new(
                "Every hour (Win32 apps page)",
                "1 時間ごと（Win32 アプリのページ）",
            ),
        }
    }
}

impl Choice for ImePowerOn {
    const ALL: &'static [Self] = &ImePowerOn::ALL;
    fn label(self) -> Text {
        match self {
            ImePowerOn::Resume => Text::new(
                "Resumes: hibernation, Fast Startup (default)",
                "再開する: 休止状態・高速スタートアップ（既定）",
            ),
            ImePowerOn::ServiceStart => Text::new(
                "Starts anew: full boot, checks in",
                "新たに開始: 完全な起動でチェックイン",
            ),
        }
    }
}

impl Choice for PolicyType {
    const ALL: &'static [Self] = &PolicyType::ALL;
    fn label(self) -> Text {
        match self {
            PolicyType::Delta => Text::new("Delta", "Delta（差分）"),
            PolicyType::Initial => Text::new("Initial (full)", "Initial（完全）"),
        }
    }
}

impl Choice for Build {
    const ALL: &'static [Self] = &Build::ALL;
    fn label(self) -> Text {
        match self {
            Build::From1_1_281 => Text::new(
                "1.1.281 or later: interval changes apply at once (default)",
                "1.1.281 以降: 間隔の変更はすぐ反映（既定）",
            ),
            Build::Before1_1_281 => Text::new(
                "Before 1.1.281: after the next cycle",
                "1.1.281 より前: 次のサイクル後に反映",
            ),
        }
    }
}

impl Choice for CountFrom {
    const ALL: &'static [Self] = &CountFrom::ALL;
    fn label(self) -> Text {
        match self {
            CountFrom::CycleStart => {
                Text::new("The cycle's start (default)", "サイクルの開始（既定）")
            }
            CountFrom::CycleEnd => Text::new("The cycle's end", "サイクルの終了"),
        }
    }
}

impl Choice for Overrun {
    const ALL: &'static [Self] = &Overrun::ALL;
    fn label(self) -> Text {
        match self {
            Overrun::StartAtOnce => Text::new(
                "Next one starts at once (default)",
                "次のサイクルをすぐ開始（既定）",
            ),
            Overrun::SkipToNextSlot => Text::new("Skip to the next slot", "次の枠まで待つ"),
        }
    }
}

impl Choice for CatchUp {
    const ALL: &'static [Self] = &CatchUp::ALL;
    fn label(self) -> Text {
        match self {
            CatchUp::AtOnce => Text::new("Catch up at once (default)", "すぐに実行（既定）"),
            CatchUp::NextSlot => Text::new("Wait for the next slot", "次の枠まで待つ"),
        }
    }
}

impl Choice for DurationsKind {
    const ALL: &'static [Self] = &DurationsKind::ALL;
    fn label(self) -> Text {
        match self {
            DurationsKind::PerStep => Text::new(
                "Per run-profile step (default)",
                "実行プロファイルのステップごと（既定）",
            ),
            DurationsKind::PerCycle => Text::new("Per cycle", "サイクルごと"),
        }
    }
}

impl Choice for ConnectorKind {
    const ALL: &'static [Self] = &ConnectorKind::ALL;
    fn label(self) -> Text {
        match self {
            ConnectorKind::Ad => Text::new("Active Directory", "Active Directory"),
            ConnectorKind::EntraId => Text::new("Microsoft Entra ID", "Microsoft Entra ID"),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Debug;

    use super::*;
    use crate::engine::entra::{CycleDurations, Durations, StepDurations};
    use crate::engine::intune::{CustomPoll, RuleSet};

    /// Every option's key is a serde name that reads back as the same variant, keys are
    /// distinct, and every option has words in both languages.
    fn round_trips<T: Choice + Debug>() {
        let options = options::<T>();
        assert_eq!(options.len(), T::ALL.len());
        for (value, (key, words)) in T::ALL.iter().zip(&options) {
            assert!(!key.is_empty(), "{value:?} has no serde name");
            assert_eq!(from_key::<T>(key).as_ref(), Some(value), "{key}");
            // The key is the name serde itself reads back as the same variant.
            let read: T = serde_json::from_str(&format!("\"{key}\"")).unwrap();
            assert_eq!(&read, value, "{key}");
            assert!(!words.en.is_empty() && !words.ja.is_empty(), "{key}");
        }
        for (i, (key, _)) in options.iter().enumerate() {
            assert!(
                options[i + 1..].iter().all(|(k, _)| k != key),
                "{key} twice"
            );
        }
        assert_eq!(from_key::<T>("no-such-key"), None);
    }

    #[test]
    fn every_option_key_round_trips_through_serde() {
        round_trips::<Platform>();
        round_trips::<RuleSetKind>();
        round_trips::<PushServiceImpact>();
        round_trips::<MissedRuns>();
        round_trips::<NoNetwork>();
        round_trips::<RepetitionEnd>();
        round_trips::<ImeCadence>();
        round_trips::<ImePowerOn>();
        round_trips::<PolicyType>();
        round_trips::<Build>();
        round_trips::<CountFrom>();
        round_trips::<Overrun>();
        round_trips::<CatchUp>();
        round_trips::<DurationsKind>();
        round_trips::<ConnectorKind>();
    }

    /// The serde name of an externally tagged enum value: the string, or the one key.
    fn tag<T: Serialize>(value: &T) -> String {
        match serde_json::to_value(value).unwrap() {
            serde_json::Value::String(s) => s,
            serde_json::Value::Object(map) => map.keys().next().cloned().unwrap_or_default(),
            other => panic!("not a tag: {other}"),
        }
    }

    #[test]
    fn kinds_use_the_keys_of_the_values_they_stand_for() {
        for rule_set in [
            RuleSet::Learn2025_10,
            RuleSet::LegacyApple15MinFor6H,
            RuleSet::Custom(CustomPoll::default()),
        ] {
            assert_eq!(key(&rule_set.kind()), tag(&rule_set));
        }
        for durations in [
            Durations::PerStep(StepDurations::default()),
            Durations::PerCycle(CycleDurations::default()),
        ] {
            assert_eq!(key(&durations.kind()), tag(&durations));
        }
    }
}
