//! A small seeded generator and mutator: no fuzzing crate, the same inputs on every run (so a
//! failure reproduces from its index), and varied enough to reach the decoders' error paths —
//! byte flips, truncation, splicing of valid seeds, dictionary tokens, deletions, duplications
//! and long runs.

/// xorshift64*: tiny, fast, and good enough to choose mutations.
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed` (any value; zero is moved off the fixed point).
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9e37_79b9_7f4a_7c15 | 1)
    }

    /// The next 64 random bits.
    pub fn bits(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.bits() % n.max(1) as u64) as usize
    }

    /// `true` one time in `n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
}

/// Bytes that often matter to text decoders.
const INTERESTING: &[u8] =
    b"\0\t\n\r \"#%&'()*+,-./0123456789:;<=>?@[\\]^_`{|}~\x7f\x80\xbf\xc3\xe3\xef\xff";

/// The longest input made. Larger inputs only cost time here: the readers are linear, and
/// the size limits (64 KiB for links) are reached by seeds made for them.
pub const MAX_LEN: usize = 32 * 1024;

/// Makes inputs for one decoder from its valid `seeds` and its `tokens`.
pub struct Mutator {
    rng: Rng,
    seeds: Vec<Vec<u8>>,
    tokens: Vec<Vec<u8>>,
}

impl Mutator {
    /// A mutator over `seeds` (at least one) and `tokens`, seeded with `seed`.
    pub fn new(seed: u64, seeds: Vec<Vec<u8>>, tokens: &[&str]) -> Self {
        assert!(!seeds.is_empty(), "a fuzz target needs a seed");
        Self {
            rng: Rng::new(seed),
            seeds,
            tokens: tokens.iter().map(|t| t.as_bytes().to_vec()).collect(),
        }
    }

    /// The next input: one in 16 made from tokens alone, the rest a seed mutated 1–5 times.
    pub fn input(&mut self) -> Vec<u8> {
        let mut data = if self.rng.one_in(16) {
            self.generated()
        } else {
            self.seeds[self.rng.below(self.seeds.len())].clone()
        };
        for _ in 0..=self.rng.below(5) {
            self.mutate(&mut data);
        }
        data.truncate(MAX_LEN);
        data
    }

    fn token(&mut self) -> Vec<u8> {
        if self.tokens.is_empty() || self.rng.one_in(4) {
            vec![INTERESTING[self.rng.below(INTERESTING.len())]]
        } else {
            self.tokens[self.rng.below(self.tokens.len())].clone()
        }
    }

    /// A sequence of tokens and interesting bytes.
    fn generated(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        for _ in 0..self.rng.below(64) {
            out.extend(self.token());
        }
        out
    }

    fn mutate(&mut self, data: &mut Vec<u8>) {
        let len = data.len();
        let at = self.rng.below(len + 1);
        match self.rng.below(9) {
            // Flip one bit.
            0 if len > 0 => {
                let i = self.rng.below(len);
                data[i] ^= 1 << self.rng.below(8);
            }
            // Replace one byte with an interesting one.
            1 if len > 0 => {
                let i = self.rng.below(len);
                data[i] = INTERESTING[self.rng.below(INTERESTING.len())];
            }
            // Cut short (the most common damage a link suffers).
            2 => data.truncate(at),
            // Delete a range.
            3 if len > 0 => {
                let end = (at + 1 + self.rng.below(16)).min(len);
                data.drain(at.min(end)..end);
            }
            // Insert a token.
            4 | 5 => {
                let token = self.token();
                data.splice(at..at, token);
            }
            // Splice in a piece of another seed.
            6 => {
                let other = &self.seeds[self.rng.below(self.seeds.len())];
                let from = self.rng.below(other.len() + 1);
                let to = (from + self.rng.below(64)).min(other.len());
                let piece = other[from..to].to_vec();
                data.splice(at..at, piece);
            }
            // Duplicate a range.
            7 if len > 0 => {
                let end = (at + 1 + self.rng.below(32)).min(len);
                let piece = data[at.min(end)..end].to_vec();
                data.splice(at..at, piece);
            }
            // A long run: one token repeated up to thousands of times (nesting, long numbers).
            _ => {
                let token = self.token();
                let most = if self.rng.one_in(8) { 4_000 } else { 64 };
                let times = 1 + self.rng.below(most);
                let run: Vec<u8> = token
                    .iter()
                    .copied()
                    .cycle()
                    .take(token.len() * times)
                    .collect();
                data.splice(at..at, run);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mutator_is_deterministic_and_varied() {
        let make = || Mutator::new(7, vec![b"(a:1)".to_vec()], &["!t"]);
        let (mut a, mut b) = (make(), make());
        let first: Vec<_> = (0..200).map(|_| a.input()).collect();
        assert_eq!(first, (0..200).map(|_| b.input()).collect::<Vec<_>>());
        let distinct: std::collections::HashSet<_> = first.iter().collect();
        assert!(distinct.len() > 100, "{} distinct inputs", distinct.len());
    }
}
