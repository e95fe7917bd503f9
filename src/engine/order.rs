//! Stable sorting by an instant, with one copy of the sorting code for the whole program.
//!
//! Each `sort_by_key` call is its own monomorphised copy of the standard library's stable sort
//! (about 3 KB of wasm each, a dozen of them in the browser bundle). Here the sort runs once over
//! `(instant, position)` pairs, whose type is the same for every caller, and the items are then
//! moved into that order: only the small moving step is copied per item type.

use super::Instant;

/// Sorts `items` by the instant `at` gives, keeping items with the same instant in their
/// order: the result of `items.sort_by_key(at)`.
pub fn sort_by_instant<T>(items: &mut Vec<T>, at: impl Fn(&T) -> Instant) {
    let keys: Vec<(Instant, usize)> = items.iter().map(at).zip(0..).collect();
    arrange(items, sorted(keys));
}

/// `keys` in order; the position breaks ties, so the sort is stable although unstable.
fn sorted(mut keys: Vec<(Instant, usize)>) -> Vec<(Instant, usize)> {
    keys.sort_unstable();
    keys
}

/// Moves `items` into the order of the positions in `order` (a permutation of them).
fn arrange<T>(items: &mut Vec<T>, order: Vec<(Instant, usize)>) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|(_, i)| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;

    #[test]
    fn sorts_like_the_stable_sort_by_key() {
        let base: Instant = "2026-01-05T09:00:00Z".parse().unwrap();
        // Many ties and a long run, so stability and every branch of the sort are exercised.
        let mut items: Vec<(i64, usize)> = (0..200)
            .map(|i| ((i * 7919 + 13) % 23 - 11, i as usize))
            .collect();
        let at = |&(m, _): &(i64, usize)| base + TimeDelta::minutes(m);
        let mut expected = items.clone();
        expected.sort_by_key(at);
        sort_by_instant(&mut items, at);
        assert_eq!(items, expected);
        let mut empty: Vec<(i64, usize)> = Vec::new();
        sort_by_instant(&mut empty, at);
        assert!(empty.is_empty());
    }
}
