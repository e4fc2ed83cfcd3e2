//! Codes and other words joined by `-`, `/` or `.` (`BRS-AUTO-003`, `Kfz-Mechatroniker`),
//! kept whole as one term besides their parts, so a pasted code matches exactly.

use std::ops::Range;

use super::token::{truncate_chars, TokenKind, MAX_TERM_CHARS};

/// Most parts kept in one compound term: a real code has a handful.
const MAX_COMPOUND_PARTS: usize = 8;

/// Words joined by connectors, accumulated until something else interrupts them.
pub(super) struct Compound<'b> {
    text: &'b mut String,
    start: usize,
    word_end: usize,
    /// End of a connector that follows the last word; a word starting there continues the code.
    connector_end: Option<usize>,
    parts: usize,
}

impl<'b> Compound<'b> {
    /// A compound built in `text` (emptied first).
    pub(super) fn new(text: &'b mut String) -> Compound<'b> {
        text.clear();
        Compound {
            text,
            start: 0,
            word_end: 0,
            connector_end: None,
            parts: 0,
        }
    }

    pub(super) fn word(
        &mut self,
        term: &str,
        range: Range<usize>,
        emit: &mut impl FnMut(&str, Range<usize>, TokenKind),
    ) {
        let continues = self.parts > 0 && self.connector_end == Some(range.start);
        if continues && self.parts < MAX_COMPOUND_PARTS {
            self.text.push('-');
        } else {
            self.flush(emit);
            self.start = range.start;
        }
        self.text.push_str(term);
        self.word_end = range.end;
        self.connector_end = None;
        self.parts += 1;
    }

    pub(super) fn connector(
        &mut self,
        start: usize,
        end: usize,
        emit: &mut impl FnMut(&str, Range<usize>, TokenKind),
    ) {
        if self.parts > 0 && self.connector_end.is_none() && self.word_end == start {
            self.connector_end = Some(end);
        } else {
            self.flush(emit);
        }
    }

    pub(super) fn flush(&mut self, emit: &mut impl FnMut(&str, Range<usize>, TokenKind)) {
        if self.parts >= 2 {
            truncate_chars(self.text, MAX_TERM_CHARS);
            emit(self.text, self.start..self.word_end, TokenKind::Compound);
        }
        self.text.clear();
        self.parts = 0;
        self.connector_end = None;
    }
}

/// A lone dash, slash or dot between two words (ASCII, typographic or full-width).
pub(super) fn is_connector(segment: &str) -> bool {
    let mut chars = segment.chars();
    matches!(
        (chars.next(), chars.next()),
        (
            Some('-' | '/' | '.' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FF0D}' | '\u{FF0F}'),
            None
        )
    )
}
