//! The view switch: which of the views behind the navigation the state names.

use super::{AboutView, ChartsView, MapView, PresentView, SearchView};
use crate::app::state::use_navigation;
use crate::core::url_state::View;
use leptos::prelude::*;

/// Renders the view the state names.
#[component]
pub fn CurrentView() -> impl IntoView {
    let view = use_navigation().view;
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
