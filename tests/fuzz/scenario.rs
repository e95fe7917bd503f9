//! Scenario JSON, as pasted into the app, opened from a file, or read by `simulate`.

use sync_planner::engine::Scenario;
use sync_planner::presets::Preset;
use sync_planner::share::words;

use super::{Target, text};

/// The scenario reader's target.
pub fn target() -> Target {
    let now = "2026-11-21T10:30:27Z".parse().unwrap();
    let mut seeds: Vec<Vec<u8>> = Preset::ALL
        .iter()
        .map(|p| p.scenario(now).to_json().into_bytes())
        .collect();
    for file in ["windows-fresh.json", "entra-wizard-overnight.json"] {
        let path = format!("{}/examples/{file}", env!("CARGO_MANIFEST_DIR"));
        seeds.push(std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}")));
    }
    let mut tokens: Vec<String> = [
        "{",
        "}",
        "[",
        "]",
        "\"",
        ":",
        ",",
        "null",
        "true",
        "false",
        "0",
        "-1",
        "1e999",
        "18446744073709551616",
        "\"2026-11-21T10:00:00Z\"",
        "\"2026-02-30T25:61:00+09:00\"",
        "\"PT30M\"",
        "\"P1D\"",
        "\"PT0S\"",
        "\"-PT1S\"",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"version\": 2",
        "\"Asia/Tokyo\"",
        "\"+14:00\"",
    ]
    .map(str::to_owned)
    .to_vec();
    tokens.extend(
        words::KEYS
            .iter()
            .chain(words::VALUES)
            .map(|(long, _)| format!("\"{long}\"")),
    );
    Target {
        name: "scenario JSON",
        seeds,
        tokens,
        inputs: 300_000,
        run: |bytes| {
            let _ = Scenario::from_json(&text(bytes));
        },
    }
}
