//! What the search view reads and sets: query, facets, sort, open result, country.

use super::{app_state, field};
use crate::core::atlas_search::SearchSort;
use crate::core::search::DocKind;
use crate::core::url_state::{AppState, SearchParams, View};
use leptos::prelude::*;
use std::ops::RangeInclusive;

/// The search view's part of the app state.
#[derive(Clone, Copy)]
pub struct SearchState {
    /// The whole state, written only through the methods below.
    state: RwSignal<AppState>,
    /// The query searched for.
    pub query: Memo<String>,
    /// The facets, sort and open result, together.
    pub params: Memo<SearchParams>,
    /// The order of the results.
    pub sort: Memo<SearchSort>,
    /// The kinds of result listed (none chosen: all).
    pub kinds: Memo<Vec<DocKind>>,
    /// The year range chosen, if any.
    pub years: Memo<Option<RangeInclusive<u16>>>,
    /// The id of the result whose details are open.
    pub open: Memo<Option<String>>,
    /// The selected country (shared with the map and charts).
    pub country: Memo<Option<String>>,
}

/// The search view's handle of the app state.
pub fn use_search_state() -> SearchState {
    let state = app_state();
    SearchState {
        state,
        query: field(state, |s| s.query.clone()),
        params: field(state, |s| s.search.clone()),
        sort: field(state, |s| s.search.sort),
        kinds: field(state, |s| s.search.kinds.clone()),
        years: field(state, |s| s.search.years.clone()),
        open: field(state, |s| s.search.open.clone()),
        country: field(state, |s| s.country.clone()),
    }
}

/// Adds `value` to `list` or removes it.
fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if let Some(at) = list.iter().position(|v| *v == value) {
        list.remove(at);
    } else {
        list.push(value);
    }
}

impl SearchState {
    /// Searches for `query`.
    pub fn set_query(&self, query: String) {
        self.state.update(|s| s.query = query);
    }

    /// Empties the query.
    pub fn clear_query(&self) {
        self.state.update(|s| s.query.clear());
    }

    /// Orders the results by `sort`.
    pub fn set_sort(&self, sort: SearchSort) {
        self.state.update(|s| s.search.sort = sort);
    }

    /// Lists only results of `kind`.
    pub fn show_only_kind(&self, kind: DocKind) {
        self.state.update(|s| s.search.kinds = vec![kind]);
    }

    /// Chooses or unchooses the kind facet's `kind`.
    pub fn toggle_kind(&self, kind: DocKind) {
        self.state.update(|s| toggle(&mut s.search.kinds, kind));
    }

    /// Chooses or unchooses the sector facet's `sector`.
    pub fn toggle_sector(&self, sector: String) {
        self.state.update(|s| toggle(&mut s.search.sectors, sector));
    }

    /// Chooses or unchooses the level facet's `level`.
    pub fn toggle_level(&self, level: u8) {
        self.state.update(|s| toggle(&mut s.search.levels, level));
    }

    /// Chooses or unchooses the trainer-language facet's `code`.
    pub fn toggle_language(&self, code: String) {
        self.state.update(|s| toggle(&mut s.search.languages, code));
    }

    /// Narrows the results to the years `years` (`None`: any year).
    pub fn set_years(&self, years: Option<RangeInclusive<u16>>) {
        self.state.update(|s| s.search.years = years);
    }

    /// Selects country `id` (or clears the selection).
    pub fn select_country(&self, id: Option<String>) {
        self.state.update(|s| s.country = id);
    }

    /// Empties every facet and the country, keeping the sort and the open result.
    pub fn clear_filters(&self) {
        self.state.update(|s| {
            let keep = (s.search.sort, s.search.open.take());
            s.search = SearchParams {
                sort: keep.0,
                open: keep.1,
                ..Default::default()
            };
            s.country = None;
        });
    }

    /// Opens the details of result `id`.
    pub fn open_result(&self, id: String) {
        self.state.update(|s| s.search.open = Some(id));
    }

    /// Closes the details.
    pub fn close_result(&self) {
        self.state.update(|s| s.search.open = None);
    }

    /// Shows the map with country `id` selected (one change, one history entry).
    pub fn open_in_map(&self, id: String) {
        self.state.update(|s| {
            s.view = View::Map;
            s.country = Some(id);
        });
    }
}
