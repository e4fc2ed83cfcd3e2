//! Building a [`SearchIndex`] a bounded unit of work at a time, so that a browser can spread a
//! large build over many short tasks and keep painting frames in between.
//!
//! The caller decides when to stop: [`SearchIndexBuilder::step`] works until a closure says
//! to yield (the app asks the clock; the core never reads it) and then returns, to be called
//! again later. Every unit is small (at most about 2 ms natively over the ×100 dataset), and
//! the index is the same whatever the slicing: [`SearchIndex::build`] is this builder run
//! without ever yielding.

use fst::MapBuilder;

use super::document::Document;
use super::facets::{FacetTables, FACET_BLOCK};
use super::field_factors::FieldFactors;
use super::index::SearchIndex;
use super::long_words::LongWords;
use super::postings::PostingLists;
use super::reader::{Reader, READ_BLOCK};
use super::term_order::TermOrder;

/// Documents measured per unit, before reading.
const MEASURE_BLOCK: usize = 8192;
/// Terms added to the dictionary per unit.
const DICTIONARY_UNIT: usize = 4096;

/// An index being built over documents it owns; see the module documentation.
pub struct SearchIndexBuilder {
    docs: Vec<Document>,
    stage: BuildStage,
    /// The next document (or term) of the stage that walks them.
    at: usize,
    /// Field instances and bytes of text, counted to size the reader.
    fields: usize,
    text_bytes: usize,
    reader: Option<Reader>,
    order: TermOrder,
    /// The terms' ids in dictionary order, once sorted.
    sorted: Vec<u32>,
    lists: Option<PostingLists>,
    dictionary: Option<MapBuilder<Vec<u8>>>,
    long_words: LongWords,
    facets: FacetTables,
    factors: FieldFactors,
}

/// The stages of a build, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BuildStage {
    /// Counting fields and text, to size the tables.
    Measure,
    /// Reading the documents into terms and occurrences.
    Read,
    /// Sorting the terms into the dictionary's order.
    Order,
    /// Building the posting lists.
    Postings,
    /// Writing the term dictionary.
    Dictionary,
    /// Interning the documents' facet values.
    Facets,
    /// Computing the field-length factors.
    Factors,
    /// Putting the parts together.
    Finish,
    /// The index has been handed out.
    Done,
}

impl SearchIndex {
    /// Indexes `docs`. Hits refer to documents by their position in this slice.
    pub fn build(docs: &[Document]) -> SearchIndex {
        SearchIndex::from_documents(docs.to_vec())
    }

    /// [`SearchIndex::build`] over documents the index may keep, saving a copy of them all.
    pub fn from_documents(docs: Vec<Document>) -> SearchIndex {
        SearchIndexBuilder::new(docs)
            .step(&mut || false)
            .expect("a build that never yields finishes")
    }
}

impl SearchIndexBuilder {
    /// A build of the index over `docs`, nothing done yet.
    pub fn new(docs: Vec<Document>) -> SearchIndexBuilder {
        SearchIndexBuilder {
            facets: FacetTables::with_capacity(docs.len()),
            docs,
            stage: BuildStage::Measure,
            at: 0,
            fields: 0,
            text_bytes: 0,
            reader: None,
            order: TermOrder::new(),
            sorted: Vec::new(),
            lists: None,
            dictionary: None,
            long_words: LongWords::default(),
            factors: FieldFactors::default(),
        }
    }

    /// Works a unit at a time until `should_yield` returns true (it is asked after every
    /// unit) or the index is built, and returns the index then.
    ///
    /// Panics if called again once it has returned the index.
    pub fn step(&mut self, should_yield: &mut dyn FnMut() -> bool) -> Option<SearchIndex> {
        assert!(
            self.stage != BuildStage::Done,
            "the index was already built"
        );
        loop {
            if let Some(index) = self.unit() {
                return Some(index);
            }
            if should_yield() {
                return None;
            }
        }
    }

    /// The next `size` documents of the stage walking them, moving past them.
    fn next_docs(&mut self, size: usize) -> std::ops::Range<usize> {
        let start = self.at;
        self.at = (start + size).min(self.docs.len());
        start..self.at
    }

