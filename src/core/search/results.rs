//! What a search returns: ranked hits with highlight ranges, counts and suggestions.

use std::ops::Range;

use super::document::DocKind;
use super::facets::FacetCounts;

/// How the query's terms were combined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchMode {
    /// The query had no terms: every document (passing the filter) in index order.
    Browse,
    /// Every query term matched (AND).
    All,
    /// No document had every term, so documents with *any* term are shown, those with more
    /// terms ranked higher (OR fallback). The UI can say "showing partial matches".
    Any,
}

/// One ranked result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Position of the document in the slice given to [`SearchIndex::build`](super::SearchIndex::build).
    pub doc: usize,
    /// Relevance; only meaningful relative to other hits of the same search.
    pub score: f32,
    /// Matched text: (index into the document's `fields`, byte range in that field's text),
    /// sorted and merged; feed one field's ranges to [`highlight`](super::highlight).
    pub highlights: Vec<(usize, Range<usize>)>,
}

impl Hit {
    /// The highlight ranges inside field number `field` of the document.
    pub fn ranges_in(&self, field: usize) -> Vec<Range<usize>> {
        self.highlights
            .iter()
            .filter(|(f, _)| *f == field)
            .map(|(_, r)| r.clone())
            .collect()
    }
}

/// The outcome of [`SearchIndex::search`](super::SearchIndex::search).
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    /// The best hits, at most `limit`: an exact code match first, then by score, then by
    /// document position (so equal scores keep a stable order).
    pub hits: Vec<Hit>,
    /// Number of documents matching the query and the whole filter (`hits` may be shorter).
    pub total: usize,
    /// `total` split by kind, indexed by [`DocKind::index`].
    pub total_by_kind: [usize; 4],
    /// Per facet value, matches of the query under every filter except that facet's own.
    pub facet_counts: FacetCounts,
    /// When nothing matched: the closest dictionary terms (normalized), best first.
    pub suggestions: Vec<String>,
    /// How the query terms were combined.
    pub mode: MatchMode,
    /// Postings read to score the query: at most [`MAX_POSTINGS_SCANNED`].
    ///
    /// [`MAX_POSTINGS_SCANNED`]: super::MAX_POSTINGS_SCANNED
    pub postings_scanned: usize,
}

/// No results, as before anything was searched (what a view shows until its index is built).
impl Default for SearchResults {
    fn default() -> Self {
        SearchResults {
            hits: Vec::new(),
            total: 0,
            total_by_kind: [0; 4],
            facet_counts: FacetCounts::default(),
            suggestions: Vec::new(),
            mode: MatchMode::Browse,
            postings_scanned: 0,
        }
    }
}

impl SearchResults {
    /// Number of matches of one kind (after the whole filter).
    pub fn total_of(&self, kind: DocKind) -> usize {
        self.total_by_kind[kind.index()]
    }
}
