//! Speed of the change forecast (issue 18): one device's forecast, 1,000 samples, for an app
//! assigned through a static Entra ID group on a Windows laptop with a fortnight of nights off,
//! sleeps, network drops and logons. Target: well under 2 ms per forecast (the page recomputes
//! it on every edit, in WASM); also the whole simulation with the forecast, for comparison.

use chrono::TimeDelta;
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use sync_planner::engine::chain::{SAMPLES, forecast};
use sync_planner::engine::intune::{self, DeviceScenario};
use sync_planner::engine::{Change, ChangeKind, ChangeOrigin, Instant, Scenario, Window};

fn at(hours: i64) -> Instant {
    "2026-12-01T00:00:00Z".parse::<Instant>().unwrap() + TimeDelta::hours(hours)
}

fn span(from_h: i64, len_h: i64) -> Window {
    Window::new(at(from_h), at(from_h + len_h)).unwrap()
}

/// 14 days: nights off or asleep, an evening offline every other day, a logon each morning.
fn laptop() -> (DeviceScenario, Window) {
    let horizon = Window::new(at(0), at(15 * 24)).unwrap();
    let mut device: DeviceScenario =
        serde_json::from_str(r#"{"enrolled_at":"2026-11-20T09:00:00Z"}"#).unwrap();
    for day in 0..14 {
        let night = span(day * 24 + 19, 12);
        if day % 2 == 0 {
            device.power_off.push(night.into());
        } else {
            device.sleep.push(night);
        }
        if day % 2 == 1 {
            device.offline.push(span(day * 24 + 16, 2).into());
        }
        device.logons.push(at(day * 24 + 31));
    }
    (device, horizon)
}

fn bench(c: &mut Criterion) {
    let (device, horizon) = laptop();
    let report = intune::simulate(&device, &horizon);
    let change = Change::new(at(34), ChangeOrigin::EntraGroup, ChangeKind::App);
    let once = forecast(&change, &device, &report, None, &horizon, 1);
    assert_eq!(once.samples, SAMPLES);
    assert!(once.lands.p50.is_some(), "the bench scenario lands");
    c.bench_function("change forecast, 1,000 samples", |b| {
        b.iter(|| {
            forecast(
                black_box(&change),
                &device,
                &report,
                None,
                &horizon,
                black_box(1),
            )
        })
    });
    let scenario = Scenario {
        version: sync_planner::engine::SCENARIO_VERSION,
        horizon,
        display_zone: Default::default(),
        device: Some(device.clone()),
        server: None,
        opens_on: None,
        change: Some(change),
    };
    c.bench_function("device simulation with the change forecast", |b| {
        b.iter(|| black_box(&scenario).simulate().unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
