//! The sampling: each sample draws the ranged timings (group processing, notification delay),
//! walks the chain through both engines' reports, and lands (or not). The landing's
//! percentiles, the dominant stage and the median sample's path make the report.
//!
//! Work is bounded whatever the input: [`SAMPLES`] samples, each of at most six stages, each
//! stage a binary search in the device's report or one push probe (at most
//! 1 + [`crate::engine::change::MAX_RETRIES`] per sample).

use super::report::{ChangeReport, Landing, NoLanding, StageSpan};
use super::rules::{ChainRule, Stage, StageRule};
use crate::engine::change::{Change, ChangeKind, ChangeOrigin, ChangeRange};
use crate::engine::entra::ServerReport;
use crate::engine::intune::{self, DeviceReport, DeviceScenario, Lane, PushFate, PushProbe};
use crate::engine::rng::SplitMix64;
use crate::engine::time::{Instant, Window};

/// How many samples a forecast draws: fixed, so the work is the same for every input.
pub const SAMPLES: u32 = 1000;

/// A path through the stages, without allocating: at most one span per stage.
#[derive(Clone, Copy, Default)]
struct Path {
    spans: [Option<StageSpan>; Stage::ALL.len()],
    len: usize,
}

impl Path {
    fn add(&mut self, stage: Stage, start: i64, end: i64, rule: StageRule) {
        if let Some(slot) = self.spans.get_mut(self.len) {
            *slot = Some(StageSpan {
                stage,
                start: inst(start),
                end: inst(end.max(start)),
                rule,
            });
            self.len += 1;
        }
    }
}

/// Everything a walk reads, prepared once per forecast.
struct Chain<'a> {
    change: &'a Change,
    h_end: i64,
    /// The on-premises change's export: (end of the export, or `None` if no cycle exports it).
    export: Option<Option<i64>>,
    /// The device's MDM syncs: instant and rule, in order.
    syncs: Vec<(i64, intune::Rule)>,
    /// The device's IME check-ins: instant and rule, in order.
    ime: Vec<(i64, intune::Rule)>,
    /// Sign-ins, in order (Windows removals wait for one).
    logons: Vec<i64>,
    windows: bool,
    probe: PushProbe<'a>,
}

/// The forecast for `change` on the device of `device` (simulated into `report`), with the
/// plan's server report when the change was made on-premises, over `horizon`; sampled with
/// `seed`.
pub fn forecast(
    change: &Change,
    device: &DeviceScenario,
    report: &DeviceReport,
    server: Option<&ServerReport>,
    horizon: &Window,
    seed: u64,
) -> ChangeReport {
    let syncs = report.syncs().map(|e| (e.at.timestamp(), e.rule)).collect();
    let ime = report
        .events
        .iter()
        .filter(|e| e.lane == Lane::Ime && e.outcome.reached_service())
        .map(|e| (e.at.timestamp(), e.rule))
        .collect();
    let mut logons: Vec<i64> = device.logons.iter().map(|t| t.timestamp()).collect();
    logons.sort_unstable();
    let export = (change.origin == ChangeOrigin::OnPremises).then(|| {
        server
            .and_then(|s| s.export_time(change.at))
            .map(|e| e.exported_at.timestamp())
    });
    let mut chain = Chain {
        change,
        h_end: horizon.end().timestamp(),
        export,
        syncs,
        ime,
        logons,
        windows: device.platform.is_windows(),
        probe: PushProbe::new(device, horizon),
    };

    let mut rng = SplitMix64::new(seed);
    let mut draws = Vec::with_capacity(SAMPLES as usize);
    let mut totals = [0i128; Stage::ALL.len()];
    for _ in 0..SAMPLES {
        // Both draws every time, so one range's change leaves the other's draws alone.
        let group = draw(&mut rng, chain.group_range());
        let notify = draw(&mut rng, change.notification);
        let mut path = Path::default();
        let landed = chain.walk(group, notify, &mut path).ok();
        for span in path.spans.iter().flatten() {
            let i = Stage::ALL
                .iter()
                .position(|s| *s == span.stage)
                .unwrap_or(0);
            totals[i] += i128::from((span.end - span.start).num_seconds());
        }
        draws.push((landed.unwrap_or(i64::MAX), group, notify));
    }

    let mut order: Vec<usize> = (0..draws.len()).collect();
    order.sort_by_key(|&i| (draws[i].0, i));
    let at_share = |pct: usize| {
        let rank = (order.len() * pct).div_ceil(100).saturating_sub(1);
        order
            .get(rank)
            .map(|&i| draws[i].0)
            .filter(|&t| t != i64::MAX)
            .map(inst)
    };
    let lands = Landing {
        p50: at_share(50),
        p90: at_share(90),
        p99: at_share(99),
    };
    let landed = draws.iter().filter(|d| d.0 != i64::MAX).count() as u32;
    // The first stage with the largest total (ties go to the earlier stage).
    let mut dominant = 0;
    for i in 1..totals.len() {
        if totals[i] > totals[dominant] {
            dominant = i;
        }
    }

    let median = order
        .get((order.len() * 50).div_ceil(100).saturating_sub(1))
        .and_then(|&i| draws.get(i).copied());
    let mut path = Path::default();
    let why = match median {
        Some((_, group, notify)) => chain.walk(group, notify, &mut path).err(),
        None => Some(NoLanding::NoCheckIn),
    };
    ChangeReport {
        change: *change,
        seed,
        samples: SAMPLES,
        landed,
        lands,
        dominant_stage: Stage::ALL[dominant],
        stages: path.spans.iter().flatten().copied().collect(),
        why,
    }
}

