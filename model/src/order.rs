//! Sorting through one routine. Every `sort_by` with its own closure or item type is a
//! new copy of the sorting code in the widget's wasm; the model's lists are sorted here
//! instead, by comparing positions, so the sorting code is there once.

use crate::gather::Gather;
use std::cmp::Ordering;

/// The positions `0..n` in the order `cmp` gives them; equal items keep their order.
#[inline(never)]
#[allow(clippy::disallowed_methods)] // The one sort (clippy.toml sends every other here).
pub fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut out: Vec<usize> = (0..n).gather();
    out.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
    out
}

/// For each position `0..n`, the first position whose item `cmp` finds equal to it (its own
/// position when it is the first): finds repeats without a hash set of the items.
pub fn first_of_equal(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let sorted = order(n, cmp);
    let mut first = vec![0; n];
    for (k, &p) in sorted.iter().enumerate() {
        // Equal items keep their order, so a run of equals starts with its first position.
        first[p] = match k {
            0 => p,
            _ if cmp(sorted[k - 1], p) == Ordering::Equal => first[sorted[k - 1]],
            _ => p,
        };
    }
    first
}

/// Sorts `list` by `cmp`; equal items keep their order.
pub fn sort_by<T>(list: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = order(list.len(), &|a, b| cmp(&list[a], &list[b]));
    arrange(list, &order);
}

/// Sorts `list` by a key worked out once for each item; equal keys keep their order.
pub fn sort_by_key<T, K: Ord>(list: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = list.iter().map(key).gather();
    let order = order(list.len(), &|a, b| keys[a].cmp(&keys[b]));
    arrange(list, &order);
}

/// Sorts a slice by a key worked out once for each item; equal keys keep their order.
pub fn sort_slice_by_key<T: Copy, K: Ord>(list: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = list.iter().map(key).gather();
    let sorted: Vec<T> = order(list.len(), &|a, b| keys[a].cmp(&keys[b])).into_iter().map(|p| list[p]).gather();
    list.copy_from_slice(&sorted);
}

/// Sorts `list` in its items' own order.
pub fn sort<T: Ord>(list: &mut Vec<T>) {
    sort_by(list, T::cmp);
}

/// Puts the items of `list` at the positions `order` names.
fn arrange<T>(list: &mut Vec<T>, order: &[usize]) {
    let mut items: Vec<Option<T>> = list.drain(..).map(Some).gather();
    list.extend(order.iter().filter_map(|&p| items[p].take()));
}

#[cfg(test)]
mod tests {
    use super::{first_of_equal, order, sort, sort_by, sort_by_key, sort_slice_by_key};

    #[test]
    fn equal_items_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        let mut w = vec!["Beta", "alpha", "Alpha", "beta"];
        sort_by_key(&mut w, |s| s.to_ascii_lowercase());
        assert_eq!(w, ["alpha", "Alpha", "Beta", "beta"]);
        let mut n = vec![3, 1, 2, 1];
        sort(&mut n);
        assert_eq!(n, [1, 1, 2, 3]);
        assert_eq!(order(4, &|a, b| b.cmp(&a)), [3, 2, 1, 0]);
        let mut s = [5, 3, 4, 3];
        sort_slice_by_key(&mut s, |&x| std::cmp::Reverse(x));
        assert_eq!(s, [5, 4, 3, 3]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    #[allow(clippy::disallowed_methods)] // The standard sort, to compare with.
    fn agrees_with_the_standard_stable_sort() {
        // A fixed pseudo-random list with many ties.
        let mut seed = 12345u32;
        let list: Vec<(u8, u32)> = (0..2_000)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 24) as u8 % 17, i)
            })
            .collect();
        let mut mine = list.clone();
        sort_by_key(&mut mine, |x| x.0);
        let mut std_sorted = list;
        std_sorted.sort_by_key(|x| x.0);
        assert_eq!(mine, std_sorted);
    }

    #[test]
    fn first_of_equal_points_each_item_at_its_first_equal() {
        let items = [3, 1, 3, 2, 1, 3, 7];
        let first = first_of_equal(items.len(), &|a, b| items[a].cmp(&items[b]));
        assert_eq!(first, [0, 1, 0, 3, 1, 0, 6]);
        // Against the plain search, on a list with many repeats.
        let many: Vec<u32> = (0..500u32).map(|i| (i * 7919) % 37).collect();
        let first = first_of_equal(many.len(), &|a, b| many[a].cmp(&many[b]));
        for (i, x) in many.iter().enumerate() {
            assert_eq!(first[i], many.iter().position(|y| y == x).unwrap_or(usize::MAX));
        }
        assert!(first_of_equal(0, &|_, _| std::cmp::Ordering::Equal).is_empty());
    }
}
