//! Where each rule comes from. Every event the engines emit names a rule, and every rule names
//! one of these sources, so the UI can say "this run comes from Schedule #3, per Microsoft Learn
//! (Oct 2025)" and show how sure we are.
//!
//! Confidence follows `shared/docs/domain.md`: High = stated in Microsoft documentation,
//! Medium = community or blog observation, Low = our inference where sources are silent.
//! Add a source here when a rule needs one; never cite from memory without a document.

use serde::Serialize;

/// How sure a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Confidence {
    /// Stated in Microsoft documentation.
    High,
    /// Community or blog observation.
    Medium,
    /// Inference where the sources are silent; always a parameter with a documented default.
    Low,
}

/// The language a document is published in, so a reader of the other language can be told
/// before following the link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Published {
    /// In each reader's language: Microsoft Learn and Firebase serve their pages translated.
    Translated,
    /// In English only.
    English,
    /// In Japanese only.
    Japanese,
    /// Not a published document: our own inference or setting, its words in both languages.
    Ours,
}

/// A document (or an inference) that a rule rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Source {
    /// Stable identifier, used in scenario files, JSON output and UI translations.
    pub id: &'static str,
    /// Title in the language of the document.
    pub title: &'static str,
    /// Where to read it; `None` for inferences and for documents with no stable address.
    pub url: Option<&'static str>,
    /// The language it is published in.
    pub language: Published,
    /// The revision or publication date the fact was read from.
    pub as_of: &'static str,
    /// How sure the source is.
    pub confidence: Confidence,
}

