//! A view whose content arrives with a later issue: it says what it will show.

use super::view_title_key;
use crate::app::i18n::tr;
use crate::core::url_state::View;
use leptos::prelude::*;

/// Title and a description of what the view will show.
#[component]
pub fn ComingSoon(
    /// Which view this stands in for.
    view: View,
    /// The i18n key of the description.
    body_key: &'static str,
) -> impl IntoView {
    view! {
        <section class="sa-view" aria-labelledby="sa-view-title">
            <h1 id="sa-view-title">{tr(view_title_key(view))}</h1>
            <p>{tr(body_key)}</p>
        </section>
    }
}
