//! The engine's paths as the page lays its lists out. The engine keeps one list of manual
//! device syncs and one of manual server commands, each sorted by time; the page shows one list
//! per channel (Settings, Company Portal) or per command (Start Delta, Start Initial, Stop). An
//! engine path such as `device.manual_syncs[2].at` therefore names, on the page, "the first
//! Company Portal row" — a different list and a different number. Every place that matches an
//! engine complaint to a field, focuses it or names it reads the page's path from here, so the
//! message lands on the row that holds the value and says that row's number.

use crate::engine::Scenario;
use crate::engine::entra::{Command, ManualCommand};
use crate::engine::intune::{ManualSync, ManualVia};

/// The page's list of manual syncs made through `via`.
pub fn manual_sync_list(via: ManualVia) -> &'static str {
    match via {
        ManualVia::Settings => "device.manual_syncs.settings",
        ManualVia::CompanyPortal => "device.manual_syncs.company_portal",
    }
}

/// The page's list of manual `command`s.
pub fn manual_command_list(command: Command) -> &'static str {
    match command {
        Command::StartDelta => "server.manual.start_delta",
        Command::StartInitial => "server.manual.start_initial",
        Command::Stop => "server.manual.stop",
    }
}

/// `at`, an engine path into `scenario`, as the page's path: an entry of a list the page splits
/// is renumbered within its own list; every other path is the page's already.
pub fn on_page(scenario: &Scenario, at: &str) -> String {
    let device = scenario.device.as_ref();
    let server = scenario.server.as_ref();
    if let Some(page) = device.and_then(|d| split_entry(at, "device.manual_syncs", &d.manual_syncs))
    {
        return page;
    }
    if let Some(page) = server.and_then(|s| split_entry(at, "server.manual", &s.manual)) {
        return page;
    }
    at.to_owned()
}

/// An entry of a list that the page shows as several lists, one per kind.
trait Split {
    /// The page's list this entry is shown in.
    fn page_list(&self) -> &'static str;
}

impl Split for ManualSync {
    fn page_list(&self) -> &'static str {
        manual_sync_list(self.via)
    }
}

impl Split for ManualCommand {
    fn page_list(&self) -> &'static str {
        manual_command_list(self.command)
    }
}

/// `at` renumbered within its entry's page list, when `at` is `{list}[i]…` and entry `i` exists.
fn split_entry<T: Split>(at: &str, list: &str, entries: &[T]) -> Option<String> {
    let rest = at.strip_prefix(list)?.strip_prefix('[')?;
    let (index, tail) = rest.split_once(']')?;
    let index: usize = index.parse().ok()?;
    let entry = entries.get(index)?;
    let page_list = entry.page_list();
    let row = entries[..index]
        .iter()
        .filter(|e| e.page_list() == page_list)
        .count();
    Some(format!("{page_list}[{row}]{tail}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::entra::ServerScenario;
    use crate::engine::intune::DeviceScenario;
    use crate::engine::{Instant, Period, SCENARIO_VERSION, Window};

    fn at(s: &str) -> Instant {
        s.parse().unwrap()
    }

    /// An empty scenario over a day from 2026-11-27 10:00 UTC.
    fn scenario() -> Scenario {
        Scenario {
            version: SCENARIO_VERSION,
            horizon: Window::starting(at("2026-11-27T10:00:00Z"), Period::days(1)),
            display_zone: Default::default(),
            device: None,
            server: None,
            opens_on: None,
            change: None,
        }
    }

    fn device_scenario() -> Scenario {
        let mut s = scenario();
        let mut d = DeviceScenario::new(at("2026-11-27T10:00:00Z"));
        d.manual_syncs = vec![
            ManualSync {
                at: at("2026-11-27T11:00:00Z"),
                via: ManualVia::Settings,
            },
            ManualSync {
                at: at("2026-11-27T12:00:00Z"),
                via: ManualVia::CompanyPortal,
            },
            ManualSync {
                at: at("2026-11-27T13:00:00Z"),
                via: ManualVia::Settings,
            },
            ManualSync {
                at: at("2026-11-27T14:00:00Z"),
                via: ManualVia::CompanyPortal,
            },
        ];
        s.device = Some(d);
        s
    }

    #[test]
    fn a_manual_sync_is_renumbered_within_its_channel() {
        let s = device_scenario();
        assert_eq!(
            on_page(&s, "device.manual_syncs[0].at"),
            "device.manual_syncs.settings[0].at"
        );
        assert_eq!(
            on_page(&s, "device.manual_syncs[1].at"),
            "device.manual_syncs.company_portal[0].at"
        );
        assert_eq!(
            on_page(&s, "device.manual_syncs[2].via"),
            "device.manual_syncs.settings[1].via"
        );
        assert_eq!(
            on_page(&s, "device.manual_syncs[3]"),
            "device.manual_syncs.company_portal[1]"
        );
    }

    #[test]
    fn a_manual_command_is_renumbered_within_its_command() {
        let now = at("2026-11-27T10:00:00Z");
        let mut s = scenario();
        let manual = [Command::Stop, Command::StartDelta, Command::Stop]
            .into_iter()
            .enumerate()
            .map(|(i, command)| ManualCommand {
                at: now + chrono::TimeDelta::minutes(10 * i as i64),
                command,
            })
            .collect();
        s.server = Some(ServerScenario {
            manual,
            ..ServerScenario::default()
        });
        assert_eq!(
            on_page(&s, "server.manual[2].at"),
            "server.manual.stop[1].at"
        );
        assert_eq!(
            on_page(&s, "server.manual[1]"),
            "server.manual.start_delta[0]"
        );
    }

    #[test]
    fn other_paths_and_odd_ones_are_kept() {
        let s = device_scenario();
        for path in [
            "device.power_off[1].end",
            "device.manual_syncs",
            "device.manual_syncs[9].at",
            "device.manual_syncs[x].at",
            "device.manual_syncs_extra[0]",
            "server.manual[0]",
            "",
        ] {
            assert_eq!(on_page(&s, path), path);
        }
    }
}
