//! A tiny seeded pseudo-random generator (SplitMix64) for the few rules that add random delays
//! (Task Scheduler's RandomDelay, the Intune Management Extension's per-workload delay).
//!
//! The seed is part of the scenario, so results stay reproducible; a crate such as `rand` would
//! add bytes to the WASM bundle for no gain here.

/// SplitMix64: small, fast, and good enough to spread delays; not for cryptography.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator that always yields the same sequence for the same seed.
    pub const fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A value in `0..=max`, without the bias of a plain modulo worth caring about for delays.
    pub fn up_to(&mut self, max: u32) -> u32 {
        let span = u64::from(max) + 1;
        // Multiply-shift maps 64 random bits onto the span.
        ((u128::from(self.next_u64()) * u128::from(span)) >> 64) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence() {
        let mut a = SplitMix64::new(42);
        let mut b = SplitMix64::new(42);
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
    }

    #[test]
    fn up_to_stays_in_range_and_reaches_both_ends() {
        let mut r = SplitMix64::new(7);
        let draws: Vec<u32> = (0..2000).map(|_| r.up_to(3)).collect();
        assert!(draws.iter().all(|&d| d <= 3));
        assert!(draws.contains(&0) && draws.contains(&3));
    }
}
