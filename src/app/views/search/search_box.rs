//! The search box: typing searches at once, then at most every [`THROTTLE_MS`] while the
//! person keeps typing (the last keystroke always lands); ↑ ↓ move through the results,
//! Enter opens one, Esc closes the details or clears the box.

use super::result_detail::focus_detail_soon;
use super::SearchCtx;
use crate::app::i18n::tr;
use crate::app::state::SearchState;
use crate::app::timing::now;
use crate::core::atlas_search::{controlled_lists, option_id};
use crate::core::list_keys::{ListKeys, ListMove};
use crate::core::search::DocKind;
use leptos::prelude::*;
use std::time::Duration;

/// Least time between two searches while typing fast.
const THROTTLE_MS: f64 = 80.0;

/// The labelled search box with its keyboard handling.
#[component]
pub fn SearchBox() -> impl IntoView {
    let ctx = expect_context::<SearchCtx>();
    let draft = ctx.draft;
    let query = use_throttled_query(ctx.state, draft);
    let active_id = move || ctx.active_position().and(ctx.active.get()).map(option_id);
    let lists = move || controlled_lists(DocKind::ALL.into_iter().filter(|&k| ctx.group_shown(k)));

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
                    aria-controls=lists
                    aria-describedby="sa-search-hint"
                    aria-activedescendant=active_id
                    placeholder=tr("search_placeholder")
                    prop:value=move || draft.get()
                    on:input=move |ev| {
                        draft.set(event_target_value(&ev));
                        ctx.active.set(None);
                        query.schedule();
                    }
                    on:keydown=move |ev| on_search_keys(ev, ctx, query)
                />
                <Show when=move || !draft.get().is_empty()>
                    <button
                        type="button"
                        class="sa-button sa-search-clear"
                        aria-label=tr("search_clear_query")
                        title=tr("search_clear_query")
                        on:click=move |_| query.clear(ctx)
                    >
                        "×"
                    </button>
                </Show>
            </div>
            <p id="sa-search-hint" class="sa-search-hint">{tr("search_keys_hint")}</p>
        </div>
    }
}

/// The box's text on its way to the query in the state: at once, then at most every
/// [`THROTTLE_MS`] while the person keeps typing.
#[derive(Clone, Copy)]
struct ThrottledQuery {
    /// The search view's part of the app state, which holds the query.
    state: SearchState,
    /// The text in the box.
    draft: RwSignal<String>,
    /// When the last search ran.
    last_commit: StoredValue<f64>,
    /// Whether a trailing search is already scheduled.
    pending: StoredValue<bool>,
}

/// The query behind the box's text `draft`; a query changed elsewhere (a suggestion, Back,
/// a deep link) shows in the box.
fn use_throttled_query(state: SearchState, draft: RwSignal<String>) -> ThrottledQuery {
    let query = ThrottledQuery {
        state,
        draft,
        last_commit: StoredValue::new(f64::NEG_INFINITY),
        pending: StoredValue::new(false),
    };
    Effect::new(move |_| {
        let text = state.query.get();
        if !query.pending.get_value() && draft.get_untracked() != text {
            draft.set(text);
        }
    });
    query
}

impl ThrottledQuery {
    /// Searches for the box's text now (nothing once the box is gone).
    fn commit(self) {
        let Some(text) = self.draft.try_get_untracked() else {
            return;
        };
        self.last_commit.try_set_value(now());
        self.pending.try_set_value(false);
        if self.state.query.try_with_untracked(|q| *q != text) == Some(true) {
            self.state.set_query(text);
        }
    }

    /// Searches now if the last search is old enough, else once it is.
    fn schedule(self) {
        if self.pending.get_value() {
            return; // the scheduled search will read the latest text
        }
        let wait = THROTTLE_MS - (now() - self.last_commit.get_value());
        if wait <= 0.0 {
            self.commit();
        } else {
            self.pending.set_value(true);
            set_timeout(
                move || self.commit(),
                Duration::from_millis(wait.ceil() as u64),
            );
        }
    }

    /// Empties the box and the query, and drops the highlight of `ctx`.
    fn clear(self, ctx: SearchCtx) {
        self.draft.set(String::new());
        self.pending.set_value(false);
        self.last_commit.set_value(now());
        ctx.active.set(None);
        self.state.clear_query();
    }
}

/// The box's keys: ↑ ↓ move the highlight through the results, Enter opens the highlighted
/// (or first) one, Esc closes the details or else clears the box.
fn on_search_keys(ev: leptos::ev::KeyboardEvent, ctx: SearchCtx, query: ThrottledQuery) {
    let state = query.state;
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
            if query.pending.get_value() {
                query.commit();
            }
            let doc = position.map(|p| hits[p]).or(hits.first().copied());
            let id = doc.and_then(|doc| ctx.with_corpus(|c| c.index.documents()[doc].id.clone()));
            if let (Some(doc), Some(id)) = (doc, id) {
                ctx.active.set(Some(doc));
                state.open_result(id);
                focus_detail_soon();
            }
        }
        "Escape" => {
            ev.prevent_default();
            if state.open.with_untracked(Option::is_some) {
                state.close_result();
            } else {
                query.clear(ctx);
            }
        }
        _ => {}
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
