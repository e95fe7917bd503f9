//! The shaded spans behind the lanes: the report's disruptions (power off, sleep, offline,
//! push service disabled), named by the table every view shares ([`terms::shade`]).

use super::terms::shade_kind;
use crate::engine::intune::DeviceReport;
use crate::present::text::Lang;
use crate::present::{Shade, terms};

/// The disruption spans as shaded spans, in the report's order (by start, then kind, then
/// end); the report has already clipped them to the horizon.
pub(super) fn shades(report: &DeviceReport, lang: Lang) -> Vec<Shade> {
    report
        .disruptions
        .iter()
        .map(|d| {
            let kind = shade_kind(d.kind);
            Shade {
                window: d.window,
                kind,
                label: terms::shade(kind).get(lang).to_owned(),
            }
        })
        .collect()
}
