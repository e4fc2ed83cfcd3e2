//! Whatever is typed or pasted, search answers quickly and never panics.

use std::time::{Duration, Instant};

use crate::search_fixture::*;
use skills_atlas::core::search::{highlight, Filter, SearchIndex};

/// Searches and checks the answer is well-formed and quick.
fn survives(index: &SearchIndex, query: &str, filter: &Filter) {
    let start = Instant::now();
    let results = index.search(query, filter, 10);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "too slow for {:.40}",
        query
    );
    assert!(results.hits.len() <= 10 && results.hits.len() <= results.total);
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
