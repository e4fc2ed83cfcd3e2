//! The `search_query` property: see the parent module.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::atlas;
use super::markup::shape_of;
use skills_atlas::core::atlas_search::{filter_for, result_rows_markup, SearchCorpus, SearchSort};
use skills_atlas::core::data::Atlas;
use skills_atlas::core::search::{
    highlight, DocKind, Document, Filter, Hit, MatchMode, SearchResults, Text, MAX_POSTINGS_SCANNED,
};
use skills_atlas::core::url_state::{AppState, Lang};

/// Records of each kind in the fuzz target's index ([`search_query`]): enough for every
/// field, script and facet to appear, few enough for thousands of queries a second.
const SLICE: usize = 8;

/// An index of the committed dataset (or of a slice of it), its dataset and the ids of its
/// records.
pub struct Searchable {
    atlas: Atlas,
    corpus: SearchCorpus,
    ids: HashSet<String>,
}

impl Searchable {
    fn new(atlas: Atlas) -> Searchable {
        let ids = (atlas.standards.iter().map(|s| s.code.to_string()))
            .chain(atlas.trainers.iter().map(|t| t.id.to_string()))
            .chain(atlas.partners.iter().map(|p| p.id.to_string()))
            .chain(atlas.countries.iter().map(|c| c.id.to_string()))
            .collect();
        Searchable {
            corpus: SearchCorpus::build(&atlas),
            atlas,
            ids,
        }
    }
}

/// The index of the whole committed dataset, as the app builds it.
fn full() -> &'static Searchable {
    static FULL: OnceLock<Searchable> = OnceLock::new();
    FULL.get_or_init(|| Searchable::new(atlas().clone()))
}

/// The index of the first [`SLICE`] records of each kind of the committed dataset.
fn slice() -> &'static Searchable {
    static SLICE_INDEX: OnceLock<Searchable> = OnceLock::new();
    SLICE_INDEX.get_or_init(|| {
        let mut atlas = atlas().clone();
        atlas.standards.truncate(SLICE);
        atlas.trainers.truncate(SLICE);
        atlas.partners.truncate(SLICE);
        atlas.countries.truncate(SLICE);
        Searchable::new(atlas)
    })
}

/// Which searches [`search_query_in`] runs.
#[derive(Clone, Copy, PartialEq)]
enum Searches {
    /// The search view's (grouped by kind, in the link's sort).
    View,
    /// The engine's plain search.
    Plain,
    /// Both.
    Both,
}

/// The fuzz target: [`search_query_in`] over a slice of the committed dataset, with one
/// of the two searches, chosen by the input's length.
pub fn search_query(data: &[u8]) {
    let searches = if data.len().is_multiple_of(2) {
        Searches::View
    } else {
        Searches::Plain
    };
    search_query_in(slice(), data, searches);
}

/// [`search_query_in`] over the whole committed dataset, with both searches (the
/// replay's second pass).
pub fn search_query_full(data: &[u8]) {
    search_query_in(full(), data, Searches::Both);
}

/// A query over `s`. The input is the query; or, when its first line starts with `?`,
/// that line is a link whose state gives the filter, sort and language, and the rest is
/// the query. The search view's search (grouped by kind, in the link's sort) and the
/// engine's plain search return well-formed results.
fn search_query_in(s: &Searchable, data: &[u8], searches: Searches) {
    let text = String::from_utf8_lossy(data);
    let (state, query) = match text.split_once('\n') {
        Some((link, query)) if link.starts_with('?') => (AppState::from_query(link).0, query),
        _ => (AppState::default(), &*text),
    };
    let index = &s.corpus.index;
    if searches != Searches::View {
        let plain = index.search(query, &Filter::default(), 10);
        check_results(s, &plain, &Filter::default(), 10, false, None);
    }
    if searches == Searches::Plain {
        return;
    }
    let filter = filter_for(&state.search, state.country.as_deref());
    let lang = state.lang.unwrap_or_default();
    let sort = state.search.sort;
    let per_kind = 6;
    let grouped = s.corpus.search(query, &filter, per_kind, sort, lang);
    let rank = match sort {
        SearchSort::Relevance => None,
        SearchSort::Name => Some(s.corpus.name_rank(lang)),
        SearchSort::Year => Some(s.corpus.year_rank()),
    };
    check_results(s, &grouped, &filter, per_kind, true, rank);
    for kind in DocKind::ALL {
        rows_are_markup(&s.atlas, index.documents(), &grouped.hits, kind, lang);
    }
}

