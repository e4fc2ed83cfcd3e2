//! Interface strings in English, Simplified Chinese and German.
//!
//! The catalogues are the JSON files in `src/locales/<lang>/<namespace>.json`, compiled by
//! `build.rs` into one sorted table per language; each feature owns one namespace file and
//! prefixes its keys with it. A missing key falls back to English, then to the key itself,
//! so a gap shows as text, never as a panic; the native tests make sure there are no gaps.

use crate::core::lang::Lang;
use std::collections::HashMap;

mod catalog_files;
pub use catalog_files::{LANG_FOLDERS, NAMESPACES};

mod compiled {
    include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));
}

/// The catalogue sources of each language, in [`NAMESPACES`] order, for the tests that
/// check them (the app itself reads the compiled tables).
pub const SOURCES: [(Lang, [&str; NAMESPACES.len()]); 3] = [
    (Lang::ALL[0], compiled::SOURCES[0]),
    (Lang::ALL[1], compiled::SOURCES[1]),
    (Lang::ALL[2], compiled::SOURCES[2]),
];

type Catalog = HashMap<String, String>;

/// Parses one catalogue: a flat JSON object of `key: text` (the tests read the shipped
/// sources with it; the app uses the tables `build.rs` compiled from the same files).
pub fn parse_catalog(source: &str) -> Result<Catalog, String> {
    serde_json::from_str(source).map_err(|e| e.to_string())
}

/// The compiled table of `lang`: every key of every namespace, sorted.
fn table(lang: Lang) -> &'static [(&'static str, &'static str)] {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    compiled::TABLES[i]
}

fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    let table = table(lang);
    table
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| table[i].1)
}

/// The text for `key` in `lang`, falling back to English, then to the key itself.
pub fn text(lang: Lang, key: &str) -> &str {
    lookup(lang, key)
        .or_else(|| lookup(Lang::En, key))
        .unwrap_or(key)
}

/// The text for `key` with each `{name}` replaced by its argument. Arguments are plain
/// text; the result is plain text (rendered as a text node, never as HTML).
/// One pass over the text: an argument's value is never searched for placeholders itself,
/// and a placeholder without an argument stays as written.
pub fn format(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let template = text(lang, key);
    let mut out =
        String::with_capacity(template.len() + args.iter().map(|a| a.1.len()).sum::<usize>());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let value = after.find('}').and_then(|end| {
            let name = &after[..end];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, end))
        });
        match value {
            Some((v, end)) => {
                out.push_str(v);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether `count` takes the CLDR plural category "one" in `lang`: 1 in English and German;
/// never in Chinese, which does not inflect for number.
pub fn is_plural_one(lang: Lang, count: u64) -> bool {
    match lang {
        Lang::En | Lang::De => count == 1,
        Lang::ZhHans => false,
    }
}

/// [`format`] for a text about `count` things: the key's `_one` form where the language
/// puts `count` in the category "one" (`search_results_count_one`: "{count} result"),
/// else the key itself ("{count} results"). The caller passes `{count}` among `args`,
/// written with the language's digit grouping.
pub fn format_count(lang: Lang, key: &str, count: u64, args: &[(&str, &str)]) -> String {
    if is_plural_one(lang, count) {
        let one = format!("{key}_one");
        if lookup(lang, &one).is_some() {
            return format(lang, &one, args);
        }
    }
    format(lang, key, args)
}

/// The `{name}` placeholders a text uses, sorted; used to check that translations agree.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                names.push(after[..end].to_string());
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    names.sort();
    names
}
