//! Reading a JSON text into a [`Json`] tree: the fast scanner first, serde_json for
//! whatever the scanner gives up on. The dataset and the world map are both read here.

pub mod scan;
pub mod tree;

pub use tree::{Json, Number, Object};

use bumpalo::Bump;

use tree::parse_with_serde;

/// Parses `text` (serde_json's grammar, errors and nesting limit) into a tree in `arena`.
///
/// A well-formed document is read by the hand-written [`scan`]
/// (×100 dataset: 223 M instructions natively against 320 M through serde_json's visitor
/// calls); anything it gives up on, every broken document included, is parsed again by
/// serde_json, so the result and every error are serde_json's.
pub fn parse<'a>(text: &'a str, arena: &'a Bump) -> Result<Json<'a>, serde_json::Error> {
    match scan::parse(text, arena) {
        Some(value) => Ok(value),
        None => parse_with_serde(text, arena),
    }
}
