//! Relevance over the real committed dataset (`public/data/atlas.json` through the adapter):
//! for each labelled query, the expected record must be the first hit. German, Chinese,
//! typos, codes, country names in three languages and trainer specialisms; and words the
//! dataset never wrote, which must find what the visitor means and nothing unrelated.

use skills_atlas::core::atlas_search::documents;
use skills_atlas::core::data::{load, Atlas, LoadOutcome};
use skills_atlas::core::search::{DocKind, Filter, SearchIndex};
use std::sync::OnceLock;

fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| {
        let text = std::fs::read_to_string("public/data/atlas.json").unwrap();
        match load(&text) {
            LoadOutcome::Loaded { atlas, .. } => atlas,
            LoadOutcome::Failed { problems, .. } => panic!("dataset invalid: {problems:?}"),
        }
    })
}

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(&documents(atlas())))
}

/// The ids of the first `n` hits of `query`, restricted to `kinds` if any.
fn top(query: &str, kinds: &[DocKind], n: usize) -> Vec<String> {
    let filter = Filter {
        kinds: kinds.to_vec(),
        ..Filter::default()
    };
    let index = index();
    index
        .search(query, &filter, n)
        .hits
        .iter()
        .map(|h| index.documents()[h.doc].id.clone())
        .collect()
}

/// (query, kinds searched (empty: all), expected first hit)
#[rustfmt::skip]
const LABELLED: &[(&str, &[DocKind], &str)] = &[
    // German titles, with and without ß, as typed.
    ("schweissen", &[], "BRS-MANU-001"),
    ("Schweißer", &[], "BRS-MANU-001"),
    ("Mechatronik", &[], "BRS-MANU-002"),
    ("Kfz-Mechatroniker", &[], "BRS-AUTO-002"),
    ("Fahrzeuglackierer", &[], "BRS-AUTO-005"),
    ("Altenpfleger", &[], "BRS-HLTH-001"),
    ("Gabelstapler", &[], "BRS-LOGI-004"),
    ("Maurer", &[], "BRS-CONS-001"),
    ("Elektrofahrzeug", &[], "BRS-AUTO-001"),
    ("Kühlkette", &[], "BRS-LOGI-003"),
    ("Drohne", &[], "BRS-AI-005"),
    // German compounds the dataset never wrote, found by their parts.
    ("Schweißtechnik", &[], "BRS-MANU-001"),
    ("Fahrzeugmechatronik", &[], "BRS-AUTO-001"),
    ("Photovoltaikanlage", &[], "BRS-GREN-001"),
    ("Windkraft", &[], "BRS-GREN-003"),
    ("Industrieroboter", &[], "BRS-MANU-003"),
    ("Heizungstechnik", &[], "BRS-CONS-004"),
    // Chinese, without spaces.
    ("焊工", &[], "BRS-MANU-001"),
    ("焊接", &[DocKind::Standard], "BRS-MANU-001"),
    ("汽车维修", &[], "BRS-AUTO-002"),
    ("汽车涂装", &[], "BRS-AUTO-005"),
    ("叉车", &[], "BRS-LOGI-004"),
    ("养老护理", &[], "BRS-HLTH-001"),
    ("无人机", &[], "BRS-AI-005"),
    ("新能源汽车", &[], "BRS-AUTO-001"),
    ("机器人", &[], "BRS-MANU-003"),
    ("光伏", &[], "BRS-GREN-001"),
    ("风电", &[], "BRS-GREN-003"),
    ("冷链", &[], "BRS-LOGI-003"),
    ("电池", &[], "BRS-AUTO-006"),
    ("中餐", &[], "BRS-TOUR-001"),
    // English, prefixes and typos.
    ("welder", &[], "BRS-MANU-001"),
    ("weldr", &[], "BRS-MANU-001"),
    ("automotive painter", &[], "BRS-AUTO-005"),
    ("autmotive paintr", &[], "BRS-AUTO-005"),
    ("mechatronics", &[], "BRS-MANU-002"),
    ("mechatronisc", &[], "BRS-MANU-002"),
    ("photovoltaik", &[], "BRS-GREN-001"),
    ("forklft", &[], "BRS-LOGI-004"),
    ("bricklay", &[], "BRS-CONS-001"),
    // Another form of the word: by its stem, when the word itself matches nothing.
    ("welding", &[], "BRS-MANU-001"),
    ("painting", &[], "BRS-AUTO-005"),
    ("plumbing", &[], "BRS-CONS-004"),
    ("bricklaying", &[], "BRS-CONS-001"),
    ("welding robot", &[DocKind::Standard], "BRS-MANU-003"),
    // Codes, whole, lower case, without dashes.
    ("BRS-AUTO-003", &[], "BRS-AUTO-003"),
    ("brs-manu-007", &[], "BRS-MANU-007"),
    ("BRS-GREN-004", &[], "BRS-GREN-004"),
    ("TR-00001", &[], "TR-00001"),
    // Countries in three languages and by ISO code.
    ("Germany", &[], "DEU"),
    ("Deutschland", &[], "DEU"),
    ("德国", &[], "DEU"),
    ("Türkei", &[], "TUR"),
    ("turkiye", &[], "TUR"),
    ("泰国", &[], "THA"),
    ("Elfenbeinküste Côte d'Ivoire", &[DocKind::Country], "CIV"),
    ("Südafrika", &[], "ZAF"),
    ("KAZ", &[], "KAZ"),
    // Partners by name in any language: the main campus before its numbered ones.
    ("Bangkok University Applied Sciences", &[], "FP-00050"),
    ("曼谷应用科技大学", &[], "FP-00050"),
];

