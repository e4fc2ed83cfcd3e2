//! Whatever is typed or pasted, search reads a bounded part of it and never panics.

use crate::search_fixture::*;
use skills_atlas::core::search::{highlight, tokenize, Filter, SearchIndex};

/// A query this long has been cut before it is read: a word added at its end changes nothing.
/// (The cut is at 1 KiB; 4 KiB leaves room to change that without touching this test.)
const SURELY_CUT_BYTES: usize = 4096;
/// Longest term kept, in characters: longer words are truncated alike in documents and queries.
const LONGEST_TERM_CHARS: usize = 32;

/// Searches and checks the answer is well-formed and bounded: the hits by the limit, the
/// suggestions by a handful, and the work by how much of the query is read at all.
fn survives(index: &SearchIndex, query: &str, filter: &Filter) {
    let results = index.search(query, filter, 10);
    assert!(results.hits.len() <= 10 && results.hits.len() <= results.total);
    assert!(results.total <= index.documents().len());
    assert!(results.suggestions.len() <= 5, "{:?}", results.suggestions);
    // Each term is truncated, so typo matching never compares a 10,000-character word.
    for token in tokenize(query) {
        assert!(
            token.term.chars().count() <= LONGEST_TERM_CHARS,
            "a term of {} characters from {:.40}",
            token.term.chars().count(),
            query
        );
    }
    // Only the start of a long paste is read: a word that matches, after it, is never seen.
    if query.len() >= SURELY_CUT_BYTES {
        assert_eq!(
            index.search(&format!("{query} welding"), filter, 10),
            results,
            "the end of {:.40}… ({} bytes) was read",
            query,
            query.len()
        );
    }
    for hit in &results.hits {
        let doc = &index.documents()[hit.doc];
        for (f, _) in &hit.highlights {
            let text = &doc.fields[*f].1;
            let rendered: String = highlight(text, &hit.ranges_in(*f))
                .iter()
                .map(|s| s.text)
                .collect();
            assert_eq!(
                rendered.as_str(),
                &**text,
                "segments cover the text exactly"
            );
        }
    }
}

fn bad_queries() -> Vec<String> {
    let mut queries: Vec<String> = [
        "",
        " ",
        "\t\n",
        "?!.,;:-–—/\\()[]{}…",
        "🙂👍🏽🇩🇪 👩‍🔧",
        "مرحبا بالعالم",
        "שלום עולם",
        ".*[a-z]+(",
        "<script>alert(1)</script>",
        "'; DROP TABLE standards; --",
        "\u{0}\u{200B}\u{FEFF}\u{202E}",
        "a\u{0301}\u{0301}\u{0301}\u{0301}",
        "------",
        "BRS-",
        "-BRS",
        "汽",
        "ｶﾞｯｺｳ",
    ]
    .iter()
    .map(|q| q.to_string())
    .collect();
    queries.push("x".repeat(10_000));
    queries.push("schweißen ".repeat(1_000));
    queries.push(
        (0..2_000)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" "),
    );
    queries.push("汽车".repeat(5_000));
    queries.push("a-".repeat(5_000));
    queries.push("🙂".repeat(3_000));
    queries
}

#[test]
fn hostile_queries_do_not_panic_or_hang() {
    let index = index();
    for query in bad_queries() {
        survives(&index, &query, &Filter::default());
    }
}

#[test]
fn hostile_queries_with_unknown_facets() {
    let index = index();
    let filter = Filter {
        countries: vec!["<script>".into()],
        year_range: Some(0..=u16::MAX),
        ..Filter::default()
    };
    for query in bad_queries() {
        survives(&index, &query, &filter);
    }
}

#[test]
fn only_the_first_terms_of_a_query_are_used() {
    let index = index();
    assert!(index.search("welding", &Filter::default(), 10).total > 0);
    // A hundred words that match nothing (500 bytes, well within the byte cut), then one
    // that matches: a query of that many terms is cut to its first ones, so no document is
    // found, as without the last word.
    let filler: String = (0..100).map(|i| format!("zq{i} ")).collect();
    assert!(filler.len() < 1024);
    let without = index.search(&filler, &Filter::default(), 10);
    assert_eq!(without.total, 0);
    assert_eq!(
        index.search(&format!("{filler}welding"), &Filter::default(), 10),
        without
    );
}

#[test]
fn punctuation_only_browses() {
    let results = index().search("?!()", &Filter::default(), 100);
    assert_eq!(results.total, corpus().len());
}

#[test]
fn html_is_just_text() {
    let results = index().search("<script>alert(1)</script>", &Filter::default(), 10);
    assert_eq!(results.total, 0);
}

#[test]
fn an_empty_index_answers() {
    let index = SearchIndex::build(&[]);
    assert!(index.is_empty());
    for query in ["", "auto", "汽车", "BRS-AUTO-003"] {
        let results = index.search(query, &Filter::default(), 10);
        assert_eq!(results.total, 0);
        assert!(results.suggestions.is_empty());
    }
    assert_eq!(index.search("x", &Filter::default(), 0).hits.len(), 0);
}
