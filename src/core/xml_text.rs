//! Escaping text for XML and HTML markup written as a string (SVG drawings, exported
//! files, search result rows): dataset text and whatever a person typed stay text.

/// XML-escapes text for an element or attribute.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    xml_escape_into(&mut out, text);
    out
}

/// Appends ` name="value"` to `out`, with `value` escaped.
pub fn push_attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    xml_escape_into(out, value);
    out.push('"');
}

/// [`xml_escape`], appending to `out`. Characters XML does not allow (control characters,
/// U+FFFE and U+FFFF) are dropped, and so are the bidirectional embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069), which could make a dataset name read backwards
/// or reorder the text around it.
pub fn xml_escape_into(out: &mut String, text: &str) {
    // 0xE2 and 0xEF lead the UTF-8 of the bidirectional controls and of U+FFFE/U+FFFF.
    if !text
        .bytes()
        .any(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'' | 0xE2 | 0xEF) || b < 0x20)
    {
        out.push_str(text);
        return;
    }
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
}
