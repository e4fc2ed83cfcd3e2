//! The core's layers point down only: every path a file in `src/core` names (`use
//! crate::core::…`, `use super::…`, `crate::core::x::f(…)`, a child module) is read, resolved
//! to the file it reaches, and checked against the layer table below (the list in the doc
//! comment of `src/core/mod.rs`). Two files that use each other fail too: one idea cut in two.
//!
//! A `pub use` re-export is checked for its layer but is not counted as its file using the
//! other: a `mod.rs` that publishes its children's items does not depend on them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::rust_source::{code_only, ident_at, read_sources, starts_ident};

/// The core's modules, lowest layer first; the same list as in `src/core/mod.rs`.
const LAYERS: [&[&str]; 7] = [
    &["json"],
    &[
        "geo",
        "xml_text",
        "fast_hash",
        "lang",
        "inert_markup",
        "list_keys",
    ],
    &["data", "search", "i18n"],
    &["figure_text"],
    &["url_state"],
    &["map_model", "charts", "atlas_search", "embed"],
    &["derived", "first_view"],
];

#[test]
fn the_core_uses_only_lower_layers_and_no_two_files_use_each_other() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut files = Vec::new();
    read_sources(&root, &root, &mut files);
    assert!(files.len() > 50, "read only {} files", files.len());
    let problems = check(&files);
    assert!(
        problems.is_empty(),
        "{} problem(s) with the core's layers (see src/core/mod.rs):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_table_is_the_list_in_the_core_s_doc_comment() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mod_rs = std::fs::read_to_string(root.join("mod.rs")).expect("src/core/mod.rs");
    let documented: Vec<Vec<String>> = mod_rs
        .lines()
        .filter_map(|line| line.strip_prefix("//! "))
        .filter(|line| line.starts_with(|c: char| c.is_ascii_digit()) && line.contains(". "))
        .map(|line| {
            line.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect()
        })
        .collect();
    let table: Vec<Vec<String>> = LAYERS
        .iter()
        .map(|layer| layer.iter().map(|m| m.to_string()).collect())
        .collect();
    assert_eq!(
        documented, table,
        "src/core/mod.rs lists other layers than LAYERS"
    );
    let declared: BTreeSet<&str> = mod_rs
        .lines()
        .filter_map(|line| line.strip_prefix("pub mod "))
        .map(|rest| rest.trim_end_matches(';'))
        .collect();
    let tabled: BTreeSet<&str> = LAYERS.iter().flat_map(|l| l.iter().copied()).collect();
    assert_eq!(
        declared, tabled,
        "every module of src/core/mod.rs has one layer"
    );
}

#[test]
fn an_upward_use_and_a_pair_of_files_using_each_other_are_reported_with_their_lines() {
    let files = [
        (
            "data/mod.rs",
            "//! Data.\npub mod a;\npub mod b;\npub use a::A;\n",
        ),
        (
            "data/a.rs",
            "// crate::core::charts in a comment is not a use\nuse super::b::B;\n\
             fn f() -> &'static str {\n    \"crate::core::charts\"\n}\n",
        ),
        (
            "data/b.rs",
            "use crate::core::lang::Lang;\n\nfn g() {\n    super::a::f();\n}\n\n\
             #[cfg(test)]\nmod tests {\n    use super::*;\n    use crate::core::url_state::View;\n}\n",
        ),
        ("lang.rs", "//! Languages.\n"),
        ("url_state/mod.rs", "//! State.\n"),
    ]
    .map(|(path, text)| (path.to_string(), text.to_string()));
    let problems = check(&files);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].starts_with("src/core/data/a.rs:2 and src/core/data/b.rs:4 use each other"));
    assert!(problems[1].starts_with("src/core/data/b.rs:10: `data` (layer 3) uses `url_state`"));
}

/// One path a file names, resolved to the file it reaches.
struct Use {
    from: String,
    line: usize,
    to: String,
    reexport: bool,
}

