//! Speed of the Entra Connect engine on a busy year: 30-minute cycles for 365 days on six
//! connectors (five AD forests and Entra ID), with 100 events spread over the year (manual
//! starts and stops, interval changes, outages, disabled, suspended and staging spans).
//! Target: under 5 ms per simulation (median, native).

use chrono::TimeDelta;
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use sync_planner::engine::entra::{
    Command, Connector, ConnectorKind, IntervalChange, ManualCommand, ServerScenario, simulate,
};
use sync_planner::engine::{Instant, Period, Window};

fn at(hours: i64) -> Instant {
    "2026-01-01T00:00:00Z".parse::<Instant>().unwrap() + TimeDelta::hours(hours)
}

fn span(from_h: i64, len_h: i64) -> Window {
    Window::new(at(from_h), at(from_h + len_h)).unwrap()
}

/// A year with six connectors and 100 events.
fn busy_year() -> (ServerScenario, Window) {
    let horizon = Window::new(at(0), at(365 * 24)).unwrap();
    let mut connectors: Vec<Connector> = (0..5)
        .map(|i| Connector::new(&format!("forest{i}.example"), ConnectorKind::Ad))
        .collect();
    connectors.push(Connector::new(
        "example.onmicrosoft.com - AAD",
        ConnectorKind::EntraId,
    ));
    connectors[2].full_sync_required = true;
    let commands = [Command::StartDelta, Command::StartInitial, Command::Stop];
    let server = ServerScenario {
        connectors,
        // 60 manual cmdlets, about one every six days, some landing inside cycles.
        manual: (0..60)
            .map(|i| ManualCommand {
                at: at(7 + i * 145) + TimeDelta::minutes(i % 31),
                command: commands[(i % 3) as usize],
            })
            .collect(),
        // 10 interval changes: five days at one hour, each set back to the default a day later.
        interval_changes: (0..10)
            .map(|i| IntervalChange {
                at: at(100 + (i / 2) * 1700 + (i % 2) * 24),
                customized_sync_cycle_interval: (i % 2 == 0).then(|| Period::hours(1)),
            })
            .collect(),
        outages: (0..10).map(|i| span(300 + i * 870, 4).into()).collect(),
        disabled_spans: (0..10).map(|i| span(500 + i * 870, 30).into()).collect(),
        suspended_spans: (0..5).map(|i| span(700 + i * 1700, 2).into()).collect(),
        staging_spans: (0..5).map(|i| span(900 + i * 1700, 48)).collect(),
        ..Default::default()
    };
    let events = server.manual.len()
        + server.interval_changes.len()
        + server.outages.len()
        + server.disabled_spans.len()
        + server.suspended_spans.len()
        + server.staging_spans.len();
    assert_eq!(events, 100);
    assert_eq!(server.validate(&horizon), Ok(()));
    (server, horizon)
}

fn bench(c: &mut Criterion) {
    let (server, horizon) = busy_year();
    let report = simulate(&server, &horizon);
    assert!(!report.truncated);
    eprintln!(
        "cycles: {}, events: {}, warnings: {}, phs segments: {}",
        report.cycles.len(),
        report.events.len(),
        report.warnings.len(),
        report.password_hash_sync.len()
    );
    c.bench_function("entra simulate 1 year, 6 connectors, 100 events", |b| {
        b.iter(|| simulate(black_box(&server), black_box(&horizon)))
    });
    let now = at(200 * 24);
    c.bench_function("entra answers at one instant", |b| {
        b.iter(|| report.answers(black_box(now)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
