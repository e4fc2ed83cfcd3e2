//! The map's shared reactive state, provided as context to its parts: the core's
//! precomputed [`MapModel`] (never recomputed after start-up) and memos derived from the
//! map's part of the app state.

use crate::app::i18n::use_lang;
use crate::app::state::MapState;
use crate::core::data::dataset::{FIRST_YEAR, LAST_YEAR};
use crate::core::geo::{Frame, Zoom};
use crate::core::map_model::{LayerSet, MapModel, MAP_HEIGHT, MAP_WIDTH};
use crate::core::url_state::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// The map's reactive context.
#[derive(Clone, Copy)]
pub struct MapCtx {
    /// The precomputed model.
    pub model: StoredValue<Arc<MapModel>>,
    /// The map's part of the app state.
    pub state: MapState,
    /// The year shown (the URL's, clamped to the data's years).
    pub year: Memo<u16>,
    /// The layers shown.
    pub layers: Memo<LayerSet>,
    /// The zoom transform shown; follows gestures live and reaches the URL when a
    /// gesture ends ([`MapCtx::commit_zoom`]), so dragging does not flood the history API.
    pub zoom: RwSignal<Zoom>,
    /// The part of the map on screen: the whole map, or on a phone a slice of it.
    pub frame: RwSignal<Frame>,
    /// Where a slice of the map centres (`MapGeometry::network_center_x`).
    pub home_x: f64,
    /// Whether the pointer moved since it went down (a drag, not a click).
    pub dragged: StoredValue<bool>,
    /// The selected country's index, if it is on the map.
    pub selected: Memo<Option<usize>>,
    /// The interface language.
    pub lang: Memo<Lang>,
    /// The country under the pointer or keyboard focus (for the tooltip).
    pub hovered: RwSignal<Option<usize>>,
    /// The roving tab stop: the country Tab lands on.
    pub active: RwSignal<usize>,
}

impl MapCtx {
    /// Creates the context from the model and the map's part of the app state.
    pub fn new(model: Arc<MapModel>, state: MapState) -> MapCtx {
        let url_year = state.year;
        let year = Memo::new(move |_| {
            url_year
                .get()
                .unwrap_or(LAST_YEAR)
                .clamp(FIRST_YEAR, LAST_YEAR)
        });
        let url_zoom = state.zoom;
        let frame = RwSignal::new(Frame::whole(MAP_WIDTH, MAP_HEIGHT));
        let home_x = model.geometry.network_center_x();
        let url_zoom = Memo::new(move |_| {
            let frame = frame.get();
            url_zoom
                .get()
                .map_or(Zoom::home(home_x, frame), |(k, tx, ty)| {
                    Zoom { k, tx, ty }.clamped(frame)
                })
        });
        let zoom = RwSignal::new(url_zoom.get_untracked());
        // Back/Forward or a new link: the URL's zoom wins.
        Effect::new(move |_| zoom.set(url_zoom.get()));
        let stored = StoredValue::new(model.clone());
        let country = state.country;
        let selected =
            Memo::new(move |_| country.with(|c| c.as_deref().and_then(|id| model.index_of(id))));
        let first = stored.with_value(|m| m.order.first().copied().unwrap_or(0));
        MapCtx {
            model: stored,
            state,
            year,
            layers: state.layers,
            zoom,
            frame,
            home_x,
            dragged: StoredValue::new(false),
            selected,
            lang: use_lang(),
            hovered: RwSignal::new(None),
            active: RwSignal::new(first),
        }
    }

    /// Shows zoom `z` now and writes it to the URL state.
    pub fn set_zoom(&self, z: Zoom) {
        self.zoom.set(z.clamped(self.frame.get_untracked()));
        self.commit_zoom();
    }

    /// Back to the view the map opens with (the whole map, or on a phone its slice
    /// around the network).
    pub fn reset_zoom(&self) {
        self.set_zoom(Zoom::home(self.home_x, self.frame.get_untracked()));
    }

    /// The centre of the part of the map on screen, in viewBox pixels.
    pub fn frame_center(&self) -> (f64, f64) {
        self.frame.get_untracked().center()
    }

    /// Writes the zoom shown into the URL state (rounded).
    pub fn commit_zoom(&self) {
        let z = self.zoom.get_untracked();
        let value = (z.k > 1.0 + 1e-9)
            .then(|| crate::core::url_state::MapParams::round_zoom((z.k, z.tx, z.ty)));
        self.state.set_zoom(value);
    }

    /// Selects country `id` (or clears the selection).
    pub fn select(&self, id: Option<String>) {
        self.state.select_country(id);
    }
}
