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

/// The i18n key of a view's name in the navigation.
pub fn nav_label_key(view: View) -> &'static str {
    match view {
        View::Map => "nav_map",
        View::Charts => "nav_charts",
        View::Search => "nav_search",
        View::Present => "nav_present",
        View::About => "nav_about",
    }
}

/// The i18n key of a view's page title.
pub fn view_title_key(view: View) -> &'static str {
    match view {
        View::Map => "view_map_title",
        View::Charts => "view_charts_title",
        View::Search => "view_search_title",
        View::Present => "view_present_title",
        View::About => "view_about_title",
    }
}

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
    move || match view.get() {
        View::Map => view! { <MapView /> }.into_any(),
        View::Charts => view! { <ChartsView /> }.into_any(),
        View::Search => view! { <SearchView /> }.into_any(),
        View::Present => view! { <PresentView /> }.into_any(),
        View::About => view! { <AboutView /> }.into_any(),
    }
}
