//! Fuzzing every decoder that takes text from outside: shared links (both formats), scenario
//! JSON (pasted or opened files), `Get-ADSyncScheduler` output and Task Scheduler XML. A seeded generator and
//! mutator ([`mutate`]) makes the inputs, so every run is the same and CI needs no fuzzing
//! tools; each input must return (no panic) in under [`LIMIT`]. Every target prints how many
//! inputs it ran and its slowest one; together they run more than a million.
//!
//! Unoptimized, a million inputs take minutes and single inputs near the limit, so plain
//! `cargo test` leaves this binary out (`test = false` in `Cargo.toml`); it runs as its own
//! step of `scripts/test.sh` in the `fuzz` profile (optimized, no debug info):
//! `cargo test --profile fuzz --test fuzz -- --nocapture`.
//!
//! **Adding a target** (`task_xml.rs` is the model): write `tests/fuzz/<reader>.rs` with one
//! `pub fn target() -> Target` giving its name, a few valid seeds (fixture files), tokens of its
//! syntax, an input count and `run: |bytes| { let _ = read(bytes); }`; then add its `mod`, a
//! `#[test]` that calls `fuzz(<reader>::target())`, and the target to the million's sum below.

mod adsync;
mod link;
mod mutate;
mod scenario;
mod task_xml;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

/// The slowest any one input may be.
pub const LIMIT: Duration = Duration::from_millis(50);

/// One decoder to fuzz.
pub struct Target {
    /// Its name, in the printed summary.
    pub name: &'static str,
    /// Valid inputs that mutations start from.
    pub seeds: Vec<Vec<u8>>,
    /// Pieces of its syntax, inserted by mutations.
    pub tokens: Vec<String>,
    /// How many inputs to run.
    pub inputs: usize,
    /// Decodes one input; the result is thrown away (only panics and time matter).
    pub run: fn(&[u8]),
}

/// Runs `target`'s inputs, printing the count and the slowest input's time.
fn fuzz(target: Target) {
    let tokens: Vec<&str> = target.tokens.iter().map(String::as_str).collect();
    let mut inputs = mutate::Mutator::new(
        0x5eed_0000 + target.inputs as u64,
        target.seeds.clone(),
        &tokens,
    );
    let (mut worst, mut worst_len) = (Duration::ZERO, 0);
    let started = Instant::now();
    let all = target
        .seeds
        .iter()
        .cloned()
        .chain((0..target.inputs).map(|_| inputs.input()));
    let mut count = 0usize;
    for (index, input) in all.enumerate() {
        let mut took = time(&target, index, &input);
        // A slow input is timed again: a decoder that is slow is slow every time, whereas a
        // machine busy with other work is only slow once.
        for _ in 0..3 {
            if took < LIMIT {
                break;
            }
            took = took.min(time(&target, index, &input));
        }
        assert!(
            took < LIMIT,
            "{}: input {index} took {took:?}: {:?}",
            target.name,
            preview(&input)
        );
        if took > worst {
            (worst, worst_len) = (took, input.len());
        }
        count += 1;
    }
    println!(
        "fuzz {}: {count} inputs, worst {:.3} ms ({worst_len} bytes), {:.1} s in all",
        target.name,
        worst.as_secs_f64() * 1e3,
        started.elapsed().as_secs_f64()
    );
    assert!(
        count > target.inputs,
        "the seeds and every generated input ran"
    );
}

/// Runs one input, turning a panic into a failure that shows the input.
fn time(target: &Target, index: usize, input: &[u8]) -> Duration {
    let started = Instant::now();
    let outcome = catch_unwind(AssertUnwindSafe(|| (target.run)(input)));
    let took = started.elapsed();
    if outcome.is_err() {
        panic!(
            "{}: input {index} panicked: {:?}",
            target.name,
            preview(input)
        );
    }
    took
}

/// The start of an input, for a failure message.
fn preview(input: &[u8]) -> String {
    String::from_utf8_lossy(&input[..input.len().min(400)]).into_owned()
}

/// Text for decoders that take `&str`: invalid UTF-8 becomes U+FFFD, as a browser would.
pub fn text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

#[test]
fn link() {
    fuzz(link::target());
}

#[test]
fn scenario_json() {
    fuzz(scenario::target());
}

#[test]
fn get_adsyncscheduler() {
    fuzz(adsync::target());
}

#[test]
fn task_scheduler_xml() {
    fuzz(task_xml::target());
}

#[test]
fn a_million_inputs_in_all() {
    let total: usize = [
        link::target(),
        scenario::target(),
        adsync::target(),
        task_xml::target(),
    ]
    .iter()
    .map(|t| t.inputs)
    .sum();
    assert!(total >= 1_000_000, "{total} inputs");
}
