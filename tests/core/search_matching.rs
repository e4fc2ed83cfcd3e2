//! What a query finds: folding, CJK, prefixes, typos, codes, AND with OR fallback.

use crate::search_fixture::*;
use skills_atlas::core::search::{
    DocKind, Document, Facets, Field, Filter, MatchMode, SearchIndex, SearchResults, Text,
};

fn search(query: &str) -> SearchResults {
    index().search(query, &Filter::default(), 20)
}

fn docs(query: &str) -> Vec<usize> {
    search(query).hits.iter().map(|h| h.doc).collect()
}

#[test]
fn accents_case_and_eszett_are_folded() {
    assert_eq!(docs("turkiye"), [TURKIYE]);
    assert_eq!(docs("TÜRKEI"), [TURKIYE]);
    // Exact matches first; `schweisser`/`schweissern` follow as typo matches.
    assert_eq!(docs("schweissen ")[0], TRAINER_MUELLER);
    assert_eq!(docs("Schweißer ")[0], WELDING);
    assert_eq!(docs("MULLER"), [TRAINER_MUELLER]);
}

#[test]
fn chinese_words_match_without_spaces() {
    let found = docs("汽车维修");
    for doc in [AUTO_MECHATRONICS, AUTO_BODY, TRAINER_WANG] {
        assert!(found.contains(&doc), "{doc} missing from {found:?}");
    }
    assert_ne!(
        found[0], AUTO_BODY,
        "the exact phrase ranks above 汽车…维修 apart"
    );
    assert_eq!(docs("德国"), [GERMANY]);
    assert_eq!(docs("焊"), [WELDING], "a single character is a query");
    assert_eq!(docs("重庆工业"), [PARTNER_CHONGQING]);
}

#[test]
fn the_last_word_matches_as_a_prefix() {
    assert_eq!(docs("mechatr"), [AUTO_MECHATRONICS]);
    let auto = docs("automoti");
    assert!(
        auto.contains(&AUTO_MECHATRONICS)
            && auto.contains(&AUTO_BODY)
            && auto.contains(&TRAINER_WANG)
    );
    assert!(docs("chongqing coll").contains(&PARTNER_CHONGQING));
    assert!(
        !docs("mechatr ").contains(&AUTO_MECHATRONICS),
        "a finished word is not a prefix"
    );
}

#[test]
fn typos_are_tolerated_by_length() {
    assert!(
        docs("weldng ").contains(&WELDING),
        "one typo in six letters"
    );
    assert!(
        docs("mechatronkier ").contains(&AUTO_MECHATRONICS),
        "a swap in a long word"
    );
    assert!(docs("elektronikr ").contains(&ELECTRICIAN));
    assert!(docs("tecnician ").contains(&WELDING));
    assert!(docs("dr ").contains(&TRAINER_MUELLER));
    assert!(!docs("tuv ").is_empty());
    assert!(
        docs("mulller ").contains(&TRAINER_MUELLER),
        "one edit in seven letters"
    );
    assert!(
        !docs("wng ").contains(&TRAINER_WANG),
        "three letters get no typo"
    );
    assert!(
        !docs("anne ").contains(&TRAINER_MUELLER),
        "nor do four: `anne` is not `anna`"
    );
}

#[test]
fn exact_beats_typo() {
    let found = docs("welding ");
    assert!(found.contains(&WEDDING), "wedding is one typo away");
    assert_eq!(
        *found.last().unwrap(),
        WEDDING,
        "but ranks after exact matches: {found:?}"
    );
}

#[test]
fn an_exact_code_comes_first() {
    for query in [
        "BRS-AUTO-003",
        "brs-auto-003",
        " ＢＲＳ－ＡＵＴＯ－００３ ",
        "BRS\u{2011}AUTO\u{2011}003",
    ] {
        let found = docs(query);
        assert_eq!(found[0], AUTO_MECHATRONICS, "{query}: {found:?}");
    }
    let family = docs("BRS-AUTO");
    for doc in [AUTO_MECHATRONICS, AUTO_BODY, AUTOMATION] {
        assert!(family.contains(&doc));
    }
    assert_eq!(
        docs("brs-auto-01"),
        [AUTOMATION],
        "a code being typed matches as a prefix"
    );
}

#[test]
fn titles_outrank_bodies() {
    let found = docs("automotive ");
    let title = found.iter().position(|&d| d == AUTO_MECHATRONICS).unwrap();
    let body = found.iter().position(|&d| d == TRAINER_WANG).unwrap();
    assert!(title < body, "{found:?}");
}

