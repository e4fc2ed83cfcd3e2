//! The dictionary's order: the term ids sorted by the bytes of their terms, a bounded unit of
//! work at a time (a merge sort whose merges stop and resume), so a sliced index build never
//! sorts 68,000 terms (×100) in one go.

use super::interner::Interner;

/// Keys per sorted run, the first units of work (a run sorts in about 0.1 ms at ×100).
const RUN: usize = 2048;
/// Keys made, or written by a merge, per unit.
const MERGE_UNIT: usize = 16_384;

/// The ids of some terms, being put in byte order of their strings. Each term is keyed by
/// its first twelve bytes and its id packed in one number: sorting the numbers puts them in
/// order, but for the few runs of terms that share their first twelve bytes, which are
/// then sorted by their whole strings.
pub(super) struct TermOrder {
    keys: Vec<u128>,
    /// Where a merge pass writes, then swapped with `keys`.
    spare: Vec<u128>,
    stage: SortStage,
}

/// Where a [`TermOrder`] has got to.
enum SortStage {
    /// Keying the terms from `at` on.
    Key {
        at: usize,
    },
    /// Sorting the run starting at `at`.
    Runs {
        at: usize,
    },
    /// Merging runs of `width` keys in pairs: the pair starting at `lo`, with `left` and
    /// `right` the next key of each half.
    Merge {
        width: usize,
        lo: usize,
        left: usize,
        right: usize,
    },
    /// Putting the terms that share a key's bytes in order, from `at` on; the current run
    /// of such terms starts at `run`.
    Ties {
        at: usize,
        run: usize,
    },
    Sorted,
}

impl TermOrder {
    /// The order of no terms yet: [`TermOrder::unit`] keys, then sorts, all of `terms`.
    pub fn new() -> TermOrder {
        TermOrder {
            keys: Vec::new(),
            spare: Vec::new(),
            stage: SortStage::Key { at: 0 },
        }
    }

    /// Does one unit of sorting `terms` (always the same terms); true once they are sorted.
    pub fn unit(&mut self, terms: &Interner) -> bool {
        let n = terms.len();
        match self.stage {
            SortStage::Key { at } => {
                if at == 0 {
                    self.keys.reserve_exact(n);
                }
                let end = (at + MERGE_UNIT).min(n);
                self.keys.extend(
                    (at as u32..end as u32)
                        .map(|id| prefix_key(terms.get(id)) << 32 | u128::from(id)),
                );
                self.stage = if end == n {
                    SortStage::Runs { at: 0 }
                } else {
                    SortStage::Key { at: end }
                };
            }
            SortStage::Runs { at } => {
                let end = (at + RUN).min(n);
                self.keys[at..end].sort_unstable();
                self.stage = if end < n {
                    SortStage::Runs { at: end }
                } else if n > RUN {
                    self.spare = vec![0; n];
                    SortStage::Merge {
                        width: RUN,
                        lo: 0,
                        left: 0,
                        right: RUN,
                    }
                } else {
                    SortStage::Ties { at: 0, run: 0 }
                };
            }
            SortStage::Merge { .. } => self.merge_unit(),
            SortStage::Ties { at, run } => {
                let end = (at + MERGE_UNIT).min(n);
                let keys = &mut self.keys[..];
                let mut run = run;
                for i in at..=end {
                    if i == n || keys[i] >> 32 != keys[run] >> 32 {
                        if i - run > 1 {
                            keys[run..i].sort_unstable_by(|&a, &b| {
                                terms.get(a as u32).cmp(terms.get(b as u32))
                            });
                        }
                        run = i;
                    }
                }
                self.stage = if end < n {
                    SortStage::Ties { at: end + 1, run }
                } else {
                    SortStage::Sorted
                };
            }
            SortStage::Sorted => {}
        }
        matches!(self.stage, SortStage::Sorted)
    }