/// The problems of `files` (paths relative to `src/core`), one line each.
fn check(files: &[(String, String)]) -> Vec<String> {
    let modules: BTreeMap<Vec<String>, String> = files
        .iter()
        .map(|(path, _)| (module_path(path), path.clone()))
        .collect();
    let mut problems = Vec::new();
    let mut uses = Vec::new();
    for (path, text) in files {
        if let Some(top) = module_path(path).first() {
            if layer(top).is_none() {
                problems.push(format!(
                    "src/core/{path}: module `{top}` has no layer; add it to LAYERS and to \
                     the list in src/core/mod.rs"
                ));
            }
        }
        uses.extend(uses_of(path, text, &modules, &mut problems));
    }
    for u in &uses {
        let (from, to) = (top_module(&u.from), top_module(&u.to));
        if from.is_empty() || to.is_empty() || from == to {
            continue;
        }
        if let (Some(a), Some(b)) = (layer(from), layer(to)) {
            if b >= a {
                let text = &files.iter().find(|(p, _)| *p == u.from).expect("read").1;
                let source = text.lines().nth(u.line - 1).unwrap_or("").trim();
                problems.push(format!(
                    "src/core/{}:{}: `{from}` (layer {}) uses `{to}` (layer {}): {source}",
                    u.from,
                    u.line,
                    a + 1,
                    b + 1
                ));
            }
        }
    }
    let mut first_line: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for u in uses.iter().filter(|u| !u.reexport && u.from != u.to) {
        first_line.entry((&u.from, &u.to)).or_insert(u.line);
    }
    for (&(a, b), &line) in &first_line {
        if let Some(&back) = first_line.get(&(b, a)).filter(|_| a < b) {
            problems.push(format!(
                "src/core/{a}:{line} and src/core/{b}:{back} use each other: one idea cut in \
                 two; merge the files or move what both need into a third"
            ));
        }
    }
    problems.sort();
    problems.dedup();
    problems
}

/// The module a file is: `charts/aggregate.rs` → `[charts, aggregate]`, `charts/mod.rs` →
/// `[charts]`.
fn module_path(path: &str) -> Vec<String> {
    let mut parts: Vec<String> = path
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_string)
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

fn top_module(path: &str) -> &str {
    match path.split_once('/') {
        Some((dir, _)) => dir,
        None if path == "mod.rs" => "",
        None => path.trim_end_matches(".rs"),
    }
}

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The paths `text` (the file `path`) names that reach another file of the core.
fn uses_of(
    path: &str,
    text: &str,
    modules: &BTreeMap<Vec<String>, String>,
    problems: &mut Vec<String>,
) -> Vec<Use> {
    let code: Vec<char> = code_only(text).chars().collect();
    let line_of = |at: usize| 1 + code[..at].iter().filter(|&&c| c == '\n').count();
    let scopes = inline_modules(&code, module_path(path));
    let reexports = reexport_spans(&code);
    let mut found = Vec::new();
    let mut at = 0;
    while at < code.len() {
        if !starts_ident(&code, at) {
            at += 1;
            continue;
        }
        let word = ident_at(&code, at);
        let after = at + word.chars().count();
        let path_start = !(at >= 2 && code[at - 1] == ':' && code[at - 2] == ':');
        if !path_start || !code[after..].starts_with(&[':', ':']) {
            at = after;
            continue;
        }
        let here = &scopes[line_of(at) - 1];
        let base: Option<Vec<String>> = match word.as_str() {
            "crate" => Some(Vec::new()),
            "super" | "self" => Some(here.clone()),
            // A child module of the current one, named without a prefix.
            child => {
                let mut p = here.clone();
                p.push(child.to_string());
                modules.contains_key(&p).then_some(here.clone())
            }
        };
        let Some(base) = base else {
            at = after;
            continue;
        };
        let segments = if word == "crate" {
            Vec::new()
        } else {
            vec![word.clone()]
        };
        for mut full in path_segments(&code, at, segments) {
            let mut resolved = base.clone();
            if word == "crate" {
                if full.first().is_some_and(|s| s == "app") {
                    problems.push(format!(
                        "src/core/{path}:{}: the core uses the app",
                        line_of(at)
                    ));
                }
                if full.first().is_none_or(|s| s != "core") {
                    continue;
                }
                full.remove(0);
            }
            for seg in full {
                match seg.as_str() {
                    "super" => {
                        resolved.pop();
                    }
                    "self" => {}
                    _ => resolved.push(seg),
                }
            }
            while !resolved.is_empty() && !modules.contains_key(&resolved) {
                resolved.pop();
            }
            if let Some(to) = modules.get(&resolved) {
                found.push(Use {
                    from: path.to_string(),
                    line: line_of(at),
                    to: to.clone(),
                    reexport: reexports.iter().any(|r| r.contains(&at)),
                });
            }
        }
        at = after;
    }
    found
}

