//! The footer: where the figures come from, and that the records are illustrative.

use super::i18n::tr;
use super::state::AppStateCtx;
use crate::core::embed::full_atlas_state;
use crate::core::url_state::View;
use leptos::prelude::*;

/// Source line, illustrative-data notice and a link to the About page.
#[component]
pub fn Footer() -> impl IntoView {
    let ctx = expect_context::<AppStateCtx>();
    view! {
        <footer class="sa-footer">
            <p>{tr("footer_source")}</p>
            <Show when=move || ctx.state.with(|s| s.embed)>
                <p>
                    <a
                        href=move || ctx.state.with(|s| format!("./{}", full_atlas_state(s).to_query()))
                        target="_blank"
                        rel="noopener"
                    >
                        {tr("embed_open_full")}
                    </a>
                </p>
            </Show>
            <p>
                {tr("footer_notice")} " "
                <a href=move || ctx.href_for_view(View::About) on:click=ctx.on_link_click(View::About)>
                    {tr("footer_about_link")}
                </a>
            </p>
        </footer>
    }
}
