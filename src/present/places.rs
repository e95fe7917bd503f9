//! Where a problem is, said with the labels people see on the page: an engine path such as
//! `device.power_off[2].end` or `server.last_cycle_end` becomes "Powered off › entry 3 › End".
//! Pure and native, so every path the validators can produce is tested (in
//! [`super::fields`]'s tests); the page never shows a raw path or an internal name.

use super::labels::{self, device, server};
use super::text::{Lang, Text};

/// The whole scenario, when a problem has no narrower place.
pub const SCENARIO: Text = Text::new("The scenario", "シナリオ");
/// The format version field of a scenario file.
pub const FORMAT_VERSION: Text = Text::new("Format version", "形式バージョン");
/// The simulated period (the horizon) as a whole.
pub const PERIOD: Text = Text::new("Simulated period", "シミュレーション期間");
/// A list's entry, by its 1-based number.
pub const ENTRY: Text = Text::new("entry {0}", "{0} 件目");
/// Between the parts of a place: section › entry › field.
const CRUMB: Text = Text::new("{0} › {1}", "{0} › {1}");
/// Manual syncs of either channel (the path does not say which).
const MANUAL_SYNCS: Text = Text::new("Manual syncs", "手動同期");
/// The IME's random delay (set in a file; no field on the page).
const IME_RANDOM_DELAY: Text = Text::new("IME random delay", "IME のランダムな遅延");
/// The end of the last cycle before the period (set in a file; no field on the page).
const LAST_CYCLE_END: Text = Text::new(
    "End of the last sync cycle before the period",
    "期間より前の最後の同期サイクルの終了時刻",
);
/// Manual `Start-`/`Stop-ADSyncSyncCycle` commands.
const MANUAL_COMMANDS: Text = Text::new("Manual commands", "手動のコマンド");
/// Changes of the sync interval during the period.
const INTERVAL_CHANGES: Text = Text::new("Interval changes", "同期間隔の変更");
/// The poll sets of a custom schedule.
const FIRST_SET: Text = Text::new("First poll set", "第 1 セット");
const SECOND_SET: Text = Text::new("Second poll set", "第 2 セット");
const REMAINING_SET: Text = Text::new("Remaining poll set", "残りのセット");
/// Further time triggers of the sets' tasks (from a Task Scheduler import).
const EXTRA_TRIGGERS: Text = Text::new("Further triggers", "その他のトリガー");
/// A poll set's interval and count.
const INTERVAL: Text = Text::new("Interval", "間隔");
const COUNT: Text = Text::new("Count", "回数");
/// How a manual sync was made (Settings or Company Portal).
const VIA: Text = Text::new("How it was started", "同期の方法");

/// One step of a path: a field name or a list index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The steps of `path` (`a.b[2].c` → a, b, 2, c); junk between brackets is skipped.
fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next().filter(|k| !k.is_empty()) {
            out.push(Step::Key(key));
        }
        for index in pieces {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                out.push(Step::Index(i));
            }
        }
    }
    out
}

/// The label of a list of spans or instants, by its field name.
fn list_label(section: &str, name: &str) -> Option<Text> {
    Some(match (section, name) {
        ("device", "power_off") => device::POWERED_OFF,
        ("device", "sleep") => device::ASLEEP,
        ("device", "offline") => device::OFFLINE,
        ("device", "push_service_disabled") => device::PUSH_SERVICE_DISABLED,
        ("device", "logons") => device::USER_LOGONS,
        ("device", "manual_syncs") => MANUAL_SYNCS,
        ("device", "admin_syncs") => device::ADMIN_SYNCS,
        ("server", "disabled_spans") => server::CYCLES_DISABLED_SPANS,
        ("server", "suspended_spans") => server::SUSPENDED,
        ("server", "staging_spans") => server::STAGING_MODE,
        ("server", "outages") => server::SERVER_DOWN,
        ("server", "manual") => MANUAL_COMMANDS,
        ("server", "interval_changes") => INTERVAL_CHANGES,
        ("server", "connectors") => server::CONNECTORS,
        ("server", "connector_overrides") => server::CONNECTOR_OVERRIDE_AT,
        _ => return None,
    })
}

/// The label of one of the lists the page splits an engine list into, by the kind in its path
/// (`device.manual_syncs.company_portal`), as its frame on the page is labelled.
fn split_list_label(section: &str, name: &str, kind: &str) -> Option<Text> {
    Some(match (section, name, kind) {
        ("device", "manual_syncs", "settings") => device::MANUAL_SYNCS_SETTINGS,
        ("device", "manual_syncs", "company_portal") => device::MANUAL_SYNCS_PORTAL,
        ("server", "manual", "start_delta") => server::START_DELTA,
        ("server", "manual", "start_initial") => server::START_INITIAL,
        ("server", "manual", "stop") => server::STOP,
        _ => return None,
    })
}

