//! The search box: typing searches at once, then at most every [`THROTTLE_MS`] while the
//! person keeps typing (the last keystroke always lands); ↑ ↓ move through the results,
//! Enter opens one, Esc closes the details or clears the box.

use super::result_detail::focus_detail_soon;
use super::SearchCtx;
use crate::app::i18n::tr;
use crate::app::state::AppStateCtx;
use crate::core::atlas_search::option_id;
use crate::core::list_keys::{ListKeys, ListMove};
use leptos::prelude::*;
use std::time::Duration;

/// Least time between two searches while typing fast.
const THROTTLE_MS: f64 = 80.0;

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The labelled search box with its keyboard handling.
#[component]
pub fn SearchBox() -> impl IntoView {
    let app = expect_context::<AppStateCtx>();
    let ctx = expect_context::<SearchCtx>();
    let draft = ctx.draft;
    // When the last search ran, and whether a trailing one is already scheduled.
    let last_commit = StoredValue::new(f64::NEG_INFINITY);
    let pending = StoredValue::new(false);

    let commit = move || {
        let Some(text) = draft.try_get_untracked() else {
            return;
        };
        last_commit.try_set_value(now());
        pending.try_set_value(false);
        if app.state.try_with_untracked(|s| s.query != text) == Some(true) {
            app.state.try_update(|s| s.query = text);
        }
    };
    let schedule = move || {
        if pending.get_value() {
            return; // the scheduled search will read the latest text
        }
        let wait = THROTTLE_MS - (now() - last_commit.get_value());
        if wait <= 0.0 {
            commit();
        } else {
            pending.set_value(true);
            set_timeout(commit, Duration::from_millis(wait.ceil() as u64));
        }
    };
    // A query changed elsewhere (a suggestion, Back, a deep link) shows in the box.
    Effect::new(move |_| {
        let query = app.state.with(|s| s.query.clone());
        if !pending.get_value() && draft.get_untracked() != query {
            draft.set(query);
        }
    });

    let clear = move || {
        draft.set(String::new());
        pending.set_value(false);
        last_commit.set_value(now());
        ctx.active.set(None);
        app.update(|s| s.query.clear());
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let hits: Vec<usize> = ctx
            .results
            .with_untracked(|r| r.hits.iter().map(|h| h.doc).collect());
        let position = ctx.active_position_untracked();
        if let Some(step) = ListMove::from_key(&ev.key(), ListKeys::UpDown) {
            ev.prevent_default();
            let doc = step.apply(position, hits.len()).map(|p| hits[p]);
            ctx.active.set(doc);
            if let Some(doc) = doc {
                scroll_into_view(&option_id(doc));
            }
            return;
        }
        match ev.key().as_str() {
            "Enter" => {
                ev.prevent_default();
                if pending.get_value() {
                    commit();
                }
                let doc = position.map(|p| hits[p]).or(hits.first().copied());
                if let Some(doc) = doc {
                    let id = ctx
                        .corpus
                        .with_value(|c| c.index.documents()[doc].id.clone());
                    ctx.active.set(Some(doc));
                    app.update(|s| s.search.open = Some(id));
                    focus_detail_soon();
                }
            }
            "Escape" => {
                ev.prevent_default();
                if app.state.with_untracked(|s| s.search.open.is_some()) {
                    app.update(|s| s.search.open = None);
                } else {
                    clear();
                }
            }
            _ => {}
        }
    };
    let active_id = move || ctx.active_position().and(ctx.active.get()).map(option_id);

    view! {
        <div class="sa-search-box" role="search">
            <label for="sa-search-input" class="sa-search-label">{tr("search_label")}</label>
            <div class="sa-search-field">
                <input
                    id="sa-search-input"
                    type="search"
                    role="searchbox"
                    autocomplete="off"
                    spellcheck="false"
                    maxlength="200"
                    aria-controls="sa-search-results-standard sa-search-results-trainer sa-search-results-partner sa-search-results-country"
                    aria-describedby="sa-search-hint"
                    aria-activedescendant=active_id
                    placeholder=tr("search_placeholder")
                    prop:value=move || draft.get()
                    on:input=move |ev| {
                        draft.set(event_target_value(&ev));
                        ctx.active.set(None);
                        schedule();
                    }
                    on:keydown=on_keydown
                />
                <Show when=move || !draft.get().is_empty()>
                    <button
                        type="button"
                        class="sa-button sa-search-clear"
                        aria-label=tr("search_clear_query")
                        title=tr("search_clear_query")
                        on:click=move |_| clear()
                    >
                        "×"
                    </button>
                </Show>
            </div>
            <p id="sa-search-hint" class="sa-search-hint">{tr("search_keys_hint")}</p>
        </div>
    }
}

/// Keeps the highlighted option visible in a long list.
fn scroll_into_view(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.scroll_into_view_with_bool(false);
    }
}
