//! Sorting through one compiled copy of the standard library's sort.
//!
//! Each `sort`, `sort_by_key` or `sort_unstable` call with another element type or comparator
//! compiles to its own copy of the standard sort, one to six kilobytes of wasm each. The helpers
//! here sort the positions `0..len` instead, comparing through a `&dyn Fn`, so every caller shares
//! one copy; what is left per caller is its comparison and a short loop that moves the items.
//!
//! They are stable (ties keep their order) and fast enough for what the page sorts — actors,
//! subregions, a few thousand claims when an index is built — but the indirect comparison makes
//! them slower than the standard sort: code that sorts in a hot loop should keep its own.
//!
//! ```
//! let mut words = vec!["pear", "fig", "apple", "kiwi"];
//! atlas_core::sort::sort_by_key(&mut words, |w| w.len());
//! assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
//! ```

use std::cmp::Ordering;

/// The positions `0..len` in the order `compare` puts them, ties in ascending position.
pub fn order_by(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let len = u32::try_from(len).expect("sorting fewer than 2^32 items");
    let mut order: Vec<u32> = (0..len).collect();
    // Ties broken by position make every order total, so the unstable sort (smaller code than the
    // stable one) gives the stable result.
    order.sort_unstable_by(|&a, &b| compare(a as usize, b as usize).then(a.cmp(&b)));
    order
}

/// Sorts `items` stably by `compare`, like [`slice::sort_by`].
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = order_by(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(order, &mut |a, b| items.swap(a, b));
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
