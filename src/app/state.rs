//! The one app state, provided as context and mirrored in the URL.

use super::panic::remember_lang;
use crate::core::url_state::{AppState, Lang, View};
use leptos::prelude::*;

mod charts;
mod map;
mod navigation;
mod page;
mod search;

pub use charts::{use_charts_state, ChartsState};
pub use map::{use_map_state, MapState};
pub use navigation::{plain_click, use_navigation, Navigation};
pub use page::{use_page_state, PageState};
pub use search::{use_search_state, SearchState};

/// The shared state and what is derived from it. Only this module reads it whole: the
/// features reach it through the narrow handles above (`use_map_state()`, …).
#[derive(Clone, Copy)]
struct AppStateCtx {
    /// The whole state; the URL follows it.
    state: RwSignal<AppState>,
    /// The effective language: the URL's choice, else the browser's, else English.
    lang: Memo<Lang>,
    /// The last view shown before the current one, so leaving the presenter returns there.
    previous_view: StoredValue<Option<View>>,
}

/// The context's state, for the handles.
fn app_state() -> RwSignal<AppState> {
    expect_context::<AppStateCtx>().state
}

/// The context's record of the view before the current one, for the navigation handle.
fn previous_view() -> StoredValue<Option<View>> {
    expect_context::<AppStateCtx>().previous_view
}

/// A memo of one part of the state: its readers wake only when that part changes.
fn field<T>(state: RwSignal<AppState>, read: fn(&AppState) -> T) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| state.with(read))
}

/// The effective interface language (read by `i18n::use_lang`).
pub(super) fn effective_lang() -> Memo<Lang> {
    expect_context::<AppStateCtx>().lang
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
pub fn provide_app_state() {
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
}
