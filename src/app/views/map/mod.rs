//! The map view: Chongqing's cooperation network on a world map, with layers, a timeline,
//! zoom, find-a-country, a country panel and a table view.

mod country_events;
mod country_panel;
mod find_country;
mod headline_figures;
mod hub_mark;
mod layers_legend;
mod map_canvas;
mod map_drawing;
mod map_export;
mod map_state;
mod map_table;
mod map_view;
mod notices;
mod timeline;
mod tooltip;
mod world_svg;
mod zoom_controls;

pub use map_view::CooperationMap;

use crate::app::data_gate::LoadedData;
use crate::app::i18n::{tr, tr_fmt, use_lang};
use crate::app::start_tasks::next_task;
use crate::app::timing::timed;
use crate::core::geo::World;
use crate::core::url_state::View;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the world geometry lives, relative to the page.
pub const WORLD_URL: &str = "data/world-110m.json";

async fn fetch_world() -> Result<Arc<World>, String> {
    let response = gloo_net::http::Request::get(WORLD_URL)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().await.map_err(|e| e.to_string())?;
    next_task().await;
    timed("atlas:world-parse", || World::from_json(&text)).map(Arc::new)
}

/// The world geometry, fetched once per page (not per visit to the map), started by the
/// shell at start-up so it loads alongside the dataset instead of after it.
#[derive(Clone, Copy)]
pub struct WorldResource(LocalResource<Result<Arc<World>, String>>);

/// Starts fetching the world geometry and provides it to the map view.
pub fn provide_world() {
    provide_context(WorldResource(LocalResource::new(fetch_world)));
}

/// The map view: its title, then the map once the world geometry has loaded and the map
/// model is built (in a task of its own while the app starts, see `start_tasks`).
#[component]
pub fn MapView() -> impl IntoView {
    let data = expect_context::<LoadedData>();
    let lang = use_lang();
    let world = use_context::<WorldResource>()
        .map(|w| w.0)
        .unwrap_or_else(|| LocalResource::new(fetch_world));
    let derived = data.derived.clone();
    let model = RwSignal::new(derived.built_map_model());
    Effect::new(move |_| {
        if let (Some(Ok(w)), true) = (world.get(), model.with_untracked(Option::is_none)) {
            let derived = derived.clone();
            leptos::task::spawn_local(async move {
                next_task().await;
                let built = derived.map_model(&w, &|build| timed("atlas:map-model", build));
                next_task().await;
                model.set(Some(built));
            });
        }
    });
    view! {
        <section class="sa-view sa-map" aria-labelledby="sa-view-title">
            <h1 id="sa-view-title">{tr(View::Map.title_key())}</h1>
            {move || match (world.get(), model.get()) {
                (Some(Err(e)), _) => {
                    // The message replaces the first view once it is in the page.
                    Effect::new(|_| crate::app::first_view::take_over());
                    view! {
                    <div class="sa-error" role="alert">
                        <p>{move || tr_fmt(lang, "map_world_error", &[("detail", &e)])}</p>
                        <button type="button" class="sa-button" on:click=move |_| world.refetch()>{tr("retry")}</button>
                    </div>
                }.into_any()
                }
                (Some(Ok(_)), Some(model)) => view! { <CooperationMap model=model /> }.into_any(),
                _ => view! { <p class="sa-loading" role="status">{tr("map_loading")}</p> }.into_any(),
            }}
        </section>
    }
}
