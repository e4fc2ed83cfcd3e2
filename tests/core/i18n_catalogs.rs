//! Every interface string exists in every language, with the same placeholders, and every
//! key the app's code asks for exists.

use skills_atlas::core::i18n::{parse_catalog, placeholders, text, NAMESPACES, SOURCES};
use skills_atlas::core::url_state::Lang;
use std::collections::BTreeSet;

fn keys(src: &str) -> BTreeSet<String> {
    parse_catalog(src)
        .expect("catalogue parses")
        .into_keys()
        .collect()
}

/// All English keys, across namespaces.
fn english_keys() -> BTreeSet<String> {
    SOURCES[0].1.iter().flat_map(|src| keys(src)).collect()
}

#[test]
fn every_namespace_file_parses_and_has_the_same_keys_in_every_language() {
    assert!(english_keys().len() > 20);
    for (ns_index, namespace) in NAMESPACES.iter().enumerate() {
        let english = keys(SOURCES[0].1[ns_index]);
        for (lang, files) in SOURCES {
            let these = keys(files[ns_index]);
            let missing: Vec<_> = english.difference(&these).collect();
            let extra: Vec<_> = these.difference(&english).collect();
            assert!(missing.is_empty(), "{lang:?}/{namespace} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{lang:?}/{namespace} has keys English lacks: {extra:?}"
            );
        }
    }
}

#[test]
fn no_key_is_defined_in_two_namespaces() {
    let mut seen = BTreeSet::new();
    for src in SOURCES[0].1 {
        for key in keys(src) {
            assert!(
                seen.insert(key.clone()),
                "{key} is defined in two namespace files"
            );
        }
    }
}

#[test]
fn translations_use_the_same_placeholders_and_are_not_empty() {
    for (ns_index, namespace) in NAMESPACES.iter().enumerate() {
        let english = parse_catalog(SOURCES[0].1[ns_index]).unwrap();
        for (lang, files) in SOURCES {
            for (key, value) in parse_catalog(files[ns_index]).unwrap() {
                assert!(
                    !value.trim().is_empty(),
                    "{lang:?}/{namespace}.{key} is empty"
                );
                let expected = placeholders(&english[&key]);
                assert_eq!(placeholders(&value), expected, "{lang:?}/{namespace}.{key}");
            }
        }
    }
}

#[test]
fn the_app_reads_exactly_the_shipped_texts() {
    // `build.rs` compiles the same files into the tables `text` searches.
    for (lang, files) in SOURCES {
        for src in files {
            for (key, value) in parse_catalog(src).unwrap() {
                assert_eq!(text(lang, &key), value, "{lang:?}.{key}");
            }
        }
    }
    assert_eq!(text(Lang::De, "no_such_key"), "no_such_key");
}

#[test]
fn translations_differ_from_english_where_expected() {
    assert_ne!(text(Lang::De, "nav_map"), text(Lang::En, "nav_map"));
    assert_ne!(text(Lang::ZhHans, "nav_map"), text(Lang::En, "nav_map"));
    assert_eq!(text(Lang::ZhHans, "nav_search"), "搜索");
}

/// Collects every string literal the app's components pass to the translation helpers
/// (`tr("…")`, `tr_fmt(lang, "…"`, `text(lang, "…")`) or map to keys (`=> "…"`,
/// `body_key="…"`) in `src/app/`, and the key texts the map's labels use in the core.
/// Interface-string keys are snake_case and start with one of the catalogues' prefixes.
fn looks_like_key(s: &str) -> bool {
    const PREFIXES: [&str; 14] = [
        "app_", "nav_", "view_", "theme_", "error_", "figure_", "footer_", "about_", "map_",
        "search_", "charts_", "chart_", "present_", "embed_",
    ];
    PREFIXES.iter().any(|p| s.starts_with(p))
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn keys_used_in_code() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut stack = vec![
        std::path::PathBuf::from("src/app"),
        std::path::PathBuf::from("src/core/map_model"),
    ];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let code = std::fs::read_to_string(&path).unwrap();
                for marker in [
                    "tr(\"",
                    "tr_fmt(lang, \"",
                    "text(lang, \"",
                    "=> \"",
                    "_key=\"",
                    "\"",
                ] {
                    let mut from = 0;
                    while let Some(at) = code[from..].find(marker).map(|i| i + from) {
                        from = at + marker.len();
                        // `tr("` must be the helper, not the end of `attr("` or `_str("`.
                        let before = code[..at].chars().next_back();
                        let word_marker = marker.starts_with(|c: char| c.is_alphabetic());
                        if word_marker && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let Some(end) = code[from..].find('"') else {
                            break;
                        };
                        let literal = &code[from..from + end];
                        // A match arm's (or any other) string is a key only if it has a
                        // key's shape.
                        if !matches!(marker, "=> \"" | "\"") || looks_like_key(literal) {
                            used.insert(literal.to_string());
                        }
                    }
                }
            }
        }
    }
    used
}

#[test]
fn every_key_the_code_uses_exists() {
    let english = english_keys();
    let used = keys_used_in_code();
    assert!(used.len() > 10, "the scan found too few keys: {used:?}");
    let missing: Vec<_> = used.iter().filter(|k| !english.contains(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys used in src/ but missing from en.json: {missing:?}"
    );
}

#[test]
fn missing_keys_fall_back_to_the_key() {
    assert_eq!(text(Lang::De, "no_such_key"), "no_such_key");
}

#[test]
fn catalogue_folders_are_the_languages_tags_in_order() {
    use skills_atlas::core::i18n::LANG_FOLDERS;
    use skills_atlas::core::lang::Lang;
    let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    assert_eq!(LANG_FOLDERS.to_vec(), tags);
    for (i, (lang, _)) in SOURCES.iter().enumerate() {
        assert_eq!(*lang, Lang::ALL[i]);
    }
    // The compiled tables follow the same order: German has its own word for the map.
    assert_eq!(text(Lang::De, "nav_map"), "Karte");
    assert_eq!(text(Lang::ZhHans, "nav_map"), "地图");
}