/// The label of a field inside a list entry.
fn entry_part(list: &str, key: &str) -> Option<Text> {
    Some(match (list, key) {
        (_, "start") => labels::START,
        (_, "end") => labels::END,
        (_, "at") => labels::AT,
        (_, "via") => VIA,
        ("connectors", "name") => server::NAME,
        ("connectors", "kind") => server::KIND,
        ("connectors", "durations") => server::STEP_DURATIONS,
        ("connector_overrides", "connector") => server::CONNECTOR,
        _ => return None,
    })
}

/// A step length of the server's durations.
fn step_label(key: &str) -> Option<Text> {
    Some(match key {
        "delta_import" => server::DELTA_IMPORT,
        "full_import" => server::FULL_IMPORT,
        "delta_sync" => server::DELTA_SYNC,
        "full_sync" => server::FULL_SYNC,
        "export" => server::EXPORT,
        "delta" => server::DELTA_CYCLE,
        "initial" => server::INITIAL_CYCLE,
        _ => return None,
    })
}

/// The label of a setting that is not in a list, by its keys.
fn setting_label(keys: &[&str]) -> Option<Text> {
    Some(match keys {
        [] => SCENARIO,
        ["version"] => FORMAT_VERSION,
        ["horizon"] => PERIOD,
        ["horizon", "start"] => labels::SIMULATE_FROM,
        ["display_zone"] => labels::TIME_ZONE,
        ["device"] => labels::SYSTEM_DEVICE,
        ["device", "platform"] => device::PLATFORM,
        ["device", "rule_set"] => device::RULE_SET,
        ["device", "rule_set", "custom"] => device::POLL_SCHEDULE,
        ["device", "enrolled_at"] => device::ENROLLED_AT,
        ["device", "push_delivery_delay"] => device::PUSH_DELIVERY_DELAY,
        ["device", "push_service_impact"] => device::PUSH_SERVICE_IMPACT,
        ["device", "scheduler", "start_when_available"] => device::START_WHEN_AVAILABLE,
        ["device", "scheduler", "catch_up_delay"] => device::CATCH_UP_DELAY,
        ["device", "scheduler", "missed_runs"] => device::MISSED_RUNS,
        ["device", "scheduler", "no_network"] => device::NO_NETWORK_RUN,
        ["device", "scheduler", "repetition_end"] => device::REPETITION_END,
        ["device", "service", "maintenance_limit"] => device::MAINTENANCE_LIMIT,
        ["device", "service", "compliance_validity_days"] => device::COMPLIANCE_VALIDITY,
        ["device", "service", "cleanup_after_days"] => device::CLEANUP_AFTER,
        ["device", "ime"] | ["device", "ime", "enabled"] => device::IME_LANE,
        ["device", "ime", "cadence"] => device::IME_CADENCE,
        ["device", "ime", "power_on"] => device::IME_POWER_ON,
        ["device", "ime", "random_delay"] => IME_RANDOM_DELAY,
        ["server"] => labels::SYSTEM_SERVER,
        // Every part of the change (its ranges too) is set from its one control.
        ["change", ..] => labels::CHANGE_AT,
        ["server", "scheduler", "next_sync_cycle_start_time_in_utc"] => server::NEXT_START,
        ["server", "scheduler", "allowed_sync_cycle_interval"] => server::ALLOWED_INTERVAL,
        ["server", "scheduler", "customized_sync_cycle_interval"] => server::CUSTOMIZED_INTERVAL,
        ["server", "scheduler", "next_sync_cycle_policy_type"] => server::POLICY_TYPE,
        ["server", "scheduler", "sync_cycle_enabled"] => server::SYNC_CYCLE_ENABLED,
        ["server", "scheduler", "scheduler_suspended"] => server::SCHEDULER_SUSPENDED,
        ["server", "scheduler", "staging_mode_enabled"] => server::STAGING_MODE_ENABLED,
        ["server", "password_hash_sync"] | ["server", "password_hash_sync", "enabled"] => {
            server::PASSWORD_HASH_SYNC
        }
        ["server", "last_cycle_end"] => LAST_CYCLE_END,
        ["server", "durations", ..] => server::STEP_DURATIONS,
        ["server", "behaviour", "build"] => server::BUILD,
        ["server", "behaviour", "next_start_counted_from"] => server::COUNT_FROM,
        ["server", "behaviour", "overrun"] => server::OVERRUN,
        ["server", "behaviour", "catch_up"] => server::CATCH_UP,
        ["server", "behaviour", "manual_cycle_rebases"] => server::MANUAL_REBASES,
        _ => return None,
    })
}