/// Intune's documented refresh intervals per platform ("Policy refresh intervals").
pub const LEARN_POLICY_REFRESH: Source = Source {
    id: "learn-policy-refresh",
    title: "Microsoft Learn: Troubleshoot device profiles in Intune — Policy refresh intervals",
    url: Some(
        "https://learn.microsoft.com/mem/intune/configuration/device-profile-troubleshoot#policy-refresh-intervals",
    ),
    as_of: "2025-10",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// The older published iOS/iPadOS and macOS variant: every 15 minutes for 6 hours.
pub const LEGACY_APPLE_REFRESH: Source = Source {
    id: "legacy-apple-refresh",
    title: "Earlier published Intune refresh interval for iOS/iPadOS and macOS (every 15 min for 6 h)",
    url: None,
    as_of: "before 2025",
    language: Published::Ours,
    confidence: Confidence::Medium,
};

/// The Qiita article the project started from (its "seed"): Windows enrollment tasks, their
/// settings, and the dmwappushservice test. The id keeps its old spelling: scenario files and
/// JSON output name sources by id.
pub const SEED_INTUNE_SYNC_TIMING: Source = Source {
    id: "seed-intune-sync-timing",
    title: "Qiita: Intune の 同期 タイミングについて 深堀してみた",
    url: Some("https://qiita.com/carol0226/items/f731780dd3e9fd154ee9"),
    as_of: "2024",
    language: Published::Japanese,
    confidence: Confidence::Medium,
};

/// DeviceEnroller.exe analysis cited by the Qiita article above.
pub const SCCM_JP_DEVICEENROLLER: Source = Source {
    id: "sccm-jp-deviceenroller",
    title: "sccm.jp: DeviceEnroller.exe の謎に迫る Season 2",
    url: Some("https://sccm.jp/2023/11/05/post-5626/"),
    as_of: "2023-11",
    language: Published::Japanese,
    confidence: Confidence::Medium,
};

/// Task Scheduler repetition patterns (interval, duration, inclusive end points).
pub const TASK_SCHEDULER_REPETITION: Source = Source {
    id: "task-scheduler-repetition",
    title: "Microsoft Learn: Task Scheduler — RepetitionPattern",
    url: Some("https://learn.microsoft.com/windows/win32/taskschd/repetitionpattern"),
    as_of: "2025",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Task Scheduler StartWhenAvailable: a missed start runs after the machine becomes available.
pub const TASK_SCHEDULER_START_WHEN_AVAILABLE: Source = Source {
    id: "task-scheduler-start-when-available",
    title: "Microsoft Learn: Task Scheduler — TaskSettings.StartWhenAvailable",
    url: Some("https://learn.microsoft.com/windows/win32/taskschd/tasksettings-startwhenavailable"),
    as_of: "2025",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Task Scheduler RunOnlyIfNetworkAvailable: the condition is checked when the trigger fires.
pub const TASK_SCHEDULER_NETWORK: Source = Source {
    id: "task-scheduler-network",
    title: "Microsoft Learn: Task Scheduler — TaskSettings.RunOnlyIfNetworkAvailable",
    url: Some(
        "https://learn.microsoft.com/windows/win32/taskschd/tasksettings-runonlyifnetworkavailable",
    ),
    as_of: "2025",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Task Scheduler logon triggers (any user, at logon, not at unlock).
pub const TASK_SCHEDULER_LOGON: Source = Source {
    id: "task-scheduler-logon",
    title: "Microsoft Learn: Task Scheduler — LogonTrigger",
    url: Some("https://learn.microsoft.com/windows/win32/taskschd/logontrigger"),
    as_of: "2025",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// The DMClient CSP Poll node: three (interval, count) sets plus PollOnLogin.
pub const DMCLIENT_CSP_POLL: Source = Source {
    id: "dmclient-csp-poll",
    title: "Microsoft Learn: DMClient CSP — Poll",
    url: Some("https://learn.microsoft.com/windows/client-management/mdm/dmclient-csp"),
    as_of: "2025",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Intune's device Sync remote action (push through WNS, APNs or FCM).
pub const LEARN_DEVICE_SYNC: Source = Source {
    id: "learn-device-sync",
    title: "Microsoft Learn: Sync devices to get the latest policies and actions with Intune",
    url: Some("https://learn.microsoft.com/mem/intune/remote-actions/device-sync"),
    as_of: "2025-10",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Manual sync from the Settings app and from Company Portal.
pub const LEARN_MANUAL_SYNC: Source = Source {
    id: "learn-manual-sync",
    title: "Microsoft Learn: Sync your Windows device manually",
    url: Some("https://learn.microsoft.com/mem/intune/user-help/sync-your-device-manually-windows"),
    as_of: "2025-10",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Push notifications for Windows MDM: channel lifetime, and "not a replacement for polling".
pub const LEARN_WNS_PUSH: Source = Source {
    id: "learn-wns-push",
    title: "Microsoft Learn: Push notification support for device management",
    url: Some(
        "https://learn.microsoft.com/windows/client-management/mdm/push-notification-windows-mdm",
    ),
    as_of: "2025",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// WNS raw notifications (the channel an Intune Sync push takes on Windows) are not queued for
/// an offline device: they are dropped. Intune's own docs were corrected to say so (memdocs
/// pull request 4863, 2026).
pub const LEARN_WNS_RAW_OFFLINE: Source = Source {
    id: "learn-wns-raw-offline",
    title: "Microsoft Learn: Raw notification overview — How raw notifications work",
    url: Some(
        "https://learn.microsoft.com/windows/apps/develop/notifications/push-notifications/raw-notification-overview#how-raw-notifications-work",
    ),
    as_of: "2026",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// APNs stores a notification for an offline device for a limited period, and only the most
/// recent one per app.
pub const APPLE_APNS_STORE: Source = Source {
    id: "apple-apns-store",
    title: "Apple Developer: Sending notification requests to APNs (storage of notifications for an offline device)",
    url: Some(
        "https://developer.apple.com/documentation/usernotifications/sending-notification-requests-to-apns",
    ),
    as_of: "2025",
    language: Published::English,
    confidence: Confidence::High,
};

/// FCM keeps a message for an offline device up to its time to live: 4 weeks by default.
pub const FIREBASE_FCM_LIFESPAN: Source = Source {
    id: "firebase-fcm-lifespan",
    title: "Firebase Cloud Messaging: Setting the lifespan of a message (default time to live 4 weeks)",
    url: Some(
        "https://firebase.google.com/docs/cloud-messaging/customize-messages/setting-message-lifespan",
    ),
    as_of: "2025",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// A community write-up reporting that Intune sends at most one push per device every
/// 30 minutes, so a second change soon after the first waits.
pub const COMMUNITY_PUSH_THROTTLE: Source = Source {
    id: "community-push-throttle",
    title: "Patch My PC: Intune policy delivery — debugging the 8-hour sync myth (push throttling)",
    url: Some("https://patchmypc.com/blog/intune-policy-delivery-debugging-the-8-hour-sync-myth"),
    as_of: "2025",
    language: Published::English,
    confidence: Confidence::Medium,
};

/// Task Scheduler triggers: a start boundary with a time zone ("Synchronize across time
/// zones") is a fixed UTC instant, and a repetition interval is a length of time, so repeated
/// runs stay the same number of hours apart across a daylight saving change.
pub const TASK_SCHEDULER_TIME_ZONES: Source = Source {
    id: "task-scheduler-time-zones",
    title: "Microsoft Learn: Task Scheduler schema — StartBoundary (triggerBaseType) and Interval (repetitionType)",
    url: Some(
        "https://learn.microsoft.com/windows/win32/taskschd/taskschedulerschema-startboundary-triggerbasetype",
    ),
    as_of: "2025",
    language: Published::Translated,
    confidence: Confidence::Medium,
};

/// What happens to sync with dmwappushservice disabled: no session starts at all. The Qiita
/// article observed it for manual sync; extending it to every trigger is our inference.
pub const INFERENCE_PUSH_SERVICE_DISABLED: Source = Source {
    id: "inference-push-service-disabled",
    title: "Inference from the Qiita article on Intune sync timing (in Japanese) and Microsoft's service description: with dmwappushservice disabled no MDM session starts",
    url: None,
    as_of: "2026-11",
    language: Published::Ours,
    confidence: Confidence::Low,
};

/// Intune Management Extension: check-in cadence (8 h per this page).
pub const LEARN_IME: Source = Source {
    id: "learn-ime",
    title: "Microsoft Learn: Intune Management Extension for Windows",
    url: Some("https://learn.microsoft.com/mem/intune/apps/intune-management-extension"),
    as_of: "2025-10",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Win32 app management: says the IME checks in every hour.
pub const LEARN_WIN32_APPS: Source = Source {
    id: "learn-win32-apps",
    title: "Microsoft Learn: Win32 app management in Microsoft Intune",
    url: Some("https://learn.microsoft.com/mem/intune/apps/apps-win32-app-management"),
    as_of: "2025-10",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Compliance policy settings: compliance status validity period (default 30 days, 1..120).
pub const LEARN_COMPLIANCE_VALIDITY: Source = Source {
    id: "learn-compliance-validity",
    title: "Microsoft Learn: Compliance policy settings — Compliance status validity period",
    url: Some("https://learn.microsoft.com/mem/intune/protect/device-compliance-get-started"),
    as_of: "2025-10",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Device cleanup rules: hide devices that have not checked in for 30..270 days.
pub const LEARN_DEVICE_CLEANUP: Source = Source {
    id: "learn-device-cleanup",
    title: "Microsoft Learn: Automatically hide devices with cleanup rules",
    url: Some(
        "https://learn.microsoft.com/mem/intune/remote-actions/devices-wipe#automatically-hide-devices-with-cleanup-rules",
    ),
    as_of: "2025-10",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Entra Connect Sync's built-in scheduler (the second seed document).
pub const LEARN_ENTRA_SCHEDULER: Source = Source {
    id: "learn-entra-scheduler",
    title: "Microsoft Learn: Microsoft Entra Connect Sync: Scheduler",
    url: Some(
        "https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-feature-scheduler",
    ),
    as_of: "2025",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Password hash synchronization, which runs about every 2 minutes on its own scheduler.
pub const LEARN_ENTRA_PHS: Source = Source {
    id: "learn-entra-phs",
    title: "Microsoft Learn: Implement password hash synchronization with Microsoft Entra Connect Sync",
    url: Some(
        "https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-password-hash-synchronization",
    ),
    as_of: "2025",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Staging mode: imports and syncs run, exports do not, and neither does password hash sync.
pub const LEARN_ENTRA_STAGING: Source = Source {
    id: "learn-entra-staging",
    title: "Microsoft Learn: Microsoft Entra Connect: Staging server and disaster recovery",
    url: Some(
        "https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-staging-server",
    ),
    as_of: "2026-04",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// What a switched-off Entra Connect server does: nothing. A cycle under way when it goes down
/// ends there; slots that fall while it is down do not run. What it does when it comes back is
/// a parameter (see PARAMETER_DEFAULT).
pub const INFERENCE_SERVER_OFF: Source = Source {
    id: "inference-server-off",
    title: "Inference: an Entra Connect server that is down runs no sync cycle and no password hash sync",
    url: None,
    as_of: "2026-11",
    language: Published::Ours,
    confidence: Confidence::Low,
};

/// Community observations of the Entra Connect scheduler: "AAD is busy", re-basing after a
/// manual cycle, the past NextSyncCycleStartTimeInUTC while a cycle runs.
pub const COMMUNITY_ENTRA_SCHEDULER: Source = Source {
    id: "community-entra-scheduler",
    title: "Community observations of the Entra Connect Sync scheduler (busy error, re-basing)",
    url: None,
    as_of: "2026-11",
    language: Published::Ours,
    confidence: Confidence::Medium,
};

/// What a pasted `NextSyncCycleStartTimeInUTC` can mean. The scheduler computes the next due
/// time when a cycle ends and shows a past time only while a cycle runs
/// (`COMMUNITY_ENTRA_SCHEDULER`), so the value lies within one interval (plus a cycle) of the
/// moment the cmdlet ran. Older, the scheduler has not started a cycle since; far ahead, the
/// date was most likely misread (day and month swapped).
pub const INFERENCE_ENTRA_NEXT_START: Source = Source {
    id: "inference-entra-next-start",
    title: "Inference: NextSyncCycleStartTimeInUTC lies within one interval of the moment Get-ADSyncScheduler ran",
    url: None,
    as_of: "2026-11",
    language: Published::Ours,
    confidence: Confidence::Low,
};

/// Intune's filters performance page: a static Entra ID group's membership change reaches
/// Intune "typically within 5 minutes. It's not instant."
pub const LEARN_GROUP_TO_INTUNE: Source = Source {
    id: "learn-group-to-intune",
    title: "Microsoft Learn: Performance recommendations for filters and groups in Intune",
    url: Some(
        "https://learn.microsoft.com/intune/fundamentals/filters/performance-recommendations",
    ),
    as_of: "2025-11-19",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Dynamic membership groups: under a few minutes in small directories, 30 minutes or longer in
/// large ones, up to 24 h on first population or after a rule change.
pub const LEARN_DYNAMIC_GROUPS: Source = Source {
    id: "learn-dynamic-groups",
    title: "Microsoft Learn: Troubleshoot dynamic membership groups",
    url: Some("https://learn.microsoft.com/entra/identity/users/groups-troubleshooting"),
    as_of: "2025-01-15",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Troubleshoot device profiles: an assignment or a group membership change triggers a
/// notification; "the notification times can vary from immediately up to a few hours"; an
/// offline device gets the change at its next check-in; settings removal can take 7 h or more.
pub const LEARN_CHANGE_NOTIFICATION: Source = Source {
    id: "learn-change-notification",
    title: "Microsoft Learn: Troubleshoot device profiles in Intune — when devices get a policy, profile or app",
    url: Some(
        "https://learn.microsoft.com/intune/device-configuration/troubleshoot-device-profiles",
    ),
    as_of: "2026-03-26",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// The 2024 revision of the same page: "Intune makes three more attempts" after the first
/// notification (removed since; the spacing was never documented).
pub const LEARN_THREE_MORE_ATTEMPTS: Source = Source {
    id: "learn-three-more-attempts",
    title: "Microsoft Learn (historic revision): Troubleshoot device profiles — three more attempts",
    url: Some(
        "https://github.com/MicrosoftDocs/memdocs/blob/93fdefba/memdocs/intune/configuration/device-profile-troubleshoot.md",
    ),
    as_of: "2024-11-11",
    language: Published::Translated,
    confidence: Confidence::High,
};

/// Our own choice where the sources are silent; the parameter it governs says which.
pub const PARAMETER_DEFAULT: Source = Source {
    id: "parameter-default",
    title: "Not documented by Microsoft: a Sync Planner setting you can change",
    url: None,
    as_of: "2026-11",
    language: Published::Ours,
    confidence: Confidence::Low,
};

/// Every source, for listings and for looking one up by id.
pub const ALL: &[Source] = &[
    LEARN_POLICY_REFRESH,
    LEGACY_APPLE_REFRESH,
    SEED_INTUNE_SYNC_TIMING,
    SCCM_JP_DEVICEENROLLER,
    TASK_SCHEDULER_REPETITION,
    TASK_SCHEDULER_START_WHEN_AVAILABLE,
    TASK_SCHEDULER_NETWORK,
    TASK_SCHEDULER_LOGON,
    DMCLIENT_CSP_POLL,
    LEARN_DEVICE_SYNC,
    LEARN_MANUAL_SYNC,
    LEARN_WNS_PUSH,
    LEARN_WNS_RAW_OFFLINE,
    APPLE_APNS_STORE,
    FIREBASE_FCM_LIFESPAN,
    COMMUNITY_PUSH_THROTTLE,
    TASK_SCHEDULER_TIME_ZONES,
    INFERENCE_PUSH_SERVICE_DISABLED,
    LEARN_IME,
    LEARN_WIN32_APPS,
    LEARN_COMPLIANCE_VALIDITY,
    LEARN_DEVICE_CLEANUP,
    LEARN_ENTRA_SCHEDULER,
    LEARN_ENTRA_PHS,
    LEARN_ENTRA_STAGING,
    INFERENCE_SERVER_OFF,
    COMMUNITY_ENTRA_SCHEDULER,
    INFERENCE_ENTRA_NEXT_START,
    LEARN_GROUP_TO_INTUNE,
    LEARN_DYNAMIC_GROUPS,
    LEARN_CHANGE_NOTIFICATION,
    LEARN_THREE_MORE_ATTEMPTS,
    PARAMETER_DEFAULT,
];

/// The source with this id, if any.
pub fn by_id(id: &str) -> Option<&'static Source> {
    ALL.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_found() {
        for (i, s) in ALL.iter().enumerate() {
            assert!(
                ALL[i + 1..].iter().all(|o| o.id != s.id),
                "duplicate id {}",
                s.id
            );
            assert_eq!(by_id(s.id), Some(s));
        }
    }

    #[test]
    fn inferences_have_low_confidence_and_no_url() {
        for s in ALL
            .iter()
            .filter(|s| s.id.starts_with("inference") || s.id.starts_with("parameter"))
        {
            assert_eq!(s.confidence, Confidence::Low);
            assert!(s.url.is_none());
        }
    }

    /// Every address a reader can open: `https://`, a host with a dot, no spaces or quotes,
    /// and never a path on this machine (the seeds were once cited by file).
    #[test]
    fn every_source_link_is_a_well_formed_https_address() {
        for s in ALL {
            let Some(url) = s.url else {
                assert!(
                    !s.title.trim().is_empty(),
                    "{} has neither link nor title",
                    s.id
                );
                continue;
            };
            let rest = url.strip_prefix("https://").unwrap_or_else(|| {
                panic!("{}: {url} is not https", s.id);
            });
            let host = rest.split(['/', '#', '?']).next().unwrap_or("");
            assert!(
                host.contains('.') && !host.starts_with('.') && !host.ends_with('.'),
                "{}: bad host in {url}",
                s.id
            );
            assert!(
                host.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'),
                "{}: bad host in {url}",
                s.id
            );
            assert!(
                url.chars()
                    .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '\\')),
                "{}: {url} has a character a link cannot hold",
                s.id
            );
            assert!(!url.contains("seeds/") && !url.contains("/work/"), "{url}");
        }
    }

    /// Published documents (not our inferences) have an address, except the one older
    /// published table that no longer has a stable page.
    #[test]
    fn published_sources_link_to_their_document() {
        for s in ALL.iter().filter(|s| s.confidence == Confidence::High) {
            assert!(
                s.url.is_some(),
                "{} is Microsoft documentation without a link",
                s.id
            );
        }
        assert!(SEED_INTUNE_SYNC_TIMING.url.is_some());
    }
}
