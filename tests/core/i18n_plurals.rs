//! Counts read as a person writes them: "1 result", "2 results", "1 Ergebnis"; Chinese has
//! one form. A text about a count has a `_one` form beside it, never "result(s)".

use skills_atlas::core::i18n::{format_count, is_plural_one, placeholders};
use skills_atlas::core::url_state::Lang;

const LANGS: [&str; 3] = ["en", "zh-Hans", "de"];

fn catalogue(lang: &str) -> Vec<(String, String)> {
    let dir = format!("{}/src/locales/{lang}", env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
        out.extend(
            map.into_iter()
                .map(|(k, v)| (k, v.as_str().unwrap().to_string())),
        );
    }
    out
}

#[test]
fn one_is_singular_in_english_and_german_only() {
    assert!(is_plural_one(Lang::En, 1));
    assert!(is_plural_one(Lang::De, 1));
    for n in [0, 2, 11, 21, 101, 1_000_001] {
        assert!(!is_plural_one(Lang::En, n), "{n}");
        assert!(!is_plural_one(Lang::De, n), "{n}");
    }
    assert!(!is_plural_one(Lang::ZhHans, 1));
}

#[test]
fn a_count_picks_its_form() {
    let results = |lang, n: u64| {
        format_count(
            lang,
            "search_results_count",
            n,
            &[("count", &n.to_string())],
        )
    };
    assert_eq!(results(Lang::En, 1), "1 result");
    assert_eq!(results(Lang::En, 0), "0 results");
    assert_eq!(results(Lang::En, 2), "2 results");
    assert_eq!(results(Lang::De, 1), "1 Ergebnis");
    assert_eq!(results(Lang::De, 5), "5 Ergebnisse");
    assert_eq!(results(Lang::ZhHans, 1), "1 条结果");
    let countries = format_count(Lang::En, "map_find_count", 1, &[("count", "1")]);
    assert_eq!(countries, "1 matching country");
}

#[test]
fn every_one_form_has_its_other_form_with_the_same_placeholders() {
    for lang in LANGS {
        let texts = catalogue(lang);
        for (key, text) in &texts {
            let Some(base) = key.strip_suffix("_one") else {
                continue;
            };
            let other = texts
                .iter()
                .find(|(k, _)| k == base)
                .unwrap_or_else(|| panic!("{lang}: {key} has no {base}"));
            assert_eq!(placeholders(text), placeholders(&other.1), "{lang}: {key}");
        }
    }
}

#[test]
fn no_text_fakes_a_plural() {
    for lang in LANGS {
        for (key, text) in catalogue(lang) {
            assert!(
                !text.contains("(s)") && !text.contains("(e)") && !text.contains("(n)"),
                "{lang}: {key} = {text:?}: give it a _one form instead"
            );
        }
    }
}
