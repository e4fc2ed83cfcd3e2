//! A word that matched nothing whole, found by the parts the dictionary knows: a German
//! compound by its words (`schweisstechnik` → `schweiss`, `technik`), or by the one of them
//! the dataset has (`krankenpflege` → `pflege`), a word by the longer words that hold it
//! (`lackierer` in `fahrzeuglackierer`), and a Chinese pair by its two characters (`焊接` →
//! `焊`, `接`).

use fst::automaton::{Automaton, Str};
use fst::{IntoStreamer, Streamer};

use super::expand::{prefix_quality, MAX_EXPANSIONS};
use super::index::SearchIndex;
use super::long_words::MIN_PART_BYTES;
use super::query::{strip_ending, QueryTerm};
use super::tokenize::is_cjk;

/// Most parts one compound is split into.
const MAX_PARTS: usize = 3;
/// Quality of a part found inside a longer dictionary word (`fahrzeug` in
/// `elektrofahrzeuge`) rather than at its start.
const INSIDE: f32 = 0.6;

impl SearchIndex {
    /// The parts of a word that matched nothing whole, each to be matched on its own. German
    /// writes a new compound for anything, and a visitor types one the dataset never wrote:
    ///
    /// - split whole into at most [`MAX_PARTS`] parts of at least [`MIN_PART_BYTES`] that
    ///   each start a dictionary term, the longest first part first, a linking `s` between
    ///   parts dropped and the last part by its stem if need be (`schweissroboter` →
    ///   `schweiss`, `robot`);
    /// - else its longest end that the dictionary knows (the head, which the compound is a
    ///   kind of: `krankenpflege` → `pflege`), else its longest start (`pflegeheim` →
    ///   `pflege`), the rest being at least [`MIN_PART_BYTES`] it does not know;
    /// - a Chinese pair (longer runs are queried as pairs) is its two characters.
    ///
    /// Empty for optional terms, for words that do not split so, and for codes, numbers
    /// and single characters.
    pub(crate) fn word_parts(&self, term: &QueryTerm) -> Vec<QueryTerm> {
        let text = term.text.as_str();
        if !term.required {
            return Vec::new();
        }
        if let Some(pair) = cjk_pair(text) {
            return pair
                .into_iter()
                .map(|c| QueryTerm {
                    text: c.to_string(),
                    required: true,
                    prefix: false,
                    typos: 0,
                })
                .collect();
        }
        if !text.bytes().all(|b| b.is_ascii_lowercase()) {
            return Vec::new();
        }
        let mut parts = Vec::new();
        if !self.split_compound(text, &mut parts) || parts.len() < 2 {
            parts.clear();
            parts.extend(self.known_end(text).or_else(|| self.known_start(text)));
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

    /// Splits `text` into parts that each start a dictionary term (the last one perhaps by
    /// its stem), longest first part first; pushes them onto `parts` and says whether it
    /// could.
    fn split_compound<'t>(&self, text: &'t str, parts: &mut Vec<&'t str>) -> bool {
        if parts.len() < MAX_PARTS {
            if let Some(last) = self.known_part(text) {
                parts.push(last);
                return true;
            }
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

    /// The longest end of `word` the dictionary knows (see [`SearchIndex::known_part`])
    /// after at least [`MIN_PART_BYTES`] of it.
    fn known_end<'t>(&self, word: &'t str) -> Option<&'t str> {
        let last = word.len().checked_sub(MIN_PART_BYTES)?;
        (MIN_PART_BYTES..=last).find_map(|start| self.known_part(&word[start..]))
    }

    /// The longest start of `word` that starts a dictionary term, before at least
    /// [`MIN_PART_BYTES`] more.
    fn known_start<'t>(&self, word: &'t str) -> Option<&'t str> {
        let last = word.len().checked_sub(MIN_PART_BYTES)?;
        (MIN_PART_BYTES..=last)
            .rev()
            .map(|end| &word[..end])
            .find(|start| self.starts_a_term(start))
    }

    /// `part` if it starts a dictionary term, else its stem if that does (`roboter` →
    /// `robot`).
    fn known_part<'t>(&self, part: &'t str) -> Option<&'t str> {
        if self.starts_a_term(part) {
            return Some(part);
        }
        strip_ending(part, false).filter(|stem| self.starts_a_term(stem))
    }

    /// Whether some dictionary term starts with `text`.
    fn starts_a_term(&self, text: &str) -> bool {
        self.terms
            .search(Str::new(text).starts_with())
            .into_stream()
            .next()
            .is_some()
    }

    /// Fills `out` with the dictionary terms a part from [`SearchIndex::word_parts`]
    /// matches: a character, itself; a word, the terms starting with it (as
    /// [`SearchIndex::expand`] finds them), then those holding it further in (see
    /// [`SearchIndex::expand_inside`]).
    pub(crate) fn expand_part(&self, part: &QueryTerm, out: &mut Vec<(u64, f32)>) {
        self.expand(part, out);
        if part.prefix {
            self.expand_inside(&part.text, out);
        }
    }

    /// Adds to `out` the dictionary terms holding `word` after at least [`MIN_PART_BYTES`]
    /// of another word (`fahrzeug` in `elektrofahrzeuge`, `lackierer` in
    /// `fahrzeuglackierer`), at [`INSIDE`] quality, until `out` holds [`MAX_EXPANSIONS`].
    /// Only for a word that matched nothing as typed (or only with typos), and of letters
    /// `a`–`z` (CJK terms are characters and pairs, which hold no others).
    pub(crate) fn expand_inside(&self, word: &str, out: &mut Vec<(u64, f32)>) {
        let part = word.as_bytes();
        if part.len() < MIN_PART_BYTES || !part.iter().all(u8::is_ascii_lowercase) {
            return;
        }
        self.long_words.holding(part, |id, len| {
            out.push((id, INSIDE * prefix_quality(part.len(), len)));
            out.len() < MAX_EXPANSIONS
        });
    }
}

