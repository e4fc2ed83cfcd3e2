//! The inverted index: a term dictionary in an `fst::Map` (term → term id, which gives prefix
//! ranges and automaton search for free), flat posting lists with per-field term frequencies,
//! and per-document field-length factors for BM25F.

use std::collections::HashMap;

use fst::Map;

use super::chunks::for_each_chunk;
use super::document::{Document, Field};
use super::facets::{FacetCounts, FacetTables};
use super::interner::Interner;
use super::postings::{postings, sort_terms, Occurrences, Run};
use super::token::TokenKind;
use super::tokenize::{for_each_token_in, TokenBuffers};
use crate::core::fast_hash::FastHash;

/// BM25 length normalisation strength.
const B: f32 = 0.75;

/// A built, immutable search index over a slice of documents.
pub struct SearchIndex {
    pub(crate) docs: Vec<Document>,
    /// Normalized term → term id; ids follow the dictionary's sort order.
    pub(crate) terms: Map<Vec<u8>>,
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
    /// Bytes of the fst term dictionary.
    pub dictionary_bytes: usize,
    /// Bytes of posting lists, offsets and field-length factors.
    pub postings_bytes: usize,
}

impl SearchIndex {
    /// Indexes `docs`. Hits refer to documents by their position in this slice.
    pub fn build(docs: &[Document]) -> SearchIndex {
        SearchIndex::from_documents(docs.to_vec())
    }

    /// [`SearchIndex::build`] over documents the index may keep, saving a copy of them all.
    pub fn from_documents(docs: Vec<Document>) -> SearchIndex {
        // Sized for a typical dataset up front: growing these tables rehashed every key
        // several times over a ×100 build.
        let terms = Interner::with_capacity(docs.len() * 2, docs.len() * 16);
        // Every term occurrence, as runs of term ids per field instance, in document order.
        // Sized from the text, so they never grow by copying: at ×100, 8.8 MB of field text
        // keep 1.35 million term ids (a shared text's are kept once) in 272,000 runs.
        let text_bytes: usize = docs
            .iter()
            .flat_map(|d| &d.fields)
            .map(|(_, t)| t.len())
            .sum();
        let occurrences = Occurrences {
            runs: Vec::with_capacity(docs.iter().map(|d| d.fields.len()).sum()),
            ids: Vec::with_capacity(text_bytes / 6 + docs.len()),
        };
        let lengths: Vec<[f32; 4]> = Vec::with_capacity(docs.len());
        // Texts of the fields that repeat (country names, sectors: [`Field::repeats`]) are
        // tokenized once each, as a run of term ids and a length in words, which every
        // field with that text then points to. A shared text is known by its address (the
        // documents' [`Text`]s, alive throughout), so finding it again hashes two numbers, not
        // the text; equal texts that are not shared are merely tokenized again, still a
        // chunk at a time.
        let mut reader = Reader {
            terms,
            occurrences,
            lengths,
            tokenized: HashMap::with_capacity_and_hasher(docs.len(), FastHash::default()),
            chunks: HashMap::with_capacity_and_hasher(docs.len() * 2, FastHash::default()),
            chunk_ids: Vec::new(),
            buffers: TokenBuffers::default(),
        };
        for (block, first) in docs.chunks(READ_BLOCK).zip((0..).step_by(READ_BLOCK)) {
            reader.read_block(first, block);
        }
        let Reader {
            terms,
            mut occurrences,
            lengths,
            ..
        } = reader;

        let order = sort_terms(&terms);
        let (offsets, posting_docs, posting_tfs) = postings(&mut occurrences, &order);
        drop(occurrences);
        let terms = Map::from_iter(
            order
                .iter()
                .enumerate()
                .map(|(new_id, &id)| (terms.get(id), new_id as u64)),
        )
        .expect("terms are unique and sorted");

        SearchIndex {
            facets: FacetTables::build(&docs),
            docs,
            terms,
            offsets,
            posting_docs,
            posting_tfs,
            field_factors: field_factors(&lengths),
        }
    }

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
            dictionary_bytes: self.terms.as_fst().as_bytes().len(),
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

/// Documents per call of [`Reader::read_block`]. A browser compiles a WebAssembly function with
/// its optimising compiler only once the function has run for a while, and the optimised
/// code serves later calls, never the call already running: a loop over all 45,000
/// documents (at ×100) in one call would run as baseline code to the end.
const READ_BLOCK: usize = 512;

/// What [`SearchIndex::from_documents`] gathers from the documents: the terms, every
/// occurrence, each document's field lengths, and the tables that let a repeated text or
/// chunk be tokenized once.
struct Reader<'a> {
    terms: Interner,
    occurrences: Occurrences,
    lengths: Vec<[f32; 4]>,
    /// Texts of the fields that repeat (country names, sectors: [`Field::repeats`]) are
    /// tokenized once each, as a run of term ids and a length in words, which every field
    /// with that text then points to. A shared text is known by its address (the
    /// documents' [`Text`](super::Text)s, alive throughout), so finding it again hashes two
    /// numbers, not the text; equal texts that are not shared are merely tokenized again,
    /// still a chunk at a time.
    tokenized: HashMap<(usize, usize), (u32, u32, f32), FastHash>,
    /// Words repeat even more across distinct texts (a Zipf vocabulary), so each distinct
    /// space-separated chunk is tokenized once too; its term ids live in `chunk_ids`.
    chunks: HashMap<&'a str, (u32, u32, f32), FastHash>,
    chunk_ids: Vec<u32>,
    buffers: TokenBuffers,
}

