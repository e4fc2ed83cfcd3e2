//! The adapter from the dataset to search documents, the result presentation and the
//! search corpus's sort orders, over the committed dataset.

use skills_atlas::core::atlas_search::field_layout::{code_field, title_field};
use skills_atlas::core::atlas_search::present::excerpt;
use skills_atlas::core::atlas_search::{
    documents, occupation_key, occupation_names, present_hit, SearchCorpus, SearchSort,
};
use skills_atlas::core::data::{load, Atlas, LoadOutcome};
use skills_atlas::core::i18n::{parse_catalog, SOURCES};
use skills_atlas::core::search::{DocKind, Field, Filter, SearchIndex};
use skills_atlas::core::url_state::Lang;

fn atlas() -> Atlas {
    let text = std::fs::read_to_string("public/data/atlas.json").unwrap();
    match load(&text) {
        LoadOutcome::Loaded { atlas, .. } => atlas,
        LoadOutcome::Failed { problems, .. } => panic!("{problems:?}"),
    }
}

#[test]
fn every_record_becomes_one_document_of_its_kind() {
    let atlas = atlas();
    let docs = documents(&atlas);
    let count = |k| docs.iter().filter(|d| d.kind == k).count();
    assert_eq!(count(DocKind::Standard), atlas.standards.len());
    assert_eq!(count(DocKind::Trainer), atlas.trainers.len());
    assert_eq!(count(DocKind::Partner), atlas.partners.len());
    assert_eq!(count(DocKind::Country), atlas.countries.len());
    let mut ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), docs.len(), "ids are unique across kinds");
}

#[test]
fn documents_share_the_texts_they_have_in_common() {
    // The index builder tokenizes a shared text once; equal texts must be one allocation.
    let atlas = atlas();
    let docs = documents(&atlas);
    let partners: Vec<_> = docs.iter().filter(|d| d.kind == DocKind::Partner).collect();
    let body = |d: &skills_atlas::core::search::Document| {
        d.fields
            .iter()
            .find(|(f, _)| *f == Field::Body)
            .unwrap()
            .1
            .clone()
    };
    let mut pairs = 0;
    for (i, a) in partners.iter().enumerate() {
        for b in &partners[i + 1..] {
            if a.facets.country == b.facets.country {
                assert!(body(a).address() == body(b).address(), "{} {}", a.id, b.id);
                pairs += 1;
            }
        }
    }
    assert!(pairs > 0, "some partners share a country");
    // Every sector text of every document with the same sector list is one allocation.
    let mut seen: std::collections::HashMap<String, skills_atlas::core::search::Text> =
        Default::default();
    for d in &docs {
        for (f, t) in &d.fields {
            if *f == Field::Sector {
                let first = seen.entry(t.to_string()).or_insert_with(|| t.clone());
                assert!(first.address() == t.address(), "{t}");
            }
        }
    }
}

#[test]
fn a_standard_carries_titles_in_three_languages_and_its_facets() {
    let atlas = atlas();
    let docs = documents(&atlas);
    let doc = docs.iter().find(|d| d.id == "BRS-AUTO-002").unwrap();
    let standard = atlas
        .standards
        .iter()
        .find(|s| s.code == "BRS-AUTO-002")
        .unwrap();
    for lang in Lang::ALL {
        let (field, text) = &doc.fields[title_field(DocKind::Standard, lang)];
        assert_eq!(*field, Field::Title);
        assert_eq!(&**text, standard.title.get(lang));
    }
    assert_eq!(
        &*doc.fields[code_field(DocKind::Standard)].1,
        "BRS-AUTO-002"
    );
    assert_eq!(doc.facets.country, standard.countries);
    assert_eq!(doc.facets.sector.as_deref(), Some("automotive"));
    assert_eq!(doc.facets.level, Some(standard.level));
    assert_eq!(doc.facets.year, Some(standard.year));
    let body: String = doc
        .fields
        .iter()
        .filter(|(f, _)| *f == Field::Body)
        .map(|(_, t)| &**t)
        .collect();
    for c in &standard.countries {
        let country = atlas.country(c).unwrap();
        for name in [&country.name.en, &country.name.zh_hans, &country.name.de] {
            assert!(body.contains(name.as_str()), "{name} missing from {body}");
        }
    }
}

