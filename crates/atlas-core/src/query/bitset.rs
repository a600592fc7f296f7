//! [`Bitset`]: the sets of claim positions the index filters with.

/// A fixed-length set of claim positions, 64 to a word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Bitset {
    pub(super) words: Vec<u64>,
    pub(super) len: usize,
}

impl Bitset {
    pub(super) fn empty(len: usize) -> Bitset {
        Bitset { words: vec![0; len.div_ceil(64)], len }
    }

    #[cfg(test)]
    pub(super) fn full(len: usize) -> Bitset {
        let mut b = Bitset::empty(len);
        b.set_range(0, len);
        b
    }

    pub(super) fn set(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    pub(super) fn get(&self, i: usize) -> bool {
        self.words.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// Sets positions `lo..hi`.
    pub(super) fn set_range(&mut self, lo: usize, hi: usize) {
        let hi = hi.min(self.len);
        if lo >= hi {
            return;
        }
        let (first, last) = (lo / 64, (hi - 1) / 64);
        for w in first..=last {
            let start = if w == first { lo % 64 } else { 0 };
            let end = if w == last { (hi - 1) % 64 + 1 } else { 64 };
            let ones = if end - start == 64 { u64::MAX } else { ((1u64 << (end - start)) - 1) << start };
            self.words[w] |= ones;
        }
    }

    pub(super) fn and(&mut self, other: &Bitset) {
        self.words.iter_mut().zip(&other.words).for_each(|(a, b)| *a &= b);
    }

    pub(super) fn or(&mut self, other: &Bitset) {
        self.words.iter_mut().zip(&other.words).for_each(|(a, b)| *a |= b);
    }

    pub(super) fn and_not(&mut self, other: &Bitset) {
        self.words.iter_mut().zip(&other.words).for_each(|(a, b)| *a &= !b);
    }

    pub(super) fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub(super) fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let bit = w.trailing_zeros() as usize;
                    w &= w - 1;
                    i * 64 + bit
                })
            })
        })
    }

    /// Keeps only the positions for which `keep` holds.
    pub(super) fn retain(&mut self, mut keep: impl FnMut(usize) -> bool) {
        for (i, word) in self.words.iter_mut().enumerate() {
            let mut w = *word;
            let mut kept = 0;
            while w != 0 {
                let bit = w.trailing_zeros();
                w &= w - 1;
                if keep(i * 64 + bit as usize) {
                    kept |= 1 << bit;
                }
            }
            *word = kept;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    pub(super) fn bitset_ranges_cover_exactly_the_positions_asked() {
        for len in [0, 1, 63, 64, 65, 130] {
            for lo in 0..=len.min(70) {
                for hi in [lo, lo + 1, lo + 63, lo + 64, lo + 65, len] {
                    let mut b = Bitset::empty(len);
                    b.set_range(lo, hi);
                    let expected: Vec<usize> = (lo..hi.min(len)).collect();
                    assert_eq!(b.ones().collect::<Vec<_>>(), expected, "len {len} {lo}..{hi}");
                }
            }
            assert_eq!(Bitset::full(len).count(), len);
        }
    }
}
