//! What the views derive from one dataset, each built once, on first use, and kept as long
//! as the dataset: the map model (with the world geometry), the charts' counts and the
//! search corpus. It travels with the dataset (the app keeps it beside the loaded data), so
//! a new dataset can never be served an old index, and no view builds its own copy.
//!
//! The search corpus can also be built a slice at a time ([`Derived::build_search_corpus`]):
//! the build in progress is kept here too, made from this dataset, so however many callers
//! advance it there is one build, of this dataset's index.

use crate::core::atlas_search::{SearchCorpus, SearchCorpusBuilder};
use crate::core::charts::Facts;
use crate::core::data::Atlas;
use crate::core::geo::World;
use crate::core::map_model::MapModel;
use std::sync::{Arc, Mutex, OnceLock};

/// The derived data of one dataset.
pub struct Derived {
    atlas: Arc<Atlas>,
    map: OnceLock<Arc<MapModel>>,
    facts: OnceLock<Arc<Facts>>,
    corpus: OnceLock<Arc<SearchCorpus>>,
    /// The search corpus's build, from its start until it is done.
    corpus_build: Mutex<CorpusBuild>,
}

/// Where the search corpus's build is.
enum CorpusBuild {
    NotStarted,
    /// Started, by a caller that drives it ([`Derived::start_search_corpus`]) or by one
    /// that needed it at once.
    Building(Box<SearchCorpusBuilder<Arc<Atlas>>>),
    Built,
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
            corpus_build: Mutex::new(CorpusBuild::NotStarted),
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

    /// The map model, if it has been built.
    pub fn built_map_model(&self) -> Option<Arc<MapModel>> {
        self.map.get().cloned()
    }

    /// The charts' counts.
    pub fn facts(&self) -> Arc<Facts> {
        self.facts
            .get_or_init(|| Arc::new(Facts::new(&self.atlas)))
            .clone()
    }

    /// The search corpus (index and documents), built now if it is not yet (a build in
    /// slices that has started is finished).
    pub fn search_corpus(&self) -> Arc<SearchCorpus> {
        self.build_search_corpus(&mut || false)
            .expect("a build that never yields finishes")
    }

    /// The search corpus, if it has been built.
    pub fn built_search_corpus(&self) -> Option<Arc<SearchCorpus>> {
        self.corpus.get().cloned()
    }

    /// Starts the search corpus's build in slices, unless it has started (or is built):
    /// true for the one caller that started it, who should then drive it with
    /// [`Derived::build_search_corpus`] until it is done.
    pub fn start_search_corpus(&self) -> bool {
        let mut build = self.lock_build();
        if !matches!(*build, CorpusBuild::NotStarted) {
            return false;
        }
        *build = CorpusBuild::Building(Box::new(SearchCorpusBuilder::new(self.atlas.clone())));
        true
    }

    /// Advances this dataset's search corpus build, a unit of work at a time, until
    /// `should_yield` returns true (asked after every unit) or the corpus is built; returns
    /// the corpus once it is (at once if it already was). The build is started if it has not
    /// been, and continues where the last call stopped, whoever made it.
    pub fn build_search_corpus(
        &self,
        should_yield: &mut dyn FnMut() -> bool,
    ) -> Option<Arc<SearchCorpus>> {
        if let Some(corpus) = self.corpus.get() {
            return Some(corpus.clone());
        }
        let mut build = self.lock_build();
        if matches!(*build, CorpusBuild::NotStarted) {
            *build = CorpusBuild::Building(Box::new(SearchCorpusBuilder::new(self.atlas.clone())));
        }
        let builder = match &mut *build {
            CorpusBuild::Building(builder) => builder,
            // Finished by another caller since the look above.
            CorpusBuild::Built => return self.corpus.get().cloned(),
            CorpusBuild::NotStarted => unreachable!("started above"),
        };
        debug_assert!(Arc::ptr_eq(builder.atlas(), &self.atlas));
        let corpus = Arc::new(builder.step(should_yield)?);
        let corpus = self.corpus.get_or_init(|| corpus).clone();
        *build = CorpusBuild::Built;
        Some(corpus)
    }

    /// The build's state. A build that panicked has no corpus to offer: the panic is
    /// passed on.
    fn lock_build(&self) -> std::sync::MutexGuard<'_, CorpusBuild> {
        self.corpus_build
            .lock()
            .expect("the search corpus build did not panic")
    }
}
