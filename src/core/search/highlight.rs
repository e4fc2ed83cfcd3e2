//! Splitting a text into plain and marked segments. The UI renders segments as text nodes and
//! `<mark>` elements, never as HTML, so document text cannot inject markup.

use std::ops::Range;

/// A piece of text, marked if it matched the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The text of the piece, borrowed from the original.
    pub text: &'a str,
    /// True if the piece matched and should be shown in a `<mark>`.
    pub marked: bool,
}

/// Splits `text` along `ranges` (byte ranges, in any order, possibly overlapping or out of
/// bounds): ranges are clamped to the text, widened to character boundaries and merged.
///
/// ```
/// use skills_atlas::core::search::highlight;
/// let parts = highlight("Kfz-Mechatroniker", &[4..8, 6..17]);
/// assert_eq!(parts.len(), 2);
/// assert_eq!((parts[1].text, parts[1].marked), ("Mechatroniker", true));
/// ```
pub fn highlight<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<Segment<'a>> {
    let mut clamped: Vec<Range<usize>> = ranges
        .iter()
        .map(|r| floor_boundary(text, r.start)..ceil_boundary(text, r.end))
        .filter(|r| r.start < r.end)
        .collect();
    clamped.sort_by_key(|r| r.start);
    let mut segments = Vec::with_capacity(clamped.len() * 2 + 1);
    let mut cursor = 0;
    let mut pending: Option<Range<usize>> = None;
    for range in clamped {
        match &mut pending {
            Some(open) if range.start <= open.end => open.end = open.end.max(range.end),
            _ => {
                if let Some(done) = pending.replace(range) {
                    push_marked(text, &mut cursor, done, &mut segments);
                }
            }
        }
    }
    if let Some(done) = pending {
        push_marked(text, &mut cursor, done, &mut segments);
    }
    if cursor < text.len() {
        segments.push(Segment {
            text: &text[cursor..],
            marked: false,
        });
    }
    segments
}

/// Pushes the plain text before `range`, then `range` itself as marked.
fn push_marked<'a>(
    text: &'a str,
    cursor: &mut usize,
    range: Range<usize>,
    out: &mut Vec<Segment<'a>>,
) {
    if *cursor < range.start {
        out.push(Segment {
            text: &text[*cursor..range.start],
            marked: false,
        });
    }
    out.push(Segment {
        text: &text[range.clone()],
        marked: true,
    });
    *cursor = range.end;
}

/// The largest character boundary at or before `i` (clamped to the text).
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest character boundary at or after `i` (clamped to the text).
fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str, ranges: &[Range<usize>]) -> String {
        highlight(text, ranges)
            .iter()
            .map(|s| {
                if s.marked {
                    format!("[{}]", s.text)
                } else {
                    s.text.to_owned()
                }
            })
            .collect()
    }

    #[test]
    fn marks_and_merges() {
        assert_eq!(
            render("car repair shop", &[4..10, 0..3]),
            "[car] [repair] shop"
        );
        assert_eq!(render("abcdef", &[1..3, 2..5]), "a[bcde]f");
        assert_eq!(render("abcdef", &[1..3, 3..4]), "a[bcd]ef");
    }

    #[test]
    fn clamps_to_text_and_char_boundaries() {
        // "汽" is bytes 0..3; a range inside it widens to the whole character.
        assert_eq!(render("汽车", &[1..2, 1..2]), "[汽]车");
        assert_eq!(render("abc", &[2..99, 50..60]), "ab[c]");
        assert_eq!(render("abc", &[]), "abc");
        assert_eq!(render("", &[0..5, 1..2]), "");
    }

    #[test]
    #[allow(clippy::reversed_empty_ranges)]
    fn ignores_empty_and_reversed_ranges() {
        assert_eq!(render("abc", &[2..1, 1..1]), "abc");
    }
}
