//! The footer: where the figures come from, and that the records are illustrative.

use super::i18n::tr;
use super::state::AppStateCtx;
use crate::core::url_state::View;
use leptos::prelude::*;

/// Source line, illustrative-data notice and a link to the About page.
#[component]
pub fn Footer() -> impl IntoView {
    let ctx = expect_context::<AppStateCtx>();
    view! {
        <footer class="sa-footer">
            <p>{tr("footer_source")}</p>
            <p>
                {tr("footer_notice")} " "
                <a href=move || ctx.href_for_view(View::About) on:click=ctx.on_link_click(View::About)>
                    {tr("footer_about_link")}
                </a>
            </p>
        </footer>
    }
}
