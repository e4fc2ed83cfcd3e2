//! The pure core: data model, validation, projection, scales, search and URL state.
//! Nothing here may depend on leptos or web-sys; it all runs and is tested natively.

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
pub mod map_model;
pub mod search;
pub mod search_docs;
pub mod url_state;
pub mod xml_text;
