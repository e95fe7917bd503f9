//! Speed of the Intune engine on a realistic busy device: 90 days, 50 disruptions (power-offs,
//! sleeps, network drops, logons, manual and admin syncs, a disabled push service), IME on.
//! Target: under 50 µs per simulation (median, native).

use chrono::TimeDelta;
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use sync_planner::engine::intune::{DeviceScenario, ManualSync, ManualVia, simulate};
use sync_planner::engine::{Instant, Window};

fn at(hours: i64) -> Instant {
    "2026-01-01T00:00:00Z".parse::<Instant>().unwrap() + TimeDelta::hours(hours)
}

fn span(from_h: i64, len_h: i64) -> Window {
    Window::new(at(from_h), at(from_h + len_h)).unwrap()
}

/// 90 days with 50 disruptions spread over them.
fn busy_device() -> (DeviceScenario, Window) {
    let horizon = Window::new(at(0), at(90 * 24)).unwrap();
    let mut device: DeviceScenario =
        serde_json::from_str(r#"{"enrolled_at":"2026-01-01T09:00:00Z"}"#).unwrap();
    // Nights off or asleep: 24 windows, every 3.75 days, alternating.
    for i in 0..24 {
        let w = span(20 + i * 90, 10);
        if i % 2 == 0 {
            device.power_off.push(w.into())
        } else {
            device.sleep.push(w)
        }
    }
    // 10 network drops; 8 logons, each an hour after a night ends.
    device.offline = (0..10).map(|i| span(14 + i * 200, 3).into()).collect();
    device.logons = (0..8).map(|i| at(31 + i * 270)).collect();
    // 3 manual and 3 admin syncs, and the push service disabled for a weekend and a bit.
    device.manual_syncs = (0..3)
        .map(|i| ManualSync {
            at: at(37 + i * 600),
            via: if i % 2 == 0 {
                ManualVia::Settings
            } else {
                ManualVia::CompanyPortal
            },
        })
        .collect();
    device.admin_syncs = (0..3).map(|i| at(40 + i * 700)).collect();
    device.push_service_disabled = vec![span(1000, 60).into(), span(1800, 30).into()];
    let disruptions = device.power_off.len()
        + device.sleep.len()
        + device.offline.len()
        + device.logons.len()
        + device.manual_syncs.len()
        + device.admin_syncs.len()
        + device.push_service_disabled.len();
    assert_eq!(disruptions, 50);
    assert_eq!(device.validate(&horizon), Ok(()));
    (device, horizon)
}

fn bench(c: &mut Criterion) {
    let (device, horizon) = busy_device();
    let report = simulate(&device, &horizon);
    assert!(!report.truncated);
    eprintln!("events per simulation: {}", report.events.len());
    c.bench_function("intune simulate 90 d, 50 disruptions", |b| {
        b.iter(|| simulate(black_box(&device), black_box(&horizon)))
    });
    let now = at(45 * 24);
    c.bench_function("intune answers", |b| {
        b.iter(|| black_box(&report).answers(black_box(now)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
