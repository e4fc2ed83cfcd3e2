//! The pure core: data model, validation, projection, scales, search and URL state.
//! Nothing here may depend on leptos or web-sys; it all runs and is tested natively.
//!
//! # Layers
//!
//! The modules are stacked in layers. A file may use the files of its own module and the
//! modules of lower layers, never a module of its own layer or of a higher one, and no two
//! files may use each other; `tests/core/layering.rs` checks every path in `src/core`
//! against this list.
//!
//! 1. The JSON reader, for the dataset and the world map: `json`
//! 2. Foundations: `geo`, `xml_text`, `fast_hash`, `lang`, `inert_markup`, `list_keys`
//! 3. The dataset, the search engine, the interface strings: `data`, `search`, `i18n`
//! 4. Figures in words: `figure_text`
//! 5. The state of a view, as its link spells it: `url_state`
//! 6. The features: `map_model`, `charts`, `atlas_search`, `embed`
//! 7. What is built from the features: `derived`, `first_view`
//!
//! Above them all, outside the core, the Leptos app (`crate::app`).

pub mod atlas_search;
pub mod charts;
pub mod data;
pub mod derived;
pub mod embed;
pub mod fast_hash;
pub mod figure_text;
pub mod first_view;
pub mod geo;
pub mod i18n;
pub mod inert_markup;
pub mod json;
pub mod lang;
pub mod list_keys;
pub mod map_model;
pub mod search;
pub mod url_state;
pub mod xml_text;
