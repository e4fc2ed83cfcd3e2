//! Running a query: BM25F scoring over what each term matches (see
//! [`fallback`](super::fallback)), AND with an OR fallback, filtering, facet counting,
//! ranking and highlighting.

use super::document::Field;
use super::facet_filter::{Filter, ResolvedFilter};
use super::facets::FacetTally;
use super::fallback::TermMatches;
use super::index::SearchIndex;
use super::query::{parse, ParsedQuery};
use super::results::{Hit, MatchMode, SearchResults};
use super::tokenize::for_each_token;

/// BM25 term-frequency saturation.
const K1: f32 = 1.2;
/// Added to documents whose code equals the whole query, so they always come first.
const CODE_BONUS: f32 = 1.0e6;
/// Added to documents that contain the whole code in another field.
const CODE_ELSEWHERE_BONUS: f32 = 1.0e3;
/// Most postings one query reads. The ×100 index's longest list has a few thousand;
/// 32 terms of [`super::expand::MAX_EXPANSIONS`] expansions each could otherwise read the
/// whole index many times over. Past this many, further expansions are skipped.
pub const MAX_POSTINGS_SCANNED: usize = 1 << 20;

/// The order of hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order<'a> {
    /// Best score first (an exact code match before everything); browsing: index order.
    #[default]
    Relevance,
    /// By a rank per document (smaller first), e.g. a precomputed alphabetical rank;
    /// documents beyond the slice come last.
    Rank(&'a [u32]),
}

/// Options of [`SearchIndex::search_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchOptions<'a> {
    /// Most hits returned (per kind, with `per_kind`).
    pub limit: usize,
    /// Return up to `limit` hits of each kind instead of `limit` overall.
    pub per_kind: bool,
    /// How hits are ordered.
    pub order: Order<'a>,
}

impl Default for SearchOptions<'_> {
    fn default() -> Self {
        SearchOptions {
            limit: 20,
            per_kind: false,
            order: Order::Relevance,
        }
    }
}

/// Scores of one query before filtering.
struct Scored {
    /// Documents that matched, in the order they were first matched.
    candidates: Vec<u32>,
    scores: Vec<f32>,
    mode: MatchMode,
    /// Bit set over term ids: terms that matched, for highlighting.
    matched_terms: Vec<u64>,
    /// Per document, a bit per [`Field`] kind its matched terms are in: highlighting
    /// tokenizes only those fields (the sector and body texts are long, and a title match
    /// needs neither).
    matched_kinds: Vec<u8>,
    /// Postings read.
    scanned: usize,
}

impl SearchIndex {
    /// Searches as the user types: the last word also matches as a prefix, words of 5+
    /// characters tolerate one typo (9+: two), a word found nowhere as typed is looked up by
    /// its stem, inside longer words and by its parts, all words must match (if no document
    /// has them all, documents with any of them are returned, see [`MatchMode::Any`]), and a
    /// document whose code equals the query comes first. An empty query lists every
    /// document passing `filter` in index order. Never panics, whatever the input.
    pub fn search(&self, query: &str, filter: &Filter, limit: usize) -> SearchResults {
        self.search_with(
            query,
            filter,
            &SearchOptions {
                limit,
                ..SearchOptions::default()
            },
        )
    }

    /// Like [`SearchIndex::search`], with a choice of order and of grouping: with
    /// `per_kind`, `hits` holds up to `limit` hits *of each kind*, grouped in
    /// [`DocKind::ALL`](super::DocKind::ALL) order, so a list grouped by kind never shows an
    /// empty group only because another kind scored higher.
    pub fn search_with(
        &self,
        query: &str,
        filter: &Filter,
        options: &SearchOptions,
    ) -> SearchResults {
        let parsed = parse(query);
        let filter = ResolvedFilter::new(filter, &self.facets);
        let scored = if parsed.terms.is_empty() {
            Scored {
                candidates: (0..self.docs.len() as u32).collect(),
                scores: vec![0.0; self.docs.len()],
                mode: MatchMode::Browse,
                matched_terms: Vec::new(),
                matched_kinds: Vec::new(),
                scanned: 0,
            }
        } else {
            self.score(&parsed)
        };

        let mut tally = FacetTally::new(&self.facets);
        let mut total_by_kind = [0; 4];
        let mut passing: Vec<(u32, f32)> = Vec::new();
        for &d in &scored.candidates {
            let facets = &self.facets.docs[d as usize];
            let failures = filter.failures(&self.facets, facets);
            tally.add(&self.facets, facets, failures);
            if failures == 0 {
                passing.push((d, scored.scores[d as usize]));
                total_by_kind[facets.kind.index()] += 1;
            }
        }
        let total = passing.len();
        let suggestions = if total == 0 && !parsed.terms.is_empty() {
            self.suggest(&parsed)
        } else {
            Vec::new()
        };
        let ranked = if options.per_kind {
            let mut groups: [Vec<(u32, f32)>; 4] = Default::default();
            for (d, score) in passing {
                groups[self.facets.docs[d as usize].kind.index()].push((d, score));
            }
            groups
                .into_iter()
                .flat_map(|g| top(g, options.limit, scored.mode, options.order))
                .collect()
        } else {
            top(passing, options.limit, scored.mode, options.order)
        };
        let hits = ranked
            .into_iter()
            .map(|(d, score)| Hit {
                doc: d as usize,
                score,
                highlights: self.highlights(d as usize, &scored),
            })
            .collect();
        SearchResults {
            hits,
            total,
            total_by_kind,
            facet_counts: tally.finish(&self.facets),
            suggestions,
            mode: scored.mode,
            postings_scanned: scored.scanned,
        }
    }

