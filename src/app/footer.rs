//! The footer: where the figures come from, and that the records are illustrative.

use super::i18n::tr;
use super::state::{use_navigation, use_page_state};
use crate::core::embed::full_atlas_state;
use crate::core::url_state::View;
use leptos::prelude::*;

/// Source line, illustrative-data notice and a link to the About page.
#[component]
pub fn Footer() -> impl IntoView {
    let nav = use_navigation();
    let page = use_page_state();
    view! {
        <footer class="sa-footer">
            <p>{tr("footer_source")}</p>
            <Show when=move || page.embed.get()>
                <p>
                    <a
                        href=move || page.with_whole(|s| format!("./{}", full_atlas_state(s).to_query()))
                        target="_blank"
                        rel="noopener"
                    >
                        {tr("embed_open_full")}
                    </a>
                </p>
            </Show>
            <p>
                {tr("footer_notice")} " "
                <a href=move || nav.href_for_view(View::About) on:click=nav.on_link_click(View::About)>
                    {tr("footer_about_link")}
                </a>
            </p>
        </footer>
    }
}
