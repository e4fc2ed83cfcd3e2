//! Compiles the interface strings (`src/locales/<lang>/<namespace>.json`) into one sorted
//! table per language (`$OUT_DIR/catalogs.rs`, included by `src/core/i18n.rs`), so the app
//! looks a text up by binary search instead of parsing 18 JSON files when it starts: at
//! start-up the browser runs wasm in its baseline tier and compiles every function on
//! first use, and parsing the catalogues cost tens of milliseconds of the first draw.
//! A catalogue that is not a flat object of strings fails the build.

use std::collections::BTreeMap;
use std::fmt::Write;

/// The namespaces, one file each per language (the order of `core::i18n::NAMESPACES`).
const NAMESPACES: [&str; 6] = ["shell", "about", "map", "search", "charts", "embed"];
/// Each language's folder and the name of its table.
const LANGS: [(&str, &str); 3] = [("en", "EN"), ("zh-Hans", "ZH_HANS"), ("de", "DE")];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mut out = String::new();
    for (folder, table) in LANGS {
        let mut texts = BTreeMap::new();
        for namespace in NAMESPACES {
            let path = format!("src/locales/{folder}/{namespace}.json");
            println!("cargo:rerun-if-changed={path}");
            let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let catalog: BTreeMap<String, String> = serde_json::from_str(&source)
                .unwrap_or_else(|e| panic!("{path} is not a flat object of strings: {e}"));
            for (key, text) in catalog {
                if let Some(before) = texts.insert(key.clone(), text) {
                    panic!("{path}: {key} is defined twice (was {before:?})");
                }
            }
        }
        let _ = writeln!(
            out,
            "/// The `{folder}` interface strings, sorted by key.\npub(crate) static {table}: [(&str, &str); {}] = [",
            texts.len()
        );
        for (key, text) in &texts {
            let _ = writeln!(out, "    ({key:?}, {text:?}),");
        }
        out.push_str("];\n");
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogs.rs");
    std::fs::write(dest, out).unwrap();
}
