//! The search view (its content arrives with its own issue).

use crate::app::views::ComingSoon;
use crate::core::url_state::View;
use leptos::prelude::*;

/// The search view.
#[component]
pub fn SearchView() -> impl IntoView {
    view! { <ComingSoon view=View::Search body_key="view_search_coming" /> }
}
