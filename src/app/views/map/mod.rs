//! The map view (its content arrives with its own issue).

use crate::app::views::ComingSoon;
use crate::core::url_state::View;
use leptos::prelude::*;

/// The map view.
#[component]
pub fn MapView() -> impl IntoView {
    view! { <ComingSoon view=View::Map body_key="view_map_coming" /> }
}