impl Chain<'_> {
    /// The group processing range of the change's origin (none for a change made in Intune).
    fn group_range(&self) -> ChangeRange {
        match self.change.origin {
            ChangeOrigin::Intune => ChangeRange::minutes(0, 0),
            ChangeOrigin::EntraDynamicGroup => self.change.dynamic_group,
            ChangeOrigin::EntraGroup | ChangeOrigin::OnPremises => self.change.static_group,
        }
    }

    /// One sample's way through the stages: the landing instant, or why there is none.
    /// `group` and `notify` are the sample's draws, in seconds.
    fn walk(&mut self, group: u32, notify: u32, path: &mut Path) -> Result<i64, NoLanding> {
        let c = self.change;
        let mut t = c.at.timestamp();
        if let Some(export) = self.export {
            let Some(end) = export else {
                return Err(NoLanding::NotExported);
            };
            path.add(
                Stage::Export,
                t,
                end,
                StageRule::Chain(ChainRule::ExportedByNextCycle),
            );
            t = end;
        }
        if c.origin != ChangeOrigin::Intune {
            let rule = match c.origin {
                ChangeOrigin::EntraDynamicGroup => ChainRule::DynamicGroupProcessing,
                _ => ChainRule::StaticGroupProcessing,
            };
            let end = t.saturating_add(i64::from(group));
            path.add(Stage::GroupProcessing, t, end, StageRule::Chain(rule));
            t = end;
        }
        if t >= self.h_end {
            return Err(NoLanding::NotInIntune);
        }
        let ready = t;

        // The first check-in that can pick it up: any MDM sync once Intune has it; a removal on
        // Windows only after a sign-in.
        let mut from = ready;
        let mut logon = None;
        if c.kind == ChangeKind::Removal && self.windows {
            let i = self.logons.partition_point(|&l| l < ready);
            match self.logons.get(i) {
                Some(&l) if l < self.h_end => {
                    logon = Some(l);
                    from = l;
                }
                _ => return Err(NoLanding::NoCheckIn),
            }
        }
        let sync = first_at_or_after(&self.syncs, from);

        // Intune's notification, and its historic retries while the device has not checked in.
        let sent = ready.saturating_add(i64::from(notify));
        let mut push: Option<(i64, i64, u8)> = None; // (sent, delivered, attempt)
        let mut lost: Option<(i64, intune::Rule)> = None;
        let spacing = i64::from(c.retry_spacing.secs());
        for k in 0..=c.retries {
            let at = sent.saturating_add(spacing.saturating_mul(i64::from(k)));
            if at >= self.h_end || sync.is_some_and(|(s, _)| s <= at) {
                break;
            }
            match self.probe.fate(inst(at)) {
                PushFate::Delivered { at: d, .. } => {
                    push = Some((at, d.timestamp(), k));
                    break;
                }
                PushFate::Lost { rule, at: l } => lost = Some((l.timestamp(), rule)),
                PushFate::PastHorizon => break,
            }
        }
        // A Windows removal needs the sign-in as well: a push before it does not take the
        // settings off.
        if let (Some(l), Some((_, d, _))) = (logon, push)
            && d < l
        {
            push = None;
        }

        let landing = match (push, sync) {
            (Some((s, d, k)), sync) if sync.is_none_or(|(x, _)| d <= x) => {
                let rule = if k == 0 {
                    ChainRule::AssignmentNotifies
                } else {
                    ChainRule::NotificationRetry
                };
                path.add(Stage::Notification, ready, s, StageRule::Chain(rule));
                let start = logon_stage(path, logon, s);
                path.add(
                    Stage::CheckIn,
                    start,
                    d,
                    StageRule::Chain(ChainRule::PushCheckIn),
                );
                d
            }
            (_, Some((x, rule))) => {
                let mut start = ready;
                if x >= sent {
                    // The notification went out (and was lost, or came after this check-in).
                    let (end, why) = match lost {
                        Some((l, r)) if l <= x => (l, StageRule::Device(r)),
                        _ => (sent, StageRule::Chain(ChainRule::AssignmentNotifies)),
                    };
                    path.add(Stage::Notification, ready, end, why);
                    start = end;
                }
                let start = logon_stage(path, logon, start);
                path.add(Stage::CheckIn, start, x, StageRule::Device(rule));
                x
            }
            (_, None) => {
                return Err(match lost {
                    Some((l, rule)) => {
                        path.add(Stage::Notification, ready, l, StageRule::Device(rule));
                        NoLanding::PushLostNoCheckIn { rule }
                    }
                    None => NoLanding::NoCheckIn,
                });
            }
        };
        if c.kind != ChangeKind::App {
            return Ok(landing);
        }
        match first_at_or_after(&self.ime, landing) {
            Some((i, rule)) => {
                path.add(Stage::ImeCheckIn, landing, i, StageRule::Device(rule));
                Ok(i)
            }
            None => Err(NoLanding::NoImeCheckIn),
        }
    }
}

