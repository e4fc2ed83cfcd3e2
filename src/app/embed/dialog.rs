//! The embed dialog: a live preview, the iframe and loader snippets with the current state,
//! and copy buttons that confirm the copy to screen readers too.

use crate::app::i18n::{tr, use_lang};
use crate::app::state::use_page_state;
use crate::core::embed::{base_url, snippets, EmbedSnippets};
use crate::core::i18n;
use leptos::html::Dialog;
use leptos::prelude::*;

fn page_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The asynchronous clipboard, where the page may use it: browsers leave
/// `navigator.clipboard` undefined outside secure contexts (a site served over plain HTTP).
fn clipboard() -> Option<web_sys::Clipboard> {
    use wasm_bindgen::JsCast;
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    value.dyn_into::<web_sys::Clipboard>().ok()
}

/// Focuses the text field `id` and selects all of it, ready for Ctrl+C.
fn select_field(id: &str) {
    use wasm_bindgen::JsCast;
    let field = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
        field.select();
    }
}

/// A button that opens the embed dialog for the current view.
#[component]
pub fn EmbedButton() -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let (open, set_open) = signal(false);
    let show = move |_| {
        set_open.set(true);
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    view! {
        <button type="button" class="sa-button sa-button-quiet" aria-haspopup="dialog" on:click=show>
            {tr("embed_button")}
        </button>
        <dialog
            node_ref=dialog
            class="sa-dialog"
            aria-labelledby="sa-embed-title"
            on:close=move |_| set_open.set(false)
        >
            <Show when=move || open.get()>
                <EmbedDialogBody on_close=Callback::new(move |_| {
                    if let Some(dialog) = dialog.get() {
                        dialog.close();
                    }
                }) />
            </Show>
        </dialog>
    }
}

/// The dialog's content; rendered only while open, so the preview loads only then.
#[component]
fn EmbedDialogBody(
    /// Closes the dialog.
    on_close: Callback<()>,
) -> impl IntoView {
    let page = use_page_state();
    let lang = use_lang();
    let snippet = Memo::new(move |_| {
        let state = page.with_whole(Clone::clone);
        let title = format!(
            "{} · {}",
            i18n::text(lang.get(), state.view.title_key()),
            i18n::text(lang.get(), "app_title")
        );
        snippets(&base_url(&page_href()), &state, &title)
    });
    let (status, set_status) = signal(String::new());
    // Copies `text`; where the clipboard is missing (plain HTTP) or refuses, selects the
    // snippet in its field `id` instead and says to press Ctrl+C.
    let copy = move |text: String, id: &'static str| {
        let done = move |ok: bool| {
            let key = if ok {
                "embed_copied"
            } else {
                select_field(id);
                "embed_copy_failed"
            };
            set_status.set(i18n::text(lang.get_untracked(), key).to_string());
        };
        match clipboard() {
            Some(clipboard) => {
                let promise = clipboard.write_text(&text);
                leptos::task::spawn_local(async move {
                    done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
                });
            }
            None => done(false),
        }
    };
    let field = move |label_key: &'static str,
                      id: &'static str,
                      pick: fn(&EmbedSnippets) -> String| {
        let text = Memo::new(move |_| snippet.with(pick));
        view! {
            <div class="sa-snippet">
                <label for=id>{tr(label_key)}</label>
                <textarea id=id readonly rows="3" prop:value=move || text.get()></textarea>
                <button type="button" class="sa-button" on:click=move |_| copy(text.get_untracked(), id)>
                    {tr("embed_copy")}
                </button>
            </div>
        }
    };
    view! {
        <div class="sa-dialog-head">
            <h2 id="sa-embed-title">{tr("embed_title")}</h2>
            <button type="button" class="sa-button sa-button-quiet" on:click=move |_| on_close.run(())>
                {tr("embed_close")}
            </button>
        </div>
        <p>{tr("embed_intro")}</p>
        {field("embed_iframe_label", "sa-embed-iframe", |s| s.iframe.clone())}
        {field("embed_script_label", "sa-embed-script", |s| s.script.clone())}
        <p class="sa-status" role="status" aria-live="polite">{move || status.get()}</p>
        <h3>{tr("embed_preview")}</h3>
        <iframe
            class="sa-embed-preview"
            src=move || snippet.with(|s| s.src.clone())
            title=tr("embed_preview_title")
        ></iframe>
    }
}
