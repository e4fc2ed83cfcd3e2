//! From term occurrences to what the index stores: the dictionary's terms in byte order, and
//! one posting per (term, document) with per-field term frequencies.

use super::interner::Interner;

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

/// Posting lists in dictionary order, built in place: `order` lists the term ids (as the
/// occurrences use them) in the dictionary's order, and the result is each term's offset
/// into the two arrays after it, then one posting per (term, document), in document order,
/// with per-field term frequencies.
///
/// Two passes over the occurrences: one counts each term's documents, so every posting list
/// gets its exact place, the other writes the postings there. Collecting the occurrences as
/// (term, document) pairs and sorting them by term moved 27 MB at ×100 instead.
pub(super) fn postings(
    occurrences: &mut Occurrences,
    order: &[u32],
) -> (Vec<u32>, Vec<u32>, Vec<[u8; 4]>) {
    // Slices, not `Vec`s, in the loops: indexing a slice is built into the language, while a
    // `Vec`'s `Index` is a call that opt-level "z" does not inline (natively the counting
    // loop went 10.7 → 4.0 ms at ×100).
    //
    // Renumber the occurrences in dictionary order, once, so both passes index by the
    // final term id.
    let mut new_id_vec = vec![0u32; order.len()];
    let new_id = &mut new_id_vec[..];
    for (new, &old) in order.iter().enumerate() {
        new_id[old as usize] = new as u32;
    }
    for id in &mut occurrences.ids {
        *id = new_id[*id as usize];
    }
    // Documents in each term's posting list; `last` is the last document counted + 1.
    let mut offsets_vec = vec![0u32; order.len() + 1];
    let mut last_vec = vec![0u32; order.len()];
    let (offsets, last) = (&mut offsets_vec[..], &mut last_vec[..]);
    for runs in occurrences.runs.chunks(BLOCK) {
        count_block(runs, &occurrences.ids, last, offsets);
    }
    for t in 0..order.len() {
        offsets[t + 1] += offsets[t];
    }
    let total = offsets[order.len()] as usize;
    let mut docs_vec = vec![0u32; total];
    let mut tfs_vec = vec![[0u8; 4]; total];
    let (docs, tfs) = (&mut docs_vec[..], &mut tfs_vec[..]);
    // `next[t]`: where term `t`'s next posting goes; `last[t]` is again the document of its
    // latest one, + 1.
    let mut next_vec = offsets[..order.len()].to_vec();
    let next = &mut next_vec[..];
    last.fill(0);
    for runs in occurrences.runs.chunks(BLOCK) {
        write_block(runs, &occurrences.ids, last, next, docs, tfs);
    }
    (offsets_vec, docs_vec, tfs_vec)
}

/// Runs per call of [`count_block`] and [`write_block`]: a browser optimises a WebAssembly
/// function for its later calls only (see `index::READ_BLOCK`), and one pass over all
/// 272,000 runs (at ×100) in one call would run as baseline code throughout.
const BLOCK: usize = 4096;

/// The counting pass of [`postings`] over some runs.
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

/// The writing pass of [`postings`] over some runs.
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

/// The ids of `terms` in byte order of their strings (the dictionary's order). They are
/// sorted by their first eight bytes and id packed in one number, a plain integer sort; only
/// the few runs of terms that share their first eight bytes then compare whole strings.
pub(super) fn sort_terms(terms: &Interner) -> Vec<u32> {
    let mut keyed: Vec<u128> = (0..terms.len() as u32)
        .map(|id| u128::from(prefix_key(terms.get(id))) << 32 | u128::from(id))
        .collect();
    keyed.sort_unstable();
    let mut order: Vec<u32> = keyed.iter().map(|&k| k as u32).collect();
    let mut run = 0;
    for at in 1..=keyed.len() {
        if at == keyed.len() || keyed[at] >> 32 != keyed[run] >> 32 {
            if at - run > 1 {
                order[run..at].sort_unstable_by(|&a, &b| terms.get(a).cmp(terms.get(b)));
            }
            run = at;
        }
    }
    order
}

/// The first eight bytes of `bytes`, zero-padded, as a big-endian number: when two keys
/// differ, the strings compare the same way (equal keys need the full comparison).
fn prefix_key(bytes: &[u8]) -> u64 {
    let mut key = [0u8; 8];
    let n = bytes.len().min(8);
    key[..n].copy_from_slice(&bytes[..n]);
    u64::from_be_bytes(key)
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
}
