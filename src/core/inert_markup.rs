//! Whether a piece of HTML can run anything: the rule of the page's default Trusted Types
//! policy. Leptos writes the static parts of its views (an `<img>` with fixed attributes,
//! say) into a `<template>` with `innerHTML`; under `require-trusted-types-for 'script'`
//! such a string passes only through a policy. The default one lets through markup that
//! is inert by this rule, and refuses the rest (a bug that sent dataset text to a sink,
//! for instance), so the browser blocks it instead of running it.

/// Elements that load or run something, or change how the page is read.
const ACTIVE_ELEMENTS: [&str; 16] = [
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "link",
    "meta",
    "base",
    "style",
    "form",
    "noscript",
    "template",
    "foreignobject",
    "handler",
];

/// URL schemes that run code or carry a document.
const ACTIVE_SCHEMES: [&str; 3] = ["javascript:", "vbscript:", "data:"];

/// True when `html` has no active element, no event-handler attribute (`on…`), no
/// attribute value with a script or data URL, and no character reference inside a tag
/// (which could spell any of those). Text between tags may hold anything.
pub fn is_inert(html: &str) -> bool {
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let Some(end) = tag_end(bytes, i + 1) else {
            // An unclosed tag: the parser would read the rest as one; refuse.
            return false;
        };
        if !inert_tag(&html[i + 1..end]) {
            return false;
        }
        i = end + 1;
    }
    true
}

/// The position of the `>` that closes the tag starting at `from`, outside quotes.
fn tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut quote = None;
    for (k, &b) in bytes.iter().enumerate().skip(from) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Some(k),
            _ => {}
        }
    }
    None
}

/// Whether the inside of one tag (`img src="x" alt=""`, `/p`, `!-- … --`) is inert.
fn inert_tag(tag: &str) -> bool {
    if tag.contains('&') {
        return false;
    }
    let tag = tag.trim_start_matches('/');
    let name_end = tag
        .find(|c: char| c.is_ascii_whitespace() || c == '/')
        .unwrap_or(tag.len());
    let name = tag[..name_end].to_ascii_lowercase();
    if ACTIVE_ELEMENTS.contains(&name.as_str()) {
        return false;
    }
    attributes_inert(&tag[name_end..])
}

/// Whether every attribute of a tag is inert.
fn attributes_inert(mut rest: &str) -> bool {
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return true;
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        if name.starts_with("on") || name == "srcdoc" || name == "formaction" {
            return false;
        }
        rest = rest[name_end..].trim_start();
        let Some(after_eq) = rest.strip_prefix('=') else {
            continue;
        };
        let after_eq = after_eq.trim_start();
        let (value, next) = match after_eq.chars().next() {
            Some(q @ ('"' | '\'')) => match after_eq[1..].find(q) {
                Some(close) => (&after_eq[1..1 + close], &after_eq[close + 2..]),
                None => return false,
            },
            _ => {
                let end = after_eq
                    .find(|c: char| c.is_ascii_whitespace())
                    .unwrap_or(after_eq.len());
                (&after_eq[..end], &after_eq[end..])
            }
        };
        if active_url(value) {
            return false;
        }
        rest = next;
    }
}

/// Whether an attribute value starts with a script or data URL, as a browser reads it
/// (ASCII whitespace and control characters inside the scheme are ignored).
fn active_url(value: &str) -> bool {
    let scheme: String = value
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .take(12)
        .collect::<String>()
        .to_ascii_lowercase();
    ACTIVE_SCHEMES.iter().any(|s| scheme.starts_with(s))
}
