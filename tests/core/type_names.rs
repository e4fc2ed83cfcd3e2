//! Names that explain themselves: a type name means one thing in the crate, and a file name
//! one idea in the core. Every `struct`, `enum`, `union`, `trait` and `type` defined in
//! `src` is read (not the associated types of a trait or an impl, nor what a
//! `#[cfg(test)]` module defines), and a name defined twice fails, as do two files of
//! `src/core` with the same name (`mod.rs` aside).

use std::collections::BTreeMap;
use std::path::Path;

use crate::rust_source::{code_only, read_sources};

#[test]
fn no_type_name_is_defined_twice_in_the_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    read_sources(&root, &root, &mut files);
    assert!(files.len() > 100, "read only {} files", files.len());
    let found: usize = files.iter().map(|(_, text)| definitions(text).len()).sum();
    assert!(found > 150, "found only {found} type definitions");
    let twice = defined_twice(&files);
    assert!(
        twice.is_empty(),
        "{} type name(s) defined more than once in src:\n{}",
        twice.len(),
        twice.join("\n")
    );
}

#[test]
fn no_two_core_files_share_a_file_name() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut files = Vec::new();
    read_sources(&root, &root, &mut files);
    assert!(files.len() > 50, "read only {} files", files.len());
    let twice = same_file_names(files.iter().map(|(path, _)| path.as_str()));
    assert!(
        twice.is_empty(),
        "{} file name(s) used more than once in src/core:\n{}",
        twice.len(),
        twice.join("\n")
    );
}

#[test]
fn a_name_defined_twice_is_reported_but_not_an_associated_type_or_a_test_s_type() {
    let files = [
        (
            "a.rs",
            "/// A struct Country in a comment is not one.\npub struct Country {\n    id: String,\n}\n\
             impl Iterator for Country {\n    type Item = u8;\n    fn next(&mut self) -> Option<u8> {\n        \
             let _ = \"enum Item { }\";\n        let _ = '{';\n        None\n    }\n}\n\
             pub(crate) trait Text: Default {\n    type Item;\n}\n",
        ),
        (
            "b/c.rs",
            "enum Country {\n    A,\n}\ntype Row = (u8, u8);\n\n#[cfg(test)]\nmod tests {\n    \
             struct Row;\n    type Text = u8;\n}\n",
        ),
    ]
    .map(|(path, text)| (path.to_string(), text.to_string()));
    assert_eq!(
        defined_twice(&files),
        ["`Country`: src/a.rs:2, src/b/c.rs:1"]
    );
    assert_eq!(
        same_file_names([
            "charts/filter.rs",
            "mod.rs",
            "search/mod.rs",
            "search/filter.rs"
        ]),
        ["`filter.rs`: src/core/charts/filter.rs, src/core/search/filter.rs"]
    );
}

/// The names defined more than once, each with where (`src/…:line`).
fn defined_twice(files: &[(String, String)]) -> Vec<String> {
    let mut places: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, text) in files {
        for (name, line) in definitions(text) {
            places
                .entry(name)
                .or_default()
                .push(format!("src/{path}:{line}"));
        }
    }
    places
        .into_iter()
        .filter(|(_, at)| at.len() > 1)
        .map(|(name, at)| format!("`{name}`: {}", at.join(", ")))
        .collect()
}

/// The file names (other than `mod.rs`) of more than one of `paths` (relative to `src/core`).
fn same_file_names<'a>(paths: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut places: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for path in paths {
        let name = path.rsplit('/').next().unwrap_or(path);
        if name != "mod.rs" {
            places
                .entry(name)
                .or_default()
                .push(format!("src/core/{path}"));
        }
    }
    places
        .into_iter()
        .filter(|(_, at)| at.len() > 1)
        .map(|(name, at)| format!("`{name}`: {}", at.join(", ")))
        .collect()
}

/// What the innermost open brace belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Block {
    /// An `impl` or a `trait`: a `type` there is an associated type.
    Associated,
    /// A `#[cfg(test)]` module: its types are the test's own.
    TestModule,
    /// Anything else.
    Other,
}

/// The types a file defines, as (name, line), outside impls, traits and test modules.
fn definitions(text: &str) -> Vec<(String, usize)> {
    let code = code_only(text);
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    let (mut header, mut line, mut i) = (String::new(), 1, 0);
    while i < chars.len() {
        let c = chars[i];
        match c {
            '{' => {
                let h = header.trim_start();
                let words: Vec<&str> = h
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .filter(|w| !w.is_empty())
                    .collect();
                // The item's keyword: the first that opens a block (attributes before it).
                let item = words.iter().find(|w| {
                    matches!(
                        **w,
                        "impl"
                            | "trait"
                            | "fn"
                            | "struct"
                            | "enum"
                            | "union"
                            | "mod"
                            | "match"
                            | "if"
                            | "else"
                            | "while"
                            | "for"
                            | "loop"
                            | "let"
                    )
                });
                let inherited = blocks.last().copied();
                let test_module = h.contains("cfg(test)") && words.contains(&"mod");
                let block = if inherited == Some(Block::TestModule) || test_module {
                    Block::TestModule
                } else if matches!(item, Some(&"impl") | Some(&"trait")) {
                    Block::Associated
                } else {
                    Block::Other
                };
                blocks.push(block);
                header.clear();
            }
            '}' | ';' => {
                if c == '}' {
                    blocks.pop();
                }
                header.clear();
            }
            _ if c.is_alphabetic() || c == '_' => {
                let start = i;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                header.push_str(&word);
                let keyword = matches!(
                    word.as_str(),
                    "struct" | "enum" | "union" | "trait" | "type"
                );
                let skipped = matches!(
                    blocks.last(),
                    Some(Block::Associated) | Some(Block::TestModule)
                );
                if keyword && !skipped {
                    let mut j = i;
                    while j < chars.len() && chars[j] == ' ' {
                        j += 1;
                    }
                    let name: String = chars[j..]
                        .iter()
                        .take_while(|c| c.is_alphanumeric() || **c == '_')
                        .collect();
                    // `union` is a keyword only before a name; `type` and the others always.
                    if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                        found.push((name, line));
                    }
                }
                continue;
            }
            _ => {
                if c == '\n' {
                    line += 1;
                }
                header.push(c);
            }
        }
        i += 1;
    }
    found
}
