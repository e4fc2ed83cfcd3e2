//! Where each text sits in a document's fields, per kind, as built by
//! [`documents`](super::documents). Titles (and names) come first, one per language in
//! [`Lang::ALL`] order, except trainers, who have one name.

use crate::core::lang::Lang;
use crate::core::search::DocKind;

/// The field holding the document's title (or name) in `lang`.
pub fn title_field(kind: DocKind, lang: Lang) -> usize {
    match kind {
        DocKind::Trainer => 0,
        _ => Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0),
    }
}

/// The number of title fields of a kind (one per language, or the trainer's one name).
pub fn title_fields(kind: DocKind) -> usize {
    match kind {
        DocKind::Trainer => 1,
        _ => 3,
    }
}

/// The field holding the document's code or id (`BRS-AUTO-003`, `TR-00001`, `THA`).
pub fn code_field(kind: DocKind) -> usize {
    title_fields(kind)
}
