//! Sorting through one small compiled sort, shared by the whole app.
//!
//! Each `sort`, `sort_by_key` or `sort_unstable` call with another element type or comparator
//! compiles to its own copy of the standard sort, one to six kilobytes of wasm each. The helpers
//! here sort the positions `0..len` instead, comparing through a `&dyn Fn`, so every caller shares
//! one sort, [`order_by`]; what is left per caller is its comparison and a short loop that moves
//! the items. That one sort is a merge sort of thirty lines: the standard stable sort, even as a
//! single shared copy, costs more (`cargo xtask hand-written std-sort-once` measures it), and
//! `cargo xtask hand-written std-sort` what the standard sort at each call site would cost.
//!
//! They are stable (ties keep their order) and fast enough for what the page sorts — actors,
//! subregions, the claims once when an index is built (100,000 in some 40 ms natively) — but slower
//! than the standard sort: code that sorts in a hot loop should keep its own.
//!
//! ```
//! let mut words = vec!["pear", "fig", "apple", "kiwi"];
//! atlas_core::sort::sort_by_key(&mut words, |w| w.len());
//! assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
//! ```

use std::cmp::Ordering;

/// The positions `0..len` in the order `compare` puts them, ties in ascending position.
///
/// A bottom-up merge sort: runs of `width` positions, already in order, are merged pairwise into
/// runs twice as long. It is stable by construction and a fraction of the size of the standard
/// sort's code.
#[cfg(not(any(feature = "std-sort", feature = "std-sort-once")))]
pub fn order_by(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let count = u32::try_from(len).expect("sorting fewer than 2^32 items");
    let mut order: Vec<u32> = (0..count).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let (mid, end) = ((start + width).min(len), (start + 2 * width).min(len));
            if mid == end || !compare(order[mid] as usize, order[mid - 1] as usize).is_lt() {
                // Nothing to merge, or the two runs are in order already (as claims mostly come).
                merged[start..end].copy_from_slice(&order[start..end]);
                continue;
            }
            let (mut left, mut right) = (start, mid);
            for slot in &mut merged[start..end] {
                // The right run goes first only when strictly before: ties keep their order.
                let take_right = right < end
                    && (left == mid || compare(order[right] as usize, order[left] as usize).is_lt());
                let from = if take_right { &mut right } else { &mut left };
                *slot = order[*from];
                *from += 1;
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// The standard stable sort, only to measure what it costs (`cargo xtask hand-written`).
#[cfg(any(feature = "std-sort", feature = "std-sort-once"))]
pub fn order_by(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let count = u32::try_from(len).expect("sorting fewer than 2^32 items");
    let mut order: Vec<u32> = (0..count).collect();
    order.sort_by(|&a, &b| compare(a as usize, b as usize));
    order
}

/// Sorts `items` stably by `compare`, like [`slice::sort_by`].
#[cfg(not(feature = "std-sort"))]
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = order_by(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(order, &mut |a, b| items.swap(a, b));
}

/// [`slice::sort_by`] itself, a copy per caller, only to measure what that costs
/// (`cargo xtask hand-written`).
#[cfg(feature = "std-sort")]
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    items.sort_by(compare);
}

/// Sorts `items` stably by a key, like [`slice::sort_by_key`].
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in ascending order, like [`slice::sort`].
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Rearranges items so that position `i` holds the item that was at `order[i]`, by swaps: each
/// cycle of the permutation is walked once, and `order` is spent marking positions done.
#[cfg(not(feature = "std-sort"))]
fn permute(mut order: Vec<u32>, swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32;
            if from == start {
                break;
            }
            swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_like_the_standard_sort_ties_in_order() {
        let mut pairs = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (3, 'f')];
        sort_by_key(&mut pairs, |p| p.0);
        assert_eq!(pairs, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c'), (3, 'f')]);
        let mut empty: Vec<String> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    proptest! {
        #[test]
        fn any_list_sorts_as_the_standard_stable_sort_does(
            items in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)
        ) {
            let mut expected = items.clone();
            expected.sort_by_key(|i| i.0);
            let mut ours = items.clone();
            sort_by_key(&mut ours, |i| i.0);
            prop_assert_eq!(&ours, &expected);
            let order = order_by(items.len(), &|a, b| items[a].0.cmp(&items[b].0));
            prop_assert_eq!(order.iter().map(|&i| items[i as usize]).collect::<Vec<_>>(), expected);
        }
    }
}
