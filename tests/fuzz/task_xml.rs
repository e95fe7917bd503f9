//! Task Scheduler XML, as dropped, picked or pasted into the device's import panel: one task or
//! several, UTF-16 as exported or UTF-8.

use chrono::FixedOffset;
use sync_planner::engine::intune::import_task_xml;

use super::Target;

/// The fixture files that mutations start from: every kind the importer reads, and the broken
/// ones it must refuse.
const SEEDS: [&str; 9] = [
    "schedule1.xml",
    "schedule2.xml",
    "schedule3.xml",
    "login.xml",
    "schedule3-every-4h-utf8.xml",
    "schtasks-folder.xml",
    "not-a-task.xml",
    "broken-unclosed.xml",
    "broken-values.xml",
];

/// The Task Scheduler XML reader's target.
pub fn target() -> Target {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tasks");
    let mut seeds: Vec<Vec<u8>> = SEEDS
        .iter()
        .map(|name| {
            std::fs::read(format!("{dir}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
        })
        .collect();
    // The UTF-16 exports again as UTF-8 text, so that mutations of whole tokens land in a
    // readable document more often than in a stream of byte pairs.
    let utf8: Vec<Vec<u8>> = seeds
        .iter()
        .filter(|s| s.starts_with(&[0xff, 0xfe]))
        .map(|s| {
            let units: Vec<u16> = s[2..]
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]]))
                .collect();
            String::from_utf16_lossy(&units).into_bytes()
        })
        .collect();
    seeds.extend(utf8);
    let tokens = [
        "<Task>",
        "</Task>",
        "<Tasks>",
        "<Triggers>",
        "<TimeTrigger>",
        "</TimeTrigger>",
        "<LogonTrigger>",
        "<StartBoundary>",
        "</StartBoundary>",
        "<Repetition>",
        "<Interval>",
        "</Interval>",
        "<Duration>",
        "<Enabled>",
        "<Settings>",
        "<StartWhenAvailable>",
        "<RunOnlyIfNetworkAvailable>",
        "<WakeToRun>",
        "<RandomDelay>",
        "<ExecutionTimeLimit>",
        "<URI>",
        "\\Microsoft\\Windows\\EnterpriseMgmt\\{0F3B7D2A-1C4E-4B5F-9A8D-2E6C7B1F0A93}\\",
        "Schedule #1 created by enrollment client",
        "Schedule #3 created by enrollment client",
        "Login Schedule created by enrollment client",
        "<!-- \\Microsoft\\Windows\\EnterpriseMgmt -->",
        "PT15M",
        "PT8H",
        "P1D",
        "P99999999DT99999999H",
        "PT0S",
        "-PT1M",
        "2026-11-21T10:30:27",
        "2026-11-21T10:30:27Z",
        "2026-11-21T10:30:27+09:00",
        "9999-12-31T23:59:59",
        "true",
        "false",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
        "<!DOCTYPE Task [<!ENTITY a \"aaaa\">]>",
        "&amp;",
        "&#x0;",
        "<![CDATA[",
        "/>",
        "\r\n",
        "\u{feff}",
    ];
    Target {
        name: "Task Scheduler XML",
        seeds,
        tokens: tokens.map(str::to_owned).to_vec(),
        inputs: 200_000,
        run: |bytes| {
            let _ = import_task_xml(bytes, &FixedOffset::east_opt(9 * 3600).unwrap());
        },
    }
}
