//! Leaving out what the reader would fill in anyway: a version-2 link holds only the fields of
//! a scenario that differ from their serde defaults. The defaults are not copied here; they
//! are read from the scenario types themselves (a device built with [`DeviceScenario::new`], a
//! server with [`ServerScenario::default`]), so a changed default cannot make links lie.

use serde_json::{Map, Value};

use crate::engine::entra::ServerScenario;
use crate::engine::intune::DeviceScenario;
use crate::engine::{DisplayZone, SCENARIO_VERSION, Scenario};

/// `scenario` as a JSON tree without its default fields; `horizon`, `device`, `server` and
/// the device's `enrolled_at` are always kept (they have no default).
pub fn strip(scenario: &Scenario) -> Value {
    let reference = Scenario {
        version: SCENARIO_VERSION,
        horizon: scenario.horizon,
        display_zone: DisplayZone::default(),
        device: scenario
            .device
            .as_ref()
            .map(|d| DeviceScenario::new(d.enrolled_at)),
        server: scenario.server.as_ref().map(|_| ServerScenario::default()),
        opens_on: None,
    };
    let (Value::Object(full), Value::Object(reference)) = (tree(scenario), tree(&reference)) else {
        return tree(scenario);
    };
    let mut out = Map::new();
    for (key, value) in full {
        let kept = match (key.as_str(), &value, reference.get(&key)) {
            ("horizon", _, _) => Some(value),
            ("device", Value::Object(d), Some(Value::Object(r))) => {
                let mut d = diff(d, r);
                let enrolled = r.get("enrolled_at").cloned().unwrap_or_default();
                d.insert("enrolled_at".to_owned(), enrolled);
                Some(Value::Object(d))
            }
            ("server", Value::Object(s), Some(Value::Object(r))) => Some(Value::Object(diff(s, r))),
            (_, _, Some(r)) if *r == value => None,
            _ => Some(value),
        };
        if let Some(value) = kept {
            out.insert(key, value);
        }
    }
    Value::Object(out)
}

/// Puts back what [`strip`] always leaves out: the format version.
pub fn fill(mut value: Value) -> Value {
    if let Value::Object(map) = &mut value {
        map.entry("version")
            .or_insert_with(|| Value::from(SCENARIO_VERSION));
    }
    value
}

/// The scenario as a JSON tree, through the same serializer the export uses.
pub fn tree(scenario: &Scenario) -> Value {
    serde_json::from_str(&scenario.to_json()).unwrap_or_default()
}

/// The members of `full` that differ from `reference`; nested objects only by their differing
/// members (every nested settings group reads missing members as their defaults).
fn diff(full: &Map<String, Value>, reference: &Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    for (key, value) in full {
        match (value, reference.get(key)) {
            (v, Some(r)) if v == r => {}
            (Value::Object(v), Some(Value::Object(r))) => {
                out.insert(key.clone(), Value::Object(diff(v, r)));
            }
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    out
}