#[test]
fn all_words_must_match_unless_none_does() {
    let both = search("welding chongqing");
    assert_eq!(both.mode, MatchMode::All);
    assert_eq!(
        both.hits.iter().map(|h| h.doc).collect::<Vec<_>>(),
        [TRAINER_MUELLER]
    );

    let either = search("thailand schweisser");
    assert_eq!(either.mode, MatchMode::Any, "no document has both words");
    let found: Vec<usize> = either.hits.iter().map(|h| h.doc).collect();
    assert!(
        found.contains(&THAILAND) && found.contains(&WELDING),
        "{found:?}"
    );
}

#[test]
fn a_word_found_nowhere_is_found_by_its_parts() {
    // Only inside a longer word (`Fahrzeugbaumechaniker`).
    assert_eq!(docs("Mechaniker "), [AUTO_BODY]);
    // A compound the fixture never wrote: by its last word, whatever comes before it…
    assert_eq!(docs("Unterwasserschweißer ")[0], WELDING);
    // …or by its first, whatever follows.
    assert!(docs("Schweißkurs ").contains(&WELDING));
    // Chinese longer than the fixture's words: the pair found nowhere (`焊机`, welding
    // machine) by its characters, so the welder comes with the electrician (`电工`).
    let found = docs("电工焊机");
    assert!(
        found.contains(&WELDING) && found.contains(&ELECTRICIAN),
        "{found:?}"
    );
    assert_eq!(docs("焊机"), [WELDING]);
    // A first part shorter than four letters is no part: `urin` is not in `Turin`.
    assert!(docs("urin ").is_empty(), "{:?}", docs("urin "));
}

#[test]
fn suggestions_when_nothing_matches() {
    let results = search("wxldinx ");
    assert_eq!(results.total, 0);
    assert!(
        results.suggestions.contains(&"welding".to_string()),
        "{:?}",
        results.suggestions
    );
    assert!(search("welding").suggestions.is_empty());
}

#[test]
fn empty_query_browses_everything_in_order() {
    let results = index().search("", &Filter::default(), 5);
    assert_eq!(results.mode, MatchMode::Browse);
    assert_eq!(results.total, corpus().len());
    assert_eq!(
        results.hits.iter().map(|h| h.doc).collect::<Vec<_>>(),
        [0, 1, 2, 3, 4]
    );
    assert_eq!(
        index().search("  ", &Filter::default(), 100).total,
        corpus().len()
    );
}

#[test]
fn scores_are_stable_between_runs() {
    // Twelve documents with the same text score the same, so their order is the documented
    // tie-break alone: by position in the corpus, 0, 1, 2, … . An order that came from a
    // hash map, a sort that is not stable by position or the order in which postings were
    // visited would show up here as some other permutation.
    let twins: Vec<Document> = (0..12)
        .map(|i| Document {
            id: format!("twin-{i}"),
            kind: DocKind::Standard,
            fields: vec![
                (Field::Title, Text::from("Automotive Body Repair")),
                (Field::Sector, Text::from("Automotive")),
            ],
            facets: Facets::default(),
        })
        .collect();
    for _ in 0..3 {
        let index = SearchIndex::build(&twins);
        for (query, limit) in [("auto", 12), ("automotive repair", 12), ("auto", 5)] {
            let results = index.search(query, &Filter::default(), limit);
            assert_eq!(results.total, 12, "{query}");
            let order: Vec<usize> = results.hits.iter().map(|h| h.doc).collect();
            assert_eq!(
                order,
                (0..limit).collect::<Vec<_>>(),
                "{query} (limit {limit})"
            );
            assert!(
                results
                    .hits
                    .iter()
                    .all(|h| h.score == results.hits[0].score),
                "{query}: equal texts, equal scores"
            );
        }
    }
    // On the fixture: best score first, equal scores by position, and the same answer from
    // an index built again.
    let a = index().search("auto", &Filter::default(), 20);
    assert!(a.hits.len() >= 4, "{:?}", a.hits);
    for w in a.hits.windows(2) {
        assert!(
            w[0].score > w[1].score || (w[0].score == w[1].score && w[0].doc < w[1].doc),
            "{:?} before {:?}",
            (w[0].doc, w[0].score),
            (w[1].doc, w[1].score)
        );
    }
    assert_eq!(a, index().search("auto", &Filter::default(), 20));
}
