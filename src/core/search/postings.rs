//! From term occurrences to what the index stores: occurrences grouped by term (a stable
//! counting sort), the dictionary's terms in byte order, and one posting per (term,
//! document) with per-field term frequencies.

/// Term occurrences grouped by term: those of term `t` are `fields[starts[t]..starts[t + 1]]`,
/// each `document << 2 | field`, in document order.
pub(super) struct ByTerm {
    starts: Vec<u32>,
    fields: Vec<u32>,
}

/// Posting lists in dictionary order: for the terms `sorted` (each with its id in
/// `by_term`), the offsets of each term's postings, their documents and per-field term
/// frequencies, one posting per (term, document).
pub(super) fn postings(
    sorted: &[(String, u32)],
    by_term: &ByTerm,
) -> (Vec<u32>, Vec<u32>, Vec<[u8; 4]>) {
    let mut offsets = Vec::with_capacity(sorted.len() + 1);
    // At most one posting per occurrence.
    let mut posting_docs = Vec::with_capacity(by_term.fields.len());
    let mut posting_tfs = Vec::with_capacity(by_term.fields.len());
    for (_, old_id) in sorted {
        let first = posting_docs.len();
        offsets.push(first as u32);
        let range = by_term.starts[*old_id as usize] as usize
            ..by_term.starts[*old_id as usize + 1] as usize;
        for &df in &by_term.fields[range] {
            let (d, f) = (df >> 2, (df & 3) as usize);
            // A new posting per document, not continuing the previous term's last one.
            if posting_docs.len() == first || posting_docs.last() != Some(&d) {
                posting_docs.push(d);
                posting_tfs.push([0u8; 4]);
            }
            let tfs = posting_tfs.last_mut().expect("pushed above");
            tfs[f] = tfs[f].saturating_add(1);
        }
    }
    offsets.push(posting_docs.len() as u32);
    posting_docs.shrink_to_fit();
    posting_tfs.shrink_to_fit();
    (offsets, posting_docs, posting_tfs)
}

/// Counting sort of `(term id, document << 2 | field)` occurrences by term id; stable, so
/// each term's occurrences stay in document order.
pub(super) fn sort_by_term(occurrences: &[(u32, u32)], terms: usize) -> ByTerm {
    let mut starts = vec![0u32; terms + 1];
    for &(id, _) in occurrences {
        starts[id as usize + 1] += 1;
    }
    for t in 0..terms {
        starts[t + 1] += starts[t];
    }
    let mut next = starts.clone();
    let mut fields = vec![0u32; occurrences.len()];
    for &(id, df) in occurrences {
        let at = &mut next[id as usize];
        fields[*at as usize] = df;
        *at += 1;
    }
    ByTerm { starts, fields }
}

/// `terms` in byte order (the dictionary's order). Each is keyed by its first eight bytes
/// first, so most comparisons never read the strings, which lie all over memory.
pub(super) fn sort_terms(terms: Vec<(String, u32)>) -> Vec<(String, u32)> {
    let mut keyed: Vec<(u64, (String, u32))> = terms
        .into_iter()
        .map(|t| (prefix_key(t.0.as_bytes()), t))
        .collect();
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1 .0.cmp(&b.1 .0)));
    keyed.into_iter().map(|(_, t)| t).collect()
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
    fn occurrences_sort_stably_by_term_with_any_number_of_terms() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for terms in [1usize, 7, 5000, 70_000] {
            let occurrences: Vec<(u32, u32)> = (0..20_000u32)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % terms as u64) as u32, i)
                })
                .collect();
            let mut expected = occurrences.clone();
            expected.sort_by_key(|&(id, _)| id); // stable
            let by_term = sort_by_term(&occurrences, terms);
            assert_eq!(
                by_term.fields,
                expected.iter().map(|&(_, df)| df).collect::<Vec<_>>(),
                "{terms} terms"
            );
            for t in 0..terms {
                let range = by_term.starts[t] as usize..by_term.starts[t + 1] as usize;
                assert!(expected[range].iter().all(|&(id, _)| id as usize == t));
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
        let terms: Vec<(String, u32)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.to_string(), i as u32))
            .collect();
        let mut expected = terms.clone();
        expected.sort_unstable();
        assert_eq!(sort_terms(terms), expected);
    }
}