    /// Whether the stage walking the documents has walked them all (and starts the next).
    fn walked_all(&mut self) -> bool {
        let done = self.at == self.docs.len();
        if done {
            self.at = 0;
        }
        done
    }

    /// What the build is doing now (`"read"`, `"postings"`…), for benchmarks and profiles.
    pub fn stage(&self) -> &'static str {
        match self.stage {
            BuildStage::Measure => "measure",
            BuildStage::Read => "read",
            BuildStage::Order => "order",
            BuildStage::Postings => "postings",
            BuildStage::Dictionary => "dictionary",
            BuildStage::Facets => "facets",
            BuildStage::Factors => "factors",
            BuildStage::Finish => "finish",
            BuildStage::Done => "done",
        }
    }

    /// Does one unit of work, and returns the index after the last.
    fn unit(&mut self) -> Option<SearchIndex> {
        match self.stage {
            BuildStage::Measure => {
                let block = self.next_docs(MEASURE_BLOCK);
                for doc in &self.docs[block] {
                    self.fields += doc.fields.len();
                    self.text_bytes += doc.fields.iter().map(|(_, t)| t.len()).sum::<usize>();
                }
                if self.walked_all() {
                    let docs = self.docs.len();
                    self.reader = Some(Reader::with_capacity(docs, self.fields, self.text_bytes));
                    self.stage = BuildStage::Read;
                }
            }
            BuildStage::Read => {
                let block = self.next_docs(READ_BLOCK);
                let reader = self.reader.as_mut().expect("reading");
                reader.read_block(block.start as u32, &self.docs[block]);
                if self.walked_all() {
                    self.reader.as_mut().expect("read").done_reading();
                    self.stage = BuildStage::Order;
                }
            }
            BuildStage::Order => {
                let reader = self.reader.as_ref().expect("read");
                if self.order.unit(&reader.terms) {
                    self.sorted = std::mem::replace(&mut self.order, TermOrder::new()).into_order();
                    self.lists = Some(PostingLists::new(&self.sorted));
                    self.stage = BuildStage::Postings;
                }
            }
            BuildStage::Postings => {
                let reader = self.reader.as_mut().expect("read");
                let lists = self.lists.as_mut().expect("started");
                if lists.unit(&mut reader.occurrences) {
                    // The occurrences are all in the posting lists now.
                    reader.occurrences = Default::default();
                    self.dictionary = Some(MapBuilder::memory());
                    self.stage = BuildStage::Dictionary;
                }
            }
            BuildStage::Dictionary => {
                let terms = &self.reader.as_ref().expect("read").terms;
                let dictionary = self.dictionary.as_mut().expect("started");
                let end = (self.at + DICTIONARY_UNIT).min(self.sorted.len());
                for (new_id, &id) in (self.at..end).zip(&self.sorted[self.at..end]) {
                    let term = terms.get(id);
                    dictionary
                        .insert(term, new_id as u64)
                        .expect("terms are unique and sorted");
                    self.long_words.push(term, new_id as u64);
                }
                self.at = end;
                if end == self.sorted.len() {
                    self.at = 0;
                    self.stage = BuildStage::Facets;
                }
            }
            BuildStage::Facets => {
                let block = self.next_docs(FACET_BLOCK);
                self.facets.add_block(&self.docs[block]);
                if self.walked_all() {
                    self.stage = BuildStage::Factors;
                }
            }
            BuildStage::Factors => {
                let lengths = &self.reader.as_ref().expect("read").lengths;
                if self.factors.unit(lengths) {
                    self.stage = BuildStage::Finish;
                }
            }
            BuildStage::Finish => return Some(self.finish()),
            BuildStage::Done => {}
        }
        None
    }

    /// The index, from the finished parts.
    fn finish(&mut self) -> SearchIndex {
        self.stage = BuildStage::Done;
        self.reader = None;
        let (offsets, posting_docs, posting_tfs) =
            self.lists.take().expect("posting lists built").finish();
        SearchIndex {
            docs: std::mem::take(&mut self.docs),
            terms: self
                .dictionary
                .take()
                .expect("dictionary written")
                .into_map(),
            long_words: std::mem::take(&mut self.long_words),
            offsets,
            posting_docs,
            posting_tfs,
            field_factors: std::mem::take(&mut self.factors).finish(),
            facets: std::mem::take(&mut self.facets),
        }
    }
}
