//! Expanding one query term into the dictionary terms it matches, each with a match quality:
//! exact > prefix > typo > typo in a prefix. The quality multiplies the term's BM25 score, so
//! among equally relevant documents an exact match ranks first.

use fst::automaton::{Automaton, Str};
use fst::{IntoStreamer, Streamer};

use super::fuzzy::Fuzzy;
use super::index::SearchIndex;
use super::query::QueryTerm;

/// Most dictionary terms one query term expands to. A one-letter prefix of a ×100 index
/// matches thousands of terms; past this many the rest are not looked at (they are the
/// longest, lowest-quality prefix matches of a word still being typed, or far typos).
pub const MAX_EXPANSIONS: usize = 256;

/// Quality of an exact match.
pub(crate) const EXACT: f32 = 1.0;
/// Quality of a typo match, by number of edits.
const TYPO: [f32; 3] = [EXACT, 0.5, 0.3];
/// Quality of a match where a prefix of the dictionary term has typos (`mechtr` → `mechatronik`).
const TYPO_IN_PREFIX: [f32; 3] = [EXACT, 0.35, 0.2];

impl SearchIndex {
    /// Fills `out` with (term id, quality) for the dictionary terms matching `term`, at most
    /// [`MAX_EXPANSIONS`]; an empty term matches none. Says whether the term itself was
    /// found, as a dictionary term or (while typed) the start of one: false when nothing
    /// matched or only typos did.
    pub(crate) fn expand(&self, term: &QueryTerm, out: &mut Vec<(u64, f32)>) -> bool {
        out.clear();
        let text = term.text.as_str();
        if text.is_empty() {
            return false;
        }
        if let Some(id) = self.terms.get(text) {
            out.push((id, EXACT));
        }
        if term.typos == 0 {
            if term.prefix {
                let mut stream = self
                    .terms
                    .search(Str::new(text).starts_with())
                    .into_stream();
                while let Some((key, id)) = stream.next() {
                    if out.len() == MAX_EXPANSIONS {
                        break;
                    }
                    if key.len() > text.len() {
                        out.push((id, prefix_quality(text.len(), key.len())));
                    }
                }
            }
            return !out.is_empty();
        }
        let mut itself = !out.is_empty();
        // In prefix mode the typo automaton also finds every plain prefix match: one pass.
        let fuzzy = Fuzzy::new(text, term.typos, term.prefix);
        let whole = Fuzzy::new(text, term.typos, false);
        let query_chars = text.chars().count();
        let mut stream = self.terms.search(&fuzzy).into_stream();
        while let Some((key, id)) = stream.next() {
            if out.len() == MAX_EXPANSIONS {
                break;
            }
            if key == text.as_bytes() {
                continue; // added above
            }
            if term.prefix && key.starts_with(text.as_bytes()) {
                out.push((id, prefix_quality(text.len(), key.len())));
                itself = true;
                continue;
            }
            let key = std::str::from_utf8(key).unwrap_or_default();
            // Only a key of about the query's length can be a whole-word typo match.
            let near_length = key.chars().count().abs_diff(query_chars) <= term.typos as usize;
            let whole_edits = if near_length {
                whole.distance(key)
            } else {
                None
            };
            let quality = match whole_edits {
                Some(edits) => TYPO[edits as usize],
                None => TYPO_IN_PREFIX[fuzzy.distance(key).unwrap_or(term.typos) as usize],
            };
            out.push((id, quality));
        }
        itself
    }
}

/// A prefix that covers most of the term is almost as good as the term itself; a one-letter
/// prefix still beats a typo.
pub(super) fn prefix_quality(prefix_len: usize, term_len: usize) -> f32 {
    0.55 + 0.35 * prefix_len as f32 / term_len as f32
}
