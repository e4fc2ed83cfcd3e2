//! The cooperation map: layout of the toolbar, timeline, map (or table), headline figures,
//! legend and country panel, over one precomputed [`MapModel`].

use super::country_panel::CountryPanel;
use super::find_country::FindCountry;
use super::headline_figures::HeadlineFigures;
use super::layers_legend::LayersLegend;
use super::map_canvas::MapCanvas;
use super::map_export::{MapExport, MapSvgRef};
use super::map_state::MapCtx;
use super::map_table::MapTable;
use super::notices::MapNotices;
use super::timeline::Timeline;
use super::tooltip::MapTooltip;
use super::zoom_controls::ZoomControls;
use crate::app::i18n::tr;
use crate::app::start_tasks::Parts;
use crate::app::state::use_map_state;
use crate::core::map_model::MapModel;
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// The performance mark set once the map is first in the DOM (read by the benchmark).
pub const DRAWN_MARK: &str = "atlas:map-drawn";
static MARKED: AtomicBool = AtomicBool::new(false);

/// The parts of the map view while the app starts: part 1 is the drawing's arcs and
/// glyphs (`world_svg`).
#[derive(Clone, Copy)]
pub struct MapParts(pub Parts);

/// The map of a prepared model (tests mount it directly).
#[component]
pub fn CooperationMap(
    /// What the map draws, built once per dataset (`core::derived`).
    model: Arc<MapModel>,
) -> impl IntoView {
    let state = use_map_state();
    let ctx = MapCtx::new(model, state);
    provide_context(ctx);
    provide_context(MapSvgRef(NodeRef::new()));
    let table = state.table;
    let attribution = ctx.model.with_value(|m| m.geometry.attribution.clone());
    // While the app starts: the map's countries first, then its arcs and glyphs
    // ([`MapParts`], read by the drawing), then the toolbar and timeline, then the side, each
    // in a task of its own (see `start_tasks`).
    let parts = Parts::new(4);
    provide_context(MapParts(parts));
    Effect::new(move |_| {
        // Effects run after the render has been mounted: the map is in the DOM.
        if !parts.all_shown() {
            return;
        }
        if !MARKED.swap(true, Ordering::Relaxed) {
            if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                let _ = p.mark(DRAWN_MARK);
            }
        }
        crate::app::first_view::take_over();
    });
    view! {
        <MapNotices />
        <Show when=move || parts.shown(2)>
            <div class="sa-map-toolbar">
                <FindCountry />
                <ZoomControls />
                <button type="button" class="sa-button sa-button-quiet" aria-pressed=move || table.get().to_string()
                    on:click=move |_| state.toggle_table()>
                    {tr("map_table_toggle")}
                </button>
                <MapExport />
            </div>
            <Timeline />
        </Show>
        <div class="sa-map-layout">
            <div class="sa-map-main">
                <div class="sa-map-stage" hidden=move || table.get()>
                    <MapCanvas />
                    <MapTooltip />
                </div>
                <Show when=move || table.get()>
                    <MapTable />
                </Show>
                <p class="sa-map-attribution">{attribution}</p>
            </div>
            <div class="sa-map-side">
                <Show when=move || parts.shown(3)>
                    <CountryPanel />
                    <LayersLegend />
                    <HeadlineFigures />
                </Show>
            </div>
        </div>
    }
}
