//! `Get-ADSyncScheduler` output, as pasted into the server's import box.

use sync_planner::engine::entra::parse_get_adsyncscheduler_at;

use super::{Target, text};

/// The sample in `shared/docs/domain.md`, as the reader's own tests use it.
const EN_US: &str = include_str!("../fixtures/adsync/en-us.txt");

const JA_JP: &str = "PS C:\\> Get-ADSyncScheduler\r\n\r\nAllowedSyncCycleInterval            : 00:30:00\r\nCurrentlyEffectiveSyncCycleInterval : 03:00:00\r\nCustomizedSyncCycleInterval         : 03:00:00\r\nNextSyncCyclePolicyType             : Initial\r\nNextSyncCycleStartTimeInUTC         : 2026/11/21 9:05:12\r\nPurgeRunHistoryInterval             : 7.00:00:00\r\nSyncCycleEnabled                    : False\r\nMaintenanceEnabled                  : True\r\nStagingModeEnabled                  : True\r\nSchedulerSuspended                  : True\r\nSyncCycleInProgress                 : True\r\n";

const DE_DE: &str = "AllowedSyncCycleInterval : 00:30:00\nNextSyncCycleStartTimeInUTC : 23.01.2018 14:58:30\nSyncCycleEnabled : True\n";

/// The `Get-ADSyncScheduler` reader's target.
pub fn target() -> Target {
    let tokens = [
        "AllowedSyncCycleInterval",
        "CurrentlyEffectiveSyncCycleInterval",
        "CustomizedSyncCycleInterval",
        "NextSyncCyclePolicyType",
        "NextSyncCycleStartTimeInUTC",
        "PurgeRunHistoryInterval",
        "SyncCycleEnabled",
        "MaintenanceEnabled",
        "StagingModeEnabled",
        "SchedulerSuspended",
        "SyncCycleInProgress",
        " : ",
        ":",
        "\r\n",
        "\n",
        "True",
        "False",
        "Delta",
        "Initial",
        "00:30:00",
        "7.00:00:00",
        "-00:00:01",
        "99999999.23:59:59",
        "1/23/2018 2:58:30 PM",
        "23/01/2018 14:58:30",
        "2018/01/23 14:58:30",
        "午後 2:58:30",
        "2018-01-23T14:58:30Z",
        "12/31/9999 11:59:59 PM",
        "\u{feff}",
        "   ",
    ];
    Target {
        name: "Get-ADSyncScheduler",
        seeds: [EN_US, JA_JP, DE_DE]
            .map(|s| s.as_bytes().to_vec())
            .to_vec(),
        tokens: tokens.map(str::to_owned).to_vec(),
        inputs: 300_000,
        run: |bytes| {
            let now = "2026-11-21T10:30:27Z".parse().unwrap();
            let _ = parse_get_adsyncscheduler_at(&text(bytes), now, None);
        },
    }
}