#[test]
fn labelled_queries_find_the_expected_record_first() {
    let mut failures = Vec::new();
    for (query, kinds, expected) in LABELLED {
        let found = top(query, kinds, 3);
        if found.first().map(String::as_str) != Some(*expected) {
            failures.push(format!("{query:?}: expected {expected}, got {found:?}"));
        }
    }
    assert!(LABELLED.len() >= 60);
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        LABELLED.len(),
        failures.join("\n")
    );
}

/// What may follow the expected first hits of a query in [`FORGIVING`].
enum Rest {
    /// Nothing.
    Nothing,
    /// Standards of this sector and trainers with it as a specialism.
    Sector(&'static str),
    /// Anything: no record has every word, and those with some of them follow.
    Partial,
}

/// Words the dataset never wrote, as a visitor types them: German compounds, words it has
/// only inside longer ones, Chinese longer than its words, an occupation's everyday name.
/// (query, the first hits in any order, what may follow them)
#[rustfmt::skip]
const FORGIVING: &[(&str, &[&str], Rest)] = &[
    // Welding technology: the welder, before the technicians that share `技术`.
    ("焊接技术", &["BRS-MANU-001"], Rest::Partial),
    // Chef, cook: nothing else ending in `师` (-ist).
    ("厨师", &["BRS-TOUR-001"], Rest::Nothing),
    // Welding robot: the welder and the robot standards (`schweiss`, `roboter…`).
    ("Schweißroboter", &["BRS-MANU-001", "BRS-MANU-003", "BRS-MANU-004"], Rest::Nothing),
    // Nursing: its head, `Pflege`.
    ("Krankenpflege", &["BRS-HLTH-001"], Rest::Sector("health_care")),
    // Words the dataset has only inside longer ones.
    ("Lackierer", &["BRS-AUTO-005"], Rest::Nothing),
    ("Staplerfahrer", &["BRS-LOGI-004"], Rest::Nothing),
    // Head chef: its head, `Chef`. Nursing home: its first part, `Pflege`.
    ("Küchenchef", &["BRS-TOUR-001"], Rest::Nothing),
    ("Pflegeheim", &["BRS-HLTH-001"], Rest::Sector("health_care")),
    // Mechanic: every `…mechaniker` before `Techniker`, two letters away.
    ("Mechaniker", &["BRS-MANU-006", "BRS-CONS-004", "BRS-MANU-009", "BRS-MANU-005", "BRS-AUTO-004",
                     "BRS-AUTO-002", "BRS-AUTO-001"], Rest::Partial),
    // Welding robot: `焊接` and `机器人`, no other `机`.
    ("焊接机器人", &["BRS-MANU-001", "BRS-MANU-003", "BRS-MANU-004"], Rest::Nothing),
    // Care worker, car repair (colloquial), Chinese-food chef, self-driving.
    ("护工", &["BRS-HLTH-001"], Rest::Nothing),
    ("汽修", &["BRS-AUTO-001", "BRS-AUTO-002"], Rest::Nothing),
    ("中餐厨师", &["BRS-TOUR-001"], Rest::Nothing),
    ("自动驾驶", &["BRS-AUTO-003"], Rest::Nothing),
];

#[test]
fn words_the_dataset_never_wrote_find_what_the_visitor_means() {
    let atlas = atlas();
    let related = |id: &str, sector: &str| {
        let standard = atlas.standards.iter().find(|s| s.code == id);
        let trainer = atlas.trainers.iter().find(|t| t.id == id);
        standard.is_some_and(|s| s.sector == sector)
            || trainer.is_some_and(|t| t.specialisms.iter().any(|s| s == sector))
    };
    let mut failures = Vec::new();
    for (query, first, rest) in FORGIVING {
        let found = top(query, &[], 1000);
        let mut head: Vec<&str> = found.iter().take(first.len()).map(String::as_str).collect();
        head.sort_unstable();
        let mut expected = first.to_vec();
        expected.sort_unstable();
        if head != expected {
            failures.push(format!(
                "{query:?}: expected {first:?} first, got {found:?}"
            ));
            continue;
        }
        let unrelated: Vec<&String> = found[first.len()..]
            .iter()
            .filter(|id| match rest {
                Rest::Nothing => true,
                Rest::Sector(sector) => !related(id, sector),
                Rest::Partial => false,
            })
            .collect();
        if !unrelated.is_empty() {
            failures.push(format!("{query:?}: unrelated {unrelated:?}"));
        }
    }
    assert!(FORGIVING.len() >= 14);
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        FORGIVING.len(),
        failures.join("\n")
    );
}

