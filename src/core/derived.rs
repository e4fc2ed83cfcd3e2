//! What the views derive from one dataset, each built once, on first use, and kept as long
//! as the dataset: the map model (with the world geometry), the charts' counts and the
//! search corpus. It travels with the dataset (the app keeps it beside the loaded data), so
//! a new dataset can never be served an old index, and no view builds its own copy.

use crate::core::atlas_search::SearchCorpus;
use crate::core::charts::Facts;
use crate::core::data::Atlas;
use crate::core::geo::World;
use crate::core::map_model::MapModel;
use std::sync::{Arc, OnceLock};

/// The derived data of one dataset.
pub struct Derived {
    atlas: Arc<Atlas>,
    map: OnceLock<Arc<MapModel>>,
    facts: OnceLock<Arc<Facts>>,
    corpus: OnceLock<Arc<SearchCorpus>>,
}

/// How a build runs: directly, or wrapped (the app times each build for the benchmarks).
pub type Wrap<'a, T> = &'a dyn Fn(&dyn Fn() -> T) -> T;

impl Derived {
    /// Nothing built yet for `atlas`.
    pub fn new(atlas: Arc<Atlas>) -> Derived {
        Derived {
            atlas,
            map: OnceLock::new(),
            facts: OnceLock::new(),
            corpus: OnceLock::new(),
        }
    }

    /// The dataset.
    pub fn atlas(&self) -> &Arc<Atlas> {
        &self.atlas
    }

    /// The map model over `world`, built by the first call (a page has one world).
    pub fn map_model(&self, world: &World, wrap: Wrap<MapModel>) -> Arc<MapModel> {
        self.map
            .get_or_init(|| Arc::new(wrap(&|| MapModel::build(world, self.atlas.clone()))))
            .clone()
    }

    /// The charts' counts.
    pub fn facts(&self) -> Arc<Facts> {
        self.facts
            .get_or_init(|| Arc::new(Facts::new(&self.atlas)))
            .clone()
    }

    /// The search corpus (index and documents).
    pub fn search_corpus(&self, wrap: Wrap<SearchCorpus>) -> Arc<SearchCorpus> {
        self.corpus
            .get_or_init(|| Arc::new(wrap(&|| SearchCorpus::build(&self.atlas))))
            .clone()
    }

    /// Whether the search corpus has been built.
    pub fn has_search_corpus(&self) -> bool {
        self.corpus.get().is_some()
    }
}
