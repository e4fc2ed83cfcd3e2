//! What splitting text gives: a token (a normalized term, its place in the text and how it
//! was made), and how long a term may be.

use std::ops::Range;

/// Longest term kept, in characters; longer words are truncated the same way on both sides, so
/// they still match, while a pasted 10,000-character "word" costs nothing.
pub const MAX_TERM_CHARS: usize = 32;

/// How a token was produced; the query planner treats each kind differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A word between Unicode word boundaries.
    Word,
    /// Several words joined by `-`, `/` or `.`, kept whole (`brs-auto-003`).
    Compound,
    /// One CJK character.
    CjkUnigram,
    /// Two adjacent CJK characters.
    CjkBigram,
}

/// A normalized term and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The normalized term, as stored in the index.
    pub term: String,
    /// Byte range of the source text in the original string.
    pub range: Range<usize>,
    /// How the token was produced.
    pub kind: TokenKind,
}

/// Cuts `s` after `max` characters.
pub(crate) fn truncate_chars(s: &mut String, max: usize) {
    // No more bytes than `max` means no more characters: the usual case, without a scan.
    if s.len() <= max {
        return;
    }
    if let Some((i, _)) = s.char_indices().nth(max) {
        s.truncate(i);
    }
}
