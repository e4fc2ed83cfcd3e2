//! The search view: one search box over standards, trainers, partners and countries, results
//! grouped by kind with highlighted matches, facets whose counts follow the query, and a
//! detail panel linking to the map. Query, facets, sort and the open result live in the URL.

mod corpus_cache;
mod country_facet;
mod facet_lists;
mod facet_rows;
mod facets_panel;
mod language_names;
mod result_detail;
mod results_list;
mod search_box;
mod year_facet;

pub use corpus_cache::prebuild_soon;

use crate::app::data_gate::LoadedData;
use crate::app::i18n::{tr, use_lang};
use crate::app::state::{use_search_state, SearchState};
use crate::core::atlas_search::{filter_for, Recent, SearchCorpus, SearchSort};
use crate::core::data::Atlas;
use crate::core::search::{DocKind, Filter, SearchResults};
use crate::core::url_state::Lang;
use corpus_cache::use_search_corpus;
use facets_panel::FacetsPanel;
use leptos::prelude::*;
use result_detail::ResultDetail;
use results_list::ResultsList;
use search_box::SearchBox;
use std::sync::Arc;

/// Hits shown per kind when every kind is listed (a glance at each group).
const PER_KIND_OVERVIEW: usize = 6;
/// Hits shown when the list is narrowed to one kind.
const PER_KIND_FOCUSED: usize = 50;
/// Searches whose results are kept (see `Recent`).
const RECENT_SEARCHES: usize = 8;

/// What the results depend on; compared before searching, so opening a result or switching
/// the theme does not search again.
#[derive(Clone, Debug, PartialEq)]
struct SearchInputs {
    query: String,
    filter: Filter,
    sort: SearchSort,
    /// Only matters (and is only set) when sorting by name.
    lang: Option<Lang>,
    per_kind: usize,
}

/// What the parts of the search view share.
#[derive(Clone, Copy)]
pub(crate) struct SearchCtx {
    /// The search view's part of the app state.
    pub state: SearchState,
    /// The dataset.
    pub atlas: StoredValue<Arc<Atlas>>,
    /// Its index, once built.
    pub corpus: Signal<Option<Arc<SearchCorpus>>>,
    /// The results of the current query and facets.
    pub results: Memo<Arc<SearchResults>>,
    /// The text in the box, ahead of the (debounced) query in the state.
    pub draft: RwSignal<String>,
    /// The document (by index position) highlighted with the arrow keys.
    pub active: RwSignal<Option<usize>>,
}

impl SearchCtx {
    /// `f` of the index, without subscribing; `None` while it is being built (the parts that
    /// show results are only there once it is built).
    pub fn with_corpus<R>(&self, f: impl FnOnce(&SearchCorpus) -> R) -> Option<R> {
        self.corpus.with_untracked(|c| c.as_deref().map(f))
    }

    /// Whether the group of `kind` is shown: the index is built (the groups are in the page)
    /// and the kind has hits (a group without is hidden). The groups and the search box's
    /// `aria-controls` both follow it.
    pub fn group_shown(&self, kind: DocKind) -> bool {
        self.corpus.with(Option::is_some) && self.results.with(|r| r.total_of(kind) > 0)
    }

    /// The hit list position of the highlighted document, if it is still listed.
    pub fn active_position(&self) -> Option<usize> {
        let active = self.active.get()?;
        self.results
            .with(|r| r.hits.iter().position(|h| h.doc == active))
    }

    /// [`SearchCtx::active_position`] without subscribing (for event handlers).
    pub fn active_position_untracked(&self) -> Option<usize> {
        let active = self.active.get_untracked()?;
        self.results
            .with_untracked(|r| r.hits.iter().position(|h| h.doc == active))
    }
}

/// The search view. Until the dataset's index is built (in slices, see `corpus_cache`) it
/// says so in place of the results, and the box already takes the query, searched once the
/// index is there.
#[component]
pub fn SearchView() -> impl IntoView {
    let state = use_search_state();
    let data = expect_context::<LoadedData>();
    let corpus = use_search_corpus();
    let inputs = use_search_inputs(state);
    let ctx = SearchCtx {
        state,
        atlas: StoredValue::new(data.atlas.clone()),
        corpus,
        results: use_search_results(inputs, corpus),
        draft: RwSignal::new(state.query.get_untracked()),
        active: RwSignal::new(None),
    };
    provide_context(ctx);
    let detail_open = Memo::new(move |_| state.open.with(Option::is_some));
    let preparing = || {
        view! { <p class="sa-loading sa-search-preparing" role="status">{tr("search_preparing")}</p> }
    };

    view! {
        <section class="sa-view sa-search" aria-labelledby="sa-view-title">
            <h1 id="sa-view-title">{tr("view_search_title")}</h1>
            <SearchBox />
            <Show when=move || corpus.with(Option::is_some) fallback=preparing>
                <div class="sa-search-body" class:sa-search-with-detail=move || detail_open.get()>
                    <FacetsPanel />
                    <ResultsList />
                    <Show when=move || detail_open.get()>
                        <ResultDetail />
                    </Show>
                </div>
            </Show>
        </section>
    }
}

/// What the results depend on, from the app state and the interface language.
fn use_search_inputs(state: SearchState) -> Memo<SearchInputs> {
    let app_lang = use_lang();
    Memo::new(move |_| {
        let lang = app_lang.get();
        let query = state.query.get();
        let country = state.country.get();
        state.params.with(|p| {
            let sort = p.sort;
            SearchInputs {
                query,
                filter: filter_for(p, country.as_deref()),
                sort,
                lang: (sort == SearchSort::Name).then_some(lang),
                per_kind: if p.kinds.len() == 1 {
                    PER_KIND_FOCUSED
                } else {
                    PER_KIND_OVERVIEW
                },
            }
        })
    })
}

/// The results of `inputs` in `corpus` (none until it is built), timed as
/// `atlas:search-query`.
fn use_search_results(
    inputs: Memo<SearchInputs>,
    corpus: Signal<Option<Arc<SearchCorpus>>>,
) -> Memo<Arc<SearchResults>> {
    // The last few searches are kept: clearing the box goes back to browsing everything,
    // the costliest search of all on a large dataset, and its results were already shown.
    let recent = StoredValue::new(Recent::<SearchInputs, Arc<SearchResults>>::new(
        RECENT_SEARCHES,
    ));
    Memo::new(move |_| {
        let i = inputs.get();
        let Some(corpus) = corpus.get() else {
            return Arc::new(SearchResults::default());
        };
        let lang = i.lang.unwrap_or(Lang::En);
        let run = || {
            Arc::new(crate::app::timing::timed("atlas:search-query", || {
                corpus.search(&i.query, &i.filter, i.per_kind, i.sort, lang)
            }))
        };
        match recent.try_update_value(|recent| recent.get_or_insert_with(i.clone(), run)) {
            Some(results) => results,
            // The view is going away; search without keeping the result.
            None => run(),
        }
    })
}
