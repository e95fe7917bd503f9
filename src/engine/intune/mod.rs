//! Intune device check-in simulation (placeholder until the engine lands).

use serde::{Deserialize, Serialize};

use super::error::ScenarioError;
use super::time::Window;

/// An Intune-managed device and what happens to it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceScenario {}

impl DeviceScenario {
    /// Checks the device against the horizon.
    pub fn validate(&self, _horizon: &Window) -> Result<(), ScenarioError> {
        Ok(())
    }
}

/// The device's simulated events.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DeviceReport {}

/// Simulates the device over the horizon.
pub fn simulate(_device: &DeviceScenario, _horizon: &Window) -> DeviceReport {
    DeviceReport {}
}