#[test]
fn every_document_reads_its_own_texts_from_the_shared_string() {
    // The adapter writes titles, codes and trainers' standards into strings it shares once
    // each is full; a text left pointing at a placeholder would read other bytes.
    let atlas = atlas();
    let docs = documents(&atlas);
    let (standards, rest) = docs.split_at(atlas.standards.len());
    let (trainers, rest) = rest.split_at(atlas.trainers.len());
    let (partners, countries) = rest.split_at(atlas.partners.len());
    for (doc, s) in standards.iter().zip(&atlas.standards) {
        for (l, &lang) in Lang::ALL.iter().enumerate() {
            assert_eq!(doc.fields[l].1, s.title.get(lang), "{}", s.code);
        }
        assert_eq!(doc.fields[3], (Field::Code, s.code.as_str().into()));
    }
    for (doc, t) in trainers.iter().zip(&atlas.trainers) {
        assert_eq!(
            doc.fields[0],
            (Field::Title, t.display_name.as_str().into())
        );
        assert_eq!(doc.fields[1], (Field::Code, t.id.as_str().into()));
        assert_eq!(doc.fields[5].1, t.standards.join(" "), "{}", t.id);
    }
    for (doc, p) in partners.iter().zip(&atlas.partners) {
        for (l, &lang) in Lang::ALL.iter().enumerate() {
            assert_eq!(doc.fields[l].1, p.name.get(lang), "{}", p.id);
        }
        assert_eq!(doc.fields[3], (Field::Code, p.id.as_str().into()));
    }
    for (doc, c) in countries.iter().zip(&atlas.countries) {
        for (l, &lang) in Lang::ALL.iter().enumerate() {
            assert_eq!(doc.fields[l].1, c.name.get(lang), "{}", c.id);
        }
        assert_eq!(doc.facets.country, std::slice::from_ref(&c.id));
    }
}

#[test]
fn every_occupation_has_other_names_and_every_other_name_an_occupation() {
    let atlas = atlas();
    let mut occupations: Vec<&str> = atlas
        .standards
        .iter()
        .map(|s| s.occupation.as_str())
        .collect();
    occupations.sort_unstable();
    occupations.dedup();
    for id in &occupations {
        assert!(occupation_key(id).is_some(), "{id} has no other names");
    }
    // A key no occupation has is a name nobody can find.
    let keys: Vec<String> = SOURCES[0]
        .1
        .iter()
        .flat_map(|src| parse_catalog(src).unwrap().into_keys())
        .filter(|k| k.starts_with("search_occupation_"))
        .collect();
    assert_eq!(keys.len(), occupations.len(), "{keys:?}");
    // Indexed with the id's words, in every language.
    let names = occupation_names("chinese_cuisine_chef");
    for word in ["chinese cuisine chef", "cook", "厨师", "Köchin"] {
        assert!(names.contains(word), "{names}");
    }
    assert_eq!(occupation_names("no_such_job"), "no such job");
}

#[test]
fn a_trainer_has_country_languages_specialisms_and_standards() {
    let atlas = atlas();
    let docs = documents(&atlas);
    let trainer = &atlas.trainers[0];
    let doc = docs.iter().find(|d| d.id == trainer.id).unwrap();
    assert_eq!(
        doc.fields[0],
        (Field::Title, trainer.display_name.as_str().into())
    );
    assert_eq!(doc.facets.country, std::slice::from_ref(&trainer.country));
    assert_eq!(doc.facets.language, trainer.languages);
    let all: String = doc
        .fields
        .iter()
        .map(|(_, t)| &**t)
        .collect::<Vec<_>>()
        .join(" ");
    for code in &trainer.standards {
        assert!(all.contains(code.as_str()));
    }
    assert!(all.contains(atlas.country_name(&trainer.country, Lang::ZhHans)));
}

#[test]
fn a_german_match_is_shown_as_context_under_an_english_title() {
    let atlas = atlas();
    let docs = documents(&atlas);
    let index = SearchIndex::build(&docs);
    let results = index.search("Schweißer", &Filter::default(), 1);
    let hit = &results.hits[0];
    let doc = &docs[hit.doc];
    let shown = present_hit(doc, hit, Lang::En);
    assert_eq!(shown.title.0, "Welder");
    assert!(shown.title.1.is_empty());
    let (text, ranges) = shown.context.expect("the German title is shown as context");
    assert_eq!(&text[ranges[0].clone()], "Schweißer");
    // In German, the title itself is marked and no context is needed.
    let shown = present_hit(doc, hit, Lang::De);
    assert_eq!(&shown.title.0[shown.title.1[0].clone()], "Schweißer");
    assert_eq!(shown.context, None);
}

