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
    /// [`MAX_EXPANSIONS`]; an empty term matches none.
    pub(crate) fn expand(&self, term: &QueryTerm, out: &mut Vec<(u64, f32)>) {
        out.clear();
        let text = term.text.as_str();
        if text.is_empty() {
            return;
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
            return;
        }
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
    }
}

/// Shortest part of a compound word: shorter pieces (`bau`, `ei`) would split any word.
const MIN_PART_BYTES: usize = 4;
/// Most parts one compound is split into.
const MAX_PARTS: usize = 3;
/// Quality of a part found inside a longer dictionary word (`fahrzeug` in
/// `elektrofahrzeuge`) rather than at its start.
const INSIDE: f32 = 0.6;

impl SearchIndex {
    /// The parts of a compound word that matched nothing whole (`schweisstechnik` →
    /// `schweiss`, `technik`; `fahrzeugmechatronik` → `fahrzeug`, `mechatronik`): German
    /// writes a new compound for anything, and a visitor types one the dataset never
    /// wrote. Each part starts some dictionary term; the longest first part is taken, a
    /// linking `s` between parts is dropped, and at most [`MAX_PARTS`] parts of at least
    /// [`MIN_PART_BYTES`] each are made. Empty for a word that does not split so, and for
    /// codes, numbers and other scripts.
    pub(crate) fn compound_parts(&self, term: &QueryTerm) -> Vec<QueryTerm> {
        let text = term.text.as_str();
        if !term.required || !text.bytes().all(|b| b.is_ascii_lowercase()) {
            return Vec::new();
        }
        let mut parts = Vec::new();
        if !self.split_compound(text, &mut parts) || parts.len() < 2 {
            return Vec::new();
        }
        parts
            .into_iter()
            .map(|part| QueryTerm {
                text: part.to_string(),
                required: true,
                prefix: true,
                typos: 0,
            })
            .collect()
    }

    /// Splits `text` into parts that each start a dictionary term, longest first part
    /// first; pushes them onto `parts` and says whether it could.
    fn split_compound<'t>(&self, text: &'t str, parts: &mut Vec<&'t str>) -> bool {
        if parts.len() < MAX_PARTS && self.starts_a_term(text) {
            parts.push(text);
            return true;
        }
        if parts.len() + 1 >= MAX_PARTS || text.len() < 2 * MIN_PART_BYTES {
            return false;
        }
        for cut in (MIN_PART_BYTES..=text.len() - MIN_PART_BYTES).rev() {
            let (head, tail) = text.split_at(cut);
            if !self.starts_a_term(head) {
                continue;
            }
            let linked = tail
                .strip_prefix('s')
                .filter(|rest| rest.len() >= MIN_PART_BYTES);
            for rest in std::iter::once(tail).chain(linked) {
                parts.push(head);
                if self.split_compound(rest, parts) {
                    return true;
                }
                parts.truncate(parts.len() - 1);
            }
        }
        false
    }

    /// Whether some dictionary term starts with `text`.
    fn starts_a_term(&self, text: &str) -> bool {
        self.terms
            .search(Str::new(text).starts_with())
            .into_stream()
            .next()
            .is_some()
    }

    /// Fills `out` with the dictionary terms a compound's `part` matches: those starting
    /// with it (as [`SearchIndex::expand`] finds them), then those holding it further in
    /// (`fahrzeug` in `elektrofahrzeuge`), at [`INSIDE`] quality; at most
    /// [`MAX_EXPANSIONS`] in all. Reading the dictionary for the second kind is bounded by
    /// its size, and only done for a word that matched nothing whole.
    pub(crate) fn expand_part(&self, part: &QueryTerm, out: &mut Vec<(u64, f32)>) {
        self.expand(part, out);
        let needle = part.text.as_bytes();
        let mut stream = self.terms.stream();
        while let Some((key, id)) = stream.next() {
            if out.len() >= MAX_EXPANSIONS {
                break;
            }
            if key.len() > needle.len()
                && !key.starts_with(needle)
                && key.windows(needle.len()).any(|w| w == needle)
            {
                out.push((id, INSIDE * prefix_quality(needle.len(), key.len())));
            }
        }
    }
}

/// A prefix that covers most of the term is almost as good as the term itself; a one-letter
/// prefix still beats a typo.
fn prefix_quality(prefix_len: usize, term_len: usize) -> f32 {
    0.55 + 0.35 * prefix_len as f32 / term_len as f32
}
