//! Filters restrict hits; facet counts follow the query and ignore their own facet's filter.

use crate::search_fixture::*;
use skills_atlas::core::search::{DocKind, FacetCounts, Filter};

fn docs_with(query: &str, filter: &Filter) -> Vec<usize> {
    index()
        .search(query, filter, 50)
        .hits
        .iter()
        .map(|h| h.doc)
        .collect()
}

#[test]
fn kinds_filter_and_totals() {
    let filter = Filter {
        kinds: vec![DocKind::Trainer],
        ..Filter::default()
    };
    let results = index().search("welding", &filter, 10);
    assert_eq!(
        results.hits.iter().map(|h| h.doc).collect::<Vec<_>>(),
        [TRAINER_MUELLER]
    );
    assert_eq!(results.total, 1);
    assert_eq!(results.total_of(DocKind::Trainer), 1);
    assert_eq!(
        results.total_of(DocKind::Standard),
        0,
        "totals follow the whole filter"
    );
    // The kind facet ignores the kind filter, so the "Standards" tab can still show its count.
    assert!(results.facet_counts.kinds.contains(&(DocKind::Standard, 1)));
    assert!(results.facet_counts.kinds.contains(&(DocKind::Trainer, 1)));
}

#[test]
fn country_counts_stay_disjunctive() {
    let filter = Filter {
        countries: vec!["DE".into()],
        ..Filter::default()
    };
    let results = index().search("", &filter, 50);
    let found: Vec<usize> = results.hits.iter().map(|h| h.doc).collect();
    assert_eq!(
        found,
        [
            AUTO_MECHATRONICS,
            WELDING,
            TRAINER_MUELLER,
            PARTNER_TUEV,
            GERMANY
        ]
    );
    let counts = &results.facet_counts.countries;
    assert!(counts.contains(&("DE".into(), 5)));
    assert!(
        counts.contains(&("CN".into(), 5)),
        "other countries still counted: {counts:?}"
    );
    // Other facets follow the country filter.
    assert!(results.facet_counts.kinds.contains(&(DocKind::Country, 1)));
}

#[test]
fn facets_combine_with_and_values_with_or() {
    let filter = Filter {
        countries: vec!["TH".into(), "CN".into()],
        sectors: vec!["Automotive".into()],
        ..Filter::default()
    };
    assert_eq!(
        docs_with("", &filter),
        [AUTO_MECHATRONICS, AUTO_BODY, TRAINER_WANG]
    );
    let filter = Filter {
        levels: vec![3],
        languages: vec!["de".into()],
        ..Filter::default()
    };
    assert_eq!(docs_with("", &filter), [AUTO_MECHATRONICS, ELECTRICIAN]);
}

#[test]
fn year_range_excludes_undated_documents() {
    let filter = Filter {
        year_range: Some(2021..=2022),
        ..Filter::default()
    };
    assert_eq!(docs_with("", &filter), [AUTO_MECHATRONICS, AUTO_BODY]);
    #[allow(clippy::reversed_empty_ranges)]
    let reversed = Filter {
        year_range: Some(2022..=2021),
        ..Filter::default()
    };
    assert!(docs_with("", &reversed).is_empty());
}

#[test]
fn unknown_facet_values_match_nothing() {
    let filter = Filter {
        countries: vec!["Atlantis".into()],
        sectors: vec![String::new()],
        languages: vec!["xx".into()],
        levels: vec![255],
        ..Filter::default()
    };
    let results = index().search("auto", &filter, 10);
    assert!(results.hits.is_empty());
    assert_eq!(results.total, 0);
    assert!(results.facet_counts.kinds.is_empty());
}

#[test]
fn counts_follow_the_query() {
    let results = index().search("automotive", &Filter::default(), 10);
    assert_eq!(
        results.facet_counts.sectors,
        [("Automotive".to_string(), 3)]
    );
    let years: Vec<u16> = results.facet_counts.years.iter().map(|(y, _)| *y).collect();
    assert_eq!(years, [2021, 2022]);
    assert_eq!(results.facet_counts.levels, [(2, 1), (3, 1)]);
}

#[test]
fn facet_totals_count_every_value_of_every_document() {
    let index = index();
    let totals = index.facet_totals();
    // Browsing everything without a filter counts every document, so it must agree.
    let browse = index.search("", &Filter::default(), 0).facet_counts;
    assert_eq!(totals, browse);
    // And a query's counts are a part of them: never a value the totals lack, never more.
    let query = index
        .search("automotive", &Filter::default(), 0)
        .facet_counts;
    assert!(!query.countries.is_empty());
    for (value, n) in &query.countries {
        assert!(
            FacetCounts::count(&totals.countries, value) >= *n,
            "{value}"
        );
    }
    assert!(totals.countries.len() > query.countries.len());
    assert!(totals.languages.iter().all(|&(_, n)| n > 0));
}

#[test]
fn a_facet_count_is_found_by_value() {
    let counts = index().facet_totals();
    for (value, n) in &counts.countries {
        assert_eq!(FacetCounts::count(&counts.countries, value), *n, "{value}");
    }
    assert_eq!(FacetCounts::count(&counts.countries, "XX"), 0);
    assert_eq!(FacetCounts::count(&counts.sectors, ""), 0);
    assert_eq!(FacetCounts::count(&[], "DE"), 0);
}
