//! From term occurrences to what the index stores: one posting per (term, document) with
//! per-field term frequencies, in the dictionary's order.

/// Every term occurrence, in document order, as runs: the occurrences of one field instance
/// are the term ids `ids[run.start..run.end]`, in document `run.tag >> 2`, field
/// `run.tag & 3`. A text that many fields share (a country's name, a sector) keeps one copy
/// of its ids, which all its runs point to.
#[derive(Default)]
pub(super) struct Occurrences {
    pub runs: Vec<Run>,
    pub ids: Vec<u32>,
}

/// The occurrences of one field instance; see [`Occurrences`].
#[derive(Clone, Copy)]
pub(super) struct Run {
    pub tag: u32,
    pub start: u32,
    pub end: u32,
}

/// Posting lists in dictionary order, built in place a bounded unit of work at a time:
/// given `order`, the term ids (as the occurrences use them) in the dictionary's order, the
/// result is each term's offset into the two arrays after it, then one posting per (term,
/// document), in document order, with per-field term frequencies.
///
/// Two passes over the occurrences: one counts each term's documents, so every posting list
/// gets its exact place, the other writes the postings there. Collecting the occurrences as
/// (term, document) pairs and sorting them by term moved 27 MB at ×100 instead.
pub(super) struct PostingLists {
    stage: PostingsStage,
    /// Each old term id's place in the dictionary.
    new_id: Vec<u32>,
    /// Documents in each term's posting list, then (summed) where each list starts.
    offsets: Vec<u32>,
    /// The last document counted or written for each term, + 1.
    last: Vec<u32>,
    /// Where each term's next posting goes.
    next: Vec<u32>,
    docs: Vec<u32>,
    tfs: Vec<[u8; 4]>,
}

/// Where a [`PostingLists`] build has got to; `at` counts ids, runs, terms or postings.
#[derive(Clone, Copy)]
enum PostingsStage {
    /// Renumbering the occurrences in dictionary order, once, so both passes index by the
    /// final term id.
    Renumber {
        at: usize,
    },
    Count {
        at: usize,
    },
    /// Summing the counts into offsets.
    Sum {
        at: usize,
    },
    /// Zeroing the postings, a piece at a time: one zeroed allocation may be cleared at
    /// once, 18 MB at ×100, when the allocator reuses memory (natively that took 2 ms).
    Zero,
    Write {
        at: usize,
    },
    Done,
}

/// Ids, terms or postings per unit of work (about 0.1 ms natively).
const UNIT: usize = 1 << 16;

impl PostingLists {
    /// Nothing built yet, for the terms in `order`.
    pub fn new(order: &[u32]) -> PostingLists {
        let mut new_id = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_id[old as usize] = new as u32;
        }
        PostingLists {
            stage: PostingsStage::Renumber { at: 0 },
            new_id,
            offsets: vec![0; order.len() + 1],
            last: vec![0; order.len()],
            next: Vec::new(),
            docs: Vec::new(),
            tfs: Vec::new(),
        }
    }

    /// Does one unit of work over `occurrences` (always the same ones); true once done.
    pub fn unit(&mut self, occurrences: &mut Occurrences) -> bool {
        // Slices, not `Vec`s, in the loops: indexing a slice is built into the language,
        // while a `Vec`'s `Index` is a call that opt-level "z" does not inline (natively the
        // counting loop went 10.7 → 4.0 ms at ×100).
        let terms = self.last.len();
        self.stage = match self.stage {
            PostingsStage::Renumber { at } => {
                let end = (at + UNIT).min(occurrences.ids.len());
                let new_id = &self.new_id[..];
                for id in &mut occurrences.ids[at..end] {
                    *id = new_id[*id as usize];
                }
                if end < occurrences.ids.len() {
                    PostingsStage::Renumber { at: end }
                } else {
                    self.new_id = Vec::new();
                    PostingsStage::Count { at: 0 }
                }
            }
            PostingsStage::Count { at } => {
                let end = (at + BLOCK).min(occurrences.runs.len());
                let runs = &occurrences.runs[at..end];
                count_block(runs, &occurrences.ids, &mut self.last, &mut self.offsets);
                if end < occurrences.runs.len() {
                    PostingsStage::Count { at: end }
                } else {
                    PostingsStage::Sum { at: 0 }
                }
            }
            PostingsStage::Sum { at } => {
                let end = (at + UNIT).min(terms);
                let offsets = &mut self.offsets[..];
                for t in at..end {
                    offsets[t + 1] += offsets[t];
                }
                if end < terms {
                    PostingsStage::Sum { at: end }
                } else {
                    let total = self.offsets[terms] as usize;
                    self.docs = Vec::with_capacity(total);
                    self.tfs = Vec::with_capacity(total);
                    PostingsStage::Zero
                }
            }
            PostingsStage::Zero => {
                let total = self.offsets[terms] as usize;
                let end = (self.docs.len() + UNIT * 2).min(total);
                zero_to(&mut self.docs, end);
                zero_to(&mut self.tfs, end);
                if end < total {
                    PostingsStage::Zero
                } else {
                    self.next = self.offsets[..terms].to_vec();
                    self.last.fill(0);
                    PostingsStage::Write { at: 0 }
                }
            }
            PostingsStage::Write { at } => {
                let end = (at + BLOCK).min(occurrences.runs.len());
                write_block(
                    &occurrences.runs[at..end],
                    &occurrences.ids,
                    &mut self.last,
                    &mut self.next,
                    &mut self.docs,
                    &mut self.tfs,
                );
                if end < occurrences.runs.len() {
                    PostingsStage::Write { at: end }
                } else {
                    PostingsStage::Done
                }
            }
            PostingsStage::Done => PostingsStage::Done,
        };
        matches!(self.stage, PostingsStage::Done)
    }

    /// Each term's offset (and the total after the last), then the postings' documents and
    /// term frequencies (call once [`PostingLists::unit`] has returned true).
    pub fn finish(self) -> (Vec<u32>, Vec<u32>, Vec<[u8; 4]>) {
        debug_assert!(matches!(self.stage, PostingsStage::Done));
        (self.offsets, self.docs, self.tfs)
    }
}

