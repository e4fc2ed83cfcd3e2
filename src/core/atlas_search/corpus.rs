//! The index of one loaded dataset, with the sort orders the search view offers.

use std::borrow::Borrow;
use std::sync::OnceLock;

use super::documents::DocumentsBuilder;
use super::field_layout::title_field;
use crate::core::data::Atlas;
use crate::core::lang::Lang;
use crate::core::search::{
    normalize, FacetCounts, Filter, Order, SearchIndex, SearchIndexBuilder, SearchOptions,
    SearchResults,
};
use crate::core::url_state::SearchSort;

/// A built search index over a dataset, plus alphabetical and chronological ranks computed
/// on first use (sorting 45,000 names is not worth doing before anyone asks for it).
pub struct SearchCorpus {
    /// The engine's index; its documents are [`documents`](super::documents) of the atlas.
    pub index: SearchIndex,
    names: [OnceLock<Vec<u32>>; 3],
    years: OnceLock<Vec<u32>>,
    totals: OnceLock<FacetCounts>,
}

/// A [`SearchCorpus`] being built a bounded unit of work at a time, so the app can build it
/// between frames: first the documents, a block of records per unit, then their index (see
/// [`SearchIndexBuilder`]). `A` is how it holds the dataset (`&Atlas`, `Arc<Atlas>`).
pub struct SearchCorpusBuilder<A> {
    atlas: A,
    stage: CorpusStage,
}

/// What a [`SearchCorpusBuilder`] is building.
enum CorpusStage {
    Documents(Box<DocumentsBuilder>),
    Index(Box<SearchIndexBuilder>),
    /// Between the two, for a moment.
    Switching,
}

impl<A: Borrow<Atlas>> SearchCorpusBuilder<A> {
    /// A build of the corpus of `atlas`, nothing done yet.
    pub fn new(atlas: A) -> SearchCorpusBuilder<A> {
        SearchCorpusBuilder {
            stage: CorpusStage::Documents(Box::new(DocumentsBuilder::new(atlas.borrow()))),
            atlas,
        }
    }

    /// The dataset being indexed.
    pub fn atlas(&self) -> &A {
        &self.atlas
    }

    /// What the build is doing now (`"trainers"`, `"read"`…): the next unit of work is of
    /// this stage. For benchmarks and profiles.
    pub fn stage(&self) -> &'static str {
        match &self.stage {
            CorpusStage::Documents(documents) => documents.stage(),
            CorpusStage::Index(index) => index.stage(),
            CorpusStage::Switching => "switching",
        }
    }

    /// Works a unit at a time until `should_yield` returns true (it is asked after every
    /// unit) or the corpus is built, and returns the corpus then. The corpus is the same
    /// however the work was sliced.
    ///
    /// Panics if called again once it has returned the corpus.
    pub fn step(&mut self, should_yield: &mut dyn FnMut() -> bool) -> Option<SearchCorpus> {
        loop {
            match &mut self.stage {
                CorpusStage::Documents(documents) => {
                    if documents.unit(self.atlas.borrow()) {
                        let CorpusStage::Documents(documents) =
                            std::mem::replace(&mut self.stage, CorpusStage::Switching)
                        else {
                            unreachable!("making documents")
                        };
                        let index = SearchIndexBuilder::new(documents.finish());
                        self.stage = CorpusStage::Index(Box::new(index));
                    }
                    if should_yield() {
                        return None;
                    }
                }
                CorpusStage::Index(index) => {
                    return index.step(should_yield).map(SearchCorpus::new);
                }
                CorpusStage::Switching => unreachable!("switched in one go"),
            }
        }
    }
}

impl SearchCorpus {
    /// Indexes every standard, trainer, partner and country of `atlas`.
    pub fn build(atlas: &Atlas) -> SearchCorpus {
        SearchCorpusBuilder::new(atlas)
            .step(&mut || false)
            .expect("a build that never yields finishes")
    }

    /// The corpus over a built index of the dataset's [`documents`](super::documents).
    fn new(index: SearchIndex) -> SearchCorpus {
        SearchCorpus {
            index,
            names: Default::default(),
            years: OnceLock::new(),
            totals: OnceLock::new(),
        }
    }

    /// Searches with the view's sort, up to `per_kind` hits of each kind.
    pub fn search(
        &self,
        query: &str,
        filter: &Filter,
        per_kind: usize,
        sort: SearchSort,
        lang: Lang,
    ) -> SearchResults {
        let order = match sort {
            SearchSort::Relevance => Order::Relevance,
            SearchSort::Name => Order::Rank(self.name_rank(lang)),
            SearchSort::Year => Order::Rank(self.year_rank()),
        };
        let options = SearchOptions {
            limit: per_kind,
            per_kind: true,
            order,
        };
        self.index.search_with(query, filter, &options)
    }

    /// Rank of each document by its title in `lang` (case and accents folded).
    pub fn name_rank(&self, lang: Lang) -> &[u32] {
        let slot = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        self.names[slot].get_or_init(|| {
            let docs = self.index.documents();
            let keys: Vec<String> = docs
                .iter()
                .map(|d| {
                    let field = title_field(d.kind, lang);
                    normalize(d.fields.get(field).map_or("", |(_, t)| &**t))
                })
                .collect();
            ranks(docs.len(), |a, b| keys[a].cmp(&keys[b]))
        })
    }

    /// Each facet value's count over the whole dataset, computed on first use: the facet
    /// lists are built from it once, and each query only changes their counts.
    pub fn facet_totals(&self) -> &FacetCounts {
        self.totals.get_or_init(|| self.index.facet_totals())
    }

    /// Rank of each document by year, newest first; documents without a year come last.
    pub fn year_rank(&self) -> &[u32] {
        self.years.get_or_init(|| {
            let docs = self.index.documents();
            let key = |d: usize| std::cmp::Reverse(docs[d].facets.year.unwrap_or(0));
            ranks(docs.len(), |a, b| key(a).cmp(&key(b)))
        })
    }
}

/// The position of each of `n` items once sorted by `cmp` (stable: ties keep index order).
fn ranks(n: usize, cmp: impl Fn(usize, usize) -> std::cmp::Ordering) -> Vec<u32> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    let mut rank = vec![0u32; n];
    for (r, d) in order.into_iter().enumerate() {
        rank[d] = r as u32;
    }
    rank
}
