//! The properties the fuzz targets check, one module per target. The fuzz targets
//! (`tests/fuzz/fuzz_targets/*.rs`, libFuzzer, nightly) and the native replay test
//! (`tests/core/fuzz_replay.rs`, stable, `cargo test`) both include this folder, so a
//! corpus or regression input fails the same assertion in both. Each function panics, with
//! a message saying which property broke, when the input breaks one.
//!
//! - [`dataset_load`]: bytes → the loader. The problem list stays within its cap; a load
//!   that succeeds revalidates without errors and, written back with the generator's
//!   writer, loads again to the same dataset; the JSON scanner builds the same tree as
//!   serde_json whenever it accepts the text.
//! - [`url_state`]: text → `AppState::from_query` → `to_query` → `from_query`: the same
//!   state, no warning on the written link, `to_query` a fixed point, warnings capped.
//! - [`search_query`]: queries (optionally after a link line carrying filters, sort and
//!   language) over an index of the committed dataset: counts add up, every hit is a real
//!   record that passes the filter, in the promised order, with highlight ranges inside
//!   their field; the postings read stay within `MAX_POSTINGS_SCANNED` per scoring pass;
//!   and the result rows are well-formed markup.
//! - [`markup`]: text as names, labels and ids in the core's markup writers: the output
//!   parses as XML and has exactly the elements and attributes of the same markup written
//!   with a harmless text of the same shape (no injected element or attribute).
//!
//! The fuzz targets run the cheap form of a property, so that a core runs thousands of
//! inputs a second: `search_query` over a slice of the dataset, `markup` through one
//! writer per input. The replay runs the whole form over every corpus input as well
//! ([`search_query_full`], [`markup_all`]).

pub mod dataset_load;
pub mod markup;
pub mod search_query;
pub mod url_state;

pub use dataset_load::dataset_load;
pub use markup::{markup, markup_all};
pub use search_query::{search_query, search_query_full};
pub use url_state::url_state;

use std::sync::OnceLock;

use skills_atlas::core::data::{load_bytes, Atlas, LoadOutcome};

/// The committed dataset (×1), the one the app ships.
pub const DATASET: &[u8] = include_bytes!("../../../public/data/atlas.json");
/// The world geometry the map is drawn on.
const WORLD: &str = include_str!("../../../public/data/world-110m.json");

/// The committed dataset, loaded once.
fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| match load_bytes(DATASET) {
        LoadOutcome::Loaded { atlas, .. } => atlas,
        LoadOutcome::Failed { problems, .. } => panic!("the committed dataset: {problems:?}"),
    })
}
