//! The texts only one search document has, kept together in a few large strings.

use crate::core::data::I18nText;
use crate::core::lang::Lang;
use crate::core::search::{Document, Field, Text};
use compact_str::CompactString;
use std::sync::Arc;

/// The texts only one document has (its titles, its code, a trainer's standards), written
/// one after the other into a string that their [`Text`]s are pieces of, instead of one
/// allocation each. The string is shared once it holds [`PIECE`] bytes, at the end of a
/// document ([`OwnTexts::document_made`]), and a new one started; until then its pieces
/// point at a placeholder and must not be read. Strings of a bounded size, rather than one
/// of them all: no string is copied as it grows, nor when it is shared, more than a few
/// kilobytes at a time (one string of the ×100 dataset's own texts took 2 ms to share).
pub(super) struct OwnTexts {
    text: String,
    pending: Arc<str>,
    /// The first document whose texts may be in `text`.
    first_doc: usize,
}

/// Bytes of own texts per shared string.
const PIECE: usize = 1 << 16;

impl OwnTexts {
    /// No texts yet.
    pub(super) fn new() -> Self {
        OwnTexts {
            text: String::with_capacity(PIECE),
            pending: placeholder(),
            first_doc: 0,
        }
    }

    /// A copy of `text`.
    pub(super) fn push(&mut self, text: &str) -> Text {
        let start = self.text.len();
        self.text.push_str(text);
        Text::pending(&self.pending, start..self.text.len())
    }

    /// A record's title in every language and its code: the first fields of a standard, a
    /// partner and a country, in a vector with room for `more` fields after them.
    pub(super) fn titles_and_code(
        &mut self,
        title: &I18nText,
        code: &str,
        more: usize,
    ) -> Vec<(Field, Text)> {
        let mut fields = Vec::with_capacity(Lang::ALL.len() + 1 + more);
        fields.extend(
            Lang::ALL
                .iter()
                .map(|&l| (Field::Title, self.push(title.get(l)))),
        );
        fields.push((Field::Code, self.push(code)));
        fields
    }

    /// `items` joined by spaces.
    pub(super) fn join(&mut self, items: &[CompactString]) -> Text {
        let start = self.text.len();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.text.push(' ');
            }
            self.text.push_str(item);
        }
        Text::pending(&self.pending, start..self.text.len())
    }

    /// Called with the documents made so far, after each: once the string is full, shares
    /// it (see [`OwnTexts::share`]).
    pub(super) fn document_made(&mut self, docs: &mut [Document]) {
        if self.text.len() >= PIECE {
            self.share(docs);
        }
    }

    /// Shares the string and points the pending texts of the documents made since the last
    /// share (the end of `docs`) at it, then starts a new string. Called once more after
    /// the last document.
    pub(super) fn share(&mut self, docs: &mut [Document]) {
        let text = std::mem::replace(&mut self.text, String::with_capacity(PIECE));
        let text: Arc<str> = Arc::from(text);
        let pending = std::mem::replace(&mut self.pending, placeholder());
        for doc in &mut docs[self.first_doc..] {
            for (_, field) in &mut doc.fields {
                field.move_to(&pending, &text);
            }
        }
        self.first_doc = docs.len();
    }
}

/// A placeholder for a string being written: an allocation of its own, so no other text is
/// mistaken for a pending one.
fn placeholder() -> Arc<str> {
    Arc::from(String::from("pending"))
}
