//! A query costs bounded work whatever it is: a word that folds to nothing is no term, and
//! one term expands to at most [`MAX_EXPANSIONS`] dictionary terms.

use skills_atlas::core::search::{
    DocKind, Document, Facets, Field, Filter, MatchMode, SearchIndex, Text, MAX_EXPANSIONS,
    MAX_POSTINGS_SCANNED,
};

/// One document per word `q0000x`, `q0001x`, … (`n` words starting with `q`).
fn words(n: usize) -> SearchIndex {
    let docs: Vec<Document> = (0..n)
        .map(|i| Document {
            id: format!("d{i}"),
            kind: DocKind::Standard,
            fields: vec![(Field::Title, Text::from(format!("q{i:04}x").as_str()))],
            facets: Facets::default(),
        })
        .collect();
    SearchIndex::build(&docs)
}

#[test]
fn a_prefix_expands_to_at_most_max_expansions_terms() {
    // At the edge every term is found; one more, and the last is left out.
    let results = words(MAX_EXPANSIONS).search("q", &Filter::default(), 10);
    assert_eq!(results.total, MAX_EXPANSIONS);
    let results = words(MAX_EXPANSIONS + 1).search("q", &Filter::default(), 10);
    assert_eq!(results.total, MAX_EXPANSIONS);
    assert_eq!(results.postings_scanned, MAX_EXPANSIONS);
    // A typed word is still found exactly, whatever the cap left out of its prefix.
    let results = words(MAX_EXPANSIONS * 2).search("q0500x", &Filter::default(), 10);
    assert_eq!(results.hits.first().map(|h| h.doc), Some(500));
}

#[test]
fn marks_that_fold_to_nothing_read_no_postings() {
    let index = words(50);
    for query in ["\u{093F}", "\u{0345}", "\u{0301}\u{0301}", "\u{200D}"] {
        let results = index.search(query, &Filter::default(), 10);
        assert_eq!(results.postings_scanned, 0, "{query:?}");
        // A mark that folds to nothing leaves no term (browse); a spacing one matches nothing.
        assert!(
            results.mode == MatchMode::Browse || results.total == 0,
            "{query:?}"
        );
    }
    // With a real word, the empty one adds nothing: the word alone decides.
    let results = index.search("q0007x \u{093F}", &Filter::default(), 10);
    assert_eq!(results.total, 1);
    assert_eq!(results.postings_scanned, 1);
}

#[test]
fn a_long_query_of_prefixes_stays_under_the_postings_cap() {
    let index = words(2_000);
    let query = (0..40).map(|i| format!("q{i} ")).collect::<String>() + "q";
    let results = index.search(&query, &Filter::default(), 10);
    assert!(results.postings_scanned <= MAX_POSTINGS_SCANNED);
}
