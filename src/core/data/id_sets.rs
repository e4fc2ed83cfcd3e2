//! The id sets validation checks references against: each section's ids with where they
//! are listed, and the listed country codes as a table of bits.

use std::collections::hash_map::Entry;

use crate::core::fast_hash::FastMap;

use super::problems::{index, join, Problem, ProblemKind, Problems, Severity};

/// The ids of one section: where each id is listed first and last, and for every entry the
/// position of the first entry with its id (empty ids are left out).
pub(super) struct Ids<'a> {
    /// Each id's first and last position.
    at: FastMap<&'a str, (usize, usize)>,
    /// For every entry, the position of the first entry with its id (its own if unique).
    pub(super) first: Vec<usize>,
}

impl Ids<'_> {
    /// Whether `id` is listed.
    pub(super) fn contains(&self, id: &str) -> bool {
        self.at.contains_key(id)
    }

    /// Where `id` is listed first.
    pub(super) fn first_of(&self, id: &str) -> Option<usize> {
        self.at.get(id).map(|&(first, _)| first)
    }

    /// Where `id` is listed last.
    pub(super) fn last_of(&self, id: &str) -> Option<usize> {
        self.at.get(id).map(|&(_, last)| last)
    }
}

/// Collects the ids of one section, reporting duplicates; empty ids were reported already.
pub(super) fn ids<'a>(
    out: &mut Problems,
    section: &str,
    all: impl Iterator<Item = &'a str>,
) -> Ids<'a> {
    // Sized up front: growing rehashed every id several times over (a tenth of loading a
    // ×100 dataset in wasm went to hashing).
    let n = all.size_hint().0;
    let mut at = FastMap::with_capacity_and_hasher(n, Default::default());
    let mut first = Vec::with_capacity(n);
    for (i, id) in all.enumerate() {
        if id.is_empty() {
            first.push(i);
            continue;
        }
        match at.entry(id) {
            Entry::Vacant(e) => {
                e.insert((i, i));
                first.push(i);
            }
            Entry::Occupied(mut e) => {
                let (f, _) = *e.get();
                e.insert((f, i));
                first.push(f);
                out.push_with(Severity::Error, || {
                    let msg = format!("id \"{id}\" is used by an earlier entry");
                    let key = if section == "standards" { "code" } else { "id" };
                    Problem::error(join(&index(section, i), key), ProblemKind::DuplicateId, msg)
                });
            }
        }
    }
    Ids { at, first }
}

/// The listed countries, for the 90,000 country references of a ×100 dataset: a code of
/// three capital letters (every valid one) is a bit in a table of all 26³ such codes,
/// looked up without hashing; any other text is looked up in the set.
pub(super) struct CountryCodes<'a, 'b> {
    letters: [u64; 26 * 26 * 26 / 64 + 1],
    listed: &'b Ids<'a>,
}

impl<'a, 'b> CountryCodes<'a, 'b> {
    /// The table of `listed`'s codes.
    pub(super) fn new(listed: &'b Ids<'a>) -> Self {
        let mut letters = [0; 26 * 26 * 26 / 64 + 1];
        for i in listed.at.keys().filter_map(|id| letter_code(id)) {
            letters[i / 64] |= 1 << (i % 64);
        }
        Self { letters, listed }
    }

    /// Whether `id` is listed, as `listed.contains(id)` answers.
    pub(super) fn contains(&self, id: &str) -> bool {
        match letter_code(id) {
            Some(i) => self.letters[i / 64] >> (i % 64) & 1 == 1,
            None => self.listed.contains(id),
        }
    }
}

/// A code of three capital letters as a number below 26³.
fn letter_code(id: &str) -> Option<usize> {
    match *id.as_bytes() {
        [a @ b'A'..=b'Z', b @ b'A'..=b'Z', c @ b'A'..=b'Z'] => {
            let digit = |x: u8| usize::from(x - b'A');
            Some((digit(a) * 26 + digit(b)) * 26 + digit(c))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{ids, CountryCodes};

    #[test]
    fn country_codes_hold_exactly_the_listed_ids() {
        let listed = ["AAA", "KEN", "ZZZ", "ken", "K3N", "KE", "KENY", "Ä"];
        let listed = ids(&mut Default::default(), "countries", listed.into_iter());
        let codes = CountryCodes::new(&listed);
        for id in [
            "AAA", "AAB", "KEN", "KEM", "ZZZ", "ZZY", "ken", "kem", "K3N", "KE", "KENY", "Ä", "Å",
            "THA", "", "@AA", "[AA",
        ] {
            assert_eq!(codes.contains(id), listed.contains(id), "{id:?}");
        }
    }
}
