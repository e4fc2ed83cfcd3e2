//! "Did you mean": when nothing matches, the dictionary terms closest to the query's words.

use fst::{IntoStreamer, Streamer};

use super::fuzzy::Fuzzy;
use super::index::SearchIndex;
use super::query::ParsedQuery;
use super::tokenize::is_cjk;

/// Most suggestions returned.
const MAX_SUGGESTIONS: usize = 5;

impl SearchIndex {
    /// Up to five normalized dictionary terms within two edits of a query word (one edit for
    /// words of three or four characters), closest first, then most frequent.
    pub(crate) fn suggest(&self, parsed: &ParsedQuery) -> Vec<String> {
        let mut found: Vec<(u8, std::cmp::Reverse<usize>, String)> = Vec::new();
        for term in parsed.terms.iter().filter(|t| t.required) {
            let chars = term.text.chars().count();
            // Edit distance means little for CJK bigrams and for one- or two-letter words.
            if chars < 3 || term.text.chars().any(is_cjk) {
                continue;
            }
            let fuzzy = Fuzzy::new(&term.text, if chars >= 5 { 2 } else { 1 }, false);
            let mut stream = self.terms.search(&fuzzy).into_stream();
            while let Some((key, id)) = stream.next() {
                let key = std::str::from_utf8(key).unwrap_or_default();
                if key == term.text || key.chars().count() < 2 {
                    continue;
                }
                let edits = fuzzy.distance(key).unwrap_or(u8::MAX);
                let frequency = self.postings(id).0.len();
                found.push((edits, std::cmp::Reverse(frequency), key.to_owned()));
            }
        }
        found.sort();
        let mut suggestions: Vec<String> = Vec::new();
        for (_, _, term) in found {
            if !suggestions.contains(&term) {
                suggestions.push(term);
            }
            if suggestions.len() == MAX_SUGGESTIONS {
                break;
            }
        }
        suggestions
    }
}