/// Where the check-in stage starts: at `start`, or at the sign-in a Windows removal waited
/// for, when that came later (the wait is its own stage).
fn logon_stage(path: &mut Path, logon: Option<i64>, start: i64) -> i64 {
    match logon {
        Some(l) if l > start => {
            let rule = StageRule::Chain(ChainRule::RemovalNeedsLogon);
            path.add(Stage::Logon, start, l, rule);
            l
        }
        _ => start,
    }
}

/// The first entry at or after `t`.
fn first_at_or_after(list: &[(i64, intune::Rule)], t: i64) -> Option<(i64, intune::Rule)> {
    let i = list.partition_point(|(at, _)| *at < t);
    list.get(i).copied()
}

/// A draw, in seconds, uniform in the range (both ends included).
fn draw(rng: &mut SplitMix64, range: ChangeRange) -> u32 {
    let (lo, hi) = (range.min.secs(), range.max.secs().max(range.min.secs()));
    lo + rng.up_to(hi - lo)
}

/// The instant of Unix second `secs`, saturating at chrono's range.
fn inst(secs: i64) -> Instant {
    Instant::from_timestamp(secs, 0).unwrap_or(if secs < 0 {
        Instant::MIN_UTC
    } else {
        Instant::MAX_UTC
    })
}
