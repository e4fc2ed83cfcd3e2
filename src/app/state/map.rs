//! What the map reads and sets: year, selected country, zoom, layers, table.

use super::{app_state, field};
use crate::core::url_state::{AppState, Layer, LayerSet, View};
use leptos::prelude::*;

/// The map's part of the app state.
#[derive(Clone, Copy)]
pub struct MapState {
    /// The whole state, written only through the methods below.
    state: RwSignal<AppState>,
    /// The year in the URL (`None`: the latest), not yet clamped to the data's years.
    pub year: Memo<Option<u16>>,
    /// The selected country's id, whether or not it is on the map.
    pub country: Memo<Option<String>>,
    /// The zoom in the URL as `(k, tx, ty)`; `None` shows the whole world.
    pub zoom: Memo<Option<(f64, f64, f64)>>,
    /// The layers shown.
    pub layers: Memo<LayerSet>,
    /// Whether the table replaces the map.
    pub table: Memo<bool>,
}

/// The map's handle of the app state.
pub fn use_map_state() -> MapState {
    let state = app_state();
    MapState {
        state,
        year: field(state, |s| s.year),
        country: field(state, |s| s.country.clone()),
        zoom: field(state, |s| s.map.zoom),
        layers: field(state, |s| s.map.layers),
        table: field(state, |s| s.map.table),
    }
}

impl MapState {
    /// Shows `year` (`None`: the latest).
    pub fn set_year(&self, year: Option<u16>) {
        self.state.update(|s| s.year = year);
    }

    /// Selects country `id` (or clears the selection).
    pub fn select_country(&self, id: Option<String>) {
        self.state.update(|s| s.country = id);
    }

    /// Writes the zoom (rounded by the caller); `None` shows the whole world.
    pub fn set_zoom(&self, zoom: Option<(f64, f64, f64)>) {
        self.state.update(|s| s.map.zoom = zoom);
    }

    /// Shows or hides `layer`.
    pub fn set_layer(&self, layer: Layer, on: bool) {
        self.state
            .update(|s| s.map.layers = s.map.layers.with(layer, on));
    }

    /// Switches between the map and its table.
    pub fn toggle_table(&self) {
        self.state.update(|s| s.map.table = !s.map.table);
    }

    /// Opens the search view filtered to country `id` (one change, one history entry).
    pub fn open_in_search(&self, id: String) {
        self.state.update(|s| {
            s.view = View::Search;
            s.country = Some(id);
        });
    }
}
