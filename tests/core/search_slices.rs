//! The search corpus built a unit of work at a time (as the app builds it between frames)
//! is the corpus built at once, however the work is sliced, and the slices stay small: the
//! number of units grows with the data instead of the units growing.

use skills_atlas::core::atlas_search::{SearchCorpus, SearchCorpusBuilder, SearchSort};
use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
use skills_atlas::core::data::{load, Atlas, LoadOutcome};
use skills_atlas::core::search::{DocKind, Filter, SearchIndex, SearchIndexBuilder};
use skills_atlas::core::url_state::Lang;

/// Prefixes, typos, German, Chinese, codes, names, an empty query (browse everything).
const QUERIES: [&str; 14] = [
    "mechatronics",
    "mechatr",
    "weldr",
    "autmotive paintr",
    "Schweißer",
    "schweissen",
    "Kfz-Mechatroniker",
    "汽车维修",
    "焊工",
    "BRS-AUTO-003",
    "brs-manu-00",
    "Deutschland",
    "Türkei",
    "",
];

fn committed_atlas() -> Atlas {
    let text = std::fs::read_to_string("public/data/atlas.json").unwrap();
    match load(&text) {
        LoadOutcome::Loaded { atlas, .. } => atlas,
        LoadOutcome::Failed { problems, .. } => panic!("{problems:?}"),
    }
}

/// Builds the corpus of `atlas` asking to yield after every unit for which `yield_after`
/// says so; returns it and the number of steps (calls of `step`) it took.
fn sliced(atlas: &Atlas, mut yield_after: impl FnMut(usize) -> bool) -> (SearchCorpus, usize) {
    let mut builder = SearchCorpusBuilder::new(atlas);
    let (mut units, mut steps) = (0, 0);
    loop {
        steps += 1;
        let corpus = builder.step(&mut || {
            units += 1;
            yield_after(units)
        });
        if let Some(corpus) = corpus {
            return (corpus, steps);
        }
    }
}

/// Everything a view reads from a corpus, compared between two of them.
fn assert_same(sliced: &SearchCorpus, whole: &SearchCorpus, what: &str) {
    assert_eq!(sliced.index.stats(), whole.index.stats(), "{what}");
    assert_eq!(sliced.index.documents(), whole.index.documents(), "{what}");
    assert_eq!(sliced.facet_totals(), whole.facet_totals(), "{what}");
    let filters = [
        Filter::default(),
        Filter {
            kinds: vec![DocKind::Trainer],
            ..Filter::default()
        },
    ];
    for query in QUERIES {
        for filter in &filters {
            for sort in [SearchSort::Relevance, SearchSort::Name] {
                let a = sliced.search(query, filter, 6, sort, Lang::De);
                let b = whole.search(query, filter, 6, sort, Lang::De);
                // Scores too: the field-length factors must be the same to the bit.
                assert_eq!(a, b, "{what}: {query:?} {sort:?}");
            }
        }
    }
}

#[test]
fn a_corpus_built_in_slices_is_the_corpus_built_at_once() {
    for (name, atlas) in [("x1", committed_atlas()), ("x4", generate(DEFAULT_SEED, 4))] {
        let whole = SearchCorpus::build(&atlas);
        assert!(
            whole
                .search(
                    "weldr",
                    &Filter::default(),
                    6,
                    SearchSort::Relevance,
                    Lang::En
                )
                .total
                > 0
        );
        // One unit per step, then a few units per step, in uneven slices.
        let (one_unit, steps) = sliced(&atlas, |_| true);
        assert!(steps > 20, "{name}: {steps} steps");
        assert_same(&one_unit, &whole, &format!("{name}, one unit per step"));
        let (uneven, uneven_steps) = sliced(&atlas, |units| units % 7 == 0 || units % 11 == 0);
        assert!(
            1 < uneven_steps && uneven_steps < steps,
            "{name}: {uneven_steps} of {steps}"
        );
        assert_same(&uneven, &whole, &format!("{name}, uneven slices"));
    }
}

#[test]
fn an_index_built_in_slices_is_the_index_built_at_once() {
    // The engine's own builder, over documents of no dataset: none, one, and many that
    // share texts, through every stage one unit at a time.
    let atlas = generate(DEFAULT_SEED, 2);
    let docs = skills_atlas::core::atlas_search::documents(&atlas);
    for docs in [Vec::new(), docs[..1].to_vec(), docs] {
        let whole = SearchIndex::build(&docs);
        let mut builder = SearchIndexBuilder::new(docs.clone());
        let index = loop {
            if let Some(index) = builder.step(&mut || true) {
                break index;
            }
        };
        assert_eq!(index.stats(), whole.stats());
        assert_eq!(index.facet_totals(), whole.facet_totals());
        for query in QUERIES {
            let filter = Filter::default();
            assert_eq!(
                index.search(query, &filter, 20),
                whole.search(query, &filter, 20),
                "{query:?}"
            );
        }
    }
}

#[test]
fn the_number_of_units_grows_with_the_data() {
    // Units of bounded size: four times the records take about four times the units, less
    // the few of the stages whose work does not grow with the data (26 units at x1, 55 at
    // x4, 166 at x16).
    let units = |scale| sliced(&generate(DEFAULT_SEED, scale), |_| true).1;
    let (small, large) = (units(4), units(16));
    assert!(large * 2 > small * 5, "{small} units at x4, {large} at x16");
}
