//! The dictionary's long words, kept apart as plain text, so a query word is found inside
//! them (`lackierer` in `fahrzeuglackierer`) without reading the whole dictionary: the ×100
//! dictionary has 68,000 terms, mostly codes and numbers, and streaming them all out of the
//! `fst` took about 9 ms natively, on every keystroke of a word that matched nothing.

/// Shortest part of a compound word: shorter pieces (`bau`, `ei`) would split any word.
pub(crate) const MIN_PART_BYTES: usize = 4;

/// The dictionary's words of letters `a`–`z` long enough to hold two parts of a compound
/// ([`MIN_PART_BYTES`] each), in dictionary order, with their term ids.
#[derive(Default)]
pub(crate) struct LongWords {
    /// The words, one after the other.
    text: Vec<u8>,
    /// Each word's end in `text` and its term id (a dictionary of 4 billion terms would
    /// not fit in a browser's memory anyway).
    words: Vec<(u32, u32)>,
}

impl LongWords {
    /// Keeps dictionary term `term`, numbered `id`, if it is a long word; call in
    /// dictionary order.
    pub(crate) fn push(&mut self, term: &[u8], id: u64) {
        if term.len() >= 2 * MIN_PART_BYTES && term.iter().all(u8::is_ascii_lowercase) {
            self.text.extend_from_slice(term);
            self.words.push((self.text.len() as u32, id as u32));
        }
    }

    /// Calls `found(id, length)` for each word holding `part` after at least
    /// [`MIN_PART_BYTES`] of another (`fahrzeug` in `elektrofahrzeuge`, not `urin` in
    /// `turin`), in dictionary order, until it returns false.
    pub(crate) fn holding(&self, part: &[u8], mut found: impl FnMut(u64, usize) -> bool) {
        if part.is_empty() {
            return;
        }
        let mut start = 0;
        for &(end, id) in &self.words {
            let word = &self.text[start..end as usize];
            start = end as usize;
            let inside = word
                .get(MIN_PART_BYTES..)
                .is_some_and(|rest| rest.windows(part.len()).any(|w| w == part));
            if inside && !found(u64::from(id), word.len()) {
                return;
            }
        }
    }

    /// Bytes held.
    pub(crate) fn bytes(&self) -> usize {
        self.text.len() + self.words.len() * std::mem::size_of::<(u32, u32)>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_is_found_after_a_first_part_only() {
        let mut words = LongWords::default();
        for (id, term) in [
            "brs-auto",
            "fahrzeuglackierer",
            "lackierer",
            "turinstadt",
            "x",
        ]
        .iter()
        .enumerate()
        {
            words.push(term.as_bytes(), id as u64);
        }
        let found = |part: &str| {
            let mut ids = Vec::new();
            words.holding(part.as_bytes(), |id, len| {
                ids.push((id, len));
                true
            });
            ids
        };
        // `lackierer` alone starts with the part; `brs-auto` and `x` are no long words.
        assert_eq!(found("lackierer"), [(1, 17)]);
        assert_eq!(found("urin"), []);
        assert_eq!(found("stadt"), [(3, 10)]);
        assert_eq!(found("auto"), []);
    }
}