/// The two characters of a Chinese (CJK) pair.
fn cjk_pair(text: &str) -> Option<[char; 2]> {
    let mut chars = text.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(a), Some(b), None) if is_cjk(a) && is_cjk(b) => Some([a, b]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::core::search::query::QueryTerm;
    use crate::core::search::{DocKind, Document, Facets, Field, SearchIndex, Text};

    /// An index of one document per title.
    fn index(titles: &[&str]) -> SearchIndex {
        let docs: Vec<Document> = titles
            .iter()
            .map(|title| Document {
                id: title.to_string(),
                kind: DocKind::Standard,
                fields: vec![(Field::Title, Text::from(*title))],
                facets: Facets::default(),
            })
            .collect();
        SearchIndex::build(&docs)
    }

    fn parts(index: &SearchIndex, word: &str) -> Vec<String> {
        let term = QueryTerm {
            text: word.to_string(),
            required: true,
            prefix: false,
            typos: 0,
        };
        index
            .word_parts(&term)
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn a_compound_splits_into_words_the_dictionary_starts() {
        let index = index(&["Schweißer", "Industrial robot", "Technik"]);
        assert_eq!(parts(&index, "schweisstechnik"), ["schweiss", "technik"]);
        // The last part by its stem: `roboter` starts no term, `robot` does.
        assert_eq!(parts(&index, "schweissroboter"), ["schweiss", "robot"]);
    }

    #[test]
    fn a_compound_that_does_not_split_keeps_its_known_end_else_its_known_start() {
        let index = index(&["Gesundheit und Pflege", "Chef"]);
        assert_eq!(parts(&index, "krankenpflege"), ["pflege"]);
        assert_eq!(parts(&index, "krankenpfleger"), ["pfleg"]);
        assert_eq!(parts(&index, "kuchenchef"), ["chef"]);
        assert_eq!(parts(&index, "pflegeheim"), ["pflege"]);
        // Each side has four letters at least: `chefs` is no compound of `chef`.
        assert!(parts(&index, "chefs").is_empty());
        assert!(parts(&index, "nothingknown").is_empty());
    }

    #[test]
    fn a_chinese_pair_splits_into_its_characters_and_nothing_else_splits() {
        let index = index(&["焊工", "Welder"]);
        assert_eq!(parts(&index, "焊接"), ["焊", "接"]);
        assert!(parts(&index, "焊").is_empty());
        assert!(parts(&index, "brs-auto-003").is_empty());
        let optional = QueryTerm {
            text: "焊接".into(),
            required: false,
            prefix: false,
            typos: 0,
        };
        assert!(index.word_parts(&optional).is_empty());
    }
}