fn check_results(
    s: &Searchable,
    results: &SearchResults,
    filter: &Filter,
    limit: usize,
    per_kind: bool,
    rank: Option<&[u32]>,
) {
    let docs = s.corpus.index.documents();
    assert!(results.total <= docs.len(), "more matches than documents");
    assert!(results.hits.len() <= docs.len(), "more hits than documents");
    assert_eq!(
        results.total_by_kind.iter().sum::<usize>(),
        results.total,
        "the counts by kind do not add up"
    );
    assert!(
        results.suggestions.is_empty() || results.total == 0,
        "suggestions although something matched"
    );
    // One scoring pass, or two for a Chinese query that found nothing by words.
    assert!(
        results.postings_scanned <= 2 * MAX_POSTINGS_SCANNED,
        "{} postings read, more than two passes of MAX_POSTINGS_SCANNED ({MAX_POSTINGS_SCANNED})",
        results.postings_scanned
    );
    assert!(
        results.mode != MatchMode::Browse || results.postings_scanned == 0,
        "browsing read {} postings",
        results.postings_scanned
    );
    let mut seen = HashSet::new();
    for hit in &results.hits {
        assert!(
            hit.doc < docs.len(),
            "hit on document {} of {}",
            hit.doc,
            docs.len()
        );
        assert!(seen.insert(hit.doc), "document {} hit twice", hit.doc);
        let doc = &docs[hit.doc];
        assert!(s.ids.contains(&doc.id), "hit {:?} is no record", doc.id);
        assert!(
            passes(filter, doc),
            "hit {:?} does not pass {filter:?}",
            doc.id
        );
        assert!(
            hit.score.is_finite() && hit.score >= 0.0,
            "score {}",
            hit.score
        );
        check_highlights(doc, hit);
    }
    // How many hits of each kind (or in all), and in which order.
    let groups: Vec<Vec<&Hit>> = if per_kind {
        DocKind::ALL
            .iter()
            .map(|k| {
                results
                    .hits
                    .iter()
                    .filter(|h| docs[h.doc].kind == *k)
                    .collect()
            })
            .collect()
    } else {
        vec![results.hits.iter().collect()]
    };
    if per_kind {
        let kinds: Vec<usize> = results
            .hits
            .iter()
            .map(|h| docs[h.doc].kind.index())
            .collect();
        assert!(
            kinds.windows(2).all(|w| w[0] <= w[1]),
            "hits not grouped by kind"
        );
        for (k, group) in groups.iter().enumerate() {
            assert_eq!(
                group.len(),
                limit.min(results.total_by_kind[k]),
                "hits of kind {k}"
            );
        }
    } else {
        assert_eq!(results.hits.len(), limit.min(results.total), "hits in all");
    }
    for group in &groups {
        for pair in group.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let in_order = match (rank, results.mode) {
                (Some(rank), _) => {
                    let r = |d: usize| rank.get(d).copied().unwrap_or(u32::MAX);
                    (r(a.doc), a.doc) < (r(b.doc), b.doc)
                }
                (None, MatchMode::Browse) => a.doc < b.doc,
                (None, _) => a.score > b.score || (a.score == b.score && a.doc < b.doc),
            };
            assert!(in_order, "hits {} and {} out of order", a.doc, b.doc);
        }
    }
}

/// Whether `doc` passes `filter`, read from the document's own facets: the engine's
/// filter, written again without its interned tables.
fn passes(filter: &Filter, doc: &Document) -> bool {
    let f = &doc.facets;
    let any = |want: &[String], have: &[Text]| {
        want.is_empty() || have.iter().any(|h| want.iter().any(|w| **w == **h))
    };
    (filter.kinds.is_empty() || filter.kinds.contains(&doc.kind))
        && any(&filter.countries, &f.country)
        && any(&filter.sectors, f.sector.as_slice())
        && any(&filter.languages, &f.language)
        && (filter.levels.is_empty() || f.level.is_some_and(|l| filter.levels.contains(&l)))
        && filter
            .year_range
            .as_ref()
            .is_none_or(|r| f.year.is_some_and(|y| r.contains(&y)))
}

/// Highlight ranges are in their field, on character boundaries, sorted and disjoint per
/// field, and the highlighted segments spell the field's text exactly.
fn check_highlights(doc: &Document, hit: &Hit) {
    for pair in hit.highlights.windows(2) {
        let ((fa, a), (fb, b)) = (&pair[0], &pair[1]);
        assert!(
            fa < fb || (fa == fb && a.end < b.start),
            "highlights not sorted and merged: {:?}",
            hit.highlights
        );
    }
    for (f, range) in &hit.highlights {
        let Some((_, text)) = doc.fields.get(*f) else {
            panic!("highlight in field {f} of {} fields", doc.fields.len());
        };
        let text: &str = text;
        assert!(
            range.start < range.end
                && range.end <= text.len()
                && text.is_char_boundary(range.start)
                && text.is_char_boundary(range.end),
            "highlight {range:?} in {text:?}"
        );
    }
    for (f, (_, text)) in doc.fields.iter().enumerate() {
        let spelled: String = highlight(text, &hit.ranges_in(f))
            .iter()
            .map(|s| s.text)
            .collect();
        assert_eq!(spelled, &**text, "highlight segments do not spell the text");
    }
}

/// A kind's result rows are well-formed markup: one `<li>` per hit of that kind, and only
/// the row's own elements and attributes.
fn rows_are_markup(atlas: &Atlas, docs: &[Document], hits: &[Hit], kind: DocKind, lang: Lang) {
    let html = result_rows_markup(atlas, docs, hits, kind, lang, hits.first().map(|h| h.doc));
    if !hits.iter().any(|h| docs[h.doc].kind == kind) {
        assert!(html.is_empty(), "rows without hits: {html}");
        return;
    }
    let shape = shape_of(&html, "search rows");
    let rows = shape.iter().filter(|e| e.depth == 1).count();
    let of_kind = hits.iter().filter(|h| docs[h.doc].kind == kind).count();
    assert_eq!(rows, of_kind, "one row per hit of the kind: {html}");
    for e in &shape {
        let allowed: &[&str] = match e.name.as_str() {
            "li" => &["role", "id", "class", "aria-selected", "data-doc"],
            "span" | "mark" => &["class"],
            other => panic!("element <{other}> in the result rows: {html}"),
        };
        assert!(
            e.attributes.iter().all(|a| allowed.contains(&a.as_str())),
            "attributes {:?} on <{}>: {html}",
            e.attributes,
            e.name
        );
    }
}
