//! Compiles the interface strings (`src/locales/<lang>/<namespace>.json`) into one sorted
//! table per language (`$OUT_DIR/catalogs.rs`, included by `src/core/i18n.rs`), so the app
//! looks a text up by binary search instead of parsing 18 JSON files when it starts: at
//! start-up the browser runs wasm in its baseline tier and compiles every function on
//! first use, and parsing the catalogues cost tens of milliseconds of the first draw.
//! A catalogue that is not a flat object of strings fails the build.
//!
//! It also writes the search's folding table (`$OUT_DIR/fold_table.rs`, included by
//! `src/core/search/normalize.rs`) with the `unicode-normalization` crate, so the crate's
//! own tables (about 110 KB) stay out of the wasm: see `src/core/search/fold_rules.rs`.

use std::collections::BTreeMap;
use std::fmt::Write;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

// The ranges and the hand-folded letters, shared with the app's folding.
include!("src/core/search/fold_rules.rs");
// The catalogues' languages and namespaces, shared with `core::i18n`.
include!("src/core/i18n/catalog_files.rs");

/// The fold of `c` as the search defines it: compatibility decomposition, combining marks
/// dropped, lowercased, then the hand-folded letters.
fn full_fold(c: char) -> String {
    let mut out = String::new();
    decompose_compatible(c, |d| {
        if !is_combining_mark(d) {
            push_lowercase_folded(d, &mut out);
        }
    });
    out
}

/// Writes `FOLDS`: each character of `FOLD_RANGES` whose fold differs from its lowercase.
fn write_fold_table() {
    println!("cargo:rerun-if-changed=src/core/search/fold_rules.rs");
    let mut rows = String::new();
    let mut count = 0;
    for (first, last) in FOLD_RANGES {
        for c in (first..=last).filter_map(char::from_u32) {
            if keeps_composition(c) {
                continue;
            }
            let mut plain = String::new();
            push_lowercase_folded(c, &mut plain);
            let full = full_fold(c);
            if full != plain {
                let _ = writeln!(rows, "    ({c:?}, {full:?}),");
                count += 1;
            }
        }
    }
    let table = format!(
        "/// The folds that differ from plain lowercase, by character (see `fold_rules.rs`).\nstatic FOLDS: [(char, &str); {count}] = [\n{rows}];\n"
    );
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("fold_table.rs");
    std::fs::write(dest, table).unwrap();
}

/// The embed loader host pages load: its content-hashed name and its Subresource Integrity
/// value (`$OUT_DIR/embed_loader.rs`, included by `src/core/embed.rs`). `postbuild.mjs`
/// publishes the same file under that name in `dist/`, by the same rule.
fn write_embed_loader() {
    use base64::Engine;
    use sha2::{Digest, Sha384};
    const LOADER: &str = "public/embed.js";
    println!("cargo:rerun-if-changed={LOADER}");
    let bytes = std::fs::read(LOADER).unwrap_or_else(|e| panic!("{LOADER}: {e}"));
    let digest = Sha384::digest(&bytes);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let integrity = base64::engine::general_purpose::STANDARD.encode(digest);
    let out = format!(
        "/// The loader's versioned name: `embed-` and the first 16 hex digits of its SHA-384.\n\
         pub const LOADER_FILE: &str = \"embed-{hex}.js\";\n\
         /// The loader's Subresource Integrity value.\n\
         pub const LOADER_INTEGRITY: &str = \"sha384-{integrity}\";\n"
    );
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("embed_loader.rs");
    std::fs::write(dest, out).unwrap();
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    write_fold_table();
    write_embed_loader();
    write_catalogs();
}

/// Writes `catalogs.rs`: for each language of `LANG_FOLDERS`, one table of every key of
/// every namespace, sorted (`TABLES`), and the source files themselves (`SOURCES`, for
/// the tests that check them).
fn write_catalogs() {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let mut out = String::new();
    let mut sources = String::new();
    for folder in LANG_FOLDERS {
        let table = folder.to_uppercase().replace('-', "_");
        let mut texts = BTreeMap::new();
        sources.push_str("    [\n");
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
            let _ = writeln!(
                sources,
                "        include_str!({:?}),",
                format!("{root}/{path}")
            );
        }
        sources.push_str("    ],\n");
        let _ = writeln!(
            out,
            "/// The `{folder}` interface strings, sorted by key.\nstatic {table}: [(&str, &str); {}] = [",
            texts.len()
        );
        for (key, text) in &texts {
            let _ = writeln!(out, "    ({key:?}, {text:?}),");
        }
        out.push_str("];\n");
    }
    let tables: Vec<String> = LANG_FOLDERS
        .iter()
        .map(|f| format!("&{}", f.to_uppercase().replace('-', "_")))
        .collect();
    let _ = writeln!(
        out,
        "/// Each language's table, in `LANG_FOLDERS` order.\npub(crate) static TABLES: [&[(&str, &str)]; {}] = [{}];",
        tables.len(),
        tables.join(", ")
    );
    let _ = writeln!(
        out,
        "/// Each language's catalogue files, in `LANG_FOLDERS` and `NAMESPACES` order.\npub(crate) const SOURCES: [[&str; {}]; {}] = [\n{sources}];",
        NAMESPACES.len(),
        LANG_FOLDERS.len()
    );
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogs.rs");
    std::fs::write(dest, out).unwrap();
}