    /// Scores every document that matches at least one required term.
    fn score(&self, parsed: &ParsedQuery) -> Scored {
        self.score_within(parsed, MAX_POSTINGS_SCANNED)
    }

    /// [`SearchIndex::score`], reading at most `max_postings` postings.
    fn score_within(&self, parsed: &ParsedQuery, max_postings: usize) -> Scored {
        let n = self.docs.len();
        let mut scores = vec![0.0f32; n];
        let mut matched = vec![0u8; n];
        let mut best = vec![0.0f32; n];
        // The sum over a term's groups (a plain word has one).
        let mut group_sum = vec![0.0f32; n];
        let mut group_start = 0;
        let mut touched: Vec<u32> = Vec::new();
        let mut candidates: Vec<u32> = Vec::new();
        let mut matched_terms = vec![0u64; self.terms.len().div_ceil(64)];
        let mut matched_kinds = vec![0u8; n];
        let mut matches = TermMatches::default();
        let mut scanned = 0;
        for term in &parsed.terms {
            self.term_matches(term, &mut matches);
            for group in matches.groups() {
                for &(id, quality) in group {
                    let (docs, tfs) = self.postings(id);
                    if scanned + docs.len() > max_postings {
                        continue;
                    }
                    scanned += docs.len();
                    matched_terms[id as usize / 64] |= 1 << (id % 64);
                    let weight = quality * idf(n, docs.len());
                    for (&d, tf) in docs.iter().zip(tfs) {
                        let factor = &self.field_factors[d as usize];
                        let t: f32 = (0..4).map(|f| f32::from(tf[f]) * factor[f]).sum();
                        let s = weight * t * (K1 + 1.0) / (K1 + t);
                        matched_kinds[d as usize] |= kinds(tf);
                        // Several expansions of one group match a document once, with the
                        // best one.
                        let slot = &mut best[d as usize];
                        if *slot == 0.0 {
                            touched.push(d);
                        }
                        *slot = slot.max(s);
                    }
                }
                // A group's best adds to the groups before it; the term counts once below.
                for &d in &touched[group_start..] {
                    group_sum[d as usize] += best[d as usize];
                    best[d as usize] = 0.0;
                }
                group_start = touched.len();
            }
            group_start = 0;
            if matches.group_count() > 1 {
                // A document several groups matched was touched once by each.
                touched.sort_unstable();
                touched.dedup();
            }
            for &d in &touched {
                let d = d as usize;
                scores[d] += group_sum[d];
                group_sum[d] = 0.0;
                if term.required {
                    if matched[d] == 0 {
                        candidates.push(d as u32);
                    }
                    matched[d] += 1;
                }
            }
            touched.clear();
        }
        self.boost_exact_code(parsed, &mut scores);

        let required = parsed.terms.iter().filter(|t| t.required).count() as u8;
        let all: Vec<u32> = candidates
            .iter()
            .copied()
            .filter(|&d| matched[d as usize] == required)
            .collect();
        let (candidates, mode) = if all.is_empty() {
            (candidates, MatchMode::Any)
        } else {
            (all, MatchMode::All)
        };
        Scored {
            candidates,
            scores,
            mode,
            matched_terms,
            matched_kinds,
            scanned,
        }
    }

