//! What a change forecast holds: the landing as percentiles, the stage that dominated, and
//! the median path stage by stage, with its queries.

use serde::Serialize;

use super::rules::{Stage, StageRule};
use crate::engine::change::Change;
use crate::engine::intune;
use crate::engine::time::Instant;

/// One stage of the median path: when it started and ended, and the rule that set its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct StageSpan {
    /// Which stage.
    pub stage: Stage,
    /// When the change entered it.
    pub start: Instant,
    /// When it left it (the next stage's start).
    pub end: Instant,
    /// The rule that set its end.
    pub rule: StageRule,
}

/// When the change lands: the instant by which half, nine in ten and 99 in 100 of the samples
/// have landed. `None` where that share does not land inside the simulated period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Landing {
    /// Half of the samples by then.
    pub p50: Option<Instant>,
    /// Nine in ten by then.
    pub p90: Option<Instant>,
    /// 99 in 100 by then.
    pub p99: Option<Instant>,
}

/// Why the median path does not land inside the simulated period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum NoLanding {
    /// No Entra Connect cycle in the period exports the on-premises change.
    NotExported,
    /// The change reaches Intune only after the period.
    NotInIntune,
    /// The push was lost (for `rule`'s reason) and no check-in follows in the period.
    PushLostNoCheckIn {
        /// Why the push was lost.
        rule: intune::Rule,
    },
    /// No push and no check-in follows in the period (nothing delivered it).
    NoCheckIn,
    /// The MDM check-in came, but no IME check-in follows in the period.
    NoImeCheckIn,
}

/// The forecast for one change on one device.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChangeReport {
    /// The change forecast.
    pub change: Change,
    /// The seed the samples were drawn with.
    pub seed: u64,
    /// How many samples were drawn.
    pub samples: u32,
    /// How many of them landed inside the period.
    pub landed: u32,
    /// The landing percentiles.
    pub lands: Landing,
    /// The stage that took the longest, summed over all samples.
    pub dominant_stage: Stage,
    /// The median sample's path, stage by stage.
    pub stages: Vec<StageSpan>,
    /// Why the median sample did not land, if it did not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<NoLanding>,
}

impl ChangeReport {
    /// The median path's span for `stage`, if that path passed it.
    pub fn stage(&self, stage: Stage) -> Option<&StageSpan> {
        self.stages.iter().find(|s| s.stage == stage)
    }

    /// When the median path lands: the end of its last stage, if it landed.
    pub fn median_landing(&self) -> Option<Instant> {
        match self.why {
            Some(_) => None,
            None => self.stages.last().map(|s| s.end),
        }
    }

    /// Whether the median path's notification reached the device as a push that started the
    /// check-in.
    pub fn landed_by_push(&self) -> bool {
        self.why.is_none()
            && self
                .stage(Stage::CheckIn)
                .is_some_and(|s| s.rule == StageRule::Chain(super::rules::ChainRule::PushCheckIn))
    }

    /// The share of samples that landed inside the period, in percent (rounded down).
    pub fn landed_percent(&self) -> u32 {
        self.landed.saturating_mul(100) / self.samples.max(1)
    }
}
