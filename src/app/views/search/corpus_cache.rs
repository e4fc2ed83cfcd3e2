//! The search index of the loaded dataset: built once per dataset (`core::derived`), a slice
//! of about [`SLICE_MS`] at a time with the browser free to paint and handle input in
//! between, so no view freezes while it builds (at ×100 the build is ~0.5 s of work, which
//! as one task froze the page). It starts shortly after the first view; opening Search
//! before it is done follows the same build.

use crate::app::data_gate::LoadedData;
use crate::app::start_tasks::after_start;
use crate::app::timing::{clock, WorkSpan};
use crate::core::atlas_search::SearchCorpus;
use crate::core::derived::Derived;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Work per task before the build yields to the browser. A unit of work can overrun it by a
/// few ms, which keeps each task well under the 50 ms of a long task.
const SLICE_MS: f64 = 10.0;

/// How long [`prebuild_soon`] waits after the app has started before it starts the build.
const PREBUILD_DELAY_MS: u64 = 250;

/// The index of the loaded dataset, for a view: `None` while it is being built. Starts the
/// build if nothing has yet (a view opened before [`prebuild_soon`] started it), once the
/// app has started.
pub fn use_search_corpus() -> Signal<Option<Arc<SearchCorpus>>> {
    let data = expect_context::<LoadedData>();
    let starting = data.clone();
    after_start(move || start_build(&starting));
    data.search_corpus.into()
}

/// Starts building the index of `data` shortly after the app has started (its own tasks
/// come first), so opening Search later finds it ready.
pub fn prebuild_soon(data: LoadedData) {
    after_start(move || {
        set_timeout(
            move || start_build(&data),
            Duration::from_millis(PREBUILD_DELAY_MS),
        )
    });
}

/// Starts the build in slices of `data`'s index, unless it has started: the first to ask
/// drives it (timed as `atlas:search-build`, waits included, and `atlas:search-build-work`,
/// the work alone), and everyone follows `data.search_corpus`.
fn start_build(data: &LoadedData) {
    if let Some(corpus) = data.derived.built_search_corpus() {
        if data.search_corpus.with_untracked(Option::is_none) {
            data.search_corpus.set(Some(corpus));
        }
        return;
    }
    if data.derived.start_search_corpus() {
        slice(SlicedBuild {
            derived: data.derived.clone(),
            ready: data.search_corpus.clone(),
            span: WorkSpan::start("atlas:search-build"),
            worked: 0.0,
        });
    }
}

/// A build in slices under way.
struct SlicedBuild {
    derived: Arc<Derived>,
    /// Where the corpus goes once built.
    ready: ArcRwSignal<Option<Arc<SearchCorpus>>>,
    span: WorkSpan,
    /// Time spent working so far, in ms.
    worked: f64,
}

/// Works on `build` for about [`SLICE_MS`], then lets the browser run (a timeout) and comes
/// back, until the corpus is built and handed to the views (in the next task).
fn slice(mut build: SlicedBuild) {
    let now = clock();
    let start = now();
    let deadline = start + SLICE_MS;
    let corpus = build.derived.build_search_corpus(&mut || now() >= deadline);
    build.worked += now() - start;
    match corpus {
        None => set_timeout(move || slice(build), Duration::ZERO),
        Some(corpus) => {
            build.span.end("atlas:search-build-work", build.worked);
            // The views draw their first results in a task of their own, not in the
            // build's last slice.
            let ready = build.ready;
            set_timeout(move || ready.set(Some(corpus)), Duration::ZERO);
        }
    }
}
