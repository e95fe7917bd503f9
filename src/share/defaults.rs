//! Leaving out what the reader would fill in anyway: a version-2 link holds only the fields of
//! a scenario that differ from their serde defaults. The defaults are not copied here; they
//! are read from the scenario types themselves (a device built with [`DeviceScenario::new`], a
//! server with [`ServerScenario::default`]), so a changed default cannot make links lie.

use crate::engine::entra::ServerScenario;
use crate::engine::intune::DeviceScenario;
use crate::engine::{DisplayZone, SCENARIO_VERSION, Scenario};

use super::node::{self, Node};

/// `scenario` as a JSON tree without its default fields; `horizon`, `device`, `server` and
/// the device's `enrolled_at` are always kept (they have no default).
pub fn strip(scenario: &Scenario) -> Node {
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
        change: None,
    };
    let (Node::Object(full), Node::Object(reference)) = (tree(scenario), tree(&reference)) else {
        return tree(scenario);
    };
    let mut out = Vec::new();
    for (key, value) in full {
        let kept = match (key.as_str(), &value, member(&reference, &key)) {
            ("horizon", _, _) => Some(value),
            ("device", Node::Object(d), Some(Node::Object(r))) => {
                let mut d = diff(d, r);
                let enrolled = member(r, "enrolled_at").cloned().unwrap_or(Node::Null);
                d.push(("enrolled_at".to_owned(), enrolled));
                Some(Node::object(d))
            }
            ("server", Node::Object(s), Some(Node::Object(r))) => Some(Node::Object(diff(s, r))),
            (_, _, Some(r)) if *r == value => None,
            _ => Some(value),
        };
        if let Some(value) = kept {
            out.push((key, value));
        }
    }
    Node::Object(out)
}

/// Puts back what [`strip`] always leaves out: the format version.
pub fn fill(value: Node) -> Node {
    match value {
        Node::Object(mut members) if member(&members, "version").is_none() => {
            members.push((
                "version".to_owned(),
                Node::Number(SCENARIO_VERSION.to_string()),
            ));
            Node::object(members)
        }
        value => value,
    }
}

/// The scenario as a JSON tree, through the same serializer the export uses.
pub fn tree(scenario: &Scenario) -> Node {
    node::parse(&scenario.to_json()).unwrap_or(Node::Null)
}

/// The member `key` of an object's `members`.
fn member<'a>(members: &'a [(String, Node)], key: &str) -> Option<&'a Node> {
    members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// The members of `full` that differ from `reference`; nested objects only by their differing
/// members (every nested settings group reads missing members as their defaults).
fn diff(full: &[(String, Node)], reference: &[(String, Node)]) -> Vec<(String, Node)> {
    let mut out = Vec::new();
    for (key, value) in full {
        match (value, member(reference, key)) {
            (v, Some(r)) if v == r => {}
            (Node::Object(v), Some(Node::Object(r))) => {
                out.push((key.clone(), Node::Object(diff(v, r))));
            }
            _ => out.push((key.clone(), value.clone())),
        }
    }
    out
}
