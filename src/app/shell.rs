//! The app shell: skip link, header, the current view inside the data gate, footer.

use super::data_gate::DataGate;
use super::embed::{post_height_to_parent, EmbedButton};
use super::footer::Footer;
use super::header::Header;
use super::i18n::{tr, use_lang};
use super::start_tasks::Parts;
use super::state::{provide_app_state, use_navigation, use_page_state, PageState};
use super::views::{provide_world, CurrentView};
use crate::core::i18n;
use leptos::html::Div;
use leptos::prelude::*;

/// The whole app. Mounted by [`super::start`], or directly by tests.
#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    provide_world();
    let lang = use_lang();
    let PageState {
        theme,
        embed,
        accent,
        controls,
        ..
    } = use_page_state();
    let view = use_navigation().view;
    let root = NodeRef::<Div>::new();
    post_height_to_parent(root);
    // While the app starts: the view's frame first (it starts loading the data), then the
    // header, then the footer, each in a task of its own (see `start_tasks`).
    let parts = Parts::new(3);
    Effect::new(move |_| {
        if parts.all_shown() {
            super::first_view::shell_drawn();
        }
    });

    Effect::new(move |_| {
        let lang = lang.get();
        let title = format!(
            "{} · {}",
            i18n::text(lang, view.get().title_key()),
            i18n::text(lang, "app_title")
        );
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    });

    view! {
        <div
            node_ref=root
            class="skills-atlas"
            style:--sa-accent=move || accent.get()
            class:sa-embedded=move || embed.get()
            class:sa-no-controls=move || !controls.get()
            data-theme=move || theme.get().slug()
            lang=move || lang.get().tag()
        >
            <a class="sa-skip" href="#sa-main">{tr("skip_to_content")}</a>
            <Show when=move || parts.shown(1) && !embed.get()>
                <Header />
            </Show>
            <main id="sa-main" class="sa-main" tabindex="-1">
                <Show when=move || !embed.get()>
                    <div class="sa-view-tools">
                        <EmbedButton />
                    </div>
                </Show>
                <DataGate>
                    <CurrentView />
                </DataGate>
            </main>
            <Show when=move || parts.shown(2)>
                <Footer />
            </Show>
        </div>
    }
}