/// Extends `list` with zeros up to `len` items, copying a block of zeros at a time (a
/// `resize` stores them one by one at opt-level "z").
fn zero_to<T: Copy + Default>(list: &mut Vec<T>, len: usize) {
    let zeros = [T::default(); 1024];
    while list.len() < len {
        let n = (len - list.len()).min(zeros.len());
        list.extend_from_slice(&zeros[..n]);
    }
}

/// [`PostingLists`] at once.
#[cfg(test)]
fn postings(occurrences: &mut Occurrences, order: &[u32]) -> (Vec<u32>, Vec<u32>, Vec<[u8; 4]>) {
    let mut lists = PostingLists::new(order);
    while !lists.unit(occurrences) {}
    lists.finish()
}

/// Runs per call of [`count_block`] and [`write_block`]: a browser optimises a WebAssembly
/// function for its later calls only (see `reader::READ_BLOCK`), and one pass over all
/// 272,000 runs (at ×100) in one call would run as baseline code throughout.
const BLOCK: usize = 4096;

/// The counting pass of [`PostingLists`] over some runs.
#[inline(never)]
fn count_block(runs: &[Run], ids: &[u32], last: &mut [u32], offsets: &mut [u32]) {
    for r in runs {
        let d = r.tag >> 2;
        for &t in &ids[r.start as usize..r.end as usize] {
            if last[t as usize] != d + 1 {
                last[t as usize] = d + 1;
                offsets[t as usize + 1] += 1;
            }
        }
    }
}

/// The writing pass of [`PostingLists`] over some runs.
#[inline(never)]
fn write_block(
    runs: &[Run],
    ids: &[u32],
    last: &mut [u32],
    next: &mut [u32],
    docs: &mut [u32],
    tfs: &mut [[u8; 4]],
) {
    for r in runs {
        let (d, f) = (r.tag >> 2, (r.tag & 3) as usize);
        for &t in &ids[r.start as usize..r.end as usize] {
            let t = t as usize;
            if last[t] == d + 1 {
                let tf = &mut tfs[next[t] as usize - 1][f];
                *tf = tf.saturating_add(1);
            } else {
                last[t] = d + 1;
                let at = next[t] as usize;
                docs[at] = d;
                tfs[at][f] = 1;
                next[t] += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_match_a_plain_grouping_of_the_occurrences() {
        // Random runs over random terms, some shared between documents, against grouping
        // (term, document) pairs with a map: same documents, same order, same frequencies.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut random = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as u32
        };
        for terms in [1u32, 7, 300, 5000] {
            let mut occurrences = Occurrences::default();
            let mut expected = std::collections::BTreeMap::<(u32, u32), [u8; 4]>::new();
            for d in 0..2000u32 {
                for _ in 0..random(5) {
                    let f = random(4);
                    let shared = !occurrences.runs.is_empty() && random(3) == 0;
                    let (start, end) = if shared {
                        let r = occurrences.runs[random(occurrences.runs.len() as u64) as usize];
                        (r.start, r.end)
                    } else {
                        let start = occurrences.ids.len() as u32;
                        for _ in 0..random(300) {
                            let t = random(terms as u64);
                            occurrences.ids.push(t);
                        }
                        (start, occurrences.ids.len() as u32)
                    };
                    for &t in &occurrences.ids[start as usize..end as usize] {
                        let tf = &mut expected.entry((t, d)).or_default()[f as usize];
                        *tf = tf.saturating_add(1);
                    }
                    occurrences.runs.push(Run {
                        tag: d << 2 | f,
                        start,
                        end,
                    });
                }
            }
            // Dictionary order: the ids reversed, so renumbering is exercised.
            let order: Vec<u32> = (0..terms).rev().collect();
            let (offsets, docs, tfs) = postings(&mut occurrences, &order);
            assert_eq!(offsets.len(), terms as usize + 1);
            assert_eq!(docs.len(), expected.len(), "{terms} terms");
            for (new, &old) in order.iter().enumerate() {
                let range = offsets[new] as usize..offsets[new + 1] as usize;
                let want: Vec<(u32, [u8; 4])> = expected
                    .range((old, 0)..(old + 1, 0))
                    .map(|(&(_, d), &tf)| (d, tf))
                    .collect();
                let got: Vec<(u32, [u8; 4])> = docs[range.clone()]
                    .iter()
                    .copied()
                    .zip(tfs[range].iter().copied())
                    .collect();
                assert_eq!(got, want, "term {old} of {terms}");
            }
        }
    }
}
