//! What a result row shows: the title in the interface language with its highlights, and,
//! when the match was elsewhere (another language's title, a country, a specialism), a short
//! excerpt of the field that matched, so a person sees *why* a result is there.

use std::ops::Range;

use super::field_layout::{code_field, title_field, title_fields};
use super::vocabulary_names::sector_name;
use crate::core::data::Atlas;
use crate::core::lang::Lang;
use crate::core::search::{DocKind, Document, Hit};

/// Characters of context kept on each side of the first match in an excerpt.
const CONTEXT_CHARS: usize = 28;

/// A text with the byte ranges to mark.
pub type Marked = (String, Vec<Range<usize>>);

/// A hit, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presented {
    /// The title in the interface language, with matches.
    pub title: Marked,
    /// The code or id, with matches.
    pub code: Marked,
    /// An excerpt of another field that matched, if the title in this language did not.
    pub context: Option<Marked>,
}

/// Prepares `hit` (a hit on `doc`) for display in `lang`.
pub fn present_hit(doc: &Document, hit: &Hit, lang: Lang) -> Presented {
    let field_text = |f: usize| doc.fields.get(f).map_or("", |(_, t)| &**t);
    let title_at = title_field(doc.kind, lang);
    let code_at = code_field(doc.kind);
    let title_ranges = hit.ranges_in(title_at);
    let context = if title_ranges.is_empty() {
        // Other titles first (a German title while reading English), then other fields.
        let titles = 0..title_fields(doc.kind);
        let mut candidates: Vec<usize> = titles.filter(|&f| f != title_at).collect();
        candidates
            .extend((0..doc.fields.len()).filter(|&f| f >= title_fields(doc.kind) && f != code_at));
        candidates.into_iter().find_map(|f| {
            let ranges = hit.ranges_in(f);
            (!ranges.is_empty()).then(|| excerpt(field_text(f), &ranges))
        })
    } else {
        None
    };
    Presented {
        title: (field_text(title_at).to_owned(), title_ranges),
        code: (field_text(code_at).to_owned(), hit.ranges_in(code_at)),
        context,
    }
}

/// The facts under a result's title, in `lang`: sector and level of a standard, country and
/// specialism of a trainer, country of a partner, and the year.
pub fn meta_line(atlas: &Atlas, doc: &Document, lang: Lang) -> Option<String> {
    let f = &doc.facets;
    let country = || {
        f.country
            .first()
            .map(|c| atlas.country_name(c, lang).to_owned())
    };
    let mut parts: Vec<String> = Vec::new();
    match doc.kind {
        DocKind::Standard => {
            parts.extend(f.sector.as_deref().map(|s| sector_name(s, lang)));
            if let Some(level) = f.level {
                let level = level.to_string();
                parts.push(crate::core::i18n::format(
                    lang,
                    "search_level_n",
                    &[("level", &level)],
                ));
            }
        }
        DocKind::Trainer => {
            parts.extend(country());
            parts.extend(f.sector.as_deref().map(|s| sector_name(s, lang)));
        }
        DocKind::Partner => parts.extend(country()),
        DocKind::Country => {}
    }
    parts.extend(f.year.map(|y| y.to_string()));
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// A window of `text` around the first range, with ellipses where cut, and the ranges that
/// fall inside it shifted to the excerpt's offsets.
pub fn excerpt(text: &str, ranges: &[Range<usize>]) -> Marked {
    let first = ranges
        .iter()
        .map(|r| r.start)
        .min()
        .unwrap_or(0)
        .min(text.len());
    let start = back_chars(text, first, CONTEXT_CHARS);
    let last_end = ranges
        .iter()
        .filter(|r| r.start >= first)
        .map(|r| r.end)
        .min()
        .unwrap_or(first)
        .min(text.len());
    let end = forward_chars(text, last_end, CONTEXT_CHARS);
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < text.len() { "…" } else { "" };
    let shift = prefix.len() as isize - start as isize;
    let kept = ranges
        .iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| (r.start as isize + shift) as usize..(r.end as isize + shift) as usize)
        .collect();
    (format!("{prefix}{}{suffix}", &text[start..end]), kept)
}

/// The byte position `n` characters before `at` (clamped to a character boundary).
fn back_chars(text: &str, at: usize, n: usize) -> usize {
    let mut at = at;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text[..at]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// The byte position `n` characters after `at` (clamped to the text).
fn forward_chars(text: &str, at: usize, n: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i)
}
