//! The present view (its content arrives with its own issue).

use crate::app::views::ComingSoon;
use crate::core::url_state::View;
use leptos::prelude::*;

/// The present view.
#[component]
pub fn PresentView() -> impl IntoView {
    view! { <ComingSoon view=View::Present body_key="view_present_coming" /> }
}