    /// Puts documents whose code is exactly the query (then those mentioning it elsewhere) (case and dashes folded) first.
    fn boost_exact_code(&self, parsed: &ParsedQuery, scores: &mut [f32]) {
        let Some(id) = parsed.code.as_deref().and_then(|code| self.terms.get(code)) else {
            return;
        };
        let (docs, tfs) = self.postings(id);
        for (&d, tf) in docs.iter().zip(tfs) {
            if tf[Field::Code.index()] > 0 {
                scores[d as usize] += CODE_BONUS;
            } else {
                // The whole code elsewhere (a trainer's certified standards) still beats
                // documents that only share its parts (`BRS`, `001`).
                scores[d as usize] += CODE_ELSEWHERE_BONUS;
            }
        }
    }

    /// Byte ranges of matched terms in each field of document `d`, sorted and merged.
    fn highlights(&self, d: usize, scored: &Scored) -> Vec<(usize, std::ops::Range<usize>)> {
        let matched_terms = &scored.matched_terms;
        let Some(&kinds) = scored.matched_kinds.get(d) else {
            return Vec::new();
        };
        let mut ranges: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
        for (f, (field, text)) in self.docs[d].fields.iter().enumerate() {
            if kinds & (1 << field.index()) == 0 {
                continue;
            }
            for_each_token(text, |term, range, _| {
                let hit = self
                    .terms
                    .get(term)
                    .is_some_and(|id| matched_terms[id as usize / 64] & (1 << (id % 64)) != 0);
                if hit {
                    ranges.push((f, range));
                }
            });
        }
        ranges.sort_by_key(|(f, r)| (*f, r.start));
        let mut merged: Vec<(usize, std::ops::Range<usize>)> = Vec::with_capacity(ranges.len());
        for (f, r) in ranges {
            match merged.last_mut() {
                Some((last_f, last)) if *last_f == f && r.start <= last.end => {
                    last.end = last.end.max(r.end)
                }
                _ => merged.push((f, r)),
            }
        }
        merged
    }
}

/// A bit per [`Field`] kind with a term frequency above zero.
fn kinds(tf: &[u8; 4]) -> u8 {
    (0..4).fold(0, |bits, f| bits | (u8::from(tf[f] > 0) << f))
}

/// Inverse document frequency, BM25 style (never negative).
fn idf(documents: usize, frequency: usize) -> f32 {
    let (n, df) = (documents as f32, frequency as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// The first `limit` documents in `order`: by score, then by position (browse mode: by
/// position only), or by a caller's rank, then by position.
fn top(
    mut passing: Vec<(u32, f32)>,
    limit: usize,
    mode: MatchMode,
    order: Order,
) -> Vec<(u32, f32)> {
    let order = |a: &(u32, f32), b: &(u32, f32)| match (order, mode) {
        (Order::Rank(rank), _) => {
            let r = |d: u32| rank.get(d as usize).copied().unwrap_or(u32::MAX);
            r(a.0).cmp(&r(b.0)).then(a.0.cmp(&b.0))
        }
        (_, MatchMode::Browse) => a.0.cmp(&b.0),
        _ => b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)),
    };
    if limit == 0 {
        return Vec::new();
    }
    if passing.len() > limit {
        passing.select_nth_unstable_by(limit - 1, order);
        passing.truncate(limit);
    }
    passing.sort_unstable_by(order);
    passing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::search::{DocKind, Document, Facets, Field, Text};

    /// `n` documents that all say "alpha beta gamma".
    fn same_words(n: usize) -> SearchIndex {
        let docs: Vec<Document> = (0..n)
            .map(|i| Document {
                id: format!("d{i}"),
                kind: DocKind::Standard,
                fields: vec![(Field::Title, Text::from("alpha beta gamma"))],
                facets: Facets::default(),
            })
            .collect();
        SearchIndex::build(&docs)
    }

    #[test]
    fn a_query_reads_at_most_the_postings_cap() {
        let index = same_words(10);
        let parsed = parse("alpha beta gamma ");
        // Three lists of 10: the cap at 30 reads them all, at 29 skips the third.
        let all = index.score_within(&parsed, 30);
        assert_eq!(all.scanned, 30);
        assert_eq!(all.mode, MatchMode::All);
        let capped = index.score_within(&parsed, 29);
        assert_eq!(capped.scanned, 20);
        // The skipped term matched nothing, so no document has every word.
        assert_eq!(capped.mode, MatchMode::Any);
        let results = index.search("alpha beta gamma ", &Filter::default(), 5);
        assert_eq!(results.postings_scanned, 30);
    }
}
