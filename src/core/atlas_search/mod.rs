//! The dataset as search documents: standards, trainers, partners and countries turned into
//! the engine's generic [`Document`]s, whatever the interface language.
//!
//! Every name is indexed in English, Chinese and German, so `焊接`, `Schweißen` and `welding`
//! all find the welder standard; the UI then *displays* the text of its own language (see
//! [`present`]). Field order per kind is fixed ([`layout`]), so a hit's highlight ranges can be
//! mapped back to "the title in German" without searching the fields again.

pub mod corpus;
mod documents;
pub mod field_layout;
mod names;
mod own_texts;
pub mod present;
pub mod recent;
pub mod row_markup;
pub mod url_filter;
pub mod vocabulary_names;

pub use corpus::{SearchCorpus, SearchCorpusBuilder};
pub use documents::documents;
pub use present::{meta_line, present_hit, Presented};
pub use recent::Recent;
pub use row_markup::{controlled_lists, option_id, result_rows_markup, results_list_id};
pub use url_filter::filter_for;
pub use vocabulary_names::{
    occupation_key, occupation_names, partner_type_key, sector_key, sector_name,
};
// The URL state spells the result kinds and sort orders; the search is where readers look.
pub use crate::core::url_state::{kind_from_slug, kind_slug, SearchSort};
