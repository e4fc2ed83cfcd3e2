//! Hits carry byte ranges into the original field text, ready for `highlight`.

use crate::search_fixture::*;
use skills_atlas::core::search::{highlight, Filter, Hit, SearchIndex};

/// The marked pieces of every field of a hit.
fn marked(index: &SearchIndex, hit: &Hit) -> Vec<String> {
    let doc = &index.documents()[hit.doc];
    let mut pieces = Vec::new();
    for (f, (_, text)) in doc.fields.iter().enumerate() {
        for segment in highlight(text, &hit.ranges_in(f)) {
            if segment.marked {
                pieces.push(segment.text.to_owned());
            }
        }
    }
    pieces
}

fn first_hit_marks(query: &str) -> Vec<String> {
    let index = index();
    let results = index.search(query, &Filter::default(), 10);
    marked(&index, &results.hits[0])
}

#[test]
fn marks_the_original_spelling() {
    assert_eq!(first_hit_marks("schweissen "), ["Schweißen"]);
    assert_eq!(first_hit_marks("turkiye"), ["Türkiye"]);
}

#[test]
fn marks_prefix_and_typo_matches_whole() {
    assert_eq!(
        first_hit_marks("mechatr"),
        ["Mechatronics", "Mechatroniker"]
    );
    assert_eq!(first_hit_marks("weldng "), ["Welding"]);
}

#[test]
fn marks_every_field_a_matched_word_is_in() {
    // Highlighting reads only the fields of the kinds a hit matched in; each word's own.
    assert_eq!(
        first_hit_marks("welding chongqing"),
        ["Welding", "Chongqing"]
    );
    assert_eq!(
        first_hit_marks("automotive mechatronics "),
        ["Automotive", "Mechatronics", "Automotive"]
    );
}

#[test]
fn marks_chinese_words() {
    let index = index();
    let results = index.search("维修", &Filter::default(), 10);
    let hit = results
        .hits
        .iter()
        .find(|h| h.doc == AUTO_MECHATRONICS)
        .unwrap();
    assert_eq!(marked(&index, hit), ["维修"]);
}

#[test]
fn marks_a_whole_code() {
    assert_eq!(first_hit_marks("BRS-AUTO-003"), ["BRS-AUTO-003"]);
}

#[test]
fn ranges_are_sorted_merged_and_on_char_boundaries() {
    let index = index();
    for query in ["汽车维修", "auto", "schw", "brs", "tür"] {
        for hit in index.search(query, &Filter::default(), 20).hits {
            let doc = &index.documents()[hit.doc];
            for pair in hit.highlights.windows(2) {
                assert!(
                    pair[0].0 < pair[1].0 || pair[0].1.end < pair[1].1.start,
                    "{query}: {pair:?}"
                );
            }
            for (f, range) in &hit.highlights {
                let text = &doc.fields[*f].1;
                assert!(
                    text.get(range.clone()).is_some(),
                    "{query}: {range:?} in {text}"
                );
            }
        }
    }
}

#[test]
fn browsing_marks_nothing() {
    let results = index().search("", &Filter::default(), 3);
    assert!(results.hits.iter().all(|h| h.highlights.is_empty()));
}