    /// Writes up to [`MERGE_UNIT`] keys of the current merge pass, into the next passes
    /// when one ends.
    fn merge_unit(&mut self) {
        let TermOrder { keys, spare, stage } = self;
        let SortStage::Merge {
            width,
            lo,
            left,
            right,
        } = stage
        else {
            return;
        };
        let n = keys.len();
        let mut budget = MERGE_UNIT;
        while budget > 0 {
            let (mid, hi) = ((*lo + *width).min(n), (*lo + 2 * *width).min(n));
            let (mut l, mut r) = (*left, *right);
            // Slices, not `Vec`s: opt-level "z" does not inline a `Vec`'s `Index`.
            let (from, to) = (&keys[..], &mut spare[..]);
            while budget > 0 && (l < mid || r < hi) {
                let out = l + r - mid;
                if r == hi || (l < mid && from[l] < from[r]) {
                    to[out] = from[l];
                    l += 1;
                } else {
                    to[out] = from[r];
                    r += 1;
                }
                budget -= 1;
            }
            (*left, *right) = (l, r);
            if l < mid || r < hi {
                return; // the budget ran out within this pair
            }
            *lo = hi;
            if *lo == n {
                std::mem::swap(keys, spare);
                *width *= 2;
                *lo = 0;
                if *width >= n {
                    *spare = Vec::new();
                    *stage = SortStage::Ties { at: 0, run: 0 };
                    return;
                }
            }
            *left = *lo;
            *right = (*lo + *width).min(n);
        }
    }

    /// The sorted ids (call once [`TermOrder::unit`] has returned true).
    pub fn into_order(self) -> Vec<u32> {
        debug_assert!(matches!(self.stage, SortStage::Sorted));
        self.keys.iter().map(|&k| k as u32).collect()
    }
}

/// The ids of `terms` in byte order of their strings (the dictionary's order), at once.
#[cfg(test)]
pub(super) fn sort_terms(terms: &Interner) -> Vec<u32> {
    let mut order = TermOrder::new();
    while !order.unit(terms) {}
    order.into_order()
}

/// The first twelve bytes of `bytes`, zero-padded, as a big-endian number: when two keys
/// differ, the strings compare the same way (equal keys need the full comparison). Twelve
/// bytes tell most codes apart (`brs-auto-000…`), which eight (`brs-auto`) did not.
fn prefix_key(bytes: &[u8]) -> u128 {
    let mut key = [0u8; 16];
    let n = bytes.len().min(PREFIX);
    key[4..4 + n].copy_from_slice(&bytes[..n]);
    u128::from_be_bytes(key)
}

/// Bytes of a term in its key.
const PREFIX: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_sort_in_byte_order() {
        let words = [
            "ab",
            "ab\0",
            "abc",
            "abcdefgh",
            "abcdefgh\0",
            "abcdefghi",
            "abcdefgg",
            "a",
            "",
            "汽车",
            "汽",
            "türkiye",
            "turkiye",
            "zz",
            "\u{7f}",
            "brs-auto-003",
            "brs-auto-0031",
        ];
        let mut terms = Interner::with_capacity(4, 4);
        for w in words {
            terms.intern(w.as_bytes());
        }
        let sorted: Vec<&str> = sort_terms(&terms)
            .into_iter()
            .map(|id| words[id as usize])
            .collect();
        let mut expected = words.to_vec();
        expected.sort_unstable();
        assert_eq!(sorted, expected);
    }

    #[test]
    fn many_terms_sort_over_several_runs_and_merge_passes() {
        // Codes share their first twelve bytes (`brs-auto-000`), so ties on the key are common;
        // counts around the run length and its multiples leave pairs without a right half.
        for n in [
            0,
            1,
            RUN - 1,
            RUN,
            RUN + 1,
            3 * RUN + 7,
            5 * RUN,
            9 * RUN + 1,
        ] {
            let mut terms = Interner::with_capacity(n, n * 12);
            let mut seed = 0x9e37_79b9_7f4a_7c15u64;
            while terms.len() < n {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let word = match seed >> 62 {
                    0 => format!("brs-auto-{:05}", seed >> 40 & 0xffff),
                    1 => format!("{:x}", seed >> 20),
                    2 => char::from_u32(0x4e00 + (seed >> 40) as u32 % 900)
                        .map_or(String::new(), |c| format!("{c}{}", seed % 7)),
                    _ => format!("w{}", seed >> 50),
                };
                terms.intern(word.as_bytes());
            }
            let mut order = TermOrder::new();
            let mut units = 0;
            while !order.unit(&terms) {
                units += 1;
            }
            let sorted: Vec<&[u8]> = order.into_order().iter().map(|&id| terms.get(id)).collect();
            let mut expected: Vec<&[u8]> = (0..n as u32).map(|id| terms.get(id)).collect();
            expected.sort_unstable();
            assert_eq!(sorted, expected, "{n} terms");
            assert!(units >= n / RUN, "{n} terms in {units} units");
        }
    }
}