#[test]
fn trainer_specialisms_find_trainers_of_that_sector() {
    let atlas = atlas();
    for (query, sector) in [
        ("logistics", "logistics"),
        ("Pflege", "health_care"),
        ("旅游", "tourism"),
    ] {
        let ids = top(query, &[DocKind::Trainer], 10);
        assert!(!ids.is_empty(), "{query}: no trainer");
        for id in ids {
            let trainer = atlas.trainers.iter().find(|t| t.id == id).unwrap();
            assert!(
                trainer.specialisms.iter().any(|s| s == sector),
                "{query}: {id} is not a {sector} trainer"
            );
        }
    }
}

#[test]
fn chinese_sector_word_lists_standards_of_that_sector_first() {
    let atlas = atlas();
    let ids = top("汽车", &[DocKind::Standard], 6);
    assert_eq!(ids.len(), 6);
    for id in ids {
        let standard = atlas.standards.iter().find(|s| s.code == id).unwrap();
        assert_eq!(standard.sector, "automotive", "{id}");
    }
}

#[test]
fn trainers_holding_a_code_come_before_those_matching_only_its_parts() {
    let atlas = atlas();
    let holders = atlas
        .trainers
        .iter()
        .filter(|t| t.standards.iter().any(|s| s == "BRS-MANU-001"))
        .count();
    assert!(holders > 0);
    let ids = top("BRS-MANU-001", &[DocKind::Trainer], holders);
    assert_eq!(ids.len(), holders);
    for id in ids {
        let trainer = atlas.trainers.iter().find(|t| t.id == id).unwrap();
        assert!(
            trainer.standards.iter().any(|s| s == "BRS-MANU-001"),
            "{id}"
        );
    }
}

#[test]
fn a_four_letter_word_gets_no_typo_matches() {
    // `weld` ranked "Elderly Care Worker" (BRS-HLTH-001) second, one edit away as a prefix.
    let ids = top("weld", &[DocKind::Standard], 10);
    assert_eq!(ids.first().map(String::as_str), Some("BRS-MANU-001"));
    assert!(!ids.iter().any(|id| id == "BRS-HLTH-001"), "{ids:?}");
}
