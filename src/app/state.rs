//! The one app state, provided as context and mirrored in the URL.

use super::panic::remember_lang;
use crate::core::url_state::{AppState, Lang, View};
use leptos::prelude::*;

/// The shared state and what is derived from it, available to every component.
#[derive(Clone, Copy)]
pub struct AppStateCtx {
    /// The whole state; the URL follows it.
    pub state: RwSignal<AppState>,
    /// The effective language: the URL's choice, else the browser's, else English.
    pub lang: Memo<Lang>,
    /// The last view shown before the current one, so leaving the presenter returns there.
    pub previous_view: StoredValue<Option<View>>,
}

impl AppStateCtx {
    /// Changes the state with `f`; the URL follows.
    pub fn update(&self, f: impl FnOnce(&mut AppState)) {
        self.state.update(f);
    }

    /// A link's click handler: a plain click changes the view in place (keeping the rest of
    /// the state); a click with a modifier or another button is left to the browser, so
    /// "open in a new tab" works.
    pub fn on_link_click(self, view: View) -> impl Fn(leptos::ev::MouseEvent) + Copy {
        move |ev| {
            if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key()) {
                ev.prevent_default();
                self.update(|s| s.view = view);
            }
        }
    }

    /// The query string a link to `view` would carry (everything else kept).
    pub fn href_for_view(&self, view: View) -> String {
        let mut next = self.state.get();
        next.view = view;
        let q = next.to_query();
        if q.is_empty() {
            "?".to_string()
        } else {
            q
        }
    }
}

fn browser_lang() -> Lang {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::En;
    };
    nav.languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(nav.language())
        .find_map(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En)
}

fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

fn read_url() -> AppState {
    let (state, warnings) = AppState::from_query(&current_search());
    for warning in warnings {
        web_sys::console::warn_1(&format!("Skills Atlas: {warning}").into());
    }
    state
}

fn write_url(query: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    // `path` alone (no query) still replaces the old query, so a default state gives a clean URL.
    let url = format!("{path}{query}");
    let null = wasm_bindgen::JsValue::NULL;
    let _ = if push {
        history.push_state_with_url(&null, "", Some(&url))
    } else {
        history.replace_state_with_url(&null, "", Some(&url))
    };
}

/// How long after a change the URL is written (the latest state then, one History call).
const URL_WRITE_DELAY: std::time::Duration = std::time::Duration::from_millis(100);

/// Creates the state from the URL, keeps the URL in step with it (a view change is a new
/// history entry, anything else replaces the current one) and follows Back / Forward.
pub fn provide_app_state() -> AppStateCtx {
    let state = RwSignal::new(read_url());
    let detected = browser_lang();
    let lang = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(detected));
    let previous_view = StoredValue::new(None);
    let ctx = AppStateCtx {
        state,
        lang,
        previous_view,
    };
    provide_context(ctx);

    // The URL follows the state at most once per `URL_WRITE_DELAY`: a dragged year slider or
    // a played timeline changes the state many times a second, and each History call costs
    // milliseconds, which should not delay the frame that shows the change. A view change
    // makes a new history entry at once (right after this task), so Back works however
    // quickly it is pressed.
    let pending = StoredValue::new(None::<bool>);
    let write = move || {
        let push = pending
            .try_update_value(|p| p.take())
            .flatten()
            .unwrap_or(false);
        let query = state.with_untracked(|s| s.to_query());
        let current = current_search();
        if query != current && !(query.is_empty() && current == "?") {
            write_url(&query, push);
        }
    };
    Effect::new(move |previous_view: Option<View>| {
        let view = state.with(|s| s.view);
        let view_changed = previous_view.is_some_and(|v| v != view);
        if view_changed {
            ctx.previous_view.set_value(previous_view);
        }
        let scheduled = pending.with_value(|p| p.is_some());
        pending.update_value(|p| *p = Some(p.unwrap_or(false) || view_changed));
        if view_changed {
            set_timeout(write, std::time::Duration::ZERO);
        } else if !scheduled {
            set_timeout(write, URL_WRITE_DELAY);
        }
        view
    });
    Effect::new(move |_| {
        let lang = lang.get();
        remember_lang(lang);
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", lang.tag());
        }
    });
    let listener = window_event_listener(leptos::ev::popstate, move |_| state.set(read_url()));
    on_cleanup(move || listener.remove());
    ctx
}