/// The crumbs of a known place, or `None` when `steps` name no field this build knows.
fn crumbs(steps: &[Step<'_>], lang: Lang) -> Option<Vec<String>> {
    let say = |t: Text| t.get(lang).to_owned();
    let entry = |i: usize| ENTRY.fill(lang, &[&(i + 1).to_string()]);
    match steps {
        // The horizon's end reads "until" on the page, next to "Simulate from".
        [Step::Key("horizon"), Step::Key("end")] => Some(vec![say(PERIOD), say(labels::END)]),
        [
            Step::Key(section @ ("device" | "server")),
            Step::Key(name),
            rest @ ..,
        ] if list_label(section, name).is_some() => {
            // The page splits the manual lists by channel or command (see `page_paths`).
            let (list, rest) = match (list_label(section, name)?, rest) {
                (_, [Step::Key(kind), rest @ ..]) => (split_list_label(section, name, kind)?, rest),
                (whole, rest) => (whole, rest),
            };
            let mut out = vec![say(list)];
            match rest {
                [] => {}
                [Step::Index(i)] => out.push(entry(*i)),
                [Step::Index(i), Step::Key(part), deeper @ ..] => {
                    out.push(entry(*i));
                    out.push(say(entry_part(name, part)?));
                    if let [Step::Key(step), ..] = deeper {
                        out.push(say(step_label(step)?));
                    }
                }
                _ => return None,
            }
            Some(out)
        }
        // A custom schedule's further time triggers (from a Task Scheduler import).
        [
            Step::Key("device"),
            Step::Key("rule_set"),
            Step::Key("custom"),
            Step::Key("extra"),
            rest @ ..,
        ] => {
            let mut out = vec![say(device::POLL_SCHEDULE), say(EXTRA_TRIGGERS)];
            match rest {
                [] => {}
                [Step::Index(i)] => out.push(entry(*i)),
                [Step::Index(i), Step::Key(part)] => {
                    out.push(entry(*i));
                    out.push(say(match *part {
                        "interval" => INTERVAL,
                        "count" => COUNT,
                        _ => return None,
                    }));
                }
                _ => return None,
            }
            Some(out)
        }
        [
            Step::Key("device"),
            Step::Key("rule_set"),
            Step::Key("custom"),
            Step::Key(set),
            rest @ ..,
        ] => {
            let set = match *set {
                "first" => FIRST_SET,
                "second" => SECOND_SET,
                "remaining" => REMAINING_SET,
                _ => return None,
            };
            let mut out = vec![say(device::POLL_SCHEDULE), say(set)];
            match rest {
                [] => {}
                [Step::Key("interval")] => out.push(say(INTERVAL)),
                [Step::Key("count")] => out.push(say(COUNT)),
                _ => return None,
            }
            Some(out)
        }
        [
            Step::Key("server"),
            Step::Key("durations"),
            Step::Key(_),
            Step::Key(step),
        ] => Some(vec![say(server::STEP_DURATIONS), say(step_label(step)?)]),
        _ => {
            let mut keys = Vec::with_capacity(steps.len());
            for step in steps {
                match step {
                    Step::Key(k) => keys.push(*k),
                    Step::Index(_) => return None,
                }
            }
            Some(vec![say(setting_label(&keys)?)])
        }
    }
}

/// The accessible name of the × that removes the entry at `path`: "Remove Powered off ›
/// entry 2".
pub fn remove_name(path: &str, lang: Lang) -> String {
    labels::REMOVE.fill(lang, &[&field_name(path, lang)])
}

/// The place `path` names, in the words of the page: "Powered off › entry 3 › End". A path this
/// build does not know (an unknown key in a pasted file) is named by its nearest known parent,
/// so no raw path ever reaches the reader.
pub fn field_name(path: &str, lang: Lang) -> String {
    let all = steps(path);
    let found = (0..=all.len())
        .rev()
        .find_map(|n| crumbs(&all[..n], lang))
        .unwrap_or_else(|| vec![SCENARIO.get(lang).to_owned()]);
    found
        .into_iter()
        .reduce(|a, b| CRUMB.fill(lang, &[&a, &b]))
        .unwrap_or_default()
}
