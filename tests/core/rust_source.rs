//! Reading the crate's own sources, for the tests that check how the code is laid out
//! (`layering.rs`, `type_names.rs`, `component_size.rs`): the `.rs` files under a folder,
//! and their text with comments and literals blanked out so only code is searched.

use std::path::Path;

/// Every `.rs` file under `dir`, as (path relative to `root`, text).
pub(crate) fn read_sources(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/core")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            read_sources(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root).expect("under src/core");
            let name = relative.to_string_lossy().replace('\\', "/");
            out.push((name, std::fs::read_to_string(&path).expect("a source file")));
        }
    }
}

/// Whether `c` can be part of an identifier.
pub(crate) fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `text` with comments and string and character literals blanked out (newlines kept), so
/// only code is searched and line numbers stay.
pub(crate) fn code_only(text: &str) -> String {
    let s: Vec<char> = text.chars().collect();
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < s.len() {
        let next = s.get(i + 1).copied();
        let after_ident = i > 0 && is_ident_char(s[i - 1]);
        let end = if s[i] == '/' && next == Some('/') {
            s[i..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(s.len(), |e| i + e)
        } else if s[i] == '/' && next == Some('*') {
            let mut depth = 0;
            let mut j = i;
            while j < s.len() {
                if s[j..].starts_with(&['/', '*']) {
                    depth += 1;
                    j += 2;
                } else if s[j..].starts_with(&['*', '/']) {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            j
        } else if let Some(end) = raw_string_end(&s, i).filter(|_| !after_ident) {
            end
        } else if s[i] == '"' {
            let mut j = i + 1;
            while j < s.len() && s[j] != '"' {
                j += if s[j] == '\\' { 2 } else { 1 };
            }
            j + 1
        } else if s[i] == '\'' && next == Some('\\') {
            i + 3 + s[i + 3..].iter().position(|&c| c == '\'').unwrap_or(0) + 1
        } else if s[i] == '\'' && s.get(i + 2) == Some(&'\'') {
            i + 3
        } else {
            out.push(s[i]);
            i += 1;
            continue;
        };
        let end = end.min(s.len());
        out.extend(s[i..end].iter().map(|&c| blank(c)));
        i = end;
    }
    out
}

/// The end of a raw string (`r"…"`, `r#"…"#`, `br"…"`) starting at `at`, if one does.
pub(crate) fn raw_string_end(s: &[char], at: usize) -> Option<usize> {
    let mut i = at;
    if s.get(i) == Some(&'b') {
        i += 1;
    }
    if s.get(i) != Some(&'r') {
        return None;
    }
    i += 1;
    let hashes = s[i..].iter().take_while(|&&c| c == '#').count();
    i += hashes;
    if s.get(i) != Some(&'"') {
        return None;
    }
    let close: Vec<char> = std::iter::once('"')
        .chain(std::iter::repeat_n('#', hashes))
        .collect();
    let body = i + 1;
    (body..s.len())
        .find(|&j| s[j..].starts_with(&close))
        .map(|j| j + close.len())
}

/// Whether an identifier starts at `at` (and not in the middle of one).
pub(crate) fn starts_ident(code: &[char], at: usize) -> bool {
    code.get(at).is_some_and(|&c| c.is_alphabetic() || c == '_')
        && (at == 0 || !is_ident_char(code[at - 1]))
}

/// The identifier that starts at `at`.
pub(crate) fn ident_at(code: &[char], at: usize) -> String {
    code[at..]
        .iter()
        .take_while(|&&c| is_ident_char(c))
        .collect()
}