/// The segments of the path starting at `at` (`super::a::{b::C, d}` gives `[super, a, b, C]`
/// and `[super, a, d]`), each after `prefix`.
fn path_segments(code: &[char], at: usize, prefix: Vec<String>) -> Vec<Vec<String>> {
    let mut segments = prefix;
    let mut i = at;
    if !segments.is_empty() || ident_at(code, i) == "crate" {
        // Skip the first segment, already in `prefix` (or `crate`, which the caller handles).
        i += ident_at(code, i).chars().count();
    }
    loop {
        while code.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        if code[i..].starts_with(&[':', ':']) {
            i += 2;
            continue;
        }
        match code.get(i) {
            Some('{') => return group_entries(code, i, &segments),
            Some(_) if starts_ident(code, i) => {
                let word = ident_at(code, i);
                i += word.chars().count();
                segments.push(word);
                while code.get(i).is_some_and(|c| c.is_whitespace()) {
                    i += 1;
                }
                if !code[i..].starts_with(&[':', ':']) {
                    return vec![segments];
                }
            }
            _ => return vec![segments],
        }
    }
}

/// The paths of a `{…}` group opening at `open`, each after `prefix`.
fn group_entries(code: &[char], open: usize, prefix: &[String]) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let mut depth = 0;
    let mut entry_start = open + 1;
    for (i, &c) in code.iter().enumerate().skip(open) {
        match c {
            '{' => depth += 1,
            '}' | ',' if depth == 1 => {
                let mut start = entry_start;
                while code.get(start).is_some_and(|c| c.is_whitespace()) {
                    start += 1;
                }
                if starts_ident(code, start) {
                    let first = vec![ident_at(code, start)];
                    for tail in path_segments(code, start, first) {
                        paths.push(prefix.iter().cloned().chain(tail).collect());
                    }
                }
                entry_start = i + 1;
                if c == '}' {
                    return paths;
                }
            }
            '}' => depth -= 1,
            _ => {}
        }
    }
    paths
}

/// The module each line is in: the file's, or an inline `mod name { … }` inside it.
fn inline_modules(code: &[char], file_module: Vec<String>) -> Vec<Vec<String>> {
    let text: String = code.iter().collect();
    let mut stack: Vec<(String, i32)> = Vec::new();
    let mut depth = 0;
    let mut scopes = Vec::new();
    for line in text.split('\n') {
        let mut module = file_module.clone();
        module.extend(stack.iter().map(|(name, _)| name.clone()));
        scopes.push(module);
        let words: Vec<&str> = line.split_whitespace().collect();
        if let Some(at) = words.iter().position(|w| *w == "mod") {
            if words.get(at + 2) == Some(&"{") {
                stack.push((words[at + 1].to_string(), depth));
            }
        }
        depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
        while stack.last().is_some_and(|&(_, d)| d >= depth) {
            stack.pop();
        }
    }
    scopes
}
/// The character ranges of `pub use …;` statements (any `pub(…)` visibility).
fn reexport_spans(code: &[char]) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut at = 0;
    while at < code.len() {
        if starts_ident(code, at) {
            let word = ident_at(code, at);
            if word == "use" {
                let line_start = code[..at]
                    .iter()
                    .rposition(|&c| c == '\n')
                    .map_or(0, |i| i + 1);
                let before: String = code[line_start..at].iter().collect();
                let end = code[at..]
                    .iter()
                    .position(|&c| c == ';')
                    .map_or(code.len(), |e| at + e);
                if before.trim_start().starts_with("pub") {
                    spans.push(at..end);
                }
            }
            at += word.chars().count();
        } else {
            at += 1;
        }
    }
    spans
}
