//! The views behind the navigation.

mod about;
mod charts;
mod map;
mod present;
mod search;

pub use about::AboutView;
pub use charts::ChartsView;
pub use map::{provide_world, CooperationMap, MapView};
pub use present::PresentView;
pub use search::{prebuild_soon, SearchView};

use super::state::AppStateCtx;
use crate::core::url_state::View;
use leptos::prelude::*;

/// The index (`data-i`) of the mark an event happened on, if it happened on one: the
/// charts and the map write their marks as markup and handle their events on the group.
pub fn mark_index(ev: &web_sys::Event) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target.get_attribute("data-i")?.parse().ok()
}

/// Renders the view the state names.
#[component]
pub fn CurrentView() -> impl IntoView {
    let ctx = expect_context::<AppStateCtx>();
    let view = Memo::new(move |_| ctx.state.with(|s| s.view));
    // The first view stands for the map, which takes over once drawn; any other view
    // takes over as soon as it is in the page.
    Effect::new(move |_| {
        if view.get() != View::Map {
            crate::app::first_view::take_over();
        }
    });
    move || match view.get() {
        View::Map => view! { <MapView /> }.into_any(),
        View::Charts => view! { <ChartsView /> }.into_any(),
        View::Search => view! { <SearchView /> }.into_any(),
        View::Present => view! { <PresentView /> }.into_any(),
        View::About => view! { <AboutView /> }.into_any(),
    }
}
