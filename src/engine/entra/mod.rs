//! Entra Connect Sync scheduler simulation (placeholder until the engine lands).

use serde::{Deserialize, Serialize};

use super::error::ScenarioError;
use super::time::Window;

/// An Entra Connect Sync server.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ServerScenario {}

impl ServerScenario {
    /// Checks the server against the horizon.
    pub fn validate(&self, _horizon: &Window) -> Result<(), ScenarioError> {
        Ok(())
    }
}

/// The server's cycles.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ServerReport {}

/// Simulates the server over the horizon.
pub fn simulate(_server: &ServerScenario, _horizon: &Window) -> ServerReport {
    ServerReport {}
}
