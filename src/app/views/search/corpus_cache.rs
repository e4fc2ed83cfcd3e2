//! The search index of the loaded dataset: built once per dataset (`core::derived`), however
//! often the search view is opened, and ahead of time when the dataset is small.

use crate::app::timing::timed;
use crate::core::atlas_search::SearchCorpus;
use crate::core::derived::Derived;
use std::sync::Arc;

/// The index of the dataset, built on first use (timed as `atlas:search-build`).
pub fn corpus_for(derived: &Derived) -> Arc<SearchCorpus> {
    derived.search_corpus(&|build| timed("atlas:search-build", build))
}

/// Delay before [`prebuild_soon`] looks for idle time: after the first view has painted.
const PREBUILD_DELAY_MS: u64 = 250;

/// Above this many records the build is a long task (a second or more at ×100 data) that
/// would freeze whatever view is open; then the index is built when Search is first opened.
const PREBUILD_MAX_RECORDS: usize = 5_000;

/// Builds the index of `atlas` shortly after the dataset has loaded, when the browser is
/// idle, so opening Search later finds it ready; a view that needs it sooner builds it
/// itself and this does nothing.
pub fn prebuild_soon(derived: Arc<Derived>) {
    let atlas = derived.atlas();
    let records = atlas.standards.len() + atlas.trainers.len() + atlas.partners.len();
    if records > PREBUILD_MAX_RECORDS {
        return;
    }
    leptos::prelude::set_timeout(
        move || {
            leptos::prelude::request_idle_callback(move || {
                corpus_for(&derived);
            });
        },
        std::time::Duration::from_millis(PREBUILD_DELAY_MS),
    );
}
