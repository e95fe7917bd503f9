//! The scenario: everything the engines need to know, as one versioned, serde-readable value.
//! It is what the app exports, what a shared link encodes, and what `simulate` reads.
//!
//! A scenario is checked when it is read ([`Scenario::from_json`]) and again before it is run
//! ([`Scenario::simulate`]), because the UI also builds scenarios field by field. Format changes
//! bump [`SCENARIO_VERSION`]; `docs/scenario.md` documents every field.

use serde::{Deserialize, Serialize};

use super::chain::{self, ChangeReport};
use super::change::Change;
use super::entra::{self, ServerReport, ServerScenario};
use super::error::{Problem, ScenarioError};
use super::intune::{self, DeviceReport, DeviceScenario};
use super::limits::{MAX_HORIZON, in_era};
use super::time::Window;
use super::zone::DisplayZone;

/// The scenario format version this build writes. Version 2 added [`Scenario::change`].
pub const SCENARIO_VERSION: u32 = 2;

/// The oldest format version this build still reads: a version-1 file is a version-2 file
/// without a change, so it opens as it is.
pub const OLDEST_READABLE_VERSION: u32 = 1;

/// The largest scenario text accepted, in bytes: far above any real scenario, and small enough
/// that parsing stays instant.
pub const MAX_SCENARIO_BYTES: usize = 1 << 20;

/// A device, a server, or both, over one horizon.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Format version: from [`OLDEST_READABLE_VERSION`] to [`SCENARIO_VERSION`]; read files are
    /// brought to [`SCENARIO_VERSION`].
    pub version: u32,
    /// The span of time to simulate.
    pub horizon: Window,
    /// How times are displayed; the engine itself works in UTC.
    #[serde(default)]
    pub display_zone: DisplayZone,
    /// An Intune-managed device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<DeviceScenario>,
    /// A Microsoft Entra Connect Sync server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<ServerScenario>,
    /// Which system a reader is shown first, when the scenario holds both: the tab it was
    /// shared from, so a colleague opening the file sees the same answer. The engine ignores it;
    /// like [`Scenario::display_zone`], it travels with the plan because it is part of what was
    /// shared. Absent: the device if there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_on: Option<OpensOn>,
    /// A change the admin made, whose way to Entra ID (and on to the device) the answers follow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
}

/// The system a scenario opens on ([`Scenario::opens_on`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpensOn {
    /// The Intune device.
    Device,
    /// The Entra Connect Sync server.
    Server,
}

/// What simulating a scenario produced.
#[derive(Clone, Debug, Serialize)]
pub struct Simulation {
    /// The device's events and derived facts, if the scenario has a device.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<DeviceReport>,
    /// The server's cycles and derived facts, if the scenario has a server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<ServerReport>,
    /// When the scenario's change lands on the device, if it has both a change and a device.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<ChangeReport>,
}

/// Whether this build reads format `version`.
fn readable(version: u32) -> bool {
    (OLDEST_READABLE_VERSION..=SCENARIO_VERSION).contains(&version)
}

/// Only the version, read first so that a newer file gets a version error, not a confusing
/// complaint about a field this build does not know.
#[derive(Deserialize)]
struct VersionProbe {
    version: Option<u32>,
}

impl Scenario {
    /// The system a reader is shown first: the one [`Scenario::opens_on`] names if the
    /// scenario holds it, else the device if there is one, else the server.
    pub fn opening(&self) -> OpensOn {
        match (self.opens_on, &self.device, &self.server) {
            (Some(OpensOn::Server), _, Some(_)) | (_, None, _) => OpensOn::Server,
            _ => OpensOn::Device,
        }
    }

    /// Reads and checks a scenario from JSON text. Never panics, whatever the text.
    pub fn from_json(text: &str) -> Result<Self, ScenarioError> {
        if text.len() > MAX_SCENARIO_BYTES {
            let problem = Problem::TooMany {
                limit: MAX_SCENARIO_BYTES,
            };
            return Err(ScenarioError::new("", problem));
        }
        if let Ok(VersionProbe {
            version: Some(found),
        }) = serde_json::from_str(text)
            && !readable(found)
        {
            let problem = Problem::UnsupportedVersion {
                found,
                supported: SCENARIO_VERSION,
            };
            return Err(ScenarioError::new("version", problem));
        }
        let mut scenario: Scenario = serde_json::from_str(text).map_err(|e| {
            let at = super::json_path::path_at(text, e.line(), e.column());
            let message = e.to_string();
            // serde_json appends " at line L column C"; we report those as numbers instead.
            let message = match message.rfind(" at line ") {
                Some(i) => message[..i].to_owned(),
                None => message,
            };
            let problem = Problem::Unreadable {
                line: e.line(),
                column: e.column(),
                mistake: super::json_read::classify(&e),
                message,
            };
            ScenarioError::new(at, problem)
        })?;
        if readable(scenario.version) {
            scenario.version = SCENARIO_VERSION;
        }
        scenario.validate()?;
        Ok(scenario)
    }

    /// The scenario as pretty JSON, the format `from_json` reads.
    pub fn to_json(&self) -> String {
        // Serializing plain data to a String cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Checks everything the types alone cannot: limits, and contradictions between entries.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        if !readable(self.version) {
            let problem = Problem::UnsupportedVersion {
                found: self.version,
                supported: SCENARIO_VERSION,
            };
            return Err(ScenarioError::new("version", problem));
        }
        if !in_era(self.horizon.start()) || !in_era(self.horizon.end()) {
            let problem = Problem::outside_era();
            return Err(ScenarioError::new("horizon", problem));
        }
        if self.horizon.length() > MAX_HORIZON.delta() {
            return Err(ScenarioError::new(
                "horizon",
                Problem::HorizonTooLong { limit: MAX_HORIZON },
            ));
        }
        if self.device.is_none() && self.server.is_none() {
            return Err(ScenarioError::new("", Problem::NothingToSimulate));
        }
        if let Some(device) = &self.device {
            device.validate(&self.horizon)?;
        }
        if let Some(server) = &self.server {
            server.validate(&self.horizon)?;
        }
        if let Some(change) = &self.change {
            if !in_era(change.at) {
                return Err(ScenarioError::new("change.at", Problem::outside_era()));
            }
            change.validate_ranges()?;
            // Without a server nothing says when Entra Connect exports an on-premises change;
            // treating it as made in Intune would answer a question nobody asked.
            if change.origin.needs_server() && self.server.is_none() {
                return Err(ScenarioError::new(
                    "change.origin",
                    Problem::ChangeNeedsServer,
                ));
            }
        }
        Ok(())
    }

    /// Checks the scenario, then simulates whatever it holds.
    pub fn simulate(&self) -> Result<Simulation, ScenarioError> {
        self.validate()?;
        let device = self
            .device
            .as_ref()
            .map(|d| intune::simulate(d, &self.horizon));
        let server = self
            .server
            .as_ref()
            .map(|s| entra::simulate(s, &self.horizon));
        let change = match (&self.change, &self.device, &device) {
            (Some(c), Some(d), Some(report)) => Some(chain::forecast(
                c,
                d,
                report,
                server.as_ref(),
                &self.horizon,
                c.seed,
            )),
            _ => None,
        };
        Ok(Simulation {
            device,
            server,
            change,
        })
    }
}