impl<'a> Reader<'a> {
    /// Reads `docs`, the first of which is document number `first`.
    #[inline(never)]
    fn read_block(&mut self, first: u32, docs: &'a [Document]) {
        let Reader {
            terms,
            occurrences,
            lengths,
            tokenized,
            chunks,
            chunk_ids,
            buffers,
        } = self;
        for (doc, d) in docs.iter().zip(first..) {
            let mut tokens = [0f32; 4];
            let mut instances = [0u32; 4];
            for (field, text) in &doc.fields {
                let f = field.index();
                instances[f] += 1;
                let ids = &mut occurrences.ids;
                let (start, end, words) = if field.repeats() {
                    *tokenized.entry(text.address()).or_insert_with(|| {
                        let (start, words) =
                            tokenize_text(text, chunks, terms, chunk_ids, buffers, ids);
                        (start, ids.len() as u32, words)
                    })
                } else {
                    // Mostly one of a kind: a run of its own.
                    let (start, words) =
                        tokenize_text(text, chunks, terms, chunk_ids, buffers, ids);
                    (start, ids.len() as u32, words)
                };
                tokens[f] += words;
                occurrences.runs.push(Run {
                    tag: d << 2 | f as u32,
                    start,
                    end,
                });
            }
            // A standard with titles in three languages is not "longer" than one with a single
            // title, so a field's length is the mean over its instances.
            lengths.push(std::array::from_fn(|f| {
                tokens[f] / instances[f].max(1) as f32
            }));
        }
    }
}

/// Appends the term ids of `text` to `ids`, a chunk at a time (each distinct chunk is
/// tokenized once, its ids kept in `chunk_ids`), and returns where they start and the text's
/// length in words.
fn tokenize_text<'a>(
    text: &'a str,
    chunks: &mut HashMap<&'a str, (u32, u32, f32), FastHash>,
    terms: &mut Interner,
    chunk_ids: &mut Vec<u32>,
    buffers: &mut TokenBuffers,
    ids: &mut Vec<u32>,
) -> (u32, f32) {
    let start = ids.len() as u32;
    let mut words = 0.0;
    for_each_chunk(text, |chunk| {
        let &mut (from, to, chunk_words) = chunks.entry(chunk).or_insert_with(|| {
            let from = chunk_ids.len() as u32;
            let words = tokenize_into(chunk, terms, buffers, chunk_ids);
            (from, chunk_ids.len() as u32, words)
        });
        ids.extend_from_slice(&chunk_ids[from as usize..to as usize]);
        words += chunk_words;
    });
    (start, words)
}

/// Tokenizes `text`, appending its term ids to `out` (new terms get the next free id), and
/// returns its length in words.
fn tokenize_into(
    text: &str,
    terms: &mut Interner,
    buffers: &mut TokenBuffers,
    out: &mut Vec<u32>,
) -> f32 {
    let mut words = 0.0;
    for_each_token_in(buffers, text, |term, _, kind| {
        // Bigrams and compounds repeat characters already counted once. A Chinese word is
        // about two characters: counting each character as a word would make a Chinese title
        // look three times longer than its English one and skew length normalisation.
        match kind {
            TokenKind::Word => words += 1.0,
            TokenKind::CjkUnigram => words += 0.5,
            _ => {}
        }
        out.push(terms.intern(term.as_bytes()).0);
    });
    words
}

/// Field weight over BM25 length normalisation `1 - b + b * len / avg_len`, per document.
fn field_factors(lengths: &[[f32; 4]]) -> Vec<[f32; 4]> {
    let averages: [f32; 4] = std::array::from_fn(|f| {
        let present: Vec<f32> = lengths.iter().map(|l| l[f]).filter(|&l| l > 0.0).collect();
        (present.iter().sum::<f32>() / present.len().max(1) as f32).max(1.0)
    });
    lengths
        .iter()
        .map(|l| {
            std::array::from_fn(|f| Field::ALL[f].weight() / (1.0 - B + B * l[f] / averages[f]))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::search::{DocKind, Facets, Text};

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
