//! The search index of the loaded dataset, built once and kept while the dataset lives,
//! however often the search view is opened. Wasm is single-threaded, so a thread-local
//! cache keyed by the dataset's address is enough.

use crate::app::timing::timed;
use crate::core::data::Atlas;
use crate::core::search_docs::SearchCorpus;
use std::cell::RefCell;
use std::sync::Arc;

thread_local! {
    static CACHE: RefCell<Option<(*const Atlas, Arc<SearchCorpus>)>> = const { RefCell::new(None) };
}

/// The index of `atlas`, built on first use (timed as `atlas:search-build`).
pub fn corpus_for(atlas: &Arc<Atlas>) -> Arc<SearchCorpus> {
    let key = Arc::as_ptr(atlas);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((k, corpus)) = cache.as_ref() {
            if *k == key {
                return corpus.clone();
            }
        }
        let corpus = Arc::new(timed("atlas:search-build", || SearchCorpus::build(atlas)));
        *cache = Some((key, corpus.clone()));
        corpus
    })
}

/// Delay before [`prebuild_soon`] looks for idle time: after the first view has painted.
const PREBUILD_DELAY_MS: u64 = 250;

/// Above this many records the build is a long task (a second or more at ×100 data) that
/// would freeze whatever view is open; then the index is built when Search is first opened.
const PREBUILD_MAX_RECORDS: usize = 5_000;

/// Builds the index of `atlas` shortly after the dataset has loaded, when the browser is
/// idle, so opening Search later finds it ready; a view that needs it sooner builds it
/// itself and this does nothing.
pub fn prebuild_soon(atlas: Arc<Atlas>) {
    let records = atlas.standards.len() + atlas.trainers.len() + atlas.partners.len();
    if records > PREBUILD_MAX_RECORDS {
        return;
    }
    leptos::prelude::set_timeout(
        move || {
            leptos::prelude::request_idle_callback(move || {
                corpus_for(&atlas);
            });
        },
        std::time::Duration::from_millis(PREBUILD_DELAY_MS),
    );
}