#[test]
#[allow(clippy::single_range_in_vec_init)]
fn excerpts_cut_around_the_match_on_character_boundaries() {
    let text = "汽车".repeat(40) + "焊工" + &"维修".repeat(40);
    let at = text.find("焊工").unwrap();
    let (cut, ranges) = excerpt(&text, &[at..at + "焊工".len()]);
    assert!(cut.starts_with('…') && cut.ends_with('…'));
    assert_eq!(&cut[ranges[0].clone()], "焊工");
    assert!(cut.chars().count() < 70);
    let (whole, ranges) = excerpt("Welder", &[0..6]);
    assert_eq!((whole.as_str(), ranges), ("Welder", vec![0..6]));
}

#[test]
fn sorting_by_name_and_year_orders_every_group() {
    let atlas = atlas();
    let corpus = SearchCorpus::build(&atlas);
    let docs = corpus.index.documents();
    let results = corpus.search("", &Filter::default(), 500, SearchSort::Name, Lang::De);
    let names: Vec<String> = results
        .hits
        .iter()
        .filter(|h| docs[h.doc].kind == DocKind::Country)
        .map(|h| skills_atlas::core::search::normalize(&docs[h.doc].fields[2].1))
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert_eq!(names.first().map(String::as_str), Some("agypten"));

    let results = corpus.search("", &Filter::default(), 50, SearchSort::Year, Lang::En);
    let years: Vec<u16> = results
        .hits
        .iter()
        .filter(|h| docs[h.doc].kind == DocKind::Standard)
        .map(|h| docs[h.doc].facets.year.unwrap())
        .collect();
    assert!(years.windows(2).all(|w| w[0] >= w[1]), "{years:?}");
    // Grouped: every kind present in the browse list, up to the per-kind limit each.
    for kind in DocKind::ALL {
        let n = results
            .hits
            .iter()
            .filter(|h| docs[h.doc].kind == kind)
            .count();
        assert_eq!(n, 50.min(results.total_of(kind)));
    }
}

#[test]
fn hostile_queries_give_results_or_nothing_never_a_panic() {
    let corpus = SearchCorpus::build(&atlas());
    let long = "weld ".repeat(2_000);
    for query in [
        "",
        "   ",
        "!!!???",
        "😀🔧",
        "<script>alert(1)</script>",
        ".*(a|b)+[",
        "مرحبا بالعالم",
        "שלום",
        long.as_str(),
        "\u{0}\u{202e}abc",
        "%00%20",
        "BRS-",
        "-",
        "汽车😀维修",
    ] {
        for sort in SearchSort::ALL {
            let r = corpus.search(query, &Filter::default(), 10, sort, Lang::ZhHans);
            assert!(r.hits.len() <= 40, "{query}");
        }
    }
}

#[test]
fn a_dataset_of_many_blocks_is_read_and_indexed_like_a_small_one() {
    // The adapter makes documents and the builder reads them a block of 512 at a time
    // (for the browser's optimising compiler). At ×3 there are 600+ partners and 1,500
    // documents: three blocks. Every document must keep its place, and each one's own code
    // (its id, a term no other document has) must find exactly that document.
    use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
    let atlas = generate(DEFAULT_SEED, 3);
    assert!(atlas.partners.len() > 512 && atlas.trainers.len() > 512);
    let docs = documents(&atlas);
    let expected: Vec<&str> = (atlas.standards.iter().map(|s| s.code.as_str()))
        .chain(atlas.trainers.iter().map(|t| t.id.as_str()))
        .chain(atlas.partners.iter().map(|p| p.id.as_str()))
        .chain(atlas.countries.iter().map(|c| c.id.as_str()))
        .collect();
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, expected);
    let index = SearchIndex::build(&docs);
    let facets = index.facet_totals();
    let kinds: usize = facets.kinds.iter().map(|(_, n)| n).sum();
    assert_eq!(kinds, docs.len());
    let last = docs.len() - 1;
    for at in [0, 511, 512, 513, 1023, 1024, 1025, last - 60, last] {
        let id = &docs[at].id;
        let results = index.search(id, &Filter::default(), 5);
        assert_eq!(results.hits.first().map(|h| h.doc), Some(at), "{id}");
    }
}
