//! The short words of a version-2 link: one fixed table for the scenario's field names and one
//! for the enum values that people change most. The tables *are* the format: a code, once
//! published, keeps its meaning forever (add new rows; never reuse a code). `docs/links.md`
//! lists them, and a test checks that the two stay in step.
//!
//! A name or value missing from a table is written out in full, so a field added to the
//! scenario later still travels, only longer.

/// Field name → short key. Codes are unique, and no code is also a long name.
pub const KEYS: &[(&str, &str)] = &[
    // The scenario and its windows.
    ("version", "v"),
    ("horizon", "h"),
    ("display_zone", "dz"),
    ("device", "dv"),
    ("server", "sv"),
    ("start", "s"),
    ("end", "e"),
    ("at", "t"),
    // The device.
    ("platform", "pl"),
    ("enrolled_at", "en"),
    ("rule_set", "rs"),
    ("power_off", "po"),
    ("sleep", "sl"),
    ("offline", "of"),
    ("logons", "lg"),
    ("manual_syncs", "ms"),
    ("via", "vi"),
    ("admin_syncs", "as"),
    ("push_delivery_delay", "pd"),
    ("push_service_disabled", "psd"),
    ("push_service_impact", "psi"),
    ("push", "pu"),
    ("min_spacing", "mi"),
    ("apns_keeps_for", "ak"),
    ("fcm_keeps_for", "fk"),
    ("aosp_task_poll", "ap"),
    ("custom", "cu"),
    ("first", "f1"),
    ("second", "f2"),
    ("remaining", "rm"),
    ("poll_on_login", "pol"),
    ("interval", "iv"),
    ("count", "n"),
    ("scheduler", "sc"),
    ("start_when_available", "swa"),
    ("catch_up_delay", "cud"),
    ("missed_runs", "mr"),
    ("no_network", "nn"),
    ("repetition_end", "re"),
    ("coincident_runs", "cr"),
    ("random_delay", "rd"),
    ("service", "se"),
    ("maintenance_limit", "ml"),
    ("throttled_run", "tr"),
    ("late_run_uses_allowance", "lra"),
    ("compliance_validity_days", "cv"),
    ("cleanup_after_days", "ca"),
    ("ime", "im"),
    ("enabled", "on"),
    ("cadence", "cd"),
    ("seed", "sd"),
    // The server.
    ("behaviour", "bh"),
    ("connectors", "co"),
    ("durations", "du"),
    ("last_cycle_end", "lce"),
    ("interval_changes", "ic"),
    ("disabled_spans", "ds"),
    ("suspended_spans", "ss"),
    ("staging_spans", "st"),
    ("outages", "ou"),
    ("manual", "ma"),
    ("password_hash_sync", "ph"),
    ("allowed_sync_cycle_interval", "asi"),
    ("customized_sync_cycle_interval", "csi"),
    ("next_sync_cycle_policy_type", "npt"),
    ("next_sync_cycle_start_time_in_utc", "nst"),
    ("purge_run_history_interval", "prh"),
    ("sync_cycle_enabled", "sce"),
    ("maintenance_enabled", "me"),
    ("staging_mode_enabled", "sme"),
    ("scheduler_suspended", "ssu"),
    ("build", "bu"),
    ("next_start_counted_from", "ncf"),
    ("overrun", "ov"),
    ("catch_up", "cau"),
    ("manual_cycle_rebases", "mcr"),
    ("manual_start_while_disabled", "mwd"),
    ("name", "nm"),
    ("kind", "k"),
    ("full_import_required", "fir"),
    ("full_sync_required", "fsr"),
    ("per_step", "ps"),
    ("per_cycle", "pc"),
    ("delta_import", "di"),
    ("full_import", "fi"),
    ("delta_sync", "dy"),
    ("full_sync", "fs"),
    ("export", "ex"),
    ("delta", "dl"),
    ("initial", "il"),
    ("command", "cm"),
    ("every", "ev"),
    // The change (scenario format 2).
    ("change", "chg"),
    ("origin", "org"),
    // The device's tasks as imported (issue 21): own starts, end boundaries, further
    // triggers, the maintenance window, what a power-on is to the IME.
    ("extra", "xt"),
    ("task", "tk"),
    ("starts_after", "sa"),
    ("ends_after", "ea"),
    ("maintenance_window", "mw"),
    ("power_on", "pw"),
];

/// Enum value → short value. Codes are unique, and no code is also a long value.
pub const VALUES: &[(&str, &str)] = &[
    // Platforms and published schedules.
    ("windows", "W"),
    ("ios", "I"),
    ("macos", "M"),
    ("android_device_admin", "AD"),
    ("android_enterprise", "AE"),
    ("android_aosp", "AO"),
    ("linux", "L"),
    ("learn_2025_10", "R25"),
    ("legacy_apple_15min_for_6h", "RA"),
    // How a person syncs, what a disabled push service stops.
    ("settings", "S"),
    ("company_portal", "CP"),
    ("all_sessions", "AS"),
    ("push_only", "PO"),
    // Task Scheduler behaviours.
    ("each_late", "EL"),
    ("retry_when_online", "RO"),
    ("exclusive", "X"),
    ("separate", "SP"),
    ("refused", "RF"),
    ("every_1h", "E1"),
    ("every_8h", "E8"),
    ("service_start", "SS"),
    // The server.
    ("cycle_end", "CE"),
    ("skip_to_next_slot", "SN"),
    ("next_slot", "NS"),
    ("before_1_1_281", "B281"),
    ("rejected", "RJ"),
    ("entra_id", "EI"),
    ("start_delta", "SD"),
    ("start_initial", "SI"),
    ("stop", "ST"),
    ("initial", "IN"),
    ("utc", "U"),
    // The change: where it was made, what it is.
    ("intune", "IT"),
    ("entra_group", "EG"),
    ("entra_dynamic_group", "EDG"),
    ("on_premises", "OP"),
    ("policy", "PY"),
    ("app", "APP"),
    ("removal", "RMV"),
];

/// The short form of `long` in `table`.
pub fn code(table: &[(&'static str, &'static str)], long: &str) -> Option<&'static str> {
    table.iter().find(|(l, _)| *l == long).map(|(_, c)| *c)
}

/// The long form of `code` in `table`.
pub fn long(table: &[(&'static str, &'static str)], code: &str) -> Option<&'static str> {
    table.iter().find(|(_, c)| *c == code).map(|(l, _)| *l)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_never_a_long_name() {
        for table in [KEYS, VALUES] {
            let longs: HashSet<_> = table.iter().map(|(l, _)| *l).collect();
            let codes: HashSet<_> = table.iter().map(|(_, c)| *c).collect();
            assert_eq!(longs.len(), table.len(), "a long name twice");
            assert_eq!(codes.len(), table.len(), "a code twice");
            assert!(longs.is_disjoint(&codes), "a code that is also a long name");
            for (_, c) in table {
                assert!(super::super::tree::is_word(c), "{c} is not a word");
            }
        }
    }

    #[test]
    fn the_documentation_lists_every_code() {
        let doc = include_str!("../../docs/links.md");
        for (long, code) in KEYS.iter().chain(VALUES) {
            assert!(
                doc.contains(&format!("| `{long}` | `{code}` |")),
                "docs/links.md lacks {long} → {code}"
            );
        }
    }
}
