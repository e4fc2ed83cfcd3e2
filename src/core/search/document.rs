//! What the search engine indexes: a generic document with weighted text fields and facets.
//!
//! The engine knows nothing about standards or trainers; an adapter turns dataset records into
//! [`Document`]s, so the index stays testable with a handful of synthetic documents.

use super::text::Text;

/// The kind of record a document stands for; results are counted per kind (tabs in the UI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocKind {
    /// An occupational or training standard.
    Standard,
    /// A trainer or expert.
    Trainer,
    /// A partner institution.
    Partner,
    /// A country.
    Country,
}

impl DocKind {
    /// Every kind, in the order used by [`DocKind::index`].
    pub const ALL: [DocKind; 4] = [
        DocKind::Standard,
        DocKind::Trainer,
        DocKind::Partner,
        DocKind::Country,
    ];

    /// Position of the kind in [`DocKind::ALL`], for per-kind arrays.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A text field of a document. Fields differ only in their ranking weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// A title or name, in any language (a document may have several).
    Title,
    /// An identifier such as `BRS-AUTO-003`.
    Code,
    /// A sector or a trainer's specialism.
    Sector,
    /// Everything else: descriptions, addresses, notes.
    Body,
}

impl Field {
    /// Every field, in the order used by [`Field::index`].
    pub const ALL: [Field; 4] = [Field::Title, Field::Code, Field::Sector, Field::Body];

    /// Position of the field in [`Field::ALL`], for per-field arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether the same text often comes back in this field across documents (a country's
    /// name, a sector), so the index builder keeps each distinct text's terms. In a ×100
    /// dataset 81 sector texts fill 48,700 fields and 19,600 body texts 84,000, while codes
    /// are all distinct and titles nearly so (77,500 of 95,000).
    pub fn repeats(self) -> bool {
        matches!(self, Field::Sector | Field::Body)
    }

    /// BM25F weight: a match in a title counts more than one in a code, a sector or the body.
    pub fn weight(self) -> f32 {
        match self {
            Field::Title => 4.0,
            Field::Code => 3.0,
            Field::Sector => 2.0,
            Field::Body => 1.0,
        }
    }
}

/// Values a document can be filtered and counted by. Strings are compared exactly, so the
/// adapter should use canonical values (ISO country codes, BCP 47 language tags); documents
/// that share a value's [`Text`] let the index find it without reading it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// Countries the document belongs to (a partnership may span several).
    pub country: Vec<Text>,
    /// The sector, if the document has one.
    pub sector: Option<Text>,
    /// Languages the document is available in.
    pub language: Vec<Text>,
    /// Qualification level, if any.
    pub level: Option<u8>,
    /// Year of publication or start, if any.
    pub year: Option<u16>,
}

/// One searchable record. Hits refer to documents by their position in the slice given to
/// [`SearchIndex::build`](super::SearchIndex::build).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Stable identifier from the dataset (not interpreted by the engine).
    pub id: String,
    /// What the document stands for.
    pub kind: DocKind,
    /// Text fields; a field kind may repeat (titles in en, zh-Hans and de are all indexed).
    /// Shared, so an adapter can give the same text (a country's name, a sector) to many
    /// documents without copying it; the index builder tokenizes such a shared text once.
    pub fields: Vec<(Field, Text)>,
    /// Filterable values.
    pub facets: Facets,
}
