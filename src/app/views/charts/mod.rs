//! The charts view (its content arrives with its own issue).

use crate::app::views::ComingSoon;
use crate::core::url_state::View;
use leptos::prelude::*;

/// The charts view.
#[component]
pub fn ChartsView() -> impl IntoView {
    view! { <ComingSoon view=View::Charts body_key="view_charts_coming" /> }
}
