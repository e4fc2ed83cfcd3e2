//! The texts only one search document has, kept together in one string.

use crate::core::data::Atlas;
use crate::core::data::I18nText;
use crate::core::lang::Lang;
use crate::core::search::{Document, Field, Text};
use compact_str::CompactString;
use std::sync::Arc;

/// The texts only one document has (its titles, its code, a trainer's standards), written
/// one after the other into one string that all their [`Text`]s are pieces of, instead of
/// one allocation each. The string is shared once complete ([`OwnTexts::share`]); until
/// then the pieces point at a placeholder and must not be read.
pub(super) struct OwnTexts {
    text: String,
    pending: Arc<str>,
}

impl OwnTexts {
    pub(super) fn new(atlas: &Atlas) -> Self {
        let titles = |t: &I18nText| t.en.len() + t.zh_hans.len() + t.de.len();
        let bytes = atlas
            .standards
            .iter()
            .map(|s| titles(&s.title) + s.code.len())
            .sum::<usize>()
            + atlas
                .trainers
                .iter()
                .map(|t| t.display_name.len() + t.id.len() + t.standards.len() * 18)
                .sum::<usize>()
            + atlas
                .partners
                .iter()
                .map(|p| titles(&p.name) + p.id.len())
                .sum::<usize>()
            + atlas
                .countries
                .iter()
                .map(|c| titles(&c.name) + c.id.len())
                .sum::<usize>();
        OwnTexts {
            text: String::with_capacity(bytes),
            // An allocation of its own, so no other text is mistaken for a pending one.
            pending: Arc::from(String::from("pending")),
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

    /// Shares the string and points the pending texts of `docs` at it.
    pub(super) fn share(self, docs: &mut [Document]) {
        let text: Arc<str> = Arc::from(self.text);
        for doc in docs {
            for (_, field) in &mut doc.fields {
                field.move_to(&self.pending, &text);
            }
        }
    }
}
