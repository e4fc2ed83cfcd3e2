//! Instant multilingual search over standards, trainers, partners and countries.
//!
//! Pure Rust, no DOM: the UI calls [`SearchIndex::search`] on every keystroke and renders the
//! returned [`Hit`]s with [`highlight`].
//!
//! - English, German and other Latin/Cyrillic text is split at Unicode word boundaries and
//!   folded (`Schweißen` = `schweissen`, `Türkiye` = `turkiye`).
//! - Chinese, Japanese and Korean are indexed as characters and bigrams, so `汽车维修` finds
//!   documents with `汽车` and `维修` without a dictionary.
//! - The word being typed matches as a prefix, longer words tolerate typos, and codes such as
//!   `BRS-AUTO-003` match exactly and come first.
//! - A word found nowhere as typed is looked up by its stem (`welding` → `weld…`), inside
//!   longer words (`Lackierer` in `Fahrzeuglackierer`) and by its parts: a German compound
//!   the dataset never wrote by the words it is made of (`Schweißroboter`, `Krankenpflege`),
//!   a Chinese word by its characters (`焊接技术` finds `焊工`).
//! - Ranking is BM25F with field weights (title > code > sector > body).
//!
//! ```
//! use skills_atlas::core::search::{DocKind, Document, Facets, Field, Filter, SearchIndex};
//! let docs = vec![Document {
//!     id: "s1".into(),
//!     kind: DocKind::Standard,
//!     fields: vec![(Field::Title, "Kfz-Mechatroniker".into()), (Field::Code, "BRS-AUTO-003".into())],
//!     facets: Facets::default(),
//! }];
//! let index = SearchIndex::build(&docs);
//! let results = index.search("mechatr", &Filter::default(), 10);
//! assert_eq!(results.hits[0].doc, 0);
//! ```

mod builder;
mod chunks;
mod compound;
mod document;
mod execute;
mod expand;
mod facet_filter;
mod facets;
mod fallback;
mod field_factors;
mod fold_rules;
mod fuzzy;
mod highlight;
mod index;
mod interner;
mod long_words;
mod normalize;
mod postings;
mod query;
mod reader;
mod results;
mod suggest;
mod term_order;
mod text;
mod token;
mod tokenize;
mod word_parts;

pub use builder::SearchIndexBuilder;
pub use document::{DocKind, Document, Facets, Field};
pub use execute::{Order, SearchOptions, MAX_POSTINGS_SCANNED};
pub use expand::MAX_EXPANSIONS;
pub use facet_filter::Filter;
pub use facets::FacetCounts;
pub use highlight::{highlight, Segment};
pub use index::{IndexStats, SearchIndex};
pub use normalize::{fold_char, normalize, FOLD_RANGES};
pub use results::{Hit, MatchMode, SearchResults};
pub use text::Text;
pub use token::{Token, TokenKind};
pub use tokenize::tokenize;
