//! The inverted index: a term dictionary in an `fst::Map` (term → term id, which gives prefix
//! ranges and automaton search for free), flat posting lists with per-field term frequencies,
//! and per-document field-length factors for BM25F.

use fst::Map;

use super::document::Document;
use super::facets::{FacetCounts, FacetTables};
use super::long_words::LongWords;

/// A built, immutable search index over a slice of documents (built by
/// [`SearchIndex::build`], or a slice at a time by a
/// [`SearchIndexBuilder`](super::SearchIndexBuilder)).
pub struct SearchIndex {
    pub(crate) docs: Vec<Document>,
    /// Normalized term → term id; ids follow the dictionary's sort order.
    pub(crate) terms: Map<Vec<u8>>,
    /// The dictionary's long words again, to find a word inside them.
    pub(crate) long_words: LongWords,
    /// Postings of term `t` are `offsets[t]..offsets[t + 1]` in the two arrays below.
    pub(crate) offsets: Vec<u32>,
    pub(crate) posting_docs: Vec<u32>,
    /// Term frequency per [`Field`], saturating at 255 (beyond that BM25 is flat anyway).
    pub(crate) posting_tfs: Vec<[u8; 4]>,
    /// Per document and field: field weight / BM25 length normalisation, precomputed so a
    /// posting is scored with four multiplications.
    pub(crate) field_factors: Vec<[f32; 4]>,
    pub(crate) facets: FacetTables,
}

/// Sizes of an index, for the benchmark and for budgeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexStats {
    /// Number of documents.
    pub documents: usize,
    /// Number of distinct terms.
    pub terms: usize,
    /// Number of (term, document) postings.
    pub postings: usize,
    /// Bytes of the term dictionary: the fst and its long words.
    pub dictionary_bytes: usize,
    /// Bytes of posting lists, offsets and field-length factors.
    pub postings_bytes: usize,
}

impl SearchIndex {
    /// Number of indexed documents.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// True if no documents were indexed.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The indexed documents, in the order given to [`SearchIndex::build`].
    pub fn documents(&self) -> &[Document] {
        &self.docs
    }

    /// How many documents have each facet value, over all documents (see
    /// [`FacetCounts`]): every value a facet list can show.
    pub fn facet_totals(&self) -> FacetCounts {
        self.facets.totals()
    }

    /// Sizes of the index's parts.
    pub fn stats(&self) -> IndexStats {
        IndexStats {
            documents: self.docs.len(),
            terms: self.terms.len(),
            postings: self.posting_docs.len(),
            dictionary_bytes: self.terms.as_fst().as_bytes().len() + self.long_words.bytes(),
            postings_bytes: self.offsets.len() * 4
                + self.posting_docs.len() * 4
                + self.posting_tfs.len() * 4
                + self.field_factors.len() * 16,
        }
    }

    /// Postings of term `id`: document numbers and their per-field term frequencies.
    pub(crate) fn postings(&self, id: u64) -> (&[u32], &[[u8; 4]]) {
        let range = self.offsets[id as usize] as usize..self.offsets[id as usize + 1] as usize;
        (&self.posting_docs[range.clone()], &self.posting_tfs[range])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::search::{DocKind, Facets, Field, Text};

    fn doc(fields: &[(Field, &str)]) -> Document {
        Document {
            id: String::new(),
            kind: DocKind::Standard,
            fields: fields.iter().map(|(f, t)| (*f, Text::from(*t))).collect(),
            facets: Facets::default(),
        }
    }

    #[test]
    fn postings_keep_per_field_frequencies() {
        let index = SearchIndex::build(&[
            doc(&[
                (Field::Title, "Repair repair"),
                (Field::Body, "repair of cars"),
            ]),
            doc(&[(Field::Body, "cars")]),
        ]);
        let (docs, tfs) = index.postings(index.terms.get("repair").unwrap());
        assert_eq!(docs, [0]);
        assert_eq!(tfs, [[2, 0, 0, 1]]);
        let (docs, _) = index.postings(index.terms.get("cars").unwrap());
        assert_eq!(docs, [0, 1]);
        assert_eq!(index.stats().postings, index.posting_docs.len());
    }

    #[test]
    fn cached_and_uncached_fields_index_a_text_alike() {
        // Titles go straight to the chunk table, body texts through the text table; the
        // second document shares the first one's body text, so it hits the text table's
        // cache. Every path must count the same.
        let text = "Repair repair BRS-AUTO-003 汽车维修（第7校区） Türkiye";
        assert!(!Field::Title.repeats() && Field::Body.repeats());
        let first = doc(&[(Field::Title, text), (Field::Body, text)]);
        let mut second = first.clone();
        second.fields[0].1 = text.into();
        assert_eq!(first.fields[1].1.address(), second.fields[1].1.address());
        let index = SearchIndex::build(&[first, second]);
        let mut stream = index.terms.stream();
        let mut terms = 0;
        while let Some((term, id)) = fst::Streamer::next(&mut stream) {
            let (docs, tfs) = index.postings(id);
            assert_eq!(docs, [0, 1], "{}", String::from_utf8_lossy(term));
            for tf in tfs {
                assert!(tf[0] > 0 && tf[0] == tf[3], "{tf:?}");
            }
            terms += 1;
        }
        assert!(terms >= 12, "{terms}");
        let [a, b] = [&index.field_factors[0], &index.field_factors[1]];
        assert_eq!(a, b);
        // Same length in words on both paths: only the fields' weights tell them apart.
        let unweighted = |f: Field| a[f.index()] / f.weight();
        assert!((unweighted(Field::Title) - unweighted(Field::Body)).abs() < 1e-6);
    }

    #[test]
    fn several_titles_do_not_count_as_one_long_title() {
        let index = SearchIndex::build(&[
            doc(&[
                (Field::Title, "welding"),
                (Field::Title, "焊接"),
                (Field::Title, "schweissen"),
            ]),
            doc(&[(Field::Title, "welding")]),
        ]);
        let [one, three] = [&index.field_factors[1], &index.field_factors[0]];
        // Mean title length 4/3 (Chinese counts per character) against 1: a mild penalty, not 4×.
        assert!(three[0] > one[0] * 0.75, "{three:?} vs {one:?}");
    }
}
